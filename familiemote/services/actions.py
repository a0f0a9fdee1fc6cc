"""Use cases for agreed actions (tiltak / ansvar): who does what by when.

Every change is validated completely before anything is written, and each
function is one unit of work: it is stored whole or not at all. The rules
themselves (status transitions, the stafettholder principle) live in
:mod:`familiemote.domain.followup`; these functions load, apply and commit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from familiemote.domain import followup as followup_rules
from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.domain.errors import (
    AlreadyDecidedError,
    ConcurrentChangeError,
    DomainError,
    FollowUpCode,
    FollowUpError,
    NotFoundError,
    ValidationCode,
    ValidationError,
)
from familiemote.services import refusals
from familiemote.services.audit import Overwrite, record_overwrite_in
from familiemote.storage import guards
from familiemote.storage.uow import UnitOfWork

ACTION_TEXT_MAX = v.ACTION_TEXT_MAX


@dataclass(frozen=True)
class NewAction:
    """An action as agreed in a meeting (or between meetings when ``meeting_id`` is None).

    The review date is ``review_date`` when given, else ``review_months`` (3, 6 or
    12) after the meeting, else six months after it («Modellkommuneforsøket» 2015).
    """

    description: str
    service_id: int | None
    professional_id: int | None = None
    meeting_id: int | None = None
    others_involved: str = ""
    family_part: str = ""
    due_date: dt.date | None = None
    review_months: int | None = None
    review_date: dt.date | None = None
    internal: bool = False


@dataclass(frozen=True)
class ReviewDecision:
    """What a meeting decided about an open action on its agenda.

    - DONE: the action is done.
    - CONTINUED: it goes on until ``new_date`` (its deadline, or its review date
      when it has no deadline).
    - CHANGED: it goes on as ``new_description``, optionally with ``new_date``.
    - HANDED_OVER: to ``to_service_id`` / ``to_professional_id``; when
      ``accepted_in_meeting`` the new holder took it over there and then
      (``accepted_by`` names who), otherwise the earlier holder stays responsible
      until the new one accepts.
    - NOT_DONE / CANCELLED: closed with ``note`` as the reason.
    """

    outcome: m.ReviewOutcome
    new_date: dt.date | None = None
    note: str = ""
    new_description: str = ""
    to_service_id: int | None = None
    to_professional_id: int | None = None
    accepted_in_meeting: bool = False
    accepted_by: str = ""


# -- loading -----------------------------------------------------------------------


def _load_action(uow: UnitOfWork, action_id: int) -> m.Action:
    return uow.cases.action(action_id)  # raises NotFoundError


def _check_expected(action: m.Action, expected_version: int | None) -> None:
    if expected_version is not None and action.version != expected_version:
        raise ConcurrentChangeError(f"action {action.id}: {expected_version} -> {action.version}")


def _check_holder(
    uow: UnitOfWork, service_id: int | None, professional_id: int | None, field: str
) -> None:
    if service_id is None:
        raise ValidationError(field, ValidationCode.REQUIRED)
    uow.directory.service(service_id)  # raises NotFoundError
    if professional_id is not None:
        person = uow.directory.professional(professional_id)
        if person.service_id is not None and person.service_id != service_id:
            raise FollowUpError(FollowUpCode.PERSON_NOT_IN_SERVICE)


def _meeting_day(meeting: m.Meeting) -> dt.date:
    return meeting.starts_at.date()


def _check_date(field: str, day: dt.date | None, earliest: dt.date, today: dt.date) -> None:
    if day is None:
        return
    if day < earliest:
        raise FollowUpError(FollowUpCode.DATE_BEFORE_START)
    v.check_within_years(field, day, today)


# -- agreeing an action ------------------------------------------------------------


def agree_action(
    uow: UnitOfWork, case_id: int, data: NewAction, today: dt.date | None = None
) -> int:
    """Store an action agreed for the case (in ``data.meeting_id``) and return its id."""
    today = today or dt.date.today()
    description = v.clean_text(
        "description", data.description, max_len=ACTION_TEXT_MAX, required=True, multiline=True
    )
    others = v.clean_text(
        "others_involved", data.others_involved, max_len=ACTION_TEXT_MAX, multiline=True
    )
    family_part = v.clean_text(
        "family_part", data.family_part, max_len=ACTION_TEXT_MAX, multiline=True
    )
    if (
        data.review_months is not None
        and data.review_months not in followup_rules.REVIEW_MONTH_CHOICES
    ):
        raise ValidationError("review_date", ValidationCode.DATE_OUT_OF_RANGE)
    with uow:
        case = uow.cases.get(case_id)
        start = today
        if data.meeting_id is not None:
            meeting = next((mt for mt in case.meetings if mt.id == data.meeting_id), None)
            if meeting is None:
                raise NotFoundError("meeting", data.meeting_id)
            if meeting.status == m.MeetingStatus.CANCELLED:
                raise FollowUpError(FollowUpCode.MEETING_CANCELLED)
            start = _meeting_day(meeting)
        _check_holder(uow, data.service_id, data.professional_id, "responsible_service_id")
        _check_date("due_date", data.due_date, start, today)
        _check_date("review_date", data.review_date, start, today)
        action = m.Action(
            case_id=case_id,
            meeting_id=data.meeting_id,
            description=description,
            responsible_service_id=data.service_id,
            responsible_professional_id=data.professional_id,
            others_involved=others,
            family_part=family_part,
            due_date=data.due_date,
            review_date=followup_rules.review_date_for(start, data.review_months, data.review_date),
            internal=data.internal,
        )
        case.actions.append(action)
        uow.commit()
    assert action.id is not None
    return action.id


# -- status and handovers -------------------------------------------------------------
#
# Two users may act on one action at the same moment. Every transition below is
# guarded in the database (storage/guards.py): it bumps the action's version, and
# a handover's decision or a review's outcome is a conditional UPDATE on a row
# still undecided. The user whose write loses is told why, from what the winner
# stored («allerede avslått av …»), and the refusal is recorded in the audit trail.


def _settle(uow: UnitOfWork, action_id: int, attempt: Callable[[bool], None]) -> None:
    def refused(_err: DomainError) -> None:
        _record_refusal(uow, action_id)

    guards.settle(uow, attempt, refused)


def _record_refusal(uow: UnitOfWork, action_id: int) -> None:
    """A change refused because another user's change to the action came first."""
    with uow:
        case_id = uow.cases.case_of_action(action_id)
    refusals.record(uow, case_id, "actions", action_id)


def _claim_handover(uow: UnitOfWork, handover: m.ActionHandover, **values: object) -> None:
    """Store a handover's decision only if it is still pending in the database."""
    if not uow.guards.claim(handover, ("accepted_on", "declined_on"), **values):
        raise ConcurrentChangeError(f"handover {handover.id} was decided meanwhile")


def change_status(
    uow: UnitOfWork,
    action_id: int,
    status: m.ActionStatus,
    reason: str = "",
    expected_version: int | None = None,
    overwrites: Overwrite | None = None,
) -> None:
    """Set the status; "not done" and "cancelled" need a reason (see domain.followup).

    ``overwrites`` is the conflict flow's "keep mine": it is recorded in the audit
    trail in the same transaction as the new status.
    """
    reason = v.clean_text("status_reason", reason, max_len=ACTION_TEXT_MAX, multiline=True)

    def attempt(store: bool) -> None:
        if not store:
            return  # a status edit that lost a race is a conflict: the user chooses
        action = _load_action(uow, action_id)
        _check_expected(action, expected_version)
        followup_rules.apply_status(action, status, reason)
        record_overwrite_in(uow, action.case_id, overwrites)
        uow.commit()

    _settle(uow, action_id, attempt)


def propose_handover(
    uow: UnitOfWork,
    action_id: int,
    to_service_id: int | None,
    to_professional_id: int | None,
    today: dt.date | None = None,
    note: str = "",
) -> None:
    """Offer the action to another service; the current holder keeps it until accepted."""
    today = today or dt.date.today()
    note = v.clean_text("note", note, max_len=ACTION_TEXT_MAX, multiline=True)

    def attempt(store: bool) -> None:
        action = _load_action(uow, action_id)
        _check_holder(uow, to_service_id, to_professional_id, "to_service_id")
        assert to_service_id is not None
        followup_rules.propose_handover(action, to_service_id, to_professional_id, today, note)
        if store:
            # the action's version: a handover conflicts with any other change to it
            uow.guards.touch(action)
            uow.commit()  # the database allows one pending handover per action

    _settle(uow, action_id, attempt)


def accept_handover(
    uow: UnitOfWork, action_id: int, accepted_by: str, today: dt.date | None = None
) -> None:
    """The receiving service takes the action over: from today it is theirs."""
    today = today or dt.date.today()
    accepted_by = v.clean_name("accepted_by", accepted_by)

    def attempt(store: bool) -> None:
        action = _load_action(uow, action_id)
        handover = followup_rules.accept_handover(action, today, accepted_by)
        if store:
            _claim_handover(
                uow, handover, accepted_on=handover.accepted_on, accepted_by=accepted_by
            )
            uow.guards.touch(action)
            uow.commit()

    _settle(uow, action_id, attempt)


def decline_handover(
    uow: UnitOfWork,
    action_id: int,
    declined_by: str,
    reason: str,
    today: dt.date | None = None,
) -> None:
    """The receiving service says no: the earlier holder keeps the action.

    Recorded, not deleted: who declined, when and why stay on the handover.
    """
    today = today or dt.date.today()
    declined_by = v.clean_name("declined_by", declined_by)
    reason = v.clean_text("decline_reason", reason, max_len=ACTION_TEXT_MAX, multiline=True)

    def attempt(store: bool) -> None:
        action = _load_action(uow, action_id)
        handover = followup_rules.decline_handover(action, today, declined_by, reason)
        if store:
            _claim_handover(
                uow,
                handover,
                declined_on=handover.declined_on,
                declined_by=handover.declined_by,
                decline_reason=handover.decline_reason,
            )
            uow.guards.touch(action)
            uow.commit()

    _settle(uow, action_id, attempt)


# -- the next meeting starts from the last one -------------------------------------------


def put_open_actions_on_agenda(uow: UnitOfWork, meeting_id: int) -> int:
    """Carry every open action of the meeting's case into its agenda; return how many were added.

    The meeting planner calls :func:`familiemote.domain.followup.carry_over_open_actions`
    itself when it plans a meeting; this is for a meeting planned before that, and
    is harmless to call twice.
    """

    def carry_over() -> int:
        case_id = uow.cases.case_of_meeting(meeting_id)
        if case_id is None:
            raise NotFoundError("meeting", meeting_id)
        case = uow.cases.get(case_id)
        meeting = next(mt for mt in case.meetings if mt.id == meeting_id)
        if meeting.status == m.MeetingStatus.CANCELLED:
            raise FollowUpError(FollowUpCode.MEETING_CANCELLED)
        added = followup_rules.carry_over_open_actions(case, meeting)
        uow.commit()  # one review per action and meeting (a unique constraint)
        return len(added)

    # someone else putting them on the agenda at the same moment: what is left, once
    return guards.again_after_writers(uow, carry_over)


def record_review_outcome(
    uow: UnitOfWork,
    action_id: int,
    meeting_id: int,
    decision: ReviewDecision,
    today: dt.date | None = None,
) -> None:
    """Record what ``meeting_id`` decided about an action carried into its agenda."""
    today = today or dt.date.today()
    note = v.clean_text("note", decision.note, max_len=ACTION_TEXT_MAX, multiline=True)
    outcome = decision.outcome
    if outcome in followup_rules.OUTCOMES_NEEDING_REASON and not note:
        raise ValidationError("status_reason", ValidationCode.REQUIRED)
    if outcome == m.ReviewOutcome.CONTINUED and decision.new_date is None:
        raise ValidationError("new_date", ValidationCode.REQUIRED)
    new_description = ""
    if outcome == m.ReviewOutcome.CHANGED:
        new_description = v.clean_text(
            "description",
            decision.new_description,
            max_len=ACTION_TEXT_MAX,
            required=True,
            multiline=True,
        )
    accepted_by = ""
    if outcome == m.ReviewOutcome.HANDED_OVER and decision.accepted_in_meeting:
        accepted_by = v.clean_name("accepted_by", decision.accepted_by)

    def attempt(store: bool) -> None:
        uow.guards.defer_writes()  # nothing is written before the guarded writes below
        action = _load_action(uow, action_id)
        review = next((r for r in action.reviews if r.meeting_id == meeting_id), None)
        if review is None:
            raise FollowUpError(FollowUpCode.NOT_ON_AGENDA)
        if review.outcome is not None:
            raise _outcome_recorded(uow, action, review)
        meeting = uow.cases.meeting(meeting_id)
        if meeting is None:
            raise NotFoundError("meeting", meeting_id)
        if meeting.status == m.MeetingStatus.CANCELLED:
            raise FollowUpError(FollowUpCode.MEETING_CANCELLED)
        day = _meeting_day(meeting)
        _check_date("new_date", decision.new_date, day, today)
        _apply_outcome(uow, action, decision, day, note, new_description, accepted_by)
        if not store:
            return
        # the outcome is written only onto a review that has none yet
        if not uow.guards.claim(
            review, ("outcome",), outcome=outcome, new_date=decision.new_date, note=note
        ):
            raise ConcurrentChangeError(f"review {review.id} has an outcome meanwhile")
        uow.guards.touch(action)
        uow.commit()

    _settle(uow, action_id, attempt)


def _outcome_recorded(
    uow: UnitOfWork, action: m.Action, review: m.ActionReview
) -> AlreadyDecidedError:
    """The review has its outcome: who recorded it and when, as the audit trail says."""
    assert action.case_id is not None and review.id is not None
    found = uow.audit.last_change(action.case_id, "action_reviews", review.id, action="update")
    if found is None:
        return AlreadyDecidedError(FollowUpCode.OUTCOME_RECORDED)
    who, at = found
    return AlreadyDecidedError(FollowUpCode.OUTCOME_RECORDED, who, at.date())


def _apply_outcome(
    uow: UnitOfWork,
    action: m.Action,
    decision: ReviewDecision,
    day: dt.date,
    note: str,
    new_description: str,
    accepted_by: str,
) -> None:
    """What the outcome does to the action (in memory; the caller stores it)."""
    outcome = decision.outcome
    if outcome in followup_rules.OUTCOME_STATUS:
        followup_rules.apply_status(action, followup_rules.OUTCOME_STATUS[outcome], note)
        return
    if not action.is_open:
        raise FollowUpError(FollowUpCode.ACTION_CLOSED)
    if outcome == m.ReviewOutcome.CHANGED:
        action.description = new_description
    if decision.new_date is not None:
        if action.due_date is not None:
            action.due_date = decision.new_date
        else:
            action.review_date = decision.new_date
    if outcome == m.ReviewOutcome.HANDED_OVER:
        _check_holder(uow, decision.to_service_id, decision.to_professional_id, "to_service_id")
        assert decision.to_service_id is not None
        followup_rules.propose_handover(
            action, decision.to_service_id, decision.to_professional_id, day, note
        )
        if decision.accepted_in_meeting:
            followup_rules.accept_handover(action, day, accepted_by)
    elif action.status == m.ActionStatus.AGREED:
        action.status = m.ActionStatus.IN_PROGRESS


# -- editing and removing an action while the meeting that agreed it runs ----------------


@dataclass(frozen=True)
class ActionEdit:
    """The fields of an action that the meeting guide edits in its row."""

    description: str
    service_id: int | None
    professional_id: int | None = None
    family_part: str = ""
    due_date: dt.date | None = None
    review_date: dt.date | None = None
    internal: bool = False


def edit_action(
    uow: UnitOfWork,
    action_id: int,
    data: ActionEdit,
    expected_version: int | None = None,
    today: dt.date | None = None,
    overwrites: Overwrite | None = None,
) -> int:
    """Change what an open action says (what, who, the family's part, dates); returns its version.

    The holder may be changed here only while no handover is recorded: after
    that, a change of holder is a handover (:func:`propose_handover`).
    ``overwrites`` is the conflict flow's "keep mine", recorded in the audit
    trail in the same transaction as the change.
    """
    today = today or dt.date.today()
    description = v.clean_text(
        "description", data.description, max_len=ACTION_TEXT_MAX, required=True, multiline=True
    )
    family_part = v.clean_text(
        "family_part", data.family_part, max_len=ACTION_TEXT_MAX, multiline=True
    )
    with uow:
        action = _load_action(uow, action_id)
        _check_expected(action, expected_version)
        if not action.is_open:
            raise FollowUpError(FollowUpCode.ACTION_CLOSED)
        holder_changed = (data.service_id, data.professional_id) != (
            action.responsible_service_id,
            action.responsible_professional_id,
        )
        if holder_changed and action.handovers:
            raise FollowUpError(FollowUpCode.STATUS_BY_HANDOVER_ONLY)
        _check_holder(uow, data.service_id, data.professional_id, "responsible_service_id")
        start = today
        if action.meeting_id is not None:
            meeting = uow.cases.meeting(action.meeting_id)
            if meeting is not None:
                start = _meeting_day(meeting)
        _check_date("due_date", data.due_date, start, today)
        _check_date("review_date", data.review_date, start, today)
        action.description = description
        action.responsible_service_id = data.service_id
        action.responsible_professional_id = data.professional_id
        action.family_part = family_part
        action.due_date = data.due_date
        action.review_date = data.review_date or followup_rules.review_date_for(start, None, None)
        action.internal = data.internal
        record_overwrite_in(uow, action.case_id, overwrites)
        uow.commit()
        return action.version


def remove_action(uow: UnitOfWork, action_id: int, expected_version: int | None = None) -> None:
    """Take back an action agreed by mistake, while it has no history.

    An action that was handed over or reviewed in a meeting keeps its history:
    it is closed with a status instead (:func:`change_status`). A review still
    waiting on a later meeting's agenda goes with it.
    """
    with uow:
        action = _load_action(uow, action_id)
        _check_expected(action, expected_version)
        if action.handovers or any(r.outcome is not None for r in action.reviews):
            raise FollowUpError(FollowUpCode.OUTCOME_RECORDED)
        for review in list(action.reviews):
            uow.cases.remove(review)
        uow.cases.remove(action)
        uow.commit()
