"""Follow-up rules as behaviour: overdue across a date boundary, review dates, handovers."""

from __future__ import annotations

import datetime as dt

import pytest

from familiemote.domain import followup as f
from familiemote.domain import meeting_rules
from familiemote.domain import model as m
from familiemote.domain.errors import FollowUpCode, FollowUpError, ValidationError

TODAY = dt.date(2026, 11, 22)


def _action(**kw: object) -> m.Action:
    base: dict[str, object] = {
        "case_id": 1,
        "meeting_id": 1,
        "description": "Støttesamtaler",
        "responsible_service_id": 10,
        "responsible_professional_id": 100,
        "id": 5,
    }
    base.update(kw)
    return m.Action(**base)  # type: ignore[arg-type]


def test_due_today_is_not_overdue_but_yesterday_is() -> None:
    action = _action(due_date=TODAY)
    assert not f.is_overdue(action, TODAY)
    assert f.is_overdue(action, TODAY + dt.timedelta(days=1))
    assert f.is_overdue(_action(due_date=TODAY - dt.timedelta(days=1)), TODAY)
    # across a month and a year boundary
    assert f.is_overdue(_action(due_date=dt.date(2026, 12, 31)), dt.date(2027, 1, 1))
    assert not f.is_overdue(_action(due_date=dt.date(2026, 12, 31)), dt.date(2026, 12, 31))


def test_closed_or_undated_actions_are_never_overdue() -> None:
    yesterday = TODAY - dt.timedelta(days=1)
    for status in (m.ActionStatus.DONE, m.ActionStatus.NOT_DONE, m.ActionStatus.CANCELLED):
        assert not f.is_overdue(_action(due_date=yesterday, status=status), TODAY)
    assert not f.is_overdue(_action(due_date=None), TODAY)
    assert f.is_overdue(_action(due_date=yesterday, status=m.ActionStatus.IN_PROGRESS), TODAY)


def test_due_soon_is_today_up_to_fourteen_days_ahead() -> None:
    assert f.is_due_soon(TODAY, TODAY)
    assert f.is_due_soon(TODAY + dt.timedelta(days=14), TODAY)
    assert not f.is_due_soon(TODAY + dt.timedelta(days=15), TODAY)
    assert not f.is_due_soon(TODAY - dt.timedelta(days=1), TODAY)
    assert not f.is_due_soon(None, TODAY)


def test_review_date_choices() -> None:
    meeting = dt.date(2026, 8, 31)
    assert f.review_date_for(meeting) == dt.date(2027, 2, 28)  # six months, clamped
    assert f.review_date_for(meeting, 3) == dt.date(2026, 11, 30)
    assert f.review_date_for(meeting, 12) == dt.date(2027, 8, 31)
    assert f.review_date_for(meeting, 3, chosen=dt.date(2026, 10, 1)) == dt.date(2026, 10, 1)
    with pytest.raises(ValueError):
        f.review_date_for(meeting, 4)


def test_epikrise_is_due_seven_days_after_the_summary_meeting() -> None:
    assert f.epikrise_deadline(dt.date(2026, 11, 27)) == dt.date(2026, 12, 4)


def test_case_stafettholder_is_the_coordinator_else_the_initiating_service() -> None:
    case = m.Case("Sofie", 2017, initiating_service_id=3, coordinator_id=9)
    assert f.case_stafettholder(case) == f.Holder(3, 9, f.HolderBasis.COORDINATOR)
    case.coordinator_id = None
    assert f.case_stafettholder(case) == f.Holder(3, None, f.HolderBasis.INITIATING_SERVICE)
    case.initiating_service_id = None
    assert f.case_stafettholder(case).basis == f.HolderBasis.NONE


def test_a_handover_keeps_the_earlier_holder_until_accepted() -> None:
    action = _action()
    f.propose_handover(action, 20, 200, TODAY)
    assert f.action_holder(action) == f.Holder(10, 100)
    assert action.is_open
    with pytest.raises(ValidationError):
        f.accept_handover(action, TODAY, "  ")
    with pytest.raises(FollowUpError) as err:
        f.accept_handover(action, TODAY - dt.timedelta(days=1), "Per")
    assert err.value.code == FollowUpCode.DATE_BEFORE_START
    assert f.action_holder(action) == f.Holder(10, 100)
    f.accept_handover(action, TODAY, "Per")
    assert f.action_holder(action) == f.Holder(20, 200)
    assert action.is_open and action.status == m.ActionStatus.IN_PROGRESS
    assert f.pending_handover(action) is None


def test_a_declined_handover_is_kept_and_changes_no_holder() -> None:
    action = _action()
    f.propose_handover(action, 20, None, TODAY)
    with pytest.raises(ValidationError) as err:
        f.decline_handover(action, TODAY, "Per", "  ")
    assert err.value.field == "decline_reason"
    with pytest.raises(ValidationError):
        f.decline_handover(action, TODAY, "", "Har ikke kapasitet")
    with pytest.raises(FollowUpError):
        f.decline_handover(action, TODAY - dt.timedelta(days=1), "Per", "Har ikke kapasitet")
    assert f.pending_handover(action) is not None  # a refused decline leaves it pending
    f.decline_handover(action, TODAY, " Per ", "Har ikke kapasitet")
    assert f.action_holder(action) == f.Holder(10, 100)
    [h] = action.handovers
    assert (h.declined_on, h.declined_by, h.decline_reason) == (TODAY, "Per", "Har ikke kapasitet")
    assert f.pending_handover(action) is None and f.last_declined_handover(action) is h
    with pytest.raises(FollowUpError):
        f.decline_handover(action, TODAY, "Per", "Igjen")
    # a new proposal after the decline is possible, and the decline is no longer the latest
    f.propose_handover(action, 30, None, TODAY + dt.timedelta(days=1))
    assert f.last_declined_handover(action) is None and len(action.handovers) == 2


def test_status_rules() -> None:
    action = _action()
    with pytest.raises(ValidationError):
        f.apply_status(action, m.ActionStatus.CANCELLED, "")
    with pytest.raises(FollowUpError):
        f.apply_status(action, m.ActionStatus.HANDED_OVER, "")
    with pytest.raises(FollowUpError):
        f.apply_status(action, m.ActionStatus.AGREED, "")
    f.apply_status(action, m.ActionStatus.DONE, "ignored for done")
    assert action.status == m.ActionStatus.DONE and action.status_reason == ""
    with pytest.raises(FollowUpError) as err:
        f.propose_handover(action, 20, None, TODAY)
    assert err.value.code == FollowUpCode.ACTION_CLOSED


def test_who_must_be_told_lists_the_concern_and_initiating_services_once() -> None:
    case = m.Case("Sofie", 2017, concern_service_id=4, initiating_service_id=4)
    assert meeting_rules.services_to_notify(case) == [4]
    case.initiating_service_id = 2
    assert meeting_rules.services_to_notify(case) == [4, 2]
