"""A guard against a reference-counting fault in PySide6 6.12 on Python 3.11.

Every empty QVariant PySide6 hands to Python as None (``QModelIndex.data()`` for a role
the model does not answer, ``QTableWidgetItem.data()`` of an unset role, …), and every
``QModelRoleData.setData()`` call, gives back None without taking a reference to it.
Each call lowers None's reference count by one; after some tens of thousands (a long
search-as-you-type session over a large case list, a day of scrolling tables) the
count reaches zero and the interpreter aborts with «none_dealloc: deallocating None».

Python 3.12 made None immortal (its count is never used). This does the same on 3.11:
None's count is raised once by 2**40, so the leak cannot bring it to zero in any
session. None is never freed in any case, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40
_guarded = False


def keep_none_alive() -> bool:
    """Raise None's reference count out of reach of the leak (once; a no-op where None
    is immortal already). Returns whether None is safe."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _guarded = True
        return True
    before = sys.getrefcount(None)
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: a PyObject's first field
    if abs(count.value - before) > 100:  # not the count (an unexpected layout): leave it
        return False
    count.value += _MARGIN
    _guarded = sys.getrefcount(None) >= _MARGIN
    return _guarded
