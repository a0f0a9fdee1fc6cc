"""What the screenshot scripts share: a demo database, the window sizes, a main window at
a text size, letting Qt settle, and grabbing what the screen shows.

Used by scripts/screenshots_case_editor_history.py and scripts/screenshots_tiltak_followup.py, which
run under an X server with a 1920x1080 screen (``Xvfb :NN -screen 0 1920x1080x24`` and
``DISPLAY=:NN``); not a script of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from familiemote.app import create_application, install_translators
from familiemote.storage.db import Database, open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.main_window import MainWindow
from familiemote.ui.theme import apply_text_scale, set_text_scale

TODAY = dt.date(2026, 11, 22)
Uow = Callable[[], SqlAlchemyUnitOfWork]


def application(lang: str = "nb") -> QApplication:
    app = create_application()
    install_translators(app, lang)
    return app


@contextmanager
def database(tmp: str) -> Iterator[tuple[Database, Uow]]:
    """A new database in ``tmp`` (the caller fills it), closed afterwards."""
    db = open_database(sqlite_url(Path(tmp) / "demo.sqlite"))
    try:
        yield db, lambda: SqlAlchemyUnitOfWork(db.session_factory)
    finally:
        db.dispose()


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def sizes(app: QApplication) -> list[tuple[str, tuple[int, int]]]:
    """1280x720 and the whole screen (maximised), by the names the files carry."""
    full = app.primaryScreen().availableGeometry()
    return [("1280x720", (1280, 720)), ("maks", (full.width(), full.height()))]


def grab(app: QApplication, window: QWidget, path: Path) -> None:
    """What the screen shows where ``window`` is (a dialog over it included)."""
    frame = window.frameGeometry()
    app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(
        str(path)
    )


def place(app: QApplication, window: QWidget, size: tuple[int, int]) -> None:
    """``window`` in the screen's top left corner at ``size``, shown and painted."""
    full = app.primaryScreen().availableGeometry()
    window.setGeometry(full.x(), full.y(), *size)
    window.show()
    settle(app)


def main_window(
    app: QApplication, db: Database, uow: Uow, tmp: str, scale: int, size: tuple[int, int]
) -> MainWindow:
    """The main window at a text size (as Innstillinger > Tekststørrelse stores it)."""
    apply_text_scale(scale)
    settings = QSettings(f"{tmp}/s-{scale}-{size[0]}x{size[1]}.ini", QSettings.Format.IniFormat)
    set_text_scale(settings, scale)
    window = MainWindow(uow, settings, db.display_location, today=lambda: TODAY)
    place(app, window, size)
    return window


def close(app: QApplication, window: QWidget) -> None:
    window.close()
    window.deleteLater()
    settle(app)
