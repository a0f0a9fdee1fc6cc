"""Test set-up shared by the whole suite.

Qt runs offscreen, and the user's data and settings folders point into a
temporary folder, so no test touches a real home directory.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="familiemote-test-home-"))
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_RUNTIME_DIR"] = str(_HOME / "runtime")
(_HOME / "runtime").mkdir(mode=0o700)
os.environ.pop("FAMILIEMOTE_DB", None)

import pytest  # noqa: E402

from tests.support.pg import PgServer, start_server  # noqa: E402

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = start_server()
    yield server
    server.stop()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database on each backend: an SQLite file, or a PostgreSQL database."""
    if request.param == "sqlite":
        yield "sqlite:///" + str(tmp_path / "test.sqlite")
        return
    server: PgServer = request.getfixturevalue("pg_server")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return "sqlite:///" + str(tmp_path / "test.sqlite")


@pytest.fixture
def database(db_url: str) -> Iterator[object]:
    """The database opened (and migrated) the way the app opens it."""
    from familiemote.storage.db import open_database

    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def uow_factory(database: object):  # type: ignore[no-untyped-def]
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    return lambda: SqlAlchemyUnitOfWork(database.session_factory)  # type: ignore[attr-defined]
