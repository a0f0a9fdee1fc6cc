"""Oppfølging: four views with their counts, and dates in words that cannot be misread."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.domain.followup import FollowUpKind
from familiemote.services import directory, followup, meetings
from familiemote.services import me as me_service
from familiemote.services.cases import get_case
from familiemote.services.demo import create_demo_case
from familiemote.services.followup import FollowUpRow
from familiemote.ui.followup_view import FollowUpModel, FollowUpView, when_text
from tests.support.fixture_types import UowFactory
from tests.ui.conftest import TODAY


def _count(text: str) -> int:
    found = re.search(r"\((\d+)\)$", text)
    assert found, text
    return int(found.group(1))


def _when_column(view: FollowUpView) -> list[str]:
    col = FollowUpModel.COLUMNS.index("when")
    return [view.model.index(r, col).data() for r in range(view.model.rowCount())]


def test_views_with_counts(qtbot: QtBot, ui_uow: UowFactory) -> None:
    case_id = create_demo_case(ui_uow(), TODAY).case_id
    at = dt.datetime.combine(TODAY + dt.timedelta(days=14), dt.time(9, 0))
    meetings.plan_meeting(
        ui_uow(), case_id, meetings.MeetingPlan(kind=m.MeetingKind.FAMILY, starts_at=at), TODAY
    )
    case = get_case(ui_uow(), case_id).case
    n_open = sum(a.is_open for a in case.actions)
    view = FollowUpView(ui_uow, lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    assert view.urgent_button.isChecked()  # opens on what is due
    assert view.urgent_button.text().startswith("&Haster nå")
    urgent = view.model.rowCount()
    assert _count(view.urgent_button.text()) == urgent
    assert _count(view.actions_button.text()) == n_open
    assert _count(view.meetings_button.text()) == 1
    assert n_open > sum(
        view.model.row_at(r).kind in (FollowUpKind.ACTION_OVERDUE, FollowUpKind.ACTION_DUE_SOON)
        for r in range(urgent)
    )

    view.actions_button.click()
    assert view.model.rowCount() == n_open
    assert not view.kind_combo.isEnabled()
    assert view.summary_label.text().startswith(f"{n_open} åpne tiltak")
    words = _when_column(view)
    assert all(
        re.fullmatch(
            r"Forfalt for \d+ dager siden|Forfalt i går"
            r"|Forfaller (i dag|i morgen|om \d+ dag(er)?)|Ingen frist",
            w,
        )
        for w in words
    ), words

    view.meetings_button.click()
    assert view.model.rowCount() == 1
    assert _when_column(view) == ["Møtet er om 14 dager"]
    assert "1 møte de neste 8 ukene" in view.summary_label.text()
    text_col = FollowUpModel.COLUMNS.index("text")
    assert view.model.index(0, text_col).data() == "Familiemøte 06.12.2026 kl. 09.00"

    # «Mine tiltak» (kept) gets its count once the program knows who I am
    assert view.mine_button.text() == "&Mine tiltak"
    hs = next(
        s.id for s in directory.list_services(ui_uow()) if s.kind == m.ServiceKind.HELSESTASJON
    )
    me_service.save_me(ui_uow(), "Hanne Eksempel", hs)
    me = me_service.get_me(ui_uow())
    assert me is not None
    view.urgent_button.click()
    mine = [
        a for a in case.actions if a.is_open and a.responsible_professional_id == me.professional_id
    ]
    assert _count(view.mine_button.text()) == len(mine) >= 1
    view.actions_button.click()
    view.mine_button.setChecked(True)
    assert view.model.rowCount() == len(mine)


def _row(kind: FollowUpKind, late: int, **kw: object) -> FollowUpRow:
    return FollowUpRow(kind, 1, 1, "Sofie", False, TODAY, "", None, "", None, "", late, **kw)  # type: ignore[arg-type]


def test_dates_in_words_that_cannot_be_misread(qapp: QApplication) -> None:
    k = FollowUpKind
    assert when_text(_row(k.ACTION_OVERDUE, 3)) == "Forfalt for 3 dager siden"
    assert when_text(_row(k.ACTION_OVERDUE, 1)) == "Forfalt i går"
    assert when_text(_row(k.ACTION_DUE_SOON, 0)) == "Forfaller i dag"
    assert when_text(_row(k.ACTION_DUE_SOON, -1)) == "Forfaller i morgen"
    assert when_text(_row(k.ACTION_DUE_SOON, -14)) == "Forfaller om 14 dager"
    assert when_text(_row(k.ACTION_OPEN, -40)) == "Forfaller om 40 dager"
    assert when_text(_row(k.ACTION_OPEN, 0, no_deadline=True)) == "Ingen frist"
    assert when_text(_row(k.HANDOVER_PENDING, 14)) == "Har ventet i 14 dager"
    assert when_text(_row(k.HANDOVER_PENDING, 1)) == "Har ventet i 1 dag"
    assert when_text(_row(k.CONSENT_EXPIRING, -5)) == "Utløper om 5 dager"
    assert when_text(_row(k.MEETING_PLANNED, -1)) == "Møtet er i morgen"
    # a wait and a deadline never read alike
    assert when_text(_row(k.HANDOVER_PENDING, 14)) != when_text(_row(k.ACTION_DUE_SOON, -14))
    assert followup.UPCOMING_WEEKS == 8
