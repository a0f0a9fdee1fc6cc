"""Rules for following up agreed actions: who holds each action, when it is reviewed,
what is due or overdue.

The meeting planner calls :func:`carry_over_open_actions` when it plans a meeting;
the follow-up overview and the reminders build on the same rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from familiemote.domain import model as m
from familiemote.domain.errors import (
    AlreadyDecidedError,
    FollowUpCode,
    FollowUpError,
    ValidationCode,
    ValidationError,
)

# measures are reviewed after half a year at the latest («Modellkommuneforsøket» 2015)
REVIEW_MONTHS_DEFAULT = 6
REVIEW_MONTH_CHOICES = (3, 6, 12)  # «Modellkommuneforsøket» 2015


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day (31 Aug + 6 = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def default_review_date(meeting_day: dt.date, months: int = REVIEW_MONTHS_DEFAULT) -> dt.date:
    return add_months(meeting_day, months)


def carry_over_open_actions(case: m.Case, meeting: m.Meeting) -> list[m.ActionReview]:
    """Put every open action agreed before ``meeting`` on its agenda for review.

    Returns the new :class:`ActionReview` rows (already appended to each action's
    ``reviews``); an action already on this meeting's agenda is not added twice.
    Nothing open disappears: an action leaves the agenda only by an outcome.
    """
    added = []
    for action in case.actions:
        if not action.is_open or action.meeting_id == meeting.id:
            continue
        if any(r.meeting_id == meeting.id for r in action.reviews):
            continue
        review = m.ActionReview(action_id=action.id, meeting_id=meeting.id)
        action.reviews.append(review)
        added.append(review)
    return added


# -- follow-up rules ---------------------------------------------------------------

DUE_SOON_DAYS = 14  # "reviews due in the next two weeks"
EPIKRISE_DAYS = 7  # epikrise within 7 days of the summary meeting («Kvalitet i alle ledd» 2016)

CLOSED_ACTION_STATUSES = frozenset(
    {m.ActionStatus.DONE, m.ActionStatus.NOT_DONE, m.ActionStatus.CANCELLED}
)
# A status that records why an action ended without being done needs a reason.
STATUSES_NEEDING_REASON = frozenset({m.ActionStatus.NOT_DONE, m.ActionStatus.CANCELLED})
# Outcomes of a review that close the action, and those that need a reason or a date.
OUTCOMES_NEEDING_REASON = frozenset({m.ReviewOutcome.NOT_DONE, m.ReviewOutcome.CANCELLED})
OUTCOME_STATUS = {
    m.ReviewOutcome.DONE: m.ActionStatus.DONE,
    m.ReviewOutcome.NOT_DONE: m.ActionStatus.NOT_DONE,
    m.ReviewOutcome.CANCELLED: m.ActionStatus.CANCELLED,
}


class FollowUpKind(Enum):
    """What the follow-up overview lists: something due, across all cases."""

    ACTION_OVERDUE = "action_overdue"  # an open action past its deadline
    ACTION_DUE_SOON = "action_due_soon"  # deadline within the next two weeks
    REVIEW_DUE = "review_due"  # review date passed or within two weeks
    HANDOVER_PENDING = "handover_pending"  # waits for the receiving service to accept
    MEETING_NO_DECISION = "meeting_no_decision"  # held, but no decision written down
    EPIKRISE_DUE = "epikrise_due"  # summary meeting held, epikrise not sent
    NOTIFICATION_OPEN = "notification_open"  # someone must be told of a phase change
    CONSENT_EXPIRING = "consent_expiring"  # ends within two weeks, not renewed
    CONSENT_EXPIRED = "consent_expired"  # has ended, not renewed
    # not urgent: listed only in the views «Alle åpne tiltak» and «Kommende møter»
    ACTION_OPEN = "action_open"  # an open action, its deadline beyond two weeks or none
    MEETING_PLANNED = "meeting_planned"  # a planned meeting in the coming weeks


class HolderBasis(Enum):
    """Why someone holds the relay baton of a case."""

    COORDINATOR = "coordinator"  # the municipal contact person («Kvalitet i alle ledd» 2016)
    # responsible for follow-up («Kvalitet i alle ledd» 2016)
    INITIATING_SERVICE = "initiating_service"
    NONE = "none"  # nobody: the baton is on the floor


@dataclass(frozen=True)
class Holder:
    """Who holds a responsibility: a service and, where known, the named person there."""

    service_id: int | None
    professional_id: int | None
    basis: HolderBasis = HolderBasis.INITIATING_SERVICE


def case_stafettholder(case: m.Case) -> Holder:
    """Who holds the case's baton («Modellkommuneforsøket» 2015: every case has someone
    responsible).

    The coordinator when one is named, with the initiating service (which is
    responsible for follow-up and its journal, «Kvalitet i alle ledd» 2016); otherwise the
    initiating service alone; otherwise nobody, which the case view must show.
    """
    if case.coordinator_id is not None:
        return Holder(case.initiating_service_id, case.coordinator_id, HolderBasis.COORDINATOR)
    if case.initiating_service_id is not None:
        return Holder(case.initiating_service_id, None, HolderBasis.INITIATING_SERVICE)
    return Holder(None, None, HolderBasis.NONE)


def pending_handover(action: m.Action) -> m.ActionHandover | None:
    """The handover proposed and neither accepted nor declined, if any (at most one at a time)."""
    return next(
        (h for h in action.handovers if h.accepted_on is None and h.declined_on is None), None
    )


def _no_pending_handover(action: m.Action) -> FollowUpError:
    """Why there is nothing to accept or decline: the latest handover was already
    accepted or declined (by whom and when), or none was ever proposed."""
    if action.handovers:
        last = max(action.handovers, key=lambda h: h.id or 0)
        if last.accepted_on is not None:
            return AlreadyDecidedError(
                FollowUpCode.HANDOVER_ACCEPTED, last.accepted_by, last.accepted_on
            )
        if last.declined_on is not None:
            return AlreadyDecidedError(
                FollowUpCode.HANDOVER_DECLINED, last.declined_by, last.declined_on
            )
    return FollowUpError(FollowUpCode.NO_PENDING_HANDOVER)


def last_declined_handover(action: m.Action) -> m.ActionHandover | None:
    """The latest handover of an open action, when it was declined (so the earlier holder
    still has it); None once a later handover was proposed or accepted."""
    if not action.is_open or not action.handovers:
        return None
    last = max(action.handovers, key=lambda h: (h.proposed_on, h.id or 0))
    return last if last.declined_on is not None else None


def action_holder(action: m.Action) -> Holder:
    """Who is responsible for ``action`` now.

    A proposed handover changes nothing until it is accepted: the earlier holder
    stays responsible («Kvalitet i alle ledd» 2016, "ingen kan fraskrive seg ansvar ...").
    """
    return Holder(action.responsible_service_id, action.responsible_professional_id)


def is_overdue(action: m.Action, today: dt.date) -> bool:
    """An open action whose deadline has passed. Due today is not overdue; yesterday is."""
    return action.is_open and action.due_date is not None and action.due_date < today


def is_review_overdue(action: m.Action, today: dt.date) -> bool:
    return action.is_open and action.review_date is not None and action.review_date < today


def is_due_soon(day: dt.date | None, today: dt.date, days: int = DUE_SOON_DAYS) -> bool:
    """``day`` falls from today up to and including ``days`` days ahead."""
    return day is not None and today <= day <= today + dt.timedelta(days=days)


def epikrise_deadline(summary_meeting_day: dt.date) -> dt.date:
    return summary_meeting_day + dt.timedelta(days=EPIKRISE_DAYS)


def review_date_for(
    meeting_day: dt.date, months: int | None = None, chosen: dt.date | None = None
) -> dt.date:
    """The review date of a new action: a chosen date, or 3/6/12 months (6 by default)."""
    if chosen is not None:
        return chosen
    months = REVIEW_MONTHS_DEFAULT if months is None else months
    if months not in REVIEW_MONTH_CHOICES:
        raise ValueError(f"review months must be one of {REVIEW_MONTH_CHOICES}")
    return default_review_date(meeting_day, months)


def check_status_change(action: m.Action, new: m.ActionStatus, reason: str) -> None:
    """Refuse a status change the rules forbid (raises :class:`FollowUpError`).

    - "handed over" is reached through a handover, never set by hand: a handover
      keeps the action open under its new holder, so nothing is dropped;
    - "not done" and "cancelled" need a reason;
    - an action cannot be closed while a handover waits for acceptance: the
      receiving service must accept or decline first.
    """
    if new == m.ActionStatus.HANDED_OVER:
        raise FollowUpError(FollowUpCode.STATUS_BY_HANDOVER_ONLY)
    if new == action.status:
        raise FollowUpError(FollowUpCode.STATUS_UNCHANGED)
    if new in STATUSES_NEEDING_REASON and not reason.strip():
        raise ValidationError("status_reason", ValidationCode.REQUIRED)
    if new in CLOSED_ACTION_STATUSES and pending_handover(action) is not None:
        raise FollowUpError(FollowUpCode.HANDOVER_PENDING)


def apply_status(action: m.Action, new: m.ActionStatus, reason: str) -> None:
    check_status_change(action, new, reason)
    action.status = new
    action.status_reason = reason.strip() if new in STATUSES_NEEDING_REASON else ""


def propose_handover(
    action: m.Action,
    to_service_id: int,
    to_professional_id: int | None,
    proposed_on: dt.date,
    note: str = "",
) -> m.ActionHandover:
    """Offer ``action`` to another holder; the current holder stays responsible until accepted."""
    if not action.is_open:
        raise FollowUpError(FollowUpCode.ACTION_CLOSED)
    if pending_handover(action) is not None:
        raise FollowUpError(FollowUpCode.HANDOVER_PENDING)
    current = action_holder(action)
    if (to_service_id, to_professional_id) == (current.service_id, current.professional_id):
        raise FollowUpError(FollowUpCode.SAME_HOLDER)
    handover = m.ActionHandover(
        action_id=action.id,
        from_service_id=current.service_id,
        from_professional_id=current.professional_id,
        to_service_id=to_service_id,
        to_professional_id=to_professional_id,
        proposed_on=proposed_on,
        note=note,
    )
    action.handovers.append(handover)
    return handover


def _to_answer(
    action: m.Action, answered_on: dt.date, required: dict[str, str]
) -> m.ActionHandover:
    """The pending handover an answer (accept or decline) decides: there must be one,
    each of the answer's ``required`` texts (field name: text) must be filled in, and
    the answer cannot be dated before the proposal."""
    handover = pending_handover(action)
    if handover is None:
        raise _no_pending_handover(action)
    for name, text in required.items():
        if not text.strip():
            raise ValidationError(name, ValidationCode.REQUIRED)
    if answered_on < handover.proposed_on:
        raise FollowUpError(FollowUpCode.DATE_BEFORE_START)
    return handover


def accept_handover(action: m.Action, accepted_on: dt.date, accepted_by: str) -> m.ActionHandover:
    """The receiving holder takes the action over: from now on they are responsible.

    A handover already accepted or declined raises :class:`AlreadyDecidedError`
    naming who decided it: accepting and declining exclude each other.
    """
    handover = _to_answer(action, accepted_on, {"accepted_by": accepted_by})
    handover.accepted_on = accepted_on
    handover.accepted_by = accepted_by.strip()
    action.responsible_service_id = handover.to_service_id
    action.responsible_professional_id = handover.to_professional_id
    if action.status == m.ActionStatus.AGREED:
        action.status = m.ActionStatus.IN_PROGRESS
    return handover


def decline_handover(
    action: m.Action, declined_on: dt.date, declined_by: str, reason: str
) -> m.ActionHandover:
    """The receiving holder says no: the earlier holder keeps the action («Kvalitet i alle ledd»
    2016).

    The handover is kept with who declined, when and why; nothing is deleted.
    """
    handover = _to_answer(
        action, declined_on, {"declined_by": declined_by, "decline_reason": reason}
    )
    handover.declined_on = declined_on
    handover.declined_by = declined_by.strip()
    handover.decline_reason = reason.strip()
    return handover


def open_reviews(case: m.Case, meeting_id: int) -> list[tuple[m.Action, m.ActionReview]]:
    """The carried-over actions on ``meeting_id``'s agenda, with or without an outcome."""
    return [(a, r) for a in case.actions for r in a.reviews if r.meeting_id == meeting_id]
