"""Reading the audit trail, verifying it, and recording events that change nothing.

Changes are recorded by storage (storage/audit.py) without any service doing
anything. What a service must record itself is an event: a print or an export.
Use :func:`record_event` on its own, or :func:`record_in` inside an open unit of
work so the event is stored in the same transaction as the rest.

A save that overwrites another user's change (the conflict flow's "keep mine")
is one such event: the UI passes an :class:`Overwrite` to the service that saves,
which records it with :func:`record_overwrite_in` before its commit, so the change
and the note that it overwrote someone else's are stored together or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from familiemote.domain.errors import NotFoundError
from familiemote.storage import audit, audit_check
from familiemote.storage.audit import AuditProblem
from familiemote.storage.audit_check import AuditReport, Cancelled, Progress
from familiemote.storage.uow import UnitOfWork

__all__ = [
    "AuditProblem",
    "AuditReport",
    "Cancelled",
    "FieldChange",
    "HistoryEntry",
    "HistoryPage",
    "Overwrite",
    "case_history",
    "case_history_page",
    "check_audit_trail",
    "last_change",
    "quick_check_audit_trail",
    "record_event",
    "record_in",
    "record_output",
    "record_overwrite_in",
    "verify_audit_trail",
]


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class HistoryEntry:
    """One entry of a case's history, decrypted.

    ``at`` is UTC (naive). ``readable`` is False when the content cannot be read
    (its key is gone); ``changes`` is then empty.
    """

    id: int
    at: dt.datetime
    user_name: str
    entity: str
    entity_id: int | None
    action: str
    changes: tuple[FieldChange, ...]
    readable: bool = True
    intact: bool = True  # the entry's own hash (and MAC, where this installation can) hold


@dataclass(frozen=True)
class HistoryPage:
    """One page of a case's history, newest first; ``older`` when more remain."""

    entries: list[HistoryEntry]
    older: bool


def record_in(
    uow: UnitOfWork,
    case_id: int | None,
    action: str,
    details: Mapping[str, Any] | None = None,
) -> None:
    """Append an event inside an open unit of work; the caller commits."""
    uow.audit.record(case_id, action, details)


@dataclass(frozen=True)
class Overwrite:
    """A save the user chose to make over another user's change ("keep mine").

    ``entity`` is the table (``"cases"``, ``"actions"``, ``"meetings"``), ``fields``
    the fields where the two versions differed.
    """

    entity: str
    entity_id: int
    fields: tuple[str, ...]


def record_overwrite_in(uow: UnitOfWork, case_id: int | None, overwrite: Overwrite | None) -> None:
    """Note inside an open unit of work that this save overwrote another user's change.

    Nothing is recorded for ``None`` (an ordinary save). The caller commits, so the
    note is stored with the change or not at all.
    """
    if overwrite is None:
        return
    uow.flush()  # the change first: in the history the note follows what it notes
    record_in(
        uow,
        case_id,
        "overwrite",
        {
            "entity": overwrite.entity,
            "entity_id": overwrite.entity_id,
            "fields": list(overwrite.fields),
        },
    )


def record_event(
    uow: UnitOfWork,
    case_id: int | None,
    action: str,
    details: Mapping[str, Any] | None = None,
) -> None:
    """Record that something happened to a case (``"print"``, ``"export"``) and commit.

    ``details`` (JSON-able: strings, numbers, dates, enums) is stored encrypted
    with the case's key, like every change to the case.
    """
    with uow:
        record_in(uow, case_id, action, details)
        uow.commit()


def record_output(
    uow: UnitOfWork,
    action: str,
    document: str,
    *,
    case_id: int | None = None,
    meeting_id: int | None = None,
    **ids: int | list[int] | bool,
) -> None:
    """Record that a document left the app, and commit.

    ``action`` is ``"print"``, ``"save_pdf"``, ``"export"``, ``"calendar"`` or
    ``"backup"``; ``document`` a fixed key (``"plan"``, ``"consent_form"`` ...).
    Who and when are added by the trail. Only ids go into the event, never a
    file name or any text from the case. With only ``meeting_id`` the case is
    that meeting's; with neither, the event is the app's (a blank form).
    """
    with uow:
        if case_id is None and meeting_id is not None:
            found = uow.cases.case_of_meeting(meeting_id)
            if found is None:
                raise NotFoundError("meeting", meeting_id)
            case_id = found
        details: dict[str, Any] = {"document": document}
        if meeting_id is not None:
            details["meeting_id"] = meeting_id
        details.update(ids)
        record_in(uow, case_id, action, details)
        uow.commit()


def _load(text: str, key: str | None, case_id: int | None) -> dict[str, Any] | None:
    if not text:
        return {}
    if text.startswith(audit.CONTENT_PREFIX):
        if key is None or case_id is None:
            return None
        plain = audit.decrypt(key, text, case_id)
        if plain is None:
            return None
        text = plain
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _entries(rows: list[audit.AuditRow], key: str | None, case_id: int) -> list[HistoryEntry]:
    out = []
    for r in rows:
        intact = audit_check.entry_intact(r)
        before = _load(r.before, key, case_id)
        after = _load(r.after, key, case_id)
        if before is None or after is None:
            out.append(
                HistoryEntry(
                    r.id,
                    r.at,
                    r.user_name,
                    r.entity,
                    r.entity_id,
                    r.action,
                    (),
                    readable=False,
                    intact=intact,
                )
            )
            continue
        fields = sorted(set(before) | set(after) - {"id"})
        changes = tuple(
            FieldChange(f, before.get(f), after.get(f))
            for f in fields
            if f != "id" and before.get(f) != after.get(f)
        )
        out.append(
            HistoryEntry(
                r.id, r.at, r.user_name, r.entity, r.entity_id, r.action, changes, intact=intact
            )
        )
    return out


def case_history(uow: UnitOfWork, case_id: int) -> list[HistoryEntry]:
    """Everything recorded about a case, newest first, with field-level changes."""
    with uow:
        key, entries = uow.audit.case_entries(case_id)
    return _entries(list(reversed(entries)), key, case_id)


def case_history_page(
    uow: UnitOfWork,
    case_id: int,
    *,
    before_id: int | None = None,
    limit: int = 200,
    skip_actions: frozenset[str] = frozenset(),
) -> HistoryPage:
    """Up to ``limit`` of a case's entries older than ``before_id``, newest first.

    Reads only that case's rows (by its index), never the rest of the trail;
    each entry's own hash is checked as it is shown. ``skip_actions`` leaves out
    entries listed elsewhere (the openings of the case: «Hvem har sett saken»).
    """
    with uow:
        key, found = uow.audit.case_page(case_id, before_id, limit + 1, skip_actions)
    return HistoryPage(_entries(found[:limit], key, case_id), older=len(found) > limit)


def last_change(
    uow: UnitOfWork, case_id: int, entity: str, entity_id: int
) -> tuple[str, dt.datetime] | None:
    """Who last changed one record of a case, and when (UTC): for a save conflict."""
    with uow:
        return uow.audit.last_change(case_id, entity, entity_id)


def verify_audit_trail(uow: UnitOfWork) -> list[AuditProblem]:
    """The entries where the chain is broken or an entry was changed (empty: all well).

    The whole chain from the first entry, nothing stored; see :func:`check_audit_trail`.
    """
    with uow:
        return uow.audit.verify()


def quick_check_audit_trail(uow: UnitOfWork, *, limit: int | None = None) -> AuditReport:
    """The check for every case opened: the checkpoint, the anchors, the entries since.

    ``pending`` in the report counts the entries it left to :func:`check_audit_trail`
    (more than ``limit`` since the last verified checkpoint).
    """
    with uow:
        report = uow.audit.quick_check(audit_check.QUICK_LIMIT if limit is None else limit)
        uow.commit()  # the new checkpoint, and any trigger put back
    return report


def check_audit_trail(
    uow: UnitOfWork,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AuditReport:
    """The whole trail from its first entry, and every anchor; raises Cancelled if asked."""
    with uow:
        report = uow.audit.full_check(progress, cancelled)
        uow.commit()
    return report
