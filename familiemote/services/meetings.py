"""Family meetings and summary meetings: plan, run step by step, decide, refer.

The rules of the family meeting are enforced here, before
anything is written:

* BUP (any specialist service) takes part in at most two family meetings before
  a referral is sent; a third is refused with :class:`SpecialistLimitError`
  unless an override reason is recorded on the meeting («Kvalitet i alle ledd» 2016).
* A service that receives information about the case must be covered by a
  consent (:func:`familiemote.domain.consent.may_receive`), else
  :class:`ConsentMissingError`.
* A fastlege invited less than four weeks ahead is a *warning*, returned to the
  caller, not an error («Kvalitet i alle ledd» 2016).

Planning a meeting puts every open action on its agenda
(:func:`familiemote.domain.followup.carry_over_open_actions`) in the same unit
of work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from familiemote.domain import consent as consent_rules
from familiemote.domain import meeting_rules
from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.domain.errors import (
    AttachmentConsentError,
    ConcurrentChangeError,
    ConsentMissingError,
    DomainError,
    NotFoundError,
    SpecialistLimitError,
    ValidationCode,
    ValidationError,
)
from familiemote.domain.followup import carry_over_open_actions
from familiemote.services import refusals
from familiemote.services.audit import Overwrite, record_overwrite_in
from familiemote.services.consent import read_age_settings
from familiemote.services.pathway import (
    PhaseDecisionInput,
    clean_decision_input,
    record_phase_decision,
)
from familiemote.storage import guards
from familiemote.storage.uow import UnitOfWork


class MeetingWarning(Enum):
    FASTLEGE_SHORT_NOTICE = "fastlege_short_notice"


class GuideField(Enum):
    """The free-text fields of a meeting that the guide's steps write to."""

    FAMILY_DESCRIPTION = "family_description"
    CHILD_VOICE = "child_voice"
    SERVICES_VIEW = "services_view"
    DECISION_TEXT = "decision_text"
    NEXT_MEETING_NOTE = "next_meeting_note"
    INTERNAL_NOTES = "internal_notes"


# Which field a text step of the guide (content keys) writes to.
STEP_FIELDS: dict[str, GuideField] = {
    "familiens_beskrivelse": GuideField.FAMILY_DESCRIPTION,
    "barnets_stemme": GuideField.CHILD_VOICE,
    "tjenestenes_vurdering": GuideField.SERVICES_VIEW,
    "status_fra_spesialisthelsetjenesten": GuideField.SERVICES_VIEW,
    "videre_tiltak": GuideField.DECISION_TEXT,
    "ansvarsgruppe": GuideField.NEXT_MEETING_NOTE,
}


@dataclass(frozen=True)
class ParticipantInput:
    kind: m.ParticipantKind
    family_member_id: int | None = None
    professional_id: int | None = None
    service_id: int | None = None
    roles: frozenset[m.Role] = frozenset()
    attendance: m.Attendance = m.Attendance.INVITED
    receives_information: bool = True


@dataclass(frozen=True)
class MeetingPlan:
    kind: m.MeetingKind
    starts_at: dt.datetime
    place: str = ""
    participants: tuple[ParticipantInput, ...] = ()
    bup_override_reason: str = ""


@dataclass(frozen=True)
class PlanResult:
    meeting_id: int
    warnings: frozenset[MeetingWarning]
    carried_over: int = 0


@dataclass(frozen=True)
class ReferralInput:
    target: m.ReferralTarget
    checklist: frozenset[m.ChecklistItem] = frozenset()
    checklist_notes: str = ""
    referred_on: dt.date | None = None
    referred_by: str = ""
    meeting_id: int | None = None


def _services(uow: UnitOfWork) -> dict[int, m.Service]:
    return {s.id: s for s in uow.directory.services(include_inactive=True) if s.id is not None}


def own_services(uow: UnitOfWork, case: m.Case) -> frozenset[int]:
    """The services that hold the case (:func:`meeting_rules.own_services`)."""
    coordinator_service = (
        uow.directory.professional(case.coordinator_id).service_id
        if case.coordinator_id is not None
        else None
    )
    return meeting_rules.own_services(case, coordinator_service)


def _build_participants(
    uow: UnitOfWork,
    case: m.Case,
    plan: MeetingPlan,
    services: dict[int, m.Service],
    today: dt.date,
) -> list[m.Participant]:
    """The plan's participants, checked. A professional of the case's own service
    always receives information (no consent needed: the case is theirs)."""
    out: list[m.Participant] = []
    seen: set[tuple[object, ...]] = set()
    family_ids = {f.id for f in case.family_members}
    settings = read_age_settings(uow)
    own = own_services(uow, case)
    for p in plan.participants:
        v.check_participant(p.kind, p.family_member_id, p.professional_id, p.service_id)
        service_id = p.service_id
        if p.kind == m.ParticipantKind.FAMILY:
            if p.family_member_id not in family_ids:
                raise ValidationError("participants", ValidationCode.INCONSISTENT)
            key: tuple[object, ...] = ("f", p.family_member_id)
        elif p.kind == m.ParticipantKind.CHILD:
            key = ("c",)
        else:
            if p.professional_id is not None:
                person = uow.directory.professional(p.professional_id)
                service_id = service_id if service_id is not None else person.service_id
            if service_id is None and p.professional_id is None:
                raise ValidationError("participants", ValidationCode.REQUIRED)
            if service_id is not None and service_id not in services:
                raise NotFoundError("service", service_id)
            key = ("p", p.professional_id, service_id)
            if (
                p.receives_information
                and service_id is not None
                and service_id not in own
                and not consent_rules.may_receive(case, service_id, today, settings)
            ):
                raise ConsentMissingError(service_id)
        if key in seen:
            raise ValidationError("participants", ValidationCode.INCONSISTENT)
        seen.add(key)
        out.append(
            m.Participant(
                kind=p.kind,
                family_member_id=p.family_member_id if p.kind == m.ParticipantKind.FAMILY else None,
                professional_id=(
                    p.professional_id if p.kind == m.ParticipantKind.PROFESSIONAL else None
                ),
                service_id=service_id if p.kind == m.ParticipantKind.PROFESSIONAL else None,
                roles=frozenset(p.roles),
                attendance=p.attendance,
                receives_information=(
                    p.receives_information or service_id in own
                    if p.kind == m.ParticipantKind.PROFESSIONAL
                    else True
                ),
            )
        )
    return out


def _check_specialist_limit(
    case: m.Case,
    services: dict[int, m.Service],
    kind: m.MeetingKind,
    participants: list[m.Participant],
    override_reason: str,
    excluding: int | None,
) -> None:
    if kind != m.MeetingKind.FAMILY or override_reason:
        return
    if not any(meeting_rules.takes_part_as_specialist(p, services) for p in participants):
        return
    if meeting_rules.specialist_limit_reached(case, services, excluding=excluding):
        count = meeting_rules.specialist_meetings_before_referral(
            case, services, excluding=excluding
        )
        raise SpecialistLimitError(count, meeting_rules.SPECIALIST_MEETINGS_BEFORE_REFERRAL)


def _check_stored_meeting(case: m.Case, services: dict[int, m.Service], meeting: m.Meeting) -> None:
    """The specialist limit on a stored meeting whose participants just changed."""
    _check_specialist_limit(
        case,
        services,
        meeting.kind,
        meeting.participants,
        meeting.bup_override_reason,
        meeting.id,
    )


def warnings_for(
    starts_at: dt.datetime,
    participants: list[m.Participant],
    services: dict[int, m.Service],
    invited_on: dt.date,
) -> frozenset[MeetingWarning]:
    out = set()
    if meeting_rules.fastlege_notice_too_short(starts_at, participants, services, invited_on):
        out.add(MeetingWarning.FASTLEGE_SHORT_NOTICE)
    return frozenset(out)


def _clean_plan(plan: MeetingPlan, today: dt.date) -> MeetingPlan:
    return MeetingPlan(
        kind=plan.kind,
        starts_at=v.check_meeting_time("starts_at", plan.starts_at, today),
        place=v.clean_text("place", plan.place, max_len=v.SHORT_TEXT_MAX),
        participants=plan.participants,
        bup_override_reason=v.clean_text(
            "bup_override_reason", plan.bup_override_reason, max_len=v.LONG_TEXT_MAX, multiline=True
        ),
    )


def plan_meeting(uow: UnitOfWork, case_id: int, plan: MeetingPlan, today: dt.date) -> PlanResult:
    """Store a planned meeting with its participants; open actions go on its agenda."""
    plan = _clean_plan(plan, today)
    with uow:
        case = uow.cases.get(case_id)
        services = _services(uow)
        participants = _build_participants(uow, case, plan, services, today)
        _check_specialist_limit(
            case, services, plan.kind, participants, plan.bup_override_reason, None
        )
        meeting = m.Meeting(
            case_id=case.id,
            kind=plan.kind,
            starts_at=plan.starts_at,
            place=plan.place,
            bup_override_reason=plan.bup_override_reason,
            participants=participants,
        )
        case.meetings.append(meeting)
        uow.flush()
        carried = carry_over_open_actions(case, meeting)
        uow.commit()
    assert meeting.id is not None
    return PlanResult(
        meeting.id, warnings_for(plan.starts_at, participants, services, today), len(carried)
    )


def _load(
    uow: UnitOfWork, meeting_id: int, expected_version: int | None = None
) -> tuple[m.Case, m.Meeting]:
    case_id = uow.cases.case_of_meeting(meeting_id)
    if case_id is None:
        raise NotFoundError("meeting", meeting_id)
    case = uow.cases.get(case_id)
    meeting = next(mt for mt in case.meetings if mt.id == meeting_id)
    if expected_version is not None and meeting.version != expected_version:
        raise ConcurrentChangeError(
            f"meeting {meeting_id}: {expected_version} -> {meeting.version}"
        )
    return case, meeting


def update_plan(
    uow: UnitOfWork,
    meeting_id: int,
    plan: MeetingPlan,
    today: dt.date,
    expected_version: int | None = None,
) -> PlanResult:
    """Change a meeting's time, place and participants (the whole list is replaced)."""
    plan = _clean_plan(plan, today)
    with uow:
        case, meeting = _load(uow, meeting_id, expected_version)
        services = _services(uow)
        participants = _build_participants(uow, case, plan, services, today)
        _check_specialist_limit(
            case, services, plan.kind, participants, plan.bup_override_reason, meeting_id
        )
        meeting.kind = plan.kind
        meeting.starts_at = plan.starts_at
        meeting.place = plan.place
        meeting.bup_override_reason = plan.bup_override_reason
        meeting.participants[:] = participants
        carried = carry_over_open_actions(case, meeting)
        uow.commit()
    return PlanResult(
        meeting_id, warnings_for(plan.starts_at, participants, services, today), len(carried)
    )


def save_text(
    uow: UnitOfWork,
    meeting_id: int,
    field: GuideField,
    text: str,
    expected_version: int | None = None,
) -> int:
    """Save one free-text field of the guide; returns the meeting's new version."""
    return save_texts(uow, meeting_id, {field: text}, expected_version)


def save_texts(
    uow: UnitOfWork,
    meeting_id: int,
    texts: Mapping[GuideField, str],
    expected_version: int | None = None,
    overwrites: Overwrite | None = None,
) -> int:
    """Save free-text fields of the guide together; returns the meeting's new version.

    ``overwrites`` is the conflict flow's "keep mine": it is recorded in the audit
    trail in the same transaction as the texts.
    """
    cleaned = {
        field.value: v.clean_text(field.value, text, max_len=v.LONG_TEXT_MAX, multiline=True)
        for field, text in texts.items()
    }
    return _store(uow, meeting_id, cleaned, expected_version, overwrites)


def _store(
    uow: UnitOfWork,
    meeting_id: int,
    values: Mapping[str, object],
    expected_version: int | None,
    overwrites: Overwrite | None = None,
) -> int:
    """Set checked values of a meeting's own fields and commit (with the conflict flow's
    overwrite, when given); returns the meeting's version. A value that did not change
    is not written, so saving unchanged text does not move the version."""
    with uow:
        case, meeting = _load(uow, meeting_id, expected_version)
        for name, value in values.items():
            if getattr(meeting, name) != value:
                setattr(meeting, name, value)
        record_overwrite_in(uow, case.id, overwrites)
        uow.commit()
        return meeting.version


def record_decision(
    uow: UnitOfWork,
    meeting_id: int,
    decision: m.Decision | None,
    text: str,
    expected_version: int | None = None,
    overwrites: Overwrite | None = None,
) -> int:
    """What the meeting decided («Kvalitet i alle ledd» 2016); returns the meeting's new version.

    ``overwrites`` is the conflict flow's "keep mine", recorded in the audit trail
    in the same transaction as the decision.
    """
    text = v.clean_text("decision_text", text, max_len=v.LONG_TEXT_MAX, multiline=True)
    return _store(
        uow,
        meeting_id,
        {"decision": decision, "decision_text": text},
        expected_version,
        overwrites,
    )


def set_status(
    uow: UnitOfWork,
    meeting_id: int,
    status: m.MeetingStatus,
    expected_version: int | None = None,
    *,
    now: dt.datetime | None = None,
) -> int:
    """Planned, held or cancelled; two users setting it at once: the second is refused
    (the meeting's version), on SQLite too, as a conflict rather than a lock error.

    With ``now``, a meeting whose day is still ahead cannot be recorded as held: move
    it to the day it was held first (:func:`move_to_held_time`).
    """
    versions: list[int] = []
    case_ids: list[int | None] = []

    def attempt(store: bool) -> None:
        case, meeting = _load(uow, meeting_id, expected_version)
        case_ids.append(case.id)
        if (
            status == m.MeetingStatus.HELD
            and now is not None
            and meeting.starts_at.date() > now.date()
        ):
            raise ValidationError("starts_at", ValidationCode.DATE_IN_FUTURE)
        if not store:
            return
        meeting.status = status
        uow.commit()
        versions.append(meeting.version)

    def refused(_err: DomainError) -> None:
        refusals.record(uow, case_ids[-1], "meetings", meeting_id)

    guards.settle(uow, attempt, refused)
    return versions[0]


def held_time(planned: dt.datetime, now: dt.datetime, day: dt.date | None = None) -> dt.datetime:
    """When a meeting planned for a later day was held, if it was held on ``day``
    (today when not given): that day at the planned hour; today, not later than now.
    (A day after today is kept as it is, for :func:`move_to_held_time` to refuse.)"""
    day = now.date() if day is None else day
    at = dt.datetime.combine(day, planned.time())
    if day == now.date():
        at = min(at, now)
    return at.replace(second=0, microsecond=0)


def move_to_held_time(
    uow: UnitOfWork,
    meeting_id: int,
    held_at: dt.datetime,
    now: dt.datetime,
    expected_version: int | None = None,
) -> int:
    """A planned meeting held before its planned day: its time becomes the time it was
    held (the planned time stays in the case's history); returns the new version.

    A held meeting is never moved; the day it was held is not after today nor before
    the case was opened (:func:`meeting_rules.check_held_day`), and its time not later
    than now. Nothing is stored when refused.
    """
    held_at = v.check_meeting_time("starts_at", held_at, now.date())
    with uow:
        case, meeting = _load(uow, meeting_id, expected_version)
        meeting_rules.check_held_day(held_at.date(), case.opened_on, now.date())
        if held_at > now:
            raise ValidationError("starts_at", ValidationCode.DATE_IN_FUTURE)
        if meeting.status != m.MeetingStatus.PLANNED:
            raise ValidationError("starts_at", ValidationCode.INCONSISTENT)
    return _store(uow, meeting_id, {"starts_at": held_at}, expected_version)


def set_attendance(
    uow: UnitOfWork, meeting_id: int, participant_id: int, attendance: m.Attendance
) -> None:
    """Invited, present, or absent with or without notice."""
    with uow:
        case, meeting = _load(uow, meeting_id)
        participant = next((p for p in meeting.participants if p.id == participant_id), None)
        if participant is None:
            raise NotFoundError("participant", participant_id)
        participant.attendance = attendance
        services = _services(uow)
        _check_stored_meeting(case, services, meeting)
        uow.commit()


def record_epikrise_sent(
    uow: UnitOfWork,
    meeting_id: int,
    sent_on: dt.date | None,
    today: dt.date,
    expected_version: int | None = None,
) -> int:
    """When the epikrise after a summary meeting was sent (None: not yet)."""
    if sent_on is not None and sent_on > today:
        raise ValidationError("epikrise_sent_on", ValidationCode.DATE_IN_FUTURE)
    with uow:
        _case, meeting = _load(uow, meeting_id, expected_version)
        if meeting.kind != m.MeetingKind.SUMMARY:
            raise ValidationError("epikrise_sent_on", ValidationCode.INCONSISTENT)
        meeting.epikrise_sent_on = sent_on
        uow.commit()
        return meeting.version


def save_referral(
    uow: UnitOfWork,
    case_id: int,
    data: ReferralInput,
    today: dt.date,
    referral_id: int | None = None,
    move_to_assessment: PhaseDecisionInput | None = None,
) -> int:
    """Create or update a referral and its checklist state; returns its id.

    Checklist item 5 needs a guardian consent to attach documentation from other
    services («Kvalitet i alle ledd» 2016). With ``move_to_assessment`` a case still in phase 1
    moves to phase 2 (Vurdering og henvisning) as a recorded decision, in the
    same unit of work.
    """
    if data.referred_on is not None and data.referred_on > today:
        raise ValidationError("referred_on", ValidationCode.DATE_IN_FUTURE)
    notes = v.clean_text(
        "checklist_notes", data.checklist_notes, max_len=v.LONG_TEXT_MAX, multiline=True
    )
    referred_by = v.clean_name("referred_by", data.referred_by, required=False)
    move = (
        clean_decision_input(move_to_assessment, today) if move_to_assessment is not None else None
    )
    with uow:
        case = uow.cases.get(case_id)
        if m.ChecklistItem.DOCUMENTATION_WITH_CONSENT in data.checklist and not (
            consent_rules.services_covered(
                case, m.ConsentPurpose.REFERRAL_ATTACHMENTS, today, read_age_settings(uow)
            )
        ):
            raise AttachmentConsentError("no consent to attach documentation")
        if data.meeting_id is not None and all(mt.id != data.meeting_id for mt in case.meetings):
            raise ValidationError("meeting_id", ValidationCode.INCONSISTENT)
        if referral_id is None:
            referral = m.Referral(case_id=case.id, target=data.target)
            case.referrals.append(referral)
        else:
            found = next((r for r in case.referrals if r.id == referral_id), None)
            if found is None:
                raise NotFoundError("referral", referral_id)
            referral = found
        referral.target = data.target
        referral.checklist = frozenset(data.checklist)
        referral.checklist_notes = notes
        referral.referred_on = data.referred_on
        referral.referred_by = referred_by
        referral.meeting_id = data.meeting_id
        if (
            move is not None
            and case.phase == m.Phase.BEKYMRING
            and case.status == m.CaseStatus.OPEN
        ):
            record_phase_decision(
                uow,
                case,
                m.PhaseDecisionKind.MOVE,
                m.Phase.VURDERING,
                move,
                m.NotificationReason.PHASE_CHANGED,
            )
            case.phase = m.Phase.VURDERING
        uow.commit()
    assert referral.id is not None
    return referral.id


# -- running the meeting: who came, the next meeting, closing ------------------------------


def set_all_present(uow: UnitOfWork, meeting_id: int) -> int:
    """«Alle til stede»: every participant still marked invited is present; returns how many."""
    with uow:
        case, meeting = _load(uow, meeting_id)
        changed = 0
        for p in meeting.participants:
            if p.attendance == m.Attendance.INVITED:
                p.attendance = m.Attendance.PRESENT
                changed += 1
        _check_specialist_limit(
            case,
            _services(uow),
            meeting.kind,
            meeting.participants,
            meeting.bup_override_reason,
            meeting_id,
        )
        uow.commit()
    return changed


def add_participant(
    uow: UnitOfWork,
    meeting_id: int,
    participant: ParticipantInput,
    today: dt.date,
) -> int:
    """Someone who came without being invited: added to the meeting; returns the participant id.

    The same rules as planning: a professional who receives information must be
    covered by consent (else :class:`ConsentMissingError`; add them with
    ``receives_information=False`` to discuss the case anonymously), and BUP's
    limit of two meetings before a referral holds.
    """
    with uow:
        case, meeting = _load(uow, meeting_id)
        services = _services(uow)
        plan = MeetingPlan(meeting.kind, meeting.starts_at, participants=(participant,))
        (new,) = _build_participants(uow, case, plan, services, today)
        existing = {_participant_key(p) for p in meeting.participants}
        if _participant_key(new) in existing:
            raise ValidationError("participants", ValidationCode.INCONSISTENT)
        meeting.participants.append(new)
        _check_stored_meeting(case, services, meeting)
        uow.commit()
    assert new.id is not None
    return new.id


def _participant_key(p: m.Participant) -> tuple[object, ...]:
    if p.kind == m.ParticipantKind.FAMILY:
        return ("f", p.family_member_id)
    if p.kind == m.ParticipantKind.CHILD:
        return ("c",)
    return ("p", p.professional_id, p.service_id if p.professional_id is None else None)


@dataclass(frozen=True)
class NextMeeting:
    """The planned next meeting, and the version of the meeting that agreed it."""

    meeting_id: int
    source_version: int
    warnings: frozenset[MeetingWarning]
    carried_over: int


def plan_next_meeting(
    uow: UnitOfWork,
    meeting_id: int,
    starts_at: dt.datetime,
    place: str,
    participant_ids: frozenset[int],
    today: dt.date,
    expected_version: int | None = None,
) -> NextMeeting:
    """«Neste møte»: plan the next meeting with this one's participants (those kept).

    Roles and whether each receives information carry over; everyone is invited
    again. A service that discussed the case anonymously receives information in the
    next meeting when a consent covers it by now (as the planner offers it). This
    meeting records when the next one is, in the same unit of work.
    """
    starts_at = v.check_meeting_time("starts_at", starts_at, today)
    place = v.clean_text("place", place, max_len=v.SHORT_TEXT_MAX)
    with uow:
        case, meeting = _load(uow, meeting_id, expected_version)
        services = _services(uow)
        settings = read_age_settings(uow)
        inputs = tuple(
            ParticipantInput(
                kind=p.kind,
                family_member_id=p.family_member_id,
                professional_id=p.professional_id,
                service_id=p.service_id if p.professional_id is None else None,
                roles=p.roles,
                receives_information=p.receives_information
                or (
                    p.service_id is not None
                    and consent_rules.may_receive(case, p.service_id, today, settings)
                ),
            )
            for p in meeting.participants
            if p.id in participant_ids
        )
        plan = MeetingPlan(meeting.kind, starts_at, place, inputs)
        participants = _build_participants(uow, case, plan, services, today)
        _check_specialist_limit(case, services, meeting.kind, participants, "", None)
        new = m.Meeting(
            case_id=case.id,
            kind=meeting.kind,
            starts_at=starts_at,
            place=place,
            participants=participants,
        )
        case.meetings.append(new)
        uow.flush()
        carried = carry_over_open_actions(case, new)
        meeting.next_meeting_at = starts_at
        uow.commit()
        assert new.id is not None
        return NextMeeting(
            new.id,
            meeting.version,
            warnings_for(starts_at, participants, services, today),
            len(carried),
        )


@dataclass(frozen=True)
class ClosingCheck:
    """What a meeting still lacks when it is closed («Avslutt møtet»).

    Actions are named by their text; services and guardians by id, for the UI
    to name. ``family_present`` counts the family members and the child marked
    present (one evaluation form each).
    """

    no_decision: bool
    without_person: tuple[str, ...]
    without_date: tuple[str, ...]
    recipients_without_consent: tuple[int, ...]
    family_present: int
    held: bool

    @property
    def complete(self) -> bool:
        return not (
            self.no_decision
            or self.without_person
            or self.without_date
            or self.recipients_without_consent
        )


def closing_check(uow: UnitOfWork, meeting_id: int, today: dt.date) -> ClosingCheck:
    with uow:
        case, meeting = _load(uow, meeting_id)
        settings = read_age_settings(uow)
        own = own_services(uow, case)
    agreed = [a for a in case.actions if a.meeting_id == meeting_id and a.is_open]
    recipients = {
        p.service_id
        for p in meeting.participants
        if p.receives_information and p.service_id is not None
    } | {a.responsible_service_id for a in agreed if a.responsible_service_id is not None}
    return ClosingCheck(
        no_decision=meeting.kind == m.MeetingKind.FAMILY and meeting.decision is None,
        without_person=tuple(
            a.description for a in agreed if a.responsible_professional_id is None
        ),
        without_date=tuple(a.description for a in agreed if a.due_date is None),
        recipients_without_consent=tuple(
            sorted(
                sid
                for sid in recipients - own
                if not consent_rules.may_receive(case, sid, today, settings)
            )
        ),
        family_present=sum(
            p.kind in (m.ParticipantKind.FAMILY, m.ParticipantKind.CHILD)
            and p.attendance == m.Attendance.PRESENT
            for p in meeting.participants
        ),
        held=meeting.status == m.MeetingStatus.HELD,
    )
