"""The Tiltak tab's tables with the keyboard alone: the arrow keys move between the
actions, and Tab moves on from the table (it is never a Tab trap), from the moment the
table is built, not only once the app's focus hook has seen it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from familiemote.services import demo
from familiemote.ui.panels.actions import selectable_table
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY


def _inside(widget: QWidget | None, table: QTableWidget) -> bool:
    while widget is not None:
        if widget is table:
            return True
        widget = widget.parentWidget()
    return False


def test_a_built_table_lets_tab_leave() -> None:
    table = selectable_table(["Tiltak", "Status"], [(1, ("Leksehjelp", "Pågår"))], "Tiltak")
    assert not table.tabKeyNavigation()  # Qt's default is True: Tab would go cell by cell
    assert table.rowCount() == 1
    item = table.item(0, 0)
    assert item is not None and item.text() == "Leksehjelp" and item.toolTip() == "Leksehjelp"
    table.deleteLater()


def test_arrows_move_between_actions_and_tab_leaves_the_table(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    window.select_case(case_id)
    view = window.case_view
    view.tabs.setCurrentWidget(view.actions_panel)
    table = view.actions_panel.open_table
    assert table is not None and table.rowCount() >= 2
    assert not table.tabKeyNavigation()
    window.activateWindow()
    table.setCurrentCell(0, 0)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=10000)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 1  # the arrows move from action to action
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not _inside(QApplication.focusWidget(), table), timeout=10000)
    assert table.currentRow() == 1  # Tab moved focus on, not to another cell
    after = QApplication.focusWidget()
    assert after is not None
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    qtbot.waitUntil(table.hasFocus, timeout=10000)
