"""Field rules shared by every entry point (UI, command line, import).

Each function returns the cleaned value or raises :class:`ValidationError`; a
refused value is never half-stored because services validate before they write.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from familiemote.domain.errors import ValidationCode, ValidationError

NAME_MAX = 100
SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 20_000
# Children and young people 0-24 (Ipsos 2018); the reports' family meetings saw 3-16.
OLDEST_AGE = 25

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


def check_meeting_time(field: str, when: dt.datetime, today: dt.date) -> dt.datetime:
    """A meeting lies within ten years either side of today."""
    if abs(when.date().year - today.year) > 10:
        raise ValidationError(field, ValidationCode.DATE_OUT_OF_RANGE, 10)
    return when.replace(second=0, microsecond=0, tzinfo=None)
