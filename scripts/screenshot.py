"""Open the app on a database and save a screenshot of the main window (for a human to look at).

    FAMILIEMOTE_PASSPHRASE=... python scripts/screenshot.py DB OUT.png [--size WxH]

Runs on whatever Qt platform is set (Xvfb's DISPLAY, or offscreen).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

from PySide6.QtCore import QSettings, QTimer

from familiemote.app import create_application, install_translators
from familiemote.settings import DatabaseChoice, to_url
from familiemote.storage.db import open_database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.main_window import MainWindow


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("out")
    ap.add_argument("--size", default="1280x860")
    ap.add_argument("--select-first", action="store_true")
    ap.add_argument("--lang", default="nb")
    args = ap.parse_args()
    app = create_application()
    install_translators(app, args.lang)
    choice = DatabaseChoice(to_url(args.db), is_default=False)
    # the app encrypts SQLite files: give the passphrase in FAMILIEMOTE_PASSPHRASE
    db = open_database(choice.url, passphrase=os.environ.get("FAMILIEMOTE_PASSPHRASE"))
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(f"{tmp}/s.ini", QSettings.Format.IniFormat)
        w = MainWindow(
            lambda: SqlAlchemyUnitOfWork(db.session_factory), settings, db.display_location
        )
        width, height = (int(x) for x in args.size.split("x"))
        w.resize(width, height)
        w.show()
        if args.select_first and w.case_model.rowCount() > 0:
            w.select_case(w.case_model.case_at(0).id)  # type: ignore[union-attr]

        def grab() -> None:
            w.grab().save(args.out)
            app.quit()

        QTimer.singleShot(500, grab)
        app.exec()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
