"""Enter in a form's field saves the form: it never presses a button among the rows
(«Legg til i katalogen …», «Ny person i Katalog …», «Tilbakestill til standard»), and
Enter in a multi-line text field still makes a new line. Keys are pressed as a user
presses them, in the dialog on screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from familiemote.services import cases, consent, demo
from familiemote.ui.forms_base import FormDialog
from tests.support.fixture_types import UowFactory
from tests.ui.conftest import TODAY


def _demo(uow: UowFactory) -> cases.CaseDetail:
    return cases.get_case(uow(), demo.create_demo_case(uow(), TODAY).case_id)


def _planner(uow: UowFactory) -> FormDialog:
    from familiemote.ui.meeting_planner import MeetingPlannerDialog

    return MeetingPlannerDialog(uow, _demo(uow), TODAY)


def _case_editor(uow: UowFactory) -> FormDialog:
    from familiemote.ui.case_editor import CaseEditorDialog

    return CaseEditorDialog(uow, _demo(uow), TODAY)


def _age_settings(uow: UowFactory) -> FormDialog:
    from familiemote.ui.consent_settings_dialog import ConsentSettingsDialog

    return ConsentSettingsDialog(uow)


def _new_case(uow: UowFactory) -> FormDialog:
    from familiemote.ui.new_case_dialog import NewCaseDialog

    return NewCaseDialog(uow, today=TODAY)


def _referral(uow: UowFactory) -> FormDialog:
    from familiemote.ui.referral_dialog import ReferralDialog

    return ReferralDialog(uow, _demo(uow), TODAY)


def _innsyn(uow: UowFactory) -> FormDialog:
    from familiemote.ui.case_access import InnsynDialog

    return InnsynDialog(uow, _demo(uow))


# the form dialogs with a push button among their rows, and two without
WITH_BUTTONS: dict[str, Callable[[UowFactory], FormDialog]] = {
    "planner": _planner,
    "case_editor": _case_editor,
    "age_settings": _age_settings,
    "new_case": _new_case,
    "referral": _referral,
    "innsyn": _innsyn,
}


def _shown(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # the buttons are placed when the dialog is shown, and shown by the event loop
    qtbot.waitUntil(dialog.save_button.isVisible, timeout=20_000)


def _pressed(button: QPushButton) -> list[bool]:
    """Record a press of ``button`` instead of opening what it opens."""
    presses: list[bool] = []
    button.clicked.disconnect()
    button.clicked.connect(lambda: presses.append(True))
    return presses


@pytest.mark.parametrize("make", WITH_BUTTONS.values(), ids=WITH_BUTTONS.keys())
def test_the_save_button_is_the_only_default(
    qtbot: QtBot, ui_uow: UowFactory, make: Callable[[UowFactory], FormDialog]
) -> None:
    dialog = make(ui_uow)
    _shown(qtbot, dialog)
    buttons = dialog.findChildren(QPushButton)
    defaults = [b.text() for b in buttons if b.isDefault()]
    assert defaults == [dialog.save_button.text()]
    in_rows = [b for b in buttons if not dialog.buttons.isAncestorOf(b)]
    assert [b.text() for b in in_rows if b.autoDefault()] == []


def test_enter_in_the_place_saves_the_meeting(qtbot: QtBot, ui_uow: UowFactory) -> None:
    from familiemote.ui.meeting_planner import MeetingPlannerDialog

    detail = _demo(ui_uow)
    before = len(detail.case.meetings)
    dialog = MeetingPlannerDialog(ui_uow, detail, TODAY)
    directory = _pressed(dialog.ui.directoryButton)
    _shown(qtbot, dialog)
    dialog.place_edit.setFocus()
    qtbot.keyClicks(dialog.place_edit, "Møterom 2, helsestasjonen")
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert directory == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    meetings = cases.get_case(ui_uow(), detail.case.id or 0).case.meetings
    assert len(meetings) == before + 1
    assert max(meetings, key=lambda mt: mt.id or 0).place == "Møterom 2, helsestasjonen"


def test_enter_in_the_child_s_name_saves_the_case_and_opens_no_new_person(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    from familiemote.ui.case_editor import CaseEditorDialog

    detail = _demo(ui_uow)
    dialog = CaseEditorDialog(ui_uow, detail, TODAY)
    new_person = _pressed(dialog.new_person)
    add_member = _pressed(dialog.add_member_button)
    _shown(qtbot, dialog)
    # Enter in the concern (several lines) is a new line, not a save
    dialog.concern.setFocus()
    dialog.concern.moveCursor(dialog.concern.textCursor().MoveOperation.End)
    lines = dialog.concern.blockCount()
    qtbot.keyClick(dialog.concern, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.concern, "Ny linje")
    assert dialog.concern.blockCount() == lines + 1
    assert dialog.isVisible()
    # Enter in the child's name saves the whole form
    dialog.child_name.setFocus()
    dialog.child_name.selectAll()
    qtbot.keyClicks(dialog.child_name, "Emilie")
    qtbot.keyClick(dialog.child_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert (new_person, add_member) == ([], [])
    assert dialog.saved
    stored = cases.get_case(ui_uow(), detail.case.id or 0).case
    assert stored.child_first_name == "Emilie"
    assert stored.concern_summary.endswith("\nNy linje")


def test_enter_in_an_age_saves_it_and_does_not_reset(qtbot: QtBot, ui_uow: UowFactory) -> None:
    from familiemote.ui.consent_settings_dialog import ConsentSettingsDialog

    dialog = ConsentSettingsDialog(ui_uow)
    reset = _pressed(dialog.reset_button)
    _shown(qtbot, dialog)
    dialog.heard_spin.setFocus()
    dialog.heard_spin.selectAll()
    qtbot.keyClicks(dialog.heard_spin, "8")
    qtbot.keyClick(dialog.heard_spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert reset == []
    assert consent.get_age_settings(ui_uow()).heard_from == 8


def test_a_member_row_added_later_has_no_auto_default_button(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    from familiemote.ui.case_editor import CaseEditorDialog

    dialog = CaseEditorDialog(ui_uow, _demo(ui_uow), TODAY)
    _shown(qtbot, dialog)
    qtbot.mouseClick(dialog.add_member_button, Qt.MouseButton.LeftButton)
    row = dialog.members[-1]
    assert not row.remove.autoDefault()
    qtbot.keyClicks(row.name, "Ola Nordmann")
    qtbot.keyClick(row.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert dialog.saved


def test_a_dialog_opened_from_a_form_keeps_its_own_buttons(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    """«Ny person i Katalog …» from the case editor is a dialog of its own: the editor
    leaves its buttons alone (its «Avbryt» is pressed by Enter when it has the focus)."""
    from familiemote.ui.case_editor import CaseEditorDialog, NewPersonDialog

    dialog = CaseEditorDialog(ui_uow, _demo(ui_uow), TODAY)
    _shown(qtbot, dialog)
    person = NewPersonDialog(ui_uow, dialog)  # as «Ny person i Katalog …» makes it
    person.finish_layout()  # its buttons placed, as when it was shown
    cancel = person.buttons.button(person.buttons.StandardButton.Cancel)
    assert cancel.autoDefault()
    dialog.enter_saves()  # as when a member row is added
    assert cancel.autoDefault()
    qtbot.mouseClick(dialog.add_member_button, Qt.MouseButton.LeftButton)
    assert cancel.autoDefault() and not dialog.members[-1].remove.autoDefault()
