"""Typing on in the search box narrows the rows found so far; any other edit, or a
new list from the database, searches all cases again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from familiemote.services import cases
from familiemote.ui.main_window import MainWindow
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY


def _names(window: MainWindow) -> list[str]:
    model = window.case_model
    names = []
    for r in range(model.rowCount()):
        row = model.case_at(r)
        assert row is not None
        names.append(row.child_first_name)
    return sorted(names)


def test_typing_deleting_and_editing_in_the_middle_find_what_a_fresh_search_finds(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    for name, year in (("Åsmund", 2015), ("Åse", 2014), ("Asle", 2016), ("Sara", 2013)):
        cases.create_case(ui_uow(), cases.NewCase(name, year), TODAY)
    window = make_window()
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, "ås")
    assert _names(window) == ["Åse", "Åsmund"]
    qtbot.keyClicks(window.search_edit, "m")
    assert _names(window) == ["Åsmund"]
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Backspace)  # wider again
    assert _names(window) == ["Åse", "Åsmund"]
    window.search_edit.setCursorPosition(0)  # «ås» -> «aås»: not an extension
    qtbot.keyClicks(window.search_edit, "a")
    assert _names(window) == []
    window.search_edit.setText("s")
    assert _names(window) == ["Asle", "Sara", "Åse", "Åsmund"]
    window.search_edit.setText("sa")
    assert _names(window) == ["Sara"]
    # a case stored meanwhile: the list read again is searched whole
    cases.create_case(ui_uow(), cases.NewCase("Salma", 2017), TODAY)
    window.reload_cases()
    window.search_edit.setText("sal")
    assert _names(window) == ["Salma"]
