"""A child process for bench/run.py: start a window, report when it is usable, exit.

    python bench/_child.py bare
    python bench/_child.py app DB_URL [--last-case ID]
    python bench/_child.py real DB_FILE CASE_ID,CASE_ID,...   (see real_start)
    python bench/_child.py first DB_FILE   (the same start, cancelled at its first frame)

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
from typing import Any

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

    if mode == "real":
        return real_start(app, sys.argv[2], sys.argv[3].split(","))
    if mode == "first":
        return real_start(app, sys.argv[2], [], first_only=True)
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


# the app's settings keys, written out: importing their modules here would load the
# window's modules before the app does and spoil the timing (a test checks them)
KEY_FIRST_RUN_DONE = "firstRun/completed"  # familiemote.ui.first_run
KEY_ASKED = "me/askedAtStart"  # familiemote.ui.me_dialog
KEY_LAST_CASE = "cases/lastOpened"  # familiemote.ui.main_window


def _inside(outer: Any, watched: Any) -> bool:
    return watched is outer or (hasattr(watched, "isWidgetType") and outer.isAncestorOf(watched))


def real_start(app: Any, db_path: str, open_ids: list[str], first_only: bool = False) -> int:
    """The real ``familiemote --db`` start, as a user meets it, timed from inside.

    FIRST: the passphrase dialog's first paint (the parent times it from spawn).
    With ``first_only`` the dialog is then cancelled (the start ends as a user's
    cancel ends it, its lock file released) and nothing else is measured.
    The passphrase (FAMILIEMOTE_BENCH_PASSPHRASE) is typed in and accepted at once;
    READY rows ms: the case list painted, ms after the passphrase was accepted.
    Then each case in ``open_ids`` is clicked in the list: CASE id ms (click to the
    case painted) and HIST id ms (its Historikk tab clicked to painted). Then
    keystrokes in the search box: KEYS ms,ms,... (key to the list repainted).
    """
    import time

    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

    # Qt's namespace and QtTest are imported by the steps after the first frame: the
    # bench must not load them before the app does (PySide6 builds the Qt namespace's
    # hundred enums when it is first touched, 17 ms of CPU, which the app avoids
    # before its first frame)

    app.setOrganizationName("Familiemote")
    app.setApplicationName("Familiemote")
    settings = QSettings()
    settings.setValue(KEY_FIRST_RUN_DONE, True)
    settings.setValue(KEY_ASKED, True)
    settings.remove(KEY_LAST_CASE)  # no case reopened at start: each is clicked open
    settings.sync()
    passphrase = os.environ["FAMILIEMOTE_BENCH_PASSPHRASE"]
    state: dict[str, Any] = {"phase": "dialog", "queue": list(open_ids), "keys": []}

    def now_ms() -> float:
        return (time.perf_counter() - state["t"]) * 1000

    def main_window() -> Any:
        from familiemote.ui.main_window import MainWindow

        for w in app.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                return w
        return None

    def answer(dialog: Any) -> None:
        dialog.first_edit.setText(passphrase)
        state["phase"], state["t"] = "list", time.perf_counter()
        dialog.accept()

    def next_case() -> None:
        window = main_window()
        if not state["queue"]:
            return start_keys(window)
        case_id = int(state["queue"].pop(0))
        window.case_view.tabs.setCurrentIndex(0)  # each case is opened on its first tab
        QTimer.singleShot(200, lambda: click_case(case_id))

    def click_case(case_id: int) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        window = main_window()
        complete = getattr(window, "list_complete", None)
        if complete is not None and not complete():  # the rest of a long list, read after
            QTimer.singleShot(50, lambda: click_case(case_id))  # the first rows painted
            return
        row = window.case_model.row_for_case(case_id)
        rect = window.case_table.visualRect(window.case_model.index(row, 0))
        window.case_table.scrollTo(window.case_model.index(row, 0))
        rect = window.case_table.visualRect(window.case_model.index(row, 0))
        state["phase"], state["case"], state["t"] = "case", case_id, time.perf_counter()
        QTest.mouseClick(window.case_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def open_history() -> None:
        window = main_window()
        tabs = window.case_view.tabs
        index = tabs.indexOf(window.case_view.history_panel)
        state["phase"], state["t"] = "hist", time.perf_counter()
        tabs.setCurrentIndex(index)

    def start_keys(window: Any) -> None:
        window.search_edit.setFocus()
        state["typed"] = list("olsen") + ["BS"] * 5 + list("emma")
        type_next()

    def type_next() -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        window = main_window()
        if not state["typed"]:
            print("KEYS " + ",".join(f"{k:.2f}" for k in state["keys"]), flush=True)
            print(f"RSS {peak_rss_kib()}", flush=True)
            return app.quit()
        key = state["typed"].pop(0)
        state["phase"], state["t"] = "key", time.perf_counter()
        if key == "BS":
            QTest.keyClick(window.search_edit, Qt.Key.Key_Backspace)
        else:
            QTest.keyClick(window.search_edit, key)
        window.case_table.viewport().update()  # a paint even when the rows stay the same

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            from familiemote.ui.passphrase_dialog import PassphraseDialog

            phase = state["phase"]
            top = watched.window() if hasattr(watched, "window") else None
            if top is not None and top.inherits("QMessageBox"):
                unexpected(top)  # e.g. the database held by another window: told, not waited on
            if phase == "dialog" and isinstance(top, PassphraseDialog):
                state["phase"] = "answering"
                print("FIRST", flush=True)
                QTimer.singleShot(0, top.reject if first_only else lambda: answer(top))
            elif phase == "list":
                window = main_window()
                if window is not None and watched is window.case_table.viewport():
                    # the rows read (the list may hold places for rows still being read)
                    pending = getattr(window.case_model, "pending", lambda: 0)
                    rows = window.case_model.rowCount() - pending()
                    if rows:
                        print(f"READY {rows} {now_ms():.1f}", flush=True)
                        state["phase"] = "idle"
                        QTimer.singleShot(300, next_case)
            elif phase == "case":
                window = main_window()
                if (
                    window is not None
                    and window.current_case_id == state["case"]
                    and _inside(window.case_view, watched)
                ):
                    print(f"CASE {state['case']} {now_ms():.1f}", flush=True)
                    state["phase"] = "idle"
                    QTimer.singleShot(100, open_history)
            elif phase == "hist":
                window = main_window()
                if window is not None and _inside(window.case_view.tabs.currentWidget(), watched):
                    print(f"HIST {state['case']} {now_ms():.1f}", flush=True)
                    state["phase"] = "idle"
                    QTimer.singleShot(100, next_case)
            elif phase == "key":
                window = main_window()
                if window is not None and watched is window.case_table.viewport():
                    state["keys"].append(now_ms())
                    state["phase"] = "idle"
                    QTimer.singleShot(30, type_next)
            return False

    def unexpected(box: Any) -> None:
        """A message the walk does not answer would leave the child waiting for ever."""
        print(f"the program showed a message: {box.text()}", file=sys.stderr, flush=True)
        print("FAILED", flush=True)
        os._exit(3)

    def fail(*exc: Any) -> None:  # a bench error ends the child instead of a box
        import traceback

        traceback.print_exception(exc[1], file=sys.stderr)
        print("FAILED", flush=True)
        os._exit(3)

    watch = Watch()
    app.installEventFilter(watch)
    QTimer.singleShot(0, lambda: setattr(sys, "excepthook", fail))
    from familiemote.cli import main as cli_main

    os.environ.pop("FAMILIEMOTE_PASSPHRASE", None)
    code = cli_main(["--db", db_path])
    del watch
    return code


if __name__ == "__main__":
    sys.exit(main())
