"""The window keeps turning while long work runs: the database is made slow on purpose
(every statement waits, as on a shared server far away) and a QTimer counts the
turns of the event loop while a case opens, the follow-up overview loads, the
consent form is read and rendered for the preview, and a backup is taken.

Before this work ran in a worker thread, the timer did not tick at all while it
ran (the GUI thread was the one waiting): the tick count is the evidence, not a
time limit.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from familiemote.services import cases, demo
from familiemote.storage.db import Database, open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork, UnitOfWork
from familiemote.ui import ops
from familiemote.ui.followup_view import FollowUpView
from familiemote.ui.main_window import MainWindow
from tests.support.fixture_types import UowFactory
from tests.support.slow_db import TickCounter, slowed
from tests.ui.conftest import TODAY

WAIT = 0.05  # per statement: a case open is dozens of statements, so seconds in all
MIN_TICKS = 5  # turns of the event loop seen while the work ran


@pytest.fixture
def ticks(qapp: QApplication) -> Iterator[TickCounter]:
    counter = TickCounter(10)
    yield counter
    counter.close()


def _window(qtbot: QtBot, ui_uow: UowFactory, ui_db: Database, settings_path: Path) -> MainWindow:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(ui_uow, settings, ui_db.display_location, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_opening_a_case_on_a_slow_database_keeps_the_window_turning(
    qtbot: QtBot, ui_uow: UowFactory, ui_db: Database, settings_path: Path, ticks: TickCounter
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    other = cases.create_case(ui_uow(), cases.NewCase("Åsmund", 2015), TODAY)
    window = _window(qtbot, ui_uow, ui_db, settings_path)
    window.open_case(other)
    with slowed(ui_db.engine, WAIT) as statements:
        ticks.start()
        window.open_case(case_id)
        seen = ticks.stop()
    assert statements[0] >= 5  # the case really was read through the slow database
    assert window.current_case_id == case_id
    assert window.case_view.title_label.text() == "Sofie, 9 år (fiktiv eksempelsak)"
    assert seen >= MIN_TICKS, f"the event loop turned {seen} times in {statements[0]} waits"
    assert not ops.is_running()
    assert QApplication.overrideCursor() is None  # the wait cursor is gone again


def test_clicks_during_the_work_are_held_back(
    qtbot: QtBot, ui_uow: UowFactory, ui_db: Database, settings_path: Path
) -> None:
    """A click while a case is being read does not start anything else midway."""
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = _window(qtbot, ui_uow, ui_db, settings_path)
    clicked: list[bool] = []
    window.case_table.clicked.connect(lambda _i: clicked.append(True))
    from PySide6.QtCore import QTimer

    def click_midway() -> None:
        assert ops.is_running()
        rect = window.case_table.visualRect(window.case_model.index(0, 0))
        qtbot.mouseClick(window.case_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    with slowed(ui_db.engine, WAIT):
        QTimer.singleShot(100, click_midway)
        window.open_case(case_id)
    assert window.current_case_id == case_id
    assert clicked == []  # held back while the work ran
    rect = window.case_table.visualRect(window.case_model.index(0, 0))
    qtbot.mouseClick(window.case_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked == [True]  # and taken again afterwards


def test_followup_overview_on_a_slow_database_keeps_the_window_turning(
    qtbot: QtBot, ui_uow: UowFactory, ui_db: Database, ticks: TickCounter
) -> None:
    demo.create_demo_case(ui_uow(), TODAY)
    view = FollowUpView(ui_uow, lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    before = view.model.rowCount()
    with slowed(ui_db.engine, WAIT * 4) as statements:
        ticks.start()
        view.reload()
        seen = ticks.stop()
    assert statements[0] >= 1
    assert view.model.rowCount() == before and before > 0
    assert seen >= MIN_TICKS, f"the event loop turned {seen} times in {statements[0]} waits"


def test_preview_is_read_and_rendered_off_the_gui_thread(
    qtbot: QtBot, ui_uow: UowFactory, ui_db: Database, settings_path: Path, ticks: TickCounter
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = _window(qtbot, ui_uow, ui_db, settings_path)
    window.open_case(case_id)
    with slowed(ui_db.engine, WAIT) as statements:
        ticks.start()
        window.print_menu.print_consent()
        seen = ticks.stop()
    preview = window.print_menu.last_preview
    assert preview is not None and len(preview.page_labels) == 2  # one page per guardian
    assert b"%PDF" in preview.pdf[:8]
    assert statements[0] >= 1
    assert seen >= MIN_TICKS, f"the event loop turned {seen} times in {statements[0]} waits"
    preview.close()


def test_backup_on_a_slow_disk_keeps_the_window_turning(
    qtbot: QtBot,
    tmp_path: Path,
    settings_path: Path,
    ticks: TickCounter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The backup itself runs in a worker thread; its copy is made slow here."""
    from familiemote.services import backup as backup_service
    from familiemote.ui.security import SecurityControls

    db = open_database(sqlite_url(tmp_path / "enc.sqlite"), passphrase="en lang nok frase 1")
    try:
        uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
        demo.create_demo_case(uow(), TODAY)
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = MainWindow(uow, settings, db.display_location, today=lambda: TODAY)
        qtbot.addWidget(window)
        controls = SecurityControls(window, db, settings)
        window.show()
        real = backup_service.make_backup

        def slow_backup(*args: Any, **kwargs: Any) -> None:
            import time

            time.sleep(0.5)  # a network share or a slow USB stick
            return real(*args, **kwargs)

        monkeypatch.setattr(backup_service, "make_backup", slow_backup)
        ticks.start()
        assert controls.backup_to(tmp_path / "kopi.fmbak")
        seen = ticks.stop()
        assert (tmp_path / "kopi.fmbak").stat().st_size > 0
        assert seen >= MIN_TICKS
        del controls
    finally:
        db.dispose()


def _warm_threads() -> list[object]:
    import threading

    return [t for t in threading.enumerate() if t.name == "familiemote-warm"]


def test_the_first_case_is_read_once_after_the_list_is_painted(
    qtbot: QtBot,
    ui_uow: UowFactory,
    ui_db: Database,
    settings_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from familiemote import startup

    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    read: list[int] = []
    real = cases.get_case

    def spy(uow: UnitOfWork, cid: int) -> cases.CaseDetail:
        read.append(cid)
        return real(uow, cid)

    monkeypatch.setattr(cases, "get_case", spy)
    monkeypatch.setattr(startup, "PRELOAD_DELAY_MS", 0)
    window = _window(qtbot, ui_uow, ui_db, settings_path)
    after: list[tuple[list[int], bool]] = []  # what was read by then, on which thread

    def then() -> None:  # the page check of a large file, in the app
        after.append((list(read), ops._gui_thread()))

    # with the engine: a second connection is keyed first, for the check that follows
    startup.warm_after_first_paint(window, then, engine=ui_db.engine)
    window.case_table.viewport().update()  # a paint of the list starts it
    qtbot.waitUntil(lambda: after != [], timeout=30000)
    for thread in _warm_threads():
        thread.join(30)  # type: ignore[attr-defined]
    assert window.current_case_id is None  # read, not opened: nothing shown
    assert read == [case_id]
    assert after == [([case_id], True)]  # after the read, on the GUI thread, once


def test_with_no_list_to_paint_what_comes_after_still_starts(
    qtbot: QtBot,
    ui_uow: UowFactory,
    ui_db: Database,
    settings_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from familiemote import startup

    monkeypatch.setattr(startup, "WARM_AT_THE_LATEST_MS", 50)
    window = _window(qtbot, ui_uow, ui_db, settings_path)  # no cases: the empty state
    after: list[bool] = []
    startup.warm_after_first_paint(window, lambda: after.append(True))
    qtbot.waitUntil(lambda: after == [True], timeout=30000)
    qtbot.wait(200)
    assert after == [True]


def test_a_failing_warm_read_is_left_for_the_click_to_tell(
    qtbot: QtBot,
    ui_uow: UowFactory,
    ui_db: Database,
    settings_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from familiemote import startup

    demo.create_demo_case(ui_uow(), TODAY)
    window = _window(qtbot, ui_uow, ui_db, settings_path)
    calls: list[str] = []

    def broken() -> SqlAlchemyUnitOfWork:
        calls.append("uow")
        raise RuntimeError("the server went away")

    hooks: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: hooks.append(exc))
    monkeypatch.setattr(window, "_uow_factory", broken)
    startup.warm_case_reading(window)
    qtbot.waitUntil(lambda: calls == ["uow"], timeout=30000)
    for thread in _warm_threads():
        thread.join(30)  # type: ignore[attr-defined]
    assert hooks == []  # no box, no log: the user's click meets and tells the error
