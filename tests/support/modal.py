"""Act on a modal dialog that a user action is about to open (exec() blocks the test).

``when_shown(SomeDialog, act)`` before the action that opens the dialog: as soon as a
visible, active dialog of that type is the modal widget, ``act(dialog)`` runs. Polls
every 20 ms until then, and gives up after a generous ceiling (wall-clock time, not a
number of polls: on a busy machine timers fire late) that only catches a dialog that
never opened. A poller never outlives its test: tests/conftest.py calls
:func:`stop_all` at every test's end, so a later test's dialog is never acted on by
an earlier test's poller.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

W = TypeVar("W", bound=QWidget)

POLL_MS = 20

# one flag per poller still waiting: cleared to stop it (see stop_all)
_running: list[list[bool]] = []


def stop_all() -> None:
    """Stop every poller still waiting (at the end of a test)."""
    for alive in _running:
        alive[0] = False
    _running.clear()


def when_shown(
    cls: type[W],
    act: Callable[[W], None],
    seen: list[W] | None = None,
    *,
    give_up_ms: int = 60_000,
    close_after: bool = False,
) -> list[W]:
    """Run ``act`` on the next modal ``cls``; returns the list the dialog is appended to.

    ``close_after``: reject the dialog if ``act`` left it open (so a test never hangs
    in ``exec()`` because an assertion inside ``act`` failed).
    """
    found: list[W] = seen if seen is not None else []
    deadline = time.monotonic() + give_up_ms / 1000
    alive = [True]
    _running.append(alive)

    def poll() -> None:
        if not alive[0]:
            return
        if time.monotonic() > deadline:
            alive[0] = False
            return
        widget = QApplication.activeModalWidget()
        if not (isinstance(widget, cls) and widget.isVisible()):
            QTimer.singleShot(POLL_MS, poll)
            return
        if not widget.isActiveWindow():  # the offscreen platform does not activate by itself
            handle = widget.windowHandle()
            if handle is not None:
                handle.requestActivate()
            QTimer.singleShot(POLL_MS, poll)
            return
        alive[0] = False
        found.append(widget)
        try:
            act(widget)
        finally:
            if close_after and isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, poll)
    return found
