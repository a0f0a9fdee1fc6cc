"""Access by need on a real PostgreSQL server, enforced by the server itself.

Three logins: Tina (the demo case's contact person), Colin (a colleague in the same
service, not on the case's team) and the IT owner. Through the app's services and
through plain SQL with each login: Colin reads and changes nothing of the case
until Tina gives him access (which ends at its end date), or he takes emergency
access with a reason, which is logged and reported to the privacy officer.
"""

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

from familiemote.domain import model as m
from familiemote.domain.errors import NotFoundError, ValidationError
from familiemote.services import access, cases, demo
from familiemote.services import audit as audit_service
from familiemote.storage import access_sql, orm
from familiemote.storage.db import Database, open_database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from tests.support.pg import PgServer

EXE = str(Path(sys.executable).parent / "familiemote")
TODAY = dt.date.today()
# every table that holds the content of a case, and how to count one case's rows
CASE_ROWS = {
    "cases": "SELECT count(*) FROM cases WHERE id = :c",
    "family_members": "SELECT count(*) FROM family_members WHERE case_id = :c",
    "meetings": "SELECT count(*) FROM meetings WHERE case_id = :c",
    "participants": "SELECT count(*) FROM participants",
    "actions": "SELECT count(*) FROM actions WHERE case_id = :c",
    "action_handovers": "SELECT count(*) FROM action_handovers",
    "action_reviews": "SELECT count(*) FROM action_reviews",
    "consents": "SELECT count(*) FROM consents WHERE case_id = :c",
    "consent_scopes": "SELECT count(*) FROM consent_scopes",
    "phase_decisions": "SELECT count(*) FROM phase_decisions WHERE case_id = :c",
    "notifications": "SELECT count(*) FROM notifications WHERE case_id = :c",
    "case_keys": "SELECT count(*) FROM case_keys WHERE case_id = :c",
}


@dataclass
class Town:
    owner: Database
    tina: Database
    colin: Database
    logins: dict[str, str]
    case_id: int
    colin_id: int
    urls: dict[str, str]

    def uow(self, db: Database) -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(db.session_factory)


def _counts(db: Database, case_id: int) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            t: int(conn.execute(sa.text(q), {"c": case_id}).scalar_one())
            for t, q in CASE_ROWS.items()
        }


@pytest.fixture
def town(pg_server: PgServer) -> Iterator[Town]:
    suffix = uuid.uuid4().hex[:8]
    owner, group = f"fm_it_{suffix}", f"fm_users_{suffix}"
    tina, colin = f"tina_{suffix}", f"colin_{suffix}"
    db_name = f"kommune_{suffix}"
    admin = sa.create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {owner} LOGIN")
        conn.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
        for login in (tina, colin):
            conn.exec_driver_sql(f"CREATE ROLE {login} LOGIN IN ROLE {group}")
        conn.exec_driver_sql(f'CREATE DATABASE "{db_name}" OWNER {owner}')
    base = sa.make_url(pg_server.admin_url).set(database=db_name)
    urls = {
        name: base.set(username=name).render_as_string(hide_password=False)
        for name in (owner, tina, colin)
    }
    result = subprocess.run(
        [EXE, "migrate", "--db", urls[owner], "--grant-to", group],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    dbs = {name: open_database(url) for name, url in urls.items()}
    try:
        # Tina registers the demo case (she is the nurse, its contact person)
        case_id = demo.create_demo_case(SqlAlchemyUnitOfWork(dbs[tina].session_factory)).case_id
        it = SqlAlchemyUnitOfWork(dbs[owner].session_factory)
        with it:
            case = it.cases.get(case_id)
            nurse_id, nurse_service = case.coordinator_id, None
            nurse = it.directory.professional(int(nurse_id or 0))
            nurse_service = nurse.service_id
            colleague = m.Professional(
                name="Colin Berg", service_id=nurse_service, title="Helsesykepleier"
            )
            it.directory.add(colleague)
            it.flush()
            colin_id = int(colleague.id or 0)
            it.commit()
        # IT ties the logins to the people; the creator's own access ends at once here,
        # so Tina sees the case as its contact person only
        access.set_login(SqlAlchemyUnitOfWork(dbs[owner].session_factory), int(nurse_id or 0), tina)
        access.set_login(SqlAlchemyUnitOfWork(dbs[owner].session_factory), colin_id, colin)
        with dbs[owner].engine.begin() as conn:
            conn.execute(
                sa.insert(orm.app_settings).values(key=access_sql.CREATOR_DAYS_KEY, value="0")
            )
        yield Town(
            owner=dbs[owner],
            tina=dbs[tina],
            colin=dbs[colin],
            logins={"owner": owner, "tina": tina, "colin": colin},
            case_id=case_id,
            colin_id=colin_id,
            urls=urls,
        )
    finally:
        for db in dbs.values():
            db.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
            for role in (tina, colin, group, owner):
                conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
        admin.dispose()


def test_the_outsider_reads_and_changes_nothing_the_team_member_can(town: Town) -> None:
    cid = town.case_id
    # through the app
    assert [r.id for r in cases.list_cases(town.uow(town.tina))] == [cid]
    assert cases.list_cases(town.uow(town.colin)) == []
    with pytest.raises(NotFoundError):
        cases.get_case(town.uow(town.colin), cid)
    assert cases.get_case(town.uow(town.tina), cid).case.child_first_name == "Sofie"
    assert [r.id for r in cases.list_cases(town.uow(town.owner))] == [cid]
    # through plain SQL: row counts per table
    tina_sees, colin_sees, it_sees = (
        _counts(town.tina, cid),
        _counts(town.colin, cid),
        _counts(town.owner, cid),
    )
    assert tina_sees == it_sees
    assert all(
        tina_sees[t] > 0
        for t in (
            "cases",
            "family_members",
            "meetings",
            "participants",
            "actions",
            "consents",
            "case_keys",
        )
    )
    assert set(colin_sees.values()) == {0}, colin_sees
    # ... and refused or empty changes
    with town.colin.engine.begin() as conn:
        assert (
            conn.execute(
                sa.text("UPDATE cases SET concern_summary = 'x' WHERE id = :c"), {"c": cid}
            ).rowcount
            == 0
        )
        assert (
            conn.execute(sa.text("DELETE FROM meetings WHERE case_id = :c"), {"c": cid}).rowcount
            == 0
        )
        assert conn.execute(sa.text("UPDATE actions SET description = 'x'")).rowcount == 0
        assert conn.execute(sa.text("DELETE FROM participants")).rowcount == 0
    refused = [
        "INSERT INTO family_members (case_id, name, relation, is_guardian) "
        f"VALUES ({cid}, 'Ukjent', 'mother', true)",
        "INSERT INTO case_access (case_id, kind, login, reason, granted_by, starts_at, ends_at) "
        f"VALUES ({cid}, 'grant', current_user, 'meg selv', current_user, now(), "
        "now() + interval '1 day')",
        "INSERT INTO case_access (case_id, kind, login, reason, granted_by, starts_at, ends_at) "
        f"VALUES ({cid}, 'emergency', current_user, 'lenge', current_user, now(), "
        "now() + interval '3 days')",
        "INSERT INTO cases (child_first_name, child_birth_year, phase, status, opened_on, "
        "version, created_by) VALUES ('X', 2015, 'kartlegging', 'open', now(), 1, "
        f"'{town.logins['tina']}')",
        "INSERT INTO app_settings (key, value) "
        f"VALUES ('{access_sql.PARTICIPANT_DAYS_KEY}', '9999')",
        "DELETE FROM case_access",
    ]
    for statement in refused:
        with pytest.raises(sa.exc.DBAPIError) as caught, town.colin.engine.begin() as conn:
            conn.exec_driver_sql(statement)
        text = str(caught.value.orig)
        assert "row-level security" in text or "permission denied" in text, text
    # who a directory entry with a login is, its service and whether it is active are
    # IT's: Colin cannot take Tina's entry, move himself into her service or switch her off
    tina_login = town.logins["tina"]
    for statement in (
        f"UPDATE professionals SET login = 'x' WHERE login = '{tina_login}'",
        f"UPDATE professionals SET active = false WHERE login = '{tina_login}'",
        f"UPDATE professionals SET service_id = service_id + 1 WHERE id = {town.colin_id}",
        f"DELETE FROM professionals WHERE login = '{tina_login}'",
    ):
        with town.colin.engine.connect() as conn:
            try:
                done = conn.exec_driver_sql(statement).rowcount
            except sa.exc.DBAPIError as exc:
                assert "only IT may change" in str(exc.orig), exc
                continue
            finally:
                conn.rollback()
            assert done == 0, statement
    # ... but he may keep his own phone number up to date
    with town.colin.engine.begin() as conn:
        assert conn.execute(sa.text(
            "UPDATE professionals SET phone = '900 00 009' WHERE id = :p"), {"p": town.colin_id}
        ).rowcount == 1
    # the team member can change the case
    with town.tina.engine.begin() as conn:
        assert (
            conn.execute(
                sa.text("UPDATE cases SET concern_summary = concern_summary WHERE id = :c"),
                {"c": cid},
            ).rowcount
            == 1
        )
    # the trail is readable (the chain is checked by everyone) but its content for the
    # case is not: the key is the team's
    assert audit_service.case_history(town.uow(town.tina), cid)
    colin_history = audit_service.case_history(town.uow(town.colin), cid)
    assert colin_history and not any(e.changes for e in colin_history)


def test_a_colleague_given_access_can_until_the_end_date(town: Town) -> None:
    cid = town.case_id
    grant = access.grant_access(
        town.uow(town.tina), cid, town.colin_id, "Vikar for helsesykepleier", TODAY
    )
    assert [r.id for r in cases.list_cases(town.uow(town.colin))] == [cid]
    assert _counts(town.colin, cid) == _counts(town.tina, cid)
    with town.colin.engine.begin() as conn:
        assert (
            conn.execute(
                sa.text("UPDATE cases SET concern_summary = concern_summary WHERE id = :c"),
                {"c": cid},
            ).rowcount
            == 1
        )
    entries = access.list_access(town.uow(town.tina), cid)
    assert [(e.login, e.person, e.kind) for e in entries] == [
        (town.logins["colin"], "Colin Berg", "grant")
    ]
    # ending it takes the case away again; the change is in the trail
    access.end_access(town.uow(town.tina), grant)
    assert cases.list_cases(town.uow(town.colin)) == []
    history = audit_service.case_history(town.uow(town.tina), cid)
    acts = [(e.entity, e.action) for e in history if e.entity == "case_access"]
    assert ("case_access", "insert") in acts and ("case_access", "update") in acts
    # a grant whose end date has passed gives nothing
    past = dt.datetime.combine(TODAY - dt.timedelta(days=5), dt.time(9))
    access.grant_access(
        town.uow(town.tina),
        cid,
        town.colin_id,
        "Kort vikariat",
        TODAY - dt.timedelta(days=2),
        now=past,
    )
    assert cases.list_cases(town.uow(town.colin)) == []
    assert set(_counts(town.colin, cid).values()) == {0}
    # the same from the command line, as Tina
    tina_url = town.urls[town.logins["tina"]]
    until = (TODAY + dt.timedelta(days=3)).strftime("%d.%m.%Y")
    given = subprocess.run(
        [EXE, "access", "grant", "--db", tina_url, "--case", str(cid), "--professional",
         str(town.colin_id), "--reason", "Ferievikar", "--until", until],
        capture_output=True, text=True, check=False, env=dict(os.environ), timeout=120,
    )
    assert given.returncode == 0, given.stderr
    assert [r.id for r in cases.list_cases(town.uow(town.colin))] == [cid]
    listed = subprocess.run(
        [EXE, "access", "list", "--db", tina_url, "--case", str(cid)],
        capture_output=True, text=True, check=False, env=dict(os.environ), timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    assert "Colin Berg" in listed.stdout and "Ferievikar" in listed.stdout
    # only someone with a login can be given access; a reason is needed
    with pytest.raises(ValidationError):
        access.grant_access(town.uow(town.tina), cid, town.colin_id, "  ", TODAY)


def test_emergency_access_works_is_logged_and_reported(town: Town) -> None:
    cid = town.case_id
    found = access.find_case(
        town.uow(town.colin),
        "Sofie",
        cases.get_case(town.uow(town.tina), cid).case.child_birth_year,
    )
    assert found == [cid]
    with pytest.raises(ValidationError):
        access.take_emergency_access(town.uow(town.colin), cid, "   ")
    assert cases.list_cases(town.uow(town.colin)) == []
    access.take_emergency_access(town.uow(town.colin), cid, "Akutt: barnet er på legevakten")
    assert cases.get_case(town.uow(town.colin), cid).case.id == cid
    # in the case's history, named, with the reason (read by the team)
    history = audit_service.case_history(town.uow(town.tina), cid)
    emergency = [e for e in history if e.action == "emergency_access"]
    assert len(emergency) == 1 and emergency[0].user_name == town.logins["colin"]
    assert any(c.after == "Akutt: barnet er på legevakten" for c in emergency[0].changes)
    log = access.read_log(town.uow(town.tina), cid)
    assert [(r.user_name, r.action) for r in log] == [(town.logins["colin"], "emergency_access")]
    # the privacy officer's report (IT, as the owner, sees every case's)
    report = access.emergency_report(town.uow(town.owner))
    assert [(r.case_id, r.login, r.person) for r in report] == [
        (cid, town.logins["colin"], "Colin Berg")
    ]
    result = subprocess.run(
        [EXE, "access", "report", "--db", town.urls[town.logins["owner"]]],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Colin Berg" in result.stdout and "legevakten" in result.stdout
    # it lasts a limited time: an emergency access taken 9 hours ago is over
    access.end_access(town.uow(town.tina), report[0].access_id)
    assert cases.list_cases(town.uow(town.colin)) == []
    long_ago = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(hours=9)
    with pytest.raises(NotFoundError):  # eight hours are over: nothing to open
        access.take_emergency_access(town.uow(town.colin), cid, "Gammel", now=long_ago)
    assert cases.list_cases(town.uow(town.colin)) == []


def test_a_participant_with_a_login_is_on_the_team_while_their_part_lasts(town: Town) -> None:
    cid = town.case_id
    detail = cases.get_case(town.uow(town.owner), cid)
    meeting = detail.case.meetings[-1]
    with town.owner.engine.begin() as conn:
        conn.execute(
            sa.insert(orm.participants).values(
                meeting_id=meeting.id,
                kind="professional",
                professional_id=town.colin_id,
                roles="",
                attendance="invited",
            )
        )
    assert [r.id for r in cases.list_cases(town.uow(town.colin))] == [cid]
    # IT sets the part to end 1 day after the meeting: the meeting is older than that
    with town.owner.engine.begin() as conn:
        conn.execute(
            sa.insert(orm.app_settings).values(key=access_sql.PARTICIPANT_DAYS_KEY, value="1")
        )
        conn.execute(
            sa.update(orm.meetings)
            .where(orm.meetings.c.id == meeting.id)
            .values(starts_at=dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time(10)))
        )
    assert cases.list_cases(town.uow(town.colin)) == []
