"""The planner on a new case without consent: the coordinator's own service (the case's
initiating service) is ticked «Mottar opplysninger» and gives no consent warning; another
service is left to discuss the case anonymously until a consent covers it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import cases, directory
from familiemote.ui.meeting_planner import COL_INFO, COL_INVITED, MeetingPlannerDialog
from tests.support.fixture_types import UowFactory
from tests.ui.conftest import TODAY


def _service(ui_uow: UowFactory, kind: m.ServiceKind) -> int:
    found = next(s.id for s in directory.list_services(ui_uow()) if s.kind == kind)
    assert found is not None
    return found


def test_the_coordinators_own_service_is_ticked_to_receive_information(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    hs = _service(ui_uow, m.ServiceKind.HELSESTASJON)
    school = _service(ui_uow, m.ServiceKind.SKOLE)
    nurse = directory.add_professional(ui_uow(), directory.NewProfessional("Kari Nordmann", hs))
    case_id = cases.create_case(
        ui_uow(),
        cases.NewCase(
            "Emil",
            2016,
            initiating_service_id=hs,
            coordinator_id=nurse,
            family=(cases.NewFamilyMember("Anne", m.Relation.MOTHER, True),),
        ),
        TODAY,
    )
    planner = MeetingPlannerDialog(ui_uow, cases.get_case(ui_uow(), case_id), TODAY)
    qtbot.addWidget(planner)
    kari = planner.row_of("Kari Nordmann")
    planner.set_checked(kari, COL_INVITED, True)
    assert planner._checked(kari, COL_INFO)
    skole = next(r for r, c in enumerate(planner.candidates) if c.service_id == school)
    planner.set_checked(skole, COL_INVITED, True)
    assert not planner._checked(skole, COL_INFO)  # no consent: anonymously
    assert "samtykke" not in planner.warning_label.text().lower()
