"""Tampering with the audit trail from outside the app: each try is detected or refused.

The attacker here has what the threat model gives them: on SQLite the passphrase
(so the file opens in any SQLCipher tool, and triggers can be dropped), and the
published algorithm of the hash chain (storage/audit.py), so they recompute
hashes; on PostgreSQL a superuser who drops triggers, or a facilitator's own
login. What they do not have is the MAC key (wrapped under the passphrase in the
file, or in the user's data folder) or the anchor file in the user's data
folder. After each try the app is "started again" (a new engine) and runs the
checks it runs when a case is opened (the quick check) and on demand (the full
check); what they find is told in Norwegian with what to do (the history tab's
banner text).
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from familiemote.domain import model as m
from familiemote.services import audit as audit_service
from familiemote.services import cases
from familiemote.storage import audit, audit_check, orm
from familiemote.storage.audit import AuditProblemCode
from familiemote.storage.db import Database, open_database, sqlite_url
from familiemote.storage.file_copies import change_passphrase
from familiemote.storage.server import grant_app_rights
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.panels.history import banner_text
from tests.support import battery
from tests.support.pg import PgServer

TODAY = dt.date(2026, 11, 22)
PASSPHRASE = "blå hest tynn stige"
WHAT_TO_DO = "Hva du gjør: kontakt IT eller personvernombudet"


@dataclass
class Trail:
    """A database as the app opens it, and a way to open it again ("next start")."""

    kind: str
    db: Database
    reopen: Callable[[], Database]

    def uow(self) -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(self.db.session_factory)

    def restart(self) -> None:
        self.db.dispose()
        self.db = self.reopen()


@pytest.fixture(params=["sqlite", "postgresql"])
def trail(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Trail]:
    if request.param == "sqlite":
        url = sqlite_url(tmp_path / "tamper.sqlite")

        def reopen() -> Database:
            return open_database(url, passphrase=PASSPHRASE)

        t = Trail("sqlite", reopen(), reopen)
        yield t
        t.db.dispose()
        return
    server: PgServer = request.getfixturevalue("pg_server")
    pg_url = server.create_database()
    t = Trail("postgresql", open_database(pg_url), lambda: open_database(pg_url))
    yield t
    t.db.dispose()
    server.drop_database(pg_url)


def _history(t: Trail) -> int:
    """A case with some history, saved through the app; the user opens its history."""
    case_id = cases.create_case(
        t.uow(),
        cases.NewCase(
            child_first_name="Ylvatrine",
            child_birth_year=2016,
            family=(cases.NewFamilyMember("Kåre Eksempel", m.Relation.FATHER, True),),
        ),
        TODAY,
    )
    for n in range(3):
        audit_service.record_event(t.uow(), case_id, "print", {"document": "plan", "n": n})
    assert audit_service.quick_check_audit_trail(t.uow()).problems == []
    audit_service.record_event(t.uow(), case_id, "export", {"document": "case_export"})
    return case_id


def _drop_triggers(conn: sa.Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")


def _rows(conn: sa.Connection) -> list[audit.AuditRow]:
    return audit.rows(conn)


def _entry(r: audit.AuditRow) -> dict[str, object]:
    return {
        "at": r.at,
        "user_name": r.user_name,
        "case_id": r.case_id,
        "entity": r.entity,
        "entity_id": r.entity_id,
        "action": r.action,
        "before": r.before,
        "after": r.after,
    }


def _rehash_from(conn: sa.Connection, first_id: int) -> None:
    """What an attacker who read storage/audit.py does: recompute every hash after an edit."""
    t = orm.audit_log
    prev = audit.GENESIS
    for r in _rows(conn):
        if r.id >= first_id:
            new = audit.entry_hash(prev, **_entry(r))
            conn.execute(sa.update(t).where(t.c.id == r.id).values(prev_hash=prev, hash=new))
            prev = new
        else:
            prev = r.hash


def _codes(problems: list[audit.AuditProblem]) -> set[AuditProblemCode]:
    return {p.code for p in problems}


def _told(problems: list[audit.AuditProblem], *words: str) -> None:
    text = banner_text(problems)
    assert text.startswith("⚠ Advarsel"), text
    assert WHAT_TO_DO in text, text
    for word in words:
        assert word in text, text


def test_deleting_the_newest_entries_is_detected(trail: Trail) -> None:
    _history(trail)
    with trail.db.engine.begin() as conn:
        _drop_triggers(conn)
        newest = _rows(conn)[-2:]
        conn.execute(sa.delete(orm.audit_log).where(orm.audit_log.c.id.in_([r.id for r in newest])))
    trail.restart()

    quick = audit_service.quick_check_audit_trail(trail.uow())
    full = audit_service.check_audit_trail(trail.uow())
    for report in (quick, full):
        assert AuditProblemCode.NEWEST_REMOVED in _codes(report.problems)
        _told(report.problems, "De nyeste oppføringene er fjernet")
    # the chain alone would not show it: what is left still links up
    assert audit_service.verify_audit_trail(trail.uow()) == []
    battery.record(f"audit: newest entries deleted ({trail.kind})", 1, 1, 0, 0)


def test_an_edited_entry_with_its_hashes_recomputed_is_detected(trail: Trail) -> None:
    _history(trail)
    with trail.db.engine.begin() as conn:
        _drop_triggers(conn)
        target = _rows(conn)[1]
        conn.execute(
            sa.update(orm.audit_log)
            .where(orm.audit_log.c.id == target.id)
            .values(user_name="Mallory")
        )
        _rehash_from(conn, target.id)
    trail.restart()

    quick = audit_service.quick_check_audit_trail(trail.uow())
    # the anchors in the data folder (the newest entry, the last checkpoint) no longer match
    assert AuditProblemCode.REWRITTEN in _codes(quick.problems)
    _told(quick.problems, "skrevet om")
    # and every rewritten entry lacks a valid MAC: the key is not in the database
    full = audit_service.check_audit_trail(trail.uow())
    forged = {p.entry_id for p in full.problems if p.code is AuditProblemCode.FORGED}
    with trail.db.engine.connect() as conn:
        assert forged == {r.id for r in _rows(conn) if r.id >= target.id}
    _told(full.problems, "mangler Familiemøtes segl")
    battery.record(f"audit: entry edited, hashes recomputed ({trail.kind})", 1, 1, 0, 0)


def _forge(conn: sa.Connection, key_id: str, mac: str) -> int:
    head = _rows(conn)[-1]
    entry = {**_entry(head), "user_name": "Mallory", "action": "print", "before": "", "after": ""}
    entry["at"] = head.at + dt.timedelta(minutes=5)
    digest = audit.entry_hash(head.hash, **entry)
    result = conn.execute(
        sa.insert(orm.audit_log).values(
            **entry, prev_hash=head.hash, hash=digest, key_id=key_id, mac=mac
        )
    )
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def test_a_forged_entry_appended_with_a_plain_insert_is_detected(trail: Trail) -> None:
    _history(trail)
    with trail.db.engine.connect() as conn:
        own_key_id = _rows(conn)[-1].key_id
    assert own_key_id  # the app's entries carry a MAC
    tries = [
        ("no MAC", "", ""),
        ("the app's key id, a made-up MAC", own_key_id, secrets.token_hex(32)),
    ]
    if trail.kind == "sqlite":  # one writer: an unknown key after the app's own is forged
        tries.append(("a made-up key", secrets.token_hex(8), secrets.token_hex(32)))
    detected = 0
    for _label, key_id, mac in tries:
        # an INSERT is allowed (users must append), so no trigger needs dropping
        with trail.db.engine.begin() as conn:
            forged_id = _forge(conn, key_id, mac)
        trail.restart()
        report = audit_service.quick_check_audit_trail(trail.uow())
        assert audit.AuditProblem(forged_id, AuditProblemCode.FORGED) in report.problems, _label
        _told(report.problems, "mangler Familiemøtes segl")
        detected += 1
    # the chain itself holds: only the MAC tells the forged entries from the app's
    assert not _codes(audit_service.verify_audit_trail(trail.uow())) - {AuditProblemCode.FORGED}
    battery.record(
        f"audit: forged entry by plain INSERT ({trail.kind})", len(tries), detected, 0, 0
    )


def test_a_dropped_trigger_is_restored_at_the_next_start(trail: Trail) -> None:
    case_id = _history(trail)
    with trail.db.engine.begin() as conn:
        _drop_triggers(conn)
    trail.restart()
    # opening the database put them back, before anything is written
    with pytest.raises(sa.exc.DatabaseError), trail.db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log")
    audit_service.record_event(trail.uow(), case_id, "print", {"document": "plan"})
    report = audit_service.quick_check_audit_trail(trail.uow())
    assert _codes(report.problems) == {AuditProblemCode.PROTECTION_RESTORED}
    _told(report.problems, "Familiemøte har satt det på igjen")
    battery.record(f"audit: append-only trigger dropped ({trail.kind})", 1, 1, 0, 0)


def test_the_mac_key_is_not_in_the_database_and_survives_a_passphrase_change(
    tmp_path: Path,
) -> None:
    path = tmp_path / "rekey.sqlite"
    db = open_database(sqlite_url(path), passphrase=PASSPHRASE)
    t = Trail("sqlite", db, lambda: open_database(sqlite_url(path), passphrase=PASSPHRASE))
    case_id = _history(t)
    with db.engine.connect() as conn:
        key = audit_check.mac_key(conn)
        assert key is not None
        settings = " ".join(conn.scalars(sa.select(orm.app_settings.c.value)))
        rows = _rows(conn)
    assert key.secret.hex() not in settings and {r.key_id for r in rows} == {key.key_id}
    new = "en annen lang passordfrase"
    change_passphrase(db, PASSPHRASE, new)
    db.dispose()
    t = Trail("sqlite", open_database(sqlite_url(path), passphrase=new), t.reopen)
    with t.db.engine.connect() as conn:
        again = audit_check.mac_key(conn)
    # the same key, now wrapped under the new passphrase: the older MACs still check
    assert again is not None and again.key_id == key.key_id
    assert audit_service.check_audit_trail(t.uow()).problems == []
    audit_service.record_event(t.uow(), case_id, "print", {"document": "plan"})
    assert audit_service.quick_check_audit_trail(t.uow()).problems == []
    # ... and a forged entry after the change is still caught
    with t.db.engine.begin() as conn:
        forged_id = _forge(conn, "", "")
    report = audit_service.quick_check_audit_trail(t.uow())
    assert audit.AuditProblem(forged_id, AuditProblemCode.FORGED) in report.problems
    t.db.dispose()


# -- PostgreSQL: what a facilitator's own login may do ------------------------------


@dataclass
class Town:
    owner_url: str
    user_url: str
    group: str


@pytest.fixture
def town(pg_server: PgServer) -> Iterator[Town]:
    suffix = uuid.uuid4().hex[:8]
    owner, group, user = f"fm_owner_{suffix}", f"fm_users_{suffix}", f"kari_{suffix}"
    name = f"tamper_{suffix}"
    admin = sa.create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {owner} LOGIN")
        conn.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
        conn.exec_driver_sql(f"CREATE ROLE {user} LOGIN IN ROLE {group}")
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER {owner}')
    base = sa.make_url(pg_server.admin_url).set(database=name)
    town = Town(
        owner_url=base.set(username=owner).render_as_string(hide_password=False),
        user_url=base.set(username=user).render_as_string(hide_password=False),
        group=group,
    )
    owner_db = open_database(town.owner_url)  # migrates, as `familiemote migrate` does
    grant_app_rights(owner_db.engine, group)
    owner_db.dispose()
    yield town
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for role in (user, group, owner):
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
    admin.dispose()


REFUSED_TO_USERS = (
    "UPDATE audit_log SET user_name = 'Mallory'",
    "DELETE FROM audit_log",
    "TRUNCATE audit_log",
    "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change",
    "ALTER TABLE audit_log DISABLE TRIGGER USER",
    "DROP TRIGGER audit_log_no_change ON audit_log",
    "ALTER TABLE audit_log ADD COLUMN note text",
    "CREATE TRIGGER sneaky BEFORE INSERT ON audit_log FOR EACH ROW "
    "EXECUTE FUNCTION audit_log_append_only()",
    "DROP TABLE audit_log",
)


def test_a_users_login_may_only_append_to_and_read_the_trail(town: Town) -> None:
    db = open_database(town.user_url)
    try:
        uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
        case_id = cases.create_case(uow(), cases.NewCase("Åse", 2016), TODAY)  # INSERT
        audit_service.record_event(uow(), case_id, "print", {"document": "plan"})
        assert audit_service.case_history(uow(), case_id)  # SELECT
        before = audit_service.verify_audit_trail(uow())
        refused = 0
        for sql in REFUSED_TO_USERS:
            with pytest.raises(sa.exc.DBAPIError) as caught, db.engine.begin() as conn:
                conn.exec_driver_sql(sql)
            assert "permission denied" in str(caught.value) or "must be owner" in str(
                caught.value
            ), sql
            refused += 1
        assert audit_service.verify_audit_trail(uow()) == before == []
        report = audit_service.quick_check_audit_trail(uow())
        assert report.problems == []
    finally:
        db.dispose()
    battery.record("audit: a user's login alters the trail (postgresql)", refused, refused, 0, 0)


def test_a_trigger_the_owner_dropped_is_reported_to_users_and_restored_by_migrate(
    town: Town,
) -> None:
    owner = sa.create_engine(town.owner_url)
    with owner.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_truncate ON audit_log")
    db = open_database(town.user_url)
    try:
        uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
        report = audit_service.quick_check_audit_trail(uow())
        assert _codes(report.problems) == {AuditProblemCode.PROTECTION_MISSING}
        _told(report.problems, "familiemote migrate")
        # IT runs `familiemote migrate --grant-to …` again: the triggers are back
        grant_app_rights(owner, town.group)
        assert audit_service.quick_check_audit_trail(uow()).problems == []
        with owner.begin() as conn:
            assert audit_check._missing_triggers(conn) == []
    finally:
        db.dispose()
        owner.dispose()
    battery.record("audit: trigger dropped by the owner (postgresql)", 1, 1, 0, 0)


# -- backups: an anchor in every backup, and a restore is no false alarm ------------


def _sqlite_trail(path: Path) -> Trail:
    def reopen() -> Database:
        return open_database(sqlite_url(path), passphrase=PASSPHRASE)

    return Trail("sqlite", reopen(), reopen)


def test_a_backup_anchors_the_head_and_a_restore_is_no_false_alarm(tmp_path: Path) -> None:
    from familiemote.services import backup

    t = _sqlite_trail(tmp_path / "live.sqlite")
    case_id = _history(t)
    now = dt.datetime(2026, 11, 22, 12, 0)
    copy = tmp_path / "kopi.sqlite"
    backup.make_backup(t.db, copy, now)
    with t.db.engine.connect() as conn:
        db_id = audit_check.database_id(conn)
        rows = _rows(conn)
    # the copy holds everything before the app recorded that it was taken
    recorded = min(r.id for r in rows if r.entity == "app_settings" or r.action == "backup")
    at_backup = [r for r in rows if r.id < recorded][-1]
    anchor = audit_check.read_anchor(db_id)
    assert anchor["backups"][-1]["id"] == at_backup.id
    assert anchor["backups"][-1]["hash"] == at_backup.hash
    audit_service.record_event(t.uow(), case_id, "print", {"document": "plan"})

    # the newest entries go, and the attacker also rolls the data folder's head back:
    # the backup's head still names an entry that is gone
    with t.db.engine.begin() as conn:
        _drop_triggers(conn)
        conn.execute(sa.delete(orm.audit_log).where(orm.audit_log.c.id >= at_backup.id))
    path = audit_check._anchor_path(str(db_id))
    saved = path.read_text("utf-8")
    kept = audit_check.read_anchor(db_id)
    kept.pop("head")
    kept.pop("verified", None)
    path.write_text(__import__("json").dumps(kept), "utf-8")
    t.restart()
    report = audit_service.quick_check_audit_trail(t.uow())
    assert audit.AuditProblem(at_backup.id, AuditProblemCode.NEWEST_REMOVED) in report.problems
    _told(report.problems, "De nyeste oppføringene er fjernet")

    # putting the backup back is what a user does next: no alarm about its own age
    path.write_text(saved, "utf-8")
    t.db.dispose()
    backup.restore_backup(tmp_path / "live.sqlite", copy, PASSPHRASE, now)
    t = _sqlite_trail(tmp_path / "live.sqlite")
    assert audit_service.quick_check_audit_trail(t.uow()).problems == []
    assert audit_service.check_audit_trail(t.uow()).problems == []
    t.db.dispose()
    battery.record("audit: newest entries deleted, data folder rolled back (sqlite)", 1, 1, 0, 0)


def test_a_garbled_anchor_file_is_reported_and_never_stops_a_save(tmp_path: Path) -> None:
    t = _sqlite_trail(tmp_path / "anker.sqlite")
    case_id = _history(t)
    with t.db.engine.connect() as conn:
        db_id = audit_check.database_id(conn)
    path = audit_check._anchor_path(str(db_id))
    # an anchor with nonsense in it is told; a file that is no anchor at all is as
    # good as a deleted data folder (README: not detected), but never stops a save
    tries = {
        '{"head": {"id": "x", "hash": 3}, "backups": 7}': True,
        "{not json": False,
        '["a list"]': False,
    }
    for garbage, told in tries.items():
        path.write_text(garbage, "utf-8")
        t.restart()
        audit_service.record_event(t.uow(), case_id, "print", {"document": "plan"})
        report = audit_service.quick_check_audit_trail(t.uow())
        if told:
            assert _codes(report.problems) == {AuditProblemCode.REWRITTEN}
            _told(report.problems, "skrevet om")
        else:
            assert report.problems == []
    t.db.dispose()
    battery.record("audit: anchor file with nonsense in it (sqlite)", 1, 1, 0, 0)
