"""The follow-up overview across all cases: the facilitator's Monday-morning screen.

What is due, everywhere in the database: actions past their deadline or due in
the next two weeks, reviews due, handovers waiting for acceptance, meetings held
without a written decision, epikrise deadlines after summary meetings, and
services still to be told of a phase change or closure.

Each kind is one set-based query (``uow.followup``, storage/queries/followup.py:
joins, no loop over cases), so the number of statements is fixed whatever the size
of the database; the rows are merged and sorted in memory here. Filters go into
the queries' WHERE clauses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from familiemote.domain import consent as consent_rules
from familiemote.domain import followup as followup_rules
from familiemote.domain import model as m
from familiemote.domain.followup import FollowUpKind
from familiemote.services.consent import expiring_in
from familiemote.storage.uow import UnitOfWork

# «Haster nå»: what is due; open actions and planned meetings have views of their own
ALL_KINDS = frozenset(FollowUpKind) - {FollowUpKind.ACTION_OPEN, FollowUpKind.MEETING_PLANNED}
UPCOMING_WEEKS = 8  # «Kommende møter»: the next eight weeks


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
    uow: UnitOfWork, today: dt.date, flt: OverviewFilter | None = None
) -> list[FollowUpRow]:
    """Everything due across all cases on ``today``, filtered and sorted."""
    flt = flt or OverviewFilter()
    horizon = today + dt.timedelta(days=followup_rules.DUE_SOON_DAYS)
    rows: list[FollowUpRow] = []
    with uow:
        if flt.kinds & {FollowUpKind.ACTION_OVERDUE, FollowUpKind.ACTION_DUE_SOON}:
            rows += _actions_due(uow, today, horizon, flt)
        if FollowUpKind.REVIEW_DUE in flt.kinds:
            rows += _reviews_due(uow, today, horizon, flt)
        if FollowUpKind.HANDOVER_PENDING in flt.kinds:
            rows += _handovers(uow, today, flt)
        if FollowUpKind.MEETING_NO_DECISION in flt.kinds:
            rows += _meetings_without_decision(uow, today, flt)
        if FollowUpKind.EPIKRISE_DUE in flt.kinds:
            rows += _epikrise(uow, today, flt)
        if FollowUpKind.NOTIFICATION_OPEN in flt.kinds:
            rows += _notifications(uow, today, flt)
        if flt.kinds & CONSENT_KINDS:
            rows += _consents(uow, today, flt)
    rows.sort(key=_sort_key(flt.sort))  # type: ignore[arg-type]
    return rows


def open_actions(
    uow: UnitOfWork, today: dt.date, flt: OverviewFilter | None = None
) -> list[FollowUpRow]:
    """«Alle åpne tiltak»: every open action across all cases, by deadline (those without
    one last, by review date). A late or near deadline keeps its urgent kind."""
    flt = flt or OverviewFilter()
    horizon = today + dt.timedelta(days=followup_rules.DUE_SOON_DAYS)
    out = []
    with uow:
        for r in uow.followup.open_actions(flt):
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


def view_counts(
    uow: UnitOfWork,
    today: dt.date,
    flt: OverviewFilter | None = None,
    weeks: int = UPCOMING_WEEKS,
) -> tuple[int, int]:
    """How many open actions and coming meetings (counted in the database: the view's
    buttons show them without reading every row)."""
    flt = flt or OverviewFilter()
    with uow:
        actions = uow.followup.count_open_actions(flt)
        meetings = uow.followup.count_upcoming_meetings(today, weeks, flt)
    return actions, meetings


def upcoming_meetings(
    uow: UnitOfWork,
    today: dt.date,
    flt: OverviewFilter | None = None,
    weeks: int = UPCOMING_WEEKS,
) -> list[FollowUpRow]:
    """«Kommende møter»: planned meetings from today through ``weeks`` weeks, soonest first;
    held by the case's stafettholder."""
    flt = flt or OverviewFilter()
    out = []
    with uow:
        for r in uow.followup.upcoming_meetings(today, weeks, flt):
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
    uow: UnitOfWork, today: dt.date, horizon: dt.date, flt: OverviewFilter
) -> list[FollowUpRow]:
    out = []
    for r in uow.followup.actions_due(horizon, flt):
        day: dt.date = r.day
        kind = FollowUpKind.ACTION_OVERDUE if day < today else FollowUpKind.ACTION_DUE_SOON
        if kind in flt.kinds:
            out.append(_row(kind, r, day, today))
    return out


def _reviews_due(
    uow: UnitOfWork, today: dt.date, horizon: dt.date, flt: OverviewFilter
) -> list[FollowUpRow]:
    rows = uow.followup.reviews_due(horizon, flt)
    return [_row(FollowUpKind.REVIEW_DUE, r, r.day, today) for r in rows]


def _handovers(uow: UnitOfWork, today: dt.date, flt: OverviewFilter) -> list[FollowUpRow]:
    # Listed under the receiving service: it is the one that must act (accept or decline).
    rows = uow.followup.handovers_pending(flt)
    return [_row(FollowUpKind.HANDOVER_PENDING, r, r.day, today) for r in rows]


def _meeting_row(kind: FollowUpKind, r: Any, day: dt.date, today: dt.date) -> FollowUpRow:
    at: dt.datetime = r.starts_at
    return _row(
        kind,
        r,
        day,
        today,
        meeting_kind=m.MeetingKind(r.kind) if isinstance(r.kind, str) else r.kind,
        meeting_at=at,
    )


def _meetings_without_decision(
    uow: UnitOfWork, today: dt.date, flt: OverviewFilter
) -> list[FollowUpRow]:
    return [
        _meeting_row(FollowUpKind.MEETING_NO_DECISION, r, r.starts_at.date(), today)
        for r in uow.followup.meetings_without_decision(today, flt)
    ]


def _epikrise(uow: UnitOfWork, today: dt.date, flt: OverviewFilter) -> list[FollowUpRow]:
    out = []
    for r in uow.followup.epikrise_due(today, flt):
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


def _notifications(uow: UnitOfWork, today: dt.date, flt: OverviewFilter) -> list[FollowUpRow]:
    rows = uow.followup.notifications_open(flt)
    return [_row(FollowUpKind.NOTIFICATION_OPEN, r, r.created_on, today) for r in rows]


def _consents(uow: UnitOfWork, today: dt.date, flt: OverviewFilter) -> list[FollowUpRow]:
    """Consents that end within two weeks or have ended, not renewed; held by the case's holder.

    The rule (who must renew) is the consent module's; only the cases it names are
    read, then one query gives their holders with the filters applied.
    """
    found = [e for e in expiring_in(uow, today) if flt.case_id in (None, e.case_id)]
    if not found:
        return []
    holders = uow.followup.holders([e.case_id for e in found], flt)
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
