"""The follow-up overview across all cases: the facilitator's Monday-morning screen.

What is due, everywhere in the database: actions past their deadline or due in
the next two weeks, reviews due, handovers waiting for acceptance, meetings held
without a written decision, epikrise deadlines after summary meetings, and
services still to be told of a phase change or closure.

Each kind is one set-based query (SQLAlchemy Core, joins, no loop over cases),
so the number of statements is fixed whatever the size of the database; the
rows are merged and sorted in memory. Filters go into the WHERE clauses.
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from familiemote.domain import consent as consent_rules
from familiemote.domain import followup as followup_rules
from familiemote.domain import model as m
from familiemote.domain.followup import FollowUpKind
from familiemote.services.consent import expiring_in
from familiemote.storage import orm
from familiemote.storage.uow import SqlAlchemyUnitOfWork

# «Haster nå»: what is due; open actions and planned meetings have views of their own
ALL_KINDS = frozenset(FollowUpKind) - {FollowUpKind.ACTION_OPEN, FollowUpKind.MEETING_PLANNED}
UPCOMING_WEEKS = 8  # «Kommende møter»: the next eight weeks
OPEN_STATUSES = [s.value for s in m.OPEN_ACTION_STATUSES]


DEADLINE_KINDS = frozenset(
    {
        FollowUpKind.ACTION_OVERDUE,
        FollowUpKind.ACTION_DUE_SOON,
        FollowUpKind.REVIEW_DUE,
        FollowUpKind.EPIKRISE_DUE,
        FollowUpKind.CONSENT_EXPIRING,
        FollowUpKind.CONSENT_EXPIRED,
    }
)
CONSENT_KINDS = frozenset({FollowUpKind.CONSENT_EXPIRING, FollowUpKind.CONSENT_EXPIRED})


class SortKey(Enum):
    DATE = "date"  # the most overdue first
    KIND = "kind"
    CHILD = "child"
    SERVICE = "service"
    PERSON = "person"


@dataclass(frozen=True)
class OverviewFilter:
    kinds: frozenset[FollowUpKind] = ALL_KINDS
    service_id: int | None = None  # the responsible service
    professional_id: int | None = None  # the responsible person
    case_id: int | None = None
    sort: SortKey = SortKey.DATE


@dataclass(frozen=True)
class FollowUpRow:
    """One line of the overview; everything the view shows, already read."""

    kind: FollowUpKind
    item_id: int  # the action, meeting or notification
    case_id: int
    child_first_name: str
    is_demo: bool
    day: dt.date  # the deadline, review date, meeting day + 7, or when it arose
    text: str  # the action's description, or the recipient to tell
    service_id: int | None
    service_name: str
    professional_id: int | None
    professional_name: str
    late_days: int  # days past ``day`` (0 or negative: not late)
    meeting_kind: m.MeetingKind | None = None
    meeting_at: dt.datetime | None = None
    given_by_child: bool = False  # a consent row: the young person gave it (``text`` is "")
    no_deadline: bool = False  # an open action without a deadline (``day``: its review)

    @property
    def is_deadline(self) -> bool:
        """A deadline (action, review, epikrise); the other kinds say since when it waits."""
        return self.kind in DEADLINE_KINDS or (
            self.kind == FollowUpKind.ACTION_OPEN and not self.no_deadline
        )

    @property
    def is_late(self) -> bool:
        return self.is_deadline and self.late_days > 0


_KIND_ORDER = {k: i for i, k in enumerate(FollowUpKind)}


def _sort_key(key: SortKey) -> object:
    if key == SortKey.KIND:
        return lambda r: (_KIND_ORDER[r.kind], r.day, r.case_id, r.item_id)
    if key == SortKey.CHILD:
        return lambda r: (r.child_first_name.casefold(), r.case_id, r.day, r.item_id)
    if key == SortKey.SERVICE:
        return lambda r: (r.service_name.casefold() or "\uffff", r.day, r.item_id)
    if key == SortKey.PERSON:
        return lambda r: (r.professional_name.casefold() or "\uffff", r.day, r.item_id)
    return lambda r: (r.day, _KIND_ORDER[r.kind], r.case_id, r.item_id)


def overview(
    uow: SqlAlchemyUnitOfWork, today: dt.date, flt: OverviewFilter | None = None
) -> list[FollowUpRow]:
    """Everything due across all cases on ``today``, filtered and sorted."""
    flt = flt or OverviewFilter()
    horizon = today + dt.timedelta(days=followup_rules.DUE_SOON_DAYS)
    rows: list[FollowUpRow] = []
    with uow:
        conn = uow.sql
        if flt.kinds & {FollowUpKind.ACTION_OVERDUE, FollowUpKind.ACTION_DUE_SOON}:
            rows += _actions_due(conn, today, horizon, flt)
        if FollowUpKind.REVIEW_DUE in flt.kinds:
            rows += _reviews_due(conn, today, horizon, flt)
        if FollowUpKind.HANDOVER_PENDING in flt.kinds:
            rows += _handovers(conn, today, flt)
        if FollowUpKind.MEETING_NO_DECISION in flt.kinds:
            rows += _meetings_without_decision(conn, today, flt)
        if FollowUpKind.EPIKRISE_DUE in flt.kinds:
            rows += _epikrise(conn, today, flt)
        if FollowUpKind.NOTIFICATION_OPEN in flt.kinds:
            rows += _notifications(conn, today, flt)
        if flt.kinds & CONSENT_KINDS:
            rows += _consents(uow, today, flt)
    rows.sort(key=_sort_key(flt.sort))  # type: ignore[arg-type]
    return rows


def open_actions(
    uow: SqlAlchemyUnitOfWork, today: dt.date, flt: OverviewFilter | None = None
) -> list[FollowUpRow]:
    """«Alle åpne tiltak»: every open action across all cases, by deadline (those without
    one last, by review date). A late or near deadline keeps its urgent kind."""
    flt = flt or OverviewFilter()
    horizon = today + dt.timedelta(days=followup_rules.DUE_SOON_DAYS)
    stmt = _open_actions_select(flt)
    out = []
    with uow:
        for r in _records(uow.sql.execute(stmt)):
            no_deadline = bool(r.no_deadline)
            day: dt.date = r.day if r.day is not None else today  # neither deadline nor review
            if no_deadline:
                kind = FollowUpKind.ACTION_OPEN
            elif day < today:
                kind = FollowUpKind.ACTION_OVERDUE
            elif day <= horizon:
                kind = FollowUpKind.ACTION_DUE_SOON
            else:
                kind = FollowUpKind.ACTION_OPEN
            out.append(_row(kind, r, day, today, no_deadline=no_deadline))
    out.sort(key=lambda r: (r.no_deadline, r.day, r.case_id, r.item_id))
    return out


def _open_actions_select(flt: OverviewFilter) -> sa.Select[Any]:
    day_col = sa.func.coalesce(a.c.due_date, a.c.review_date)
    stmt = _action_select(
        day_col, a.c.responsible_service_id, a.c.responsible_professional_id, a
    ).add_columns(a.c.due_date.is_(None).label("no_deadline"))
    stmt = stmt.where(a.c.status.in_(OPEN_STATUSES))
    return _filtered(stmt, flt, a.c.responsible_service_id, a.c.responsible_professional_id)


def _upcoming_select(today: dt.date, flt: OverviewFilter, weeks: int) -> sa.Select[Any]:
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


def view_counts(
    uow: SqlAlchemyUnitOfWork,
    today: dt.date,
    flt: OverviewFilter | None = None,
    weeks: int = UPCOMING_WEEKS,
) -> tuple[int, int]:
    """How many open actions and coming meetings (counted in the database: the view's
    buttons show them without reading every row)."""
    flt = flt or OverviewFilter()
    with uow:
        actions = uow.sql.scalar(
            sa.select(sa.func.count()).select_from(_open_actions_select(flt).subquery())
        )
        meetings = uow.sql.scalar(
            sa.select(sa.func.count()).select_from(_upcoming_select(today, flt, weeks).subquery())
        )
    return int(actions or 0), int(meetings or 0)


def upcoming_meetings(
    uow: SqlAlchemyUnitOfWork,
    today: dt.date,
    flt: OverviewFilter | None = None,
    weeks: int = UPCOMING_WEEKS,
) -> list[FollowUpRow]:
    """«Kommende møter»: planned meetings from today through ``weeks`` weeks, soonest first;
    held by the case's stafettholder."""
    flt = flt or OverviewFilter()
    stmt = _upcoming_select(today, flt, weeks)
    out = []
    with uow:
        for r in _records(uow.sql.execute(stmt)):
            at: dt.datetime = r.starts_at
            out.append(
                _row(
                    FollowUpKind.MEETING_PLANNED,
                    r,
                    at.date(),
                    today,
                    meeting_kind=m.MeetingKind(r.kind) if isinstance(r.kind, str) else r.kind,
                    meeting_at=at,
                )
            )
    out.sort(key=lambda r: (r.meeting_at, r.case_id, r.item_id))
    return out


def counts(rows: Iterable[FollowUpRow]) -> dict[FollowUpKind, int]:
    out = dict.fromkeys(FollowUpKind, 0)
    for r in rows:
        out[r.kind] += 1
    return out


# -- the queries ---------------------------------------------------------------------

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
    flt: OverviewFilter,
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


def _row(kind: FollowUpKind, r: Any, day: dt.date, today: dt.date, **kw: object) -> FollowUpRow:
    return FollowUpRow(
        kind=kind,
        item_id=int(r.item_id),
        case_id=int(r.case_id),
        child_first_name=str(r.child_first_name),
        is_demo=r.demo_key is not None,
        day=day,
        text=str(r.text or ""),
        service_id=r.service_id,
        service_name=str(r.service_name),
        professional_id=r.professional_id,
        professional_name=str(r.professional_name),
        late_days=(today - day).days,
        **kw,  # type: ignore[arg-type]
    )


def _actions_due(
    conn: Session, today: dt.date, horizon: dt.date, flt: OverviewFilter
) -> list[FollowUpRow]:
    stmt = _action_select(
        a.c.due_date, a.c.responsible_service_id, a.c.responsible_professional_id, a
    ).where(a.c.status.in_(OPEN_STATUSES), a.c.due_date.is_not(None), a.c.due_date <= horizon)
    stmt = _filtered(stmt, flt, a.c.responsible_service_id, a.c.responsible_professional_id)
    out = []
    for r in _records(conn.execute(stmt)):
        day: dt.date = r.day
        kind = FollowUpKind.ACTION_OVERDUE if day < today else FollowUpKind.ACTION_DUE_SOON
        if kind in flt.kinds:
            out.append(_row(kind, r, day, today))
    return out


def _reviews_due(
    conn: Session, today: dt.date, horizon: dt.date, flt: OverviewFilter
) -> list[FollowUpRow]:
    stmt = _action_select(
        a.c.review_date, a.c.responsible_service_id, a.c.responsible_professional_id, a
    ).where(a.c.status.in_(OPEN_STATUSES), a.c.review_date.is_not(None), a.c.review_date <= horizon)
    stmt = _filtered(stmt, flt, a.c.responsible_service_id, a.c.responsible_professional_id)
    return [_row(FollowUpKind.REVIEW_DUE, r, r.day, today) for r in _records(conn.execute(stmt))]


def _handovers(conn: Session, today: dt.date, flt: OverviewFilter) -> list[FollowUpRow]:
    # Listed under the receiving service: it is the one that must act (accept or decline).
    stmt = _action_select(
        h.c.proposed_on,
        h.c.to_service_id,
        h.c.to_professional_id,
        h.join(a, a.c.id == h.c.action_id),
    ).where(h.c.accepted_on.is_(None), h.c.declined_on.is_(None), a.c.status.in_(OPEN_STATUSES))
    stmt = _filtered(stmt, flt, h.c.to_service_id, h.c.to_professional_id)
    return [
        _row(FollowUpKind.HANDOVER_PENDING, r, r.day, today) for r in _records(conn.execute(stmt))
    ]


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


def _meetings_without_decision(
    conn: Session, today: dt.date, flt: OverviewFilter
) -> list[FollowUpRow]:
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
    stmt = _filtered(stmt, flt, service_id, c.c.coordinator_id)
    out = []
    for r in _records(conn.execute(stmt)):
        at: dt.datetime = r.starts_at
        out.append(
            _row(
                FollowUpKind.MEETING_NO_DECISION,
                r,
                at.date(),
                today,
                meeting_kind=m.MeetingKind(r.kind) if isinstance(r.kind, str) else r.kind,
                meeting_at=at,
            )
        )
    return out


def _epikrise(conn: Session, today: dt.date, flt: OverviewFilter) -> list[FollowUpRow]:
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
    stmt = _filtered(stmt, flt, service_id, c.c.coordinator_id)
    out = []
    for r in _records(conn.execute(stmt)):
        at: dt.datetime = r.starts_at
        out.append(
            _row(
                FollowUpKind.EPIKRISE_DUE,
                r,
                followup_rules.epikrise_deadline(at.date()),
                today,
                meeting_kind=m.MeetingKind.SUMMARY,
                meeting_at=at,
            )
        )
    return out


def _notifications(conn: Session, today: dt.date, flt: OverviewFilter) -> list[FollowUpRow]:
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
    stmt = _filtered(stmt, flt, service_id, c.c.coordinator_id)
    return [
        _row(FollowUpKind.NOTIFICATION_OPEN, r, r.created_on, today)
        for r in _records(conn.execute(stmt))
    ]


def _consents(uow: SqlAlchemyUnitOfWork, today: dt.date, flt: OverviewFilter) -> list[FollowUpRow]:
    """Consents that end within two weeks or have ended, not renewed; held by the case's holder.

    The rule (who must renew) is the consent module's; only the cases it names are
    read, then one query gives their holders with the filters applied.
    """
    found = [e for e in expiring_in(uow, today) if flt.case_id in (None, e.case_id)]
    if not found:
        return []
    stmt, service_id = _case_holder_select(c.c.id, sa.literal(""), c)
    stmt = stmt.where(c.c.id.in_(sorted({e.case_id for e in found})))
    stmt = _filtered(stmt, flt, service_id, c.c.coordinator_id)
    holders = {int(r.case_id): r for r in uow.sql.execute(stmt)}
    out = []
    for e in found:
        r = holders.get(e.case_id)
        expired = e.status is consent_rules.ConsentStatus.EXPIRED
        kind = FollowUpKind.CONSENT_EXPIRED if expired else FollowUpKind.CONSENT_EXPIRING
        if r is None or kind not in flt.kinds:
            continue
        out.append(
            FollowUpRow(
                kind=kind,
                item_id=e.consent_id,
                case_id=e.case_id,
                child_first_name=e.child_first_name,
                is_demo=r.demo_key is not None,
                day=e.valid_until,
                text=e.given_by_name,
                service_id=r.service_id,
                service_name=str(r.service_name),
                professional_id=r.professional_id,
                professional_name=str(r.professional_name),
                late_days=(today - e.valid_until).days,
                given_by_child=e.given_by_child,
            )
        )
    return out
