"""A long case list at start: the first rows are painted, the rest is read in a worker
thread after the paint; once read the list holds every case in order, a search typed
before then finds a case past the first rows, and the case open last time is opened
again even when it is past them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from familiemote.services import cases
from familiemote.storage.db import Database
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
    model = window.case_model
    return [model.case_at(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]


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
