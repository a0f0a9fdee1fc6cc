"""Storing a checked case file as a new case, in one transaction.

Services and professionals are matched by name and kind (professionals by name and
service) and created when missing; the import is recorded in the audit trail.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from familiemote.domain import model as m
from familiemote.domain.errors import TransferCode, TransferError
from familiemote.services.audit import record_in
from familiemote.services.transfer.export import regular_or_missing
from familiemote.services.transfer.parse import (
    CaseFile,
    parse_case_file,
)
from familiemote.services.transfer.schema import (
    CASE_FIELDS,
    CASE_LISTS,
    MAX_FILE_BYTES,
    PROFESSIONAL_FIELDS,
    REF_PREFIX,
    Fields,
    Ref,
)
from familiemote.storage.uow import UnitOfWork


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


_Entry = TypeVar("_Entry", m.Service, m.Professional)


def _directory_entry(
    uow: UnitOfWork,
    existing: list[_Entry],
    wanted: tuple[Any, ...],
    key: Callable[[_Entry], tuple[Any, ...]],
    make: Callable[..., _Entry],
    values: Mapping[str, Any],
) -> tuple[int, bool]:
    """The id of the directory entry a file names: one already there (or added earlier
    in this import) whose ``key`` is ``wanted``, else a new one made from ``values`` and
    added now; True when it was added."""
    found = next((x for x in existing if key(x) == wanted), None)
    added = found is None
    if found is None:
        found = make(**values)
        uow.directory.add(found)
        uow.flush()
        existing.append(found)
    assert found.id is not None
    return found.id, added


def store_case_file(uow: UnitOfWork, parsed: CaseFile) -> ImportResult:
    """Store a validated file as a new case, in one transaction."""
    ids: dict[str, dict[str, int]] = {k: {} for k in REF_PREFIX}
    created_services = created_people = 0
    with uow:
        services = uow.directory.services(include_inactive=True)
        for s in parsed.services:
            v = s.values
            ident, new = _directory_entry(
                uow, services, (v["name"], v["kind"]), lambda x: (x.name, x.kind), m.Service, v
            )
            created_services += new
            assert s.ref is not None
            ids["services"][s.ref] = ident
        people = uow.directory.professionals(include_inactive=True)
        for p in parsed.professionals:
            v = _resolve(p.values, PROFESSIONAL_FIELDS, ids)
            ident, new = _directory_entry(
                uow,
                people,
                (v["name"], v["service_id"]),
                lambda x: (x.name, x.service_id),
                m.Professional,
                v,
            )
            created_people += new
            assert p.ref is not None
            ids["professionals"][p.ref] = ident

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


def import_case(uow: UnitOfWork, data: bytes | str, today: dt.date | None = None) -> ImportResult:
    """Validate ``data`` completely, then store it as a new case (all or nothing)."""
    parsed = parse_case_file(data, today or dt.date.today())
    return store_case_file(uow, parsed)


def import_case_file(uow: UnitOfWork, path: Path, today: dt.date | None = None) -> ImportResult:
    path = Path(path)
    regular_or_missing(path)
    try:
        with path.open("rb") as fh:  # at most one byte more than allowed: a growing file
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError:
        raise TransferError(TransferCode.UNREADABLE, str(path)) from None
    if len(data) > MAX_FILE_BYTES:
        raise TransferError(TransferCode.TOO_LARGE, "", limit=MAX_FILE_BYTES)
    return import_case(uow, data, today)
