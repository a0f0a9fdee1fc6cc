"""The follow-up views on SQLite and PostgreSQL: «Alle åpne tiltak» lists every open
action (not only what is due), «Kommende møter» the planned meetings of the next eight
weeks; «Haster nå» stays what is due."""

from __future__ import annotations

import datetime as dt

from familiemote.domain import model as m
from familiemote.domain.followup import FollowUpKind
from familiemote.services import followup, meetings
from familiemote.services.cases import get_case
from familiemote.services.demo import create_demo_case
from tests.support.fixture_types import UowFactory

TODAY = dt.date(2026, 11, 22)


def _plan(uow_factory: UowFactory, case_id: int, days: int) -> int:
    at = dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(10, 0))
    plan = meetings.MeetingPlan(kind=m.MeetingKind.FAMILY, starts_at=at, place="Rådhuset")
    return meetings.plan_meeting(uow_factory(), case_id, plan, TODAY).meeting_id


def test_all_open_actions_and_the_coming_meetings(uow_factory: UowFactory) -> None:
    case_id = create_demo_case(uow_factory(), TODAY).case_id
    case = get_case(uow_factory(), case_id).case
    open_ids = {a.id for a in case.actions if a.is_open}
    urgent = followup.overview(uow_factory(), TODAY)
    urgent_actions = {
        r.item_id
        for r in urgent
        if r.kind in (FollowUpKind.ACTION_OVERDUE, FollowUpKind.ACTION_DUE_SOON)
    }
    assert urgent_actions < open_ids  # what is due is fewer than what is open

    rows = followup.open_actions(uow_factory(), TODAY)
    assert {r.item_id for r in rows} == open_ids and len(rows) == len(open_ids)
    for r in rows:
        action = next(a for a in case.actions if a.id == r.item_id)
        if action.due_date is None:
            assert r.no_deadline and r.kind == FollowUpKind.ACTION_OPEN
        else:
            assert r.day == action.due_date and r.late_days == (TODAY - action.due_date).days
            if action.due_date < TODAY:
                assert r.kind == FollowUpKind.ACTION_OVERDUE and r.is_late
    assert [r.day for r in rows if not r.no_deadline] == sorted(
        r.day for r in rows if not r.no_deadline
    )
    assert all(r.kind != FollowUpKind.MEETING_PLANNED for r in urgent)
    assert all(r.kind != FollowUpKind.ACTION_OPEN for r in urgent)

    soon = _plan(uow_factory, case_id, 21)
    today_meeting = _plan(uow_factory, case_id, 0)
    _plan(uow_factory, case_id, 8 * 7 + 3)  # beyond eight weeks
    coming = followup.upcoming_meetings(uow_factory(), TODAY)
    assert [r.item_id for r in coming] == [today_meeting, soon]
    assert coming[1].late_days == -21 and coming[1].meeting_kind == m.MeetingKind.FAMILY
    assert coming[1].child_first_name == case.child_first_name
    # the counts on the view's buttons, from the database
    assert followup.view_counts(uow_factory(), TODAY) == (len(open_ids), 2)
    # the person filter reaches both views
    nobody = followup.OverviewFilter(professional_id=-1)
    assert followup.open_actions(uow_factory(), TODAY, nobody) == []
    assert followup.upcoming_meetings(uow_factory(), TODAY, nobody) == []
    assert followup.view_counts(uow_factory(), TODAY, nobody) == (0, 0)
