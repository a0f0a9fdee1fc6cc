"""The print option dialogs and the calendar export have the app's «A&vbryt», as every
other dialog: it reads «Avbryt» in bokmål and nynorsk, and Alt+V closes the dialog with
nothing printed, previewed or saved. Each dialog is opened from its menu in the main
window, as a user opens it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from familiemote.ui.main_window import MainWindow
from tests.support.fixture_types import MakeWindow
from tests.support.modal import when_shown


def _plan(window: MainWindow) -> QAction:
    return window.print_menu.plan_action


def _evaluation_forms(window: MainWindow) -> QAction:
    return window.print_menu.evaluation_action


def _leaflet(window: MainWindow) -> QAction:
    return window.print_menu.family_letters.leaflet_action


def _invitation(window: MainWindow) -> QAction:
    return window.print_menu.family_letters.invitation_action


def _calendar(window: MainWindow) -> QAction:
    return window.followup_menu.export_action


def _dialog_types() -> dict[str, tuple[Callable[[MainWindow], QAction], type[QDialog]]]:
    from familiemote.ui.family_letters import InvitationDialog, LeafletDialog
    from familiemote.ui.ics_export import CalendarExportDialog
    from familiemote.ui.print_actions import EvaluationOptionsDialog, PlanOptionsDialog

    return {
        "plan": (_plan, PlanOptionsDialog),
        "evaluation_forms": (_evaluation_forms, EvaluationOptionsDialog),
        "leaflet": (_leaflet, LeafletDialog),
        "invitation": (_invitation, InvitationDialog),
        "calendar": (_calendar, CalendarExportDialog),
    }


ALT = Qt.KeyboardModifier.AltModifier
NAMES = ["plan", "evaluation_forms", "leaflet", "invitation", "calendar"]


@pytest.mark.parametrize("name", NAMES)
def test_alt_v_cancels_the_dialog_and_nothing_is_printed(
    qtbot: QtBot, make_window: MakeWindow, language: str, name: str
) -> None:
    window = make_window()
    window.open_demo_case()
    qtbot.waitUntil(lambda: window.current_case_id is not None, timeout=20_000)
    action, dialog_type = _dialog_types()[name]
    asked_for_a_file: list[bool] = []
    seen: list[tuple[str, bool]] = []

    def ask_for_a_file() -> str:
        asked_for_a_file.append(True)
        return ""

    def cancel(dialog: QDialog) -> None:
        if hasattr(dialog, "choose_path"):  # the calendar file is not asked for
            dialog.choose_path = ask_for_a_file
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        seen.append((cancel_button.text(), dialog.isVisible()))
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_V, ALT)
        try:  # a mnemonic clicks its button a moment later (as a click is seen)
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        finally:
            seen.append(("after Alt+V", dialog.isVisible()))
            if dialog.isVisible():  # Alt+V did not close it: the test must not hang
                dialog.reject()

    shown = when_shown(dialog_type, cancel)
    action(window).trigger()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    assert seen == [("A&vbryt", True), ("after Alt+V", False)]
    assert shown[0].result() == QDialog.DialogCode.Rejected
    assert window.print_menu.last_preview is None  # nothing previewed, nothing printed
    assert asked_for_a_file == []
    assert QApplication.translate("FormDialog", "A&vbryt").replace("&", "") == "Avbryt"
