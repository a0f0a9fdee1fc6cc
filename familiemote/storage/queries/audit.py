"""The audit trail as services use it: who the user is, events, and reading a case's entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from familiemote.domain.errors import NotFoundError
from familiemote.storage import audit, audit_check, orm


class AuditQueries:
    def __init__(self, session: Session) -> None:
        self.session = session

    def user(self) -> str:
        """This user's name as the trail writes it (the server login on PostgreSQL)."""
        return audit._user(self.session, self.session.connection())

    def login_name(self) -> str:
        """The login this connection has: the server's user, else the system's login name."""
        return audit.default_user_name(self.session.connection())

    def record(
        self, case_id: int | None, action: str, details: Mapping[str, Any] | None = None
    ) -> None:
        """Append an event (no change of data: a print, an export, an opening)."""
        conn = self.session.connection()
        audit.lock_trail(conn)  # before any read, so SQLite never has to upgrade a stale read
        if case_id is not None:
            exists = conn.execute(orm.cases.select().where(orm.cases.c.id == case_id)).first()
            if exists is None:
                raise NotFoundError("case", case_id)
        audit.append(
            conn,
            user_name=audit._user(self.session, conn),
            case_id=case_id,
            entity="cases" if case_id is not None else "app",
            entity_id=case_id,
            action=action,
            after={k: audit.json_value(v) for k, v in (details or {}).items()},
            session=self.session,
        )

    # entries read at a time by :meth:`recently`, newest first
    RECENT_PAGE = 64

    def recently(self, case_id: int, action: str, user: str, since: dt.datetime) -> bool:
        """Whether ``user`` has an ``action`` entry on the case after ``since``.

        Read newest first through the case's index, a page at a time, and stopped at
        the first entry written at or before ``since``: the cost follows the entries
        of the last moments, not the case's whole history (a filter on ``at`` would
        read every entry of the case). Should the clock have gone back, the search may
        stop early and answer False: the caller then writes one entry more, never one
        less.
        """
        t = orm.audit_log
        below: int | None = None
        while True:
            stmt = sa.select(t.c.id, t.c.at, t.c.action, t.c.user_name).where(
                t.c.case_id == case_id
            )
            if below is not None:
                stmt = stmt.where(t.c.id < below)
            rows = self.session.execute(stmt.order_by(t.c.id.desc()).limit(self.RECENT_PAGE)).all()
            for row in rows:
                if row.at <= since:
                    return False
                if row.action == action and row.user_name == user:
                    return True
            if len(rows) < self.RECENT_PAGE:
                return False
            below = rows[-1].id

    def last_change(
        self, case_id: int, entity: str, entity_id: int, action: str | None = None
    ) -> tuple[str, dt.datetime] | None:
        """Who last wrote an entry about one record of a case, and when (UTC)."""
        t = orm.audit_log
        stmt = sa.select(t.c.user_name, t.c.at).where(
            t.c.case_id == case_id, t.c.entity == entity, t.c.entity_id == entity_id
        )
        if action is not None:
            stmt = stmt.where(t.c.action == action)
        row = self.session.execute(stmt.order_by(t.c.id.desc()).limit(1)).first()
        return None if row is None else (str(row.user_name), row.at)

    def case_entries(self, case_id: int) -> tuple[str | None, list[audit.AuditRow]]:
        """The case's key (None if it has none) and its entries, oldest first."""
        conn = self.session.connection()
        return audit.case_key(conn, case_id, create=False), audit.rows(conn, case_id)

    def case_page(
        self, case_id: int, before_id: int | None, limit: int, skip_actions: frozenset[str]
    ) -> tuple[str | None, list[audit.AuditRow]]:
        """The case's key and up to ``limit`` of its entries older than ``before_id``,
        newest first; only that case's rows are read (by its index)."""
        t = orm.audit_log
        stmt = sa.select(*t.c).where(t.c.case_id == case_id)
        if skip_actions:
            stmt = stmt.where(t.c.action.not_in(sorted(skip_actions)))
        if before_id is not None:
            stmt = stmt.where(t.c.id < before_id)
        stmt = stmt.order_by(t.c.id.desc()).limit(limit)
        conn = self.session.connection()
        key = audit.case_key(conn, case_id, create=False)
        return key, [audit.AuditRow(**r._asdict()) for r in conn.execute(stmt)]

    def verify(self) -> list[audit.AuditProblem]:
        return audit.verify(self.session.connection())

    def quick_check(self, limit: int) -> audit_check.AuditReport:
        return audit_check.quick_check(self.session.connection(), limit=limit)

    def full_check(
        self,
        progress: audit_check.Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> audit_check.AuditReport:
        return audit_check.full_check(self.session.connection(), progress, cancelled)
