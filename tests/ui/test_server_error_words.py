"""A database server's error met midway is told by what happened, not as one «try to
save again in a while» for everything: each kind is made to happen on the test
setup's real PostgreSQL server, and the app's own exception hook shows its words.

* the connection broken (the server ends the session);
* no answer within the time bound (the statement timeout);
* refused by the server's permissions (a login without the right);
* a conflict with another user's change (a row locked by another session);
* a full server (no connection left for the login).
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from familiemote import app as app_module
from familiemote.error_report import ServerTrouble, server_trouble_kind
from familiemote.messages import server_error_text
from familiemote.storage.db import open_database
from familiemote.ui.ops import server_gone
from tests.support.modal import when_shown
from tests.support.pg import PgServer

pytestmark = pytest.mark.slow


@pytest.fixture
def server(pg_server: PgServer) -> Iterator[tuple[str, str]]:
    """A migrated database and a login of its own that has no rights in it."""
    if pg_server.base is None:
        pytest.skip("needs the test setup's own PostgreSQL server (its roles)")
    url = pg_server.create_database()
    open_database(url).dispose()
    role = "fm_words_" + uuid.uuid4().hex[:8]
    admin = sa.create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN CONNECTION LIMIT 1")
    admin.dispose()
    try:
        yield url, role
    finally:
        pg_server.drop_database(url)
        admin = sa.create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
        admin.dispose()


def _error(act: Callable[[], object]) -> BaseException:
    try:
        act()
    except Exception as exc:  # what reaches the app's hook
        return exc
    raise AssertionError("the server did not refuse")


def _lost(url: str, _role: str) -> BaseException:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            killer = sa.create_engine(url, isolation_level="AUTOCOMMIT")
            with killer.connect() as other:
                other.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")
            killer.dispose()
            return _error(lambda: conn.exec_driver_sql("SELECT 1").all())
    finally:
        engine.dispose()


def _timeout(url: str, _role: str) -> BaseException:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SET statement_timeout = '200ms'")
            return _error(lambda: conn.exec_driver_sql("SELECT pg_sleep(5)").all())
    finally:
        engine.dispose()


def _denied(url: str, role: str) -> BaseException:
    engine = sa.create_engine(sa.make_url(url).set(username=role))
    try:
        with engine.connect() as conn:
            return _error(lambda: conn.exec_driver_sql("SELECT count(*) FROM cases").all())
    finally:
        engine.dispose()


def _conflict(url: str, _role: str) -> BaseException:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as holder, engine.connect() as conn:
            holder.exec_driver_sql("CREATE TABLE IF NOT EXISTS fm_words (id int PRIMARY KEY)")
            holder.exec_driver_sql("INSERT INTO fm_words VALUES (1) ON CONFLICT DO NOTHING")
            holder.commit()
            holder.exec_driver_sql("SELECT * FROM fm_words WHERE id = 1 FOR UPDATE").all()
            conn.exec_driver_sql("SET lock_timeout = '200ms'")
            error = _error(
                lambda: conn.exec_driver_sql("UPDATE fm_words SET id = 2 WHERE id = 1")
            )
            holder.rollback()
            return error
    finally:
        engine.dispose()


def _full(url: str, role: str) -> BaseException:
    engine = sa.create_engine(sa.make_url(url).set(username=role), poolclass=sa.NullPool)
    try:
        with engine.connect():  # the login's only connection
            return _error(lambda: engine.connect().close())
    finally:
        engine.dispose()


KINDS: dict[ServerTrouble, tuple[Callable[[str, str], BaseException], str]] = {
    ServerTrouble.LOST: (_lost, "Forbindelsen til databaseserveren ble brutt."),
    ServerTrouble.TIMEOUT: (_timeout, "svarte ikke innen tidsfristen"),
    ServerTrouble.DENIED: (_denied, "påloggingen din har ikke rett"),
    ServerTrouble.CONFLICT: (_conflict, "Noen andre endret det samme"),
    ServerTrouble.FULL: (_full, "Databaseserveren er full"),
}


@pytest.mark.qt_no_exception_capture
def test_each_kind_of_server_error_has_its_own_words(
    qtbot: QtBot, server: tuple[str, str]
) -> None:
    url, role = server
    old = sys.excepthook
    app_module._install_excepthook()
    said: dict[ServerTrouble, str] = {}
    try:
        for kind, (make, words) in KINDS.items():
            exc = make(url, role)
            assert server_trouble_kind(exc) is kind, (kind, type(exc), getattr(exc, "orig", None))
            # the watch waits for the server only when it is gone or silent
            assert server_gone(exc) == (kind in (ServerTrouble.LOST, ServerTrouble.TIMEOUT))
            seen: list[str] = []

            def read(box: QMessageBox, seen: list[str] = seen) -> None:
                seen.append(box.text())
                box.accept()

            when_shown(QMessageBox, read)
            sys.excepthook(type(exc), exc, exc.__traceback__)  # as from a slot
            assert len(seen) == 1, kind
            said[kind] = seen[0]
            assert words in seen[0], (kind, seen[0])
            assert server_error_text(exc) == seen[0]
    finally:
        sys.excepthook = old
    # five kinds, five different messages; none of them the old one for everything
    assert len(set(said.values())) == len(KINDS)
    for text in said.values():
        assert "Prøv å lagre igjen om litt" not in text
        # no internal names, codes or driver words reach the user
        for word in ("_", "SQLSTATE", "psycopg", "OperationalError", "fm_words", role, "cases"):
            assert word not in text, (word, text)


def test_an_error_of_the_app_itself_is_not_worded_as_the_server(
    server: tuple[str, str]
) -> None:
    url, _role = server
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:  # a statement the server rejects as wrong, not a state
            exc = _error(lambda: conn.exec_driver_sql("SELECT no_such_column FROM cases").all())
    finally:
        engine.dispose()
    assert server_trouble_kind(exc) is None and server_error_text(exc) is None
    assert server_error_text(ValueError("x")) is None
