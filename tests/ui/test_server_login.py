"""Signing in to a shared PostgreSQL server that wants a password (each user has an account).

The test setup's server trusts local connections; for one role made here it is
told to ask for a password (scram-sha-256), as a municipality's server does.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from familiemote.app import ask_passphrase_and_open
from familiemote.domain.errors import DatabaseOpenCode, DatabaseOpenError
from familiemote.services import audit as audit_service
from familiemote.services import cases
from familiemote.settings import DatabaseChoice
from familiemote.storage.db import open_database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.server_login import ServerLoginDialog
from tests.support.modal import when_shown
from tests.support.pg import PgServer
from tests.ui.conftest import TODAY

PASSWORD = "eget passord 42"


@pytest.fixture
def password_url(pg_server: PgServer) -> Iterator[str]:
    """A database owned by a role that must give its password; the URL without it."""
    if pg_server.base is None:
        pytest.skip("needs the test setup's own PostgreSQL server (its pg_hba.conf)")
    role = "fm_login_" + uuid.uuid4().hex[:8]
    url = sa.make_url(pg_server.create_database())
    admin = sa.create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'")
        conn.exec_driver_sql(f'ALTER DATABASE "{url.database}" OWNER TO {role}')
    hba = pg_server.base / "data" / "pg_hba.conf"
    before = hba.read_text()
    hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + before)
    with admin.connect() as conn:
        conn.exec_driver_sql("SELECT pg_reload_conf()")
    try:
        yield url.set(username=role).render_as_string(hide_password=False)
    finally:
        hba.write_text(before)
        with admin.connect() as conn:
            conn.exec_driver_sql("SELECT pg_reload_conf()")
        pg_server.drop_database(url.render_as_string(hide_password=False))
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
        admin.dispose()


def test_the_server_asks_for_a_password_and_the_app_signs_in(
    qtbot: QtBot, password_url: str
) -> None:
    with pytest.raises(DatabaseOpenError) as info:
        open_database(password_url)
    assert info.value.code is DatabaseOpenCode.PASSWORD_MISSING
    role = sa.make_url(password_url).username
    seen: dict[str, str] = {}

    def sign_in(dialog: ServerLoginDialog) -> None:
        assert dialog.user_edit.text() == role  # from the address
        assert dialog.focusWidget() is dialog.password_edit
        qtbot.keyClicks(dialog.password_edit, "feil passord")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        # refused: said at the field, the dialog stays, the password selected to retype
        assert dialog.isVisible()
        seen["error"] = dialog.error_label.text()
        assert dialog.password_edit.selectedText() == "feil passord"
        qtbot.keyClicks(dialog.password_edit, PASSWORD)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    reports: list[str] = []
    # a failure inside sign_in closes the dialog, and pytest-qt fails the test with it
    shown = when_shown(ServerLoginDialog, sign_in, close_after=True)
    db = ask_passphrase_and_open(DatabaseChoice(password_url, False), reports.append)
    assert len(shown) == 1
    assert db is not None and not reports
    assert "godtok ikke brukernavnet eller passordet" in seen["error"]
    try:
        assert PASSWORD not in db.display_location
        # the audit trail names the user who signed in
        uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
        case_id = cases.create_case(uow(), cases.NewCase("Innlogget", 2017), TODAY)
        history = audit_service.case_history(uow(), case_id)
        assert history and {e.user_name for e in history} == {role}
    finally:
        db.dispose()


def test_cancelling_the_sign_in_opens_nothing(qtbot: QtBot, password_url: str) -> None:
    shown = when_shown(ServerLoginDialog, lambda dialog: dialog.reject())
    reports: list[str] = []
    assert ask_passphrase_and_open(DatabaseChoice(password_url, False), reports.append) is None
    assert len(shown) == 1 and reports == []


def test_an_unreachable_server_is_explained_without_a_sign_in(qtbot: QtBot) -> None:
    reports: list[str] = []
    url = "postgresql+psycopg://kari@127.0.0.1:1/familiemote"
    assert ask_passphrase_and_open(DatabaseChoice(url, False), reports.append) is None
    assert len(reports) == 1 and "Får ikke kontakt med databaseserveren" in reports[0]
    assert QApplication.activeModalWidget() is None
    assert not any(isinstance(w, QLabel) and w.isVisible() for w in QApplication.topLevelWidgets())
