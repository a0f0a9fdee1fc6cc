"""Act on a modal dialog that a user action is about to open (exec() blocks the test).

``when_shown(SomeDialog, act)`` before the action that opens the dialog: as soon as a
visible, active dialog of that type is the modal widget, ``act(dialog)`` runs.
``each_shown(SomeDialog, act)`` does the same for every such dialog until it is
stopped (a fixture that reads and closes every message box a test meets). Polls
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


def _ready(cls: type[W]) -> W | None:
    """The modal widget if it is a visible ``cls`` and active, else None.

    A visible but inactive one is asked to activate (the offscreen platform does not
    activate a window by itself), to be taken at a later poll.
    """
    widget = QApplication.activeModalWidget()
    if not (isinstance(widget, cls) and widget.isVisible()):
        return None
    if not widget.isActiveWindow():
        handle = widget.windowHandle()
        if handle is not None:
            handle.requestActivate()
        return None
    return widget


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
        widget = _ready(cls)
        if widget is None:
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


def each_shown(
    cls: type[W],
    act: Callable[[W], None],
    *,
    skip: Callable[[W], bool] = lambda _widget: False,
) -> Callable[[], None]:
    """Run ``act`` on every modal ``cls`` shown from now on (except those ``skip``
    names), once each; returns the function that stops it. Stopped at the test's end
    at the latest (see :func:`stop_all`). ``act`` should close the dialog: one left
    open is not acted on again.
    """
    alive = [True]
    _running.append(alive)
    last: list[W] = []  # the dialog acted on last, while it stays open

    def stop() -> None:
        alive[0] = False

    def still_open(widget: W) -> bool:
        try:
            return widget.isVisible()
        except RuntimeError:  # deleted once closed
            return False

    def poll() -> None:
        if not alive[0]:
            return
        QTimer.singleShot(POLL_MS, poll)  # first: an error in act must not end the polling
        if last and not still_open(last[0]):
            last.clear()
        widget = _ready(cls)
        if widget is None or skip(widget) or (last and last[0] is widget):
            return
        last[:] = [widget]
        act(widget)

    QTimer.singleShot(0, poll)
    return stop
