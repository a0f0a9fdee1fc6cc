"""A window for tests/ui/test_open_log_killed.py, meant to be killed once a case shows.

    python -m tests.support.open_and_hold DB_FILE SETTINGS_FILE CASE_ID SLOW_SECONDS

Starts the real main window (offscreen) on the SQLite file, opens the case as a
click in the list does, and prints "SHOWN" the moment the case view paints with
that case in it; then the GUI thread holds (the test SIGKILLs the process). The
read log's write is held back SLOW_SECONDS first, so a window that painted the
case before the entry was committed would be killed before the commit.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

TODAY = dt.date(2026, 11, 22)


def main(db_file: str, settings_file: str, case_id: int, slow_s: float) -> int:
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from familiemote.services import access
    from familiemote.storage.db import open_database, sqlite_url
    from familiemote.storage.uow import SqlAlchemyUnitOfWork
    from familiemote.ui import open_log
    from familiemote.ui.main_window import MainWindow

    app = QApplication([])
    db = open_database(sqlite_url(Path(db_file)), migrate=False)

    def slow_record_open(*args: Any, **kwargs: Any) -> bool:
        time.sleep(slow_s)
        return access.record_open(*args, **kwargs)

    # open_log imports record_open without re-exporting it (mypy: attr-defined);
    # the stand-in replaces the name open_log calls
    open_log.record_open = slow_record_open  # type: ignore[attr-defined]
    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    window = MainWindow(
        lambda: SqlAlchemyUnitOfWork(db.session_factory),
        settings,
        db.display_location,
        today=lambda: TODAY,
    )

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and window.current_case_id == case_id
                and isinstance(watched, QWidget)
                and (watched is window.case_view or window.case_view.isAncestorOf(watched))
            ):
                sys.stdout.write("SHOWN\n")
                sys.stdout.flush()
                while True:  # the test kills the process now
                    time.sleep(1)
            return False

    watch = Watch()
    app.installEventFilter(watch)
    window.show()
    QTimer.singleShot(0, lambda: window.select_case(case_id))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])))
