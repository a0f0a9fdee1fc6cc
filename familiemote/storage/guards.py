"""State changes guarded in the database, so two users cannot both win.

A version column guards an edit: the ORM's ``UPDATE … WHERE version = :read``
fails for the second writer. A *transition* (accept a handover, record a review's
outcome, mark a notification done) needs more: it must find the row still in the
state the user saw. Each is therefore written as a conditional update whose row
count says who won:

* :func:`claim` runs ``UPDATE t SET … WHERE id = :id AND <still pending>``;
* :func:`touch` bumps a parent's version (``WHERE version = :read``), so changes
  to its children (a handover proposed, a review's outcome) conflict with any
  other change to the same parent made at the same time.

Both run through the session, so the audit trail records them (storage/audit.py)
and takes its lock first; on PostgreSQL the second writer's statement therefore
runs after the first has committed and sees its result. Constraints back them
(migration 0006: one pending handover per action, never accepted and declined).

On SQLite a transaction that read before another one committed cannot write
afterwards ("database is locked": its snapshot is stale); :func:`lost_race`
recognises that, an unique or check constraint refusing the row, and a version
mismatch, so a service can tell the loser why (see services/actions.py).
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Any, Protocol, TypeVar

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from familiemote.domain.errors import ConcurrentChangeError, DomainError
from familiemote.storage import audit

T = TypeVar("T")


def lost_race(exc: BaseException) -> bool:
    """Whether ``exc`` means another transaction changed the same rows first."""
    if isinstance(exc, ConcurrentChangeError | IntegrityError | StaleDataError):
        return True
    if isinstance(exc, OperationalError):
        text = str(exc.orig).lower()
        return "locked" in text or "busy" in text
    return False


def wait_for_writers(session: Session) -> None:
    """Wait until a transaction writing now has committed, then read what it stored.

    For the loser's second look (:func:`settle`, :func:`again_after_writers`, through
    the unit of work's ``wait_for_writers``): on SQLite the loser of a race is told so
    while the winner may still be writing, so it first takes the write lock (the
    audit trail's, which every write takes too).
    """
    audit.lock_trail(session.connection())


class Transaction(Protocol):
    """What :func:`settle` needs of a unit of work: one transaction per ``with``, and
    a way to wait, inside it, until a transaction writing now has committed."""

    def __enter__(self) -> object: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def wait_for_writers(self) -> None:
        """Inside the transaction: wait until a transaction writing now has committed
        (the second look of a race's loser, :func:`settle`)."""


def _execute(session: Session, stmt: sa.Update) -> int:
    try:
        with session.no_autoflush:
            return int(session.execute(stmt).rowcount)  # type: ignore[attr-defined]
    except OperationalError as exc:
        if lost_race(exc):
            raise ConcurrentChangeError(str(exc.orig)) from exc
        raise


def claim(
    session: Session, obj: Any, table: sa.Table, still: sa.ColumnElement[bool], **values: Any
) -> bool:
    """``UPDATE table SET values WHERE id = obj.id AND still``: True when this
    transaction made the change, False when the row had already left that state.

    ``obj`` (loaded in ``session``) takes the values as stored, so the flush does
    not write them a second time.
    """
    done = _execute(session, sa.update(table).where(table.c.id == obj.id, still).values(**values))
    if done != 1:
        return False
    for key, value in values.items():
        set_committed_value(obj, key, value)
    return True


def touch(session: Session, obj: Any, table: sa.Table) -> None:
    """Bump ``obj``'s version if it is still the version read; else ConcurrentChangeError."""
    read = obj.version
    done = _execute(
        session,
        sa.update(table)
        .where(table.c.id == obj.id, table.c.version == read)
        .values(version=read + 1),
    )
    if done != 1:
        raise ConcurrentChangeError(f"{table.name} {obj.id}: version {read} changed")
    set_committed_value(obj, "version", read + 1)


def settle(
    uow: Transaction,
    attempt: Callable[[bool], None],
    refused: Callable[[DomainError], None] | None = None,
) -> None:
    """Run a guarded transition, and tell the loser of a race why it lost.

    ``attempt(True)`` checks the rules and writes; ``attempt(False)`` only checks the
    rules on what is stored, writing nothing. Each runs in a unit of work of its own
    that this function opens (``with uow``), so ``attempt`` works on ``uow`` and
    commits, without a ``with`` of its own. When the write loses a race
    (:func:`lost_race`), the rules are checked again on what the winner stored, once
    the winner has committed (``uow.wait_for_writers()``, here for every caller):
    their refusal (e.g. "already declined by …") is raised; if they would still allow
    the change, :class:`ConcurrentChangeError` (the UI's conflict flow). Either way
    ``refused`` is told first (to record it in the audit trail). Nothing of the
    loser is stored.
    """
    try:
        with uow:
            attempt(True)
        return
    except Exception as exc:
        if not lost_race(exc):
            raise
        lost = exc
    try:
        with uow:
            uow.wait_for_writers()
            attempt(False)
    except DomainError as refusal:
        if refused is not None:
            refused(refusal)
        raise refusal from lost
    conflict = ConcurrentChangeError(str(lost))
    if refused is not None:
        refused(conflict)
    raise conflict from lost


def again_after_writers(uow: Transaction, work: Callable[[], T]) -> T:
    """``work()`` in a unit of work; if it lost a race (:func:`lost_race`), once more in
    a new one after the winner has committed, on what the winner stored.

    For a change that is harmless to make twice and whose second run sees what is
    left to do (e.g. carrying open actions into an agenda).
    """
    try:
        with uow:
            return work()
    except Exception as exc:
        if not lost_race(exc):
            raise
    with uow:
        uow.wait_for_writers()
        return work()
