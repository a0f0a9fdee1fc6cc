"""Rules for following up agreed actions (DOMAIN.md sections 2 and 7).

Shared interface: the meeting planner (issue 3) calls
:func:`carry_over_open_actions` when it plans a meeting; the follow-up work
(issue 4) builds on the same rules.
"""

from __future__ import annotations

import datetime as dt

from familiemote.domain import model as m

REVIEW_MONTHS_DEFAULT = 6  # measures are reviewed after half a year at the latest (003:3691-3696)
REVIEW_MONTH_CHOICES = (3, 6, 12)  # 003:6356-6358


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
