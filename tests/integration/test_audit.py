"""The audit trail on real databases: every change recorded, hash-chained, append-only."""

from __future__ import annotations

import datetime as dt
import getpass
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from familiemote.domain import model as m
from familiemote.services import audit as audit_service
from familiemote.services import cases, demo, retention
from familiemote.storage import audit, orm
from familiemote.storage.audit import AuditProblemCode
from familiemote.storage.db import Database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from tests.support.fixture_types import UowFactory

TODAY = dt.date(2026, 11, 22)
CHILD = "Zelmirakka"
PARENT = "Quorvald Nordmann"


def _new_case(uow_factory: UowFactory) -> int:
    data = cases.NewCase(
        child_first_name=CHILD,
        child_birth_year=2017,
        concern_summary="Strever på skolen",
        family=(cases.NewFamilyMember(PARENT, m.Relation.FATHER, True, phone="400 00 000"),),
    )
    return cases.create_case(uow_factory(), data, TODAY)


def _all_rows(database: Database) -> list[audit.AuditRow]:
    with database.engine.connect() as conn:
        return audit.rows(conn)


def _problems(database: Database) -> list[audit.AuditProblem]:
    with database.engine.connect() as conn:
        return audit.verify(conn)


def test_every_change_is_recorded_with_fields_before_and_after(
    database: Database, uow_factory: UowFactory
) -> None:
    case_id = _new_case(uow_factory)
    uow = SqlAlchemyUnitOfWork(database.session_factory, user_name="Hanne Eksempel")
    with uow:
        case = uow.cases.get(case_id)
        case.concern_summary = "Strever på skolen og hjemme"
        case.family_members[0].phone = "400 00 001"
        uow.commit()

    history = audit_service.case_history(uow_factory(), case_id)
    # newest first: the two updates, then the two inserts of create_case
    assert [(h.entity, h.action) for h in history[:2]] in (
        [("cases", "update"), ("family_members", "update")],
        [("family_members", "update"), ("cases", "update")],
    )
    by_entity = {h.entity: h for h in history[:2]}
    assert by_entity["cases"].user_name == "Hanne Eksempel"
    assert by_entity["cases"].changes == (
        audit_service.FieldChange(
            "concern_summary", "Strever på skolen", "Strever på skolen og hjemme"
        ),
    )
    assert by_entity["family_members"].changes == (
        audit_service.FieldChange("phone", "400 00 000", "400 00 001"),
    )
    inserted = {h.entity: h for h in history if h.action == "insert"}
    assert set(inserted) == {"cases", "family_members"}
    fields = {c.field: c.after for c in inserted["cases"].changes}
    assert fields["child_first_name"] == CHILD and fields["child_birth_year"] == 2017
    assert all(h.readable for h in history)
    assert _problems(database) == []


def test_default_user_is_the_login_or_the_database_user(
    database: Database, uow_factory: UowFactory, db_url: str
) -> None:
    _new_case(uow_factory)
    users = {r.user_name for r in _all_rows(database)}
    if db_url.startswith("sqlite"):
        assert users == {getpass.getuser()}
    else:
        with database.engine.connect() as conn:
            assert users == {conn.scalar(sa.text("SELECT current_user"))}


def test_case_content_is_encrypted_in_the_trail(
    database: Database, uow_factory: UowFactory
) -> None:
    _new_case(uow_factory)
    rows = _all_rows(database)
    assert rows and all(r.after.startswith(audit.CONTENT_PREFIX) for r in rows)
    assert not any(CHILD in r.after or PARENT in r.after for r in rows)


def test_child_rows_find_their_case_and_directory_rows_have_none(
    database: Database, uow_factory: UowFactory
) -> None:
    result = demo.create_demo_case(uow_factory(), TODAY)
    rows = _all_rows(database)
    per_entity = {r.entity: r.case_id for r in rows}
    for entity in ("participants", "consent_scopes", "actions", "meetings", "consents"):
        assert per_entity[entity] == result.case_id, entity
    assert per_entity["professionals"] is None
    assert _problems(database) == []


def test_events_such_as_prints_are_recorded(database: Database, uow_factory: UowFactory) -> None:
    case_id = _new_case(uow_factory)
    audit_service.record_event(uow_factory(), case_id, "print", {"document": "plan"})
    newest = audit_service.case_history(uow_factory(), case_id)[0]
    assert newest.action == "print"
    assert newest.changes == (audit_service.FieldChange("document", None, "plan"),)
    with pytest.raises(audit_service.NotFoundError):
        audit_service.record_event(uow_factory(), 9999, "print", {})
    assert _problems(database) == []


def test_audit_rows_cannot_be_updated_or_deleted(
    database: Database, uow_factory: UowFactory
) -> None:
    _new_case(uow_factory)
    for sql in ("UPDATE audit_log SET user_name = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(sa.exc.DatabaseError), database.engine.begin() as conn:
            conn.execute(sa.text(sql))
    assert len(_all_rows(database)) == 2
    assert {r.user_name for r in _all_rows(database)} != {"x"}


def _drop_triggers(conn: sa.Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(sa.text("DROP TRIGGER audit_log_no_update"))
        conn.execute(sa.text("DROP TRIGGER audit_log_no_delete"))
    else:
        conn.execute(sa.text("DROP TRIGGER audit_log_no_change ON audit_log"))


def test_a_tampered_entry_is_reported(database: Database, uow_factory: UowFactory) -> None:
    case_id = _new_case(uow_factory)
    audit_service.record_event(uow_factory(), case_id, "print", {"document": "plan"})
    rows = _all_rows(database)
    assert audit_service.verify_audit_trail(uow_factory()) == []
    with database.engine.begin() as conn:
        _drop_triggers(conn)
        conn.execute(
            sa.text("UPDATE audit_log SET user_name = 'Mallory' WHERE id = :id"), {"id": rows[1].id}
        )
    problems = audit_service.verify_audit_trail(uow_factory())
    assert problems == [audit.AuditProblem(rows[1].id, AuditProblemCode.WRONG_HASH)]


def test_a_removed_entry_is_reported(database: Database, uow_factory: UowFactory) -> None:
    _new_case(uow_factory)
    _new_case(uow_factory)
    rows = _all_rows(database)
    with database.engine.begin() as conn:
        _drop_triggers(conn)
        conn.execute(sa.text("DELETE FROM audit_log WHERE id = :id"), {"id": rows[1].id})
    problems = audit_service.verify_audit_trail(uow_factory())
    assert problems == [audit.AuditProblem(rows[2].id, AuditProblemCode.BROKEN_LINK)]


def test_two_writers_at_once_keep_the_chain(database: Database, uow_factory: UowFactory) -> None:
    case_id = _new_case(uow_factory)
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(15):
                audit_service.record_event(uow_factory(), case_id, "print", {"n": n, "i": i})
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(_all_rows(database)) == 2 + 45
    assert _problems(database) == []


def _texts_in_database(conn: sa.Connection) -> str:
    out = []
    for table in sa.inspect(conn).get_table_names():
        for row in conn.execute(sa.text(f'SELECT * FROM "{table}"')):
            out.extend(str(v) for v in row)
    return "\n".join(out)


def test_deleting_a_case_leaves_only_that_it_was_deleted(
    database: Database, uow_factory: UowFactory
) -> None:
    case_id = _new_case(uow_factory)
    other = cases.create_case(
        uow_factory(), cases.NewCase(child_first_name="Anna", child_birth_year=2018), TODAY
    )
    uow = uow_factory()
    with uow:
        uow.cases.get(case_id).concern_summary = f"{PARENT} ringte"
        uow.commit()
    audit_service.record_event(uow_factory(), case_id, "print", {"child": CHILD})
    with database.engine.connect() as conn:
        assert CHILD in _texts_in_database(conn)

    uow = SqlAlchemyUnitOfWork(database.session_factory, user_name="Per Eksempel")
    cases.delete_case(uow, case_id)

    with database.engine.connect() as conn:
        text = _texts_in_database(conn)
        keys = conn.execute(sa.select(orm.case_keys.c.case_id)).scalars().all()
    for word in (CHILD, PARENT, "Quorvald", "Strever", "ringte"):
        assert word not in text
    assert keys == [other]
    history = audit_service.case_history(uow_factory(), case_id)
    assert history[0].action == "delete" and history[0].user_name == "Per Eksempel"
    assert history[0].entity == "cases" and history[0].changes == ()
    assert not any(h.readable for h in history[1:])
    # the chain still verifies: deletion destroyed the key, not the entries
    assert _problems(database) == []
    assert audit_service.case_history(uow_factory(), other)[0].readable


def test_deleted_names_are_not_left_in_the_sqlite_file(tmp_path: Path) -> None:
    from familiemote.storage.db import open_database, sqlite_url

    path = tmp_path / "shred.sqlite"
    db = open_database(sqlite_url(path))
    try:
        make = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
        case_id = _new_case(make)
        uow = make()
        with uow:
            case = uow.cases.get(case_id)
            case.status, case.closed_on = m.CaseStatus.CLOSED, dt.date(2019, 1, 10)
            uow.commit()
        assert retention.delete_due_cases(make, [case_id], TODAY) == [case_id]
    finally:
        db.dispose()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("shred"))
    assert CHILD.encode() not in raw
    assert PARENT.encode() not in raw


# -- the quick check from a checkpoint, the full check, and the history a page at a time --


def _edit_in_place(database: Database, entry_id: int, **values: object) -> None:
    with database.engine.begin() as conn:
        _drop_triggers(conn)
        if values:
            conn.execute(
                sa.update(orm.audit_log).where(orm.audit_log.c.id == entry_id).values(**values)
            )
        else:
            conn.execute(sa.delete(orm.audit_log).where(orm.audit_log.c.id == entry_id))


def test_the_quick_check_starts_at_the_checkpoint_and_still_sees_earlier_removals(
    database: Database, uow_factory: UowFactory
) -> None:
    case_id = _new_case(uow_factory)
    for n in range(4):
        audit_service.record_event(uow_factory(), case_id, "print", {"n": n})
    first = audit_service.quick_check_audit_trail(uow_factory())
    assert first.problems == [] and first.verified_to == _all_rows(database)[-1].id
    audit_service.record_event(uow_factory(), case_id, "print", {"n": 4})
    # only the entry since the checkpoint is left to verify
    again = audit_service.quick_check_audit_trail(uow_factory())
    assert again.problems == [] and again.total == len(_all_rows(database))

    rows = _all_rows(database)
    _edit_in_place(database, rows[1].id)  # an earlier entry removed, nothing recomputed
    problems = audit_service.quick_check_audit_trail(uow_factory()).problems
    assert audit.AuditProblem(rows[-1].id, AuditProblemCode.EARLIER_REMOVED) in problems
    full = audit_service.check_audit_trail(uow_factory()).problems
    assert audit.AuditProblem(rows[2].id, AuditProblemCode.BROKEN_LINK) in full


def test_an_earlier_entry_changed_in_place_is_flagged_where_shown_and_by_the_full_check(
    database: Database, uow_factory: UowFactory
) -> None:
    case_id = _new_case(uow_factory)
    audit_service.record_event(uow_factory(), case_id, "print", {"n": 1})
    assert audit_service.quick_check_audit_trail(uow_factory()).problems == []
    target = _all_rows(database)[0]
    _edit_in_place(database, target.id, user_name="Mallory")
    # below the checkpoint the quick check reads only the checkpoint's own row (and
    # tells that the triggers the edit needed dropped were put back) ...
    assert audit_service.quick_check_audit_trail(uow_factory()).problems == [
        audit.AuditProblem(0, AuditProblemCode.PROTECTION_RESTORED)
    ]
    # ... but the entry is marked where it is shown, and the full check finds it
    page = audit_service.case_history_page(uow_factory(), case_id)
    assert [e.intact for e in page.entries if e.id == target.id] == [False]
    assert all(e.intact for e in page.entries if e.id != target.id)
    full = audit_service.check_audit_trail(uow_factory())
    assert full.full and full.problems == [
        audit.AuditProblem(0, AuditProblemCode.PROTECTION_RESTORED),
        audit.AuditProblem(target.id, AuditProblemCode.WRONG_HASH),
    ]


def test_a_long_unverified_tail_is_left_to_the_full_check(
    database: Database, uow_factory: UowFactory
) -> None:
    case_id = _new_case(uow_factory)
    for n in range(5):
        audit_service.record_event(uow_factory(), case_id, "print", {"n": n})
    report = audit_service.quick_check_audit_trail(uow_factory(), limit=3)
    assert report.pending == len(_all_rows(database)) and report.problems == []
    seen: list[tuple[int, int]] = []
    full = audit_service.check_audit_trail(
        uow_factory(), progress=lambda done, total: seen.append((done, total))
    )
    assert full.problems == [] and seen[0] == (0, 7) and seen[-1] == (7, 7)
    with pytest.raises(audit_service.Cancelled):
        audit_service.check_audit_trail(uow_factory(), cancelled=lambda: True)
    # the full check left a checkpoint: the quick check has nothing left to do
    assert audit_service.quick_check_audit_trail(uow_factory(), limit=3).pending == 0


def test_the_history_is_read_a_page_at_a_time(database: Database, uow_factory: UowFactory) -> None:
    case_id = _new_case(uow_factory)
    other = _new_case(uow_factory)
    for n in range(5):
        audit_service.record_event(uow_factory(), case_id, "print", {"n": n})
        audit_service.record_event(uow_factory(), other, "print", {"n": n})
    whole = audit_service.case_history(uow_factory(), case_id)
    pages, before = [], None
    while True:
        page = audit_service.case_history_page(uow_factory(), case_id, before_id=before, limit=3)
        pages.append(page)
        if not page.older:
            break
        before = page.entries[-1].id
    assert [len(p.entries) for p in pages] == [3, 3, 1]
    assert [e for p in pages for e in p.entries] == whole
