"""Typed errors raised by the domain and the services.

The domain emits no user text: each error carries a machine-readable code (and
the field it concerns) which the UI and the command line put into Norwegian.
"""

from __future__ import annotations

import datetime as dt
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
    INVALID_NAME = "invalid_name"
    # consent
    NONE_CHOSEN = "none_chosen"  # at least one service / purpose must be ticked
    NOT_A_GUARDIAN = "not_a_guardian"  # only a guardian (or the young person) consents
    TOO_YOUNG = "too_young"  # the young person does not consent at this age
    BEFORE_START = "before_start"  # a date before the date it depends on
    ALREADY_WITHDRAWN = "already_withdrawn"
    AGES_OUT_OF_ORDER = "ages_out_of_order"  # heard <= co-consents <= consents alone
    NOT_ANONYMOUS = "not_anonymous"  # only an anonymous consultation can be named
    DUPLICATE = "duplicate"  # the same thing twice where once is the rule


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


class TransferCode(Enum):
    """Why a case file was refused on import (nothing is stored)."""

    UNREADABLE = "unreadable"  # the file cannot be read
    TOO_LARGE = "too_large"
    NOT_JSON = "not_json"
    WRONG_FORMAT = "wrong_format"  # not a "familiemote-case" file
    NEWER_VERSION = "newer_version"
    MISSING_FIELD = "missing_field"
    UNKNOWN_FIELD = "unknown_field"
    WRONG_TYPE = "wrong_type"
    INVALID_VALUE = "invalid_value"  # see ``reason``
    DANGLING_REFERENCE = "dangling_reference"
    DUPLICATE_REFERENCE = "duplicate_reference"
    DUPLICATE_KEY = "duplicate_key"  # the same field twice in one object of the file
    NOT_A_FILE = "not_a_file"  # a folder, a device or a pipe where a file is expected
    CANNOT_WRITE = "cannot_write"  # the export could not be written (folder, rights, disk)


class TransferError(DomainError):
    """A case file that is not what it claims; ``where`` is the path in the file."""

    def __init__(
        self,
        code: TransferCode,
        where: str = "",
        reason: ValidationCode | None = None,
        limit: int | None = None,
        *,
        key: str = "",
        field: str = "",
    ) -> None:
        detail = f" {reason.value}" if reason else ""
        super().__init__(f"{code.value} at {where or '(file)'}{detail}")
        self.code = code
        self.where = where
        self.reason = reason
        self.limit = limit
        self.key = key  # an unknown or repeated key of the file, shortened
        self.field = field  # the domain's field name when a domain rule refused the value


class DatabaseOpenCode(Enum):
    MISSING_FOLDER = "missing_folder"
    READ_ONLY = "read_only"
    NOT_A_DATABASE = "not_a_database"
    NEWER_SCHEMA = "newer_schema"
    LOCKED = "locked"
    UNREACHABLE = "unreachable"
    LOGIN_FAILED = "login_failed"  # the server asked for a password, or refused the one given
    BAD_URL = "bad_url"
    UNKNOWN = "unknown"
    WRONG_PASSPHRASE = "wrong_passphrase"  # an encrypted file the passphrase does not open
    UNENCRYPTED = "unencrypted"  # a plain SQLite file where an encrypted one is expected
    DAMAGED = "damaged"  # PRAGMA integrity_check found errors
    IN_USE = "in_use"  # open in another Familiemøte window
    NOT_SUPPORTED = "not_supported"  # e.g. a file backup of a database server
    NO_SUCH_FILE = "no_such_file"  # a command that never creates a database found none there
    # a database server's refusals, each with its own advice for IT
    PASSWORD_MISSING = "password_missing"  # the server wants a password and none was given
    CERTIFICATE = "certificate"  # TLS: the server's certificate is not trusted, or no CA file
    REFUSED = "refused"  # pg_hba.conf has no line for (or rejects) this login from here
    NO_ACCESS = "no_access"  # signed in, but the login has no rights (not in the group)
    NO_SUCH_DATABASE = "no_such_database"  # the server has no database by that name
    NOT_ANSWERING = "not_answering"  # the server took longer than the timeout to answer


class DatabaseOpenError(DomainError):
    """The database could not be opened; the file was left as it was."""

    def __init__(self, code: DatabaseOpenCode, location: str, detail: str = "") -> None:
        super().__init__(f"{code.value}: {location} {detail}".strip())
        self.code = code
        self.location = location
        self.detail = detail


class SpecialistLimitError(DomainError):
    """BUP (the specialist service) has taken part in two family meetings before a
    referral; a third needs a referral or a recorded override reason («Kvalitet i alle ledd»
    2016)."""

    def __init__(self, count: int, limit: int) -> None:
        super().__init__(f"specialist already in {count} family meetings (limit {limit})")
        self.count = count
        self.limit = limit


class ConsentMissingError(DomainError):
    """A service would receive information about the case without a consent covering it."""

    def __init__(self, service_id: int) -> None:
        super().__init__(f"no consent covers service {service_id}")
        self.service_id = service_id


class PhaseDecisionCode(Enum):
    CASE_CLOSED = "case_closed"  # move or close a case that is already closed
    CASE_OPEN = "case_open"  # reopen a case that is open
    SAME_PHASE = "same_phase"


class PhaseDecisionError(DomainError):
    """A pathway decision that does not fit where the case is."""

    def __init__(self, code: PhaseDecisionCode) -> None:
        super().__init__(code.value)
        self.code = code


class ContentError(DomainError):
    """The shipped pathway content is missing or does not match the pathway."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class AttachmentConsentError(DomainError):
    """Referral checklist item 5 ticked, but no guardian consent covers attaching
    documentation from other services («Kvalitet i alle ledd» 2016)."""


class FollowUpCode(Enum):
    """Why a change to an action, a review or a notification was refused."""

    ACTION_CLOSED = "action_closed"  # a closed action cannot be handed over or continued
    HANDOVER_PENDING = "handover_pending"  # one handover at a time; accept or decline first
    NO_PENDING_HANDOVER = "no_pending_handover"
    SAME_HOLDER = "same_holder"  # handing over to the one who already holds it
    STATUS_BY_HANDOVER_ONLY = "status_by_handover_only"
    STATUS_UNCHANGED = "status_unchanged"
    DATE_BEFORE_START = "date_before_start"  # a date before the meeting / the proposal
    PERSON_NOT_IN_SERVICE = "person_not_in_service"
    NOT_ON_AGENDA = "not_on_agenda"
    OUTCOME_RECORDED = "outcome_recorded"  # a review's outcome is recorded once
    MEETING_CANCELLED = "meeting_cancelled"
    ALREADY_DONE = "already_done"  # a notification already marked done
    HANDOVER_ACCEPTED = "handover_accepted"  # the handover was accepted (by someone else)
    HANDOVER_DECLINED = "handover_declined"  # the handover was declined (by someone else)


class FollowUpError(DomainError):
    """A follow-up rule (stafettholder, status, review) refused the change; nothing was stored."""

    def __init__(self, code: FollowUpCode) -> None:
        super().__init__(code.value)
        self.code = code


class AlreadyDecidedError(FollowUpError):
    """The decision was already made, usually by another user a moment earlier: a handover
    accepted or declined, a review's outcome recorded, a notification marked done.

    ``by`` is who made it (the name they gave, or the user the audit trail names;
    empty when unknown) and ``on`` the day. Nothing of the refused change was stored
    and nothing stored was overwritten.
    """

    def __init__(self, code: FollowUpCode, by: str = "", on: dt.date | None = None) -> None:
        super().__init__(code)
        self.by = by
        self.on = on


class BackupCode(Enum):
    NOT_SUPPORTED = "not_supported"  # a database server is backed up by its own tools
    CANNOT_WRITE = "cannot_write"  # the target folder is missing or read-only, or the disk full
    SAME_FILE = "same_file"  # the backup would overwrite the open database itself
    IN_USE = "in_use"  # the database is open in another window
    DAMAGED_BACKUP = "damaged_backup"  # the backup does not pass its integrity checks
    NOT_VERIFIED = "not_verified"  # the result did not read back as written; not put in place


class BackupError(DomainError):
    """A backup or a restore could not be done; the database was left as it was."""

    def __init__(self, code: BackupCode, location: str, detail: str = "") -> None:
        super().__init__(f"{code.value}: {location} {detail}".strip())
        self.code = code
        self.location = location
        self.detail = detail


class DiskFullError(DomainError):
    """A change could not be written: no space left where the database is. Nothing of it
    was stored, and nothing stored before was lost (the transaction was rolled back)."""

    def __init__(self, location: str, detail: str = "") -> None:
        super().__init__(f"disk full: {location} {detail}".strip())
        self.location = location
        self.detail = detail
