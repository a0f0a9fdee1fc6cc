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
    """Run the young collection CPython would run now: of the older of generations 1
    and 0 whose count is past its threshold. Returns the generation collected (None:
    none was due). A full collection (generation 2) is left to CPython's own rule,
    which also waits until a quarter of the oldest objects are new: forced whenever
    its count passed 10, it took seconds in a large process, every window frozen."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return generation
    return None

