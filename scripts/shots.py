"""What the screenshot scripts share: their arguments, a demo database, the window sizes, a
main window at a text size, letting Qt settle or run a while, and grabbing what the screen
shows.

Used by the scripts/screenshots_*.py scripts, which run under an X server
(``Xvfb :NN -screen 0 1920x1080x24`` and ``DISPLAY=:NN``); not a script of its own.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from familiemote.app import create_application, install_translators
from familiemote.storage.db import Database, open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.main_window import MainWindow
from familiemote.ui.theme import set_text_scale

TODAY = dt.date(2026, 11, 22)
PASSPHRASE = "fire vanlige ord her 7"  # for an encrypted demo database, as a user makes one
Uow = Callable[[], SqlAlchemyUnitOfWork]


def out_scale_lang() -> tuple[Path, int, str, str]:
    """``OUT_DIR [SCALE [LANG]]`` from the command line: the folder, the text size in per
    cent (Innstillinger > Tekststørrelse, 100 when not given), the language (nb or nn),
    and the file name suffix they give («-150», «-nn», «-150-nn», or none)."""
    out = Path(sys.argv[1])
    scale = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    lang = sys.argv[3] if len(sys.argv) > 3 else "nb"
    suffix = ("" if scale == 100 else f"-{scale}") + ("" if lang == "nb" else f"-{lang}")
    return out, scale, lang, suffix


def application(lang: str = "nb") -> QApplication:
    app = create_application()
    install_translators(app, lang)
    return app


@contextmanager
def database(tmp: str, passphrase: str | None = None) -> Iterator[tuple[Database, Uow]]:
    """A new database in ``tmp`` (the caller fills it), encrypted when given a
    ``passphrase``, closed afterwards."""
    db = open_database(sqlite_url(Path(tmp) / "demo.sqlite"), passphrase=passphrase)
    try:
        yield db, lambda: SqlAlchemyUnitOfWork(db.session_factory)
    finally:
        db.dispose()


def settle(app: QApplication, rounds: int = 30) -> None:
    """Handle what is queued now (a show, a layout, a repaint)."""
    for _ in range(rounds):
        app.processEvents()


def run_for(ms: int) -> None:
    """Let the event loop run for ``ms`` milliseconds, so that timers fire and work done
    in a worker thread (the case list's read, a guide step's first read) comes back."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def text_size_settings(tmp: str, scale: int, name: str = "s") -> QSettings:
    """Settings in ``tmp`` at a text size in per cent, applied to the application (as
    Innstillinger > Tekststørrelse stores it)."""
    settings = QSettings(f"{tmp}/{name}.ini", QSettings.Format.IniFormat)
    set_text_scale(settings, scale)
    return settings


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
    settings = text_size_settings(tmp, scale, f"s-{scale}-{size[0]}x{size[1]}")
    window = MainWindow(uow, settings, db.display_location, today=lambda: TODAY)
    place(app, window, size)
    return window


def close(app: QApplication, window: QWidget) -> None:
    window.close()
    window.deleteLater()
    settle(app)
