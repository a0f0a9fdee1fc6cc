"""Which QObjects are destroyed off the GUI thread.

Qt allows a QObject to be deleted only in its own thread (for the app's objects, the
GUI thread). PySide deletes an object that Python owns in whichever thread drops its
last reference, so a worker that keeps a QObject of the GUI thread in its closure
until after the wait has returned deletes it there, while the GUI thread runs on: a
race in Qt's own bookkeeping, that may corrupt the heap and end the program.

:func:`deletions_off_the_gui_thread` records every QObject destroyed in a thread other
than the main one, with that thread's Python stack, through Qt's own hook for
debuggers (``qtHookData[RemoveQObject]``, called by every ``QObject`` destructor).
"""

from __future__ import annotations

import ctypes
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import PySide6
import shiboken6
from PySide6.QtCore import QCoreApplication

# indices into Qt's qtHookData (QtCore/private/qhooks_p.h)
_HOOK_DATA_SIZE = 1
_REMOVE_QOBJECT = 4
_CALLBACK = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


@dataclass(frozen=True)
class OffThreadDeletion:
    thread: str
    stack: str


def _core() -> ctypes.CDLL:
    return ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Core.so.6"))


def _hooks() -> ctypes.Array[ctypes.c_size_t]:
    hooks = (ctypes.c_size_t * (_REMOVE_QOBJECT + 1)).in_dll(_core(), "qtHookData")
    assert hooks[_HOOK_DATA_SIZE] > _REMOVE_QOBJECT, "this Qt has no RemoveQObject hook"
    return hooks


def _thread_of() -> Callable[[int | None], int | None]:
    """``QObject::thread()`` of an object given by its address (callable in its
    destructor: the thread data goes last)."""
    thread = _core()._ZNK7QObject6threadEv
    thread.restype = ctypes.c_void_p
    thread.argtypes = [ctypes.c_void_p]
    return thread


@contextmanager
def deletions_off_the_gui_thread() -> Iterator[list[OffThreadDeletion]]:
    """Within the block, every QObject of the GUI thread destroyed in another thread is
    appended to the list given, with the Python stack that destroyed it."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication first (the qtbot fixture)"
    gui = shiboken6.getCppPointer(app.thread())[0]
    main = threading.main_thread().ident
    thread_of = _thread_of()
    found: list[OffThreadDeletion] = []

    def removed(pointer: int | None) -> None:
        if threading.get_ident() != main and thread_of(pointer) == gui:
            stack = "".join(traceback.format_stack()[:-1])
            found.append(OffThreadDeletion(threading.current_thread().name, stack))

    callback = _CALLBACK(removed)
    hooks = _hooks()
    before = hooks[_REMOVE_QOBJECT]
    assert before == 0, "another RemoveQObject hook is installed"
    hooks[_REMOVE_QOBJECT] = ctypes.cast(callback, ctypes.c_void_p).value or 0
    try:
        yield found
    finally:
        hooks[_REMOVE_QOBJECT] = before
