"""The program's cycle collection runs on the GUI thread only (familiemote.ui.gui_gc).

A collection started in a worker thread deletes the window's Python-owned Qt objects
there; with GuiThreadCollector installed, threads of the program's own (not only the
waits of ui.ops) allocate without starting one, and the GUI thread's timer frees the
garbage they leave.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from familiemote.ui import gui_gc


@pytest.fixture
def collections() -> Iterator[list[str]]:
    """The name of the thread each collection starts in, while the test runs."""
    seen: list[str] = []

    def note(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        yield seen
    finally:
        gc.callbacks.remove(note)


def _allocate_cycles(n: int) -> None:
    """What a worker reading rows does to the collector's counts: many containers."""
    for _ in range(n):
        a: list[Any] = []
        a.append(a)  # a cycle, left for the collector


def _run_in_thread(work: Any) -> None:
    t = threading.Thread(target=work, name="familiemote-test-worker")
    t.start()
    t.join()


def test_without_it_a_worker_thread_starts_collections(collections: list[str]) -> None:
    """The hazard itself, so the test below can fail: CPython collects where it allocates."""
    assert gc.isenabled()
    _run_in_thread(lambda: _allocate_cycles(20_000))
    assert "familiemote-test-worker" in collections


def test_with_it_no_collection_starts_outside_the_gui_thread(
    qtbot: QtBot, collections: list[str]
) -> None:
    from PySide6.QtCore import QObject

    class Holder:
        def __init__(self) -> None:
            self.me = self  # a cycle: only the collector frees it
            self.qt = QObject()  # a Qt object Python owns, deleted when it is

    collector = gui_gc.GuiThreadCollector(interval_ms=20)
    try:
        refs: list[weakref.ref[Holder]] = []

        def worker() -> None:
            holder = Holder()
            refs.append(weakref.ref(holder))
            del holder
            _allocate_cycles(20_000)

        _run_in_thread(worker)
        assert refs[0]() is not None  # nothing collected it in the worker
        assert "familiemote-test-worker" not in collections
        qtbot.waitUntil(lambda: refs[0]() is None, timeout=10_000)  # the GUI thread did
        assert collections and set(collections) == {threading.main_thread().name}
    finally:
        collector.stop()
    assert gc.isenabled()


def test_a_wait_inside_it_leaves_collection_off(qtbot: QtBot) -> None:
    collector = gui_gc.GuiThreadCollector(interval_ms=20)
    try:
        gui_gc.hold()
        gui_gc.release()
        assert not gc.isenabled()
    finally:
        collector.stop()
    assert gc.isenabled()


@pytest.mark.parametrize("with_parent", [False, True], ids=["no parent", "a window's child"])
def test_work_in_the_background_is_let_go_once_done(qtbot: QtBot, with_parent: bool) -> None:
    """Each background operation is freed once its result is handed over, not kept by
    its parent (or its own slot) for as long as the window lives."""
    from PySide6.QtWidgets import QWidget

    from familiemote.ui import ops

    parent = QWidget() if with_parent else None
    results: list[int] = []
    op = ops.run_in_background(lambda: 42, results.append, parent)
    ref = weakref.ref(op)
    del op
    qtbot.waitUntil(lambda: results == [42], timeout=10_000)

    def freed() -> bool:
        gc.collect()
        return ref() is None

    qtbot.waitUntil(freed, timeout=10_000)
    if parent is not None:
        assert not parent.findChildren(ops.BackgroundOp)
        parent.deleteLater()


def test_one_let_go_without_stop_still_puts_collection_back(qtbot: QtBot) -> None:
    """A safety net beside run_gui's own stop(): one that goes with the function that
    made it leaves automatic collection as it was."""

    def a_run() -> int:
        _collector = gui_gc.GuiThreadCollector(interval_ms=20)
        assert not gc.isenabled()
        return 1  # as a start given up returns

    assert a_run() == 1
    assert gc.isenabled()


def test_the_program_collects_on_its_gui_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The program's run (familiemote.app.run_gui) has collection on the GUI thread only
    while it runs, and as it was after (here a start that ends at a missing database)."""
    from familiemote import app
    from familiemote.settings import DatabaseChoice
    from familiemote.storage.db import sqlite_url
    from tests.support.run_gui_here import leave_no_global_state

    told: list[tuple[str, bool]] = []
    leave_no_global_state(monkeypatch, tmp_path)
    monkeypatch.setattr(
        app, "_message_box", lambda parent: lambda text: told.append((text, gc.isenabled()))
    )
    monkeypatch.setenv("FAMILIEMOTE_PASSPHRASE", "en lang nok passordfrase 2026")
    missing = tmp_path / "finnes-ikke" / "db.sqlite"
    assert gc.isenabled()
    assert app.run_gui(DatabaseChoice(sqlite_url(missing), is_default=False)) == 1
    assert told and "finnes ikke" in told[-1][0]
    assert told[-1][1] is False  # off while the program ran: its timer collects
    assert gc.isenabled()
