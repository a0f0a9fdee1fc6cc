"""Historikk a page at a time: older entries read on request stay read when the case reloads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from familiemote.services import audit as audit_service
from familiemote.services import demo
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY


def test_older_entries_stay_shown_when_the_case_reloads(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    for i in range(230):
        audit_service.record_event(ui_uow(), case_id, "print", {"document": "plan", "n": i})
    window = make_window()
    window.select_case(case_id)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=30000)
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier
    )
    panel = window.case_view.history_panel
    assert window.case_view.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.table is not None and panel.table.rowCount() == 200)
    qtbot.mouseClick(panel.older_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() > 200, timeout=10000)
    shown = panel.table.rowCount()
    # a save reloads the case and rebuilds the tab: what was read stays
    panel.show_case(panel.detail, TODAY)
    assert panel.table.rowCount() == shown
    assert panel.filter_count.text().startswith(f"{shown} av {shown}")
