"""Another user decided while the dialog was open: the dialog says who, in words.

The accept, decline and outcome dialogs of the actions tab save through the
guarded services; when another user's decision landed first, the refusal is the
typed error's Norwegian text (never «uventet feil»), the dialog stays open with
what was typed, and nothing of it is stored.
"""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import actions as action_service
from familiemote.services.cases import get_case
from familiemote.storage.db import Database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.main_window import MainWindow
from familiemote.ui.panels import actions as panel_module
from familiemote.ui.panels.actions import ActionsPanel
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY
from tests.ui.test_followup_view import _open_demo, _run_with


def _open_action_with_pending_handover(
    make_window: MakeWindow, ui_uow: UowFactory
) -> tuple[MainWindow, ActionsPanel, int, m.Action]:
    window, _panel, case_id = _open_demo(make_window, ui_uow)
    action = next(
        a for a in get_case(ui_uow(), case_id).case.actions if a.is_open and not a.handovers
    )
    with ui_uow() as uow:
        hs = next(s for s in uow.directory.services() if s.name.startswith("Helsestasjon"))
    if hs.id == action.responsible_service_id:
        hs = next(s for s in uow.directory.services() if s.id != action.responsible_service_id)
    action_service.propose_handover(ui_uow(), action.id or 0, hs.id, None, TODAY)
    window.select_case(case_id)
    panel = window.case_view.actions_panel
    panel.select_action(action.id)
    return window, panel, case_id, action


def test_accepting_what_another_user_just_declined(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory, ui_db: Database
) -> None:
    _window, panel, case_id, action = _open_action_with_pending_handover(make_window, ui_uow)
    assert panel.accept_button.isEnabled()

    def fill(dialog: panel_module.AcceptDialog) -> None:
        dialog.accepted_by.setText("Per Ppt")
        # meanwhile, at another desk
        action_service.decline_handover(
            SqlAlchemyUnitOfWork(ui_db.session_factory, "pia"),
            action.id or 0,
            "Pia Ppt",
            "Har ikke kapasitet",
            TODAY,
        )

    _run_with(panel, fill)
    panel.accept_button.click()
    dialog = panel.last_dialog
    assert dialog.error_label.isVisible()
    text = dialog.error_label.text()
    assert "allerede avslått av Pia Ppt (22.11.2026)" in text, text
    assert "uventet" not in text.lower()
    assert dialog.accepted_by.text() == "Per Ppt"  # what was typed is still there
    stored = next(a for a in get_case(ui_uow(), case_id).case.actions if a.id == action.id)
    [h] = stored.handovers
    assert (h.accepted_on, h.declined_by) == (None, "Pia Ppt")
    assert stored.responsible_service_id == action.responsible_service_id


def test_declining_what_another_user_just_accepted(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory, ui_db: Database
) -> None:
    _window, panel, case_id, action = _open_action_with_pending_handover(make_window, ui_uow)

    def fill(dialog: panel_module.DeclineDialog) -> None:
        dialog.declined_by.setText("Pia Ppt")
        dialog.reason.setPlainText("Har ikke kapasitet")
        action_service.accept_handover(
            SqlAlchemyUnitOfWork(ui_db.session_factory, "per"), action.id or 0, "Per Ppt", TODAY
        )

    _run_with(panel, fill)
    panel.decline_button.click()
    text = panel.last_dialog.error_label.text()
    assert "allerede godtatt av Per Ppt (22.11.2026)" in text, text
    stored = next(a for a in get_case(ui_uow(), case_id).case.actions if a.id == action.id)
    [h] = stored.handovers
    assert (h.accepted_by, h.declined_on, h.decline_reason) == ("Per Ppt", None, "")


def test_an_outcome_another_user_just_recorded_is_not_overwritten(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory, ui_db: Database
) -> None:
    window, panel, case_id = _open_demo(make_window, ui_uow)
    with ui_uow() as uow:  # a meeting that reviews the open actions
        case = uow.cases.get(case_id)
        meeting = m.Meeting(case_id, m.MeetingKind.FAMILY, dt.datetime(2026, 11, 30, 9, 0))
        case.meetings.append(meeting)
        uow.commit()
    assert meeting.id is not None
    action_service.put_open_actions_on_agenda(ui_uow(), meeting.id)
    window.select_case(case_id)
    case = get_case(ui_uow(), case_id).case
    pending = [
        (a, r)
        for a in case.actions
        for r in a.reviews
        if r.meeting_id == meeting.id
        and a.is_open
        and not any(h.accepted_on is None and h.declined_on is None for h in a.handovers)
    ]
    assert pending, "the demo case has an action waiting for its review"
    action, review = pending[0]
    meeting_id = review.meeting_id
    assert meeting_id is not None

    def fill(dialog: panel_module.OutcomeDialog) -> None:
        index = dialog.outcome.findData(m.ReviewOutcome.CONTINUED)
        dialog.outcome.setCurrentIndex(index)
        dialog.note.setPlainText("Min merknad")
        action_service.record_review_outcome(
            SqlAlchemyUnitOfWork(ui_db.session_factory, "kari"),
            action.id or 0,
            meeting_id,
            action_service.ReviewDecision(m.ReviewOutcome.DONE, note="Karis merknad"),
            TODAY,
        )

    detail = window.case_view.detail
    meeting = next(mt for mt in detail.case.meetings if mt.id == meeting_id)
    dialog = panel_module.OutcomeDialog(ui_uow, detail, action, meeting, TODAY, panel)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.error_label.isVisible()
    text = dialog.error_label.text()
    assert "allerede registrert i dette møtet, av kari" in text, text
    stored = next(
        r
        for a in get_case(ui_uow(), case_id).case.actions
        if a.id == action.id
        for r in a.reviews
        if r.meeting_id == meeting_id
    )
    assert (stored.outcome, stored.note) == (m.ReviewOutcome.DONE, "Karis merknad")


def test_the_meeting_guide_says_who_recorded_the_outcome_first(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory, ui_db: Database
) -> None:
    from PySide6.QtCore import Qt

    from familiemote.ui import case_commands
    from tests.ui.test_meeting_in_the_room import ALT, CTRL, WAIT, Keys, activate
    from tests.ui.test_meeting_in_the_room import plan_third_meeting as plan_meeting

    window = make_window()
    window.open_demo_case()
    case_id = window.current_case_id
    assert case_id is not None
    meeting_id = plan_meeting(ui_uow, case_id)
    window.refresh_case(case_id)
    keys = Keys(qtbot)
    activate(qtbot, window)
    keys.press(Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: bool(case_commands.open_guides()), timeout=WAIT)
    (guide,) = case_commands.open_guides()
    activate(qtbot, guide)
    keys.press(Qt.Key.Key_PageDown, CTRL)
    assert guide.current_step().key == "gjennomgang"
    reviewed = guide.review.current
    assert reviewed is not None
    keys.press(Qt.Key.Key_U, ALT)
    qtbot.waitUntil(lambda: guide.review.outcome() == m.ReviewOutcome.DONE, timeout=WAIT)
    # meanwhile, at another desk, the same action is continued
    action_service.record_review_outcome(
        SqlAlchemyUnitOfWork(ui_db.session_factory, "kari"),
        reviewed.id or 0,
        meeting_id,
        action_service.ReviewDecision(
            m.ReviewOutcome.CONTINUED, note="Karis merknad", new_date=dt.date(2027, 3, 1)
        ),
        TODAY,
    )
    keys.press(Qt.Key.Key_Return)
    label = guide.review.error_label
    qtbot.waitUntil(label.isVisible, timeout=WAIT)
    assert "allerede registrert i dette møtet, av kari" in label.text(), label.text()
    stored = get_case(ui_uow(), case_id).case
    action = next(a for a in stored.actions if a.id == reviewed.id)
    review = next(r for r in action.reviews if r.meeting_id == meeting_id)
    assert (review.outcome, review.note) == (m.ReviewOutcome.CONTINUED, "Karis merknad")
    assert action.status != m.ActionStatus.DONE
    guide.close()
