"""The read log's «already logged a moment ago» check costs what the last moments hold.

Opening a case writes an ``open`` entry unless this user opened it within the quiet
period (services/access.py). The check reads the case's entries newest first and
stops at the first one older than the period, so a case with years of history is
checked as fast as a new one, and an opening behind many newer entries is still found.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa

from familiemote.services import access, demo
from familiemote.services import audit as audit_service
from familiemote.storage.db import Database
from familiemote.storage.queries.audit import AuditQueries
from familiemote.storage.uow import SqlAlchemyUnitOfWork

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def demo_db(database: Database) -> tuple[Database, int]:
    """The demo case on each backend (SQLite and PostgreSQL)."""
    case_id = demo.create_demo_case(SqlAlchemyUnitOfWork(database.session_factory), TODAY)
    return database, case_id.case_id


def _reads_of_the_log(db: Database) -> list[str]:
    """The statements of the «opened a moment ago» check, as they are run."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if "audit_log.user_name" in statement and "ORDER BY audit_log.id DESC" in statement:
            seen.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", note)
    return seen


def test_an_opening_behind_more_than_two_pages_of_newer_entries_is_found(
    demo_db: tuple[Database, int],
) -> None:
    db, case_id = demo_db

    def uow() -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(db.session_factory)

    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert access.record_open(uow(), case_id, now=now)
    for n in range(2 * AuditQueries.RECENT_PAGE + 5):  # prints by the same user after it
        audit_service.record_event(uow(), case_id, "print", {"document": f"plan {n}"})
    reads = _reads_of_the_log(db)
    assert not access.record_open(uow(), case_id, now=now + dt.timedelta(minutes=5))
    assert len(reads) == 3  # three pages read to reach the opening
    log = access.read_log(uow(), case_id)
    assert [r.action for r in log].count("open") == 1
    # half an hour on, the same entries are all older than the quiet period: logged again
    assert access.record_open(uow(), case_id, now=now + dt.timedelta(minutes=31))
    assert [r.action for r in access.read_log(uow(), case_id)].count("open") == 2


def test_a_long_history_is_not_read_to_decide_that_an_opening_is_new(
    demo_db: tuple[Database, int],
) -> None:
    db, case_id = demo_db

    def uow() -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(db.session_factory)

    for n in range(3 * AuditQueries.RECENT_PAGE):
        audit_service.record_event(uow(), case_id, "print", {"document": f"plan {n}"})
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=2)
    reads = _reads_of_the_log(db)
    assert access.record_open(uow(), case_id, now=later)
    assert len(reads) == 1  # the newest entry is older than the quiet period: stop there
    assert access.read_log(uow(), case_id)[-1].action == "open"


def test_another_users_opening_does_not_count_as_mine(demo_db: tuple[Database, int]) -> None:
    db, case_id = demo_db
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with SqlAlchemyUnitOfWork(db.session_factory) as uow:
        assert uow.audit.recently(case_id, "open", uow.audit.user(), now) is False
        me = uow.audit.user()
    assert access.record_open(SqlAlchemyUnitOfWork(db.session_factory), case_id, now=now)
    since = now - dt.timedelta(minutes=30)
    with SqlAlchemyUnitOfWork(db.session_factory) as uow:
        assert uow.audit.recently(case_id, "open", me, since)
        assert not uow.audit.recently(case_id, "open", me + "-other", since)
        assert not uow.audit.recently(case_id, "print", me, since)
