"""Reading an untrusted case file: everything is checked before anything is stored.

The format name and version, JSON types, every text for length and control characters,
every date for range and every reference; a refusal is a :class:`TransferError` naming
the place in the file.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from familiemote.domain import validation as v
from familiemote.domain.errors import (
    TransferCode,
    TransferError,
    ValidationCode,
    ValidationError,
)
from familiemote.services.transfer.schema import (
    _DATE,
    _DATETIME,
    ADDED_LATER,
    CASE_FIELDS,
    CASE_LISTS,
    DATE_MAX,
    DATE_MIN,
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    PROFESSIONAL_FIELDS,
    QUOTE_MAX,
    REF_MAX,
    REF_PREFIX,
    SERVICE_FIELDS,
    Bool,
    Date,
    DateTime,
    Fields,
    Int,
    Kind,
    Nested,
    OneOf,
    SetOf,
    Text,
)


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
