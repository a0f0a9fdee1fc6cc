"""Two users save the same meeting or action at once: the second sees both versions and chooses.

Each test runs on SQLite and PostgreSQL (``uow_factory``): user A works in the
app, user B saves through a second unit of work in between.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import actions as action_service
from familiemote.services import audit as audit_service
from familiemote.services import cases, demo
from familiemote.services import meetings as meeting_service
from familiemote.services.meetings import GuideField
from familiemote.ui.conflict_dialog import ConflictDialog
from familiemote.ui.labels import label
from familiemote.ui.meeting_guide import MeetingGuideDialog
from familiemote.ui.panels.actions.status_dialog import StatusDialog
from tests.support.fixture_types import UowFactory
from tests.support.modal import when_shown
from tests.ui.conftest import TODAY

ALT = Qt.KeyboardModifier.AltModifier


def _guide_with_typed_text(qtbot: QtBot, uow_factory: UowFactory) -> tuple[int, MeetingGuideDialog]:
    """A types in the guide of the demo's last meeting; B then saves the same field first."""
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    detail = cases.get_case(uow_factory(), case_id)
    meeting = detail.case.meetings[-1]
    assert meeting.id is not None
    guide = MeetingGuideDialog(uow_factory, detail, meeting.id, TODAY)
    qtbot.addWidget(guide)
    guide.show()
    edit = guide.text_edits[GuideField.SERVICES_VIEW]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "A: skolen ser mindre fravær.")
    # B read the same version and saves first
    meeting_service.save_text(
        uow_factory(),
        meeting.id,
        GuideField.SERVICES_VIEW,
        "B: BUP har sendt svar.",
        meeting.version,
    )
    return case_id, guide


def _stored_text(uow_factory: UowFactory, case_id: int) -> str:
    return str(cases.get_case(uow_factory(), case_id).case.meetings[-1].services_view)


def _press(qtbot: QtBot, dialog: ConflictDialog, key: Qt.Key) -> None:
    target = QApplication.focusWidget() or dialog
    qtbot.keyClick(target, key, ALT)


def test_keep_mine_saves_over_the_other_and_is_in_the_history(
    qtbot: QtBot, uow_factory: UowFactory
) -> None:
    case_id, guide = _guide_with_typed_text(qtbot, uow_factory)
    seen: list = []  # type: ignore[type-arg]
    shown: dict = {}  # type: ignore[type-arg]

    def act(dialog: ConflictDialog) -> None:
        shown["mine"] = [e.toPlainText() for e in dialog.mine_edits]
        shown["stored"] = [e.toPlainText() for e in dialog.stored_edits]
        shown["title"] = dialog.windowTitle()
        _press(qtbot, dialog, Qt.Key.Key_K)  # Alt+K: copy my text
        qtbot.waitUntil(lambda: bool(dialog.status_label.text()))  # a mnemonic clicks after 100 ms
        shown["clipboard"] = QApplication.clipboard().text()
        shown["status"] = dialog.status_label.text()
        _press(qtbot, dialog, Qt.Key.Key_B)  # Alt+B: keep mine

    when_shown(ConflictDialog, act, seen)
    assert guide.flush()
    assert [type(d) for d in seen] == [ConflictDialog]
    assert shown["mine"] == ["A: skolen ser mindre fravær."]
    assert shown["stored"] == ["B: BUP har sendt svar."]
    assert "kopiert" in shown["status"], shown
    assert "A: skolen ser mindre fravær." in shown["clipboard"]
    assert _stored_text(uow_factory, case_id) == "A: skolen ser mindre fravær."
    newest = audit_service.case_history(uow_factory(), case_id)[0]
    assert newest.action == "overwrite"
    assert {c.field: c.after for c in newest.changes}["fields"] == ["services_view"]
    # later saves go on from the new version without another conflict
    guide.text_edits[GuideField.SERVICES_VIEW].appendPlainText("Mer.")
    assert guide.flush()
    assert _stored_text(uow_factory, case_id).endswith("Mer.")


def test_take_stored_shows_the_other_version_and_keeps_it(
    qtbot: QtBot, uow_factory: UowFactory
) -> None:
    case_id, guide = _guide_with_typed_text(qtbot, uow_factory)
    seen: list = []  # type: ignore[type-arg]
    when_shown(ConflictDialog, lambda d: _press(qtbot, d, Qt.Key.Key_L), seen)
    assert guide.flush()
    assert [type(d) for d in seen] == [ConflictDialog]
    assert guide.text_edits[GuideField.SERVICES_VIEW].toPlainText() == "B: BUP har sendt svar."
    assert _stored_text(uow_factory, case_id) == "B: BUP har sendt svar."
    guide.reject()
    assert _stored_text(uow_factory, case_id) == "B: BUP har sendt svar."


def test_look_first_keeps_the_typed_text_and_the_guide_open(
    qtbot: QtBot, uow_factory: UowFactory
) -> None:
    case_id, guide = _guide_with_typed_text(qtbot, uow_factory)
    seen: list = []  # type: ignore[type-arg]
    when_shown(ConflictDialog, lambda d: _press(qtbot, d, Qt.Key.Key_V), seen)
    guide.reject()  # Esc on the guide: it must not close and drop what A typed
    assert [type(d) for d in seen] == [ConflictDialog]
    assert guide.isVisible()
    assert (
        guide.text_edits[GuideField.SERVICES_VIEW].toPlainText() == "A: skolen ser mindre fravær."
    )
    assert _stored_text(uow_factory, case_id) == "B: BUP har sendt svar."
    assert guide.error_label.isVisible()
    # the next try asks again; this time A keeps their text
    when_shown(ConflictDialog, lambda d: _press(qtbot, d, Qt.Key.Key_B), seen)
    guide.reject()
    assert not guide.isVisible()
    assert _stored_text(uow_factory, case_id) == "A: skolen ser mindre fravær."


def test_action_status_conflict_shows_both_statuses(qtbot: QtBot, uow_factory: UowFactory) -> None:
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    detail = cases.get_case(uow_factory(), case_id)
    action = next(a for a in detail.case.actions if a.is_open)
    assert action.id is not None
    dialog = StatusDialog(uow_factory, action)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData(m.ActionStatus.DONE))
    # B marks it "in progress" meanwhile (or something else than A's choice)
    other = next(
        s for s in (m.ActionStatus.IN_PROGRESS, m.ActionStatus.AGREED) if s != action.status
    )
    action_service.change_status(uow_factory(), action.id, other, "", action.version)
    seen: list = []  # type: ignore[type-arg]
    shown: dict = {}  # type: ignore[type-arg]

    def act(d: ConflictDialog) -> None:
        shown["mine"] = d.mine_edits[0].toPlainText()
        shown["stored"] = d.stored_edits[0].toPlainText()
        _press(qtbot, d, Qt.Key.Key_B)

    when_shown(ConflictDialog, act, seen)
    dialog._on_ok()
    assert [type(d) for d in seen] == [ConflictDialog]
    assert shown["mine"] == label(m.ActionStatus.DONE)
    assert shown["stored"] == label(other)
    stored = next(
        a for a in cases.get_case(uow_factory(), case_id).case.actions if a.id == action.id
    )
    assert stored.status == m.ActionStatus.DONE
    assert audit_service.case_history(uow_factory(), case_id)[0].action == "overwrite"


def test_decision_conflict_take_stored_shows_the_other_decision(
    qtbot: QtBot, uow_factory: UowFactory
) -> None:
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    detail = cases.get_case(uow_factory(), case_id)
    meeting = detail.case.meetings[-1]
    assert meeting.id is not None
    guide = MeetingGuideDialog(uow_factory, detail, meeting.id, TODAY)
    qtbot.addWidget(guide)
    guide.show()
    # B writes the decision first
    meeting_service.record_decision(
        uow_factory(), meeting.id, m.Decision.REFER_BUP, "B: henvis nå.", meeting.version
    )
    seen: list = []  # type: ignore[type-arg]
    shown: dict = {}  # type: ignore[type-arg]

    def act(d: ConflictDialog) -> None:
        shown["rows"] = [
            (e.toPlainText(), s.toPlainText())
            for e, s in zip(d.mine_edits, d.stored_edits, strict=True)
        ]
        _press(qtbot, d, Qt.Key.Key_L)  # take the stored version

    when_shown(ConflictDialog, act, seen)
    guide.decision_buttons[m.Decision.CLOSE].click()  # A chooses to close: saved at once
    assert [type(d) for d in seen] == [ConflictDialog]
    assert shown["rows"][0] == (label(m.Decision.CLOSE), label(m.Decision.REFER_BUP))
    assert guide.decision_buttons[m.Decision.REFER_BUP].isChecked()
    assert guide.decision_edit.toPlainText() == "B: henvis nå."
    stored = cases.get_case(uow_factory(), case_id).case.meetings[-1]
    assert (stored.decision, stored.decision_text) == (m.Decision.REFER_BUP, "B: henvis nå.")
    guide.reject()
    assert not guide.isVisible()
