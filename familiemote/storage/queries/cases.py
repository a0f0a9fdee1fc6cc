"""Read models over cases: the case list, counts, what retention and consent reminders look for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from familiemote.domain import model as m
from familiemote.storage import orm

# One row of the case list, by position: id, child's first name, birth year, birth
# date, phase, status, the coordinator's name, last meeting, next meeting, demo key,
# search text.
CaseListRow = Sequence[Any]


class CaseQueries:
    def __init__(self, session: Session) -> None:
        self.session = session

    def count(self) -> int:
        return int(self.session.scalar(sa.select(sa.func.count()).select_from(orm.cases)) or 0)

    def any_case(self) -> bool:
        """Whether the database holds any case (that this user sees)."""
        return self.session.scalar(sa.select(orm.cases.c.id).limit(1)) is not None

    def list_rows(
        self,
        words: list[str],
        *,
        include_closed: bool,
        now: dt.datetime,
        limit: int | None = None,
    ) -> list[CaseListRow]:
        """The case list, newest first, rows whose search text holds every one of ``words``;
        the first ``limit`` of them when given."""
        c, mt, p = orm.cases, orm.meetings, orm.professionals
        # the last meeting that took place: a held one (whatever its time), or a planned
        # one whose time has passed; a cancelled meeting never took place
        last_meeting = (
            sa.select(sa.func.max(mt.c.starts_at))
            .where(
                mt.c.case_id == c.c.id,
                sa.or_(
                    mt.c.status == m.MeetingStatus.HELD.value,
                    sa.and_(mt.c.status == m.MeetingStatus.PLANNED.value, mt.c.starts_at <= now),
                ),
            )
            .scalar_subquery()
        )
        next_meeting = (
            sa.select(sa.func.min(mt.c.starts_at))
            .where(mt.c.case_id == c.c.id, mt.c.starts_at > now)
            .where(mt.c.status == m.MeetingStatus.PLANNED.value)
            .scalar_subquery()
        )
        stmt = (
            sa.select(
                c.c.id,
                c.c.child_first_name,
                c.c.child_birth_year,
                c.c.child_birth_date,
                c.c.phase,
                c.c.status,
                sa.func.coalesce(p.c.name, "").label("coordinator_name"),
                last_meeting.label("last_meeting"),
                next_meeting.label("next_meeting"),
                c.c.demo_key,
                c.c.search_text,
            )
            .select_from(c.outerjoin(p, p.c.id == c.c.coordinator_id))
            .order_by(c.c.opened_on.desc(), c.c.id.desc())
        )
        for word in words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            stmt = stmt.where(c.c.search_text.like(f"%{escaped}%", escape="\\"))
        if not include_closed:
            stmt = stmt.where(c.c.status == m.CaseStatus.OPEN.value)
        if limit is not None:
            stmt = stmt.limit(limit)
        # plain tuples unpacked by position: a Row looks each field up by name, which
        # was a third of the list's time at 2,000 cases
        return list(self.session.execute(stmt).all())

    def member_in_use(self, member_id: int) -> bool:
        """Whether a family member took part in a meeting or gave a consent."""
        used = self.session.scalar(
            sa.select(sa.func.count())
            .select_from(orm.participants)
            .where(orm.participants.c.family_member_id == member_id)
        )
        if used:
            return True
        given = self.session.scalar(
            sa.select(sa.func.count())
            .select_from(orm.consents)
            .where(orm.consents.c.given_by_id == member_id)
        )
        return bool(given)

    def closed(self) -> list[tuple[int, str, int, dt.date]]:
        """(id, child's first name, birth year, closed on) of the closed cases, oldest first."""
        c = orm.cases
        stmt = (
            sa.select(c.c.id, c.c.child_first_name, c.c.child_birth_year, c.c.closed_on)
            .where(c.c.status == m.CaseStatus.CLOSED.value, c.c.closed_on.is_not(None))
            .order_by(c.c.closed_on, c.c.id)
        )
        return [
            (r.id, r.child_first_name, r.child_birth_year, r.closed_on)
            for r in self.session.execute(stmt)
        ]

    def with_consent_ending_by(self, last_day: dt.date) -> list[int]:
        """Open cases with a consent not withdrawn whose end date is ``last_day`` or earlier."""
        c, k = orm.consents, orm.cases
        stmt = (
            sa.select(c.c.case_id)
            .distinct()
            .join(k, k.c.id == c.c.case_id)
            .where(
                k.c.status == m.CaseStatus.OPEN.value,
                c.c.valid_until.is_not(None),
                c.c.valid_until <= last_day,
                c.c.withdrawn_on.is_(None),
            )
        )
        return [int(i) for i in self.session.scalars(stmt).all()]

    def open_notifications(self) -> int:
        """How many notifications wait for someone to record that the service was told."""
        n = orm.notifications
        stmt = sa.select(sa.func.count()).select_from(n).where(n.c.done_on.is_(None))
        return int(self.session.scalar(stmt) or 0)

    def meetings_of(self, case_id: int) -> list[tuple[int, dt.datetime]]:
        """(id, start) of the case's meetings, newest first."""
        mt = orm.meetings
        rows = self.session.execute(
            sa.select(mt.c.id, mt.c.starts_at)
            .where(mt.c.case_id == case_id)
            .order_by(mt.c.starts_at.desc())
        ).all()
        return [(int(r.id), r.starts_at) for r in rows]

    def child_first_name(self, case_id: int) -> str | None:
        """The child's first name, or None when there is no such case (or this login
        may not see it)."""
        c = orm.cases
        found = self.session.scalar(sa.select(c.c.child_first_name).where(c.c.id == case_id))
        return None if found is None else str(found)

    def meeting_list(
        self, case_id: int
    ) -> list[tuple[int, dt.datetime, m.MeetingKind, m.MeetingStatus]]:
        """(id, start, kind, status) of the case's meetings, earliest first."""
        mt = orm.meetings
        rows = self.session.execute(
            sa.select(mt.c.id, mt.c.starts_at, mt.c.kind, mt.c.status)
            .where(mt.c.case_id == case_id)
            .order_by(mt.c.starts_at, mt.c.id)
        ).all()
        return [
            (int(i), at, m.MeetingKind(kind), m.MeetingStatus(status))
            for i, at, kind, status in rows
        ]

    def checkpoint(self) -> None:
        """On SQLite, fold the write-ahead log into the file and truncate it (after deletes).

        PostgreSQL reclaims deleted rows by autovacuum: nothing to do there.
        """
        bind = self.session.get_bind()
        if not isinstance(bind, sa.Engine) or bind.dialect.name != "sqlite":
            return
        with bind.connect() as conn:
            raw = conn.connection.driver_connection
            if raw is not None:
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
