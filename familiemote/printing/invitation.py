"""The invitation letter for a planned meeting: date, time, place, who is invited,
what to bring, and the contact person, on one A4 page (12 pt text).

The meeting's calendar file (.ics, familiemote/ics.py) is saved beside it from
the same dialog. The letter names the child by first name only, as the plan does.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table

from familiemote.domain import model as m
from familiemote.ics import MEETING_MINUTES
from familiemote.printing.common import (
    CONTENT_W,
    RULE,
    Lang,
    build_stamped,
    esc,
    label,
    long_date_text,
    make_styles,
    mm,
    space,
    styled,
)
from familiemote.printing.plan import ContactPerson, PlanParticipant
from familiemote.printing.texts import check_lang, service_name, tx

__all__ = ["DEFAULT_BRING", "InvitationData", "invitation_subject", "render_invitation"]

BODY_PT = 12.0
# What to bring, in bokmål (printing/texts.py has the nynorsk); the dialog may change it.
DEFAULT_BRING: tuple[str, ...] = (
    "Spørsmål dere har. Skriv dem gjerne ned.",
    "Papirer fra andre tjenester, hvis dere vil at vi skal se dem.",
    "Barnet, hvis det vil være med.",
)
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


@dataclass(frozen=True)
class InvitationData:
    child_first_name: str
    meeting_kind: m.MeetingKind
    starts_at: dt.datetime
    place: str = ""
    participants: tuple[PlanParticipant, ...] = ()
    contact: ContactPerson | None = None
    bring: tuple[str, ...] | None = None  # None: the default list in the letter's language
    minutes: int = MEETING_MINUTES


def invitation_subject(data: InvitationData, lang: Lang) -> str:
    kind = label(data.meeting_kind, lang)
    return f"{kind} {data.starts_at:%d.%m.%Y}"


def _who(p: PlanParticipant, lang: Lang) -> str:
    if p.kind is m.ParticipantKind.FAMILY:
        return f"{p.name} ({label(p.relation, lang)})" if p.relation else p.name
    extra = ", ".join(x for x in (p.title, service_name(lang, p.service)) if x)
    return f"{p.name} ({extra})" if extra else p.name


def invitation_story(data: InvitationData, lang: Lang) -> list[Flowable]:
    base = make_styles(lang)
    body = ParagraphStyle("body", parent=base.body, fontSize=BODY_PT, leading=16.5)
    h2 = ParagraphStyle("h2", parent=base.h2, fontSize=14.5, leading=18)
    title = ParagraphStyle("title", parent=base.title, fontSize=22, leading=26)
    cell = ParagraphStyle("cell", parent=base.cell, fontSize=BODY_PT, leading=15)
    cell_bold = ParagraphStyle("cell_bold", parent=base.cell_bold, fontSize=BODY_PT, leading=15)
    bullet = ParagraphStyle(
        "bullet", parent=body, leftIndent=14, bulletIndent=2, bulletFontSize=BODY_PT, spaceAfter=1
    )

    def t(text: str) -> str:
        return tx(lang, text)

    kind_title = (
        t("Invitasjon til familiemøte")
        if data.meeting_kind is m.MeetingKind.FAMILY
        else t("Invitasjon til oppsummerende møte")
    )
    family = [p.name for p in data.participants if p.kind is m.ParticipantKind.FAMILY]
    story: list[Flowable] = [Paragraph(esc(kind_title), title)]
    if family:
        story.append(Paragraph(esc(t("Til: {names}").format(names=", ".join(family))), body))
    story.append(space(2))
    story.append(
        Paragraph(
            esc(
                t(
                    "Vi inviterer dere til et møte om {child}. Her kan dere fortelle hva dere "
                    "tenker. Sammen finner vi ut hva som kan hjelpe, og hvem som gjør hva."
                ).format(child=data.child_first_name)
            ),
            body,
        )
    )
    start = data.starts_at
    end = start + dt.timedelta(minutes=data.minutes)
    weekday = t(WEEKDAYS[start.weekday()])
    rows = [
        [t("Dato"), f"{weekday} {long_date_text(start.date())}"],
        [t("Tid"), t("kl. {start} til {end}").format(start=f"{start:%H.%M}", end=f"{end:%H.%M}")],
        [t("Sted"), data.place or t("Kontaktpersonen sier fra om stedet.")],
    ]
    grid_table = Table(
        [[Paragraph(esc(a), cell_bold), Paragraph(esc(b), cell)] for a, b in rows],
        colWidths=[35 * mm, CONTENT_W - 35 * mm],
    )
    grid_table.setStyle(
        styled(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story += [space(3), grid_table, space(2)]
    story.append(Paragraph(esc(t("Hvem er invitert")), h2))
    for p in data.participants:
        story.append(Paragraph(esc(_who(p, lang)), bullet, bulletText="•"))
    if not data.participants:
        story.append(Paragraph(esc(t("Kontaktpersonen sier fra om hvem som kommer.")), body))
    story.append(Paragraph(esc(t("Dere kan ta med en dere stoler på.")), body))
    story.append(Paragraph(esc(t("Ta gjerne med")), h2))
    bring = data.bring if data.bring is not None else tuple(t(x) for x in DEFAULT_BRING)
    for thing in bring:
        story.append(Paragraph(esc(thing), bullet, bulletText="•"))
    story.append(Paragraph(esc(t("Kontaktperson")), h2))
    contact = data.contact
    if contact is not None:
        lines = [contact.name]
        role = ", ".join(x for x in (contact.title, service_name(lang, contact.service)) if x)
        if role:
            lines.append(role)
        if contact.phone:
            lines.append(t("Telefon: {phone}").format(phone=contact.phone))
        if contact.email:
            lines.append(t("E-post: {email}").format(email=contact.email))
        story.append(Paragraph("<br/>".join(esc(x) for x in lines), body))
    story.append(
        Paragraph(
            esc(
                t(
                    "Passer ikke tiden? Ring kontaktpersonen, så finner vi en ny tid. Det er "
                    "frivillig å komme."
                )
            ),
            body,
        )
    )
    return story


def render_invitation(
    data: InvitationData,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    printed_on: dt.date,
    lang: str = "nb",
) -> None:
    """The invitation as a one-page A4 PDF in bokmål or nynorsk."""
    form_lang = check_lang(lang)
    build_stamped(
        out,
        invitation_story(data, form_lang),
        document=tx(form_lang, "Invitasjon"),
        subject=invitation_subject(data, form_lang),
        printed_on=printed_on,
        content=data,
        lang=form_lang,
    )
