"""The follow-up overview's queries (Oppfølging): what is due across all cases, each row
with the case and who holds it (service and person).

Rows are named tuples read by position (fast over tens of thousands of rows); their
fields are item_id, case_id, child_first_name, demo_key, day or starts_at/created_on,
text, service_id, service_name, professional_id, professional_name (and more per query).
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from collections.abc import Iterator
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session

from familiemote.domain import model as m
from familiemote.storage import orm

OPEN_STATUSES = [s.value for s in m.OPEN_ACTION_STATUSES]


class HolderFilter(Protocol):
    """The filters of the overview that narrow the rows in the database."""

    @property
    def service_id(self) -> int | None: ...  # the responsible service

    @property
    def professional_id(self) -> int | None: ...  # the responsible person

    @property
    def case_id(self) -> int | None: ...


c, a, s, p = orm.cases, orm.actions, orm.services, orm.professionals
mt, h, n = orm.meetings, orm.action_handovers, orm.notifications


def _holder_columns(
    service_col: sa.ColumnElement[int], person_col: sa.ColumnElement[int]
) -> tuple[list[Any], Any, Any]:
    sv, pr = s.alias("holder_service"), p.alias("holder_person")
    cols = [
        service_col.label("service_id"),
        sa.func.coalesce(sv.c.name, "").label("service_name"),
        person_col.label("professional_id"),
        sa.func.coalesce(pr.c.name, "").label("professional_name"),
    ]
    return cols, sv, pr


def _case_columns() -> list[sa.ColumnElement[object]]:
    return [
        c.c.id.label("case_id"),
        c.c.child_first_name,
        c.c.demo_key,
    ]


def _filtered(
    stmt: sa.Select[Any],
    flt: HolderFilter,
    service_col: sa.ColumnElement[int],
    person_col: sa.ColumnElement[int],
) -> sa.Select[Any]:
    if flt.service_id is not None:
        stmt = stmt.where(service_col == flt.service_id)
    if flt.professional_id is not None:
        stmt = stmt.where(person_col == flt.professional_id)
    if flt.case_id is not None:
        stmt = stmt.where(c.c.id == flt.case_id)
    return stmt


def _action_select(
    date_col: sa.ColumnElement[dt.date],
    service_col: sa.ColumnElement[int],
    person_col: sa.ColumnElement[int],
    base: sa.FromClause,
) -> sa.Select[Any]:
    cols, sv, pr = _holder_columns(service_col, person_col)
    return sa.select(
        a.c.id.label("item_id"),
        *_case_columns(),
        date_col.label("day"),
        a.c.description.label("text"),
        *cols,
    ).select_from(
        base.join(c, c.c.id == a.c.case_id)
        .outerjoin(sv, sv.c.id == service_col)
        .outerjoin(pr, pr.c.id == person_col)
    )


def _records(result: sa.Result[Any]) -> Iterator[Any]:
    """The rows as named tuples: a field read by position, where a Row looks each name up.

    Tens of thousands of rows across all cases: that lookup was a third of the time.
    """
    record = namedtuple("record", list(result.keys()), rename=True)  # type: ignore[misc]
    return map(record._make, result)


def _case_holder_select(
    item_id: sa.ColumnElement[int],
    text: sa.ColumnElement[str],
    base: sa.FromClause,
    *extra: sa.ColumnElement[object],
) -> tuple[sa.Select[Any], sa.ColumnElement[int]]:
    """Rows about the case as a whole, held by its stafettholder.

    That is the coordinator, shown with the coordinator's own service, or else the
    initiating service. Returns the statement and the service column to filter on.
    """
    sv, pr = s.alias("holder_service"), p.alias("holder_person")
    service_id = sa.func.coalesce(pr.c.service_id, c.c.initiating_service_id)
    columns: list[Any] = [
        item_id.label("item_id"),
        *_case_columns(),
        text.label("text"),
        service_id.label("service_id"),
        sa.func.coalesce(sv.c.name, "").label("service_name"),
        c.c.coordinator_id.label("professional_id"),
        sa.func.coalesce(pr.c.name, "").label("professional_name"),
    ]
    stmt: sa.Select[Any] = sa.select(*columns, *extra).select_from(
        base.outerjoin(pr, pr.c.id == c.c.coordinator_id).outerjoin(sv, sv.c.id == service_id)
    )
    return stmt, service_id


def _meeting_base() -> sa.FromClause:
    return mt.join(c, c.c.id == mt.c.case_id)


class FollowUpQueries:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _rows(self, stmt: sa.Select[Any]) -> list[Any]:
        return list(_records(self.session.execute(stmt)))

    def _count(self, stmt: sa.Select[Any]) -> int:
        return int(
            self.session.scalar(sa.select(sa.func.count()).select_from(stmt.subquery())) or 0
        )

    def actions_due(self, horizon: dt.date, flt: HolderFilter) -> list[Any]:
        """Open actions whose deadline is ``horizon`` or earlier (``day``: the deadline)."""
        stmt = _action_select(
            a.c.due_date, a.c.responsible_service_id, a.c.responsible_professional_id, a
        ).where(a.c.status.in_(OPEN_STATUSES), a.c.due_date.is_not(None), a.c.due_date <= horizon)
        stmt = _filtered(stmt, flt, a.c.responsible_service_id, a.c.responsible_professional_id)
        return self._rows(stmt)

    def reviews_due(self, horizon: dt.date, flt: HolderFilter) -> list[Any]:
        """Open actions whose review date is ``horizon`` or earlier (``day``: that date)."""
        stmt = _action_select(
            a.c.review_date, a.c.responsible_service_id, a.c.responsible_professional_id, a
        ).where(
            a.c.status.in_(OPEN_STATUSES), a.c.review_date.is_not(None), a.c.review_date <= horizon
        )
        stmt = _filtered(stmt, flt, a.c.responsible_service_id, a.c.responsible_professional_id)
        return self._rows(stmt)

    def handovers_pending(self, flt: HolderFilter) -> list[Any]:
        """Handovers not yet accepted or declined, under the receiving service (``day``:
        proposed on)."""
        stmt = _action_select(
            h.c.proposed_on,
            h.c.to_service_id,
            h.c.to_professional_id,
            h.join(a, a.c.id == h.c.action_id),
        ).where(h.c.accepted_on.is_(None), h.c.declined_on.is_(None), a.c.status.in_(OPEN_STATUSES))
        return self._rows(_filtered(stmt, flt, h.c.to_service_id, h.c.to_professional_id))

    def meetings_without_decision(self, today: dt.date, flt: HolderFilter) -> list[Any]:
        """Meetings before today, not cancelled, with no decision recorded (``starts_at``,
        ``kind``)."""
        start_of_today = dt.datetime.combine(today, dt.time())
        stmt, service_id = _case_holder_select(
            mt.c.id, sa.literal(""), _meeting_base(), mt.c.starts_at, mt.c.kind
        )
        stmt = stmt.where(
            mt.c.status != m.MeetingStatus.CANCELLED.value,
            mt.c.starts_at < start_of_today,
            mt.c.decision.is_(None),
            mt.c.decision_text == "",
        )
        return self._rows(_filtered(stmt, flt, service_id, c.c.coordinator_id))

    def epikrise_due(self, today: dt.date, flt: HolderFilter) -> list[Any]:
        """Summary meetings through today, not cancelled, whose epikrise is not sent."""
        end_of_today = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
        stmt, service_id = _case_holder_select(
            mt.c.id, sa.literal(""), _meeting_base(), mt.c.starts_at, mt.c.kind
        )
        stmt = stmt.where(
            mt.c.kind == m.MeetingKind.SUMMARY.value,
            mt.c.status != m.MeetingStatus.CANCELLED.value,
            mt.c.starts_at < end_of_today,
            mt.c.epikrise_sent_on.is_(None),
        )
        return self._rows(_filtered(stmt, flt, service_id, c.c.coordinator_id))

    def notifications_open(self, flt: HolderFilter) -> list[Any]:
        """Notifications nobody has marked done (``text``: the recipient, ``created_on``)."""
        recipient = s.alias("recipient")
        text = sa.case(
            (
                n.c.recipient_text != "",
                sa.func.coalesce(recipient.c.name + ": ", "") + n.c.recipient_text,
            ),
            else_=sa.func.coalesce(recipient.c.name, ""),
        )
        base = n.join(c, c.c.id == n.c.case_id).outerjoin(
            recipient, recipient.c.id == n.c.recipient_service_id
        )
        stmt, service_id = _case_holder_select(n.c.id, text, base, n.c.created_on)
        stmt = stmt.where(n.c.done_on.is_(None))
        return self._rows(_filtered(stmt, flt, service_id, c.c.coordinator_id))

    def holders(self, case_ids: list[int], flt: HolderFilter) -> dict[int, Any]:
        """Who holds each of these cases (the filters applied), by case id."""
        stmt, service_id = _case_holder_select(c.c.id, sa.literal(""), c)
        stmt = stmt.where(c.c.id.in_(sorted(set(case_ids))))
        stmt = _filtered(stmt, flt, service_id, c.c.coordinator_id)
        return {int(r.case_id): r for r in self.session.execute(stmt)}

    def open_actions(self, flt: HolderFilter) -> list[Any]:
        """Every open action (``day``: deadline, else review date; ``no_deadline``)."""
        return self._rows(_open_actions_select(flt))

    def count_open_actions(self, flt: HolderFilter) -> int:
        return self._count(_open_actions_select(flt))

    def upcoming_meetings(self, today: dt.date, weeks: int, flt: HolderFilter) -> list[Any]:
        """Planned meetings from today through ``weeks`` weeks (``starts_at``, ``kind``)."""
        return self._rows(_upcoming_select(today, flt, weeks))

    def count_upcoming_meetings(self, today: dt.date, weeks: int, flt: HolderFilter) -> int:
        return self._count(_upcoming_select(today, flt, weeks))


def _open_actions_select(flt: HolderFilter) -> sa.Select[Any]:
    day_col = sa.func.coalesce(a.c.due_date, a.c.review_date)
    stmt = _action_select(
        day_col, a.c.responsible_service_id, a.c.responsible_professional_id, a
    ).add_columns(a.c.due_date.is_(None).label("no_deadline"))
    stmt = stmt.where(a.c.status.in_(OPEN_STATUSES))
    return _filtered(stmt, flt, a.c.responsible_service_id, a.c.responsible_professional_id)


def _upcoming_select(today: dt.date, flt: HolderFilter, weeks: int) -> sa.Select[Any]:
    start = dt.datetime.combine(today, dt.time())
    end = dt.datetime.combine(today + dt.timedelta(weeks=weeks, days=1), dt.time())
    stmt, service_id = _case_holder_select(
        mt.c.id, sa.literal(""), _meeting_base(), mt.c.starts_at, mt.c.kind
    )
    stmt = stmt.where(
        mt.c.status == m.MeetingStatus.PLANNED.value,
        mt.c.starts_at >= start,
        mt.c.starts_at < end,
    )
    return _filtered(stmt, flt, service_id, c.c.coordinator_id)
