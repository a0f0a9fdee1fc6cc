"""Retention: how long closed cases are kept, which are due, and deleting them for real.

The reports say nothing about how long a family-meeting case is kept (the
initiating service keeps the record in its own journal system, «Kvalitet i alle ledd» 2016),
so the period is a setting of the database, ``app_settings["retention_years"]``,
:data:`DEFAULT_RETENTION_YEARS` years after the case was closed unless changed.

Deleting a case removes it and every row that belongs to it (the database
cascades), and its audit key with them: the audit trail keeps that the case was
deleted, when and by whom, and its earlier entries become unreadable while the
hash chain still verifies (crypto-shredding, see storage/audit.py). On SQLite,
freed pages are overwritten (``secure_delete``) and the write-ahead log is
checkpointed and truncated afterwards, so no copy is left in the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from familiemote.domain import model as m
from familiemote.domain.errors import ValidationCode, ValidationError
from familiemote.services.cases import delete_case
from familiemote.storage import orm
from familiemote.storage.uow import SqlAlchemyUnitOfWork

RETENTION_KEY = "retention_years"
DEFAULT_RETENTION_YEARS = 5
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 100


@dataclass(frozen=True)
class DueCase:
    id: int
    child_first_name: str
    child_birth_year: int
    closed_on: dt.date
    due_on: dt.date


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without it
        return day.replace(year=day.year + years, day=28)


def retention_years(uow: SqlAlchemyUnitOfWork) -> int:
    with uow:
        value = uow.sql.execute(
            sa.select(orm.app_settings.c.value).where(orm.app_settings.c.key == RETENTION_KEY)
        ).scalar()
    try:
        years = int(value) if value is not None else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS
    return years if MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS else DEFAULT_RETENTION_YEARS


def set_retention_years(uow: SqlAlchemyUnitOfWork, years: int) -> None:
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        raise ValidationError(RETENTION_KEY, ValidationCode.DATE_OUT_OF_RANGE, MAX_RETENTION_YEARS)
    t = orm.app_settings
    with uow:
        exists = uow.sql.execute(sa.select(t.c.key).where(t.c.key == RETENTION_KEY)).first()
        if exists is None:
            uow.sql.execute(sa.insert(t).values(key=RETENTION_KEY, value=str(years)))
        else:
            uow.sql.execute(sa.update(t).where(t.c.key == RETENTION_KEY).values(value=str(years)))
        uow.commit()


def cases_due_for_deletion(uow: SqlAlchemyUnitOfWork, today: dt.date) -> list[DueCase]:
    """Closed cases whose retention period has run out by ``today``, oldest first."""
    years = retention_years(uow)
    c = orm.cases
    stmt = (
        sa.select(c.c.id, c.c.child_first_name, c.c.child_birth_year, c.c.closed_on)
        .where(c.c.status == m.CaseStatus.CLOSED.value, c.c.closed_on.is_not(None))
        .order_by(c.c.closed_on, c.c.id)
    )
    with uow:
        rows = uow.sql.execute(stmt).all()
    out = []
    for r in rows:
        due_on = add_years(r.closed_on, years)
        if due_on <= today:
            out.append(DueCase(r.id, r.child_first_name, r.child_birth_year, r.closed_on, due_on))
    return out


def delete_due_cases(
    make: Callable[[], SqlAlchemyUnitOfWork], case_ids: list[int], today: dt.date
) -> list[int]:
    """Delete those of ``case_ids`` that are (still) due; return the ids deleted.

    ``make`` returns a fresh unit of work. A case that was reopened, or is not
    yet due, is left alone.
    """
    due = {d.id for d in cases_due_for_deletion(make(), today)}
    deleted = []
    for case_id in case_ids:
        if case_id in due:
            delete_case(make(), case_id)
            deleted.append(case_id)
    if deleted:
        purge_freed_space(make())
    return deleted


def purge_freed_space(uow: SqlAlchemyUnitOfWork) -> None:
    """On SQLite, fold the write-ahead log into the file and truncate it.

    Deleted pages were overwritten by ``secure_delete``; this removes the older
    copies the log still holds. PostgreSQL reclaims deleted rows by autovacuum.
    """
    bind = uow.session_factory.kw.get("bind")
    if not isinstance(bind, sa.Engine) or bind.dialect.name != "sqlite":
        return
    with bind.connect() as conn:
        raw = conn.connection.driver_connection
        if raw is not None:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
