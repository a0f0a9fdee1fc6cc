"""A child process for bench/run.py: start a window, report when it is usable, exit.

    python bench/_child.py bare
    python bench/_child.py app DB_URL [--last-case ID]

Prints "READY" when the window is painted: the bare window's label, or the app's
case list (filled from the database: the line says how many rows). With
--last-case, the app starts as it does for a user who had that case open last
time: it opens the case after the first paint, and the child prints "CASE" when it
is shown. Then "RSS <max_rss_kib>" and quits. The parent times from spawn to each
line, so both modes pay the same interpreter start-up.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_kib() -> int:
    """This process's peak resident memory.

    VmHWM belongs to this program's own address space; ru_maxrss would carry over the
    parent's peak (Linux keeps it across fork and exec), and the parent holds the data.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> int:
    mode = sys.argv[1]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QWidget

    app = QApplication(sys.argv[:1])

    def finish() -> None:
        print(f"RSS {peak_rss_kib()}", flush=True)
        app.quit()

    class FirstPaint(QObject):
        """Says READY when ``target`` gets its first paint event (it paints right after)."""

        def __init__(self, target: QWidget, rows: int, then_quit: bool) -> None:
            super().__init__()
            self.target, self.rows, self.then_quit, self.seen = target, rows, then_quit, False
            target.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is self.target and event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                print(f"READY {self.rows}", flush=True)
                if self.then_quit:
                    QTimer.singleShot(0, finish)
            return False

    if mode == "bare":
        window: QWidget = QLabel("Familiemøte")
        window.resize(1200, 800)
        painted = FirstPaint(window, 0, then_quit=True)
    else:
        from PySide6.QtCore import QSettings

        from familiemote.storage.db import open_database
        from familiemote.storage.uow import SqlAlchemyUnitOfWork
        from familiemote.ui.main_window import KEY_LAST_CASE, MainWindow

        tmp = tempfile.mkdtemp()
        settings = QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat)
        last = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--last-case" else None
        if last is not None:
            settings.setValue(KEY_LAST_CASE, int(last))
        db = open_database(sys.argv[2])
        main = MainWindow(
            lambda: SqlAlchemyUnitOfWork(db.session_factory), settings, db.display_location
        )
        rows = main.case_model.rowCount()
        if rows == 0:
            raise SystemExit("the case list is empty: not a usable window for this bench")
        painted = FirstPaint(main.case_table.viewport(), rows, then_quit=last is None)
        if last is not None:

            def opened(case_id: int) -> None:
                print(f"CASE {case_id}", flush=True)
                QTimer.singleShot(0, finish)

            main.case_opened.connect(opened)
        window = main
    window.show()
    app.exec()
    del painted
    return 0


if __name__ == "__main__":
    sys.exit(main())
