"""A long case list at start: the first rows are painted, the rest is read in a worker
thread after the paint; once read the list holds every case in order, a search typed
before then finds a case past the first rows, and the case open last time is opened
again even when it is past them. Until the rest is read the list is as long as it
will be: the rows still coming say «Henter resten av listen …» where their cases will
show, so a list scrolled down in the first moment never seems to end."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from familiemote.services import cases
from familiemote.storage.db import Database
from familiemote.ui.case_list import CaseListModel
from familiemote.ui.main_window import KEY_LAST_CASE, MainWindow
from tests.support.fixture_types import UowFactory
from tests.ui.conftest import TODAY

FIRST = 3
NAMES = ("Åsmund", "Åse", "Asle", "Sara", "Salma", "Sander", "Olav", "Ola", "Ingrid")


@pytest.fixture
def ids(ui_uow: UowFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    monkeypatch.setattr(MainWindow, "FIRST_ROWS", FIRST)
    yield {name: cases.create_case(ui_uow(), cases.NewCase(name, 2012), TODAY) for name in NAMES}


def _window(qtbot: QtBot, ui_uow: UowFactory, settings_path: Path, db: Database) -> MainWindow:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(ui_uow, settings, db.display_location, today=lambda: TODAY)
    qtbot.addWidget(window)
    return window


def _shown(window: MainWindow) -> list[int]:
    """The cases in the list, in order (not the rows still being read)."""
    model = window.case_model
    found = (model.case_at(r) for r in range(model.rowCount()))
    return [row.id for row in found if row is not None]


COMING = "Henter resten av listen …"


def test_the_first_rows_then_every_case_in_order(
    qtbot: QtBot, ui_uow: UowFactory, settings_path: Path, ui_db: Database, ids: dict[str, int]
) -> None:
    window = _window(qtbot, ui_uow, settings_path, ui_db)
    everything = [r.id for r in cases.list_cases(ui_uow())]
    assert _shown(window) == everything[:FIRST]  # before the paint: the first rows
    assert not window.list_complete()
    window.show()
    qtbot.waitUntil(window.list_complete, timeout=20_000)
    assert _shown(window) == everything
    assert len(everything) == len(NAMES)


def test_the_rows_still_being_read_hold_their_places(
    qtbot: QtBot,
    ui_uow: UowFactory,
    settings_path: Path,
    ui_db: Database,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Scrolled to the end before the rest has come, the list shows rows still to come,
    not a last case; a row chosen there opens its case when it comes, and the scroll
    position stays."""
    real = cases.list_cases
    everything = [r.id for r in real(ui_uow())]
    gate = threading.Event()

    def held(uow: Any, *args: Any, **kwargs: Any) -> list[cases.CaseRow]:
        if not args and kwargs.get("limit") is None:  # the rest, read after the first paint
            gate.wait(60)
        return real(uow, *args, **kwargs)

    monkeypatch.setattr(cases, "list_cases", held)
    window = _window(qtbot, ui_uow, settings_path, ui_db)
    window.resize(900, 260)  # a few rows on screen: the list scrolls
    window.show()
    qtbot.waitExposed(window)
    try:
        qtbot.waitUntil(lambda: window._rest is not None, timeout=20_000)
        table, model = window.case_table, window.case_model
        assert not window.list_complete()
        # the list is as long as the whole list, from the first paint
        assert model.rowCount() == len(NAMES)
        assert _shown(window) == everything[:FIRST]
        assert [model.text_at(r, 0) for r in range(FIRST, len(NAMES))] == [COMING] * (
            len(NAMES) - FIRST
        )
        assert table.verticalScrollBar().maximum() > 0
        table.scrollToBottom()
        qtbot.wait(50)
        last_on_screen = table.rowAt(table.viewport().height() - 2)
        last_on_screen = model.rowCount() - 1 if last_on_screen < 0 else last_on_screen
        assert last_on_screen == len(NAMES) - 1
        index = model.index(last_on_screen, 0)
        assert model.data(index) == COMING and model.case_at(last_on_screen) is None
        assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == COMING
        scrolled_to = table.verticalScrollBar().value()
        # the nurse clicks the last row before its case has come: nothing opens yet
        QTest.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
        )
        assert window.current_case_id is None
    finally:
        gate.set()
    qtbot.waitUntil(window.list_complete, timeout=20_000)
    assert _shown(window) == everything
    assert table.verticalScrollBar().value() == scrolled_to
    assert model.data(model.index(len(NAMES) - 1, 0)) != COMING
    # the row chosen holds the oldest case now, and that case is open
    qtbot.waitUntil(lambda: window.current_case_id == everything[-1], timeout=20_000)


def test_a_count_that_changed_before_the_rest_came(
    qtbot: QtBot, qtmodeltester: Any, ui_uow: UowFactory, ids: dict[str, int]
) -> None:
    """Cases added or removed between the count and the rest's read: the rows to come
    grow or shrink to the cases that came, each change told to the view in order."""
    rows = cases.list_cases(ui_uow())
    for pending, came in ((2, len(NAMES)), (len(NAMES), len(NAMES)), (len(NAMES), 5)):
        model = CaseListModel(today=TODAY)
        qtmodeltester.check(model)  # watches every signal the model sends from here on
        model.set_rows(rows[:FIRST], pending=pending)
        assert model.rowCount() == FIRST + pending
        assert model.extend_rows(rows[:came])
        assert model.rowCount() == came and model.pending() == 0
        assert [model.case_at(r).id for r in range(came)] == [r.id for r in rows[:came]]  # type: ignore[union-attr]
        assert all(model.text_at(r, 0) != COMING for r in range(came))
    # rows that do not begin with those shown are not added
    model = CaseListModel(today=TODAY)
    model.set_rows(rows[1:FIRST], pending=3)
    assert not model.extend_rows(rows)
    assert model.rowCount() == FIRST - 1 + 3


def test_a_search_before_the_rest_is_read_finds_a_case_past_the_first_rows(
    qtbot: QtBot, ui_uow: UowFactory, settings_path: Path, ui_db: Database, ids: dict[str, int]
) -> None:
    window = _window(qtbot, ui_uow, settings_path, ui_db)
    last_read = cases.list_cases(ui_uow())[-1]  # the oldest: never among the first rows
    assert last_read.id not in _shown(window)
    window.show()
    window.search_edit.setText(last_read.child_first_name)  # at once, as a user may
    assert last_read.id in _shown(window)
    assert window.list_complete()
    window.search_edit.clear()
    assert len(_shown(window)) == len(NAMES)


def test_the_case_open_last_time_is_opened_again_past_the_first_rows(
    qtbot: QtBot, ui_uow: UowFactory, settings_path: Path, ui_db: Database, ids: dict[str, int]
) -> None:
    oldest = cases.list_cases(ui_uow())[-1].id
    QSettings(str(settings_path), QSettings.Format.IniFormat).setValue(KEY_LAST_CASE, oldest)
    window = _window(qtbot, ui_uow, settings_path, ui_db)
    window.show()
    qtbot.waitUntil(lambda: window.current_case_id == oldest, timeout=20_000)
    assert window.list_complete()
