"""The family's copy of everything stored about the child («innsyn», GDPR art. 15).

:func:`build_copy` gathers all of it: the case, the family, every meeting with
its participants and texts (internal notes included, marked as internal), the
actions with handovers and reviews, consents, decisions on the pathway,
referrals, the child's own views, notices, the access list, the history of
changes and the log of who has looked. The facilitator may hold back a single
entry (the law allows exceptions, e.g. to protect the child or a third party)
by its key (:func:`entry_keys`) with a stated reason: the entry is left out, the
copy says how many were held back, and :func:`record_copy` writes the copy, the
held-back keys and the reasons into the case's history.

The copy carries values, not words: printing/innsyn.py words it in bokmål or nynorsk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from familiemote.domain import model as m
from familiemote.domain.errors import ValidationCode, ValidationError
from familiemote.services import access, cases
from familiemote.services import audit as audit_service
from familiemote.storage.uow import UnitOfWork

MAX_REASON = 1000


@dataclass(frozen=True)
class Item:
    """One entry of the copy: a heading and its fields (label in bokmål, value)."""

    key: str  # "meeting:3", "action:7" ... (what can be held back)
    heading: str
    fields: tuple[tuple[str, Any], ...]
    internal: bool = False  # written for the services, not for the family


@dataclass(frozen=True)
class Section:
    title: str  # bokmål
    items: tuple[Item, ...]


@dataclass(frozen=True)
class HistoryLine:
    at: dt.datetime
    user_name: str
    entity: str
    action: str
    fields: tuple[str, ...]


@dataclass
class InnsynCopy:
    case_id: int
    child: str
    made_on: dt.date
    sections: list[Section] = field(default_factory=list)
    history: list[HistoryLine] = field(default_factory=list)
    read_log: list[access.ReadEntry] = field(default_factory=list)
    held_back: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)  # login -> the directory's name

    def who(self, login: str) -> str:
        name = self.people.get(login)
        return f"{name} ({login})" if name else login


def _name(d: cases.CaseDetail, professional_id: int | None) -> str:
    p = d.professionals.get(professional_id) if professional_id else None
    return p.name if p else ""


def _service(d: cases.CaseDetail, service_id: int | None) -> str:
    s = d.services.get(service_id) if service_id else None
    return s.name if s else ""


def _participant(d: cases.CaseDetail, p: m.Participant, family: Mapping[int, str]) -> str:
    if p.kind is m.ParticipantKind.CHILD:
        return d.case.child_first_name
    if p.family_member_id is not None:
        return family.get(p.family_member_id, "")
    name = _name(d, p.professional_id)
    service = _service(d, p.service_id)
    return f"{name} ({service})" if name and service else name or service


class _Stored(Protocol):
    @property
    def id(self) -> int | None: ...


_Row = TypeVar("_Row", bound=_Stored)


def _listed(
    title: str,
    kind: str,
    rows: Iterable[_Row],
    fields: Callable[[_Row], tuple[tuple[str, Any], ...]],
) -> Section:
    """A section with one entry, without a heading, for each stored row; each entry's
    key is ``kind:id``, which is what the facilitator may hold back."""
    return Section(title, tuple(Item(f"{kind}:{row.id}", "", fields(row)) for row in rows))


def _sections(d: cases.CaseDetail) -> list[Section]:
    c = d.case
    family = {f.id: f.name for f in c.family_members if f.id is not None}
    meetings = {mt.id: mt for mt in c.meetings if mt.id is not None}
    out: list[Section] = []
    out.append(
        Section(
            "Saken",
            (
                Item(
                    f"case:{c.id}",
                    c.child_first_name,
                    (
                        ("Fornavn", c.child_first_name),
                        ("Fødselsår", c.child_birth_year),
                        ("Fødselsdato", c.child_birth_date),
                        ("Fase", c.phase),
                        ("Status", c.status),
                        ("Saken åpnet", c.opened_on),
                        ("Saken avsluttet", c.closed_on),
                        ("Bekymring meldt av familien", c.concern_by_family),
                        ("Tjenesten som var bekymret", _service(d, c.concern_service_id)),
                        ("Tjenesten som tok initiativet", _service(d, c.initiating_service_id)),
                        ("Kontaktperson", _name(d, c.coordinator_id)),
                        ("Bekymringen", c.concern_summary),
                    ),
                ),
            ),
        )
    )
    out.append(
        Section(
            "Familien",
            tuple(
                Item(
                    f"family_member:{f.id}",
                    f.name,
                    (
                        ("Navn", f.name),
                        ("Relasjon", f.relation),
                        ("Foresatt", f.is_guardian),
                        ("Telefon", f.phone),
                        ("E-post", f.email),
                    ),
                )
                for f in c.family_members
            ),
        )
    )
    meeting_items: list[Item] = []
    for mt in c.meetings:
        people = ", ".join(_participant(d, p, family) for p in mt.participants)
        meeting_items.append(
            Item(
                f"meeting:{mt.id}",
                "",
                (
                    ("Møte", mt.kind),
                    ("Tid", mt.starts_at),
                    ("Sted", mt.place),
                    ("Status", mt.status),
                    ("Deltakere", people),
                    ("Familiens beskrivelse", mt.family_description),
                    ("Barnets stemme", mt.child_voice),
                    ("Tjenestenes syn", mt.services_view),
                    ("Beslutning", mt.decision),
                    ("Beslutningen med ord", mt.decision_text),
                    ("Neste møte", mt.next_meeting_at),
                    ("Om neste møte", mt.next_meeting_note),
                    ("Grunn til å henvise uten BUP-kriteriene", mt.bup_override_reason),
                    ("Epikrise sendt", mt.epikrise_sent_on),
                ),
            )
        )
        if mt.internal_notes.strip():
            meeting_items.append(
                Item(
                    f"meeting_notes:{mt.id}",
                    "",
                    (
                        ("Møte", mt.kind),
                        ("Tid", mt.starts_at),
                        ("Interne notater", mt.internal_notes),
                    ),
                    internal=True,
                )
            )
    out.append(Section("Møter", tuple(meeting_items)))
    action_items: list[Item] = []
    for a in c.actions:
        handovers = "; ".join(
            f"{_service(d, h.from_service_id)} → {_service(d, h.to_service_id)}"
            + (f" ({h.note})" if h.note else "")
            for h in a.handovers
        )
        reviews = "; ".join(r.note for r in a.reviews if r.note)
        meeting = meetings.get(a.meeting_id) if a.meeting_id else None
        action_items.append(
            Item(
                f"action:{a.id}",
                "",
                (
                    ("Tiltak", a.description),
                    ("Avtalt i møtet", meeting.starts_at.date() if meeting else None),
                    ("Ansvarlig tjeneste", _service(d, a.responsible_service_id)),
                    ("Ansvarlig person", _name(d, a.responsible_professional_id)),
                    ("Andre som er med", a.others_involved),
                    ("Familiens del", a.family_part),
                    ("Frist", a.due_date),
                    ("Ny vurdering", a.review_date),
                    ("Status", a.status),
                    ("Grunn", a.status_reason),
                    ("Overlevert", handovers),
                    ("Gjennomgått", reviews),
                ),
                internal=a.internal,
            )
        )
    out.append(Section("Tiltak", tuple(action_items)))
    out.append(
        _listed(
            "Samtykke",
            "consent",
            c.consents,
            lambda s: (
                (
                    "Gitt av",
                    c.child_first_name if s.given_by_child else family.get(s.given_by_id or 0, ""),
                ),
                ("Gjelder", s.purposes),
                ("Form", s.form),
                ("Gitt", s.given_on),
                ("Gyldig til", s.valid_until),
                (
                    "Tjenester",
                    ", ".join(
                        _service(d, sc.service_id)
                        + (f" (trukket {sc.withdrawn_on:%d.%m.%Y})" if sc.withdrawn_on else "")
                        for sc in s.scopes
                    ),
                ),
                ("Trukket tilbake", s.withdrawn_on),
                ("Om tilbaketrekkingen", s.withdrawal_note),
                ("Registrert av", s.recorded_by),
            ),
        )
    )
    out.append(
        _listed(
            "Barnets egne ord",
            "child_view",
            c.child_views,
            lambda v: (
                ("Dato", v.recorded_on),
                ("Tekst", v.text),
                ("Skrevet ned av", v.recorded_by),
            ),
        )
    )
    out.append(
        _listed(
            "Beslutninger om forløpet",
            "phase_decision",
            c.phase_decisions,
            lambda p: (
                ("Dato", p.decided_on),
                ("Fra fase", p.from_phase),
                ("Til fase", p.to_phase),
                ("Begrunnelse", p.reason),
                ("Besluttet av", p.decided_by),
            ),
        )
    )
    out.append(
        _listed(
            "Henvisninger",
            "referral",
            c.referrals,
            lambda r: (
                ("Til", r.target),
                ("Sendt", r.referred_on),
                ("Notater", r.checklist_notes),
                ("Sendt av", r.referred_by),
            ),
        )
    )
    out.append(
        _listed(
            "Beskjeder til tjenestene",
            "notification",
            c.notifications,
            lambda n: (
                ("Opprettet", n.created_on),
                ("Til", _service(d, n.recipient_service_id) or n.recipient_text),
                ("Gitt", n.done_on),
                ("Merknad", n.note),
            ),
        )
    )
    return out


def entry_keys(uow: UnitOfWork, case_id: int) -> list[tuple[str, str, str]]:
    """(key, section title in bokmål, what the entry is) of every entry that may be held back.

    The third part is the entry's own content (a name, a date, the start of a text),
    never a code: the dialog puts the section title in the user's language before it.
    """
    detail = cases.get_case(uow, case_id)
    out: list[tuple[str, str, str]] = []
    for section in _sections(detail):
        for item in section.items:
            if item.key.startswith("case:"):
                continue
            values = dict(item.fields)
            when = values.get("Tid")
            if isinstance(when, dt.datetime):  # a meeting, or its internal notes
                title = (
                    "Interne notater"
                    if item.internal and item.key.startswith("meeting_notes:")
                    else section.title
                )
                out.append((item.key, title, when.strftime("%d.%m.%Y kl. %H.%M")))
                continue
            first = next((v for _k, v in item.fields if isinstance(v, str | dt.date) and v), "")
            text = first.strftime("%d.%m.%Y") if isinstance(first, dt.date) else str(first)
            out.append((item.key, section.title, item.heading or text[:60]))
    return out


def build_copy(
    uow: UnitOfWork,
    case_id: int,
    *,
    held_back: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> InnsynCopy:
    """Everything stored about the child, less the entries held back with a reason."""
    held = {k.strip(): " ".join(v.split()) for k, v in (held_back or {}).items()}
    detail = cases.get_case(uow, case_id)
    sections = _sections(detail)
    known = {i.key for s in sections for i in s.items}
    for key, reason in held.items():
        if key not in known or key.startswith("case:"):
            raise ValidationError("held_back", ValidationCode.INCONSISTENT)
        if not reason:
            raise ValidationError("reason", ValidationCode.REQUIRED)
        if len(reason) > MAX_REASON:
            raise ValidationError("reason", ValidationCode.TOO_LONG)
    kept = [Section(s.title, tuple(i for i in s.items if i.key not in held)) for s in sections]
    access_entries = access.list_access(uow, case_id)
    if access_entries:
        kept.append(
            Section(
                "Tilgang til saken utenom teamet",
                tuple(
                    Item(
                        f"access:{e.id}",
                        "",
                        (
                            ("Hvem", f"{e.person} ({e.login})" if e.person else e.login),
                            ("Slags tilgang", e.kind),
                            ("Grunn", e.reason),
                            ("Fra", e.starts_at),
                            ("Til", e.ended_at or e.ends_at),
                        ),
                    )
                    for e in access_entries
                ),
            )
        )
    history = [
        HistoryLine(
            at=e.at,
            user_name=e.user_name,
            entity=e.entity,
            action=e.action,
            fields=tuple(ch.field for ch in e.changes),
        )
        for e in audit_service.case_history(uow, case_id)
        if e.action not in access.READ_ACTIONS
    ]
    history.sort(key=lambda h: h.at)
    return InnsynCopy(
        case_id=case_id,
        child=detail.case.child_first_name,
        made_on=today or dt.date.today(),
        sections=kept,
        history=history,
        read_log=access.read_log(uow, case_id),
        held_back=held,
        people={login: name for _id, name, login in access.colleagues(uow)},
    )


def record_copy(uow: UnitOfWork, copy: InnsynCopy) -> None:
    """The copy is logged in the case's history, with what was held back and why."""
    audit_service.record_event(
        uow,
        copy.case_id,
        "innsyn",
        {
            "document": "innsyn",
            "held_back": len(copy.held_back),
            "reasons": [f"{k}: {v}" for k, v in sorted(copy.held_back.items())],
        },
    )
