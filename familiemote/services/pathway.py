"""The pathway: its shipped content, and moving, closing and reopening a case.

The content (``resources/content/pathway_nb.json``; in nynorsk ``pathway_nn.json``)
is editable text a municipality adapts; it is loaded into typed, frozen dataclasses
and checked against the five phases of the domain. Every change of phase or status is a
recorded :class:`PhaseDecision` (when, by whom, why), and the services that must
be told get a :class:`Notification` in the same unit of work.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from familiemote.domain import meeting_rules
from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.domain.errors import (
    ContentError,
    PhaseDecisionCode,
    PhaseDecisionError,
    ValidationCode,
    ValidationError,
)
from familiemote.resources_path import resource_path
from familiemote.services import refusals
from familiemote.storage import guards
from familiemote.storage.uow import UnitOfWork

PARTIES = ("familien", "kommunen", "spesialisthelsetjenesten")


@dataclass(frozen=True)
class Deadline:
    text: str
    days: int
    source: str


@dataclass(frozen=True)
class PhaseContent:
    phase: m.Phase
    name: str
    summary: str
    help: str
    decision_point: str
    responsibilities: dict[str, tuple[str, ...]]  # party (PARTIES) -> tasks
    responsibilities_are_default: bool
    deadlines: tuple[Deadline, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class ChecklistEntry:
    item: m.ChecklistItem
    text: str
    help: str


@dataclass(frozen=True)
class Rule:
    key: str
    text: str
    source: str


@dataclass(frozen=True)
class GuideStep:
    key: str
    title: str
    prompt: str
    help: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class PathwayContent:
    title: str
    note: str
    phases: dict[m.Phase, PhaseContent]
    checklist_title: str
    checklist: tuple[ChecklistEntry, ...]
    checklist_sources: tuple[str, ...]
    rules: tuple[Rule, ...]
    guides: dict[m.MeetingKind, tuple[GuideStep, ...]]

    def phase(self, phase: m.Phase) -> PhaseContent:
        return self.phases[phase]

    def guide(self, kind: m.MeetingKind) -> tuple[GuideStep, ...]:
        return self.guides[kind]


def _str(d: dict[str, Any], key: str) -> str:
    value = d.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"missing text {key!r}")
    return value


def _sources(d: dict[str, Any]) -> tuple[str, ...]:
    """The chapters a text builds on («004 kap. 8.3.2 Familiemøter»), never line numbers."""
    from familiemote.services.sources import parse

    found = _strs(d, "sources")
    for source in found:
        parse(source)  # raises ContentError
    return found


def _strs(d: dict[str, Any], key: str) -> tuple[str, ...]:
    value = d.get(key, [])
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise ContentError(f"{key!r} must be a list of texts")
    return tuple(value)


def _steps(raw: Any) -> tuple[GuideStep, ...]:
    if not isinstance(raw, list) or not raw:
        raise ContentError("a meeting guide has no steps")
    steps = tuple(
        GuideStep(
            key=_str(s, "key"),
            title=_str(s, "title"),
            prompt=_str(s, "prompt"),
            help=_str(s, "help"),
            sources=_sources(s),
        )
        for s in raw
    )
    if len({s.key for s in steps}) != len(steps):
        raise ContentError("duplicate step keys in a meeting guide")
    return steps


def parse_content(data: dict[str, Any]) -> PathwayContent:
    """Check and convert the JSON content; raises :class:`ContentError`."""
    try:
        phases: dict[m.Phase, PhaseContent] = {}
        for p in data["phases"]:
            try:
                phase = m.Phase(p["key"])
            except ValueError as exc:
                raise ContentError(f"unknown phase {p.get('key')!r}") from exc
            if p.get("number") != phase.number:
                raise ContentError(f"phase {phase.value} has the wrong number")
            resp = p.get("responsibilities", {})
            if set(resp) != set(PARTIES):
                raise ContentError(f"phase {phase.value}: responsibilities need {PARTIES}")
            phases[phase] = PhaseContent(
                phase=phase,
                name=_str(p, "name"),
                summary=_str(p, "summary"),
                help=_str(p, "help"),
                decision_point=_str(p, "decision_point"),
                responsibilities={party: _strs(resp, party) for party in PARTIES},
                responsibilities_are_default=bool(p.get("responsibilities_are_default", True)),
                deadlines=tuple(
                    Deadline(_str(d, "text"), int(d["days"]), _str(d, "source"))
                    for d in p.get("deadlines", [])
                ),
                sources=_sources(p),
            )
        if set(phases) != set(m.Phase):
            raise ContentError("the content must describe all five phases")
        cl = data["referral_checklist"]
        checklist = tuple(
            ChecklistEntry(m.ChecklistItem(str(i["number"])), _str(i, "text"), _str(i, "help"))
            for i in cl["items"]
        )
        if {e.item for e in checklist} != set(m.ChecklistItem):
            raise ContentError("the referral checklist must have items 1 to 5")
        guide = data["meeting_guide"]
        return PathwayContent(
            title=_str(data, "title"),
            note=_str(data, "note"),
            phases=phases,
            checklist_title=_str(cl, "title"),
            checklist=checklist,
            checklist_sources=_strs(cl, "sources"),
            rules=tuple(
                Rule(_str(r, "key"), _str(r, "text"), _str(r, "source"))
                for r in data.get("family_meeting_rules", [])
            ),
            guides={
                m.MeetingKind.FAMILY: _steps(guide["family_meeting"]),
                m.MeetingKind.SUMMARY: _steps(guide["summary_meeting"]),
            },
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ContentError(f"pathway content: {exc!r}") from exc


def read_content_json(path: Path) -> dict[str, Any]:
    """A shipped content file (pathway, help) as a JSON object, or ContentError."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ContentError(f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ContentError(f"{path}: not a JSON object")
    return data


def load_content_file(path: Path) -> PathwayContent:
    return parse_content(read_content_json(path))


CONTENT_LANGUAGES = ("nb", "nn")


@lru_cache(maxsize=len(CONTENT_LANGUAGES))
def load_content(lang: str = "nb") -> PathwayContent:
    """The shipped content in ``lang`` (bokmål or nynorsk; read once per language).

    A language without its own file (``pathway_<lang>.json``) gets the bokmål.
    """
    path = resource_path("content", f"pathway_{lang}.json")
    if lang not in CONTENT_LANGUAGES or not path.is_file():
        path = resource_path("content", "pathway_nb.json")
    return load_content_file(path)


# -- decisions ----------------------------------------------------------------


@dataclass(frozen=True)
class PhaseDecisionInput:
    decided_on: dt.date
    decided_by: str
    reason: str
    meeting_id: int | None = None


def clean_decision_input(data: PhaseDecisionInput, today: dt.date) -> PhaseDecisionInput:
    if data.decided_on > today:
        raise ValidationError("decided_on", ValidationCode.DATE_IN_FUTURE)
    return PhaseDecisionInput(
        decided_on=data.decided_on,
        decided_by=v.clean_name("decided_by", data.decided_by),
        reason=v.clean_text(
            "reason", data.reason, max_len=v.LONG_TEXT_MAX, required=True, multiline=True
        ),
        meeting_id=data.meeting_id,
    )


def record_phase_decision(
    uow: UnitOfWork,
    case: m.Case,
    kind: m.PhaseDecisionKind,
    to_phase: m.Phase,
    data: PhaseDecisionInput,
    reason: m.NotificationReason,
) -> m.PhaseDecision:
    if data.meeting_id is not None and all(mt.id != data.meeting_id for mt in case.meetings):
        raise ValidationError("meeting_id", ValidationCode.INCONSISTENT)
    decision = m.PhaseDecision(
        case_id=case.id,
        kind=kind,
        from_phase=case.phase,
        to_phase=to_phase,
        decided_on=data.decided_on,
        decided_by=data.decided_by,
        reason=data.reason,
        meeting_id=data.meeting_id,
    )
    case.phase_decisions.append(decision)
    uow.flush()  # the decision's id, for the notifications
    for service_id in meeting_rules.services_to_notify(case):
        case.notifications.append(
            m.Notification(
                case_id=case.id,
                reason=reason,
                created_on=data.decided_on,
                recipient_service_id=service_id,
                phase_decision_id=decision.id,
            )
        )
    return decision


def _decide(
    uow: UnitOfWork,
    case_id: int,
    expected_version: int | None,
    kind: m.PhaseDecisionKind,
    data: PhaseDecisionInput,
    notify: m.NotificationReason,
    refuse: Callable[[m.Case], None],
    to_phase: Callable[[m.Case], m.Phase],
    apply: Callable[[m.Case], None],
) -> int:
    """One phase decision (move, close, reopen) as a guarded transition; returns its id.

    ``refuse`` raises when the case as stored does not allow the decision (checked
    again on the winner's version when another user's change came first);
    ``to_phase`` is the phase the decision records; ``apply`` changes the case.
    """
    decided: list[int] = []

    def attempt(store: bool) -> None:
        case = uow.cases.get(case_id, expected_version if store else None)
        refuse(case)
        if not store:
            return
        decision = record_phase_decision(uow, case, kind, to_phase(case), data, notify)
        apply(case)
        uow.commit()
        assert decision.id is not None
        decided.append(decision.id)

    guards.settle(uow, attempt, refusals.recorder(uow, case_id, "cases", case_id))
    return decided[0]


def _refuse_closed(case: m.Case) -> None:
    if case.status == m.CaseStatus.CLOSED:
        raise PhaseDecisionError(PhaseDecisionCode.CASE_CLOSED)


def move_case(
    uow: UnitOfWork,
    case_id: int,
    to_phase: m.Phase,
    data: PhaseDecisionInput,
    today: dt.date,
    expected_version: int | None = None,
) -> int:
    """Move an open case to another phase; returns the decision's id."""

    def refuse(case: m.Case) -> None:
        _refuse_closed(case)
        if to_phase == case.phase:
            raise PhaseDecisionError(PhaseDecisionCode.SAME_PHASE)

    def apply(case: m.Case) -> None:
        case.phase = to_phase

    return _decide(
        uow,
        case_id,
        expected_version,
        m.PhaseDecisionKind.MOVE,
        clean_decision_input(data, today),
        m.NotificationReason.PHASE_CHANGED,
        refuse,
        lambda _case: to_phase,
        apply,
    )


def close_case(
    uow: UnitOfWork,
    case_id: int,
    data: PhaseDecisionInput,
    today: dt.date,
    expected_version: int | None = None,
) -> int:
    """Close an open case in whatever phase it is (after phase 1 too:
    «Kvalitet i alle ledd» 2016)."""
    data = clean_decision_input(data, today)

    def apply(case: m.Case) -> None:
        case.status = m.CaseStatus.CLOSED
        case.closed_on = data.decided_on

    return _decide(
        uow,
        case_id,
        expected_version,
        m.PhaseDecisionKind.CLOSE,
        data,
        m.NotificationReason.CASE_CLOSED,
        _refuse_closed,
        lambda case: case.phase,
        apply,
    )


def reopen_case(
    uow: UnitOfWork,
    case_id: int,
    data: PhaseDecisionInput,
    today: dt.date,
    to_phase: m.Phase | None = None,
    expected_version: int | None = None,
) -> int:
    """Reopen a closed case, in its last phase or in ``to_phase``."""

    def refuse(case: m.Case) -> None:
        if case.status == m.CaseStatus.OPEN:
            raise PhaseDecisionError(PhaseDecisionCode.CASE_OPEN)

    def target(case: m.Case) -> m.Phase:
        return to_phase or case.phase

    def apply(case: m.Case) -> None:
        case.phase = target(case)
        case.status = m.CaseStatus.OPEN
        case.closed_on = None

    return _decide(
        uow,
        case_id,
        expected_version,
        m.PhaseDecisionKind.REOPEN,
        clean_decision_input(data, today),
        m.NotificationReason.PHASE_CHANGED,
        refuse,
        target,
        apply,
    )
