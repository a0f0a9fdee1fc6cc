"""Rules for family meetings and the pathway through the five phases.

Plain functions over the domain model; every date is passed in. The services
call these before they write, and the UI calls them to warn while the user is
still typing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from familiemote.domain import model as m
from familiemote.domain.errors import ValidationCode, ValidationError

# "BUP kan delta på inntil to familiemøter uten at barnet er henvist" («Kvalitet i alle ledd» 2016).
SPECIALIST_MEETINGS_BEFORE_REFERRAL = 2
# "Fastlegen må kalles inn minst 4 uker før" («Kvalitet i alle ledd» 2016).
FASTLEGE_NOTICE_DAYS = 28
# Epikrise within 7 days after the specialist case closes («Kvalitet i alle ledd» 2016).
EPIKRISE_DAYS = 7

ABSENT = frozenset({m.Attendance.ABSENT_WITH_NOTICE, m.Attendance.ABSENT_WITHOUT_NOTICE})


def referral_recorded(case: m.Case) -> bool:
    """Whether a referral to BUP/HABU has been sent (``referred_on`` set)."""
    return any(r.referred_on is not None for r in case.referrals)


def takes_part_as_specialist(p: m.Participant, services: Mapping[int, m.Service]) -> bool:
    """A specialist-service participant (BUP, HABU, ...) who is invited or present."""
    if p.kind != m.ParticipantKind.PROFESSIONAL or p.service_id is None:
        return False
    service = services.get(p.service_id)
    if service is None or service.level != m.ServiceLevel.SPECIALIST:
        return False
    return p.attendance not in ABSENT


def check_held_day(day: dt.date, opened_on: dt.date, today: dt.date) -> None:
    """The day a meeting was held, when it is recorded as held before its planned day:
    not later than today (it has happened), and not before the case was opened (a
    family meeting is the case's; the reports are silent, and a nurse would not put
    a meeting before the concern it met about was registered)."""
    if day > today:
        raise ValidationError("held_on", ValidationCode.DATE_IN_FUTURE)
    if day < opened_on:
        raise ValidationError("held_on", ValidationCode.BEFORE_START)


def own_services(case: m.Case, coordinator_service_id: int | None) -> frozenset[int]:
    """The service that holds the case: the coordinator's (the contact person in the
    municipality who coordinates the family meetings, «Kvalitet i alle ledd» 2016). It
    shares nothing with itself, so it never discusses its own case anonymously and
    needs no consent to take part in the case's meetings. Every other service, the
    initiating one too, receives information only with consent."""
    del case  # the coordinator is the case's; kept for the callers' one signature
    return (
        frozenset({coordinator_service_id}) if coordinator_service_id is not None else frozenset()
    )


def meeting_has_specialist(meeting: m.Meeting, services: Mapping[int, m.Service]) -> bool:
    return any(takes_part_as_specialist(p, services) for p in meeting.participants)


@dataclass(frozen=True)
class SpecialistMeetings:
    """Family meetings with the specialist service before a referral: those held
    (BUP has taken part) and those only planned (BUP is invited)."""

    held: int
    planned: int

    @property
    def total(self) -> int:
        return self.held + self.planned


def specialist_meetings_split(
    case: m.Case, services: Mapping[int, m.Service], *, excluding: int | None = None
) -> SpecialistMeetings:
    """Family meetings (not cancelled) with the specialist service, held and planned.

    ``excluding`` leaves out one meeting (the one being planned or changed).
    Meetings after a referral was sent are not counted: the limit is lifted then.
    """
    first_referral = min(
        (r.referred_on for r in case.referrals if r.referred_on is not None), default=None
    )
    held = planned = 0
    for meeting in case.meetings:
        if meeting.id is not None and meeting.id == excluding:
            continue
        if meeting.kind != m.MeetingKind.FAMILY or meeting.status == m.MeetingStatus.CANCELLED:
            continue
        if first_referral is not None and meeting.starts_at.date() > first_referral:
            continue
        if meeting_has_specialist(meeting, services):
            if meeting.status == m.MeetingStatus.HELD:
                held += 1
            else:
                planned += 1
    return SpecialistMeetings(held, planned)


def specialist_meetings_before_referral(
    case: m.Case, services: Mapping[int, m.Service], *, excluding: int | None = None
) -> int:
    """Family meetings (not cancelled, held or planned) in which the specialist service
    takes part: the limit counts the planned ones too, so a third cannot be planned
    while two are still ahead."""
    return specialist_meetings_split(case, services, excluding=excluding).total


def specialist_limit_reached(
    case: m.Case, services: Mapping[int, m.Service], *, excluding: int | None = None
) -> bool:
    """Whether one more family meeting with BUP needs a referral or a recorded override."""
    if referral_recorded(case):
        return False
    count = specialist_meetings_before_referral(case, services, excluding=excluding)
    return count >= SPECIALIST_MEETINGS_BEFORE_REFERRAL


def fastlege_notice_too_short(
    starts_at: dt.datetime,
    participants: list[m.Participant],
    services: Mapping[int, m.Service],
    invited_on: dt.date,
) -> bool:
    """A fastlege is invited less than four weeks before the meeting."""
    has_gp = any(
        p.service_id is not None
        and p.service_id in services
        and services[p.service_id].kind == m.ServiceKind.FASTLEGE
        and p.attendance not in ABSENT
        for p in participants
    )
    return has_gp and (starts_at.date() - invited_on).days < FASTLEGE_NOTICE_DAYS


class EpikriseState(Enum):
    NOT_DUE = "not_due"  # the summary meeting lies ahead
    PENDING = "pending"  # within the 7 days
    OVERDUE = "overdue"
    SENT_ON_TIME = "sent_on_time"
    SENT_LATE = "sent_late"


@dataclass(frozen=True)
class EpikriseStatus:
    state: EpikriseState
    due_on: dt.date
    days_left: int  # negative when overdue


def epikrise_status(meeting: m.Meeting, today: dt.date) -> EpikriseStatus:
    """The 7-day epikrise deadline, counted from the summary meeting (the case closing)."""
    closed_on = meeting.starts_at.date()
    due = closed_on + dt.timedelta(days=EPIKRISE_DAYS)
    left = (due - today).days
    if meeting.epikrise_sent_on is not None:
        state = (
            EpikriseState.SENT_ON_TIME
            if meeting.epikrise_sent_on <= due
            else EpikriseState.SENT_LATE
        )
    elif today < closed_on:
        state = EpikriseState.NOT_DUE
    elif today <= due:
        state = EpikriseState.PENDING
    else:
        state = EpikriseState.OVERDUE
    return EpikriseStatus(state, due, left)


def services_to_notify(case: m.Case) -> list[int]:
    """Who must be told of a phase change or closure: the service that raised the
    concern and the initiating service (each once); the family is told in the meeting."""
    out: list[int] = []
    for ident in (case.concern_service_id, case.initiating_service_id):
        if ident is not None and ident not in out:
            out.append(ident)
    return out


# A meeting planned without a fastlege: two weeks gives the family and the services
# time to arrange; with a fastlege the four weeks' notice applies.
DEFAULT_LEAD_DAYS = 14


def default_meeting_day(today: dt.date, *, fastlege_invited: bool = False) -> dt.date:
    """The date a planner proposes: a working day, never a public holiday or in the
    Christmas week, two weeks ahead, or four when a fastlege is invited."""
    from familiemote.domain.calendar_no import next_working_day

    lead = FASTLEGE_NOTICE_DAYS if fastlege_invited else DEFAULT_LEAD_DAYS
    return next_working_day(today + dt.timedelta(days=lead))


def fastlege_invited(participants: list[m.Participant], services: Mapping[int, m.Service]) -> bool:
    """A fastlege is among the invited (not absent)."""
    return any(
        p.service_id is not None
        and p.service_id in services
        and services[p.service_id].kind == m.ServiceKind.FASTLEGE
        and p.attendance not in ABSENT
        for p in participants
    )
