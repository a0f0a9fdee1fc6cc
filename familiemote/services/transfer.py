"""Export and import of a whole case as a documented, versioned JSON file.

The format ("familiemote-case", version 1) is described field by field in
docs/export-format.md; :data:`CASE_FIELDS` and its siblings below are the same
description in code, and both the writer and the reader work from them, so the
two cannot drift apart.

Import validates the whole file before anything is written (format name,
version, JSON types, every text for length and control characters, every date
for range, every reference) and raises :class:`TransferError` naming the place
in the file; only then does it store everything in one transaction. Services
and professionals are matched by name and kind (professionals by name and
service) and created when missing. Exports and imports are recorded in the
audit trail.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from familiemote import __version__
from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.domain.errors import (
    TransferCode,
    TransferError,
    ValidationCode,
    ValidationError,
)
from familiemote.services.audit import record_in
from familiemote.storage.uow import SqlAlchemyUnitOfWork

FORMAT_NAME = "familiemote-case"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
DATE_MIN = dt.date(1900, 1, 1)
DATE_MAX = dt.date(2100, 12, 31)
REF_MAX = 20
# How much of a bad key or value an error message quotes: enough to find it, never all.
QUOTE_MAX = 60

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")


# -- field kinds ------------------------------------------------------------------


# A text is cleaned by the same rule the app's forms use (familiemote.domain.validation).
Text = v.TextRule


@dataclass(frozen=True)
class Int:
    low: int
    high: int


@dataclass(frozen=True)
class Bool:
    pass


@dataclass(frozen=True)
class Date:
    nullable: bool = False


@dataclass(frozen=True)
class DateTime:
    nullable: bool = False


@dataclass(frozen=True)
class OneOf:
    enum: type[Enum]
    nullable: bool = False


@dataclass(frozen=True)
class SetOf:
    enum: type[Enum]


@dataclass(frozen=True)
class Ref:
    """A reference to another entry of the file by its ``ref``."""

    target: str  # "services", "professionals", "family_members", "meetings", "phase_decisions"
    nullable: bool = True


Kind = Text | Int | Bool | Date | DateTime | OneOf | SetOf | Ref

# (name in the file, attribute of the domain object, kind)
Fields = tuple[tuple[str, str, Kind], ...]

SERVICE_FIELDS: Fields = (
    ("name", "name", v.NAME),
    ("kind", "kind", OneOf(m.ServiceKind)),
    ("level", "level", OneOf(m.ServiceLevel)),
    ("phone", "phone", v.PHONE),
    ("email", "email", v.EMAIL),
    ("active", "active", Bool()),
)
PROFESSIONAL_FIELDS: Fields = (
    ("name", "name", v.NAME),
    ("service", "service_id", Ref("services")),
    ("title", "title", v.SHORT_TEXT),
    ("phone", "phone", v.PHONE),
    ("email", "email", v.EMAIL),
    ("active", "active", Bool()),
)
CASE_FIELDS: Fields = (
    ("child_first_name", "child_first_name", v.OPTIONAL_NAME),  # required unless anonymous
    ("child_birth_year", "child_birth_year", Int(DATE_MIN.year, DATE_MAX.year)),
    ("child_birth_date", "child_birth_date", Date(nullable=True)),
    ("phase", "phase", OneOf(m.Phase)),
    ("status", "status", OneOf(m.CaseStatus)),
    ("concern_by_family", "concern_by_family", Bool()),
    ("concern_service", "concern_service_id", Ref("services")),
    ("initiating_service", "initiating_service_id", Ref("services")),
    ("coordinator", "coordinator_id", Ref("professionals")),
    ("concern_summary", "concern_summary", v.LONG_TEXT),
    ("opened_on", "opened_on", Date()),
    ("closed_on", "closed_on", Date(nullable=True)),
    ("anonymous", "anonymous", Bool()),
)
FAMILY_FIELDS: Fields = (
    ("name", "name", v.NAME),
    ("relation", "relation", OneOf(m.Relation)),
    ("is_guardian", "is_guardian", Bool()),
    ("phone", "phone", v.PHONE),
    ("email", "email", v.EMAIL),
)
PARTICIPANT_FIELDS: Fields = (
    ("kind", "kind", OneOf(m.ParticipantKind)),
    ("family_member", "family_member_id", Ref("family_members")),
    ("professional", "professional_id", Ref("professionals")),
    ("service", "service_id", Ref("services")),
    ("roles", "roles", SetOf(m.Role)),
    ("attendance", "attendance", OneOf(m.Attendance)),
    ("receives_information", "receives_information", Bool()),
)
MEETING_FIELDS: Fields = (
    ("kind", "kind", OneOf(m.MeetingKind)),
    ("starts_at", "starts_at", DateTime()),
    ("place", "place", v.SHORT_TEXT),
    ("status", "status", OneOf(m.MeetingStatus)),
    ("family_description", "family_description", v.LONG_TEXT),
    ("child_voice", "child_voice", v.LONG_TEXT),
    ("services_view", "services_view", v.LONG_TEXT),
    ("decision", "decision", OneOf(m.Decision, nullable=True)),
    ("decision_text", "decision_text", v.LONG_TEXT),
    ("next_meeting_note", "next_meeting_note", v.LONG_TEXT),
    ("next_meeting_at", "next_meeting_at", DateTime(nullable=True)),
    ("internal_notes", "internal_notes", v.LONG_TEXT),
    ("bup_override_reason", "bup_override_reason", v.LONG_TEXT),
    ("epikrise_sent_on", "epikrise_sent_on", Date(nullable=True)),
)
HANDOVER_FIELDS: Fields = (
    ("from_service", "from_service_id", Ref("services")),
    ("from_professional", "from_professional_id", Ref("professionals")),
    ("to_service", "to_service_id", Ref("services")),
    ("to_professional", "to_professional_id", Ref("professionals")),
    ("proposed_on", "proposed_on", Date()),
    ("accepted_on", "accepted_on", Date(nullable=True)),
    ("accepted_by", "accepted_by", v.OPTIONAL_NAME),
    ("note", "note", v.ACTION_TEXT),
    ("declined_on", "declined_on", Date(nullable=True)),
    ("declined_by", "declined_by", v.OPTIONAL_NAME),
    ("decline_reason", "decline_reason", v.ACTION_TEXT),
)
# Fields added to version 1 after files were written: a file without them is
# read with these values (a handover without ``declined_on`` was not declined).
ADDED_LATER: Mapping[str, Any] = {"declined_on": None, "declined_by": "", "decline_reason": ""}
REVIEW_FIELDS: Fields = (
    ("meeting", "meeting_id", Ref("meetings", nullable=False)),
    ("outcome", "outcome", OneOf(m.ReviewOutcome, nullable=True)),
    ("new_date", "new_date", Date(nullable=True)),
    ("note", "note", v.ACTION_TEXT),
)
ACTION_FIELDS: Fields = (
    ("meeting", "meeting_id", Ref("meetings")),
    ("description", "description", v.REQUIRED_ACTION_TEXT),
    ("responsible_service", "responsible_service_id", Ref("services")),
    ("responsible_professional", "responsible_professional_id", Ref("professionals")),
    ("others_involved", "others_involved", v.ACTION_TEXT),
    ("family_part", "family_part", v.ACTION_TEXT),
    ("due_date", "due_date", Date(nullable=True)),
    ("review_date", "review_date", Date(nullable=True)),
    ("status", "status", OneOf(m.ActionStatus)),
    ("status_reason", "status_reason", v.ACTION_TEXT),
    ("internal", "internal", Bool()),
)
SCOPE_FIELDS: Fields = (
    ("service", "service_id", Ref("services", nullable=False)),
    ("withdrawn_on", "withdrawn_on", Date(nullable=True)),
    ("withdrawal_note", "withdrawal_note", v.WITHDRAWAL_NOTE),
)
CONSENT_FIELDS: Fields = (
    ("given_by", "given_by_id", Ref("family_members")),
    ("purposes", "purposes", SetOf(m.ConsentPurpose)),
    ("form", "form", OneOf(m.ConsentForm)),
    ("given_on", "given_on", Date()),
    ("recorded_by", "recorded_by", v.NAME),
    ("valid_until", "valid_until", Date(nullable=True)),
    ("given_by_child", "given_by_child", Bool()),
    ("withdrawn_on", "withdrawn_on", Date(nullable=True)),
    ("withdrawal_note", "withdrawal_note", v.WITHDRAWAL_NOTE),
)
PHASE_DECISION_FIELDS: Fields = (
    ("kind", "kind", OneOf(m.PhaseDecisionKind)),
    ("from_phase", "from_phase", OneOf(m.Phase)),
    ("to_phase", "to_phase", OneOf(m.Phase)),
    ("decided_on", "decided_on", Date()),
    ("decided_by", "decided_by", v.NAME),
    ("reason", "reason", v.REQUIRED_LONG_TEXT),
    ("meeting", "meeting_id", Ref("meetings")),
)
REFERRAL_FIELDS: Fields = (
    ("target", "target", OneOf(m.ReferralTarget)),
    ("checklist", "checklist", SetOf(m.ChecklistItem)),
    ("checklist_notes", "checklist_notes", v.LONG_TEXT),
    ("referred_on", "referred_on", Date(nullable=True)),
    ("referred_by", "referred_by", v.OPTIONAL_NAME),
    ("meeting", "meeting_id", Ref("meetings")),
)
CHILD_VIEW_FIELDS: Fields = (
    ("recorded_on", "recorded_on", Date()),
    ("text", "text", v.REQUIRED_LONG_TEXT),
    ("recorded_by", "recorded_by", v.NAME),
)
NOTIFICATION_FIELDS: Fields = (
    ("reason", "reason", OneOf(m.NotificationReason)),
    ("created_on", "created_on", Date()),
    ("recipient_service", "recipient_service_id", Ref("services")),
    ("recipient_text", "recipient_text", v.SHORT_TEXT),
    ("phase_decision", "phase_decision_id", Ref("phase_decisions")),
    ("done_on", "done_on", Date(nullable=True)),
    ("done_by", "done_by", v.OPTIONAL_NAME),
    ("note", "note", v.LONG_TEXT),
)

# The case's lists: (name in the file and attribute, fields, has a "ref", nested lists)
Nested = tuple[tuple[str, "Fields", type[Any]], ...]
CASE_LISTS: tuple[tuple[str, Fields, type[Any], bool, Nested], ...] = (
    ("family_members", FAMILY_FIELDS, m.FamilyMember, True, ()),
    (
        "meetings",
        MEETING_FIELDS,
        m.Meeting,
        True,
        (("participants", PARTICIPANT_FIELDS, m.Participant),),
    ),
    (
        "actions",
        ACTION_FIELDS,
        m.Action,
        False,
        (
            ("handovers", HANDOVER_FIELDS, m.ActionHandover),
            ("reviews", REVIEW_FIELDS, m.ActionReview),
        ),
    ),
    ("consents", CONSENT_FIELDS, m.Consent, False, (("scopes", SCOPE_FIELDS, m.ConsentScope),)),
    ("phase_decisions", PHASE_DECISION_FIELDS, m.PhaseDecision, True, ()),
    ("referrals", REFERRAL_FIELDS, m.Referral, False, ()),
    ("child_views", CHILD_VIEW_FIELDS, m.ChildView, False, ()),
    ("notifications", NOTIFICATION_FIELDS, m.Notification, False, ()),
)
REF_PREFIX = {
    "services": "S",
    "professionals": "P",
    "family_members": "F",
    "meetings": "M",
    "phase_decisions": "D",
}


# -- export -----------------------------------------------------------------------


def _out_value(kind: Kind, value: Any, refs: Mapping[str, Mapping[int, str]]) -> Any:
    if isinstance(kind, Ref):
        return None if value is None else refs[kind.target][value]
    if value is None:
        return None
    if isinstance(kind, OneOf):
        return value.value
    if isinstance(kind, SetOf):
        return sorted(v.value for v in value)
    if isinstance(kind, DateTime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(kind, Date):
        return value.isoformat()
    return value


def _out(
    fields: Fields, obj: Any, refs: Mapping[str, Mapping[int, str]], ref: str | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {} if ref is None else {"ref": ref}
    for name, attr, kind in fields:
        out[name] = _out_value(kind, getattr(obj, attr), refs)
    return out


def build_export(
    case: m.Case,
    services: Mapping[int, m.Service],
    professionals: Mapping[int, m.Professional],
    now: dt.datetime,
) -> dict[str, Any]:
    """The case as a version 1 document (plain JSON data)."""
    # Collect the directory entries the case refers to, wherever it does.
    used: dict[str, set[int]] = {"services": set(), "professionals": set()}

    def collect(fields: Fields, obj: Any) -> None:
        for _name, attr, kind in fields:
            value = getattr(obj, attr)
            if isinstance(kind, Ref) and kind.target in used and value is not None:
                used[kind.target].add(value)

    collect(CASE_FIELDS, case)
    for list_name, fields, _cls, _has_ref, nested in CASE_LISTS:
        for item in getattr(case, list_name):
            collect(fields, item)
            for nested_name, nested_fields, _ncls in nested:
                for sub in getattr(item, nested_name):
                    collect(nested_fields, sub)
    for pid in list(used["professionals"]):
        service_id = professionals[pid].service_id
        if service_id is not None:
            used["services"].add(service_id)

    def numbered(prefix: str, ids: Iterable[int]) -> dict[int, str]:
        return {ident: f"{prefix}{n}" for n, ident in enumerate(ids, start=1)}

    service_ids = sorted(
        used["services"], key=lambda i: (services[i].kind.value, services[i].name, i)
    )
    person_ids = sorted(used["professionals"], key=lambda i: (professionals[i].name, i))
    meetings = sorted(case.meetings, key=lambda x: (x.starts_at, x.id or 0))
    refs: dict[str, dict[int, str]] = {
        "services": numbered("S", service_ids),
        "professionals": numbered("P", person_ids),
        "family_members": numbered("F", (f.id for f in case.family_members if f.id)),
        "meetings": numbered("M", (x.id for x in meetings if x.id)),
        "phase_decisions": numbered("D", (d.id for d in case.phase_decisions if d.id)),
    }
    doc_case = _out(CASE_FIELDS, case, refs)
    for list_name, fields, _cls, has_ref, nested in CASE_LISTS:
        items: list[Any] = meetings if list_name == "meetings" else getattr(case, list_name)
        out_items = []
        for item in items:
            entry = _out(fields, item, refs, refs[list_name][item.id] if has_ref else None)
            for nested_name, nested_fields, _ncls in nested:
                entry[nested_name] = [
                    _out(nested_fields, sub, refs) for sub in getattr(item, nested_name)
                ]
            out_items.append(entry)
        doc_case[list_name] = out_items
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": now.replace(microsecond=0).isoformat(),
        "generator": f"familiemote {__version__}",
        "services": [
            _out(SERVICE_FIELDS, services[i], refs, refs["services"][i]) for i in service_ids
        ],
        "professionals": [
            _out(PROFESSIONAL_FIELDS, professionals[i], refs, refs["professionals"][i])
            for i in person_ids
        ],
        "case": doc_case,
    }


def export_case(
    uow: SqlAlchemyUnitOfWork, case_id: int, now: dt.datetime | None = None
) -> dict[str, Any]:
    """The case as a document; nothing is recorded (see :func:`export_case_to_file`)."""
    with uow:
        case = uow.cases.get(case_id)
        services = {s.id: s for s in uow.directory.services(include_inactive=True) if s.id}
        people = {p.id: p for p in uow.directory.professionals(include_inactive=True) if p.id}
    return build_export(case, services, people, now or dt.datetime.now())


def dumps(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _regular_or_missing(path: Path) -> None:
    """Refuse a folder, a device or a pipe: only a regular file is read or replaced."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError:
        raise _fail(TransferCode.UNREADABLE, str(path)) from None
    if not stat.S_ISREG(mode):
        raise _fail(TransferCode.NOT_A_FILE, str(path))


def export_case_to_file(
    uow: SqlAlchemyUnitOfWork, case_id: int, path: Path, now: dt.datetime | None = None
) -> None:
    """Write the case to ``path`` (readable by the user only) and record the export.

    An existing ``path`` must be a regular file: a device or a pipe is never
    replaced by the export. A write that fails leaves no partial file behind.
    """
    path = Path(path)
    _regular_or_missing(path)
    with uow:
        case = uow.cases.get(case_id)
        services = {s.id: s for s in uow.directory.services(include_inactive=True) if s.id}
        people = {p.id: p for p in uow.directory.professionals(include_inactive=True) if p.id}
        text = dumps(build_export(case, services, people, now or dt.datetime.now()))
        try:
            fd, tmp = tempfile.mkstemp(prefix=".familiemote-", suffix=".tmp", dir=path.parent)
        except OSError:
            raise _fail(TransferCode.CANNOT_WRITE, str(path)) from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            # ids only: the file name is the user's and may name the child
            record_in(uow, case_id, "export", {"document": "case_export"})
            os.replace(tmp, path)
            uow.commit()
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise _fail(TransferCode.CANNOT_WRITE, str(path)) from None
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


# -- import: validation -----------------------------------------------------------


def _fail(
    code: TransferCode, where: str, reason: ValidationCode | None = None, limit: int | None = None
) -> TransferError:
    return TransferError(code, where, reason, limit)


def quote(text: str) -> str:
    """At most :data:`QUOTE_MAX` characters of ``text``, control characters shown as «?».

    Used for keys and values an error message quotes from a file: a 10 MB key is
    never echoed whole, and no line break or escape sequence reaches a terminal.
    """
    short = "".join(
        "?" if unicodedata.category(ch) in {"Cc", "Cs"} else ch for ch in text[:QUOTE_MAX]
    )
    return short + "…" if len(text) > QUOTE_MAX else short


def _refused(err: ValidationError, where: str) -> TransferError:
    """A domain rule's refusal, placed in the file."""
    return TransferError(TransferCode.INVALID_VALUE, where, err.code, err.limit, field=err.field)


def _check_text(kind: Text, value: Any, where: str) -> str:
    """The text as the app's forms would store it (the same rule), or refused."""
    if not isinstance(value, str):
        raise _fail(TransferCode.WRONG_TYPE, where)
    try:
        return kind.clean(where.rsplit(".", 1)[-1], value)
    except ValidationError as err:
        raise _fail(TransferCode.INVALID_VALUE, where, err.code, err.limit) from None


def _check_date(value: Any, where: str) -> dt.date:
    if not isinstance(value, str):
        raise _fail(TransferCode.WRONG_TYPE, where)
    if not _DATE.match(value):
        raise _fail(TransferCode.INVALID_VALUE, where, ValidationCode.INVALID_DATE)
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(TransferCode.INVALID_VALUE, where, ValidationCode.INVALID_DATE) from None
    if not DATE_MIN <= day <= DATE_MAX:
        raise _fail(TransferCode.INVALID_VALUE, where, ValidationCode.DATE_OUT_OF_RANGE)
    return day


def _check_datetime(value: Any, where: str) -> dt.datetime:
    if not isinstance(value, str):
        raise _fail(TransferCode.WRONG_TYPE, where)
    if not _DATETIME.match(value):
        raise _fail(TransferCode.INVALID_VALUE, where, ValidationCode.INVALID_DATE)
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _fail(TransferCode.INVALID_VALUE, where, ValidationCode.INVALID_DATE) from None
    if not DATE_MIN <= when.date() <= DATE_MAX:
        raise _fail(TransferCode.INVALID_VALUE, where, ValidationCode.DATE_OUT_OF_RANGE)
    return when


def _check_enum(enum: type[Enum], value: Any, where: str) -> Enum:
    if not isinstance(value, str):
        raise _fail(TransferCode.WRONG_TYPE, where)
    try:
        return enum(value)
    except ValueError:
        raise _fail(TransferCode.INVALID_VALUE, where) from None


def _check_value(kind: Kind, value: Any, where: str, refs: Mapping[str, set[str]]) -> Any:
    nullable = getattr(kind, "nullable", False)
    if value is None:
        if nullable:
            return None
        raise _fail(TransferCode.WRONG_TYPE, where)
    if isinstance(kind, Text):
        return _check_text(kind, value, where)
    if isinstance(kind, Bool):
        if not isinstance(value, bool):
            raise _fail(TransferCode.WRONG_TYPE, where)
        return value
    if isinstance(kind, Int):
        if not isinstance(value, int) or isinstance(value, bool):
            raise _fail(TransferCode.WRONG_TYPE, where)
        if not kind.low <= value <= kind.high:
            raise _fail(TransferCode.INVALID_VALUE, where, ValidationCode.DATE_OUT_OF_RANGE)
        return value
    if isinstance(kind, Date):
        return _check_date(value, where)
    if isinstance(kind, DateTime):
        return _check_datetime(value, where)
    if isinstance(kind, OneOf):
        return _check_enum(kind.enum, value, where)
    if isinstance(kind, SetOf):
        if not isinstance(value, list):
            raise _fail(TransferCode.WRONG_TYPE, where)
        members = [_check_enum(kind.enum, v, f"{where}[{i}]") for i, v in enumerate(value)]
        if len(set(members)) != len(members):
            raise _fail(TransferCode.INVALID_VALUE, where, ValidationCode.INCONSISTENT)
        return frozenset(members)
    # a reference: checked against the refs the file defines
    if not isinstance(value, str):
        raise _fail(TransferCode.WRONG_TYPE, where)
    if value not in refs[kind.target]:
        raise _fail(TransferCode.DANGLING_REFERENCE, where)
    return value


def _object(value: Any, where: str, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(TransferCode.WRONG_TYPE, where)
    for key in value:
        if key not in keys:
            short = quote(str(key))
            raise TransferError(
                TransferCode.UNKNOWN_FIELD, f"{where}.{short}" if where else short, key=short
            )
    for key in sorted(keys):
        if key not in value and key not in ADDED_LATER:
            raise _fail(TransferCode.MISSING_FIELD, f"{where}.{key}" if where else key)
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(TransferCode.WRONG_TYPE, where)
    return value


@dataclass
class Entry:
    """One validated entry: attribute values (references still as file refs)."""

    ref: str | None
    values: dict[str, Any]
    nested: dict[str, list[Entry]] = field(default_factory=dict)


@dataclass
class CaseFile:
    """A validated case file, ready to store."""

    services: list[Entry]
    professionals: list[Entry]
    case: Entry
    lists: dict[str, list[Entry]]


def _collect_refs(items: list[Any], where: str, into: set[str]) -> None:
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise _fail(TransferCode.WRONG_TYPE, f"{where}[{i}]")
        ref = item.get("ref")
        if not isinstance(ref, str):
            raise _fail(
                TransferCode.MISSING_FIELD if ref is None else TransferCode.WRONG_TYPE,
                f"{where}[{i}].ref",
            )
        _check_text(Text(REF_MAX, required=True), ref, f"{where}[{i}].ref")
        if ref in into:
            raise _fail(TransferCode.DUPLICATE_REFERENCE, f"{where}[{i}].ref")
        into.add(ref)


def _entry(
    fields: Fields,
    raw: Any,
    where: str,
    refs: Mapping[str, set[str]],
    *,
    has_ref: bool = False,
    nested: Nested = (),
) -> Entry:
    keys = {name for name, _a, _k in fields} | {n for n, _f, _c in nested}
    if has_ref:
        keys.add("ref")
    obj = _object(raw, where, keys)
    values = {
        attr: _check_value(kind, obj[name], f"{where}.{name}", refs)
        if name in obj
        else ADDED_LATER[name]
        for name, attr, kind in fields
    }
    entry = Entry(obj.get("ref") if has_ref else None, values)
    for nested_name, nested_fields, _cls in nested:
        items = _list(obj[nested_name], f"{where}.{nested_name}")
        entry.nested[nested_name] = [
            _entry(nested_fields, item, f"{where}.{nested_name}[{i}]", refs)
            for i, item in enumerate(items)
        ]
    return entry


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all different (the JSON reader would keep the last)."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise TransferError(TransferCode.DUPLICATE_KEY, "", key=quote(key))
        out[key] = value
    return out


def parse_case_file(data: bytes | str, today: dt.date) -> CaseFile:
    """Validate a whole file; raise :class:`TransferError` at the first thing wrong."""
    if len(data) > MAX_FILE_BYTES:
        raise _fail(TransferCode.TOO_LARGE, "", limit=MAX_FILE_BYTES)
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        doc = json.loads(text, object_pairs_hook=_no_repeated_keys)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _fail(TransferCode.NOT_JSON, "") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise _fail(TransferCode.WRONG_FORMAT, "format")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail(TransferCode.WRONG_TYPE, "version")
    if version > FORMAT_VERSION:
        raise _fail(TransferCode.NEWER_VERSION, "version", limit=version)
    top = _object(
        doc,
        "",
        {"format", "version", "exported_at", "generator", "services", "professionals", "case"},
    )
    _check_datetime(top["exported_at"], "exported_at")
    _check_text(v.SHORT_TEXT, top["generator"], "generator")
    raw_case = top["case"]
    if not isinstance(raw_case, dict):
        raise _fail(TransferCode.WRONG_TYPE, "case")

    # First every ref the file defines, so references can be checked in one pass.
    refs: dict[str, set[str]] = {k: set() for k in REF_PREFIX}
    raw_services = _list(top["services"], "services")
    raw_people = _list(top["professionals"], "professionals")
    _collect_refs(raw_services, "services", refs["services"])
    _collect_refs(raw_people, "professionals", refs["professionals"])
    for list_name, _f, _c, has_ref, _n in CASE_LISTS:
        if has_ref and list_name in raw_case:
            items = _list(raw_case[list_name], f"case.{list_name}")
            _collect_refs(items, f"case.{list_name}", refs[list_name])

    services = [
        _entry(SERVICE_FIELDS, s, f"services[{i}]", refs, has_ref=True)
        for i, s in enumerate(raw_services)
    ]
    people = [
        _entry(PROFESSIONAL_FIELDS, p, f"professionals[{i}]", refs, has_ref=True)
        for i, p in enumerate(raw_people)
    ]
    case_keys = {name for name, _a, _k in CASE_FIELDS} | {n for n, *_ in CASE_LISTS}
    _object(raw_case, "case", case_keys)
    case = Entry(
        None,
        {
            attr: _check_value(kind, raw_case[name], f"case.{name}", refs)
            for name, attr, kind in CASE_FIELDS
        },
    )
    lists: dict[str, list[Entry]] = {}
    for list_name, fields, _cls, has_ref, nested in CASE_LISTS:
        items = _list(raw_case[list_name], f"case.{list_name}")
        lists[list_name] = [
            _entry(fields, item, f"case.{list_name}[{i}]", refs, has_ref=has_ref, nested=nested)
            for i, item in enumerate(items)
        ]
    _check_case_rules(case.values, today)
    _check_list_rules(lists, today)
    return CaseFile(services, people, case, lists)


def _check_case_rules(values: dict[str, Any], today: dt.date) -> None:
    """The domain's rules for the case itself, the same functions the services call."""
    birth_date: dt.date | None = values["child_birth_date"]
    year: int = values["child_birth_year"]
    opened_on: dt.date = values["opened_on"]
    if not values["anonymous"]:
        try:
            v.NAME.clean("child_first_name", values["child_first_name"])
        except ValidationError as err:
            raise _refused(err, "case.child_first_name") from None
    try:
        # The age limit is judged on the day the case was opened: a closed case of a
        # child who has grown up since still moves between databases.
        v.check_birth(year, birth_date, min(opened_on, today))
    except ValidationError as err:
        raise _refused(err, f"case.{err.field}") from None
    try:
        v.check_case_status(values["status"], opened_on, values["closed_on"])
    except ValidationError as err:
        raise _refused(err, "case.closed_on") from None


def _check_list_rules(lists: Mapping[str, list[Entry]], today: dt.date) -> None:
    """The domain's rules over a case's participants, consents, handovers and reviews."""
    for i, meeting in enumerate(lists["meetings"]):
        for j, p in enumerate(meeting.nested["participants"]):
            x = p.values
            where = f"case.meetings[{i}].participants[{j}]"
            try:
                v.check_participant(
                    x["kind"], x["family_member_id"], x["professional_id"], x["service_id"]
                )
            except ValidationError as err:
                raise _refused(err, where) from None
    for i, consent in enumerate(lists["consents"]):
        x = consent.values
        try:
            v.check_consent(
                x["given_by_id"],
                x["given_by_child"],
                x["given_on"],
                x["valid_until"],
                x["purposes"],
                [s.values["service_id"] for s in consent.nested["scopes"]],
                today,
            )
        except ValidationError as err:
            raise _refused(err, f"case.consents[{i}]") from None
    for i, action in enumerate(lists["actions"]):
        try:
            v.check_one_review_per_meeting(r.values["meeting_id"] for r in action.nested["reviews"])
        except ValidationError as err:
            raise _refused(err, f"case.actions[{i}].reviews") from None
        try:
            v.check_handovers(
                (h.values["accepted_on"], h.values["declined_on"])
                for h in action.nested["handovers"]
            )
        except ValidationError as err:
            raise _refused(err, f"case.actions[{i}].handovers") from None


# -- import: storing --------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    case_id: int
    services_created: int
    professionals_created: int


def _resolve(
    values: Mapping[str, Any], fields: Fields, ids: Mapping[str, Mapping[str, int]]
) -> dict[str, Any]:
    out = dict(values)
    for _name, attr, kind in fields:
        if isinstance(kind, Ref) and out[attr] is not None:
            out[attr] = ids[kind.target][out[attr]]
    return out


def _make(cls: type[Any], **values: Any) -> Any:
    """An entity from validated values; the parent's id is filled in by the mapping."""
    for f in dataclasses.fields(cls):
        no_default = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if no_default and f.name not in values:
            values[f.name] = None
    return cls(**values)


def store_case_file(uow: SqlAlchemyUnitOfWork, parsed: CaseFile) -> ImportResult:
    """Store a validated file as a new case, in one transaction."""
    ids: dict[str, dict[str, int]] = {k: {} for k in REF_PREFIX}
    created_services = created_people = 0
    with uow:
        existing_services = uow.directory.services(include_inactive=True)
        for s in parsed.services:
            v = s.values
            match = next(
                (x for x in existing_services if x.name == v["name"] and x.kind == v["kind"]), None
            )
            if match is None:
                match = m.Service(**v)
                uow.directory.add(match)
                uow.flush()
                existing_services.append(match)
                created_services += 1
            assert match.id is not None and s.ref is not None
            ids["services"][s.ref] = match.id
        existing_people = uow.directory.professionals(include_inactive=True)
        for p in parsed.professionals:
            v = _resolve(p.values, PROFESSIONAL_FIELDS, ids)
            person = next(
                (
                    x
                    for x in existing_people
                    if x.name == v["name"] and x.service_id == v["service_id"]
                ),
                None,
            )
            if person is None:
                person = m.Professional(**v)
                uow.directory.add(person)
                uow.flush()
                existing_people.append(person)
                created_people += 1
            assert person.id is not None and p.ref is not None
            ids["professionals"][p.ref] = person.id

        case = m.Case(**_resolve(parsed.case.values, CASE_FIELDS, ids))
        uow.cases.add(case)
        uow.flush()
        # Lists in dependency order: later lists refer to earlier ones by ref.
        for list_name, fields, cls, has_ref, nested in CASE_LISTS:
            made = []
            for entry in parsed.lists[list_name]:
                obj = _make(cls, case_id=case.id, **_resolve(entry.values, fields, ids))
                for nested_name, nested_fields, ncls in nested:
                    subs = [
                        _make(ncls, **_resolve(sub.values, nested_fields, ids))
                        for sub in entry.nested[nested_name]
                    ]
                    setattr(obj, nested_name, subs)
                getattr(case, list_name).append(obj)
                made.append((entry, obj))
            uow.flush()
            if has_ref:
                for entry, obj in made:
                    assert entry.ref is not None
                    ids[list_name][entry.ref] = obj.id
        coordinator = (
            uow.directory.professional(case.coordinator_id).name if case.coordinator_id else ""
        )
        case.refresh_search_text([coordinator])
        assert case.id is not None
        # ids only, as for export: the file name is the user's and may name the child
        record_in(uow, case.id, "import", {})
        uow.commit()
    assert case.id is not None
    return ImportResult(case.id, created_services, created_people)


def import_case(
    uow: SqlAlchemyUnitOfWork, data: bytes | str, today: dt.date | None = None
) -> ImportResult:
    """Validate ``data`` completely, then store it as a new case (all or nothing)."""
    parsed = parse_case_file(data, today or dt.date.today())
    return store_case_file(uow, parsed)


def import_case_file(
    uow: SqlAlchemyUnitOfWork, path: Path, today: dt.date | None = None
) -> ImportResult:
    path = Path(path)
    _regular_or_missing(path)
    try:
        with path.open("rb") as fh:  # at most one byte more than allowed: a growing file
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError:
        raise _fail(TransferCode.UNREADABLE, str(path)) from None
    if len(data) > MAX_FILE_BYTES:
        raise _fail(TransferCode.TOO_LARGE, "", limit=MAX_FILE_BYTES)
    return import_case(uow, data, today)
