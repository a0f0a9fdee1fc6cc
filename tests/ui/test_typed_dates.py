"""Dates as people type them, in every date field of the app: «15.12.2026», «15.12.26» and
«15122026», typed over a selection or with the cursor anywhere; a Norwegian calendar
(Monday first, week numbers, day names not clipped); the meeting planner proposes a
working day, four weeks ahead only when a fastlege is invited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QDateTimeEdit, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from familiemote.domain import calendar_no
from familiemote.domain import model as m
from familiemote.services import cases, demo
from familiemote.services.consent import get_age_settings
from familiemote.ui.consent_dialog import ChildViewDialog, ConsentDialog
from familiemote.ui.evaluation_entry import EvaluationEntryDialog
from familiemote.ui.evaluation_report import EvaluationReportDialog
from familiemote.ui.forms_base import DayEdit, DayTimeEdit, date_edit, date_of, date_time_of
from familiemote.ui.meeting_guide import MeetingGuideDialog
from familiemote.ui.meeting_planner import MeetingPlannerDialog
from familiemote.ui.panels.actions.new_action_dialog import ActionDialog
from familiemote.ui.panels.actions.outcome_dialog import OutcomeDialog
from familiemote.ui.phase_dialog import PhaseDialog, PhaseMode
from familiemote.ui.referral_dialog import ReferralDialog
from familiemote.ui.withdraw_dialog import WithdrawDialog
from tests.support.fixture_types import UowFactory
from tests.ui.conftest import TODAY

TYPED = ("15.12.2026", "15.12.26", "15122026")
WANTED = dt.date(2026, 12, 15)


def _type(qtbot: QtBot, edit: QDateTimeEdit, text: str, where: str, enter: bool = True) -> None:
    edit.setFocus()
    line = edit.lineEdit()
    if where == "all":
        line.selectAll()
    else:
        line.deselect()
        line.setCursorPosition({"start": 0, "middle": 4, "end": len(line.text())}[where])
    qtbot.keyClicks(edit, text)
    if enter:  # (in a dialog, Enter would press its default button)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    edit.interpretText()


@pytest.mark.parametrize("typed", TYPED)
@pytest.mark.parametrize("where", ["all", "start", "middle", "end"])
def test_a_whole_date_typed_anywhere_is_the_date(qtbot: QtBot, typed: str, where: str) -> None:
    edit = date_edit(dt.date(2026, 11, 29), "Frist")
    qtbot.addWidget(edit)
    edit.show()
    _type(qtbot, edit, typed, where)
    assert date_of(edit) == WANTED
    assert edit.lineEdit().text() == "15.12.2026"


def test_a_half_typed_date_goes_back_and_backspace_edits_text(qtbot: QtBot) -> None:
    edit = date_edit(dt.date(2026, 11, 29), "Frist")
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.lineEdit().setCursorPosition(10)
    for _ in range(4):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "2027")
    edit.interpretText()
    assert date_of(edit) == dt.date(2027, 11, 29)


def test_the_calendar_is_norwegian_and_readable(qtbot: QtBot) -> None:
    edit = date_edit(dt.date(2026, 11, 29), "Frist")
    qtbot.addWidget(edit)
    calendar = edit.calendarWidget()
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert calendar.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers
    locale = calendar.locale()
    assert locale.name().startswith(("nb", "nn"))
    metrics = calendar.fontMetrics()
    names = [locale.dayName(d, locale.FormatType.ShortFormat) for d in range(1, 8)]
    assert names[0].startswith("man")
    # eight columns (week number and seven days) each wider than the widest day name
    widest = max(metrics.horizontalAdvance(n) for n in names)
    assert calendar.minimumWidth() >= 8 * (widest + 8)
    # public holidays stand out, with their name
    christmas = calendar.dateTextFormat(QDate(dt.date.today().year, 12, 25))
    assert christmas.toolTip() == "Første juledag"
    assert christmas.foreground() == calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground()


def _dialogs(
    uow_factory: UowFactory, detail: cases.CaseDetail
) -> list[tuple[str, Callable[[], QWidget]]]:
    case = detail.case
    settings = get_age_settings(uow_factory())
    held = next(mt for mt in case.meetings if mt.status == m.MeetingStatus.HELD)
    action = next(a for a in case.actions if a.is_open)
    assert held.id is not None
    held_id = held.id
    return [
        ("samtykke", lambda: ConsentDialog(uow_factory, detail, TODAY, settings)),
        ("barnets syn", lambda: ChildViewDialog(uow_factory, detail, TODAY, settings)),
        ("trekk tilbake", lambda: WithdrawDialog(uow_factory, detail, TODAY)),
        ("fase", lambda: PhaseDialog(uow_factory, detail, TODAY, PhaseMode.MOVE)),
        ("henvisning", lambda: ReferralDialog(uow_factory, detail, TODAY)),
        ("nytt møte", lambda: MeetingPlannerDialog(uow_factory, detail, TODAY)),
        ("nytt tiltak", lambda: ActionDialog(uow_factory, detail, TODAY)),
        ("utfall", lambda: OutcomeDialog(uow_factory, detail, action, held, TODAY)),
        ("møteguide", lambda: MeetingGuideDialog(uow_factory, detail, held_id, TODAY)),
        ("vurderinger", lambda: EvaluationReportDialog(uow_factory, TODAY)),
        ("registrer skjemaer", lambda: EvaluationEntryDialog(uow_factory, TODAY)),
    ]


def test_every_date_field_takes_a_typed_date(qtbot: QtBot, ui_uow: UowFactory) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    detail = cases.get_case(ui_uow(), case_id)
    seen = 0
    for name, make in _dialogs(ui_uow, detail):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        fields = dialog.findChildren(QDateTimeEdit)
        assert fields, name
        for edit in fields:
            label = f"{name}: {edit.accessibleName()}"
            assert isinstance(edit, DayEdit | DayTimeEdit), label
            assert edit.accessibleName(), label
            if not edit.isEnabled():
                edit.setEnabled(True)
            edit.setMinimumDate(edit.minimumDate().addYears(-1))
            if isinstance(edit, DayTimeEdit):
                _type(qtbot, edit, "15.12.26 1030", "middle", enter=False)
                assert date_time_of(edit) == dt.datetime(2026, 12, 15, 10, 30), label
            else:
                assert isinstance(edit, QDateEdit)
                _type(qtbot, edit, "15122026", "start", enter=False)
                assert date_of(edit) == WANTED, label
            seen += 1
        dialog.close()
    assert seen >= 12


def test_a_new_meeting_is_proposed_on_a_working_day(qtbot: QtBot, ui_uow: UowFactory) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    detail = cases.get_case(ui_uow(), case_id)
    today = dt.date(2026, 11, 29)  # + 28 days is Sunday 27 December, in the Christmas week
    planner = MeetingPlannerDialog(ui_uow, detail, today)
    qtbot.addWidget(planner)
    planner.show()
    table = planner.findChild(QTableWidget)
    assert table is not None
    fastlege = [
        p
        for p in planner.participants()
        if p.service_id is not None and detail.services[p.service_id].kind == m.ServiceKind.FASTLEGE
    ]
    when = planner.starts_at().date()
    assert calendar_no.is_working_day(when) and not calendar_no.is_christmas_week(when)
    if fastlege:
        assert when == dt.date(2027, 1, 4)  # four weeks, the first working day after
    else:
        assert when == dt.date(2026, 12, 14)  # two weeks, the Monday


def test_what_is_not_a_date_is_said_and_the_date_kept(qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    edit = date_edit(dt.date(2026, 11, 29), "Frist")
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "31.02.2026")
    assert edit.lineEdit().text() == "31.02.2026"
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusOut))
    assert edit.accessibleDescription() == (
        "«31.02.2026» er ikke en dato. Feltet viser datoen det hadde før."
    )
    assert date_of(edit) == dt.date(2026, 11, 29)
    _type(qtbot, edit, "15.12.2026", "all", enter=False)
    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusOut))
    assert edit.accessibleDescription() == ""
    assert date_of(edit) == WANTED
