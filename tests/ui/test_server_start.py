"""Starting on a shared PostgreSQL server over a slow line (tests/support/slow_line.py:
every round trip costs a fifth of a second or more, as over a municipality's VPN):

* signing in, opening the database and reading the first case list run in worker
  threads: an event-loop heartbeat keeps ticking through the whole start (its
  largest gap is far below a second), and a progress window says «Kobler til
  serveren …» and then «Henter sakene …»;
* «Avbryt» while connecting opens nothing and leaves nothing behind: no window, no
  wait cursor, no connection left open once the late answer comes (it is closed);
* «Avbryt» while the list is read builds no window.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from familiemote.app import ask_passphrase_and_open, build_main_window
from familiemote.services import demo
from familiemote.settings import DatabaseChoice
from familiemote.storage import pg_options
from familiemote.storage.db import open_database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui import ops
from tests.support.modal import when_shown
from tests.support.pg import PgServer
from tests.support.slow_db import TickCounter
from tests.support.slow_line import SlowLine
from tests.ui.conftest import TODAY

pytestmark = pytest.mark.slow

T = TypeVar("T")

# a freeze of seconds is what the user would see; a busy test machine may delay a
# 20 ms tick by a few hundred ms, never by this much while the loop turns
FREEZE = 1.0


@pytest.fixture
def slow_server(pg_server: PgServer) -> Iterator[tuple[str, SlowLine]]:
    """A migrated database with the demo case, reached through a slow line."""
    url = pg_server.create_database()
    db = open_database(url)
    demo.create_demo_case(SqlAlchemyUnitOfWork(db.session_factory), TODAY)
    db.dispose()
    direct = sa.make_url(url)
    line = SlowLine(direct.host or "127.0.0.1", direct.port or 5432, delay=0.1)
    try:
        yield direct.set(host="127.0.0.1", port=line.port).render_as_string(
            hide_password=False
        ), line
    finally:
        line.close()
        pg_server.drop_database(url)


def _progress_texts() -> tuple[QTimer, list[str]]:
    """Every text a progress window showed (looked at every 30 ms)."""
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if not (isinstance(widget, QProgressDialog) and widget.isVisible()):
                continue
            if widget.labelText() not in seen:
                seen.append(widget.labelText())

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(30)
    return timer, seen


def _progress_shown() -> bool:
    return any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def _cancel(dialog: QProgressDialog) -> None:
    button = next(
        b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Avbryt"
    )
    button.click()


def _record_driver_threads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The thread each of the server's driver calls (connect, statement, commit) runs in,
    from now on: whether made directly or through the app's runner (ui/ops.py)."""
    where: list[str] = []

    def recorded(call: Callable[[], T]) -> Callable[[], T]:
        def run() -> T:
            where.append(threading.current_thread().name)
            return call()

        return run

    real = ops._server_call
    monkeypatch.setattr(ops, "_server_call", lambda call: real(recorded(call)))
    # the runner as it is now is put back at the test's end
    monkeypatch.setattr(pg_options, "_runner", lambda call: recorded(call)())
    return where


def test_the_start_on_a_slow_server_keeps_the_screen_answering(
    qtbot: QtBot, slow_server: tuple[str, SlowLine], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _line = slow_server
    reports: list[str] = []
    threads = _record_driver_threads(monkeypatch)
    looker, texts = _progress_texts()
    beat = TickCounter(20)
    beat.start()
    started = time.monotonic()
    try:
        db = ask_passphrase_and_open(DatabaseChoice(url, False), reports.append)
        assert db is not None, reports
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        window = build_main_window(db, settings, reports.append)
        took = time.monotonic() - started
        beat.stop()
    finally:
        looker.stop()
        beat.close()
    try:
        assert window is not None and not reports
        qtbot.addWidget(window)
        # the line was slow enough for a freeze to show (seconds of round trips) ...
        assert took > 2 * FREEZE, took
        # ... yet the event loop turned all through it
        assert beat.ticks > 20
        assert max(beat.gaps) < FREEZE, sorted(beat.gaps)[-5:]
        # not one round trip of the start was made on the GUI thread
        assert threads and threading.main_thread().name not in threads, threads
        assert "Kobler til serveren …" in texts and "Henter sakene …" in texts, texts
        assert texts.index("Kobler til serveren …") < texts.index("Henter sakene …")
        assert window.case_model.rowCount() == 1
        assert QApplication.overrideCursor() is None and not ops.is_running()
    finally:
        if window is not None:
            window.close()
        db.dispose()


def test_cancelling_while_connecting_opens_nothing_and_leaves_nothing_open(
    qtbot: QtBot, slow_server: tuple[str, SlowLine]
) -> None:
    url, line = slow_server
    line.delay = 1.5  # a line so slow that the user gives up
    seen: list[QProgressDialog] = []

    def give_up(dialog: QProgressDialog) -> None:
        assert dialog.labelText() == "Kobler til serveren …"
        _cancel(dialog)

    when_shown(QProgressDialog, give_up, seen)
    reports: list[str] = []
    beat = TickCounter(20)
    beat.start()
    try:
        assert ask_passphrase_and_open(DatabaseChoice(url, False), reports.append) is None
        beat.stop()
    finally:
        beat.close()
    assert len(seen) == 1 and reports == []
    assert max(beat.gaps) < FREEZE
    # nothing left on screen, no wait cursor, no wait under way
    assert QApplication.activeModalWidget() is None
    assert QApplication.overrideCursor() is None and not ops.is_running()
    # the worker's late database is closed as soon as it comes: no connection stays open
    assert ops.given_up_running() == 1
    line.delay = 0
    qtbot.waitUntil(lambda: ops.given_up_running() == 0, timeout=60_000)
    qtbot.waitUntil(lambda: line.open_connections == 0, timeout=60_000)


def test_cancelling_while_the_list_is_read_builds_no_window(
    qtbot: QtBot, slow_server: tuple[str, SlowLine], tmp_path: Path
) -> None:
    url, line = slow_server
    reports: list[str] = []
    db = ask_passphrase_and_open(DatabaseChoice(url, False), reports.append)
    assert db is not None
    try:
        line.delay = 1.5
        seen: list[QProgressDialog] = []

        def give_up(dialog: QProgressDialog) -> None:
            assert dialog.labelText() == "Henter sakene …"
            _cancel(dialog)

        when_shown(QProgressDialog, give_up, seen)
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        # what an earlier test of a whole run left on screen is not this start's
        shown_before = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert build_main_window(db, settings, reports.append) is None
        assert len(seen) == 1 and reports == []
        assert QApplication.activeModalWidget() is None
        assert QApplication.overrideCursor() is None and not ops.is_running()
        shown_now = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        new = [w for w in shown_now if w not in shown_before]
        assert new == [], [(type(w).__name__, w.windowTitle()) for w in new]
    finally:
        line.delay = 0
        # the cancelled read ends on its own; its connection goes back before the close
        qtbot.waitUntil(lambda: ops.given_up_running() == 0, timeout=60_000)
        db.dispose()


def test_a_server_gone_while_the_list_is_read_is_told_in_words(
    qtbot: QtBot, slow_server: tuple[str, SlowLine], tmp_path: Path
) -> None:
    url, line = slow_server
    reports: list[str] = []
    db = ask_passphrase_and_open(DatabaseChoice(url, False), reports.append)
    assert db is not None
    try:
        line.close()  # the line drops: every connection through it is cut
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        # told once the progress window is gone: the message box can be answered
        shown_when_told: list[bool] = []

        def told(text: str) -> None:
            shown_when_told.append(_progress_shown())
            reports.append(text)

        assert build_main_window(db, settings, told) is None
        assert shown_when_told == [False]
        assert len(reports) == 1 and "databaseserveren" in reports[0].lower(), reports
        assert QApplication.overrideCursor() is None and not ops.is_running()
    finally:
        db.dispose()


def test_a_server_gone_while_the_window_is_built_is_told_in_words(
    qtbot: QtBot, slow_server: tuple[str, SlowLine], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list is read; then the line drops while the window makes its own first reads:
    told in the same words, no window, nothing left turning."""
    from familiemote.ui import server_login

    url, line = slow_server
    reports: list[str] = []
    db = ask_passphrase_and_open(DatabaseChoice(url, False), reports.append)
    assert db is not None
    read = server_login.first_case_list
    rows_read: list[int] = []

    def read_then_drop(*args: Any, **kwargs: Any) -> Any:
        rows = read(*args, **kwargs)
        rows_read.append(len(rows or []))
        line.close()  # every connection through the line is cut from here on
        return rows

    monkeypatch.setattr(server_login, "first_case_list", read_then_drop)
    try:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        # told once the progress window is gone: the message box can be answered
        shown_when_told: list[bool] = []

        def told(text: str) -> None:
            shown_when_told.append(_progress_shown())
            reports.append(text)

        assert build_main_window(db, settings, told) is None
        assert shown_when_told == [False]
        assert rows_read == [1]
        assert len(reports) == 1 and "databaseserveren" in reports[0].lower(), reports
        assert QApplication.overrideCursor() is None and not ops.is_running()
    finally:
        db.dispose()


def test_an_error_that_is_not_the_servers_is_not_worded_as_one(
    qtbot: QtBot, slow_server: tuple[str, SlowLine], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fault in the window's own code while it is built on a server is raised (to the
    app's hook, which logs it), not told as server trouble."""
    from familiemote.ui import main_window

    url, line = slow_server
    line.delay = 0
    reports: list[str] = []
    db = ask_passphrase_and_open(DatabaseChoice(url, False), reports.append)
    assert db is not None

    def broken(*args: Any, **kwargs: Any) -> None:
        raise KeyError("a fault in the window's code")

    monkeypatch.setattr(main_window, "MainWindow", broken)
    try:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        with pytest.raises(KeyError):
            build_main_window(db, settings, reports.append)
        assert reports == []
    finally:
        db.dispose()


def _row_counts(url: str) -> dict[str, int]:
    """Every table's number of rows (the line must be fast when this is asked)."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            tables = sa.inspect(conn).get_table_names()
            return {
                t: int(conn.execute(sa.text(f'SELECT count(*) FROM "{t}"')).scalar_one())
                for t in tables
            }
    finally:
        engine.dispose()


def test_cancelling_while_the_window_reads_its_boxes_leaves_nothing_built_or_written(
    qtbot: QtBot, slow_server: tuple[str, SlowLine], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One progress window for the start's reads: «Henter sakene …», then «Åpner
    Familiemøte …» while the window reads its information boxes, acute warning and
    menus; «Avbryt» there gives the whole start up at once (the server hanging on that
    read), builds no window, writes nothing, and leaves no connection open."""
    from familiemote.ui.main_window import MainWindow

    url, line = slow_server
    line.delay = 0
    written = _row_counts(url)
    reports: list[str] = []
    db = ask_passphrase_and_open(DatabaseChoice(url, False), reports.append)
    assert db is not None
    dialogs: dict[str, int] = {}  # each text the progress showed, by the window showing it
    clicked: list[float] = []
    hanging: list[QProgressDialog] = []
    cut = ops._cut
    cuts: list[object] = []  # the connections whose read was under way at Avbryt

    def cut_and_count(conn: object) -> None:
        cuts.append(conn)
        cut(conn)

    monkeypatch.setattr(ops, "_cut", cut_and_count)

    def watch() -> None:
        for widget in QApplication.topLevelWidgets():
            if not (isinstance(widget, QProgressDialog) and widget.isVisible()):
                continue
            dialogs.setdefault(widget.labelText(), id(widget))
            if widget.labelText() != "Åpner Familiemøte …" or clicked:
                continue
            if not hanging:  # from now on the server hangs: no read of the window ends
                line.delay = 5.0
                hanging.append(widget)
            elif ops.is_running():  # a read of the window under way: the nurse gives up
                clicked.append(time.monotonic())
                _cancel(widget)

    looker = QTimer()
    looker.timeout.connect(watch)
    looker.start(10)
    line.delay = 0.15
    beat = TickCounter(20)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    before = set(QApplication.topLevelWidgets())
    try:
        beat.start()
        window = build_main_window(db, settings, reports.append)
        returned = time.monotonic()
        beat.stop()
    finally:
        looker.stop()
        beat.close()
    try:
        assert window is None and reports == []
        assert clicked, dialogs
        assert len(cuts) == 1  # a read of the window was under way, and was given up
        # Avbryt answered at once, though the read under way hangs for seconds
        assert returned - clicked[0] < 5.0
        assert max(beat.gaps) < FREEZE, sorted(beat.gaps)[-5:]
        # one progress window for the list and the window's reads
        assert dialogs["Henter sakene …"] == dialogs["Åpner Familiemøte …"], dialogs
        # nothing half built stays: no window shown, none left to show later
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.wait(50)
        left = [w for w in QApplication.topLevelWidgets() if w not in before]
        assert [w for w in left if w.isVisible()] == []
        assert not [w for w in left if isinstance(w, MainWindow)]
        assert QApplication.activeModalWidget() is None
        assert QApplication.overrideCursor() is None and not ops.is_running()
    finally:
        line.delay = 0
        qtbot.waitUntil(lambda: ops.given_up_running() == 0, timeout=60_000)
        db.dispose()
    # every connection of the start is closed, the cut one too; nothing was written
    qtbot.waitUntil(lambda: line.open_connections == 0, timeout=60_000)
    assert _row_counts(url) == written
