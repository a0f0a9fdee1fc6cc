"""The app on the demo database, steered by line commands on stdin (for the AT-SPI walk).

    python -m tests.support.atspi_app WORKDIR

Runs the real main window on the real platform plugin (the walker sets DISPLAY,
QT_QPA_PLATFORM=xcb and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1). The walker
(tests/support/atspi_walker.py, run by the system Python with pyatspi) reads what
the app exposes on the accessibility bus and presses the keys; this side only does
what a user does with the mouse (open a tab, click a button, choose a menu item)
and reports what the screen shows (the texts of labels), so the walker can tell
whether a message on screen also reached the bus. One JSON object a line answers
each command.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSettings, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from familiemote.app import create_application, install_translators
from familiemote.services import demo
from familiemote.storage.db import open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 22)


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def windows() -> list[QWidget]:
    """Visible top-level windows, the newest (the one on top) last."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
    modal = app.activeModalWidget()
    shown.sort(key=lambda w: (w is modal, not isinstance(w, MainWindow)))
    return shown


def visible_texts(window: QWidget) -> set[str]:
    return {
        label.text().strip()
        for label in window.findChildren(QLabel)
        if label.window() is window and label.isVisibleTo(window) and label.text().strip()
    }


def buttons(window: QWidget) -> Iterator[QAbstractButton]:
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.isEnabled():
            yield button


FAULTY_TITLE = "Selvtest med feil med vilje"


class _TrapTable(QTableWidget):
    """A table that keeps Tab whatever it is told (for the walker's self-test)."""

    def setTabKeyNavigation(self, _enable: bool) -> None:
        super().setTabKeyNavigation(True)


class FaultyDialog(QDialog):
    """Every fault the walker must find, on purpose: its self-test.

    An unnamed field, a combo box whose only name is its value, a button without a
    name, a table that keeps Tab, a field Tab cannot reach, and an error shown on
    screen that never reaches the bus (a fixed accessible name, nothing announced).
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(FAULTY_TITLE)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Navn"))  # no buddy
        layout.addWidget(QLineEdit())
        combo = QComboBox()
        combo.addItems(["Mor", "Far"])
        layout.addWidget(combo)
        layout.addWidget(QPushButton(""))
        table = _TrapTable(2, 2)
        table.setAccessibleName("Felle")
        layout.addWidget(table)
        hidden = QLineEdit()
        hidden.setAccessibleName("Telefon")
        hidden.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout.addWidget(hidden)
        self.error = QLabel()
        self.error.setAccessibleName("Feil")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._refuse)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _refuse(self) -> None:
        self.error.setText("Navnet må fylles ut.")
        self.error.show()


class Driver:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self._read)

    def reply(self, **answer: object) -> None:
        sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    def _read(self) -> None:
        line = sys.stdin.readline()
        if not line:
            QApplication.quit()
            return
        command, _, argument = line.strip().partition(" ")
        try:
            getattr(self, "cmd_" + command.replace("-", "_"))(argument)
        except Exception as err:  # the walker reports it; the app keeps running
            self.reply(error=f"{type(err).__name__}: {err}")

    def cmd_quit(self, _argument: str) -> None:
        QApplication.quit()

    def cmd_tabs(self, _argument: str) -> None:
        tabs = self.window.case_view.tabs
        self.reply(tabs=[plain(tabs.tabText(i)) for i in range(tabs.count())])

    def cmd_tab(self, argument: str) -> None:
        self.window.case_view.tabs.setCurrentIndex(int(argument))
        self.reply(ok=True)

    def cmd_activate(self, _argument: str) -> None:
        top = windows()[-1]
        top.raise_()
        top.activateWindow()
        self.reply(ok=True, title=top.windowTitle())

    def cmd_focus_first(self, _argument: str) -> None:
        """Focus on the first control of the top window, as when it has just opened."""
        top = windows()[-1]
        top.activateWindow()
        top.setFocus()
        top.focusNextChild()
        self.reply(ok=True)

    def cmd_buttons(self, _argument: str) -> None:
        """The push buttons of the case page (every tab) a user can click."""
        names = []
        for button in buttons(self.window.case_view):
            if button.metaObject().className() in ("QPushButton", "QToolButton"):
                names.append(button.accessibleName() or plain(button.text()))
        self.reply(buttons=names)

    def cmd_actions(self, _argument: str) -> None:
        """Menu items that open a window (their text ends with an ellipsis)."""
        names = []
        for action in self._menu_actions():
            text = plain(action.text())
            if text.endswith("…") and action.isEnabled() and action.isVisible():
                names.append(text)
        self.reply(actions=names)

    def _menu_actions(self) -> Iterator[QAction]:
        seen: set[int] = set()

        def walk(actions: list[QAction]) -> Iterator[QAction]:
            for action in actions:
                if id(action) in seen:
                    continue
                seen.add(id(action))
                menu = action.menu()
                if isinstance(menu, QMenu):
                    yield from walk(menu.actions())
                elif not action.isSeparator():
                    yield action

        yield from walk(self.window.menuBar().actions())

    def cmd_click(self, name: str) -> None:
        for button in buttons(windows()[-1]):
            if name in (button.accessibleName(), plain(button.text())):
                QTimer.singleShot(0, button.click)  # exec() of a dialog runs after the answer
                self.reply(ok=True)
                return
        self.reply(ok=False)

    def cmd_trigger(self, name: str) -> None:
        for action in self._menu_actions():
            if plain(action.text()) == name:
                QTimer.singleShot(0, action.trigger)
                self.reply(ok=True)
                return
        self.reply(ok=False)

    def cmd_open_faulty(self, _argument: str) -> None:
        dialog = FaultyDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.reply(ok=True)

    def cmd_windows(self, _argument: str) -> None:
        self.reply(
            windows=[{"title": w.windowTitle(), "class": type(w).__name__} for w in windows()]
        )

    def cmd_close_top(self, _argument: str) -> None:
        top = windows()[-1]
        if isinstance(top, MainWindow):
            self.reply(ok=False)
            return
        if isinstance(top, QDialog):
            top.reject()
        else:
            top.close()
        self.reply(ok=True)

    def cmd_submit_empty(self, _argument: str) -> None:
        """Empty the text fields of the top dialog and press its accept button.

        Answers with the label texts that came up (the error messages on screen)
        and whether the dialog is still open.
        """
        top = windows()[-1]
        if not isinstance(top, QDialog) or isinstance(top, QMessageBox):
            self.reply(skipped=True)
            return
        before = visible_texts(top)
        title = top.windowTitle()
        for edit in top.findChildren(QLineEdit):
            inside = type(edit.parent()).__name__ in ("QComboBox", "QSpinBox", "QDateEdit")
            if edit.isVisibleTo(top) and not edit.isReadOnly() and not inside:
                edit.clear()
        texts: list[QPlainTextEdit | QTextEdit] = [
            *top.findChildren(QPlainTextEdit),
            *top.findChildren(QTextEdit),
        ]
        for text in texts:
            if text.isVisibleTo(top) and not text.isReadOnly():
                text.clear()
        accept = None
        for box in top.findChildren(QDialogButtonBox):
            for button in box.buttons():
                role = box.buttonRole(button)
                if (
                    role
                    in (
                        QDialogButtonBox.ButtonRole.AcceptRole,
                        QDialogButtonBox.ButtonRole.YesRole,
                    )
                    and button.isVisible()
                ):
                    accept = button
        if accept is None or not accept.isEnabled():
            self.reply(skipped=True)
            return
        # later: a save that opens a window of its own (a file dialog) runs it in exec()
        QTimer.singleShot(0, accept.click)

        def answer() -> None:
            try:
                still_open = top.isVisible()
            except RuntimeError:  # a message box deletes itself once answered
                still_open = False
            new = sorted(visible_texts(top) - before) if still_open else []
            self.reply(open=still_open, messages=new, title=title)

        QTimer.singleShot(400, answer)


def main() -> int:
    workdir = Path(sys.argv[1])
    app = create_application()
    install_translators(app, "nb")
    db = open_database(sqlite_url(workdir / "demo.sqlite"))
    uow_factory = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
    result = demo.create_demo_case(uow_factory(), TODAY)
    settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(uow_factory, settings, db.display_location, today=lambda: TODAY)
    window.resize(1400, 950)
    window.move(0, 0)
    from familiemote.ui.security import SecurityControls

    # as the app starts it (the backup banner shows: this database has no backup)
    security = SecurityControls(window, db, settings, now=lambda: dt.datetime(2026, 11, 22, 9))
    window.show()
    window.select_case(result.case_id)
    window.activateWindow()
    driver = Driver(window)

    def ready() -> None:
        window.activateWindow()
        driver.reply(ready=True, pid=os.getpid())

    QTimer.singleShot(300, ready)
    code = app.exec()
    del security
    db.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main())
