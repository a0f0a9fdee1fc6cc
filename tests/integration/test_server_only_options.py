"""The pending-handover index keeps its condition on PostgreSQL, and a start from a
file does not import SQLAlchemy's PostgreSQL dialect to say so (about 2 MiB)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import sqlalchemy as sa

from familiemote.storage import orm
from tests.support.pg import PgServer


def test_a_file_database_is_used_without_the_postgresql_dialect(tmp_path: Path) -> None:
    db_file = tmp_path / "a.sqlite"
    make = f"""
        from pathlib import Path
        from familiemote.storage.db import open_database
        from familiemote.storage.location import sqlite_url
        from familiemote.storage.uow import SqlAlchemyUnitOfWork
        from familiemote.services import cases
        db = open_database(sqlite_url(Path({str(db_file)!r})))
        cases.create_case(SqlAlchemyUnitOfWork(db.session_factory),
                          cases.NewCase(child_first_name="Emma", child_birth_year=2015))
        db.dispose()
    """
    # made and migrated first (Alembic's own modules name every dialect), then opened
    # as a user's file at head is
    use = (
        make
        + f"""
        import sys
        again = open_database(sqlite_url(Path({str(db_file)!r})))
        rows = cases.list_cases(SqlAlchemyUnitOfWork(again.session_factory))
        print([r.child_first_name for r in rows], "sqlalchemy.dialects.postgresql" in sys.modules)
    """
    )
    outputs = []
    for code in (make, use):
        done = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout.strip())
    assert outputs[1] == "['Emma', 'Emma'] False"


def test_create_all_on_postgresql_makes_the_partial_index(pg_server: PgServer) -> None:
    url = pg_server.create_database()
    engine = sa.create_engine(url)
    try:
        orm.metadata.create_all(engine)
        with engine.connect() as conn:
            definition = conn.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'uq_action_handovers_pending'"
            ).scalar_one()
        assert "UNIQUE INDEX" in definition
        assert "WHERE ((accepted_on IS NULL) AND (declined_on IS NULL))" in definition
    finally:
        engine.dispose()
        pg_server.drop_database(url)


def test_create_all_on_sqlite_makes_the_partial_index(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'b.sqlite'}")
    try:
        orm.metadata.create_all(engine)
        with engine.connect() as conn:
            definition = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'uq_action_handovers_pending'"
            ).scalar_one()
        assert "UNIQUE INDEX" in definition
        assert "WHERE accepted_on IS NULL AND declined_on IS NULL" in definition
    finally:
        engine.dispose()
