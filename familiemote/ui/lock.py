"""Locking the app: after an idle time and on demand, all case data is hidden until the
passphrase is given again (on a database server: the user's own password there,
checked by the server).

While locked, the main window shows only a neutral page (its own content is taken
out, the title says nothing about a case, tool bars and status bar are hidden), and
every other open window (a half-filled dialog) has its content hidden but is not
closed, so nothing typed is lost. A modal unlock dialog on top asks for the
passphrase, which is checked against the database key on a fresh connection.

Signals (LockController):
    locked(): the app was locked.
    unlocked(): the right passphrase was given; everything is shown as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain.errors import DatabaseOpenError
from familiemote.messages import database_error_text
from familiemote.ui.theme import set_scaled_font
from familiemote.ui.widgets import busy

KEY_IDLE_MINUTES = "security/lockAfterMinutes"
DEFAULT_IDLE_MINUTES = 10
USER_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.ShortcutOverride,
}


class LockedPage(QWidget):
    """What the main window shows while locked: no case data, just that it is locked."""

    def __init__(self, parent: QWidget | None = None, *, server: bool = False) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Familiemøte er låst"))
        set_scaled_font(title, 1.6, bold=True)  # follows a change of text size
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr("Skriv passordet ditt på databaseserveren for å fortsette der du var.")
            if server
            else self.tr("Skriv passordfrasen for å fortsette der du var.")
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(2)


class UnlockDialog(QDialog):
    """Modal over every window (also over a modal dialog that was open); cannot be dismissed.

    ``acute_opener`` (set by ui/acute.py) opens the acute route, which shows no case
    data: its button is on the lock screen too.
    """

    acute_opener: ClassVar[Callable[[QWidget | None], object] | None] = None

    def __init__(
        self,
        check: Callable[[str], bool] | None,
        parent: QWidget | None = None,
        *,
        server: bool = False,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._server = server
        self.setWindowTitle(self.tr("Familiemøte er låst"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        intro = QLabel(
            self.tr("Familiemøte ble låst for å skjule opplysningene om barna.")
            if check is not None
            else self.tr("Familiemøte ble låst for å skjule opplysningene om barna. Trykk Lås opp.")
        )
        intro.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(
            self.tr("Passord på databaseserveren") if server else self.tr("Passordfrase")
        )
        label = QLabel(self.tr("&Passord:") if server else self.tr("&Passordfrase:"))
        label.setBuddy(self.edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Melding"))
        self.error_label.hide()
        self.unlock_button = QPushButton(self.tr("&Lås opp"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button = QPushButton(self.tr("&Avslutt Familiemøte"))
        self.quit_button.clicked.connect(self._quit)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        buttons = QHBoxLayout()
        self.acute_button: QPushButton | None = None
        opener = type(self).acute_opener
        if opener is not None:
            self.acute_button = QPushButton(self.tr("A&kutt (F12)"))
            self.acute_button.setAccessibleName(self.tr("Akutt: hva gjør vi nå?"))
            self.acute_button.setAutoDefault(False)
            self.acute_button.clicked.connect(lambda: opener(self))
            buttons.addWidget(self.acute_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if check is not None:
            layout.addLayout(row)
        else:
            label.hide()
            self.edit.hide()
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)

    def try_unlock(self) -> None:
        if self._check is not None and not self._checked(self.edit.text()):
            return
        self.edit.clear()
        self.error_label.hide()
        self.accept()

    def _checked(self, text: str) -> bool:
        """Whether ``text`` unlocks; a refusal, or a server that cannot tell, is said."""
        assert self._check is not None
        try:
            with busy():
                ok = self._check(text)
        except DatabaseOpenError as err:  # the server could not be asked: still locked
            self.error_label.setText(
                self.tr(
                    "Passordet kan ikke kontrolleres nå, så Familiemøte forblir låst. {reason}"
                ).format(reason=database_error_text(err))
            )
            self.error_label.show()
            self.edit.setFocus()
            return False
        if not ok:
            self.error_label.setText(
                self.tr(
                    "Databaseserveren godtok ikke passordet. Kontroller at Caps Lock er av, "
                    "og prøv igjen."
                )
                if self._server
                else self.tr("Feil passordfrase. Kontroller at Caps Lock er av, og prøv igjen.")
            )
            self.error_label.show()
            self.edit.selectAll()
            self.edit.setFocus()
            return False
        return True

    def _quit(self) -> None:
        QApplication.closeAllWindows()
        QApplication.quit()

    def reject(self) -> None:  # Escape does not unlock
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.try_unlock()
            return
        super().keyPressEvent(event)


@dataclass
class _Hidden:
    """What was hidden on locking, to put back exactly on unlocking."""

    central: QWidget | None = None
    title: str = ""
    status_visible: bool = True
    bars: list[QWidget] = field(default_factory=list)
    windows: list[tuple[QWidget, str, list[QWidget]]] = field(default_factory=list)
    focus: QWidget | None = None


class LockController(QObject):
    """Locks ``window`` after ``idle_ms`` without user input, or when ``lock()`` is called.

    ``check`` tells whether a passphrase opens the database, or (``server``) whether
    the database server accepts the user's password; None (a plain file, or a server
    that asked no password) unlocks with a button press.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QMainWindow,
        check: Callable[[str], bool] | None,
        idle_ms: int,
        *,
        server: bool = False,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._check = check
        self._server = server
        self.is_locked = False
        self._hidden = _Hidden()
        self.page = LockedPage(server=server and check is not None)
        self.dialog: UnlockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_idle_ms(idle_ms)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        window.destroyed.connect(lambda: app.removeEventFilter(self))

    def set_idle_ms(self, idle_ms: int) -> None:
        self.timer.setInterval(max(idle_ms, 1))
        if not self.is_locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.is_locked and event.type() in USER_INPUT:
            self.timer.start()  # restarts the idle countdown
        return False

    # -- locking ------------------------------------------------------------------

    def lock(self) -> None:
        if self.is_locked:
            return
        self.is_locked = True
        self.timer.stop()
        window = self.window
        hidden = _Hidden(focus=QApplication.focusWidget(), title=window.windowTitle())
        for popup in QApplication.topLevelWidgets():
            if isinstance(popup, QMenu) and popup.isVisible():
                popup.close()
        for top in QApplication.topLevelWidgets():
            if top is window or not top.isVisible() or isinstance(top, (QMenu, UnlockDialog)):
                continue
            if top.objectName() == "acuteDialog":  # the acute route holds no case data
                continue
            children = [
                child
                for child in top.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
                )
                if child.isVisible() and not child.isWindow()
            ]
            for child in children:
                child.hide()
            hidden.windows.append((top, top.windowTitle(), children))
            top.setWindowTitle(self.tr("Familiemøte (låst)"))
        hidden.central = window.takeCentralWidget()
        window.setCentralWidget(self.page)
        self.page.show()
        hidden.bars = [
            bar
            for bar in window.findChildren(QWidget)
            if isinstance(bar, (QToolBar, QDockWidget)) and bar.isVisible()
        ]
        for bar in hidden.bars:
            bar.hide()
        hidden.status_visible = window.statusBar().isVisible()
        window.statusBar().clearMessage()
        window.statusBar().hide()
        window.menuBar().setEnabled(False)
        window.setWindowTitle(self.tr("Familiemøte (låst)"))
        self._hidden = hidden
        self.dialog = UnlockDialog(self._check, window, server=self._server)
        self.dialog.accepted.connect(self._restore)
        self.dialog.show()
        self.dialog.activateWindow()
        self.dialog.edit.setFocus()
        self.locked.emit()

    def _restore(self) -> None:
        hidden = self._hidden
        window = self.window
        window.takeCentralWidget()  # the locked page, kept for the next time
        if hidden.central is not None:
            window.setCentralWidget(hidden.central)
            hidden.central.show()
        for bar in hidden.bars:
            bar.show()
        window.statusBar().setVisible(hidden.status_visible)
        window.menuBar().setEnabled(True)
        window.setWindowTitle(hidden.title)
        for top, title, children in hidden.windows:
            top.setWindowTitle(title)
            for child in children:
                child.show()
        if hidden.focus is not None:
            hidden.focus.setFocus()
        self._hidden = _Hidden()
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.is_locked = False
        self.timer.start()
        self.unlocked.emit()
