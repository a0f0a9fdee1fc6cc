"""The server watch: after the database server was found gone or silent, a quiet timer
asks it a cheap ``SELECT 1`` (in a worker thread) until it answers, then says so.

* ``lost`` fires once when a call to the server fails that way (ui/ops.py notices it);
* ``back`` fires once when the server answers again. The main window then reads the
  case list again and says «Forbindelsen til databaseserveren er tilbake»;
* a dialog whose save met the silent server was kept open with what was typed
  (the save raised before the dialog closed). When the server is back, the watch
  offers to save it now: «Lagre nå» presses the dialog's default button (its Save)
  once, «Senere» leaves the form as it is. The save is offered, not repeated on its
  own: the user sees what is saved, and nothing is stored twice behind their back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from familiemote.ui.ops import BackgroundOp, run_in_background

# how often the silent server is asked again
RETRY_INTERVAL_MS = 3000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServerWatch", text)


def probe_with(uow_factory: Callable[[], Any]) -> Callable[[], None]:
    """A probe that asks the server ``SELECT 1`` through a unit of work of its own."""

    def probe() -> None:
        import sqlalchemy as sa

        with uow_factory() as uow:
            uow.session.execute(sa.text("SELECT 1"))

    return probe


class ServerWatch(QObject):
    """One per application (:func:`server_watch`)."""

    lost = Signal()
    back = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.is_lost = False
        self._probe: Callable[[], None] | None = None
        self._probing: BackgroundOp | None = None
        self._dialog: QDialog | None = None
        self.offer: QMessageBox | None = None
        self._window = 0
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_INTERVAL_MS)
        self.timer.timeout.connect(self._ask)

    def attach(self, window: QObject, probe: Callable[[], None]) -> None:
        """Watch the server ``window`` works on (from a fresh start); when the window
        goes, so does the watch."""
        self.timer.stop()
        self.is_lost = False
        self._dialog = None
        self._probe = probe
        key = self._window = id(window)
        window.destroyed.connect(lambda *_args: self._forget(key))

    def _forget(self, key: int) -> None:
        if key != self._window:
            return  # another window has taken over
        self.timer.stop()
        self.is_lost = False
        self._probe = None
        self._dialog = None

    def notice_lost(self, parent: QWidget | None = None) -> None:
        """A call to the server failed because it is gone or silent; ``parent`` is the
        window that was active (a dialog whose save failed is offered the save later)."""
        if isinstance(parent, QDialog) and not isinstance(parent, (QMessageBox, QProgressDialog)):
            self._dialog = parent
        if self.is_lost:
            return
        self.is_lost = True
        self.timer.start()
        self.lost.emit()

    def _ask(self) -> None:
        from familiemote.ui.ops import window_shown

        if not window_shown():  # the window was closed: nobody to tell
            self._forget(self._window)
            return
        if self._probing is not None or self._probe is None:
            return  # still waiting for the last answer
        self._probing = run_in_background(self._probe, self._answered, on_error=self._silent)

    def _silent(self, _error: BaseException) -> None:
        self._probing = None  # asked again at the next tick

    def _answered(self, _result: object) -> None:
        self._probing = None
        if not self.is_lost:
            return
        self.is_lost = False
        self.timer.stop()
        self.back.emit()
        self._offer_save()

    def _offer_save(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            return
        save = next(
            (
                button
                for button in dialog.findChildren(QPushButton)
                if button.isDefault() and button.isVisible() and button.isEnabled()
            ),
            None,
        )
        box = QMessageBox(dialog)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Familiemøte")
        box.setText(
            _tr(
                "Forbindelsen til databaseserveren er tilbake. Det du skrev, står fortsatt "
                "i skjemaet."
            )
        )
        now = None
        if save is not None:
            box.setInformativeText(_tr("Vil du lagre det nå?"))
            now = box.addButton(_tr("&Lagre nå"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(_tr("&Senere"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(now)
        else:
            box.setInformativeText(_tr("Lagre det nå."))
            box.addButton(QMessageBox.StandardButton.Ok)

        answered: list[bool] = []

        def finished(_code: int) -> None:
            if answered:
                return  # the box says its answer once
            answered.append(True)
            self.offer = None
            if (
                now is not None
                and box.clickedButton() is now
                and save is not None
                and shiboken6.isValid(save)
                and dialog.isVisible()
            ):
                save.click()  # the dialog's own save, once, as if pressed again

        def dialog_done(_code: int) -> None:
            if not answered:  # saved or closed meanwhile: nothing left to offer
                box.reject()

        box.finished.connect(finished)
        dialog.finished.connect(dialog_done)
        self.offer = box
        box.open()


_watch: ServerWatch | None = None


def server_watch() -> ServerWatch:
    """The application's server watch (made on first use)."""
    global _watch
    if _watch is None:
        _watch = ServerWatch(QApplication.instance())
    return _watch
