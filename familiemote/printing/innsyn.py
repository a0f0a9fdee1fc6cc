"""The family's copy of everything stored about the child, as a PDF (bokmål or nynorsk).

Words every value of :class:`services.innsyn.InnsynCopy`: each section as a heading
and its entries as two-column tables; an internal entry (notes for the services,
an internal action) is marked «Intern opplysning» in the margin of its table;
the history of changes and the log of who has looked follow, each line with when
and who. Held-back entries are counted, never shown, with the reasons given.

The texts are written in bokmål and looked up in :data:`NN` (this document's own
table; printing/texts.py holds the shared ones).
"""

from __future__ import annotations

import datetime as dt
import os
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO, Final

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table

from familiemote.domain import model as m
from familiemote.printing.common import (
    CONTENT_W,
    LABELS,
    Stamp,
    Styles,
    build_document,
    checksum,
    date_text,
    datetime_text,
    esc,
    make_styles,
    para,
    space,
    styled,
    table,
)
from familiemote.printing.texts import Lang, check_lang, service_name
from familiemote.services.innsyn import InnsynCopy

# Words for the values printing/common.LABELS does not have.
WORDS: Final[dict[Enum, str]] = {
    m.Phase.BEKYMRING: "1 Bekymring og tidlige tiltak",
    m.Phase.VURDERING: "2 Vurdering og henvisning",
    m.Phase.UTREDNING: "3 Utredning og diagnostikk",
    m.Phase.BEHANDLING: "4 Behandling og pasientopplæring",
    m.Phase.OPPFOLGING: "5 Oppfølging",
    m.CaseStatus.OPEN: "Åpen",
    m.CaseStatus.CLOSED: "Avsluttet",
    m.MeetingStatus.PLANNED: "Planlagt",
    m.MeetingStatus.HELD: "Holdt",
    m.MeetingStatus.CANCELLED: "Avlyst",
    m.ConsentForm.WRITTEN: "Skriftlig",
    m.ConsentForm.ORAL: "Muntlig",
    m.ReferralTarget.BUP: "BUP",
    m.ReferralTarget.HABU: "HABU",
}
ACCESS_KINDS: Final[dict[str, str]] = {"grant": "Gitt av teamet", "emergency": "Nødtilgang"}
ENTITIES: Final[dict[str, str]] = {
    "cases": "saken",
    "family_members": "familien",
    "meetings": "et møte",
    "participants": "deltakerne i et møte",
    "actions": "et tiltak",
    "action_handovers": "en overlevering av et tiltak",
    "action_reviews": "en gjennomgang av et tiltak",
    "consents": "et samtykke",
    "consent_scopes": "tjenestene i et samtykke",
    "phase_decisions": "forløpet",
    "referrals": "en henvisning",
    "child_views": "barnets egne ord",
    "notifications": "en beskjed til en tjeneste",
    "case_access": "tilgangen til saken",
}
CHANGES: Final[dict[str, str]] = {"insert": "la inn", "update": "endret", "delete": "slettet"}
LOOKS: Final[dict[str, str]] = {
    "open": "åpnet saken",
    "print": "skrev ut et dokument",
    "save_pdf": "lagret et dokument som PDF",
    "export": "eksporterte saken",
    "calendar": "lagret en kalenderfil",
    "emergency_access": "åpnet saken med nødtilgang",
    "innsyn": "laget en innsynskopi",
}

NN: Final[dict[str, str]] = {
    "Innsyn: alt som er lagret om barnet": "Innsyn: alt som er lagra om barnet",
    "Kopi til familien": "Kopi til familien",
    "Laget {date}. Saksnummer {case}.": "Laga {date}. Saksnummer {case}.",
    "Dette er en kopi av alle opplysningene Familiemøte har lagret om {child}: saken, "
    "familien, møtene, tiltakene, samtykkene og hvordan de er endret, og hvem som har sett "
    "saken. Opplysninger merket «Intern opplysning» er skrevet for tjenestene, ikke for "
    "familien; de er tatt med fordi dere har rett til å se dem.": "Dette er ein kopi av alle "
    "opplysningane Familiemøte har lagra om {child}: saka, "
    "familien, møta, tiltaka, samtykka og korleis dei er endra, og kven som har sett "
    "saka. Opplysningar merka «Intern opplysning» er skrivne for tenestene, ikkje for "
    "familien; dei er tekne med fordi de har rett til å sjå dei.",
    "Ingen opplysninger er holdt tilbake.": "Ingen opplysningar er haldne tilbake.",
    "{n} opplysninger er holdt tilbake": "{n} opplysningar er haldne tilbake",
    "1 opplysning er holdt tilbake": "1 opplysning er halden tilbake",
    "Loven gir unntak fra retten til innsyn, for eksempel for å beskytte barnet eller "
    "andre. Grunnene:": "Lova gir unntak frå retten til innsyn, til dømes for å verne barnet "
    "eller andre. Grunnane:",
    "Intern opplysning": "Intern opplysning",
    "Ingen.": "Ingen.",
    "Saken": "Saka",
    "Familien": "Familien",
    "Møter": "Møte",
    "Tiltak": "Tiltak",
    "Samtykke": "Samtykke",
    "Barnets egne ord": "Barnet sine eigne ord",
    "Beslutninger om forløpet": "Avgjerder om forløpet",
    "Henvisninger": "Tilvisingar",
    "Beskjeder til tjenestene": "Beskjedar til tenestene",
    "Tilgang til saken utenom teamet": "Tilgang til saka utanom teamet",
    "Endringer i saken": "Endringar i saka",
    "Hvem som har sett saken": "Kven som har sett saka",
    "Når": "Når",
    "Hvem": "Kven",
    "Hva": "Kva",
    "{what} {thing}": "{what} {thing}",
    "felt: {fields}": "felt: {fields}",
    "Grunn: {reason}": "Grunn: {reason}",
    "Fornavn": "Førenamn",
    "Fødselsår": "Fødselsår",
    "Fødselsdato": "Fødselsdato",
    "Fase": "Fase",
    "Status": "Status",
    "Saken åpnet": "Saka opna",
    "Saken avsluttet": "Saka avslutta",
    "Bekymring meldt av familien": "Uro meld av familien",
    "Tjenesten som var bekymret": "Tenesta som var uroa",
    "Tjenesten som tok initiativet": "Tenesta som tok initiativet",
    "Kontaktperson": "Kontaktperson",
    "Bekymringen": "Uroa",
    "Navn": "Namn",
    "Relasjon": "Relasjon",
    "Foresatt": "Føresett",
    "Telefon": "Telefon",
    "E-post": "E-post",
    "Møte": "Møte",
    "Tid": "Tid",
    "Sted": "Stad",
    "Deltakere": "Deltakarar",
    "Familiens beskrivelse": "Familien si skildring",
    "Barnets stemme": "Barnet si stemme",
    "Tjenestenes syn": "Tenestene sitt syn",
    "Beslutning": "Avgjerd",
    "Beslutningen med ord": "Avgjerda med ord",
    "Neste møte": "Neste møte",
    "Om neste møte": "Om neste møte",
    "Grunn til å henvise uten BUP-kriteriene": "Grunn til å tilvise utan BUP-kriteria",
    "Epikrise sendt": "Epikrise send",
    "Interne notater": "Interne notat",
    "Avtalt i møtet": "Avtalt i møtet",
    "Ansvarlig tjeneste": "Ansvarleg teneste",
    "Ansvarlig person": "Ansvarleg person",
    "Andre som er med": "Andre som er med",
    "Familiens del": "Familien sin del",
    "Frist": "Frist",
    "Ny vurdering": "Ny vurdering",
    "Grunn": "Grunn",
    "Overlevert": "Overlevert",
    "Gjennomgått": "Gått gjennom",
    "Gitt av": "Gitt av",
    "Gjelder": "Gjeld",
    "Form": "Form",
    "Gitt": "Gitt",
    "Gyldig til": "Gyldig til",
    "Tjenester": "Tenester",
    "Trukket tilbake": "Trekt tilbake",
    "Om tilbaketrekkingen": "Om tilbaketrekkinga",
    "Registrert av": "Registrert av",
    "Dato": "Dato",
    "Tekst": "Tekst",
    "Skrevet ned av": "Skrive ned av",
    "Fra fase": "Frå fase",
    "Til fase": "Til fase",
    "Begrunnelse": "Grunngiving",
    "Besluttet av": "Avgjort av",
    "Til": "Til",
    "Sendt": "Send",
    "Notater": "Notat",
    "Sendt av": "Send av",
    "Opprettet": "Oppretta",
    "Merknad": "Merknad",
    "Slags tilgang": "Slag tilgang",
    "Fra": "Frå",
    "Ja": "Ja",
    "Nei": "Nei",
    "1 Bekymring og tidlige tiltak": "1 Uro og tidlege tiltak",
    "2 Vurdering og henvisning": "2 Vurdering og tilvising",
    "3 Utredning og diagnostikk": "3 Utgreiing og diagnostikk",
    "4 Behandling og pasientopplæring": "4 Behandling og pasientopplæring",
    "5 Oppfølging": "5 Oppfølging",
    "Åpen": "Open",
    "Avsluttet": "Avslutta",
    "Planlagt": "Planlagt",
    "Holdt": "Halde",
    "Avlyst": "Avlyst",
    "Skriftlig": "Skriftleg",
    "Muntlig": "Munnleg",
    "BUP": "BUP",
    "HABU": "HABU",
    "Gitt av teamet": "Gitt av teamet",
    "Nødtilgang": "Naudtilgang",
    "saken": "saka",
    "familien": "familien",
    "et møte": "eit møte",
    "deltakerne i et møte": "deltakarane i eit møte",
    "et tiltak": "eit tiltak",
    "en overlevering av et tiltak": "ei overlevering av eit tiltak",
    "en gjennomgang av et tiltak": "ein gjennomgang av eit tiltak",
    "et samtykke": "eit samtykke",
    "tjenestene i et samtykke": "tenestene i eit samtykke",
    "forløpet": "forløpet",
    "en henvisning": "ei tilvising",
    "barnets egne ord": "barnet sine eigne ord",
    "en beskjed til en tjeneste": "ein beskjed til ei teneste",
    "tilgangen til saken": "tilgangen til saka",
    "la inn": "la inn",
    "endret": "endra",
    "slettet": "sletta",
    "åpnet saken": "opna saka",
    "skrev ut et dokument": "skreiv ut eit dokument",
    "lagret et dokument som PDF": "lagra eit dokument som PDF",
    "eksporterte saken": "eksporterte saka",
    "lagret en kalenderfil": "lagra ei kalenderfil",
    "åpnet saken med nødtilgang": "opna saka med naudtilgang",
    "laget en innsynskopi": "laga ein innsynskopi",
    "en registrering": "ei registrering",
    "Tidene er norsk tid.": "Tidene er norsk tid.",
    "Hver gang noen har åpnet saken, skrevet ut, eksportert eller tatt nødtilgang, er det "
    "logget med hvem og når.": "Kvar gong nokon har opna saka, skrive ut, eksportert eller "
    "teke naudtilgang, er det logga med kven og når.",
}


def w(lang: Lang, text: str) -> str:
    """A text of this document (bokmål) in ``lang``."""
    return NN.get(text, text) if lang == "nn" else text


def _local(moment: dt.datetime) -> dt.datetime:
    """A UTC time from the trail as the local wall clock."""
    return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def value_text(value: Any, lang: Lang) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return w(lang, "Ja" if value else "Nei")
    if isinstance(value, Enum):
        if value in WORDS:
            return w(lang, WORDS[value])
        if value in LABELS:
            from familiemote.printing.texts import tx

            return tx(lang, LABELS[value])
        return str(value.value)
    if isinstance(value, frozenset | set):
        return ", ".join(sorted(value_text(v, lang) for v in value))
    if isinstance(value, dt.datetime):
        return datetime_text(value)
    if isinstance(value, dt.date):
        return date_text(value)
    if isinstance(value, str) and value in ACCESS_KINDS:
        return w(lang, ACCESS_KINDS[value])
    return str(value)


def _item_table(fields: list[tuple[str, str]], s: Styles, internal: bool) -> Table:
    rows = [[para(label, s.cell_bold), para(text, s.cell)] for label, text in fields]
    if internal:
        rows.insert(0, [para(w(s.lang, "Intern opplysning"), s.cell_bold), para("", s.cell)])
    t = Table(rows, colWidths=[CONTENT_W * 0.3, CONTENT_W * 0.7], hAlign="LEFT", splitInRow=3)
    commands: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.6, colors.Color(0.75, 0.75, 0.75)),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.Color(0.85, 0.85, 0.85)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if internal:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(1.0, 0.93, 0.8)),
            ("BOX", (0, 0), (-1, -1), 1.4, colors.Color(0.75, 0.45, 0.0)),
        ]
    t.setStyle(styled(commands))
    return t


def read_log_story(copy: InnsynCopy, lang: Lang) -> list[Flowable]:
    """Only who has looked at the case: for a family that asks for the access log."""
    s = make_styles(lang)
    story: list[Flowable] = [
        para(w(lang, "Hvem som har sett saken"), s.title),
        para(f"{copy.child} · " + w(lang, "Kopi til familien"), s.subtitle),
        para(w(lang, "Laget {date}. Saksnummer {case}.").format(
            date=date_text(copy.made_on), case=copy.case_id), s.body),
        para(w(lang, "Hver gang noen har åpnet saken, skrevet ut, eksportert eller tatt "
                     "nødtilgang, er det logget med hvem og når."), s.body),
        para(w(lang, "Tidene er norsk tid."), s.small),
    ]
    story.append(_looks_table(copy, lang, s))
    return story


def _looks_table(copy: InnsynCopy, lang: Lang, s: Styles) -> Flowable:
    looks: list[list[str | Flowable]] = []
    for r in copy.read_log:
        what = w(lang, LOOKS.get(r.action, r.action))
        if r.reason:
            what += " · " + w(lang, "Grunn: {reason}").format(reason=r.reason)
        looks.append([datetime_text(_local(r.at)), copy.who(r.user_name), what])
    if not looks:
        return para(w(lang, "Ingen."), s.body)
    return table([w(lang, "Når"), w(lang, "Hvem"), w(lang, "Hva")], looks,
                 [CONTENT_W * 0.25, CONTENT_W * 0.3, CONTENT_W * 0.45], s)


def innsyn_story(copy: InnsynCopy, lang: Lang) -> list[Flowable]:
    s = make_styles(lang)
    story: list[Flowable] = [
        para(w(lang, "Innsyn: alt som er lagret om barnet"), s.title),
        para(f"{copy.child} · " + w(lang, "Kopi til familien"), s.subtitle),
        para(
            w(lang, "Laget {date}. Saksnummer {case}.").format(
                date=date_text(copy.made_on), case=copy.case_id
            ),
            s.body,
        ),
        para(
            w(
                lang,
                "Dette er en kopi av alle opplysningene Familiemøte har lagret om {child}: "
                "saken, familien, møtene, tiltakene, samtykkene og hvordan de er endret, og "
                "hvem som har sett saken. Opplysninger merket «Intern opplysning» er skrevet "
                "for tjenestene, ikke for familien; de er tatt med fordi dere har rett til å "
                "se dem.",
            ).format(child=copy.child),
            s.body,
        ),
    ]
    n = len(copy.held_back)
    if n == 0:
        story.append(para(w(lang, "Ingen opplysninger er holdt tilbake."), s.body))
    else:
        head = (
            w(lang, "1 opplysning er holdt tilbake")
            if n == 1
            else w(lang, "{n} opplysninger er holdt tilbake").format(n=n)
        )
        story.append(para(head, s.h2))
        story.append(
            para(
                w(
                    lang,
                    "Loven gir unntak fra retten til innsyn, for eksempel for å "
                    "beskytte barnet eller andre. Grunnene:",
                ),
                s.body,
            )
        )
        for reason in sorted(copy.held_back.values()):
            story.append(para("• " + reason, s.body))
    for section in copy.sections:
        story.append(para(w(lang, section.title), s.h2))
        if not section.items:
            story.append(para(w(lang, "Ingen."), s.body))
            continue
        for item in section.items:
            fields = []
            for label, value in item.fields:
                text = value_text(value, lang)
                if isinstance(value, str) and label in (
                    "Tjenesten som var bekymret",
                    "Tjenesten som tok initiativet",
                    "Ansvarlig tjeneste",
                ):
                    text = service_name(lang, value)
                if text.strip():
                    fields.append((w(lang, label), text))
            if item.heading and not any(v for _l, v in fields):
                fields.append(("", item.heading))
            story.append(_item_table(fields, s, item.internal))
            story.append(space(2))
    story.append(para(w(lang, "Endringer i saken"), s.h2))
    story.append(para(w(lang, "Tidene er norsk tid."), s.small))
    rows: list[list[str | Flowable]] = []
    last: tuple[str, str, str] | None = None
    repeats = 0
    for h in [*copy.history, None]:
        line = None
        if h is not None:
            what = w(lang, "{what} {thing}").format(
                what=w(lang, CHANGES.get(h.action, h.action)),
                thing=w(lang, ENTITIES.get(h.entity, "en registrering")),
            )
            line = (datetime_text(_local(h.at)), copy.who(h.user_name), what)
        if line == last:
            repeats += 1
            continue
        if last is not None:  # the same change to several records at once: one line
            rows.append([last[0], last[1], last[2] + (f" (×{repeats})" if repeats > 1 else "")])
        last, repeats = line, 1
    story.append(
        table(
            [w(lang, "Når"), w(lang, "Hvem"), w(lang, "Hva")],
            rows,
            [CONTENT_W * 0.25, CONTENT_W * 0.3, CONTENT_W * 0.45],
            s,
        )
        if rows
        else para(w(lang, "Ingen."), s.body)
    )
    story.append(para(w(lang, "Hvem som har sett saken"), s.h2))
    story.append(_looks_table(copy, lang, s))
    return story


def write_pdf(
    copy: InnsynCopy,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    language: str = "nb",
    only_read_log: bool = False,
) -> None:
    """The copy (or only its log of who looked) as A4 PDF; a path is written whole or not at all."""
    lang = check_lang(language)
    title = w(lang, "Hvem som har sett saken" if only_read_log
              else "Innsyn: alt som er lagret om barnet")
    stamp = Stamp(
        document=title,
        subject=copy.child,
        printed_on=copy.made_on,
        checksum=checksum(
            {
                "case": copy.case_id,
                "held": sorted(copy.held_back),
                "lang": lang,
                "made": copy.made_on.isoformat(),
            }
        ),
        lang=lang,
    )
    story = read_log_story(copy, lang) if only_read_log else innsyn_story(copy, lang)
    if isinstance(out, str | os.PathLike):
        target = Path(out)
        tmp = target.with_name(f".{target.name}.tmp")
        try:
            build_document(tmp, story, title=title, subject=copy.child, stamp=stamp)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
    else:
        build_document(out, story, title=title, subject=copy.child, stamp=stamp)


__all__ = ["NN", "esc", "innsyn_story", "value_text", "w", "write_pdf"]
