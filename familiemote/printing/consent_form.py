"""The common consent form ("felles samtykkeskjema"), one page per guardian.

One form for all services, collected from the first concern («Modellkommuneforsøket» 2015,
«Trygg oppvekst» 2014). Consent is voluntary; the guardian is told who it covers and
which information, and may leave out individual services («Trygg oppvekst» 2014). So
each guardian gets a page with a grid: the services down, the purposes across,
a box to tick in each cell, then lines to sign.

The renderer takes plain data (:class:`ConsentFormData`), never a session.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable as _Flowable

from familiemote.domain import model as m
from familiemote.printing.common import (
    CONTENT_W,
    HEADER_FILL,
    INK,
    RULE,
    Lang,
    Stamp,
    Styles,
    build_document,
    canonical,
    checksum,
    esc,
    label,
    make_styles,
    mm,
    para,
    signature_block,
    space,
    styled,
)
from familiemote.printing.texts import check_lang, service_name

__all__ = ["ConsentFormData", "ConsentGuardian", "render_consent_form"]

EXTRA_SERVICE_LINES = 1

# Column heads short enough for the grid, and what each means in full (bokmål; the
# nynorsk is in printing/texts.py).
PURPOSE_TEXTS: dict[m.ConsentPurpose, tuple[str, str]] = {
    m.ConsentPurpose.FAMILY_MEETING: (
        "Familie­møter",
        "tjenesten kan være med på familiemøter om barnet.",
    ),
    m.ConsentPurpose.SHARE_BETWEEN_SERVICES: (
        "Dele opplys­ninger",
        "tjenesten kan snakke med de andre tjenestene du krysser av for, og fortelle dem om "
        "barnet.",
    ),
    m.ConsentPurpose.REFERRAL_ATTACHMENTS: (
        "Vedlegg til henvisning",
        "tjenesten kan sende med det den har skrevet om barnet, når barnet blir henvist til "
        "BUP (barne- og ungdomspsykiatrisk poliklinikk) eller HABU (habiliteringstjenesten "
        "for barn og unge).",
    ),
    m.ConsentPurpose.INTERDISCIPLINARY_TEAM: (
        "Tverr­faglig team",
        "saken kan tas opp med barnets navn i kommunens tverrfaglige team. Det er et møte der "
        "fagfolk fra flere tjenester gir råd.",
    ),
}


INTRO = (
    "Flere tjenester vil hjelpe barnet ditt. Da må de kunne snakke sammen om barnet. Det kan "
    "de bare gjøre hvis du sier ja. Det er frivillig. Du velger selv hvilke tjenester som får "
    "være med, og hva de får gjøre.",
    "Sier du nei, får barnet likevel hjelp. Men da må hver tjeneste hjelpe alene. Du kan også "
    "ombestemme deg senere, og trekke samtykket tilbake. Det kan gjelde alt, eller bare én "
    "tjeneste. Si fra til kontaktpersonen.",
)
DUTY_TO_REPORT = (
    "Alle som jobber i tjenestene, har plikt til å si fra til barnevernet hvis de tror at et "
    "barn blir mishandlet. Det samme gjelder hvis barnet ikke får den omsorgen det trenger. "
    "Denne plikten gjelder også om du ikke har sagt ja her."
)


@dataclass(frozen=True)
class ConsentGuardian:
    """One page to sign: a guardian, or the young person (``is_child``)."""

    name: str
    relation: m.Relation | None = None
    is_child: bool = False


@dataclass(frozen=True)
class ConsentFormData:
    child_first_name: str
    child_age: int
    guardians: tuple[ConsentGuardian, ...]
    services: tuple[str, ...]  # names of the services the consent may cover
    purposes: tuple[m.ConsentPurpose, ...] = tuple(m.ConsentPurpose)
    contact_name: str = ""
    contact_service: str = ""
    contact_phone: str = ""
    # from the municipality's age settings (services.consent.consent_form_data);
    # None: judge by the default age (7) at which the child's view is heard
    child_heard: bool | None = None


class TickBox(_Flowable):  # type: ignore[misc]
    """An empty square to tick by hand."""

    def __init__(self, size: float = 5.5 * mm) -> None:
        super().__init__()
        self.size = size
        self.width = size
        self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(1.0)
        self.canv.setStrokeColor(INK)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def _intro(data: ConsentFormData, g: ConsentGuardian, s: Styles) -> list[Flowable]:
    relation = f" ({label(g.relation, s.lang)})" if g.relation else ""
    who = s.t("Ungdommen som samtykker" if g.is_child else "Foresatt som samtykker")
    child = s.t("{name}, {age} år").format(name=data.child_first_name, age=data.child_age)
    # whom to ask comes first, with who is signing: a parent with a question needs it
    contact = ""
    if data.contact_name:
        service = service_name(s.lang, data.contact_service)
        contact = data.contact_name + (f", {service}" if service else "")
        if data.contact_phone:
            contact += s.t(", telefon {phone}").format(phone=data.contact_phone)
        contact = "<br/>" + esc(s.t("Kontaktperson: {contact}").format(contact=contact))
    lines = [
        para(s.t("Samtykke til samarbeid"), s.title),
        para(s.t("Felles samtykkeskjema for tjenestene som hjelper barnet"), s.subtitle),
        Paragraph(
            f"{esc(s.t('Barnet'))}: <b>{esc(child)}</b><br/>"
            f"{esc(who)}: <b>{esc(g.name)}</b>{esc(relation)}{contact}",
            s.body,
        ),
        space(2),
        # Plain language for a parent (short sentences, no unexplained words): what they
        # agree to, that it is voluntary, what a no means, how to withdraw, and the duty
        # to report to the child welfare service, all in ordinary body text.
        *[para(s.t(text), s.body) for text in INTRO],
    ]
    child_heard = data.child_age >= 7 if data.child_heard is None else data.child_heard
    heard = s.t("Barnet skal få si hva det mener, før du skriver under.") if child_heard else ""
    lines.append(para(" ".join(x for x in (heard, s.t(DUTY_TO_REPORT)) if x), s.body))
    return lines


def _grid(data: ConsentFormData, s: Styles) -> Table:
    purposes = list(data.purposes)
    service_w = 48 * mm
    col_w = (CONTENT_W - service_w) / max(1, len(purposes))
    header: list[Any] = [Paragraph(f"<b>{esc(s.t('Tjeneste'))}</b>", s.cell)]
    header += [Paragraph(f"<b>{esc(s.t(PURPOSE_TEXTS[p][0]))}</b>", s.cell) for p in purposes]
    rows: list[list[Any]] = [header]
    for name in data.services:
        rows.append([para(service_name(s.lang, name), s.cell)] + [TickBox() for _ in purposes])
    for _ in range(EXTRA_SERVICE_LINES):
        rows.append([para(s.t("Annen tjeneste:"), s.small)] + [TickBox() for _ in purposes])
    t = Table(
        rows,
        colWidths=[service_w] + [col_w] * len(purposes),
        repeatRows=1,
        hAlign="LEFT",
    )
    t.setStyle(
        styled(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                ("LEFTPADDING", (1, 0), (-1, -1), 3),
                ("RIGHTPADDING", (1, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 1), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
                ("BOTTOMPADDING", (0, -EXTRA_SERVICE_LINES), (0, -1), 12),
            ]
        )
    )
    return t


def _signature(g: ConsentGuardian, s: Styles) -> list[Flowable]:
    until = Table(
        [[para(s.t("Samtykket gjelder til og med (dato):"), s.body), ""]],
        colWidths=[75 * mm, 45 * mm],
        hAlign="LEFT",
    )
    until.setStyle(
        styled(
            [
                ("LINEBELOW", (1, 0), (1, 0), 0.8, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    role = s.t("ungdom" if g.is_child else "foresatt")
    who = (
        s.t("Underskrift, {role}: {name}").format(role=role, name=g.name)
        if g.name
        else s.t("Underskrift, {role}").format(role=role)
    )
    open_ended = para(
        s.t("Skriver du ingen dato, gjelder samtykket til du trekker det tilbake."), s.small
    )
    # a little air under the date line, so the grey note below is not read as crossed out
    return [until, Spacer(1, 2 * mm), open_ended, signature_block([who], s)]


def _page(data: ConsentFormData, g: ConsentGuardian, s: Styles) -> list[Flowable]:
    choices: list[Flowable] = [
        para(s.t("Sett kryss for det du sier ja til"), s.h2),
        *[
            Paragraph(
                f"<b>{esc(s.t(PURPOSE_TEXTS[p][0]))}:</b> {esc(s.t(PURPOSE_TEXTS[p][1]))}",
                s.body,
                bulletText="•",
            )
            for p in data.purposes
        ],
        space(1),
        # What is ticked and the signature under it stay on one sheet: with many services
        # they move together to the next page rather than the signature alone.
        KeepTogether([_grid(data, s), space(2), *_signature(g, s)]),
    ]
    return [*_intro(data, g, s), *choices]


def render_consent_form(
    data: ConsentFormData,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    printed_on: dt.date,
    lang: Lang = "nb",
) -> str:
    """Write one consent page per guardian as a PDF to ``out``; return the printed checksum.

    A case with no guardian recorded gets one page with an empty name to fill in.
    ``lang``: bokmål or nynorsk; the checksum does not depend on it.
    """
    lang = check_lang(lang)
    s = make_styles(lang)
    guardians = data.guardians or (ConsentGuardian(name=""),)
    sum_ = checksum(canonical(data))
    stamp = Stamp(
        document=s.t("Samtykkeskjema"),
        subject=data.child_first_name,
        printed_on=printed_on,
        checksum=sum_,
        lang=lang,
    )
    story: list[Flowable] = []
    for i, g in enumerate(guardians):
        if i:
            story.append(PageBreak())
        story += _page(data, g, s)
    build_document(
        out,
        story,
        title=s.t("Samtykke til samarbeid for {name}").format(name=data.child_first_name),
        subject=s.t("Felles samtykkeskjema"),
        stamp=stamp,
    )
    return sum_
