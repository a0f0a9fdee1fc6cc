"""What a keystroke in the case search costs: a backspace takes the rows of the search
it goes back to (no pass over all cases), the open case's row is found by its id, and
the list's cells are given the model's texts by its delegate."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from familiemote.services import cases
from familiemote.ui import main_window
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY

NAMES = ("Åsmund", "Åse", "Asle", "Sara", "Salma", "Sander", "Olav", "Ola")


@pytest.fixture
def passes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many rows each search went through."""
    seen: list[int] = []
    real = main_window.case_service.filter_rows

    def counted(rows: list[Any], text: str) -> list[Any]:
        seen.append(len(rows))
        return real(rows, text)

    monkeypatch.setattr(main_window.case_service, "filter_rows", counted)
    yield seen


def _names(window: Any) -> list[str]:
    model = window.case_model
    return sorted(model.case_at(r).child_first_name for r in range(model.rowCount()))


def test_a_backspace_goes_back_to_the_rows_found_before(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory, passes: list[int]
) -> None:
    for i, name in enumerate(NAMES):
        cases.create_case(ui_uow(), cases.NewCase(name, 2010 + i), TODAY)
    window = make_window()
    window.search_edit.setFocus()
    passes.clear()
    qtbot.keyClicks(window.search_edit, "sa")
    assert _names(window) == ["Salma", "Sander", "Sara"]
    qtbot.keyClick(window.search_edit, "l")
    assert _names(window) == ["Salma"]
    assert passes == [len(NAMES), 6, 3]  # «s» all, «sa» the 6 of «s», «sal» the 3 of «sa»
    passes.clear()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Backspace)
    assert _names(window) == ["Asle", "Salma", "Sander", "Sara", "Åse", "Åsmund"]
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Backspace)
    assert _names(window) == sorted(NAMES)
    assert passes == []  # each was a search made before
    # a list read again (a case stored meanwhile) is searched whole
    cases.create_case(ui_uow(), cases.NewCase("Sanna", 2019), TODAY)
    window.reload_cases()
    qtbot.keyClicks(window.search_edit, "san")
    assert _names(window) == ["Sander", "Sanna"]
    assert passes[0] == len(NAMES) + 1


def test_the_open_case_stays_selected_while_typing(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    ids = {name: cases.create_case(ui_uow(), cases.NewCase(name, 2012), TODAY) for name in NAMES}
    window = make_window()
    window.select_case(ids["Sara"])
    qtbot.waitUntil(lambda: window.current_case_id == ids["Sara"], timeout=10_000)
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, "sa")
    current = window.case_table.selectionModel().currentIndex()
    assert window.case_model.case_at(current.row()).id == ids["Sara"]
    assert window.case_model.row_for_case(ids["Olav"]) == -1  # not among these rows
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Backspace)
    current = window.case_table.selectionModel().currentIndex()
    assert window.case_model.case_at(current.row()).id == ids["Sara"]
    assert window.case_model.row_for_case(ids["Olav"]) >= 0


def test_a_cell_shows_the_models_text(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    cases.create_case(ui_uow(), cases.NewCase("Åsmund", 2015), TODAY)
    window = make_window()
    model, view = window.case_model, window.case_table
    delegate = view.itemDelegate()
    for column in range(model.columnCount()):
        index = model.index(0, column)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        assert option.text == text
        has_display = option.features & QStyleOptionViewItem.ViewItemFeature.HasDisplay
        assert bool(has_display) == bool(text)  # an empty cell (no coordinator) draws none
