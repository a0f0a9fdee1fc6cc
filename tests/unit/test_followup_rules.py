from __future__ import annotations

import datetime as dt

from familiemote.domain import model as m
from familiemote.domain.followup import add_months, carry_over_open_actions, default_review_date


def test_add_months_clamps_to_the_end_of_the_month() -> None:
    assert add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 11, 22), 3) == dt.date(2027, 2, 22)
    assert add_months(dt.date(2026, 1, 15), 12) == dt.date(2027, 1, 15)


def test_review_defaults_to_six_months_after_the_meeting() -> None:
    assert default_review_date(dt.date(2026, 5, 10)) == dt.date(2026, 11, 10)


def test_open_actions_are_carried_into_the_next_meeting_once() -> None:
    first = m.Meeting(case_id=1, kind=m.MeetingKind.FAMILY, starts_at=dt.datetime(2026, 1, 5), id=1)
    second = m.Meeting(
        case_id=1, kind=m.MeetingKind.FAMILY, starts_at=dt.datetime(2026, 3, 5), id=2
    )

    def action(ident: int, status: m.ActionStatus, meeting: int = 1) -> m.Action:
        return m.Action(1, meeting, f"A{ident}", 1, status=status, id=ident)

    case = m.Case(
        child_first_name="Sofie",
        child_birth_year=2017,
        meetings=[first, second],
        actions=[
            action(1, m.ActionStatus.AGREED),
            action(2, m.ActionStatus.IN_PROGRESS),
            action(3, m.ActionStatus.DONE),
            action(4, m.ActionStatus.CANCELLED),
            action(5, m.ActionStatus.AGREED, meeting=2),  # agreed in the meeting itself
        ],
    )
    added = carry_over_open_actions(case, second)
    assert [r.action_id for r in added] == [1, 2]
    assert all(r.meeting_id == 2 and r.outcome is None for r in added)
    assert carry_over_open_actions(case, second) == []
    assert len(case.actions[0].reviews) == 1
