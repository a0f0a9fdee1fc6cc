"""The follow-up window lists consents that end soon or have ended, in words."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.domain.followup import FollowUpKind
from familiemote.services import cases
from familiemote.services import consent as svc
from familiemote.ui.followup_view import FollowUpModel, FollowUpView
from tests.support.fixture_types import UowFactory
from tests.ui.conftest import TODAY


def test_overview_window_shows_expiring_and_expired_consents(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    case_id = cases.create_case(
        ui_uow(),
        cases.NewCase(
            "Sofie",
            2017,
            family=(
                cases.NewFamilyMember("Kari Nordmann", m.Relation.MOTHER, True),
                cases.NewFamilyMember("Ola Nordmann", m.Relation.FATHER, True),
            ),
        ),
        TODAY,
    )
    mother, father = (g.id for g in cases.get_case(ui_uow(), case_id).case.guardians)
    with ui_uow() as uow:
        hs = uow.directory.service_by_kind(m.ServiceKind.HELSESTASJON)
        assert hs is not None and hs.id is not None
    for who, until in (
        (mother, TODAY + dt.timedelta(days=5)),
        (father, TODAY - dt.timedelta(days=2)),
    ):
        svc.record_consent(
            ui_uow(),
            case_id,
            svc.NewConsent(
                who,
                (hs.id,),
                frozenset(m.ConsentPurpose),
                m.ConsentForm.WRITTEN,
                dt.date(2026, 1, 5),
                "Hanne",
                valid_until=until,
            ),
            TODAY,
        )
    view = FollowUpView(ui_uow, lambda: TODAY)
    qtbot.addWidget(view)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(FollowUpKind.CONSENT_EXPIRING))
    model = view.model
    col = FollowUpModel.COLUMNS.index

    def shown(row: int) -> tuple[str, str, str]:
        return tuple(  # type: ignore[return-value]
            model.data(model.index(row, col(c))) for c in ("when", "kind", "text")
        )

    assert [shown(r) for r in range(model.rowCount())] == [
        ("Utløper om 5 dager", "Samtykke utløper snart", "Samtykke gitt av Kari Nordmann")
    ]
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(FollowUpKind.CONSENT_EXPIRED))
    assert [shown(r) for r in range(model.rowCount())] == [
        ("Utløpt for 2 dager siden", "Samtykke utløpt", "Samtykke gitt av Ola Nordmann")
    ]
    assert "Samtykke utløpt: 1" in view.summary_label.text()
