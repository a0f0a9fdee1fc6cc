"""A database server that is slow or gone never freezes the window (a fresh cluster,
tests/support/pg_cluster.py, suspended or stopped under the running window):

* during a save the event loop keeps turning (a timer's ticks are counted while the
  server is silent), a second click on Save saves nothing twice, the message says the
  input is kept and the dialog keeps it;
* when the server answers again the watch says so, the list is read again, and the
  kept save is offered: «Lagre nå» stores it, once;
* after an error while the window was idle, the case list and the detail pane still
  show the same case.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from familiemote import app as app_module
from familiemote.services import cases
from familiemote.storage import pg_options
from familiemote.storage.db import Database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui import ops
from familiemote.ui.case_list import CASE_ID_ROLE
from familiemote.ui.main_window import MainWindow
from familiemote.ui.new_case_dialog import NewCaseDialog
from familiemote.ui.server_watch import server_watch
from tests.support import modal
from tests.support.pg_cluster import Cluster
from tests.support.server_case import cluster_owned_by, open_with_demo_case
from tests.ui.conftest import TODAY
from tests.ui.test_security import make

pytestmark = pytest.mark.slow

PASSWORD = "olas eget passord 3"

# told by what happened: a silent server gives no answer within the bound, a stopped
# one breaks the connection
WORDS = {
    "suspend": "Databaseserveren svarer ikke: den svarte ikke innen tidsfristen.",
    "stop": "Forbindelsen til databaseserveren ble brutt.",
}


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    yield from cluster_owned_by("ola", PASSWORD)


@pytest.fixture
def server_db(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    db = open_with_demo_case(cluster, "ola", PASSWORD, monkeypatch, TODAY)
    watch = server_watch()
    watch.timer.setInterval(300)  # ask the silent server again often
    yield db
    watch.timer.stop()
    watch.is_lost = False
    db.dispose()


@pytest.fixture
def app_hook() -> Iterator[list[str]]:
    """The app's own exception hook; every message box it shows is read and closed
    (so a test that goes wrong ends instead of waiting in a box). The server watch's
    offer is left for the test."""
    old = sys.excepthook
    app_module._install_excepthook()
    told: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        told.append(box.text())
        box.accept()

    stop = modal.each_shown(
        QMessageBox, read_and_close, skip=lambda box: box is server_watch().offer
    )
    yield told
    stop()
    sys.excepthook = old


def _back(cluster: Cluster, how: str) -> None:
    if how == "stop":
        cluster.start()
    else:
        cluster.resume()


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("how", ["suspend", "stop"])
def test_a_save_on_a_silent_server_keeps_the_window_turning_and_is_offered_again(
    qtbot: QtBot,
    server_db: Database,
    cluster: Cluster,
    tmp_path: Path,
    how: str,
    app_hook: list[str],
) -> None:
    window, _controls = make(qtbot, server_db, tmp_path)
    uow = lambda: SqlAlchemyUnitOfWork(server_db.session_factory)  # noqa: E731
    dialog = NewCaseDialog(uow, window, TODAY)
    qtbot.addWidget(dialog)
    dialog.setModal(True)  # as the app's exec() shows it
    dialog.show()
    qtbot.waitExposed(dialog)
    name_edit = dialog.findChildren(QLineEdit)[0]
    name = f"Ventende{how}"
    qtbot.keyClicks(name_edit, name)
    save = dialog.save_button
    assert save.isDefault()

    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    told = app_hook
    (cluster.stop if how == "stop" else cluster.suspend)()
    second: list[bool] = []

    def click_again() -> None:  # while the first save waits on the server
        second.append(ops.is_running())
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    if how == "suspend":  # a stopped server refuses at once; a silent one is waited for
        QTimer.singleShot(500, click_again)
    try:
        # the save waits on the server in a worker: the window's timers run meanwhile,
        # and a second click (or Enter) is held back, not a second save
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    finally:
        timer.stop()
    assert second == ([True] if how == "suspend" else [])
    watch = server_watch()
    try:
        assert WORDS[how] in told[0] and "står det fortsatt på skjermen" in told[0]
        assert dialog.isVisible() and name_edit.text() == name
        assert watch.is_lost
        assert window.server_label.isVisible()
        if how == "suspend":
            # a statement waited out the 2 s client bound: the loop turned all along
            assert len(ticks) >= 20, len(ticks)
        # still gone: the watch keeps asking, quietly
        qtbot.wait(800)
        assert watch.is_lost and watch.offer is None
    finally:
        _back(cluster, how)
    # the server answers again: told in the window, and the kept save offered
    qtbot.waitUntil(lambda: not watch.is_lost, timeout=60_000)
    assert not window.server_label.isVisible()
    assert "tilbake" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: watch.offer is not None, timeout=10_000)
    offer = watch.offer
    assert offer is not None and "tilbake" in offer.text()
    assert name not in {r.child_first_name for r in cases.list_cases(uow())}
    now = next(b for b in offer.buttons() if b.text().replace("&", "") == "Lagre nå")
    qtbot.mouseClick(now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    names = [r.child_first_name for r in cases.list_cases(uow())]
    assert names.count(name) == 1 and "Sofie" in names
    assert QApplication.activeModalWidget() is None


def _case_at(window: MainWindow, row: int) -> int:
    case = window.case_model.case_at(row)
    assert case is not None
    return case.id


def _row_of(window: MainWindow, case_id: int) -> int:
    return int(window.case_model.row_for_case(case_id))


def _selected_case(window: MainWindow) -> int | None:
    index = window.case_table.selectionModel().currentIndex()
    if not index.isValid():
        return None
    value = window.case_model.data(window.case_model.index(index.row(), 0), CASE_ID_ROLE)
    return int(value) if value is not None else None


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("how", ["suspend", "stop"])
def test_after_an_error_while_idle_the_list_and_the_detail_show_the_same_case(
    qtbot: QtBot,
    server_db: Database,
    cluster: Cluster,
    tmp_path: Path,
    how: str,
    app_hook: list[str],
) -> None:
    uow = lambda: SqlAlchemyUnitOfWork(server_db.session_factory)  # noqa: E731
    other = cases.create_case(uow(), cases.NewCase("Ida", 2016), TODAY)
    window, _controls = make(qtbot, server_db, tmp_path)
    first = _case_at(window, 0)
    second = other if other != first else _case_at(window, 1)
    assert first != second
    window.select_case(first)
    qtbot.waitUntil(lambda: window.current_case_id == first, timeout=30_000)
    title = window.case_view.title_label.text()
    told = app_hook
    # idle; the server goes; then a click on the other case in the list
    (cluster.stop if how == "stop" else cluster.suspend)()
    try:
        index = window.case_model.index(_row_of(window, second), 0)
        rect = window.case_table.visualRect(index)
        qtbot.mouseClick(
            window.case_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
        qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    finally:
        _back(cluster, how)
    assert WORDS[how] in told[0]
    # the list shows the case the detail pane shows
    assert window.current_case_id == first
    assert _selected_case(window) == first
    assert window.case_view.title_label.text() == title
    # back: the list read again, still the same case in both
    watch = server_watch()
    qtbot.waitUntil(lambda: not watch.is_lost, timeout=60_000)
    assert _selected_case(window) == first == window.current_case_id
    # and the other case opens now, in both panes
    window.select_case(second)
    qtbot.waitUntil(lambda: window.current_case_id == second, timeout=30_000)
    assert _selected_case(window) == second


def test_driver_calls_leave_the_gui_thread_only_while_the_window_is_shown(
    qtbot: QtBot, server_db: Database, tmp_path: Path
) -> None:
    """The command line and a worker thread make their calls directly; the window's
    calls, while it is shown, go to a worker thread (the runner the engine uses)."""
    import threading

    def where() -> str:
        return threading.current_thread().name

    window, _controls = make(qtbot, server_db, tmp_path)
    assert pg_options._runner is ops._server_call
    assert ops._server_call(where).startswith("familiemote-work")
    # what the engine itself calls goes the same way
    seen: list[str] = []
    original = pg_options._runner
    assert original is not None

    def spying(call: Callable[[], object]) -> object:
        seen.append(where())
        return original(call)

    pg_options.set_driver_runner(spying)
    try:
        with server_db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT 1").scalar() == 1
    finally:
        pg_options.set_driver_runner(original)
    assert seen and set(seen) == {threading.main_thread().name}  # asked on the GUI thread
    # off the GUI thread: made directly
    found: list[str] = []
    worker = threading.Thread(target=lambda: found.append(ops._server_call(where)), name="w")
    worker.start()
    worker.join(30)
    assert found == ["w"]
    # the window hidden (closed): made directly, on the GUI thread
    window.hide()
    assert ops._server_call(where) == threading.main_thread().name
