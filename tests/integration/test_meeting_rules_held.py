"""What a held meeting means for the rules: BUP's two meetings before referral count the
meetings BUP has taken part in (held), not those only planned; a meeting closed as held
before its planned day is recorded on the day it was held, and the case list's
«Siste møte» shows it. On real SQLite and PostgreSQL databases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from familiemote.app import install_translators, uninstall_translators
from familiemote.domain import meeting_rules as rules
from familiemote.domain import model as m
from familiemote.domain.errors import SpecialistLimitError, ValidationCode, ValidationError
from familiemote.services import cases, meetings
from familiemote.ui.meeting_common import specialist_count_text
from tests.integration.test_meetings import TODAY, family_plan, load, make_world
from tests.support.fixture_types import UowFactory


@pytest.fixture
def bokmal(qapp: QApplication) -> Iterator[None]:
    """The app's bokmål translators: a count's singular («1 familiemøte») is in there."""
    installed = install_translators(qapp, "nb")
    yield
    uninstall_translators(qapp, installed)


def test_bup_has_taken_part_only_in_the_held_meetings(
    uow_factory: UowFactory, bokmal: None
) -> None:
    w = make_world(uow_factory)
    first = meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, -20), TODAY)
    meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 14), TODAY)
    detail = cases.get_case(uow_factory(), w.case_id)
    split = rules.specialist_meetings_split(detail.case, detail.services)
    assert (split.held, split.planned) == (0, 2)
    text = specialist_count_text(detail)
    assert text.startswith("BUP har deltatt i 0 av høyst 2 familiemøter før henvisning.")
    assert "BUP er også satt opp på 2 familiemøter som ikke er holdt ennå." in text

    meetings.set_status(uow_factory(), first.meeting_id, m.MeetingStatus.HELD)
    detail = cases.get_case(uow_factory(), w.case_id)
    assert specialist_count_text(detail) == (
        "BUP har deltatt i 1 av høyst 2 familiemøter før henvisning. "
        "BUP er også satt opp på 1 familiemøte som ikke er holdt ennå."
    )
    # the limit still counts the planned one: a third cannot be planned while two are set up
    with pytest.raises(SpecialistLimitError) as info:
        meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 40), TODAY)
    assert (info.value.count, info.value.limit) == (2, 2)
    assert len(load(uow_factory, w.case_id).meetings) == 2


def test_a_cancelled_meeting_is_no_meeting_with_bup(uow_factory: UowFactory, bokmal: None) -> None:
    w = make_world(uow_factory)
    planned = meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 14), TODAY)
    meetings.set_status(uow_factory(), planned.meeting_id, m.MeetingStatus.CANCELLED)
    detail = cases.get_case(uow_factory(), w.case_id)
    assert specialist_count_text(detail) == (
        "BUP har deltatt i 0 av høyst 2 familiemøter før henvisning."
    )


# -- a meeting closed as held before its planned day -----------------------------------------

NOW = dt.datetime.combine(TODAY, dt.time(11, 30))


def test_a_meeting_ahead_is_not_held_until_moved_to_the_day_it_was_held(
    uow_factory: UowFactory,
) -> None:
    w = make_world(uow_factory)
    ahead = meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 22), TODAY)
    with pytest.raises(ValidationError) as info:
        meetings.set_status(uow_factory(), ahead.meeting_id, m.MeetingStatus.HELD, now=NOW)
    assert info.value.code == ValidationCode.DATE_IN_FUTURE
    stored = load(uow_factory, w.case_id).meetings[0]
    assert stored.status == m.MeetingStatus.PLANNED
    assert cases.list_cases(uow_factory(), now=NOW)[0].last_meeting is None

    # held today at the planned hour (09.00, already past at 11.30)
    held_at = meetings.held_time(stored.starts_at, NOW)
    assert held_at == dt.datetime.combine(TODAY, dt.time(9, 0))
    with pytest.raises(ValidationError):  # never in the future
        meetings.move_to_held_time(
            uow_factory(), ahead.meeting_id, NOW + dt.timedelta(hours=1), NOW
        )
    version = meetings.move_to_held_time(uow_factory(), ahead.meeting_id, held_at, NOW)
    meetings.set_status(uow_factory(), ahead.meeting_id, m.MeetingStatus.HELD, version, now=NOW)
    stored = load(uow_factory, w.case_id).meetings[0]
    assert (stored.status, stored.starts_at) == (m.MeetingStatus.HELD, held_at)
    assert cases.list_cases(uow_factory(), now=NOW)[0].last_meeting == held_at
    with pytest.raises(ValidationError):  # a held meeting keeps its time
        meetings.move_to_held_time(uow_factory(), ahead.meeting_id, held_at, NOW)


def test_held_before_the_planned_hour_today_is_held_now() -> None:
    planned = dt.datetime.combine(TODAY + dt.timedelta(days=5), dt.time(14, 0))
    assert meetings.held_time(planned, NOW) == NOW


def test_the_last_meeting_is_one_that_took_place(uow_factory: UowFactory) -> None:
    w = make_world(uow_factory)
    held = meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, -30), TODAY)
    meetings.set_status(uow_factory(), held.meeting_id, m.MeetingStatus.HELD)
    cancelled = meetings.plan_meeting(
        uow_factory(), w.case_id, family_plan(w, -3, bup=False), TODAY
    )
    meetings.set_status(uow_factory(), cancelled.meeting_id, m.MeetingStatus.CANCELLED)
    row = cases.list_cases(uow_factory(), now=NOW)[0]
    assert row.last_meeting == dt.datetime.combine(TODAY - dt.timedelta(days=30), dt.time(9))
    # a held meeting counts even when its hour today is still ahead
    today_later = meetings.plan_meeting(
        uow_factory(), w.case_id, family_plan(w, 0, bup=False), TODAY
    )
    meetings.move_to_held_time(
        uow_factory(), today_later.meeting_id, dt.datetime.combine(TODAY, dt.time(11)), NOW
    )
    meetings.set_status(uow_factory(), today_later.meeting_id, m.MeetingStatus.HELD, now=NOW)
    row = cases.list_cases(uow_factory(), now=NOW - dt.timedelta(hours=1))[0]
    assert row.last_meeting == dt.datetime.combine(TODAY, dt.time(11))
