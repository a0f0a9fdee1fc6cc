"""Test set-up shared by the whole suite.

Qt runs offscreen, and the user's data and settings folders point into a
temporary folder, so no test touches a real home directory.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="familiemote-test-home-"))
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_STATE_HOME"] = str(_HOME / "state")  # the command line's log file
os.environ["XDG_RUNTIME_DIR"] = str(_HOME / "runtime")
(_HOME / "runtime").mkdir(mode=0o700)
os.environ.pop("FAMILIEMOTE_DB", None)

import pytest  # noqa: E402

from tests.support.pg import PgServer, start_server  # noqa: E402

if TYPE_CHECKING:  # imported by the fixtures themselves, after the environment above
    from familiemote.storage.db import Database
    from tests.support.fixture_types import UowFactory

# the PostgreSQL runs are "slow": the fast loop (pytest -m "not slow") checks SQLite only
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)]


# Slow without a mark of their own: each starts the app as a separate process, runs
# SQLCipher's key derivation many times, writes and checks whole backups, or needs a
# PostgreSQL server. The fast loop (pytest -m "not slow") leaves them out; pytest
# without -m, the README's test command and .ci/run run them.
SLOW_FILES = (
    "tests/cli/",  # every test runs the familiemote command as a process
    "tests/bench/",
    "tests/reliability/test_files.py",  # backup, restore, passphrase change on real files
    "tests/reliability/test_full_disk.py",
    "tests/reliability/test_tamper.py",  # PostgreSQL and backups
    "tests/integration/test_encryption.py",
    "tests/integration/test_case_access.py",  # PostgreSQL roles and row-level security
    "tests/ui/test_server_login.py",  # PostgreSQL
)
SLOW_TESTS = (
    "tests/reliability/test_long_texts.py::test_a_plan_with_every_text_at_its_limit_prints",
    "tests/reliability/test_bad_input.py::test_a_fifo_at_db_never_hangs",
    "tests/ui/test_history_panel.py::test_the_full_check_can_be_cancelled",
    "tests/printing/test_evaluations.py::test_command_line_round_trip",
    "tests/integration/test_read_log_and_innsyn.py::test_innsyn_from_the_command_line",
)


PG_SUPPORT = ("tests.support.pg", "tests.support.pg_cluster")


def _needs_postgresql(item: pytest.Item) -> bool:
    """The test starts or uses a PostgreSQL server (the pg_server fixture, or the helpers
    of tests/support/pg.py and pg_cluster.py imported by its module)."""
    if "pg_server" in getattr(item, "fixturenames", ()):
        return True
    module = getattr(item, "module", None)
    return module is not None and any(
        getattr(value, "__module__", None) in PG_SUPPORT for value in vars(module).values()
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        node = item.nodeid
        if node.startswith(SLOW_FILES) or node.startswith(SLOW_TESTS) or _needs_postgresql(item):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _modal_pollers_end_with_their_test() -> Iterator[None]:
    """A modal-dialog poller a test left waiting must not act on a later test's dialog."""
    yield
    modal = sys.modules.get("tests.support.modal")
    if modal is not None:
        modal.stop_all()


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
def database(db_url: str) -> Iterator[Database]:
    """The database opened (and migrated) the way the app opens it."""
    from familiemote.storage.db import open_database

    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def uow_factory(database: Database) -> UowFactory:
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    return lambda: SqlAlchemyUnitOfWork(database.session_factory)
