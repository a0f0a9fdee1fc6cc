"""No QObject of the GUI thread is deleted by a worker thread.

The waits of ui/ops.py hand the work to a worker thread and hear of its end through a
QObject (the bridge) that lives in the GUI thread. The worker's job holds the bridge.
A thread pool lets go of a job only after it has ended, and a cancelled wait returns
before its work does, so the worker may well be the last to hold the bridge. Owned by
Python, the bridge was then deleted there, in the worker, while the GUI thread ran on:
Qt does not allow that (a race in its bookkeeping, which may corrupt the heap and end
the program). Once in a few hundred tests it happened in the whole suite; here the
worker is made to let go last every time.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable
from functools import partial
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from familiemote.ui import ops
from tests.support.qt_threads import deletions_off_the_gui_thread


class _PoolThatLetsGoLate:
    """Runs each job in a thread of its own, which lets go of the job only when told:
    as ThreadPoolExecutor's worker drops its work item some time after the job ended,
    here always after the wait has returned."""

    def __init__(self) -> None:
        self.let_go = threading.Event()
        self.threads: list[threading.Thread] = []

    def submit(self, job: Callable[[], Any]) -> None:
        def run() -> None:
            job()
            self.let_go.wait(30)

        thread = threading.Thread(target=run, name="late-pool")
        self.threads.append(thread)
        thread.start()

    def finish(self) -> None:
        self.let_go.set()
        for thread in self.threads:
            thread.join(30)
            assert not thread.is_alive()


def _deferred_deletes() -> None:
    """Let the GUI thread's event loop delete what was handed to it with deleteLater."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()


def _no_bridge_left() -> None:
    """Each wait's bridge was deleted (on the GUI thread), none left behind."""
    app = QCoreApplication.instance()
    assert app is not None
    assert app.findChildren(ops._Bridge) == []


def test_a_quick_wait_leaves_its_worker_nothing_of_the_gui_thread_to_delete(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pool = _PoolThatLetsGoLate()
    monkeypatch.setattr(ops, "_quick_pool", lambda: pool)
    with deletions_off_the_gui_thread() as off_thread:
        results = [ops.wait_for(partial(pow, n, 2), quiet_ms=50) for n in range(5)]
        pool.finish()  # every job is let go of in its thread, after its wait returned
        _deferred_deletes()
    assert results == [0, 1, 4, 9, 16]
    assert len(pool.threads) == 5  # each wait went through the pool
    assert off_thread == [], off_thread[0].stack
    _no_bridge_left()


def test_a_cancelled_wait_leaves_its_worker_nothing_of_the_gui_thread_to_delete(
    qtbot: QtBot,
) -> None:
    release = threading.Event()
    before = set(threading.enumerate())

    def press_avbryt() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        shown = [d for d in dialogs if d.isVisible()]
        assert len(shown) == 1
        avbryt = shown[0].findChild(QPushButton)
        assert avbryt is not None
        avbryt.click()

    with deletions_off_the_gui_thread() as off_thread:
        QTimer.singleShot(50, press_avbryt)
        with pytest.raises(ops.Cancelled):
            ops.wait_or_cancel(lambda: release.wait(30), None, "Kobler til …")
        release.set()  # the given-up work ends now, long after its wait returned
        workers = [t for t in threading.enumerate() if t not in before]
        assert workers, "the work ran in a thread of its own"
        for thread in workers:
            thread.join(30)
            assert not thread.is_alive()
        qtbot.waitUntil(lambda: ops.given_up_running() == 0, timeout=10000)
        _deferred_deletes()
    assert off_thread == [], off_thread[0].stack
    _no_bridge_left()


class _Held(QObject):
    """A QObject that Python owns, in a reference cycle (only the cycle collector frees
    it), as a model or a dialog with its slots may be."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def _cycles(count: int) -> int:
    """Work that allocates as much as a database read does (the cycle collector's
    counts pass their thresholds many times over)."""
    made = []
    for n in range(count):
        pair: list[object] = [n]
        pair.append(pair)
        made.append(pair)
    return len(made)


def test_the_cycle_collector_does_not_delete_the_guis_objects_in_a_worker(
    qtbot: QtBot,
) -> None:
    gc.collect()  # the counts start low: the next automatic collection is the worker's
    held = _Held()
    gone = weakref.ref(held)
    del held  # garbage now, but in a cycle: left to the collector
    assert gone() is not None
    with deletions_off_the_gui_thread() as off_thread:
        assert ops.wait_for(partial(_cycles, 50_000), quiet_ms=50) == 50_000
        qtbot.waitUntil(lambda: gone() is None, timeout=10000)  # freed all the same
    assert off_thread == [], off_thread[0].stack


def test_the_cycle_collector_does_not_delete_the_guis_objects_in_a_background_worker(
    qtbot: QtBot,
) -> None:
    """The same for work that runs while the window stays usable (the server watch's
    probe of a server that is gone)."""
    gc.collect()
    held = _Held()
    gone = weakref.ref(held)
    del held
    done: list[int] = []
    with deletions_off_the_gui_thread() as off_thread:
        ops.run_in_background(partial(_cycles, 50_000), done.append)
        qtbot.waitUntil(lambda: done == [50_000], timeout=10000)
        qtbot.waitUntil(lambda: gone() is None, timeout=10000)
    assert off_thread == [], off_thread[0].stack
    assert gc.isenabled()  # on again once the work is done
