"""Typed errors raised by the domain and the services.

The domain emits no user text: each error carries a machine-readable code (and
the field it concerns) which the UI and the command line put into Norwegian.
"""

from __future__ import annotations

from enum import Enum


class DomainError(Exception):
    """Base class for errors a user can cause and correct."""


class ValidationCode(Enum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    CONTROL_CHARACTERS = "control_characters"
    DATE_IN_FUTURE = "date_in_future"
    DATE_OUT_OF_RANGE = "date_out_of_range"
    INVALID_DATE = "invalid_date"
    INCONSISTENT = "inconsistent"
    INVALID_EMAIL = "invalid_email"
    INVALID_PHONE = "invalid_phone"


class ValidationError(DomainError):
    """A field holds a value the domain refuses."""

    def __init__(self, field: str, code: ValidationCode, limit: int | None = None) -> None:
        super().__init__(f"{field}: {code.value}" + (f" ({limit})" if limit is not None else ""))
        self.field = field
        self.code = code
        self.limit = limit


class NotFoundError(DomainError):
    """The record asked for does not exist (any more)."""

    def __init__(self, kind: str, ident: int) -> None:
        super().__init__(f"{kind} {ident} not found")
        self.kind = kind
        self.ident = ident


class ConcurrentChangeError(DomainError):
    """Someone else saved the same record since it was read; nothing was overwritten."""


class DatabaseOpenCode(Enum):
    MISSING_FOLDER = "missing_folder"
    READ_ONLY = "read_only"
    NOT_A_DATABASE = "not_a_database"
    NEWER_SCHEMA = "newer_schema"
    LOCKED = "locked"
    UNREACHABLE = "unreachable"
    BAD_URL = "bad_url"
    UNKNOWN = "unknown"


class DatabaseOpenError(DomainError):
    """The database could not be opened; the file was left as it was."""

    def __init__(self, code: DatabaseOpenCode, location: str, detail: str = "") -> None:
        super().__init__(f"{code.value}: {location} {detail}".strip())
        self.code = code
        self.location = location
        self.detail = detail
