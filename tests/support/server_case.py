"""A shared server the way the window tests meet it: a cluster of their own with one
login that owns the database «familiemote», opened by the app with short timeouts
and holding the demo case alone.

Used by the tests that stop, suspend and resume the server under a running window
(tests/ui/test_server_lock.py, test_server_responsive.py, test_server_inline_save.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from familiemote.services import demo
from familiemote.storage.db import Database, open_database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from tests.support.pg_cluster import Cluster, start_cluster

DATABASE = "familiemote"


def cluster_owned_by(login: str, password: str) -> Iterator[Cluster]:
    """A fresh cluster whose database «familiemote» is owned by ``login`` (a fixture's body)."""
    cluster = start_cluster()
    cluster.sql(f"CREATE ROLE {login} LOGIN PASSWORD '{password}'",
                f"CREATE DATABASE {DATABASE} OWNER {login}")
    try:
        yield cluster
    finally:
        cluster.remove()


def open_with_demo_case(
    cluster: Cluster,
    login: str,
    password: str,
    monkeypatch: pytest.MonkeyPatch,
    today: dt.date,
    *,
    empty_first: bool = True,
) -> Database:
    """The database opened as ``login``, every server bound 2 s (a stopped or silent
    server is told quickly), holding the demo case; ``empty_first`` removes what an
    earlier test of the module left, so each test starts from the demo case alone."""
    for key in ("CONNECT", "CLIENT", "STATEMENT"):
        monkeypatch.setenv(f"FAMILIEMOTE_PG_{key}_TIMEOUT", "2")
    db = open_database(cluster.tcp_url(login, DATABASE, password))
    if empty_first:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("TRUNCATE cases RESTART IDENTITY CASCADE")
    demo.create_demo_case(SqlAlchemyUnitOfWork(db.session_factory), today)
    return db
