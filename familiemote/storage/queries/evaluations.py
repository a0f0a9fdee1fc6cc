"""The evaluation forms typed in, tallies read in from other municipalities, and the
counts of meetings and actions the follow-through figures are made of."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from familiemote.domain import model as m
from familiemote.storage import audit, orm


class EvaluationQueries:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- forms typed in ---------------------------------------------------------------

    def add(self, form: m.EvaluationForm) -> None:
        self.session.add(form)

    def get(self, evaluation_id: int) -> m.EvaluationForm | None:
        return self.session.get(m.EvaluationForm, evaluation_id)

    def remove(self, form: m.EvaluationForm) -> None:
        self.session.delete(form)

    def forms(
        self, date_from: dt.date | None, date_to: dt.date | None, municipality: str | None
    ) -> list[m.EvaluationForm]:
        """Forms whose collection period overlaps [date_from, date_to], by period."""
        t = orm.evaluation_forms
        stmt = sa.select(m.EvaluationForm)
        if date_from is not None:
            stmt = stmt.where(t.c.period_end >= date_from)
        if date_to is not None:
            stmt = stmt.where(t.c.period_start <= date_to)
        if municipality:
            stmt = stmt.where(t.c.municipality == municipality)
        return list(self.session.scalars(stmt.order_by(t.c.period_start, t.c.id)))

    def batch(
        self, period_start: dt.date, period_end: dt.date, municipality: str
    ) -> list[m.EvaluationForm]:
        """The forms of exactly this period and municipality, newest first."""
        t = orm.evaluation_forms
        stmt = (
            sa.select(m.EvaluationForm)
            .where(
                t.c.period_start == period_start,
                t.c.period_end == period_end,
                t.c.municipality == municipality,
            )
            .order_by(t.c.id.desc())
        )
        return list(self.session.scalars(stmt))

    def municipalities(self) -> list[str]:
        """Municipality names on forms typed in (not blank) and on tallies read in."""
        t, i = orm.evaluation_forms, orm.evaluation_tallies
        local = self.session.scalars(
            sa.select(t.c.municipality).where(t.c.municipality != "").distinct()
        ).all()
        imported = self.session.scalars(sa.select(i.c.municipality).distinct()).all()
        return [str(r) for r in [*local, *imported]]

    def typed_here(self, municipality: str, period_start: dt.date, period_end: dt.date) -> bool:
        """Whether forms of ``municipality`` are typed in here for an overlapping period."""
        f = orm.evaluation_forms
        found = self.session.execute(
            sa.select(f.c.id).where(
                f.c.municipality == municipality,
                f.c.period_end >= period_start,
                f.c.period_start <= period_end,
            )
        ).first()
        return found is not None

    # -- follow-through ---------------------------------------------------------------

    def held_meetings(self) -> list[Any]:
        """Every meeting marked held: rows of id, case_id, kind, starts_at."""
        mt = orm.meetings
        stmt = sa.select(mt.c.id, mt.c.case_id, mt.c.kind, mt.c.starts_at).where(
            mt.c.status == m.MeetingStatus.HELD
        )
        return list(self.session.execute(stmt).all())

    def actions_of(self, meeting_ids: list[int]) -> list[Any]:
        """The actions agreed at these meetings: rows of id, status."""
        if not meeting_ids:
            return []
        at = orm.actions
        stmt = sa.select(at.c.id, at.c.status).where(at.c.meeting_id.in_(meeting_ids))
        return list(self.session.execute(stmt).all())

    def first_outcomes(self, action_ids: list[int]) -> dict[int, m.ReviewOutcome]:
        """Each action's outcome at its first review that recorded one."""
        out: dict[int, m.ReviewOutcome] = {}
        if not action_ids:
            return out
        mt, rv = orm.meetings, orm.action_reviews
        reviews = self.session.execute(
            sa.select(rv.c.action_id, rv.c.outcome, mt.c.starts_at)
            .join(mt, mt.c.id == rv.c.meeting_id)
            .where(rv.c.action_id.in_(action_ids), rv.c.outcome.is_not(None))
            .order_by(mt.c.starts_at, rv.c.id)
        ).all()
        for r in reviews:
            out.setdefault(r.action_id, r.outcome)
        return out

    def opened_on(self, case_ids: set[int]) -> dict[int, dt.date]:
        if not case_ids:
            return {}
        ct = orm.cases
        rows = self.session.execute(
            sa.select(ct.c.id, ct.c.opened_on).where(ct.c.id.in_(case_ids))
        ).all()
        return {int(i): d for i, d in rows}

    def first_printed(
        self, case_ids: Iterable[int], documents: frozenset[str]
    ) -> dict[int, dt.date]:
        """When each meeting's ``documents`` were first printed or saved as PDF, by meeting
        id (from the audit trail's events)."""
        conn = self.session.connection()
        t = orm.audit_log
        ids = sorted(set(case_ids))
        out: dict[int, dt.date] = {}
        if not ids:
            return out
        rows = conn.execute(
            sa.select(t.c.case_id, t.c.at, t.c.after)
            .where(t.c.case_id.in_(ids), t.c.action.in_(("print", "save_pdf")))
            .order_by(t.c.id)
        ).all()
        keys: dict[int, str | None] = {}
        for case_id, at, after in rows:
            if case_id not in keys:
                keys[case_id] = audit.case_key(conn, case_id, create=False)
            key = keys[case_id]
            text = after
            if key is not None and text.startswith(audit.CONTENT_PREFIX):
                text = audit.decrypt(key, text, case_id) or ""
            try:
                details = json.loads(text) if text else {}
            except ValueError:
                continue
            meeting = details.get("meeting_id") if isinstance(details, dict) else None
            if details.get("document") in documents and isinstance(meeting, int):
                out.setdefault(meeting, at.date())
        return out

    # -- tallies read in --------------------------------------------------------------

    def tally_read_in(self, export_id: str) -> bool:
        t = orm.evaluation_tallies
        return (
            self.session.execute(sa.select(t.c.id).where(t.c.export_id == export_id)).first()
            is not None
        )

    def exported_here(self, export_id: str) -> bool:
        """Whether the trail records an export from this database with that id."""
        log = orm.audit_log
        found = self.session.execute(
            sa.select(log.c.id).where(
                log.c.case_id.is_(None),
                log.c.action == "export",
                log.c.after.contains(export_id),
            )
        ).first()
        return found is not None

    def tallies_of(
        self, municipality: str, period_start: dt.date, period_end: dt.date
    ) -> list[int]:
        t = orm.evaluation_tallies
        rows = self.session.execute(
            sa.select(t.c.id).where(
                t.c.municipality == municipality,
                t.c.period_start == period_start,
                t.c.period_end == period_end,
            )
        ).all()
        return [int(r.id) for r in rows]

    def delete_tallies(self, ids: list[int]) -> None:
        t = orm.evaluation_tallies
        self.session.execute(sa.delete(t).where(t.c.id.in_(ids)))

    def add_tally(self, **values: Any) -> None:
        self.session.execute(sa.insert(orm.evaluation_tallies).values(**values))

    def tallies(
        self, date_from: dt.date | None, date_to: dt.date | None, municipality: str | None
    ) -> list[tuple[str, str]]:
        """(municipality, content) of the tallies whose period overlaps [date_from, date_to]."""
        t = orm.evaluation_tallies
        stmt = sa.select(t.c.municipality, t.c.content).order_by(t.c.municipality, t.c.period_start)
        if date_from is not None:
            stmt = stmt.where(t.c.period_end >= date_from)
        if date_to is not None:
            stmt = stmt.where(t.c.period_start <= date_to)
        if municipality:
            stmt = stmt.where(t.c.municipality == municipality)
        return [(str(n), str(c)) for n, c in self.session.execute(stmt).all()]

    def all_tallies(self) -> list[Any]:
        """Every tally read in, by municipality and period: rows of the table."""
        t = orm.evaluation_tallies
        return list(
            self.session.execute(sa.select(t).order_by(t.c.municipality, t.c.period_start)).all()
        )
