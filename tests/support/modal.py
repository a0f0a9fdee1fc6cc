"""Act on a modal dialog that a user action is about to open (exec() blocks the test).

``when_shown(SomeDialog, act)`` before the action that opens the dialog: as soon as a
visible, active dialog of that type is the modal widget, ``act(dialog)`` runs. Polls
every 20 ms until then, and gives up after a generous ceiling that only catches a
dialog that never opened (a later test's dialog is not ours).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

W = TypeVar("W", bound=QWidget)

POLL_MS = 20


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
    polls_left = [max(1, give_up_ms // POLL_MS)]

    def poll() -> None:
        polls_left[0] -= 1
        if polls_left[0] < 0:
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
        found.append(widget)
        try:
            act(widget)
        finally:
            if close_after and isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, poll)
    return found
