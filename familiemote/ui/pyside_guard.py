"""A guard against reference-counting faults in PySide6 6.12 on Python 3.11.

Some calls give back None, True or False without taking a reference to it:

* every empty QVariant PySide6 hands to Python as None (``QModelIndex.data()`` for a
  role the model does not answer, ``QTableWidgetItem.data()`` of an unset role, …),
  every ``QModelRoleData.setData()`` call, and a call of a C++ method that returns
  nothing (``setText``, ``toggle``, …) lower None's count by one;
* every ``emit()`` of a signal from Python lowers True's count by one (``emit``
  answers True), and emitting ``Signal(bool)`` with False lowers False's as well.

After some thousands (a long search-as-you-type session over a large case list, a day
of a meeting's signals) a count reaches zero and the interpreter aborts with
«none_dealloc: deallocating None» or «bool_dealloc: deallocating True or False»: the
window is gone with what was typed and not yet saved.

Python 3.12 made these three immortal (their counts are never used). This does the same
on 3.11: each count is raised once by 2**40, so the leak cannot bring it to zero in any
session. None, True and False are never freed in any case, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40
_guarded = False


def keep_singletons_alive() -> bool:
    """Raise the reference counts of None, True and False out of reach of the leaks
    (once; a no-op where they are immortal already). Returns whether all three are safe."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _guarded = True
        return True
    _guarded = all([_raise_count(None), _raise_count(True), _raise_count(False)])
    return _guarded


def _raise_count(singleton: object) -> bool:
    if sys.getrefcount(singleton) >= _MARGIN:  # raised already
        return True
    before = sys.getrefcount(singleton)
    count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: a PyObject's first field
    if abs(count.value - before) > 100:  # not the count (an unexpected layout): leave it
        return False
    count.value += _MARGIN
    return sys.getrefcount(singleton) >= _MARGIN
