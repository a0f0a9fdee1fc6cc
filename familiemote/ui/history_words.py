"""The case history in words: each audit entry as a sentence a person reads.

«Anne Dahl (anne) endret fristen for tiltaket «Samtaler hver 14. dag» fra
01.10.2026 til 15.10.2026». Names, never ids: who did it (the name the user gave
under «Meg», with the login in brackets), what, and about whom. Field changes
that the sentence does not carry are listed as «Frist: 13.12.2026 → 20.12.2026».

Pure wording: :class:`Names` is built once for a page from the open case (and
the logins' names), then :func:`describe` words each entry without a query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from familiemote.domain import model as m
from familiemote.services.audit import HistoryEntry
from familiemote.services.cases import CaseDetail
from familiemote.ui.labels import label, service_label

CONTEXT = "HistoryWords"
MAX_VALUE_CHARS = 120
MAX_NAME_CHARS = 60


def tr(text: str, n: int = -1) -> str:
    """The text in the language in use; with a count ``n``, its singular or plural."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


class Topic(Enum):
    """What the history can be filtered on."""

    ALL = "all"
    CASE = "case"  # the case itself and the family
    MEETINGS = "meetings"
    ACTIONS = "actions"
    CONSENT = "consent"
    OUTPUT = "output"  # prints, saved PDFs, exports, calendar files, backups
    ACCESS = "access"  # who opened the case, access given and ended, emergency access


TOPIC_LABELS: dict[Topic, Any] = {
    Topic.ALL: QT_TRANSLATE_NOOP("HistoryWords", "Alt"),
    Topic.CASE: QT_TRANSLATE_NOOP("HistoryWords", "Saken og familien"),
    Topic.MEETINGS: QT_TRANSLATE_NOOP("HistoryWords", "Møter"),
    Topic.ACTIONS: QT_TRANSLATE_NOOP("HistoryWords", "Tiltak"),
    Topic.CONSENT: QT_TRANSLATE_NOOP("HistoryWords", "Samtykke"),
    Topic.OUTPUT: QT_TRANSLATE_NOOP("HistoryWords", "Utskrifter og eksport"),
    Topic.ACCESS: QT_TRANSLATE_NOOP("HistoryWords", "Tilgang og innsyn"),
}
# Who looked and who may look (services/access.py): their own topic.
ACCESS_ACTIONS = frozenset({"open", "emergency_access", "innsyn"})
OUTPUT_ACTIONS = frozenset({"print", "save_pdf", "export", "calendar", "backup", "import"})
# Changes made outside the app (psql) that a PostgreSQL server recorded itself
# (storage/audit_server.py), and the app's own action each corresponds to.
SERVER_ACTIONS = {"db_insert": "insert", "db_update": "update", "db_delete": "delete"}
NAMES_ONLY = "_changed_fields"  # storage/audit_server.py: a change recorded without values
_TOPIC_OF_ENTITY = {
    "cases": Topic.CASE,
    "family_members": Topic.CASE,
    "phase_decisions": Topic.CASE,
    "referrals": Topic.CASE,
    "child_views": Topic.CASE,
    "notifications": Topic.CASE,
    "meetings": Topic.MEETINGS,
    "participants": Topic.MEETINGS,
    "actions": Topic.ACTIONS,
    "action_handovers": Topic.ACTIONS,
    "action_reviews": Topic.ACTIONS,
    "consents": Topic.CONSENT,
    "consent_scopes": Topic.CONSENT,
}


# services/consent/recording.py: a consent let services receive information in the
# meetings still planned (one event for the participants it changed)
CONSENT_MEETINGS = "consent_meetings"


def topic_of(entry: HistoryEntry) -> Topic:
    if entry.action in ACCESS_ACTIONS or entry.entity == "case_access":
        return Topic.ACCESS
    if entry.action == CONSENT_MEETINGS:
        return Topic.MEETINGS
    if entry.action in OUTPUT_ACTIONS:
        return Topic.OUTPUT
    return _TOPIC_OF_ENTITY.get(entry.entity, Topic.CASE)


# Fields as a person names them (in a «Felt: før → etter» line).
FIELD_WORDS: dict[str, Any] = {
    "child_first_name": QT_TRANSLATE_NOOP("HistoryWords", "Barnets fornavn"),
    "child_birth_year": QT_TRANSLATE_NOOP("HistoryWords", "Fødselsår"),
    "child_birth_date": QT_TRANSLATE_NOOP("HistoryWords", "Fødselsdato"),
    "phase": QT_TRANSLATE_NOOP("HistoryWords", "Fase"),
    "status": QT_TRANSLATE_NOOP("HistoryWords", "Status"),
    "concern_by_family": QT_TRANSLATE_NOOP("HistoryWords", "Bekymring meldt av familien"),
    "concern_service_id": QT_TRANSLATE_NOOP("HistoryWords", "Bekymring meldt av"),
    "initiating_service_id": QT_TRANSLATE_NOOP("HistoryWords", "Initiativtaker"),
    "coordinator_id": QT_TRANSLATE_NOOP("HistoryWords", "Kontaktperson"),
    "concern_summary": QT_TRANSLATE_NOOP("HistoryWords", "Bekymringen"),
    "family_members": QT_TRANSLATE_NOOP("HistoryWords", "Familien"),
    "closed_on": QT_TRANSLATE_NOOP("HistoryWords", "Avsluttet"),
    "opened_on": QT_TRANSLATE_NOOP("HistoryWords", "Åpnet"),
    "anonymous": QT_TRANSLATE_NOOP("HistoryWords", "Anonym drøfting"),
    "name": QT_TRANSLATE_NOOP("HistoryWords", "Navn"),
    "relation": QT_TRANSLATE_NOOP("HistoryWords", "Relasjon"),
    "is_guardian": QT_TRANSLATE_NOOP("HistoryWords", "Foresatt"),
    "phone": QT_TRANSLATE_NOOP("HistoryWords", "Telefon"),
    "email": QT_TRANSLATE_NOOP("HistoryWords", "E-post"),
    "kind": QT_TRANSLATE_NOOP("HistoryWords", "Type"),
    "starts_at": QT_TRANSLATE_NOOP("HistoryWords", "Tidspunkt"),
    "place": QT_TRANSLATE_NOOP("HistoryWords", "Sted"),
    "family_description": QT_TRANSLATE_NOOP("HistoryWords", "Familiens beskrivelse"),
    "child_voice": QT_TRANSLATE_NOOP("HistoryWords", "Barnets stemme"),
    "services_view": QT_TRANSLATE_NOOP("HistoryWords", "Tjenestenes vurdering"),
    "decision": QT_TRANSLATE_NOOP("HistoryWords", "Beslutning"),
    "decision_text": QT_TRANSLATE_NOOP("HistoryWords", "Beslutningen"),
    "next_meeting_note": QT_TRANSLATE_NOOP("HistoryWords", "Neste møte"),
    "next_meeting_at": QT_TRANSLATE_NOOP("HistoryWords", "Tidspunkt for neste møte"),
    "internal_notes": QT_TRANSLATE_NOOP("HistoryWords", "Interne notater"),
    "bup_override_reason": QT_TRANSLATE_NOOP("HistoryWords", "Begrunnelse for unntak"),
    "epikrise_sent_on": QT_TRANSLATE_NOOP("HistoryWords", "Epikrise sendt"),
    "attendance": QT_TRANSLATE_NOOP("HistoryWords", "Oppmøte"),
    "roles": QT_TRANSLATE_NOOP("HistoryWords", "Roller"),
    "receives_information": QT_TRANSLATE_NOOP("HistoryWords", "Mottar opplysninger"),
    "professional_id": QT_TRANSLATE_NOOP("HistoryWords", "Fagperson"),
    "service_id": QT_TRANSLATE_NOOP("HistoryWords", "Tjeneste"),
    "family_member_id": QT_TRANSLATE_NOOP("HistoryWords", "Familiemedlem"),
    "description": QT_TRANSLATE_NOOP("HistoryWords", "Tiltaket"),
    "responsible_service_id": QT_TRANSLATE_NOOP("HistoryWords", "Ansvarlig tjeneste"),
    "responsible_professional_id": QT_TRANSLATE_NOOP("HistoryWords", "Ansvarlig person"),
    "others_involved": QT_TRANSLATE_NOOP("HistoryWords", "Andre involverte"),
    "family_part": QT_TRANSLATE_NOOP("HistoryWords", "Familiens del"),
    "due_date": QT_TRANSLATE_NOOP("HistoryWords", "Frist"),
    "review_date": QT_TRANSLATE_NOOP("HistoryWords", "Ny vurdering"),
    "status_reason": QT_TRANSLATE_NOOP("HistoryWords", "Begrunnelse"),
    "internal": QT_TRANSLATE_NOOP("HistoryWords", "Bare internt"),
    "from_service_id": QT_TRANSLATE_NOOP("HistoryWords", "Fra tjeneste"),
    "from_professional_id": QT_TRANSLATE_NOOP("HistoryWords", "Fra person"),
    "to_service_id": QT_TRANSLATE_NOOP("HistoryWords", "Til tjeneste"),
    "to_professional_id": QT_TRANSLATE_NOOP("HistoryWords", "Til person"),
    "proposed_on": QT_TRANSLATE_NOOP("HistoryWords", "Foreslått"),
    "accepted_on": QT_TRANSLATE_NOOP("HistoryWords", "Godtatt"),
    "accepted_by": QT_TRANSLATE_NOOP("HistoryWords", "Godtatt av"),
    "declined_on": QT_TRANSLATE_NOOP("HistoryWords", "Avslått"),
    "declined_by": QT_TRANSLATE_NOOP("HistoryWords", "Avslått av"),
    "decline_reason": QT_TRANSLATE_NOOP("HistoryWords", "Begrunnelse for avslaget"),
    "outcome": QT_TRANSLATE_NOOP("HistoryWords", "Utfall"),
    "new_date": QT_TRANSLATE_NOOP("HistoryWords", "Ny dato"),
    "note": QT_TRANSLATE_NOOP("HistoryWords", "Merknad"),
    "given_by_id": QT_TRANSLATE_NOOP("HistoryWords", "Gitt av"),
    "given_by_child": QT_TRANSLATE_NOOP("HistoryWords", "Gitt av ungdommen selv"),
    "purposes": QT_TRANSLATE_NOOP("HistoryWords", "Gjelder"),
    "form": QT_TRANSLATE_NOOP("HistoryWords", "Form"),
    "given_on": QT_TRANSLATE_NOOP("HistoryWords", "Gitt"),
    "recorded_by": QT_TRANSLATE_NOOP("HistoryWords", "Registrert av"),
    "valid_until": QT_TRANSLATE_NOOP("HistoryWords", "Gyldig til"),
    "withdrawn_on": QT_TRANSLATE_NOOP("HistoryWords", "Trukket tilbake"),
    "withdrawal_note": QT_TRANSLATE_NOOP("HistoryWords", "Hvordan tilbaketrekkingen ble meddelt"),
    "from_phase": QT_TRANSLATE_NOOP("HistoryWords", "Fra fase"),
    "to_phase": QT_TRANSLATE_NOOP("HistoryWords", "Til fase"),
    "decided_on": QT_TRANSLATE_NOOP("HistoryWords", "Besluttet"),
    "decided_by": QT_TRANSLATE_NOOP("HistoryWords", "Besluttet av"),
    "reason": QT_TRANSLATE_NOOP("HistoryWords", "Begrunnelse"),
    "target": QT_TRANSLATE_NOOP("HistoryWords", "Henvist til"),
    "checklist": QT_TRANSLATE_NOOP("HistoryWords", "Sjekklisten"),
    "checklist_notes": QT_TRANSLATE_NOOP("HistoryWords", "Notater til sjekklisten"),
    "referred_on": QT_TRANSLATE_NOOP("HistoryWords", "Sendt"),
    "referred_by": QT_TRANSLATE_NOOP("HistoryWords", "Henviser"),
    "recorded_on": QT_TRANSLATE_NOOP("HistoryWords", "Dato"),
    "text": QT_TRANSLATE_NOOP("HistoryWords", "Tekst"),
    "recipient_service_id": QT_TRANSLATE_NOOP("HistoryWords", "Mottaker"),
    "recipient_text": QT_TRANSLATE_NOOP("HistoryWords", "Mottaker"),
    "created_on": QT_TRANSLATE_NOOP("HistoryWords", "Opprettet"),
    "done_on": QT_TRANSLATE_NOOP("HistoryWords", "Beskjed gitt"),
    "done_by": QT_TRANSLATE_NOOP("HistoryWords", "Beskjed gitt av"),
    "copies": QT_TRANSLATE_NOOP("HistoryWords", "Antall"),
}
# What a sentence already says, or what only links records: never a line of its own.
_QUIET = frozenset(
    {
        "id",
        "case_id",
        "meeting_id",
        "action_id",
        "consent_id",
        "phase_decision_id",
        "demo_key",
        "search_text",
        "version",
        "document",
        "entity",
        "entity_id",
        "fields",
        "meeting_ids",
        "action_ids",
    }
)
# On a new record, only the fields that add to the sentence (and are not empty).
_INSERT_DETAILS: dict[str, tuple[str, ...]] = {
    "cases": ("child_birth_date", "concern_service_id", "initiating_service_id", "coordinator_id"),
    "family_members": ("phone", "email"),
    "meetings": ("place",),
    "participants": ("roles",),
    "actions": ("others_involved", "family_part", "review_date"),
    "action_handovers": ("note",),
    "action_reviews": ("new_date", "note"),
    "consents": ("purposes",),
    "phase_decisions": ("reason",),
    "referrals": ("checklist_notes",),
    "child_views": ("text",),
    "notifications": (),
    "consent_scopes": (),
}
DOCUMENT_WORDS: dict[str, Any] = {
    "plan": QT_TRANSLATE_NOOP("HistoryWords", "oppfølgingsplanen"),
    "plan_family_copy": QT_TRANSLATE_NOOP("HistoryWords", "familiens kopi av oppfølgingsplanen"),
    "consent_form": QT_TRANSLATE_NOOP("HistoryWords", "samtykkeskjemaet"),
    "read_log": QT_TRANSLATE_NOOP("HistoryWords", "loggen over hvem som har sett saken"),
    "innsyn": QT_TRANSLATE_NOOP("HistoryWords", "familiens innsynskopi"),
    "evaluation_form": QT_TRANSLATE_NOOP("HistoryWords", "vurderingsskjemaet"),
    "leaflet": QT_TRANSLATE_NOOP("HistoryWords", "informasjonen til familien"),
    "invitation": QT_TRANSLATE_NOOP("HistoryWords", "invitasjonen til møtet"),
    "case_export": QT_TRANSLATE_NOOP("HistoryWords", "hele saken"),
    "calendar": QT_TRANSLATE_NOOP("HistoryWords", "møtene"),
    "database": QT_TRANSLATE_NOOP("HistoryWords", "hele databasen"),
}
ENTITY_WORDS: dict[str, Any] = {
    "cases": QT_TRANSLATE_NOOP("HistoryWords", "saken"),
    "family_members": QT_TRANSLATE_NOOP("HistoryWords", "et familiemedlem"),
    "meetings": QT_TRANSLATE_NOOP("HistoryWords", "et møte"),
    "participants": QT_TRANSLATE_NOOP("HistoryWords", "en deltaker i et møte"),
    "actions": QT_TRANSLATE_NOOP("HistoryWords", "et tiltak"),
    "action_handovers": QT_TRANSLATE_NOOP("HistoryWords", "en overføring av ansvar"),
    "action_reviews": QT_TRANSLATE_NOOP("HistoryWords", "en vurdering av et tiltak"),
    "consents": QT_TRANSLATE_NOOP("HistoryWords", "et samtykke"),
    "consent_scopes": QT_TRANSLATE_NOOP("HistoryWords", "en tjeneste i et samtykke"),
    "phase_decisions": QT_TRANSLATE_NOOP("HistoryWords", "en beslutning om fase"),
    "referrals": QT_TRANSLATE_NOOP("HistoryWords", "en henvisning"),
    "child_views": QT_TRANSLATE_NOOP("HistoryWords", "barnets syn"),
    "notifications": QT_TRANSLATE_NOOP("HistoryWords", "en beskjed til henviser"),
}
_ENUMS: dict[str, type[Enum]] = {
    "phase": m.Phase,
    "from_phase": m.Phase,
    "to_phase": m.Phase,
    "relation": m.Relation,
    "attendance": m.Attendance,
    "roles": m.Role,
    "decision": m.Decision,
    "outcome": m.ReviewOutcome,
    "purposes": m.ConsentPurpose,
    "form": m.ConsentForm,
}
_ENTITY_ENUMS: dict[tuple[str, str], type[Enum]] = {
    ("cases", "status"): m.CaseStatus,
    ("meetings", "status"): m.MeetingStatus,
    ("meetings", "kind"): m.MeetingKind,
    ("actions", "status"): m.ActionStatus,
    ("participants", "kind"): m.ParticipantKind,
    ("phase_decisions", "kind"): m.PhaseDecisionKind,
    ("notifications", "reason"): m.NotificationReason,
}


@dataclass
class Names:
    """Ids to the names a person knows, read once from the open case."""

    services: dict[int, str] = field(default_factory=dict)
    people: dict[int, str] = field(default_factory=dict)
    family: dict[int, str] = field(default_factory=dict)  # «Kari Nordmann (mor)»
    meetings: dict[int, str] = field(default_factory=dict)  # «familiemøtet 08.11.2026»
    actions: dict[int, str] = field(default_factory=dict)  # the description, shortened
    consents: dict[int, str] = field(default_factory=dict)  # who gave it
    handover_actions: dict[int, int] = field(default_factory=dict)  # handover -> action
    participants: dict[int, tuple[int, str]] = field(default_factory=dict)  # -> meeting, who
    scopes: dict[int, tuple[int, int]] = field(default_factory=dict)  # -> consent, service
    consent_services: dict[int, list[str]] = field(default_factory=dict)
    users: dict[str, str] = field(default_factory=dict)  # login -> name
    child: str = ""

    @classmethod
    def of(cls, d: CaseDetail, users: Mapping[str, str] | None = None) -> Names:
        case = d.case
        out = cls(
            services={i: service_label(s.name) for i, s in d.services.items()},
            people={i: p.name for i, p in d.professionals.items()},
            users=dict(users or {}),
            child=case.child_first_name,
        )
        for f in case.family_members:
            if f.id is not None:
                out.family[f.id] = f"{f.name} ({label(f.relation).lower()})"
        for mt in case.meetings:
            if mt.id is None:
                continue
            out.meetings[mt.id] = meeting_words(mt.kind, mt.starts_at)
            for p in mt.participants:
                if p.id is not None:
                    out.participants[p.id] = (mt.id, out.participant(p))
        for a in case.actions:
            if a.id is None:
                continue
            out.actions[a.id] = short(a.description, MAX_NAME_CHARS)
            for h in a.handovers:
                if h.id is not None:
                    out.handover_actions[h.id] = a.id
        for c in case.consents:
            if c.id is None:
                continue
            out.consents[c.id] = (
                tr("ungdommen selv") if c.given_by_child else out.family_member(c.given_by_id)
            )
            for s in c.scopes:
                if s.id is not None:
                    out.scopes[s.id] = (c.id, s.service_id)
            out.consent_services[c.id] = [out.service(s.service_id) for s in c.scopes]
        return out

    def user(self, login: str) -> str:
        name = self.users.get(login, "")
        return f"{name} ({login})" if name and name != login else login

    def service(self, ident: Any) -> str:
        return self.services.get(ident, tr("en tjeneste")) if ident is not None else "–"

    def person(self, ident: Any) -> str:
        return self.people.get(ident, tr("en fagperson")) if ident is not None else "–"

    def family_member(self, ident: Any) -> str:
        return self.family.get(ident, tr("et familiemedlem")) if ident is not None else "–"

    def meeting(self, ident: Any) -> str:
        return self.meetings.get(ident, tr("et møte")) if ident is not None else ""

    def action(self, ident: Any) -> str:
        found = self.actions.get(ident)
        return tr("tiltaket «{what}»").format(what=found) if found else tr("et tiltak")

    def consent(self, ident: Any) -> str:
        who = self.consents.get(ident)
        return tr("samtykket fra {who}").format(who=who) if who else tr("et samtykke")

    def participant(self, p: m.Participant) -> str:
        if p.kind == m.ParticipantKind.CHILD:
            return tr("barnet ({name})").format(name=self.child) if self.child else tr("barnet")
        if p.kind == m.ParticipantKind.FAMILY:
            return self.family_member(p.family_member_id)
        if p.professional_id is not None:
            who = self.person(p.professional_id)
            where = self.services.get(p.service_id or -1)
            return tr("{who} fra {service}").format(who=who, service=where) if where else who
        return self.service(p.service_id)


def and_list(items: list[str]) -> str:
    """«Skole, BUP og fastlege»."""
    if len(items) < 2:
        return "".join(items)
    return tr("{first} og {last}").format(first=", ".join(items[:-1]), last=items[-1])


def meeting_words(kind: m.MeetingKind | str, starts_at: dt.datetime | str) -> str:
    if isinstance(starts_at, str):
        starts_at = dt.datetime.fromisoformat(starts_at)
    kind = kind if isinstance(kind, m.MeetingKind) else m.MeetingKind(kind)
    what = tr("familiemøtet") if kind == m.MeetingKind.FAMILY else tr("det oppsummerende møtet")
    return tr("{what} {date}").format(what=what, date=starts_at.strftime("%d.%m.%Y"))


def short(text: str, limit: int = MAX_VALUE_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _enum_word(enum: type[Enum], value: Any) -> str:
    try:
        return label(enum(value))
    except (ValueError, KeyError):
        return tr("(ukjent verdi)")


def value_words(entity: str, name: str, value: Any, names: Names) -> str:
    """One stored value as a person reads it: names for ids, dates as dd.mm.åååå."""
    if value is None or value == "" or value == []:
        return "–"
    if name.endswith("service_id") or name == "service_id":
        return names.service(value)
    if name.endswith("professional_id") or name == "coordinator_id":
        return names.person(value)
    if name in ("family_member_id", "given_by_id"):
        return names.family_member(value)
    if isinstance(value, bool):
        return tr("ja") if value else tr("nei")
    enum = _ENTITY_ENUMS.get((entity, name)) or _ENUMS.get(name)
    if enum is not None:
        if isinstance(value, list):
            return ", ".join(_enum_word(enum, v) for v in value) or "–"
        return _enum_word(enum, value)
    if name == "target" and isinstance(value, str):
        return value.upper()  # BUP, HABU
    if name == "checklist" and isinstance(value, list):
        return tr("punkt {items} av 5").format(items=", ".join(str(v) for v in sorted(value)))
    if isinstance(value, str):
        if len(value) == 10 and value[4:5] == "-":
            try:
                return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
            except ValueError:
                pass
        if len(value) in (16, 19) and value[10:11] == "T":
            try:
                return dt.datetime.fromisoformat(value).strftime("%d.%m.%Y kl. %H.%M")
            except ValueError:
                pass
        return short(value)
    return str(value)


def field_words(name: str) -> str:
    word = FIELD_WORDS.get(name)
    return tr(str(word)) if word is not None else tr("Annet")  # i18n: marked


@dataclass(frozen=True)
class Worded:
    """An entry in words: the sentence, and the changes it does not carry (one a line)."""

    sentence: str
    details: str
    topic: Topic


# entries written by one save are at most this far apart
_ONE_SAVE = dt.timedelta(seconds=2)


def said_by_another(entries: Sequence[HistoryEntry]) -> set[int]:
    """The entries another entry's sentence already says, so that they need no row of their own.

    Registering a consent writes the consent and one entry per service it covers; the
    consent's sentence names those services («… registrerte samtykke fra Kari Nordmann
    (mor) for Skole, BUP og Fastlege …»), so the services' own «tok med Skole i …» rows,
    written by the same person in the same save, are left out. A service added to the
    consent later keeps its row, and so does an entry whose check failed. Likewise the
    participants a consent let receive information in the planned meetings: its event
    says so in one sentence.
    """
    registered = [
        e for e in entries if e.entity == "consents" and e.action == "insert" and e.intact
    ]
    folded: set[int] = set()
    # a consent's event about the planned meetings names the participants it let receive
    # information; their own «Mottar opplysninger: nei → ja» rows are left out
    opened: set[int] = set()
    for e in entries:
        if e.action == CONSENT_MEETINGS and e.intact:
            ids = next((c.after for c in e.changes if c.field == "participant_ids"), None)
            opened.update(i for i in ids or [] if isinstance(i, int))
    for e in entries:
        if (
            e.entity == "participants"
            and e.action == "update"
            and e.entity_id in opened
            and [c.field for c in e.changes] == ["receives_information"]
        ):
            folded.add(e.id)
    for e in entries:
        if e.entity != "consent_scopes" or e.action != "insert" or not e.intact:
            continue
        consent_id = next((c.after for c in e.changes if c.field == "consent_id"), None)
        if any(
            r.entity_id == consent_id
            and r.user_name == e.user_name
            and abs(r.at - e.at) <= _ONE_SAVE
            for r in registered
        ):
            folded.add(e.id)
    return folded


def describe(entry: HistoryEntry, names: Names) -> Worded:
    plain = SERVER_ACTIONS.get(entry.action)
    if plain is not None:  # worded as the app's own change, and said where it was made
        # a server without pgcrypto keeps only the names of the changed fields
        names_only = next((c.after for c in entry.changes if c.field == NAMES_ONLY), None)
        kept = tuple(c for c in entry.changes if c.field != NAMES_ONLY)
        inner = describe(replace(entry, action=plain, changes=kept), names)
        details = inner.details
        if isinstance(names_only, list):
            fields = [field_words(str(f)) for f in names_only if f not in _QUIET and f != "id"]
            details = tr("Endret: {fields} (verdiene ble ikke lagret)").format(
                fields=", ".join(dict.fromkeys(fields))
            )
        return Worded(
            tr("Endret direkte i databasen, utenfor programmet: {what}").format(
                what=inner.sentence
            ),
            details,
            inner.topic,
        )
    who = names.user(entry.user_name)
    topic = topic_of(entry)
    if not entry.readable:
        what = tr(str(ENTITY_WORDS.get(entry.entity, ENTITY_WORDS["cases"])))  # i18n: marked
        return Worded(
            tr("{who} endret {what}.").format(who=who, what=what),
            tr("(innholdet kan ikke leses: saken er slettet)"),
            topic,
        )
    changes = {c.field: c for c in entry.changes}
    after = {c.field: c.after for c in entry.changes}
    before = {c.field: c.before for c in entry.changes}
    worder = _EVENT_WORDERS.get(entry.action) if entry.entity in ("cases", "app") else None
    if worder is not None:
        sentence = worder(who, after, names)
        return Worded(sentence, "", topic)
    if entry.entity == "case_access":
        return Worded(_access_change(entry.action, who, before, after, names), "", topic)
    sentence, used = _record_sentence(entry, who, before, after, names)
    lines = []
    for name, change in changes.items():
        if name in _QUIET or name in used:
            continue
        if entry.action == "insert":
            if name not in _INSERT_DETAILS.get(entry.entity, ()) or change.after in (None, "", []):
                continue
            lines.append(
                f"{field_words(name)}: {value_words(entry.entity, name, change.after, names)}"
            )
        elif entry.action == "delete":
            continue
        else:
            old = value_words(entry.entity, name, change.before, names)
            new = value_words(entry.entity, name, change.after, names)
            lines.append(f"{field_words(name)}: {old} → {new}")
    return Worded(sentence, "\n".join(lines), topic)


# -- events (a print, an export, an overwrite) -------------------------------------------


def _document(after: Mapping[str, Any]) -> str:
    word = DOCUMENT_WORDS.get(str(after.get("document", "")))
    return tr(str(word)) if word is not None else tr("et dokument")  # i18n: marked


def _for_meeting(after: Mapping[str, Any], names: Names) -> str:
    meeting = names.meeting(after.get("meeting_id"))
    return tr(" for {meeting}").format(meeting=meeting) if meeting else ""


def _print(who: str, after: Mapping[str, Any], names: Names) -> str:
    copies = after.get("copies")
    many = tr(" (%n eksemplarer)", copies) if isinstance(copies, int) and copies > 1 else ""
    return tr("{who} skrev ut {document}{meeting}{copies}.").format(
        who=who, document=_document(after), meeting=_for_meeting(after, names), copies=many
    )


def _save_pdf(who: str, after: Mapping[str, Any], names: Names) -> str:
    return tr("{who} lagret {document}{meeting} som PDF.").format(
        who=who, document=_document(after), meeting=_for_meeting(after, names)
    )


def _export(who: str, after: Mapping[str, Any], names: Names) -> str:
    return tr("{who} eksporterte {document} til en fil.").format(who=who, document=_document(after))


def _calendar(who: str, after: Mapping[str, Any], names: Names) -> str:
    meetings = after.get("meeting_ids") or (
        [after["meeting_id"]] if after.get("meeting_id") else []
    )
    actions = after.get("action_ids") or []
    parts = []
    if len(meetings) == 1:
        parts.append(names.meeting(meetings[0]) or tr("ett møte"))
    elif meetings:
        parts.append(tr("%n møter", len(meetings)))
    if actions:
        parts.append(
            tr("vurderingen av {n} tiltak").format(n=len(actions))
            if len(actions) > 1
            else tr("vurderingen av {action}").format(action=names.action(actions[0]))
        )
    return tr("{who} lagret en kalenderfil (.ics) med {what}.").format(
        who=who, what=and_list(parts) or tr("møtene")
    )


def _backup(who: str, after: Mapping[str, Any], names: Names) -> str:
    return tr("{who} tok en sikkerhetskopi som saken er med i.").format(who=who)


def _import(who: str, after: Mapping[str, Any], names: Names) -> str:
    return tr("{who} leste inn saken fra en fil.").format(who=who)


def _overwrite(who: str, after: Mapping[str, Any], names: Names) -> str:
    fields = after.get("fields") or []
    what = ", ".join(field_words(str(name)).lower() for name in fields)
    return tr("{who} lagret over en annens samtidige endring av {thing}{fields}.").format(
        who=who,
        thing=tr(
            str(ENTITY_WORDS.get(str(after.get("entity")), ENTITY_WORDS["cases"]))
        ),  # i18n: marked
        fields=f" ({what})" if what else "",
    )


def _refused(who: str, after: Mapping[str, Any], names: Names) -> str:
    return tr(
        "{who} fikk ikke lagret: en annen hadde nettopp lagret en endring av det samme."
    ).format(who=who)


def _opened(who: str, after: Mapping[str, Any], names: Names) -> str:
    return tr("{who} åpnet saken.").format(who=who)


def _emergency(who: str, after: Mapping[str, Any], names: Names) -> str:
    # flagged: an opening outside the team that the privacy officer reviews
    return "⚠ " + tr("{who} åpnet saken med nødtilgang. Grunn: {reason}").format(
        who=who, reason=short(str(after.get("reason") or ""))
    )


def _innsyn(who: str, after: Mapping[str, Any], names: Names) -> str:
    held = after.get("held_back")
    if isinstance(held, int) and held > 0:
        return tr(
            "{who} laget familiens innsynskopi; %n opplysninger ble holdt tilbake.", held
        ).format(who=who)
    return tr("{who} laget familiens innsynskopi av alt som er lagret om barnet.").format(who=who)


def _access_change(
    action: str, who: str, before: Mapping[str, Any], after: Mapping[str, Any], names: Names
) -> str:
    """A grant or an emergency access given or ended (services/access.py)."""
    login = str(_pick(before, after, "login") or "")
    person = names.user(login) if login else tr("en kollega")
    if action == "insert" and after.get("kind") == "emergency":
        return "⚠ " + tr("{who} tok nødtilgang til saken. Grunn: {reason}").format(
            who=who, reason=short(str(after.get("reason") or ""))
        )
    if action == "insert":
        ends = str(after.get("ends_at") or "")
        try:  # stored as the moment it ends: midnight after the last day
            last_day = dt.datetime.fromisoformat(ends) - dt.timedelta(seconds=1)
            ends = last_day.strftime("%d.%m.%Y")
        except ValueError:
            ends = "–"
        return tr("{who} ga {person} tilgang til saken til og med {ends}. Grunn: {reason}").format(
            who=who, person=person, ends=ends, reason=short(str(after.get("reason") or ""))
        )
    if login:
        return tr("{who} avsluttet tilgangen {person} hadde til saken.").format(
            who=who, person=person
        )
    return tr("{who} avsluttet en tilgang til saken (se Sak > Tilgang til saken).").format(who=who)


def _consent_meetings(who: str, after: Mapping[str, Any], names: Names) -> str:
    """«… registrerte samtykket fra Kari (mor). Derfor mottar nå disse opplysninger om
    saken i møter som ikke er holdt ennå …: Skole i familiemøtet 14.12.2026.»: what a
    consent changed in the meetings still planned."""
    meetings = after.get("meeting_ids") or []
    services = after.get("service_ids") or []
    parts = []
    for i, meeting_id in enumerate(meetings):
        ids = services[i] if i < len(services) and isinstance(services[i], list) else []
        parts.append(
            tr("{services} i {meeting}").format(
                services=and_list([names.service(s) for s in ids]) or tr("en tjeneste"),
                meeting=names.meeting(meeting_id) or tr("et møte"),
            )
        )
    return tr(
        "{who} registrerte {consent}. Derfor mottar nå disse opplysninger om saken i møter "
        "som ikke er holdt ennå, der de før bare drøftet saken anonymt: {what}. Møter som "
        "er holdt, er ikke endret."
    ).format(who=who, consent=names.consent(after.get("consent_id")), what="; ".join(parts))


_EVENT_WORDERS = {
    CONSENT_MEETINGS: _consent_meetings,
    "open": _opened,
    "emergency_access": _emergency,
    "innsyn": _innsyn,
    "print": _print,
    "save_pdf": _save_pdf,
    "export": _export,
    "calendar": _calendar,
    "backup": _backup,
    "import": _import,
    "overwrite": _overwrite,
    "refused": _refused,
}


# -- changes to records -------------------------------------------------------------------


def _pick(before: Mapping[str, Any], after: Mapping[str, Any], name: str) -> Any:
    return after.get(name) if after.get(name) is not None else before.get(name)


def _record_sentence(
    entry: HistoryEntry,
    who: str,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    names: Names,
) -> tuple[str, set[str]]:
    """The sentence for a stored record, and the fields it already says."""
    e, act, ident = entry.entity, entry.action, entry.entity_id
    f = {"who": who}

    def one_change(thing: str) -> tuple[str, set[str]] | None:
        """«endret fristen for tiltaket «…» fra A til B» when one field changed."""
        changed = [c for c in entry.changes if c.field not in _QUIET]
        if act != "update" or len(changed) != 1:
            return None
        c = changed[0]
        noun = _NOUNS.get(c.field)
        if noun is None:
            return None
        return (
            tr("{who} endret {noun} for {thing} fra {old} til {new}.").format(
                who=who,
                noun=tr(str(noun)),  # i18n: marked
                thing=thing,
                old=value_words(e, c.field, c.before, names),
                new=value_words(e, c.field, c.after, names),
            ),
            {c.field},
        )

    if e == "cases":
        if act == "insert":
            return tr("{who} opprettet saken om {child}.").format(
                child=after.get("child_first_name") or names.child or tr("barnet"), **f
            ), {"child_first_name"}
        if act == "delete":
            return tr("{who} slettet saken.").format(**f), set()
        if "phase" in after and "status" not in after:
            return tr("{who} flyttet saken til fase {phase}.").format(
                phase=value_words(e, "phase", after["phase"], names), **f
            ), {"phase"}
        if after.get("status") == m.CaseStatus.CLOSED.value:
            return tr("{who} avsluttet saken.").format(**f), {"status"}
        if after.get("status") == m.CaseStatus.OPEN.value:
            return tr("{who} gjenåpnet saken.").format(**f), {"status"}
        single = one_change(tr("saken"))
        return single or (tr("{who} endret opplysningene i saken.").format(**f), set())

    if e == "family_members":
        relation = value_words(e, "relation", _pick(before, after, "relation"), names)
        person = (
            f"{_pick(before, after, 'name')} ({relation.lower()})"
            if _pick(before, after, "name")
            else names.family_member(ident)
        )
        if act == "insert":
            if after.get("is_guardian"):
                person = tr("{name} ({relation}, foresatt)").format(
                    name=after.get("name", ""), relation=relation.lower()
                )
            return tr("{who} la til {person} i familien.").format(person=person, **f), {
                "name",
                "relation",
                "is_guardian",
            }
        if act == "delete":
            return tr("{who} fjernet {person} fra familien.").format(person=person, **f), set()
        return tr("{who} endret opplysningene om {person}.").format(
            person=names.family_member(ident), **f
        ), set()

    if e == "meetings":
        if act == "insert" and after.get("starts_at"):
            meeting = meeting_words(after.get("kind", "familiemote"), after["starts_at"])
            verb = (
                tr("{who} registrerte {meeting}.")
                if after.get("status") == m.MeetingStatus.HELD.value
                else tr("{who} planla {meeting}.")
            )
            return verb.format(meeting=meeting, **f), {"starts_at", "kind", "status"}
        meeting = names.meeting(ident) or tr("et møte")
        if act == "delete":
            return tr("{who} slettet {meeting}.").format(meeting=meeting, **f), set()
        if after.get("status") == m.MeetingStatus.HELD.value:
            return tr("{who} registrerte {meeting} som holdt.").format(meeting=meeting, **f), {
                "status"
            }
        if after.get("status") == m.MeetingStatus.CANCELLED.value:
            return tr("{who} avlyste {meeting}.").format(meeting=meeting, **f), {"status"}
        single = one_change(meeting)
        return single or (tr("{who} endret {meeting}.").format(meeting=meeting, **f), set())

    if e == "participants":
        meeting_id, person = names.participants.get(ident or -1, (None, ""))
        meeting_id = after.get("meeting_id", before.get("meeting_id", meeting_id))
        if not person:
            p = m.Participant(
                kind=_participant_kind(_pick(before, after, "kind")),
                family_member_id=_pick(before, after, "family_member_id"),
                professional_id=_pick(before, after, "professional_id"),
                service_id=_pick(before, after, "service_id"),
            )
            person = names.participant(p)
        meeting = names.meeting(meeting_id) or tr("et møte")
        used = {"kind", "family_member_id", "professional_id", "service_id"}
        if act == "insert":
            return tr("{who} førte opp {person} som deltaker i {meeting}.").format(
                person=person, meeting=meeting, **f
            ), used | {"attendance", "receives_information"}
        if act == "delete":
            return tr("{who} tok {person} ut av deltakerlisten for {meeting}.").format(
                person=person, meeting=meeting, **f
            ), used
        if "attendance" in after and len(after) == 1:
            return tr("{who} registrerte oppmøtet til {person} i {meeting}: {state}.").format(
                person=person,
                meeting=meeting,
                state=value_words(e, "attendance", after["attendance"], names).lower(),
                **f,
            ), {"attendance"}
        return tr("{who} endret {person} i deltakerlisten for {meeting}.").format(
            person=person, meeting=meeting, **f
        ), used

    if e == "actions":
        thing = (
            tr("tiltaket «{what}»").format(what=short(after["description"], MAX_NAME_CHARS))
            if act == "insert" and after.get("description")
            else names.action(ident)
        )
        if act == "insert":
            owner = after.get("responsible_professional_id")
            service = names.service(after.get("responsible_service_id"))
            responsible = f"{names.person(owner)}, {service}" if owner is not None else service
            due = after.get("due_date")
            return (
                tr("{who} la til {thing}, ansvarlig {responsible}{due}.").format(
                    thing=thing,
                    responsible=responsible,
                    due=tr(", frist {date}").format(date=value_words(e, "due_date", due, names))
                    if due
                    else "",
                    **f,
                ),
                {
                    "description",
                    "responsible_service_id",
                    "responsible_professional_id",
                    "due_date",
                    "status",
                    "internal",
                },
            )
        if act == "delete":
            what = before.get("description")
            gone = (
                tr("tiltaket «{what}»").format(what=short(what, MAX_NAME_CHARS)) if what else thing
            )
            return tr("{who} fjernet {thing}.").format(thing=gone, **f), set()
        if "status" in after and set(after) - _QUIET <= {"status", "status_reason"}:
            return tr("{who} satte {thing} til «{status}».").format(
                thing=thing, status=value_words(e, "status", after["status"], names), **f
            ), {"status"}
        single = one_change(thing)
        return single or (tr("{who} endret {thing}.").format(thing=thing, **f), set())

    if e == "action_handovers":
        action_id = _pick(before, after, "action_id") or names.handover_actions.get(ident or -1)
        thing = names.action(action_id)
        if act == "insert":
            return tr("{who} foreslo å overføre ansvaret for {thing} fra {a} til {b}.").format(
                thing=thing,
                a=names.service(after.get("from_service_id")),
                b=names.service(after.get("to_service_id")),
                **f,
            ), {
                "from_service_id",
                "to_service_id",
                "from_professional_id",
                "to_professional_id",
                "proposed_on",
                "accepted_by",
                "declined_by",
                "decline_reason",
            }
        if after.get("accepted_on"):
            by = after.get("accepted_by") or who
            return tr("{by} godtok å ta over ansvaret for {thing} (registrert av {who}).").format(
                by=by, thing=thing, **f
            ), {"accepted_on", "accepted_by"}
        if after.get("declined_on"):
            by = after.get("declined_by") or who
            return tr("{by} avslo å ta over ansvaret for {thing} (registrert av {who}).").format(
                by=by, thing=thing, **f
            ), {"declined_on", "declined_by"}
        return tr("{who} endret overføringen av ansvaret for {thing}.").format(
            thing=thing, **f
        ), set()

    if e == "action_reviews":
        thing = names.action(_pick(before, after, "action_id"))
        meeting = names.meeting(_pick(before, after, "meeting_id"))
        where = tr(" i {meeting}").format(meeting=meeting) if meeting else ""
        outcome = _pick(before, after, "outcome")
        result = (
            tr(": {outcome}").format(outcome=value_words(e, "outcome", outcome, names).lower())
            if outcome
            else ""
        )
        if act == "insert":
            return tr("{who} vurderte {thing}{where}{result}.").format(
                thing=thing, where=where, result=result, **f
            ), {"outcome"}
        return tr("{who} endret vurderingen av {thing}{where}.").format(
            thing=thing, where=where, **f
        ), set()

    if e == "consents":
        if act == "insert":
            giver = (
                tr("ungdommen selv")
                if after.get("given_by_child")
                else names.family_member(after.get("given_by_id"))
            )
            until = after.get("valid_until")
            services = names.consent_services.get(ident or -1, [])
            return tr("{who} registrerte samtykke fra {giver}{services}{until}.").format(
                giver=giver,
                services=tr(" for {services}").format(services=and_list(services))
                if services
                else "",
                until=tr(", gyldig til {date}").format(
                    date=value_words(e, "valid_until", until, names)
                )
                if until
                else "",
                **f,
            ), {"given_by_id", "given_by_child", "valid_until", "given_on", "form", "recorded_by"}
        consent = names.consent(ident)
        if after.get("withdrawn_on"):
            return tr("{who} registrerte at {consent} er trukket tilbake fra {date}.").format(
                consent=consent,
                date=value_words(e, "withdrawn_on", after["withdrawn_on"], names),
                **f,
            ), {"withdrawn_on"}
        if act == "delete":
            return tr("{who} slettet {consent}.").format(consent=consent, **f), set()
        single = one_change(consent)
        return single or (tr("{who} endret {consent}.").format(consent=consent, **f), set())

    if e == "consent_scopes":
        consent_id, service_id = names.scopes.get(ident or -1, (None, None))
        consent_id = _pick(before, after, "consent_id") or consent_id
        service_id = _pick(before, after, "service_id") or service_id
        consent = names.consent(consent_id)
        service = names.service(service_id)
        if act == "insert":
            return tr("{who} tok med {service} i {consent}.").format(
                service=service, consent=consent, **f
            ), {"service_id", "withdrawal_note"}
        if after.get("withdrawn_on"):
            return tr("{who} registrerte at {consent} ikke lenger gjelder {service}.").format(
                service=service, consent=consent, **f
            ), {"withdrawn_on"}
        if act == "delete":
            return tr("{who} tok {service} ut av {consent}.").format(
                service=service, consent=consent, **f
            ), set()
        return tr("{who} endret {consent} for {service}.").format(
            service=service, consent=consent, **f
        ), set()

    if e == "phase_decisions" and act == "insert":
        kind = after.get("kind")
        a = _phase_words(after.get("from_phase"))
        b = _phase_words(after.get("to_phase"))
        if kind == m.PhaseDecisionKind.CLOSE.value:
            text = tr("{who} registrerte beslutningen om å avslutte saken i fase {a}.")
        elif kind == m.PhaseDecisionKind.REOPEN.value:
            text = tr("{who} registrerte beslutningen om å gjenåpne saken i fase {b}.")
        else:
            text = tr("{who} registrerte beslutningen om å flytte saken fra fase {a} til {b}.")
        return text.format(a=a, b=b, **f), {"kind", "from_phase", "to_phase"}

    if e == "referrals":
        target = value_words(e, "target", _pick(before, after, "target"), names)
        if act == "insert":
            return tr("{who} begynte på en henvisning til {target}.").format(target=target, **f), {
                "target"
            }
        if after.get("referred_on"):
            return tr("{who} registrerte at henvisningen til {target} er sendt {date}.").format(
                target=target, date=value_words(e, "referred_on", after["referred_on"], names), **f
            ), {"referred_on"}
        return tr("{who} endret henvisningen til {target}.").format(target=target, **f), set()

    if e == "child_views" and act == "insert":
        return tr("{who} skrev ned barnets syn (hørt {date}).").format(
            date=value_words(e, "recorded_on", after.get("recorded_on"), names), **f
        ), {"recorded_on"}

    if e == "notifications":
        recipient = (
            names.service(_pick(before, after, "recipient_service_id"))
            if _pick(before, after, "recipient_service_id") is not None
            else str(_pick(before, after, "recipient_text") or tr("henviser"))
        )
        if act == "insert":
            return tr("{who} noterte at {recipient} skal få beskjed om beslutningen.").format(
                recipient=recipient, **f
            ), {"recipient_service_id", "recipient_text", "reason", "created_on"}
        if after.get("done_on"):
            return tr("{who} registrerte at {recipient} har fått beskjed.").format(
                recipient=recipient, **f
            ), {"done_on"}

    thing = tr(str(ENTITY_WORDS.get(e, ENTITY_WORDS["cases"])))  # i18n: marked
    verbs = {
        "insert": tr("{who} la til {thing}."),
        "delete": tr("{who} slettet {thing}."),
    }
    return verbs.get(act, tr("{who} endret {thing}.")).format(thing=thing, **f), set()


def _phase_words(value: Any) -> str:
    try:
        phase = m.Phase(value)
    except ValueError:
        return tr("(ukjent fase)")
    return f"{phase.number} {label(phase)}"


def _participant_kind(value: Any) -> m.ParticipantKind:
    try:
        return m.ParticipantKind(value)
    except ValueError:
        return m.ParticipantKind.PROFESSIONAL


# «endret {noun} for …»: a single changed field read as part of the sentence
_NOUNS: dict[str, Any] = {
    "due_date": QT_TRANSLATE_NOOP("HistoryWords", "fristen"),
    "review_date": QT_TRANSLATE_NOOP("HistoryWords", "datoen for ny vurdering"),
    "starts_at": QT_TRANSLATE_NOOP("HistoryWords", "tidspunktet"),
    "place": QT_TRANSLATE_NOOP("HistoryWords", "stedet"),
    "valid_until": QT_TRANSLATE_NOOP("HistoryWords", "gyldighetstiden"),
    "coordinator_id": QT_TRANSLATE_NOOP("HistoryWords", "kontaktpersonen"),
    "initiating_service_id": QT_TRANSLATE_NOOP("HistoryWords", "initiativtakeren"),
    "responsible_service_id": QT_TRANSLATE_NOOP("HistoryWords", "ansvarlig tjeneste"),
    "responsible_professional_id": QT_TRANSLATE_NOOP("HistoryWords", "ansvarlig person"),
    "child_first_name": QT_TRANSLATE_NOOP("HistoryWords", "barnets fornavn"),
}
