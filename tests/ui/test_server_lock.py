"""The app on a municipality's server: the lock asks for the user's own password there
(checked by the server, also while it is silent), and a save while the server is gone
keeps the dialog and what was typed, says what happened («Databaseserveren svarer ikke»
when it is silent, «Forbindelsen … ble brutt» when it stopped), and works once the
server is back. A fresh cluster with passwords (tests/support/pg_cluster.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from familiemote import app as app_module
from familiemote.services import cases
from familiemote.storage.db import Database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.new_case_dialog import NewCaseDialog
from tests.support.modal import when_shown
from tests.support.pg_cluster import Cluster
from tests.support.server_case import cluster_owned_by, open_with_demo_case
from tests.ui.conftest import TODAY
from tests.ui.test_security import make, readable_everywhere

PASSWORD = "karis eget passord 7"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    yield from cluster_owned_by("kari", PASSWORD)


@pytest.fixture
def server_db(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    db = open_with_demo_case(cluster, "kari", PASSWORD, monkeypatch, TODAY, empty_first=False)
    yield db
    db.dispose()


def test_the_lock_on_a_server_asks_for_the_server_password(
    qtbot: QtBot, server_db: Database, cluster: Cluster, tmp_path: Path
) -> None:
    window, controls = make(qtbot, server_db, tmp_path)
    first = window.case_model.case_at(0)
    assert first is not None
    window.select_case(first.id)
    assert "Sofie" in readable_everywhere()
    controls.lock.lock()
    assert controls.lock.is_locked
    shown = readable_everywhere()
    for secret in ("Sofie", "Nordmann", "Hanne"):
        assert secret not in shown, secret
    assert "passordet ditt på databaseserveren" in shown
    unlock = controls.lock.dialog
    assert unlock is not None and unlock.edit.echoMode() is QLineEdit.EchoMode.Password
    # nothing typed, or a wrong password: still locked, told so
    unlock.try_unlock()
    assert controls.lock.is_locked
    qtbot.keyClicks(unlock.edit, "feil passord")
    qtbot.keyClick(unlock.edit, Qt.Key.Key_Return)
    assert controls.lock.is_locked
    assert "godtok ikke passordet" in unlock.error_label.text()
    # a silent server cannot check it: still locked, and said why (bounded wait)
    cluster.suspend()
    try:
        unlock.edit.setText(PASSWORD)
        unlock.try_unlock()
    finally:
        cluster.resume()
    assert controls.lock.is_locked
    assert "kan ikke kontrolleres" in unlock.error_label.text()
    assert "Sofie" not in readable_everywhere()
    # the right password, checked by the server: everything back
    unlock.edit.setText(PASSWORD)
    with qtbot.waitSignal(controls.lock.unlocked, timeout=30000):
        unlock.try_unlock()
    assert not controls.lock.is_locked
    assert "Sofie" in readable_everywhere()


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("how", ["stop", "suspend"])
def test_a_save_while_the_server_is_gone_keeps_the_dialog_and_works_after(
    qtbot: QtBot,
    server_db: Database,
    cluster: Cluster,
    tmp_path: Path,
    how: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window, _controls = make(qtbot, server_db, tmp_path)
    uow = lambda: SqlAlchemyUnitOfWork(server_db.session_factory)  # noqa: E731
    old_hook = sys.excepthook
    app_module._install_excepthook()
    try:
        dialog = NewCaseDialog(uow, window, TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        name_edit = dialog.findChildren(QLineEdit)[0]
        name = f"Ulagret{how}"
        qtbot.keyClicks(name_edit, name)
        (cluster.stop if how == "stop" else cluster.suspend)()
        told: list[str] = []

        def read_and_close(box: QMessageBox) -> None:
            told.append(box.text())
            box.accept()

        when_shown(QMessageBox, read_and_close)
        save = dialog.save_button
        try:
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # a slot: the app's hook tells
            qtbot.waitUntil(lambda: bool(told), timeout=30000)
        finally:
            if how == "stop":
                cluster.start()
            else:
                cluster.resume()
        # told by what happened: no answer in time, or the connection broken
        words = "svarer ikke" if how == "suspend" else "Forbindelsen til databaseserveren ble brutt"
        assert told and words in told[0]
        assert "står det fortsatt på skjermen" in told[0]
        assert dialog.isVisible() and name_edit.text() == name
        # the log has the error's place and kind, not what was typed
        assert "unexpected error" in caplog.text and "OperationalError" in caplog.text
        assert name not in caplog.text and "Sofie" not in caplog.text
        # the server is back: the same Save works, no restart
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
        names = {r.child_first_name for r in cases.list_cases(uow())}
        assert name in names and "Sofie" in names
        assert sum(1 for r in cases.list_cases(uow()) if r.child_first_name == name) == 1
    finally:
        sys.excepthook = old_hook
    assert QApplication.activeModalWidget() is None or not isinstance(
        QApplication.activeModalWidget(), QMessageBox
    )
