"""The server watch: after the database server was found gone or silent, a quiet timer
asks it a cheap ``SELECT 1`` (in a worker thread) until it answers, then says so.

* ``lost`` fires once when a call to the server fails that way (ui/ops.py notices it);
* ``back`` fires once when the server answers again. The main window then reads the
  case list again and says «Forbindelsen til databaseserveren er tilbake»;
* a dialog whose save met the silent server was kept open with what was typed
  (the save raised before the dialog closed). When the server is back, the watch
  offers to save it now: «Lagre nå» presses the dialog's default button (its Save)
  once, «Senere» leaves the form as it is. The save is offered, not repeated on its
  own: the user sees what is saved, and nothing is stored twice behind their back;
* a save made in place, with no dialog of its own (the meeting guide's notes, its
  attendance and walk-ins, its rows of actions), keeps what was typed where it was
  typed and hands the watch its way to save again (:meth:`ServerWatch.keep_for_later`).
  When the server is back the watch offers that in the same way: «Lagre nå» saves it.
  «Senere» keeps it waiting where it was typed: it is offered again at the next save
  in the same window (:meth:`ServerWatch.offer_again`), and a window closed before
  then asks first (:meth:`ServerWatch.ask_before_closing`), so nothing typed is lost
  without the user choosing it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
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
        # saves made in place that met the gone server: the widget they were typed in,
        # and how to save again (the newest per widget)
        self._kept: dict[int, tuple[QWidget, Callable[[], object]]] = {}
        # the same, offered once the server was back and put off with «Senere»
        self._later: dict[int, tuple[QWidget, Callable[[], object]]] = {}
        # what each such error line said when the save met the gone server, and the
        # words it starts with («Ikke lagt til: »): told again if the server goes again
        self._told: dict[int, tuple[str, str]] = {}
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
        self._kept.clear()
        self._later.clear()
        self._told.clear()
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
        self._kept.clear()
        self._later.clear()
        self._told.clear()

    def notice_lost(self, parent: QWidget | None = None) -> None:
        """A call to the server failed because it is gone or silent; ``parent`` is the
        window that was active (a dialog whose save failed is offered the save later)."""
        if isinstance(parent, QDialog) and not isinstance(parent, (QMessageBox, QProgressDialog)):
            self._dialog = parent
        if self.is_lost:
            return
        self.is_lost = True
        self.timer.start()
        for key, (where, _again) in list(self._later.items()):
            # put off while the server was back, and it is gone again: say so there
            self._tell(where, self._told.get(key, ("", ""))[0])
        self.lost.emit()

    def keep_for_later(
        self, where: QWidget, save_again: Callable[[], object], prefix: str = ""
    ) -> None:
        """A save made in place (no dialog of its own to hold it open) met a server that
        is gone or silent; what was typed stays in ``where``. When the server answers
        again, the user is offered to save it now: «Lagre nå» calls ``save_again`` (which
        reads the fields as they are then).

        ``where`` is the error line that tells it: once a later save there succeeds and
        hides it, nothing is waiting there any more. As soon as the server answers again,
        the line says so (``prefix`` first, as the line began: «Ikke lagt til: »), rather
        than that the connection is broken."""
        self._later.pop(id(where), None)
        self._kept[id(where)] = (where, save_again)
        # the words without the line's «⚠ » (widgets.tell_error keeps them as its name)
        text = where.accessibleName() if isinstance(where, QLabel) else ""
        self._told[id(where)] = (text, prefix)
        self.notice_lost(None)

    def _tell(self, where: QWidget, text: str) -> None:
        """Tell ``text`` on a waiting save's error line as a refused save is told (the
        line stays shown: the save still waits); the focus is left where it is."""
        if text and isinstance(where, QLabel) and shiboken6.isValid(where):
            from familiemote.ui.forms_base import show_error

            show_error(where, text)

    def _tell_back(self, kept: list[tuple[QWidget, Callable[[], object]]]) -> None:
        """The server answers again: the error lines of the saves still waiting say
        so, and how to store what waits there."""
        for where, _again in kept:
            prefix = self._told.get(id(where), ("", ""))[1]
            self._tell(
                where,
                prefix
                + _tr(
                    "Forbindelsen til databaseserveren er tilbake, men dette er ikke "
                    "lagret ennå. Det står fortsatt der du skrev det: prøv på nytt."
                ),
            )

    def waiting_in(self, window: QWidget) -> list[tuple[QWidget, Callable[[], object]]]:
        """The saves made in ``window`` that are not stored yet: kept while the server
        is gone, or put off with «Senere» (none once their error line is hidden)."""
        out = []
        for waiting in (self._kept, self._later):
            for key, (where, again) in list(waiting.items()):
                if not shiboken6.isValid(where) or where.isHidden():
                    del waiting[key]  # saved since, or gone with its window
                elif where.window() is window:
                    out.append((where, again))
        return out

    def forget_waiting_in(self, window: QWidget) -> None:
        """``window`` closes without saving what waits in it (the user chose so)."""
        for where, _again in self.waiting_in(window):
            self._kept.pop(id(where), None)
            self._later.pop(id(where), None)

    def offer_again(self, window: QWidget) -> None:
        """A save in ``window`` went through: offer the ones put off there with «Senere»
        again (the next change is the moment the user is back at it). Offered once the
        event loop is back, and not while another question is open (closing the window
        asks its own)."""
        if self._later:
            QTimer.singleShot(0, self, lambda: self._offer_later(window))

    def _offer_later(self, window: QWidget) -> None:
        if self.is_lost or self.offer is not None:
            return
        if not shiboken6.isValid(window) or not window.isVisible():
            return
        later = [(w, a) for w, a in self.waiting_in(window) if id(w) in self._later]
        if later:  # they stay put off until saved: «Senere» again keeps them so
            self._offer_kept(later)

    def ask_before_closing(self, window: QWidget) -> bool:
        """``window`` is about to close with saves made in it not stored yet: ask first.
        True: keep it open. «Lagre nå» (the server answers) saves them and closes
        unless a save is refused again; «Lukk uten å lagre» lets them go."""
        waiting = self.waiting_in(window)
        if not waiting:
            return False
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Familiemøte")
        now = None
        if self.is_lost:
            box.setText(
                _tr(
                    "Noe du har skrevet her, er ikke lagret: databaseserveren svarer ikke. "
                    "Lukker du nå, går det tapt. Blir vinduet stående åpent, tilbyr "
                    "Familiemøte å lagre det når serveren svarer igjen."
                )
            )
        else:
            box.setText(
                _tr(
                    "Noe du skrev mens databaseserveren var borte, er ikke lagret ennå. "
                    "Det står fortsatt der du skrev det. Lukker du uten å lagre, går det tapt."
                )
            )
            now = box.addButton(_tr("&Lagre nå"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(_tr("&Ikke lukk"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(_tr("Lukk &uten å lagre"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(now or stay)
        previous, self.offer = self.offer, box
        try:
            box.exec()
        finally:
            self.offer = previous
        clicked = box.clickedButton()
        if clicked is stay or clicked is None:
            return True
        for where, again in waiting:
            self._kept.pop(id(where), None)
            self._later.pop(id(where), None)
            if clicked is now and shiboken6.isValid(where):
                again()
        # a save refused again (or the server gone again) tells it on its line: stay
        return clicked is now and any(
            shiboken6.isValid(where) and not where.isHidden() for where, _again in waiting
        )

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
        kept = [
            (where, again)
            for where, again in [*self._later.values(), *self._kept.values()]
            if shiboken6.isValid(where) and where.window().isVisible() and not where.isHidden()
        ]
        self._kept.clear()
        self._later.clear()
        self._tell_back(kept)
        if kept:
            if self._dialog is not None and any(
                shiboken6.isValid(self._dialog) and where.window() is self._dialog
                for where, _again in kept
            ):
                self._dialog = None  # the dialog's own saves are offered below
            self._offer_kept(kept)
        self._offer_save()

    def _offer_kept(self, kept: list[tuple[QWidget, Callable[[], object]]]) -> None:
        """Offer the saves made in place again: one box, «Lagre nå» saves them all."""
        box = QMessageBox(kept[0][0].window())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Familiemøte")
        box.setText(
            _tr(
                "Forbindelsen til databaseserveren er tilbake. Det du skrev, er ikke lagret "
                "ennå, men står fortsatt der du skrev det."
            )
        )
        box.setInformativeText(_tr("Vil du lagre det nå?"))
        now = box.addButton(_tr("&Lagre nå"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("&Senere"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)

        def finished(_code: int) -> None:
            if self.offer is box:
                self.offer = None
            if box.clickedButton() is not now:
                # later: what was typed stays where it is; offered again at the next
                # save in that window, and asked about before it closes
                for where, again in kept:
                    self._later[id(where)] = (where, again)
                return
            for where, again in kept:
                if shiboken6.isValid(where):
                    again()

        box.finished.connect(finished)
        self.offer = box
        box.open()

    def _offer_save(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            return
        # the dialog's own save button (forms_base.FormDialog names it), else its default
        # one (a button's default flag moves with the focus, so it is only a fallback)
        named = getattr(dialog, "save_button", None)
        save = (
            named
            if isinstance(named, QPushButton) and named.isVisible() and named.isEnabled()
            else next(
                (
                    button
                    for button in dialog.findChildren(QPushButton)
                    if button.isDefault() and button.isVisible() and button.isEnabled()
                ),
                None,
            )
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
