"""The heavy part of the start, loaded in a worker thread while the first window shows.

The first thing a user sees (the passphrase dialog, or the first-run screen)
needs only Qt. SQLAlchemy, the mapping, the services and the key derivation
(PBKDF2-SHA512, 256,000 iterations: a security floor, about 0.2 s, which
releases the GIL) are not needed until the passphrase is given, so:

* :func:`start_preload` imports them in a worker thread, started once the first
  window is up; the user reads and types meanwhile.
* :func:`wait_for_preload` is called before the GUI thread uses any of them
  (never two threads importing the same modules at once).
* :func:`in_thread` runs one call (the opening of the database, with its key
  derivation) in a worker thread while the GUI thread goes on with other work
  (importing the window's modules), and hands back its result or exception.
* :func:`after_first_frame` leaves a chore of the start (clearing the temp folder
  of what a killed print left) to that worker, after the imports; whatever the
  worker has not run, :func:`wait_for_preload` runs itself. So a chore has always
  run before the database opens, and never before the first frame is painted.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from familiemote import deferred_modules

T = TypeVar("T")

# In the order they import each other; everything opening a database touches.
HEAVY_MODULES = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "familiemote.storage.orm",
    "familiemote.storage.db",
    "familiemote.storage.uow",
    "familiemote.storage.audit",
    "familiemote.storage.audit_check",
    "familiemote.services.cases",
)

# after the first frame is painted, a moment for the window system to show it
PRELOAD_DELAY_MS = 50

_lock = threading.Lock()
_thread: threading.Thread | None = None
_failed: list[BaseException] = []
_chores: list[Callable[[], object]] = []


def after_first_frame(chore: Callable[[], object]) -> None:
    """Run ``chore`` in the preload worker after its imports, or in :func:`wait_for_preload`
    if the worker has not (a start that shows no window before opening the database)."""
    with _lock:
        _chores.append(chore)


def _run_chores() -> None:
    while True:
        with _lock:
            if not _chores:
                return
            chore = _chores.pop(0)
        chore()


def _import_all() -> None:
    for name in HEAVY_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # a module renamed or gone: it loads when used, as before
            continue
        except BaseException as exc:  # kept for the GUI thread's own import to raise
            _failed.append(exc)
            return
    _run_chores()


def start_preload() -> None:
    """Start importing the heavy modules in a worker thread (once; later calls do nothing)."""
    global _thread
    deferred_modules.install()  # before SQLAlchemy: what it imports and the app does not use
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=_import_all, name="familiemote-preload", daemon=True)
            _thread.start()


def wait_for_preload() -> None:
    """Wait until the worker has imported them (at once if it was never started)."""
    deferred_modules.install()  # the GUI thread may import SQLAlchemy itself next
    with _lock:
        thread = _thread
    if thread is not None:
        thread.join()
    _run_chores()  # those the worker did not run (never started, or started before them)


class Running(Generic[T]):
    """One call running in a worker thread; :meth:`result` waits for it."""

    def __init__(self, call: Callable[[], T]) -> None:
        self._call = call
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="familiemote-open", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._call()
        except BaseException as exc:
            self._error = exc

    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


def in_thread(call: Callable[[], T]) -> Running[T]:
    return Running(call)


def preload_after_first_paint(widget: Any) -> None:
    """Start :func:`start_preload` once ``widget`` (the first window) has been painted.

    Not before: the import holds the GIL most of the time, and the first frame
    would wait for it.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(PRELOAD_DELAY_MS, start_preload)
            return False

    watcher = _FirstPaint(widget)  # owned by the widget: lives as long as it does
    widget.installEventFilter(watcher)


def warm_case_reading(
    window: Any, then: Callable[[], None] | None = None, engine: Any = None
) -> None:
    """Read the first case of ``window``'s list once in a worker thread and drop it;
    then call ``then`` on the GUI thread (also when there is nothing to read).

    The first read of a case in a process is several times slower than the next
    (SQLAlchemy compiles and caches the case's queries, the modules an open uses are
    imported): about 140 ms against 15-40 ms at 2,000 cases, measured. Done once the
    list is painted, while the user looks at it, so the first click finds the
    queries compiled. ``then`` is the page check of a large file: started after this
    read, the check takes a second connection, and the user's click finds the first
    one free and keyed (a new encrypted connection derives its key again: PBKDF2,
    0.2-0.6 s, measured as the first click's wait when the check came first).
    With ``engine`` (given when the check follows), a second connection is keyed
    first and left in the pool, so the check and the click each find one.
    Nothing is shown or written; a failure here is left for that click to tell.
    """
    from PySide6.QtCore import QObject, Qt, Signal

    from familiemote.ui.case_list import CASE_ID_ROLE

    class _Done(QObject):
        finished = Signal()

    done = _Done(window)  # lives with the window; its signal comes back queued
    if then is not None:
        done.finished.connect(then, Qt.ConnectionType.QueuedConnection)
    model = window.case_model
    case_id = model.data(model.index(0, 0), CASE_ID_ROLE) if model.rowCount() else None
    uow_factory = window._uow_factory

    def read() -> None:
        try:
            if engine is not None:  # two keyed connections in the pool, one for the check
                with engine.connect() as first, engine.connect() as second:
                    for conn in (first, second):
                        conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            if case_id is not None:
                whole_list_read = getattr(window, "whole_list_read", None)
                if whole_list_read is not None:  # the rest of a long list, read first
                    whole_list_read()
                import familiemote.services.access  # noqa: F401  (imported by every open)
                from familiemote.services.cases import get_case

                get_case(uow_factory(), int(case_id))
        except Exception:  # the click reports what is wrong
            pass
        finally:
            done.finished.emit()

    threading.Thread(target=read, name="familiemote-warm", daemon=True).start()


WARM_AT_THE_LATEST_MS = 2000


def warm_after_first_paint(
    window: Any, then: Callable[[], None] | None = None, engine: Any = None
) -> None:
    """Start :func:`warm_case_reading` once ``window``'s case list has been painted (not
    before: the reading holds the GIL much of the time, and the list would wait)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    viewport = window.case_table.viewport()
    started: list[bool] = []

    def start() -> None:
        if not started:
            started.append(True)
            viewport.removeEventFilter(watcher)
            warm_case_reading(window, then, engine)

    class _FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(PRELOAD_DELAY_MS, start)
            return False

    watcher = _FirstPaint(viewport)
    viewport.installEventFilter(watcher)
    # a window that shows no list (no cases yet) paints no list: start anyway
    QTimer.singleShot(WARM_AT_THE_LATEST_MS, start)


def lower_this_thread(step: int = 10) -> None:
    """Lower the CPU priority of the calling worker thread (not the process) by ``step``.

    For work the user did not ask for (the page check of a large file, the warm
    read): on 2 busy cores it then yields to the window and to what the user asked
    for. Linux only, where a thread's id can be given to setpriority; elsewhere
    nothing changes.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        tid = threading.get_native_id()
        now = os.getpriority(os.PRIO_PROCESS, tid)
        os.setpriority(os.PRIO_PROCESS, tid, min(19, now + step))
    except (AttributeError, OSError):  # not allowed here: run as it is
        return
