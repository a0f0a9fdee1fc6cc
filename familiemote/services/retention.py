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

from familiemote.domain.errors import ValidationCode, ValidationError
from familiemote.services.cases import delete_case
from familiemote.storage.uow import UnitOfWork

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


def retention_years(uow: UnitOfWork) -> int:
    with uow:
        value = uow.settings.value(RETENTION_KEY)
    try:
        years = int(value) if value is not None else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS
    return years if MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS else DEFAULT_RETENTION_YEARS


def set_retention_years(uow: UnitOfWork, years: int) -> None:
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        raise ValidationError(RETENTION_KEY, ValidationCode.DATE_OUT_OF_RANGE, MAX_RETENTION_YEARS)
    with uow:
        uow.settings.put(RETENTION_KEY, str(years))
        uow.commit()


def cases_due_for_deletion(uow: UnitOfWork, today: dt.date) -> list[DueCase]:
    """Closed cases whose retention period has run out by ``today``, oldest first."""
    years = retention_years(uow)
    with uow:
        rows = uow.case_queries.closed()
    out = []
    for ident, first_name, birth_year, closed_on in rows:
        due_on = add_years(closed_on, years)
        if due_on <= today:
            out.append(DueCase(ident, first_name, birth_year, closed_on, due_on))
    return out


def delete_due_cases(
    make: Callable[[], UnitOfWork], case_ids: list[int], today: dt.date
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


def purge_freed_space(uow: UnitOfWork) -> None:
    """On SQLite, fold the write-ahead log into the file and truncate it.

    Deleted pages were overwritten by ``secure_delete``; this removes the older
    copies the log still holds. PostgreSQL reclaims deleted rows by autovacuum.
    """
    with uow:
        uow.case_queries.checkpoint()
