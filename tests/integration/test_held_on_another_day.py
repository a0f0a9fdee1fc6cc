"""A meeting closed before its planned day is recorded on the day it was held: today
or an earlier day, not later than today and not before the case was opened. A refused
day stores nothing. On real SQLite and PostgreSQL databases."""

from __future__ import annotations

import datetime as dt

import pytest

from familiemote.domain import model as m
from familiemote.domain.errors import ValidationCode, ValidationError
from familiemote.services import meetings
from tests.integration.test_meetings import TODAY, family_plan, load, make_world
from tests.support.fixture_types import UowFactory

NOW = dt.datetime.combine(TODAY, dt.time(11, 30))


def test_held_on_an_earlier_day_within_the_case(uow_factory: UowFactory) -> None:
    w = make_world(uow_factory)  # the case was opened 120 days before TODAY
    opened = TODAY - dt.timedelta(days=120)
    ahead = meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 22), TODAY)
    planned_at = load(uow_factory, w.case_id).meetings[0].starts_at

    def refused(day: dt.date) -> ValidationCode:
        at = meetings.held_time(planned_at, NOW, day)
        with pytest.raises(ValidationError) as info:
            meetings.move_to_held_time(uow_factory(), ahead.meeting_id, at, NOW)
        assert info.value.field == "held_on"
        stored = load(uow_factory, w.case_id).meetings[0]
        assert (stored.status, stored.starts_at) == (m.MeetingStatus.PLANNED, planned_at)
        return info.value.code

    assert refused(opened - dt.timedelta(days=1)) == ValidationCode.BEFORE_START
    assert refused(TODAY + dt.timedelta(days=1)) == ValidationCode.DATE_IN_FUTURE

    # the first day of the case is allowed; at the planned hour that day
    held_at = meetings.held_time(planned_at, NOW, opened)
    assert held_at == dt.datetime.combine(opened, planned_at.time())
    version = meetings.move_to_held_time(uow_factory(), ahead.meeting_id, held_at, NOW)
    meetings.set_status(uow_factory(), ahead.meeting_id, m.MeetingStatus.HELD, version, now=NOW)
    stored = load(uow_factory, w.case_id).meetings[0]
    assert (stored.status, stored.starts_at) == (m.MeetingStatus.HELD, held_at)
