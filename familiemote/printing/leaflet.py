"""The leaflet for the family: what a family meeting is, on one A4 page.

Written for a parent who has never been to one: what it is, who usually comes,
that taking part and consent are voluntary and can be withdrawn, what happens
afterwards, and whom to call (the municipality's contact person). Short
sentences, 12 pt text; tests/printing/test_readability.py keeps its LIX at 35 or
below in both languages.

What it says rests on the reports: the family meeting as a meeting place of the
family, the municipality and BUP, early, for «riktig hjelp på riktig sted til
riktig tid» (Skrove mfl., Møreforsking Molde 2016, «Kvalitet i alle ledd», kap.
8.3.2 Familiemøter), and consent as voluntary, per service, withdrawable, with
the duty to report to the child welfare service above it (Kaurstad mfl.,
Møreforsking Molde for KS 2014, «Trygg oppvekst», vedlegg A).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from familiemote.printing.common import (
    Lang,
    build_stamped,
    esc,
    make_styles,
    space,
)
from familiemote.printing.plan import ContactPerson
from familiemote.printing.texts import check_lang, service_name, tx

__all__ = ["LEAFLET_BODY_PT", "LeafletData", "render_leaflet"]

LEAFLET_BODY_PT = 12.0


@dataclass(frozen=True)
class LeafletData:
    contact: ContactPerson | None = None  # None: lines to write the contact person on


def _styles(lang: Lang) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    base = make_styles(lang)
    body = ParagraphStyle(
        "body", parent=base.body, fontSize=LEAFLET_BODY_PT, leading=16.5, spaceAfter=3
    )
    h2 = ParagraphStyle(
        "h2", parent=base.h2, fontSize=14.5, leading=18, spaceBefore=8, spaceAfter=3
    )
    title = ParagraphStyle("title", parent=base.title, fontSize=22, leading=26, spaceAfter=6)
    bullet = ParagraphStyle(
        "bullet",
        parent=body,
        leftIndent=14,
        bulletIndent=2,
        bulletFontSize=LEAFLET_BODY_PT,
        spaceAfter=1,
    )
    return title, h2, body, bullet


def leaflet_story(data: LeafletData, lang: Lang) -> list[Flowable]:
    title, h2, body, bullet = _styles(lang)

    def p(text: str) -> Paragraph:
        return Paragraph(esc(tx(lang, text)), body)

    def head(text: str) -> Paragraph:
        return Paragraph(esc(tx(lang, text)), h2)

    def item(text: str) -> Paragraph:
        return Paragraph(esc(tx(lang, text)), bullet, bulletText="•")

    story: list[Flowable] = [
        Paragraph(esc(tx(lang, "Familiemøte: til deg som er forelder")), title),
        head("Hva er et familiemøte?"),
        p(
            "Et familiemøte er et møte om barnet deres. Dere møter folk fra tjenester i "
            "kommunen. Ofte er BUP med. Målet er at barnet får riktig hjelp tidlig. "
            "Sammen finner vi ut hvem som gjør hva, og når."
        ),
        head("Hvem kommer?"),
        item("Dere som er foreldre."),
        item("Barnet, hvis det vil og er gammelt nok."),
        item("Folk fra skolen eller barnehagen, helsestasjonen eller PPT."),
        item("Ofte en fra BUP. BUP kan være med på to møter før en henvisning."),
        p("Dere kan ta med en dere stoler på."),
        head("Det er frivillig"),
        p(
            "Det er frivillig å komme. Dere bestemmer hva dere vil fortelle. Vi deler "
            "bare det dere har sagt ja til, og bare med de tjenestene dere velger. Dere "
            "kan trekke et ja tilbake når dere vil. Da deler vi ikke mer fra den dagen."
        ),
        p(
            "Én ting gjelder alltid. Er vi redde for at et barn ikke har det trygt, må vi "
            "si fra til barnevernet."
        ),
        head("Hva skjer etterpå?"),
        p(
            "Dere får en plan på papir. Der står det hva som skal skje, hvem som gjør "
            "det, og når. Vi avtaler en dag da vi ser på planen igjen. Tjenesten som kalte "
            "inn, følger opp."
        ),
        head("Deres kontaktperson"),
    ]
    contact = data.contact
    if contact is not None:
        lines = [contact.name]
        role = ", ".join(x for x in (contact.title, service_name(lang, contact.service)) if x)
        if role:
            lines.append(role)
        if contact.phone:
            lines.append(tx(lang, "Telefon: {phone}").format(phone=contact.phone))
        if contact.email:
            lines.append(tx(lang, "E-post: {email}").format(email=contact.email))
        story.append(Paragraph("<br/>".join(esc(x) for x in lines), body))
    else:
        for label in ("Navn:", "Telefon:", "E-post:"):
            story.append(Paragraph(esc(tx(lang, label)) + " " + "_" * 44, body))
    story.append(space(2))
    story.append(p("Ring kontaktpersonen hvis noe endrer seg, eller hvis dere lurer på noe."))
    return story


def render_leaflet(
    data: LeafletData,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    printed_on: dt.date,
    lang: str = "nb",
) -> None:
    """The leaflet as a one-page A4 PDF in bokmål or nynorsk."""
    form_lang = check_lang(lang)
    build_stamped(
        out,
        leaflet_story(data, form_lang),
        document=tx(form_lang, "Om familiemøtet"),
        subject=tx(form_lang, "Til familien"),
        printed_on=printed_on,
        content={"contact": data.contact, "lang": form_lang},
        lang=form_lang,
    )
