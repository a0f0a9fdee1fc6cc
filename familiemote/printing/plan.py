"""The follow-up plan (oppfølgingsplan) of one meeting, printed before everyone leaves.

"Hvem gjør hva, når" on paper («Kvalitet i alle ledd» 2016): who took part and in which
role, what the family and the child said, the decision, every agreed action with
who is responsible and by when, the open actions carried over from earlier
meetings, the next meeting, the contact person, which services the consent
covers, and lines to sign.

The renderer takes plain data (:class:`PlanData`), never a database session. The
family copy (``family_copy=True``) leaves out the internal notes and every action
the facilitator marked internal. Only the child's first name and age are printed;
no internal ids or codes.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from typing import BinaryIO

from reportlab.platypus import Flowable, Paragraph, Table

from familiemote.domain import model as m
from familiemote.printing.common import (
    CONTENT_W,
    RULE,
    Lang,
    Para,
    Stamp,
    Styles,
    build_document,
    canonical,
    checksum,
    date_text,
    datetime_text,
    esc,
    keep,
    label,
    make_styles,
    mm,
    para,
    signature_block,
    styled,
    table,
)
from familiemote.printing.texts import check_lang, service_name

__all__ = [
    "CarriedAction",
    "ContactPerson",
    "LeftOut",
    "PlanAction",
    "PlanData",
    "PlanParticipant",
    "family_version",
    "plan_checksum",
    "render_plan",
]

NONE_TEXT = "–"
# action, responsible, due, review: the date columns hold "Ny vurdering" on one line
ACTION_WIDTHS = [CONTENT_W - 100 * mm, 48 * mm, 24 * mm, 28 * mm]


@dataclass(frozen=True)
class PlanParticipant:
    name: str
    kind: m.ParticipantKind
    relation: m.Relation | None = None  # family members
    service: str = ""  # professionals
    title: str = ""
    roles: frozenset[m.Role] = frozenset()
    attendance: m.Attendance = m.Attendance.PRESENT


@dataclass(frozen=True)
class PlanAction:
    description: str
    service: str
    person: str = ""
    family_part: str = ""
    others_involved: str = ""
    due_date: dt.date | None = None
    review_date: dt.date | None = None
    status: m.ActionStatus = m.ActionStatus.AGREED
    internal: bool = False


@dataclass(frozen=True)
class CarriedAction:
    """An open action from an earlier meeting, on this meeting's agenda."""

    action: PlanAction
    agreed_on: dt.date | None
    outcome: m.ReviewOutcome | None = None
    new_date: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class ContactPerson:
    name: str
    title: str = ""
    service: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class LeftOut:
    """A service the plan is not shared with, and who has not consented to it.

    ``missing`` holds each person's relation to the child (None: the child, who
    consents from the configured age); ``status`` is "none", "withdrawn" or "expired".
    """

    service: str
    missing: tuple[m.Relation | None, ...] = ()
    status: str = "none"


@dataclass(frozen=True)
class PlanData:
    child_first_name: str
    child_age: int
    meeting_kind: m.MeetingKind
    starts_at: dt.datetime
    place: str = ""
    participants: tuple[PlanParticipant, ...] = ()
    family_description: str = ""
    child_voice: str = ""
    services_view: str = ""
    decision: m.Decision | None = None
    decision_text: str = ""
    actions: tuple[PlanAction, ...] = ()
    carried_over: tuple[CarriedAction, ...] = ()
    next_meeting_at: dt.datetime | None = None
    next_meeting_note: str = ""
    contact: ContactPerson | None = None
    consent_services: tuple[str, ...] = ()  # services a valid consent covers on the day
    guardians: tuple[str, ...] = ()  # names for the signature lines
    internal_notes: str = ""
    family_copy: bool = False
    left_out: tuple[LeftOut, ...] = ()  # the services' copy says why (never the family's)


def family_version(data: PlanData) -> PlanData:
    """The plan as the family gets it: no internal notes, no internal actions."""
    return replace(
        data,
        internal_notes="",
        left_out=(),
        actions=tuple(a for a in data.actions if not a.internal),
        carried_over=tuple(c for c in data.carried_over if not c.action.internal),
        family_copy=True,
    )


def plan_checksum(data: PlanData) -> str:
    """The checksum printed on the plan: over exactly what is printed."""
    return checksum(canonical(data))


def _participant_as(p: PlanParticipant, s: Styles) -> str:
    if p.kind == m.ParticipantKind.CHILD:
        return s.t("Barnet")
    if p.kind == m.ParticipantKind.FAMILY:
        return label(p.relation, s.lang).capitalize() if p.relation else s.t("Familie")
    service = service_name(s.lang, p.service)
    if p.title and service:
        return f"{p.title}, {service}"
    return p.title or service


def _roles(p: PlanParticipant, lang: Lang) -> str:
    order = [m.Role.LEADER, m.Role.COORDINATOR, m.Role.WRITER]
    return ", ".join(label(r, lang) for r in order if r in p.roles)


def _responsible(a: PlanAction, lang: Lang) -> str:
    return "\n".join(x for x in (service_name(lang, a.service), a.person) if x) or NONE_TEXT


def _action_header(s: Styles) -> list[str]:
    return [s.t("Tiltak"), s.t("Ansvarlig"), s.t("Frist"), s.t("Ny vurdering")]


def _action_cell(a: PlanAction, s: Styles, prefix: str = "") -> Paragraph:
    text = f"<b>{esc(prefix)}</b>" if prefix else ""
    text += esc(a.description)
    if a.family_part:
        text += f"<br/><i>{esc(s.t('Familien: {text}').format(text=a.family_part))}</i>"
    if a.others_involved:
        text += f"<br/><i>{esc(s.t('Også med: {text}').format(text=a.others_involved))}</i>"
    if a.internal:
        text += f"<br/><b>{s.t('Internt')}</b> {esc(s.t('(står ikke i familiens kopi)'))}"
    return Para(text, s.cell)


def _section(title: str, text: str, s: Styles, empty: str) -> list[Flowable]:
    body = para(text, s.body) if text.strip() else para(empty, s.note)
    return [keep(para(title, s.h2), body)]


def _facts(data: PlanData, s: Styles) -> Table:
    contact = NONE_TEXT
    if data.contact is not None:
        service = service_name(s.lang, data.contact.service)
        contact = data.contact.name + (f", {service}" if service else "")
    rows = [
        (
            s.t("Barn"),
            s.t("{name}, {age} år").format(name=data.child_first_name, age=data.child_age),
        ),
        (s.t("Møte"), f"{label(data.meeting_kind, s.lang)} {datetime_text(data.starts_at)}"),
        (s.t("Sted"), data.place or NONE_TEXT),
        (s.t("Kontaktperson"), contact),
    ]
    t = Table(
        [[para(k, s.cell_bold), para(v, s.cell)] for k, v in rows],
        colWidths=[38 * mm, CONTENT_W - 38 * mm],
        hAlign="LEFT",
    )
    t.setStyle(
        styled(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


def _participants(data: PlanData, s: Styles) -> list[Flowable]:
    head = para(s.t("Hvem var med"), s.h2)
    if not data.participants:
        return [keep(head, para(s.t("Ingen deltakere er skrevet ned."), s.note))]
    rows = [
        [p.name, _participant_as(p, s), _roles(p, s.lang), label(p.attendance, s.lang)]
        for p in data.participants
    ]
    widths = [45 * mm, 62 * mm, 30 * mm, CONTENT_W - 137 * mm]
    header = [s.t("Navn"), s.t("Deltar som"), s.t("Rolle i møtet"), s.t("Oppmøte")]
    return [head, table(header, rows, widths, s)]


def _decision(data: PlanData, s: Styles) -> list[Flowable]:
    text = label(data.decision, s.lang) if data.decision else ""
    items: list[Flowable] = [para(s.t("Beslutning"), s.h2)]
    if text:
        items.append(Para(f"<b>{esc(text)}</b>", s.body))
    if data.decision_text:
        items.append(para(data.decision_text, s.body))
    if not text and not data.decision_text:
        items.append(para(s.t("Ingen beslutning er skrevet ned."), s.note))
    return [keep(*items)]


def _actions(data: PlanData, s: Styles) -> list[Flowable]:
    head = para(s.t("Tiltak vi ble enige om: hvem gjør hva, når"), s.h2)
    if not data.actions:
        return [keep(head, para(s.t("Ingen nye tiltak ble avtalt i dette møtet."), s.note))]
    rows: list[list[str | Flowable]] = [
        [
            _action_cell(a, s, f"{i}. "),
            _responsible(a, s.lang),
            date_text(a.due_date) or NONE_TEXT,
            date_text(a.review_date) or NONE_TEXT,
        ]
        for i, a in enumerate(data.actions, start=1)
    ]
    widths = ACTION_WIDTHS
    return [head, table(_action_header(s), rows, widths, s)]


def _carried(data: PlanData, s: Styles) -> list[Flowable]:
    head = para(s.t("Tiltak fra tidligere møter, vurdert i dette møtet"), s.h2)
    if not data.carried_over:
        return [keep(head, para(s.t("Ingen åpne tiltak fra tidligere møter."), s.note))]
    rows: list[list[str | Flowable]] = []
    for c in data.carried_over:
        a = c.action
        history = s.t("Avtalt {date}. ").format(date=date_text(c.agreed_on)) if c.agreed_on else ""
        history += s.t("Status: {status}.").format(status=label(a.status, s.lang).lower())
        outcome = label(c.outcome, s.lang) if c.outcome else s.t("ikke vurdert ennå")
        if c.new_date:
            outcome += s.t(", ny dato {date}").format(date=date_text(c.new_date))
        outcome += "."
        if c.note:
            outcome += " " + c.note
        cell = _action_cell(a, s)
        cell_text = (
            cell.text
            + f"<br/>{esc(history)}<br/><b>{esc(s.t('Vurdert i møtet:'))}</b> {esc(outcome)}"
        )
        rows.append(
            [
                Para(cell_text, s.cell),
                _responsible(a, s.lang),
                date_text(a.due_date) or NONE_TEXT,
                date_text(a.review_date) or NONE_TEXT,
            ]
        )
    widths = ACTION_WIDTHS
    return [head, table(_action_header(s), rows, widths, s)]


def _next_meeting(data: PlanData, s: Styles) -> list[Flowable]:
    items: list[Flowable] = [para(s.t("Neste møte"), s.h2)]
    if data.next_meeting_at:
        items.append(Para(f"<b>{esc(datetime_text(data.next_meeting_at))}</b>", s.body))
    if data.next_meeting_note:
        items.append(para(data.next_meeting_note, s.body))
    if not data.next_meeting_at and not data.next_meeting_note:
        items.append(
            para(s.t("Neste møte er ikke avtalt ennå. Kontaktpersonen kaller inn."), s.note)
        )
    return [keep(*items)]


def _contact(data: PlanData, s: Styles) -> list[Flowable]:
    head = para(s.t("Kontaktperson"), s.h2)
    c = data.contact
    if c is None:
        return [keep(head, para(s.t("Ingen kontaktperson er valgt ennå."), s.note))]
    lines = [f"<b>{esc(c.name)}</b>"]
    who = ", ".join(x for x in (c.title, service_name(s.lang, c.service)) if x)
    if who:
        lines.append(esc(who))
    phone = s.t("Telefon {phone}").format(phone=c.phone) if c.phone else ""
    reach = " · ".join(x for x in (phone, c.email) if x)
    if reach:
        lines.append(esc(reach))
    intro = para(
        s.t(
            "Si fra til kontaktpersonen hvis noe endrer seg. Si også fra hvis et tiltak ikke "
            "blir gjort."
        ),
        s.body,
    )
    return [keep(head, Para("<br/>".join(lines), s.body), intro)]


def _who_not(missing: tuple[m.Relation | None, ...], s: Styles) -> str:
    """«far», «far og mor», «barnet selv»; «de foresatte» when no one is named."""
    words = [label(r, s.lang).lower() if r is not None else s.t("barnet selv") for r in missing]
    if not words:
        return s.t("de foresatte")
    if len(words) == 1:
        return words[0]
    return s.t("{first} og {last}").format(first=", ".join(words[:-1]), last=words[-1])


def left_out_lines(data: PlanData, s: Styles) -> list[str]:
    """Why each left-out service is left out: «Skole: far har ikke samtykket»."""
    out = []
    for row in data.left_out:
        who = _who_not(row.missing, s)
        if row.status == "withdrawn":
            why = s.t("{who} har trukket samtykket tilbake")
        elif row.status == "expired":
            why = s.t("samtykket fra {who} er utløpt")
        else:
            why = s.t("{who} har ikke samtykket")
        out.append(f"{service_name(s.lang, row.service)}: {why.format(who=who)}")
    return out


def _left_out(data: PlanData, s: Styles) -> list[Flowable]:
    if data.family_copy or not data.left_out:
        return []
    intro = para(s.t("Planen deles ikke med disse tjenestene:"), s.body)
    bullets = [Para(esc(line), s.body, bulletText="•") for line in left_out_lines(data, s)]
    return [keep(intro, *bullets)]


def _consent(data: PlanData, s: Styles) -> list[Flowable]:
    head = para(s.t("Hvem planen deles med"), s.h2)
    if not data.consent_services:
        text = s.t(
            "Det er ikke gitt gyldig samtykke til å dele opplysninger mellom tjenestene på "
            "møtedagen. Planen deles ikke med andre tjenester."
        )
        return [keep(head, para(text, s.body)), *_left_out(data, s)]
    intro = para(
        s.t("De foresatte har sagt ja til at disse tjenestene kan dele opplysninger om barnet:"),
        s.body,
    )
    bullets = [
        Para(esc(service_name(s.lang, name)), s.body, bulletText="•")
        for name in data.consent_services
    ]
    note = para(
        s.t(
            "Et samtykke kan trekkes tilbake når som helst. Det kan gjelde alt, eller bare én "
            "tjeneste. Si fra til kontaktpersonen."
        ),
        s.small,
    )
    return [keep(head, intro, *bullets), *_left_out(data, s), note]


def _internal(data: PlanData, s: Styles) -> list[Flowable]:
    if data.family_copy or not data.internal_notes.strip():
        return []
    head = para(s.t("Interne notater (bare for tjenestene, ikke i familiens kopi)"), s.h2)
    return [keep(head, para(data.internal_notes, s.body))]


def _signatures(data: PlanData, s: Styles) -> list[Flowable]:
    signers = [s.t("Underskrift, foresatt: {name}").format(name=g) for g in data.guardians] or [
        s.t("Underskrift, foresatt"),
        s.t("Underskrift, foresatt"),
    ]
    contact = data.contact.name if data.contact is not None else ""
    signers.append(
        s.t("Underskrift, kontaktperson: {name}").format(name=contact)
        if contact
        else s.t("Underskrift, kontaktperson")
    )
    intro = para(s.t("Vi har gått gjennom planen sammen og er enige om den."), s.body)
    return [keep(para(s.t("Underskrifter"), s.h2), intro, signature_block(signers, s))]


def render_plan(
    data: PlanData,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    printed_on: dt.date,
    family_copy: bool = False,
    lang: Lang = "nb",
) -> str:
    """Write the plan as a PDF to ``out`` and return the checksum printed on it.

    ``lang`` is the language of the printed texts (bokmål or nynorsk); what the
    meeting wrote down is printed as written, and the checksum does not depend on it.
    """
    if family_copy and not data.family_copy:
        data = family_version(data)
    lang = check_lang(lang)
    s = make_styles(lang)
    sum_ = plan_checksum(data)
    document = s.t("Oppfølgingsplan, familiens kopi" if data.family_copy else "Oppfølgingsplan")
    kind = label(data.meeting_kind, lang)
    meeting = f"{kind} {date_text(data.starts_at.date())}"
    stamp = Stamp(
        document=document, subject=meeting, printed_on=printed_on, checksum=sum_, lang=lang
    )
    not_written = s.t("Ikke skrevet ned i møtet.")
    story: list[Flowable] = [
        para(s.t("Oppfølgingsplan"), s.title),
        para(
            s.t("Etter {meeting} {when}").format(
                meeting=kind.lower(), when=datetime_text(data.starts_at)
            )
            + s.t(" · Familiens kopi" if data.family_copy else " · Tjenestenes kopi"),
            s.subtitle,
        ),
        _facts(data, s),
        *_participants(data, s),
        *_section(s.t("Familiens beskrivelse"), data.family_description, s, not_written),
        *_section(s.t("Barnets stemme"), data.child_voice, s, not_written),
    ]
    if data.services_view.strip():
        story += _section(s.t("Tjenestenes vurdering"), data.services_view, s, "")
    story += [
        *_decision(data, s),
        *_actions(data, s),
        *_carried(data, s),
        *_next_meeting(data, s),
        *_contact(data, s),
        *_consent(data, s),
        *_internal(data, s),
        *_signatures(data, s),
    ]
    build_document(
        out,
        story,
        title=s.t("Oppfølgingsplan for {name}").format(name=data.child_first_name),
        subject=meeting,
        stamp=stamp,
    )
    return sum_
