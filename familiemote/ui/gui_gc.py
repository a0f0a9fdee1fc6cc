"""Python's cycle collector held off while a worker thread runs, and run on the GUI thread.

CPython collects reference cycles in whichever thread happens to allocate when its
counts pass their thresholds; during a wait (:mod:`familiemote.ui.ops`) that is very
often the worker, reading the database or writing a PDF. A collection deletes what it
frees there and then, and some of the window's objects are freed only by it: a Qt
object that Python owns and that is part of a reference cycle (a model, a dialog and
its slots, settings). Deleted in the worker while the GUI thread runs on, such a
QObject races with Qt's own bookkeeping, which Qt does not allow; the heap may be
corrupted and the program end, with what was typed and not saved.

:func:`hold` turns automatic collection off for the time a worker runs; when the last
such wait ends, :func:`release` turns it on again and runs, on the GUI thread, the
collection CPython would have run meanwhile (the oldest generation whose count passed
its threshold). Outside waits nothing changes. A wait given up with «Avbryt» returns
before its work ends: the rest of that work runs with the collector on again.
"""

from __future__ import annotations

import gc
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer

_lock = threading.Lock()
_holds = 0
_was_enabled = False


def hold() -> None:
    """No automatic collection (in any thread) until the matching :func:`release`."""
    global _holds, _was_enabled
    with _lock:
        if _holds == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holds += 1


def release() -> None:
    """The end of a :func:`hold` (called on the GUI thread): after the last one, automatic
    collection is on again, and the collection that is due is run here."""
    global _holds
    with _lock:
        _holds -= 1
        last = _holds == 0
        if last and _was_enabled:
            gc.enable()
    if last and _was_enabled:
        collect_due()


def collect_due() -> int | None:
    """Run the collection CPython would run now: of the oldest generation whose count
    is past its threshold. Returns the generation collected (None: none was due)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return generation
    return None


class GuiThreadCollector:
    """For the whole program: automatic collection off, and the collection that is due
    run by a timer on the GUI thread.

    :func:`hold` covers the waits of :mod:`familiemote.ui.ops`; the program has other
    threads of its own (the read log's writer, the preload at start, the audit trail's
    check in the background), and a collection started in any of them would delete
    the window's objects there. With this installed none starts outside the GUI
    thread: every ``interval_ms`` the timer runs what CPython would have run by now
    (:func:`collect_due`), so garbage in cycles waits at most that long. A hold during
    it finds collection off and leaves it so.
    """

    def __init__(self, interval_ms: int = 250) -> None:
        import weakref

        from PySide6.QtCore import QTimer

        timer = QTimer()
        timer.setInterval(interval_ms)
        timer.timeout.connect(collect_due)
        # stopped, and collection as it was, at stop() (run_gui calls it however its
        # run ends), or else when this object goes
        self._stop = weakref.finalize(self, _restore, timer, gc.isenabled())
        gc.disable()
        timer.start()

    def stop(self) -> None:
        """Automatic collection as it was before (at the program's end, and in tests)."""
        self._stop()


def _restore(timer: QTimer, was_enabled: bool) -> None:
    timer.stop()
    if was_enabled:
        gc.enable()
