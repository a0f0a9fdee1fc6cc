"""The actions tab and the follow-up overview, driven by keyboard and mouse as a user would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from familiemote.domain import model as m
from familiemote.domain.followup import FollowUpKind, add_months
from familiemote.services import actions as action_service
from familiemote.services import followup
from familiemote.services.cases import get_case
from familiemote.services.demo import create_demo_case
from familiemote.ui.followup_view import FollowUpModel, FollowUpView
from familiemote.ui.main_window import MainWindow
from familiemote.ui.panels import actions as panel_module
from familiemote.ui.panels.actions import ActionsPanel
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY


def _open_demo(make_window: MakeWindow, ui_uow: UowFactory) -> tuple[MainWindow, ActionsPanel, int]:
    demo = create_demo_case(ui_uow(), TODAY)
    window = make_window()
    window.select_case(demo.case_id)
    panel = window.case_view.actions_panel
    window.case_view.tabs.setCurrentWidget(panel)
    return window, panel, demo.case_id


def _run_with(panel: ActionsPanel, fill: Callable[[Any], None]) -> None:
    """Let the next dialog be filled in by ``fill`` and confirmed with OK."""

    def run(dialog: QDialog) -> int:
        dialog.show()
        fill(dialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    panel.run_dialog = run


def test_actions_tab_shows_holder_overdue_marker_and_carried_actions(
    qtbot, make_window, ui_uow
) -> None:
    window, panel, _case_id = _open_demo(make_window, ui_uow)
    assert panel.holder_label is not None
    assert panel.holder_label.text().startswith("Stafettholder: Hanne Eksempel")
    table = panel.open_table
    texts = [table.item(r, table.columnCount() - 1).text() for r in range(table.rowCount())]
    assert any(t.startswith("Forfalt for 9 dager siden") for t in texts)  # words, not colour
    # The second meeting's agenda holds the first meeting's open actions with outcomes.
    second = max(window.case_view.detail.case.meetings, key=lambda mt: mt.starts_at)
    agenda = panel.agenda_tables[second.id]
    outcomes = {agenda.item(r, 2).text() for r in range(agenda.rowCount())}
    assert "Ikke behandlet ennå" not in outcomes and len(outcomes) >= 2


def test_add_an_action_with_the_keyboard_and_default_review(qtbot, make_window, ui_uow) -> None:
    window, panel, case_id = _open_demo(make_window, ui_uow)
    before = len(get_case(ui_uow(), case_id).case.actions)

    def fill(dialog: panel_module.ActionDialog) -> None:
        qtbot.keyClicks(dialog.description, "Kartlegge søvn med spørreskjema")
        dialog.has_due.setChecked(True)
        dialog.due.setDate(QDate(2026, 12, 15))

    _run_with(panel, fill)
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    actions = get_case(ui_uow(), case_id).case.actions
    assert len(actions) == before + 1
    new = actions[-1]
    assert new.description == "Kartlegge søvn med spørreskjema"
    assert new.due_date == dt.date(2026, 12, 15)
    meeting = next(
        mt for mt in get_case(ui_uow(), case_id).case.meetings if mt.id == new.meeting_id
    )
    assert new.review_date == add_months(meeting.starts_at.date(), 6)  # the default
    # the window reloaded the case: the new action is in the tab
    table = window.case_view.ensure_built(window.case_view.actions_panel).open_table
    assert "Kartlegge søvn med spørreskjema" in [
        table.item(r, 0).text().split("\n")[0] for r in range(table.rowCount())
    ]


def test_empty_description_is_refused_at_the_field(qtbot, make_window, ui_uow) -> None:
    _window, panel, case_id = _open_demo(make_window, ui_uow)
    before = len(get_case(ui_uow(), case_id).case.actions)
    seen: list[str] = []

    def run(dialog: QDialog) -> int:
        dialog.show()
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        seen.append(dialog.error_label.text())
        assert dialog.isVisible() and dialog.focusWidget() is dialog.description
        dialog.reject()
        return 0

    panel.run_dialog = run
    panel.add_action()
    # the one form base marks errors, and names the field as its label reads
    assert seen == ["⚠ Ikke lagret: «Hva skal gjøres» må fylles ut."]
    assert len(get_case(ui_uow(), case_id).case.actions) == before


def test_hand_over_and_accept_from_the_tab(qtbot, make_window, ui_uow) -> None:
    window, panel, case_id = _open_demo(make_window, ui_uow)
    action = next(
        a
        for a in get_case(ui_uow(), case_id).case.actions
        if a.is_open and not a.handovers and a.description.startswith("Sende PPTs")
    )
    panel.select_action(action.id)
    assert panel.handover_button.isEnabled() and not panel.accept_button.isEnabled()

    def fill_handover(dialog: panel_module.HandoverDialog) -> None:
        dialog.service.setCurrentIndex(
            dialog.service.findText("Helsestasjon", Qt.MatchFlag.MatchStartsWith)
        )

    _run_with(panel, fill_handover)
    panel.handover_button.click()
    stored = next(a for a in get_case(ui_uow(), case_id).case.actions if a.id == action.id)
    assert len(stored.handovers) == 1 and stored.handovers[0].accepted_on is None
    assert stored.responsible_service_id == action.responsible_service_id  # still PPT

    panel = window.case_view.actions_panel
    panel.select_action(action.id)
    assert panel.accept_button.isEnabled() and not panel.handover_button.isEnabled()

    def fill_accept(dialog: panel_module.AcceptDialog) -> None:
        dialog.accepted_by.setText("Hanne Eksempel")

    _run_with(panel, fill_accept)
    panel.accept_button.click()
    stored = next(a for a in get_case(ui_uow(), case_id).case.actions if a.id == action.id)
    assert stored.handovers[0].accepted_on == TODAY
    assert stored.responsible_service_id == stored.handovers[0].to_service_id


def test_status_not_done_needs_a_reason(qtbot, make_window, ui_uow) -> None:
    _window, panel, case_id = _open_demo(make_window, ui_uow)
    action = next(
        a for a in get_case(ui_uow(), case_id).case.actions if a.is_open and not a.handovers
    )
    panel.select_action(action.id)
    errors: list[str] = []

    def run(dialog: QDialog) -> int:
        dialog.show()
        dialog.status.setCurrentIndex(dialog.status.findData(m.ActionStatus.NOT_DONE))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        errors.append(dialog.error_label.text())
        qtbot.keyClicks(dialog.reason, "Familien flyttet")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    panel.run_dialog = run
    panel.status_button.click()
    assert errors == ["⚠ Ikke lagret: «Begrunnelse» må fylles ut."]
    stored = next(a for a in get_case(ui_uow(), case_id).case.actions if a.id == action.id)
    assert (stored.status, stored.status_reason) == (m.ActionStatus.NOT_DONE, "Familien flyttet")


def test_mark_a_notification_done(qtbot, make_window, ui_uow) -> None:
    _window, panel, case_id = _open_demo(make_window, ui_uow)
    table = panel.notification_table
    open_row = next(
        r for r in range(table.rowCount()) if table.item(r, 3).text() == "Ikke gjort ennå"
    )
    table.setFocus()
    table.selectRow(open_row)
    assert panel.notify_button.isEnabled()
    _run_with(panel, lambda dialog: None)  # the coordinator's name is filled in
    panel.notify_button.click()
    notes = get_case(ui_uow(), case_id).case.notifications
    assert all(n.done_on is not None for n in notes)
    assert {n.done_by for n in notes} == {"Hanne Eksempel"}


def test_calendar_export_writes_only_what_the_user_chose(
    qtbot, make_window, ui_uow, tmp_path: Path
) -> None:
    _window, panel, _case_id = _open_demo(make_window, ui_uow)
    target = tmp_path / "møte"

    def run(dialog: QDialog) -> int:
        dialog.choose_path = lambda: str(target)
        for i in range(dialog.items.count()):
            dialog.items.item(i).setCheckState(Qt.CheckState.Checked)
        dialog.save()
        return dialog.result()

    panel.run_dialog = run
    panel.ics_button.click()
    data = (tmp_path / "møte.ics").read_bytes().decode()
    assert data.count("BEGIN:VEVENT") >= 3 and "\r\n" in data
    assert "Sofie" not in data and "Nordmann" not in data  # nothing personal unless chosen


def test_model_contract(qtmodeltester, ui_uow) -> None:
    create_demo_case(ui_uow(), TODAY)
    model = FollowUpModel()
    model.set_rows(followup.overview(ui_uow(), TODAY))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.sort(FollowUpModel.COLUMNS.index("child"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_overview_window_filters_sorts_and_opens_the_case(qtbot, make_window, ui_uow) -> None:
    demo = create_demo_case(ui_uow(), TODAY)
    window = make_window()
    assert window.followup_menu.overview_action.shortcut().toString() == "Ctrl+U"
    window.followup_menu.overview_action.trigger()
    view = window.followup_menu.view
    assert isinstance(view, FollowUpView) and view.isVisible()
    model = view.model
    kinds = {model.row_at(r).kind for r in range(model.rowCount())}
    assert FollowUpKind.ACTION_OVERDUE in kinds
    texts = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert any(t.startswith("Forfalt for") for t in texts)
    days = [model.row_at(r).day for r in range(model.rowCount())]
    assert days == sorted(days)  # the most overdue first

    view.kind_combo.setCurrentIndex(view.kind_combo.findData(FollowUpKind.ACTION_OVERDUE))
    assert {model.row_at(r).kind for r in range(model.rowCount())} == {FollowUpKind.ACTION_OVERDUE}
    overdue = model.rowCount()
    assert overdue >= 1

    view.table.setFocus()
    view.table.selectRow(0)
    window.current_case_id = None
    with qtbot.waitSignal(view.case_requested) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [demo.case_id]
    assert window.current_case_id == demo.case_id


def test_review_outcome_dialog_records_continued_with_a_new_date(
    qtbot, make_window, ui_uow
) -> None:
    window, panel, case_id = _open_demo(make_window, ui_uow)
    with ui_uow() as uow:
        case = uow.cases.get(case_id)
        case.meetings.append(
            m.Meeting(case_id, m.MeetingKind.FAMILY, dt.datetime(2026, 12, 10, 9, 0))
        )
        uow.commit()
        third = case.meetings[-1].id
    window.refresh_case(case_id)
    panel = window.case_view.actions_panel
    carried = action_service.put_open_actions_on_agenda(ui_uow(), third)
    assert carried >= 1
    window.refresh_case(case_id)
    panel = window.case_view.actions_panel
    table = panel.agenda_tables[third]
    table.setFocus()
    table.selectRow(0)
    action_id = table.item(0, 0).data(panel_module.ID_ROLE)

    def fill(dialog: panel_module.OutcomeDialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(m.ReviewOutcome.CONTINUED))
        dialog.new_date.setDate(QDate(2027, 3, 1))

    _run_with(panel, fill)
    panel.record_outcome(third)
    stored = next(a for a in get_case(ui_uow(), case_id).case.actions if a.id == action_id)
    review = next(r for r in stored.reviews if r.meeting_id == third)
    assert review.outcome == m.ReviewOutcome.CONTINUED and review.new_date == dt.date(2027, 3, 1)
    assert dt.date(2027, 3, 1) in (stored.due_date, stored.review_date)
