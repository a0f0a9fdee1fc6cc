"""A child process for bench/run.py: start a window, report when it is usable, exit.

    python bench/_child.py bare
    python bench/_child.py app DB_URL

Prints one line "READY <max_rss_kib>" once the window is shown and the event
loop has run, then quits. The parent times from spawn to that line, so both
modes pay the same interpreter start-up.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    mode = sys.argv[1]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    if mode == "bare":
        window = QLabel("Familiemøte")
        window.resize(1200, 800)
    else:
        from PySide6.QtCore import QSettings

        from familiemote.storage.db import open_database
        from familiemote.storage.uow import SqlAlchemyUnitOfWork
        from familiemote.ui.main_window import MainWindow

        db = open_database(sys.argv[2])
        tmp = tempfile.mkdtemp()
        settings = QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(
            lambda: SqlAlchemyUnitOfWork(db.session_factory), settings, db.display_location
        )
        if len(sys.argv) > 3 and sys.argv[3] == "--open-first":
            first = window.case_model.case_at(0)
            if first is not None:
                window.select_case(first.id)
    window.show()

    def ready() -> None:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"READY {rss}", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
