"""The printed documents in bokmål and nynorsk.

Printing may not use Qt, so it has its own small translation table: the code
writes its texts in bokmål through :func:`tx`, and :data:`NN` gives the nynorsk
for each. A text with a placeholder (``{name}``) is translated first and
formatted after, so the placeholders stay the same in both languages.
tests/unit/test_i18n.py fails when a ``tx(…, "…")`` text has no nynorsk here.
(The evaluation form keeps its own table, ``evaluation_form.TEXTS``.)
"""

from __future__ import annotations

from typing import Final, Literal, get_args

__all__ = ["LANGS", "NN", "Lang", "check_lang", "pdf_lang", "tx"]

Lang = Literal["nb", "nn"]
LANGS: Final[tuple[Lang, ...]] = get_args(Lang)


def check_lang(lang: str) -> Lang:
    """``lang`` as a :data:`Lang`; ValueError for anything else."""
    for known in LANGS:
        if lang == known:
            return known
    raise ValueError(f"unknown language {lang!r}; expected one of {list(LANGS)}")


def pdf_lang(lang: Lang) -> str:
    """The language tag written into the PDF (screen readers choose their voice by it)."""
    return "nn-NO" if lang == "nn" else "nb-NO"


def tx(lang: Lang, text: str) -> str:
    """``text`` (bokmål) in ``lang``; a text missing from the table stays bokmål."""
    if lang == "nb":
        return text
    return NN.get(text, text)


NN: Final[dict[str, str]] = {
    # --- common: the page frame, signatures -------------------------------------------
    "Skrevet ut {date} · Kontrollsum {sum}": "Skrive ut {date} · Kontrollsum {sum}",
    "Side {n} av {total}": "Side {n} av {total}",
    "Sted og dato": "Stad og dato",
    # --- common: the domain's words -----------------------------------------------------
    "mor": "mor",
    "far": "far",
    "foresatt": "føresett",
    "steforelder": "steforelder",
    "fosterforelder": "fosterforelder",
    "besteforelder": "besteforelder",
    "søsken": "sysken",
    "familie": "familie",
    "ungdom": "ungdom",
    "Familiemøte": "Familiemøte",
    "Oppsummerende møte": "Oppsummerande møte",
    "Henvise til BUP": "Tilvise til BUP",
    "Henvise til HABU": "Tilvise til HABU",
    "Andre tiltak, ikke henvisning nå": "Andre tiltak, inga tilvising no",
    "Nytt familiemøte": "Nytt familiemøte",
    "Avslutte saken": "Avslutte saka",
    "Invitert": "Invitert",
    "Til stede": "Til stades",
    "Meldt forfall": "Meldt forfall",
    "Ikke til stede": "Ikkje til stades",
    "Møteleder": "Møteleiar",
    "Koordinator": "Koordinator",
    "Referent": "Referent",
    "Avtalt": "Avtalt",
    "Pågår": "Pågår",
    "Utført": "Utført",
    "Ikke utført": "Ikkje utført",
    "Overlevert": "Overlevert",
    "Avlyst": "Avlyst",
    "Fortsetter": "Held fram",
    "Endret": "Endra",
    "Avsluttet": "Avslutta",
    "Delta i familiemøter": "Delta i familiemøte",
    "Dele opplysninger mellom tjenestene": "Dele opplysningar mellom tenestene",
    "Legge ved dokumentasjon til henvisning": "Leggje ved dokumentasjon til tilvising",
    "Drøfte saken i tverrfaglig team": "Drøfte saka i tverrfagleg team",
    "Foreldre/foresatt": "Foreldre/føresett",
    "Barn/ungdom": "Barn/ungdom",
    # --- the follow-up plan ------------------------------------------------------------
    "Barnet": "Barnet",
    "Familie": "Familie",
    "Familien: {text}": "Familien: {text}",
    "Også med: {text}": "Òg med: {text}",
    "Internt": "Internt",
    "(står ikke i familiens kopi)": "(står ikkje i kopien til familien)",
    "Barn": "Barn",
    "{name}, {age} år": "{name}, {age} år",
    "Møte": "Møte",
    "Sted": "Stad",
    "Kontaktperson": "Kontaktperson",
    "Hvem var med": "Kven var med",
    "Ingen deltakere er skrevet ned.": "Ingen deltakarar er skrivne ned.",
    "Navn": "Namn",
    "Deltar som": "Deltek som",
    "Rolle i møtet": "Rolle i møtet",
    "Oppmøte": "Oppmøte",
    "Beslutning": "Avgjerd",
    "Ingen beslutning er skrevet ned.": "Inga avgjerd er skriven ned.",
    "Tiltak vi ble enige om: hvem gjør hva, når": "Tiltak vi vart samde om: kven gjer kva, når",
    "Ingen nye tiltak ble avtalt i dette møtet.": "Ingen nye tiltak vart avtalte i dette møtet.",
    "Tiltak": "Tiltak",
    "Ansvarlig": "Ansvarleg",
    "Frist": "Frist",
    "Evalueres": "Evaluerast",
    "Tiltak fra tidligere møter, vurdert i dette møtet": (
        "Tiltak frå tidlegare møte, vurderte i dette møtet"
    ),
    "Ingen åpne tiltak fra tidligere møter.": "Ingen opne tiltak frå tidlegare møte.",
    "Avtalt {date}. ": "Avtalt {date}. ",
    "Status: {status}.": "Status: {status}.",
    "ikke vurdert ennå": "ikkje vurdert enno",
    ", ny dato {date}": ", ny dato {date}",
    "Vurdert i møtet:": "Vurdert i møtet:",
    "Neste møte": "Neste møte",
    "Neste møte er ikke avtalt ennå. Kontaktpersonen kaller inn.": (
        "Neste møte er ikkje avtalt enno. Kontaktpersonen kallar inn."
    ),
    "Ingen kontaktperson er valgt ennå.": "Ingen kontaktperson er vald enno.",
    "Telefon {phone}": "Telefon {phone}",
    "Ta kontakt med kontaktpersonen hvis noe endrer seg, eller hvis et tiltak ikke blir gjort.": (
        "Ta kontakt med kontaktpersonen dersom noko endrar seg, eller dersom eit tiltak "
        "ikkje blir gjort."
    ),
    "Hvem planen deles med": "Kven planen blir delt med",
    "Det er ikke gitt gyldig samtykke til å dele opplysninger mellom tjenestene på "
    "møtedagen. Planen deles ikke med andre tjenester.": (
        "Det er ikkje gitt gyldig samtykke til å dele opplysningar mellom tenestene på "
        "møtedagen. Planen blir ikkje delt med andre tenester."
    ),
    "Foresatte har samtykket til at opplysninger kan deles med disse tjenestene:": (
        "Føresette har samtykt til at opplysningar kan delast med desse tenestene:"
    ),
    "Et samtykke kan trekkes tilbake når som helst, helt eller for én tjeneste. "
    "Si fra til kontaktpersonen.": (
        "Eit samtykke kan trekkjast tilbake når som helst, heilt eller for éi teneste. "
        "Sei frå til kontaktpersonen."
    ),
    "Interne notater (bare for tjenestene, ikke i familiens kopi)": (
        "Interne notat (berre for tenestene, ikkje i kopien til familien)"
    ),
    "Underskrift, foresatt: {name}": "Underskrift, føresett: {name}",
    "Underskrift, foresatt": "Underskrift, føresett",
    "Underskrift, kontaktperson: {name}": "Underskrift, kontaktperson: {name}",
    "Underskrift, kontaktperson": "Underskrift, kontaktperson",
    "Vi har gått gjennom planen sammen og er enige om den.": (
        "Vi har gått gjennom planen saman og er samde om han."
    ),
    "Underskrifter": "Underskrifter",
    "Oppfølgingsplan": "Oppfølgingsplan",
    "Oppfølgingsplan, familiens kopi": "Oppfølgingsplan, kopien til familien",
    "Etter {meeting} {when}": "Etter {meeting} {when}",
    " · Familiens kopi": " · Kopien til familien",
    " · Tjenestenes kopi": " · Kopien til tenestene",
    "Familiens beskrivelse": "Skildringa til familien",
    "Barnets stemme": "Stemma til barnet",
    "Tjenestenes vurdering": "Vurderinga til tenestene",
    "Ikke skrevet ned i møtet.": "Ikkje skrive ned i møtet.",
    "Oppfølgingsplan for {name}": "Oppfølgingsplan for {name}",
    # --- the consent form --------------------------------------------------------------
    "Familie\xadmøter": "Familie\xadmøte",
    "tjenesten kan delta i familiemøter om barnet.": "tenesta kan delta i familiemøte om barnet.",
    "Dele opplys\xadninger": "Dele opplys\xadningar",
    "tjenesten kan få og gi opplysninger om barnet til de andre tjenestene du krysser av for.": (
        "tenesta kan få og gi opplysningar om barnet til dei andre tenestene du kryssar av for."
    ),
    "Vedlegg til henvisning": "Vedlegg til tilvising",
    "dokumentasjon fra tjenesten kan legges ved en henvisning til BUP eller HABU.": (
        "dokumentasjon frå tenesta kan leggjast ved ei tilvising til BUP eller HABU."
    ),
    "Tverr\xadfaglig team": "Tverr\xadfagleg team",
    "saken kan drøftes med navn i kommunens tverrfaglige team.": (
        "saka kan drøftast med namn i det tverrfaglege teamet i kommunen."
    ),
    "Ungdommen som samtykker": "Ungdomen som samtykkjer",
    "Foresatt som samtykker": "Føresett som samtykkjer",
    "Samtykke til samarbeid": "Samtykke til samarbeid",
    "Felles samtykkeskjema for tjenestene som hjelper barnet": (
        "Felles samtykkeskjema for tenestene som hjelper barnet"
    ),
    "For at tjenestene skal kunne samarbeide om hjelpen til barnet, trenger de ditt "
    "samtykke til å dele opplysninger: det som kommer fram i familiemøtene, tiltakene "
    "og hvordan det går med barnet. Det er frivillig å samtykke. Du velger selv hvilke "
    "tjenester og hva samtykket gjelder, og kan la være å krysse av for enkelte "
    "tjenester. Du kan trekke samtykket tilbake når som helst, helt eller for én "
    "tjeneste, ved å si fra til kontaktpersonen.": (
        "For at tenestene skal kunne samarbeide om hjelpa til barnet, treng dei samtykket "
        "ditt til å dele opplysningar: det som kjem fram i familiemøta, tiltaka og korleis "
        "det går med barnet. Det er frivillig å samtykkje. Du vel sjølv kva tenester og kva "
        "samtykket gjeld, og kan la vere å krysse av for einskilde tenester. Du kan trekkje "
        "samtykket tilbake når som helst, heilt eller for éi teneste, ved å seie frå til "
        "kontaktpersonen."
    ),
    "Barnet skal få si sin mening før det gis samtykke. ": (
        "Barnet skal få seie meininga si før det blir gitt samtykke. "
    ),
    "Opplysningsplikten til barnevernet gjelder uansett samtykke.": (
        "Opplysningsplikta til barnevernet gjeld uansett samtykke."
    ),
    "Tjeneste": "Teneste",
    "Annen tjeneste:": "Anna teneste:",
    "Samtykket gjelder til og med (dato):": "Samtykket gjeld til og med (dato):",
    "Underskrift, {role}: {name}": "Underskrift, {role}: {name}",
    "Underskrift, {role}": "Underskrift, {role}",
    "Kryss av for det du samtykker til": "Kryss av for det du samtykkjer til",
    "Et kryss betyr at du samtykker til at": "Eit kryss tyder at du samtykkjer til at",
    ", telefon {phone}": ", telefon {phone}",
    "Kontaktperson: {contact}": "Kontaktperson: {contact}",
    "Samtykkeskjema": "Samtykkeskjema",
    "Samtykke til samarbeid for {name}": "Samtykke til samarbeid for {name}",
    "Felles samtykkeskjema": "Felles samtykkeskjema",
    # --- the tally of evaluation forms -------------------------------------------------
    "Ikke oppgitt": "Ikkje oppgitt",
    "0–5 år": "0–5 år",
    "6–9 år": "6–9 år",
    "10–12 år": "10–12 år",
    "13–15 år": "13–15 år",
    "16 år og eldre": "16 år og eldre",
    "fra {date}": "frå {date}",
    "til {date}": "til {date}",
    "alle registrerte skjemaer": "alle registrerte skjema",
    "Antall": "Tal",
    "N = {n}": "N = {n}",
    " · ubesvart {missing} · snitt {mean}": " · utan svar {missing} · snitt {mean}",
    "Svar": "Svar",
    "Prosent": "Prosent",
    "Gruppe": "Gruppe",
    "Skjemaer": "Skjema",
    "Snitt {i} (N)": "Snitt {i} (N)",
    "Vurdering av samtalen, resultater": "Vurdering av samtalen, resultat",
    "Periode: {period}": "Periode: {period}",
    " · Kommune: {name}": " · Kommune: {name}",
    "Vurdering av samtalen: resultater": "Vurdering av samtalen: resultat",
    "{n} utfylte skjemaer er registrert.": "{n} utfylte skjema er registrerte.",
    "Hver påstand er besvart på en skala fra 0 («{low}») til 5 («{high}»). N er antallet "
    "som svarte på påstanden; den som lot en påstand stå tom, telles bare som ubesvart på "
    "den påstanden. Prosent er regnet av N.": (
        "Kvar påstand er svart på ein skala frå 0 («{low}») til 5 («{high}»). N er talet på "
        "dei som svarte på påstanden; den som let ein påstand stå tom, blir berre talt som "
        "utan svar på den påstanden. Prosent er rekna av N."
    ),
    "Hvem svarte": "Kven svarte",
    "Antall skjemaer etter hvem som svarte, og snittet per påstand (N i parentes).": (
        "Talet på skjema etter kven som svarte, og snittet per påstand (N i parentes)."
    ),
    "Barnets alder": "Alderen til barnet",
    "Antall skjemaer etter barnets alder, og snittet per påstand (N i parentes).": (
        "Talet på skjema etter alderen til barnet, og snittet per påstand (N i parentes)."
    ),
    "Ingen skjemaer er registrert for perioden.": "Ingen skjema er registrerte for perioden.",
    "Resultater {period}": "Resultat {period}",
}
