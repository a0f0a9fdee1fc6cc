"""Writing a case as a case file (a documented, versioned JSON document)."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import familiemote
from familiemote.domain import model as m
from familiemote.domain.errors import TransferCode, TransferError
from familiemote.services.audit import record_in
from familiemote.services.transfer.schema import (
    CASE_FIELDS,
    CASE_LISTS,
    FORMAT_NAME,
    FORMAT_VERSION,
    PROFESSIONAL_FIELDS,
    SERVICE_FIELDS,
    Date,
    DateTime,
    Fields,
    Kind,
    OneOf,
    Ref,
    SetOf,
)
from familiemote.storage.uow import UnitOfWork


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
        # the installed version, read (importlib.metadata) only when a case is written out
        "generator": f"familiemote {familiemote.__version__}",
        "services": [
            _out(SERVICE_FIELDS, services[i], refs, refs["services"][i]) for i in service_ids
        ],
        "professionals": [
            _out(PROFESSIONAL_FIELDS, professionals[i], refs, refs["professionals"][i])
            for i in person_ids
        ],
        "case": doc_case,
    }


def export_case(uow: UnitOfWork, case_id: int, now: dt.datetime | None = None) -> dict[str, Any]:
    """The case as a document; nothing is recorded (see :func:`export_case_to_file`)."""
    with uow:
        case = uow.cases.get(case_id)
        services = {s.id: s for s in uow.directory.services(include_inactive=True) if s.id}
        people = {p.id: p for p in uow.directory.professionals(include_inactive=True) if p.id}
    return build_export(case, services, people, now or dt.datetime.now())


def dumps(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def regular_or_missing(path: Path) -> None:
    """Refuse a folder, a device or a pipe: only a regular file is read or replaced."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError:
        raise TransferError(TransferCode.UNREADABLE, str(path)) from None
    if not stat.S_ISREG(mode):
        raise TransferError(TransferCode.NOT_A_FILE, str(path))


def export_case_to_file(
    uow: UnitOfWork, case_id: int, path: Path, now: dt.datetime | None = None
) -> None:
    """Write the case to ``path`` (readable by the user only) and record the export.

    An existing ``path`` must be a regular file: a device or a pipe is never
    replaced by the export. A write that fails leaves no partial file behind.
    """
    path = Path(path)
    regular_or_missing(path)
    with uow:
        case = uow.cases.get(case_id)
        services = {s.id: s for s in uow.directory.services(include_inactive=True) if s.id}
        people = {p.id: p for p in uow.directory.professionals(include_inactive=True) if p.id}
        text = dumps(build_export(case, services, people, now or dt.datetime.now()))
        try:
            fd, tmp = tempfile.mkstemp(prefix=".familiemote-", suffix=".tmp", dir=path.parent)
        except OSError:
            raise TransferError(TransferCode.CANNOT_WRITE, str(path)) from None
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
            raise TransferError(TransferCode.CANNOT_WRITE, str(path)) from None
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
