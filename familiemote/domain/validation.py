"""Field rules shared by every entry point (UI, command line, import).

Each function returns the cleaned value or raises :class:`ValidationError`; a
refused value is never half-stored because services validate before they write.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from familiemote.domain import model as m
from familiemote.domain.errors import ValidationCode, ValidationError

NAME_MAX = 100
SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 20_000
# An action's description, the family's part, a status reason, a review note: what
# fits on a plan's action row and is read aloud at the meeting.
ACTION_TEXT_MAX = 2_000
# How a withdrawal of consent was communicated.
WITHDRAWAL_NOTE_MAX = 1_000
# A search in the case list: a few words of a name, a service, a year.
SEARCH_MAX = 200
# Children and young people 0-24 (Ipsos 2018); the reports' family meetings saw 3-16.
OLDEST_AGE = 25
# A meeting's time, an action's deadline or review date: within this many years of
# today, so a mistyped year (2062 for 2026) is refused instead of stored.
DATE_YEARS = 10

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()-]{3,20}$")


def clean_text(
    field: str,
    value: str,
    *,
    max_len: int,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """Strip, refuse control characters (NUL included) and enforce length."""
    allowed = {"\n", "\t"} if multiline else set()
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    for ch in value:
        if ch not in allowed and unicodedata.category(ch) in {"Cc", "Cs"}:
            raise ValidationError(field, ValidationCode.CONTROL_CHARACTERS)
    value = value.strip()
    if required and not value:
        raise ValidationError(field, ValidationCode.REQUIRED)
    if len(value) > max_len:
        raise ValidationError(field, ValidationCode.TOO_LONG, max_len)
    return value


def clean_name(field: str, value: str, *, required: bool = True) -> str:
    return clean_text(field, value, max_len=NAME_MAX, required=required)


def clean_email(field: str, value: str) -> str:
    value = clean_text(field, value, max_len=SHORT_TEXT_MAX)
    if value and not _EMAIL.match(value):
        raise ValidationError(field, ValidationCode.INVALID_EMAIL)
    return value


def clean_phone(field: str, value: str) -> str:
    value = clean_text(field, value, max_len=SHORT_TEXT_MAX)
    if value and not _PHONE.match(value):
        raise ValidationError(field, ValidationCode.INVALID_PHONE)
    return value


@dataclass(frozen=True)
class TextRule:
    """How one stored text field is cleaned: the same rule for a form and for an import."""

    max_len: int
    multiline: bool = False
    required: bool = False
    shape: Literal["text", "email", "phone"] = "text"

    def clean(self, field: str, value: str) -> str:
        if self.shape == "email":
            return clean_email(field, value)
        if self.shape == "phone":
            return clean_phone(field, value)
        return clean_text(
            field, value, max_len=self.max_len, required=self.required, multiline=self.multiline
        )


NAME = TextRule(NAME_MAX, required=True)
OPTIONAL_NAME = TextRule(NAME_MAX)
SHORT_TEXT = TextRule(SHORT_TEXT_MAX)
EMAIL = TextRule(SHORT_TEXT_MAX, shape="email")
PHONE = TextRule(SHORT_TEXT_MAX, shape="phone")
LONG_TEXT = TextRule(LONG_TEXT_MAX, multiline=True)
REQUIRED_LONG_TEXT = TextRule(LONG_TEXT_MAX, multiline=True, required=True)
ACTION_TEXT = TextRule(ACTION_TEXT_MAX, multiline=True)
REQUIRED_ACTION_TEXT = TextRule(ACTION_TEXT_MAX, multiline=True, required=True)
WITHDRAWAL_NOTE = TextRule(WITHDRAWAL_NOTE_MAX, multiline=True)


def clean_search(value: str) -> str:
    """A search text: any characters, but not longer than :data:`SEARCH_MAX`."""
    if len(value) > SEARCH_MAX:
        raise ValidationError("search", ValidationCode.TOO_LONG, SEARCH_MAX)
    return value


def check_birth(
    birth_year: int | None, birth_date: dt.date | None, today: dt.date
) -> tuple[int, dt.date | None]:
    """Validate the child's birth year or date; return (year, date)."""
    if birth_date is not None:
        if birth_date > today:
            raise ValidationError("child_birth_date", ValidationCode.DATE_IN_FUTURE)
        if today.year - birth_date.year > OLDEST_AGE:
            raise ValidationError("child_birth_date", ValidationCode.DATE_OUT_OF_RANGE, OLDEST_AGE)
        if birth_year is not None and birth_year != birth_date.year:
            raise ValidationError("child_birth_year", ValidationCode.INCONSISTENT)
        return birth_date.year, birth_date
    if birth_year is None:
        raise ValidationError("child_birth_year", ValidationCode.REQUIRED)
    if birth_year > today.year:
        raise ValidationError("child_birth_year", ValidationCode.DATE_IN_FUTURE)
    if today.year - birth_year > OLDEST_AGE:
        raise ValidationError("child_birth_year", ValidationCode.DATE_OUT_OF_RANGE, OLDEST_AGE)
    return birth_year, None


def local_time(when: dt.datetime) -> dt.datetime:
    """A naive local wall-clock time, as meetings are stored.

    A time that carries a timezone is converted to this computer's local time
    first, so 14.00+05:00 is stored as the local hour it names, never as 14.00.
    """
    if when.tzinfo is not None and when.tzinfo.utcoffset(when) is not None:
        return when.astimezone().replace(tzinfo=None)
    return when.replace(tzinfo=None)


def check_within_years(field: str, day: dt.date, today: dt.date) -> None:
    """A planned date lies within :data:`DATE_YEARS` years either side of today."""
    if abs(day.year - today.year) > DATE_YEARS:
        raise ValidationError(field, ValidationCode.DATE_OUT_OF_RANGE, DATE_YEARS)


def check_meeting_time(field: str, when: dt.datetime, today: dt.date) -> dt.datetime:
    """A meeting lies within :data:`DATE_YEARS` years either side of today."""
    when = local_time(when)
    check_within_years(field, when.date(), today)
    return when.replace(second=0, microsecond=0)


# -- rules over several fields, shared by the services and the import ------------------


def check_participant(
    kind: m.ParticipantKind,
    family_member_id: object | None,
    professional_id: object | None,
    service_id: object | None,
) -> None:
    """A family participant names the family member; a professional a person or a service."""
    if kind == m.ParticipantKind.FAMILY and family_member_id is None:
        raise ValidationError("participant_family_member", ValidationCode.REQUIRED)
    if kind == m.ParticipantKind.PROFESSIONAL and professional_id is None and service_id is None:
        raise ValidationError("participant_professional", ValidationCode.REQUIRED)


def check_consent_giver(given_by_id: object | None, given_by_child: bool) -> None:
    """A consent is given by one guardian, or by the young person: exactly one of them."""
    if given_by_child == (given_by_id is not None):
        raise ValidationError("consent_given_by", ValidationCode.REQUIRED)


def check_consent(
    given_by_id: object | None,
    given_by_child: bool,
    given_on: dt.date,
    valid_until: dt.date | None,
    purposes: Iterable[m.ConsentPurpose],
    service_ids: Iterable[object],
    today: dt.date,
) -> None:
    """A consent as the form records it: given by one person, not in the future, valid
    from the day it was given, for at least one purpose and one service."""
    if given_on > today:
        raise ValidationError("consent_given_on", ValidationCode.DATE_IN_FUTURE)
    if valid_until is not None and valid_until < given_on:
        raise ValidationError("consent_valid_until", ValidationCode.BEFORE_START)
    if not list(service_ids):
        raise ValidationError("consent_services", ValidationCode.NONE_CHOSEN)
    if not list(purposes):
        raise ValidationError("consent_purposes", ValidationCode.NONE_CHOSEN)
    check_consent_giver(given_by_id, given_by_child)


def check_case_status(status: m.CaseStatus, opened_on: dt.date, closed_on: dt.date | None) -> None:
    """A closed case has the date it was closed (its retention runs from it); an open one not."""
    if status == m.CaseStatus.CLOSED and closed_on is None:
        raise ValidationError("closed_on", ValidationCode.REQUIRED)
    if status == m.CaseStatus.OPEN and closed_on is not None:
        raise ValidationError("closed_on", ValidationCode.INCONSISTENT)
    if closed_on is not None and closed_on < opened_on:
        raise ValidationError("closed_on", ValidationCode.BEFORE_START)


def check_one_review_per_meeting(meeting_ids: Iterable[object]) -> None:
    """An action is reviewed at most once in each meeting."""
    seen: set[object] = set()
    for meeting_id in meeting_ids:
        if meeting_id in seen:
            raise ValidationError("review_meeting", ValidationCode.DUPLICATE)
        seen.add(meeting_id)


def check_handovers(states: Iterable[tuple[dt.date | None, dt.date | None]]) -> None:
    """An action's handovers, as (accepted on, declined on): each is accepted, declined or
    pending, never both, and at most one is pending at a time."""
    pending = 0
    for accepted_on, declined_on in states:
        if accepted_on is not None and declined_on is not None:
            raise ValidationError("handover_state", ValidationCode.INCONSISTENT)
        if accepted_on is None and declined_on is None:
            pending += 1
    if pending > 1:
        raise ValidationError("handover_state", ValidationCode.DUPLICATE)
