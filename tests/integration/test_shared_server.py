"""A municipality's shared PostgreSQL server: an owner migrates, each facilitator signs in as
themselves, the audit trail names them, and two of them editing one case never overwrite
each other."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from familiemote.domain.errors import ConcurrentChangeError, ValidationError
from familiemote.services import cases
from familiemote.storage import orm
from familiemote.storage.db import open_database
from familiemote.storage.server import grant_app_rights
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from tests.support.pg import PgServer

# a PostgreSQL server with roles made for each test
pytestmark = pytest.mark.slow

TODAY = dt.date(2026, 11, 22)
EXE = str(Path(sys.executable).parent / "familiemote")


@dataclass
class Municipality:
    owner_url: str
    group: str
    users: dict[str, str]  # login -> URL


@pytest.fixture
def municipality(pg_server: PgServer) -> Iterator[Municipality]:
    suffix = uuid.uuid4().hex[:8]
    owner, group = f"fm_owner_{suffix}", f"fm_users_{suffix}"
    logins = [f"kari_{suffix}", f"per_{suffix}"]
    db_name = f"kommune_{suffix}"
    admin = sa.create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {owner} LOGIN")
        conn.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
        for login in logins:
            conn.exec_driver_sql(f"CREATE ROLE {login} LOGIN IN ROLE {group}")
        conn.exec_driver_sql(f'CREATE DATABASE "{db_name}" OWNER {owner}')
    base = sa.make_url(pg_server.admin_url).set(database=db_name)
    yield Municipality(
        owner_url=base.set(username=owner).render_as_string(hide_password=False),
        group=group,
        users={u: base.set(username=u).render_as_string(hide_password=False) for u in logins},
    )
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
        for role in [*logins, group, owner]:
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
    admin.dispose()


def migrate(town: Municipality) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [EXE, "migrate", "--db", town.owner_url, "--grant-to", town.group],
        capture_output=True, text=True, check=False, env=dict(os.environ), timeout=120,
    )


def _give_access(town: Municipality, case_id: int, login: str) -> None:
    """IT (the owner) puts ``login`` on the case's access list for a day."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    engine = sa.create_engine(town.owner_url)
    with engine.begin() as conn:
        conn.execute(sa.insert(orm.case_access).values(
            case_id=case_id, kind="grant", login=login, reason="test", granted_by="it",
            starts_at=now - dt.timedelta(minutes=1), ends_at=now + dt.timedelta(days=1)))
    engine.dispose()


def test_it_migrates_and_each_user_signs_in_as_themselves(municipality: Municipality) -> None:
    result = migrate(municipality)
    assert result.returncode == 0, result.stderr
    assert "er på versjon" in result.stdout
    # running it again (next release, same schema) changes nothing and still succeeds
    assert migrate(municipality).returncode == 0

    kari, per = municipality.users
    db_kari = open_database(municipality.users[kari])
    db_per = open_database(municipality.users[per])
    try:
        case_id = cases.create_case(
            SqlAlchemyUnitOfWork(db_kari.session_factory), cases.NewCase("Åse", 2016), TODAY
        )
        # Per is not on the team of Kari's case: the server shows him nothing of it
        # (access by need, storage/access_sql.py; tests/integration/test_case_access.py)
        assert cases.list_cases(SqlAlchemyUnitOfWork(db_per.session_factory)) == []
        _give_access(municipality, case_id, per)
        rows = cases.list_cases(SqlAlchemyUnitOfWork(db_per.session_factory))
        assert [r.id for r in rows] == [case_id]
        # the users may not change the schema, nor rewrite the audit trail
        with pytest.raises(sa.exc.ProgrammingError), db_per.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE cases")
        with pytest.raises(sa.exc.DBAPIError), db_per.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM audit_log")
        with db_per.engine.connect() as conn:
            names = set(conn.scalars(sa.select(orm.audit_log.c.user_name)))
        assert kari in names  # the trail names the server login that made the change
    finally:
        db_kari.dispose()
        db_per.dispose()


def test_two_users_editing_one_case_never_overwrite_each_other(municipality: Municipality) -> None:
    assert migrate(municipality).returncode == 0
    kari, per = municipality.users
    db_kari = open_database(municipality.users[kari])
    db_per = open_database(municipality.users[per])
    try:
        case_id = cases.create_case(
            SqlAlchemyUnitOfWork(db_kari.session_factory), cases.NewCase("Åse", 2016), TODAY
        )
        _give_access(municipality, case_id, per)
        seen_by_kari = cases.get_case(SqlAlchemyUnitOfWork(db_kari.session_factory), case_id)
        seen_by_per = cases.get_case(SqlAlchemyUnitOfWork(db_per.session_factory), case_id)
        with SqlAlchemyUnitOfWork(db_kari.session_factory) as uow:
            uow.cases.get(case_id, seen_by_kari.case.version).concern_summary = "Karis tekst"
            uow.commit()
        with pytest.raises(ConcurrentChangeError), SqlAlchemyUnitOfWork(
            db_per.session_factory
        ) as uow:
            uow.cases.get(case_id, seen_by_per.case.version).concern_summary = "Pers tekst"
            uow.commit()
        stored = cases.get_case(SqlAlchemyUnitOfWork(db_per.session_factory), case_id)
        assert stored.case.concern_summary == "Karis tekst"
    finally:
        db_kari.dispose()
        db_per.dispose()


def test_role_names_are_checked(tmp_path: Path) -> None:
    db = open_database("sqlite:///" + str(tmp_path / "x.sqlite"))
    try:
        with pytest.raises(ValidationError):
            grant_app_rights(db.engine, 'x"; DROP TABLE cases; --')
        grant_app_rights(db.engine, "familiemote_users")  # no roles on SQLite: nothing to do
    finally:
        db.dispose()
