"""«Behold min» (keep mine) in the conflict flow: the save and the note that it
overwrote another user's change are one transaction.

Every save the conflict flow can repeat with "keep mine" takes an ``Overwrite``
and records it before its own commit. On SQLite and PostgreSQL (``uow_factory``):

* the kept change and the overwrite entry are stored together;
* a save the version guard refuses (someone saved yet again) stores neither;
* when the audit trail cannot write the overwrite entry, the change is not
  stored either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest

from familiemote.domain import model as m
from familiemote.domain.errors import ConcurrentChangeError
from familiemote.services import actions as action_service
from familiemote.services import audit as audit_service
from familiemote.services import cases, demo
from familiemote.services import meetings as meeting_service
from familiemote.services.audit import Overwrite
from familiemote.services.meetings import GuideField
from familiemote.storage import audit as storage_audit

TODAY = dt.date(2026, 11, 22)

UowFactory = Callable[[], Any]


class AuditWriteFailed(RuntimeError):
    """The audit trail refused to write (a full disk, a lost server) in the test."""


@dataclass(frozen=True)
class Save:
    """One of the saves the conflict flow repeats, as user A makes it after B saved.

    ``other`` is B's save (it moves the record on); ``mine(version, overwrites)`` is
    A's save on the record's ``version``; ``stored`` reads A's value back.
    """

    entity: str
    fields: tuple[str, ...]
    record_id: Callable[[UowFactory, int], int]
    version: Callable[[UowFactory, int], int]
    other: Callable[[UowFactory, int], None]
    mine: Callable[[UowFactory, int, int, Overwrite | None], None]
    stored: Callable[[UowFactory, int], object]
    expected: object


def _case(uow_factory: UowFactory, case_id: int) -> m.Case:
    return cases.get_case(uow_factory(), case_id).case


def _open_action(uow_factory: UowFactory, case_id: int) -> m.Action:
    return next(a for a in _case(uow_factory, case_id).actions if a.is_open)


def _action(uow_factory: UowFactory, case_id: int, action_id: int) -> m.Action:
    return next(a for a in _case(uow_factory, case_id).actions if a.id == action_id)


def _meeting(uow_factory: UowFactory, case_id: int) -> m.Meeting:
    return _case(uow_factory, case_id).meetings[-1]


def _action_id(uow_factory: UowFactory, case_id: int) -> int:
    ident = _open_action(uow_factory, case_id).id
    assert ident is not None
    return ident


def _meeting_id(uow_factory: UowFactory, case_id: int) -> int:
    ident = _meeting(uow_factory, case_id).id
    assert ident is not None
    return ident


# -- the action's status (Endre status) -------------------------------------------------


def _status_other(uow_factory: UowFactory, case_id: int) -> None:
    action = _open_action(uow_factory, case_id)
    assert action.id is not None
    other = (
        m.ActionStatus.IN_PROGRESS
        if action.status != m.ActionStatus.IN_PROGRESS
        else m.ActionStatus.AGREED
    )
    action_service.change_status(uow_factory(), action.id, other, "", action.version)


def _status_mine(
    uow_factory: UowFactory, case_id: int, version: int, overwrites: Overwrite | None
) -> None:
    action_service.change_status(
        uow_factory(),
        _STATUS_ACTION[case_id],
        m.ActionStatus.DONE,
        "",
        expected_version=version,
        overwrites=overwrites,
    )


STATUS = Save(
    entity="actions",
    fields=("status",),
    record_id=_action_id,
    version=lambda f, c: _open_action(f, c).version,
    other=_status_other,
    mine=_status_mine,
    stored=lambda f, c: _action(f, c, _STATUS_ACTION[c]).status,
    expected=m.ActionStatus.DONE,
)
# the action A changes, by case: once done it is no longer "open"
_STATUS_ACTION: dict[int, int] = {}


# -- the action's row in the meeting guide ---------------------------------------------


def _edit_of(action: m.Action, description: str) -> action_service.ActionEdit:
    return action_service.ActionEdit(
        description=description,
        service_id=action.responsible_service_id,
        professional_id=action.responsible_professional_id,
        family_part=action.family_part,
        due_date=action.due_date,
        review_date=action.review_date,
        internal=action.internal,
    )


def _edit_other(uow_factory: UowFactory, case_id: int) -> None:
    action = _open_action(uow_factory, case_id)
    assert action.id is not None
    action_service.edit_action(
        uow_factory(), action.id, _edit_of(action, "B: ny tekst."), action.version, TODAY
    )


def _edit_mine(
    uow_factory: UowFactory, case_id: int, version: int, overwrites: Overwrite | None
) -> None:
    action = _open_action(uow_factory, case_id)
    assert action.id is not None
    action_service.edit_action(
        uow_factory(), action.id, _edit_of(action, "A: min tekst."), version, TODAY, overwrites
    )


EDIT = Save(
    entity="actions",
    fields=("description",),
    record_id=_action_id,
    version=lambda f, c: _open_action(f, c).version,
    other=_edit_other,
    mine=_edit_mine,
    stored=lambda f, c: _open_action(f, c).description,
    expected="A: min tekst.",
)


# -- the case (Endre saken) -------------------------------------------------------------


def _case_save(summary: str) -> Callable[..., None]:
    def save(
        uow_factory: UowFactory,
        case_id: int,
        version: int | None = None,
        overwrites: Overwrite | None = None,
    ) -> None:
        case = _case(uow_factory, case_id)
        data = replace(cases.case_edit_of(case), concern_summary=summary)
        cases.update_case(
            uow_factory(),
            case_id,
            data,
            case.version if version is None else version,
            TODAY,
            overwrites,
        )

    return save


CASE = Save(
    entity="cases",
    fields=("concern_summary",),
    record_id=lambda f, c: c,
    version=lambda f, c: _case(f, c).version,
    other=_case_save("B: fravær."),
    mine=_case_save("A: uro i friminuttene."),
    stored=lambda f, c: _case(f, c).concern_summary,
    expected="A: uro i friminuttene.",
)


# -- the meeting's notes and decision (the meeting guide) -------------------------------


def _texts_other(uow_factory: UowFactory, case_id: int) -> None:
    meeting = _meeting(uow_factory, case_id)
    assert meeting.id is not None
    meeting_service.save_text(
        uow_factory(), meeting.id, GuideField.SERVICES_VIEW, "B: BUP svarte.", meeting.version
    )


def _texts_mine(
    uow_factory: UowFactory, case_id: int, version: int, overwrites: Overwrite | None
) -> None:
    meeting_service.save_texts(
        uow_factory(),
        _meeting_id(uow_factory, case_id),
        {GuideField.SERVICES_VIEW: "A: skolen.", GuideField.CHILD_VOICE: "A: barnet."},
        version,
        overwrites,
    )


TEXTS = Save(
    entity="meetings",
    fields=("services_view", "child_voice"),
    record_id=_meeting_id,
    version=lambda f, c: _meeting(f, c).version,
    other=_texts_other,
    mine=_texts_mine,
    stored=lambda f, c: (_meeting(f, c).services_view, _meeting(f, c).child_voice),
    expected=("A: skolen.", "A: barnet."),
)


def _decision_other(uow_factory: UowFactory, case_id: int) -> None:
    meeting = _meeting(uow_factory, case_id)
    assert meeting.id is not None
    meeting_service.record_decision(
        uow_factory(), meeting.id, None, "B: vi venter.", meeting.version
    )


def _decision_mine(
    uow_factory: UowFactory, case_id: int, version: int, overwrites: Overwrite | None
) -> None:
    meeting_service.record_decision(
        uow_factory(),
        _meeting_id(uow_factory, case_id),
        None,
        "A: vi fortsetter.",
        version,
        overwrites,
    )


DECISION = Save(
    entity="meetings",
    fields=("decision", "decision_text"),
    record_id=_meeting_id,
    version=lambda f, c: _meeting(f, c).version,
    other=_decision_other,
    mine=_decision_mine,
    stored=lambda f, c: _meeting(f, c).decision_text,
    expected="A: vi fortsetter.",
)

SAVES = pytest.mark.parametrize(
    "save",
    [STATUS, EDIT, CASE, TEXTS, DECISION],
    ids=["action-status", "action-row", "case", "meeting-notes", "decision"],
)


def _overwrites(uow_factory: UowFactory, case_id: int) -> list[audit_service.HistoryEntry]:
    return [
        e for e in audit_service.case_history(uow_factory(), case_id) if e.action == "overwrite"
    ]


def _after_b_saved(uow_factory: UowFactory, save: Save) -> tuple[int, int, int, object]:
    """The demo case; A read it, then B saved first. Returns the case, the record,
    the version A read, and what is stored after B's save."""
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    record_id = save.record_id(uow_factory, case_id)
    if save is STATUS:
        _STATUS_ACTION[case_id] = record_id
    read_by_a = save.version(uow_factory, case_id)
    save.other(uow_factory, case_id)
    return case_id, record_id, read_by_a, save.stored(uow_factory, case_id)


@SAVES
def test_keep_mine_stores_the_change_and_the_overwrite_together(
    uow_factory: UowFactory, save: Save
) -> None:
    case_id, record_id, read_by_a, _b_stored = _after_b_saved(uow_factory, save)
    # A's first try is refused by the version guard: the conflict flow starts
    with pytest.raises(ConcurrentChangeError):
        save.mine(uow_factory, case_id, read_by_a, None)
    assert _overwrites(uow_factory, case_id) == []
    # A chose "keep mine": the save goes on from B's version, with the overwrite
    fresh = save.version(uow_factory, case_id)
    save.mine(uow_factory, case_id, fresh, Overwrite(save.entity, record_id, save.fields))
    assert save.stored(uow_factory, case_id) == save.expected
    entries = _overwrites(uow_factory, case_id)
    assert len(entries) == 1
    after = {c.field: c.after for c in entries[0].changes}
    assert after == {"entity": save.entity, "entity_id": record_id, "fields": list(save.fields)}
    # the overwrite is the newest entry: the change it overwrote with is not after it
    assert audit_service.case_history(uow_factory(), case_id)[0].action == "overwrite"


@SAVES
def test_keep_mine_refused_by_the_version_guard_stores_neither(
    uow_factory: UowFactory, save: Save
) -> None:
    case_id, record_id, read_by_a, b_stored = _after_b_saved(uow_factory, save)
    history_before = len(audit_service.case_history(uow_factory(), case_id))
    # A keeps hers, but on the version she read: B's save has moved the record on
    with pytest.raises(ConcurrentChangeError):
        save.mine(uow_factory, case_id, read_by_a, Overwrite(save.entity, record_id, save.fields))
    assert save.stored(uow_factory, case_id) == b_stored
    assert _overwrites(uow_factory, case_id) == []
    entries = audit_service.case_history(uow_factory(), case_id)
    # at most the refusal itself (services/refusals.py) is added, never a change
    assert {e.action for e in entries[: len(entries) - history_before]} <= {"refused"}


@SAVES
def test_when_the_overwrite_cannot_be_recorded_the_change_is_not_stored(
    uow_factory: UowFactory, save: Save, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id, record_id, _read_by_a, b_stored = _after_b_saved(uow_factory, save)
    history_before = len(audit_service.case_history(uow_factory(), case_id))
    append = storage_audit.append

    def failing_append(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("action") == "overwrite":
            raise AuditWriteFailed("the audit trail could not be written")
        return append(*args, **kwargs)

    monkeypatch.setattr(storage_audit, "append", failing_append)
    fresh = save.version(uow_factory, case_id)
    with pytest.raises(AuditWriteFailed):
        save.mine(uow_factory, case_id, fresh, Overwrite(save.entity, record_id, save.fields))
    monkeypatch.undo()
    assert save.stored(uow_factory, case_id) == b_stored
    assert save.version(uow_factory, case_id) == fresh
    assert len(audit_service.case_history(uow_factory(), case_id)) == history_before
    # the same save without the failure goes through: the test's failure was the only cause
    save.mine(uow_factory, case_id, fresh, Overwrite(save.entity, record_id, save.fields))
    assert save.stored(uow_factory, case_id) == save.expected
    assert len(_overwrites(uow_factory, case_id)) == 1
