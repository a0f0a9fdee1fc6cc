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

from familiemote.domain.service_names import PRESET_SERVICES_NN, in_language

__all__ = [
    "LANGS",
    "NN",
    "PRESET_SERVICES_NN",
    "Lang",
    "check_lang",
    "pdf_lang",
    "service_name",
    "tx",
]

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


def service_name(lang: Lang, name: str) -> str:
    """A service's name as printed in ``lang``: a preset name in nynorsk, any other as typed."""
    return in_language(lang, name)


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
    "Ny vurdering": "Ny vurdering",
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
    "Si fra til kontaktpersonen hvis noe endrer seg. Si også fra hvis et tiltak ikke "
    "blir gjort.": (
        "Sei frå til kontaktpersonen viss noko endrar seg. Sei òg frå viss eit tiltak ikkje "
        "blir gjort."
    ),
    "Hvem planen deles med": "Kven planen blir delt med",
    "Det er ikke gitt gyldig samtykke til å dele opplysninger mellom tjenestene på "
    "møtedagen. Planen deles ikke med andre tjenester.": (
        "Det er ikkje gitt gyldig samtykke til å dele opplysningar mellom tenestene på "
        "møtedagen. Planen blir ikkje delt med andre tenester."
    ),
    "De foresatte har sagt ja til at disse tjenestene kan dele opplysninger om barnet:": (
        "Dei føresette har sagt ja til at desse tenestene kan dele opplysningar om barnet:"
    ),
    "Planen deles ikke med disse tjenestene:": "Planen blir ikkje delt med desse tenestene:",
    "{who} har ikke samtykket": "{who} har ikkje samtykt",
    "{who} har trukket samtykket tilbake": "{who} har trekt samtykket tilbake",
    "samtykket fra {who} er utløpt": "samtykket frå {who} har gått ut",
    "barnet selv": "barnet sjølv",
    "de foresatte": "dei føresette",
    "{first} og {last}": "{first} og {last}",
    "Et samtykke kan trekkes tilbake når som helst. Det kan gjelde alt, eller bare én "
    "tjeneste. Si fra til kontaktpersonen.": (
        "Eit samtykke kan trekkjast tilbake når som helst. Det kan gjelde alt, eller berre éi "
        "teneste. Sei frå til kontaktpersonen."
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
    "tjenesten kan være med på familiemøter om barnet.": (
        "tenesta kan vere med på familiemøte om barnet."
    ),
    "Dele opplys\xadninger": "Dele opplys\xadningar",
    "tjenesten kan snakke med de andre tjenestene du krysser av for, og fortelle dem om "
    "barnet.": (
        "tenesta kan snakke med dei andre tenestene du kryssar av for, og fortelje dei om "
        "barnet."
    ),
    "Vedlegg til henvisning": "Vedlegg til tilvising",
    "tjenesten kan sende med det den har skrevet om barnet, når barnet blir henvist til "
    "BUP (barne- og ungdomspsykiatrisk poliklinikk) eller HABU (habiliteringstjenesten "
    "for barn og unge).": (
        "tenesta kan sende med det ho har skrive om barnet, når barnet blir tilvist til "
        "BUP (barne- og ungdomspsykiatrisk poliklinikk) eller HABU (habiliteringstenesta "
        "for barn og unge)."
    ),
    "Tverr\xadfaglig team": "Tverr\xadfagleg team",
    "saken kan tas opp med barnets navn i kommunens tverrfaglige team. Det er et møte der "
    "fagfolk fra flere tjenester gir råd.": (
        "saka kan takast opp med namnet til barnet i det tverrfaglege teamet i kommunen. Det "
        "er eit møte der fagfolk frå fleire tenester gir råd."
    ),
    "Ungdommen som samtykker": "Ungdomen som samtykkjer",
    "Foresatt som samtykker": "Føresett som samtykkjer",
    "Samtykke til samarbeid": "Samtykke til samarbeid",
    "Felles samtykkeskjema for tjenestene som hjelper barnet": (
        "Felles samtykkeskjema for tenestene som hjelper barnet"
    ),
    "Flere tjenester vil hjelpe barnet ditt. Da må de kunne snakke sammen om barnet. Det kan "
    "de bare gjøre hvis du sier ja. Det er frivillig. Du velger selv hvilke tjenester som får "
    "være med, og hva de får gjøre.": (
        "Fleire tenester vil hjelpe barnet ditt. Då må dei kunne snakke saman om barnet. Det "
        "kan dei berre gjere viss du seier ja. Det er frivillig. Du vel sjølv kva tenester som "
        "får vere med, og kva dei får gjere."
    ),
    "Sier du nei, får barnet likevel hjelp. Men da må hver tjeneste hjelpe alene. Du kan også "
    "ombestemme deg senere, og trekke samtykket tilbake. Det kan gjelde alt, eller bare én "
    "tjeneste. Si fra til kontaktpersonen.": (
        "Seier du nei, får barnet likevel hjelp. Men då må kvar teneste hjelpe åleine. Du kan "
        "òg ombestemme deg seinare, og trekkje samtykket tilbake. Det kan gjelde alt, eller "
        "berre éi teneste. Sei frå til kontaktpersonen."
    ),
    "Barnet skal få si hva det mener, før du skriver under.": (
        "Barnet skal få seie kva det meiner, før du skriv under."
    ),
    "Alle som jobber i tjenestene, har plikt til å si fra til barnevernet hvis de tror at et "
    "barn blir mishandlet. Det samme gjelder hvis barnet ikke får den omsorgen det trenger. "
    "Denne plikten gjelder også om du ikke har sagt ja her.": (
        "Alle som arbeider i tenestene, har plikt til å seie frå til barnevernet viss dei trur "
        "at eit barn blir mishandla. Det same gjeld viss barnet ikkje får den omsorga det "
        "treng. Denne plikta gjeld òg om du ikkje har sagt ja her."
    ),
    "Skriver du ingen dato, gjelder samtykket til du trekker det tilbake.": (
        "Skriv du ingen dato, gjeld samtykket til du trekkjer det tilbake."
    ),
    "Tjeneste": "Teneste",
    "Annen tjeneste:": "Anna teneste:",
    "Samtykket gjelder til og med (dato):": "Samtykket gjeld til og med (dato):",
    "Underskrift, {role}: {name}": "Underskrift, {role}: {name}",
    "Underskrift, {role}": "Underskrift, {role}",
    "Sett kryss for det du sier ja til": "Set kryss for det du seier ja til",
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
    "{n} utfylt skjema er registrert.": "{n} utfylt skjema er registrert.",
    "Hver påstand er besvart på en skala fra 0 («{low}») til 5 («{high}»). N er antallet "
    "som svarte på påstanden; den som lot en påstand stå tom, telles bare som ubesvart på "
    "den påstanden. Prosent er regnet av N.": (
        "Kvar påstand er svart på ein skala frå 0 («{low}») til 5 («{high}»). N er talet på "
        "dei som svarte på påstanden; den som let ein påstand stå tom, blir berre talt som "
        "utan svar på den påstanden. Prosent er rekna av N."
    ),
    "Hvem svarte": "Kven svara",
    "Antall skjemaer etter hvem som svarte, og snittet per påstand (N i parentes).": (
        "Talet på skjema etter kven som svarte, og snittet per påstand (N i parentes)."
    ),
    "Barnets alder": "Alderen til barnet",
    "Antall skjemaer etter barnets alder, og snittet per påstand (N i parentes).": (
        "Talet på skjema etter alderen til barnet, og snittet per påstand (N i parentes)."
    ),
    "Ingen skjemaer er registrert for perioden.": "Ingen skjema er registrerte for perioden.",
    "Resultater {period}": "Resultat {period}",
    # --- evaluation results: respondents, municipalities, follow-through, the CSV ---------
    "Foreldre og barn sammen": "Foreldre og barn saman",
    "Utført innen gjennomgangen": "Utført innan gjennomgangen",
    "Videreført": "Vidareført",
    "Overlevert til en annen tjeneste": "Overlevert til ei anna teneste",
    "Ikke utført eller avlyst": "Ikkje utført eller avlyst",
    "Ikke gjennomgått ennå": "Ikkje gjennomgått enno",
    "0–14 dager": "0–14 dagar",
    "15–28 dager": "15–28 dagar",
    "29–56 dager": "29–56 dagar",
    "57 dager eller mer": "57 dagar eller meir",
    "Påstand": "Påstand",
    "Tekst": "Tekst",
    "Ubesvart": "Utan svar",
    "Snitt": "Snitt",
    "Svarte som": "Svarte som",
    "antall": "tal",
    "Prosent av gyldige svar": "Prosent av gyldige svar",
    "Gyldige svar": "Gyldige svar",
    "Gyldige svar (N)": "Gyldige svar (N)",
    "N påstand {i}": "N påstand {i}",
    "Snitt påstand {i}": "Snitt påstand {i}",
    "Kommune": "Kommune",
    "Kilde": "Kjelde",
    "Lest inn": "Lese inn",
    " (lest inn)": " (lese inn)",
    "Registrert her": "Registrert her",
    "Oppfølging av planene": "Oppfølging av planane",
    "Oppfølging": "Oppfølging",
    "Samlet": "Samla",
    "Denne databasen": "Denne databasen",
    "Møter holdt": "Møte haldne",
    "Familier nådd": "Familiar nådde",
    "Tiltak avtalt": "Tiltak avtalte",
    "Tiltak per møte": "Tiltak per møte",
    "Dager fra bekymring til første møte, snitt": "Dagar frå bekymring til første møte, snitt",
    "Familier med første møte i perioden": "Familiar med første møte i perioden",
    "Dager fra møte til skriftlig plan, snitt": "Dagar frå møte til skriftleg plan, snitt",
    "Møter med skriftlig plan": "Møte med skriftleg plan",
    "Møter uten utskrevet plan": "Møte utan utskriven plan",
    "Bekymring til første møte": "Bekymring til første møte",
    "Møte til skriftlig plan": "Møte til skriftleg plan",
    "Fra bekymring til første møte": "Frå bekymring til første møte",
    "Fra møte til skriftlig plan": "Frå møte til skriftleg plan",
    "Dager": "Dagar",
    "snitt {mean} dager (n = {n})": "snitt {mean} dagar (n = {n})",
    "Per kommune": "Per kommune",
    "Andel": "Del",
    "Skjemaene per kommune, i prosent av alle skjemaene, og snittet per påstand (N i "
    "parentes). Tall lest inn fra andre kommuner er bare antall; ingen skjemaer er telt "
    "to ganger.": (
        "Skjemaa per kommune, i prosent av alle skjemaa, og snittet per påstand (N i "
        "parentes). Tal lese inn frå andre kommunar er berre tal; ingen skjema er talde "
        "to gonger."
    ),
    "Hvem som fylte ut skjemaet, i prosent av dem som krysset av (gyldige svar); "
    "skjemaer der det ikke er oppgitt, står for seg.": (
        "Kven som fylte ut skjemaet, i prosent av dei som kryssa av (gyldige svar); "
        "skjema der det ikkje er oppgitt, står for seg."
    ),
    "Barnets alder, i prosent av skjemaene der alderen er oppgitt.": (
        "Alderen til barnet, i prosent av skjemaa der alderen er oppgitt."
    ),
    "Snitt etter hvem som svarte": "Snitt etter kven som svarte",
    "Ble planene fulgt opp?": "Vart planane følgde opp?",
    "Møtene som er holdt i perioden, og hva som ble av tiltakene som ble avtalt der: "
    "utfallet ved første gjennomgang i prosent av tiltakene (antall i parentes). Dager fra "
    "bekymring regnes fra saken ble opprettet; en plan regnes som skriftlig når den første "
    "gang er skrevet ut eller lagret som PDF. Bare antall, ingen navn.": (
        "Møta som er haldne i perioden, og kva som vart av tiltaka som vart avtalte der: "
        "utfallet ved første gjennomgang i prosent av tiltaka (tal i parentes). Dagar frå "
        "bekymring blir rekna frå saka vart oppretta; ein plan blir rekna som skriftleg når "
        "han første gong er skriven ut eller lagra som PDF. Berre tal, ingen namn."
    ),
    # --- the leaflet for the family (printing/leaflet.py) ---------------------------------
    "Familiemøte: til deg som er forelder": "Familiemøte: til deg som er forelder",
    "Om familiemøtet": "Om familiemøtet",
    "Til familien": "Til familien",
    "Hva er et familiemøte?": "Kva er eit familiemøte?",
    "Et familiemøte er et møte om barnet deres. Dere møter folk fra tjenester i "
    "kommunen. Ofte er BUP med. Målet er at barnet får riktig hjelp tidlig. "
    "Sammen finner vi ut hvem som gjør hva, og når.": (
        "Eit familiemøte er eit møte om barnet dykkar. De møter folk frå tenester i "
        "kommunen. Ofte er BUP med. Målet er at barnet får rett hjelp tidleg. "
        "Saman finn vi ut kven som gjer kva, og når."
    ),
    "Hvem kommer?": "Kven kjem?",
    "Dere som er foreldre.": "De som er foreldre.",
    "Barnet, hvis det vil og er gammelt nok.": "Barnet, om det vil og er gammalt nok.",
    "Folk fra skolen eller barnehagen, helsestasjonen eller PPT.": (
        "Folk frå skulen eller barnehagen, helsestasjonen eller PPT."
    ),
    "Ofte en fra BUP. BUP kan være med på to møter før en henvisning.": (
        "Ofte ein frå BUP. BUP kan vere med på to møte før ei tilvising."
    ),
    "Dere kan ta med en dere stoler på.": "De kan ta med ein de stolar på.",
    "Det er frivillig": "Det er frivillig",
    "Det er frivillig å komme. Dere bestemmer hva dere vil fortelle. Vi deler "
    "bare det dere har sagt ja til, og bare med de tjenestene dere velger. Dere "
    "kan trekke et ja tilbake når dere vil. Da deler vi ikke mer fra den dagen.": (
        "Det er frivillig å kome. De bestemmer kva de vil fortelje. Vi deler "
        "berre det de har sagt ja til, og berre med dei tenestene de vel. De "
        "kan trekkje eit ja tilbake når de vil. Då deler vi ikkje meir frå den dagen."
    ),
    "Én ting gjelder alltid. Er vi redde for at et barn ikke har det trygt, må vi "
    "si fra til barnevernet.": (
        "Éin ting gjeld alltid. Er vi redde for at eit barn ikkje har det trygt, må vi "
        "seie frå til barnevernet."
    ),
    "Hva skjer etterpå?": "Kva skjer etterpå?",
    "Dere får en plan på papir. Der står det hva som skal skje, hvem som gjør "
    "det, og når. Vi avtaler en dag da vi ser på planen igjen. Tjenesten som kalte "
    "inn, følger opp.": (
        "De får ein plan på papir. Der står det kva som skal skje, kven som gjer "
        "det, og når. Vi avtaler ein dag då vi ser på planen igjen. Tenesta som kalla "
        "inn, følgjer opp."
    ),
    "Deres kontaktperson": "Kontaktpersonen dykkar",
    "Telefon: {phone}": "Telefon: {phone}",
    "E-post: {email}": "E-post: {email}",
    "Navn:": "Namn:",
    "Telefon:": "Telefon:",
    "E-post:": "E-post:",
    "Ring kontaktpersonen hvis noe endrer seg, eller hvis dere lurer på noe.": (
        "Ring kontaktpersonen om noko endrar seg, eller om de lurer på noko."
    ),
    # --- the invitation letter (printing/invitation.py) ------------------------------------
    "Invitasjon": "Invitasjon",
    "Invitasjon til familiemøte": "Invitasjon til familiemøte",
    "Invitasjon til oppsummerende møte": "Invitasjon til oppsummerande møte",
    "Til: {names}": "Til: {names}",
    "Vi inviterer dere til et møte om {child}. Her kan dere fortelle hva dere "
    "tenker. Sammen finner vi ut hva som kan hjelpe, og hvem som gjør hva.": (
        "Vi inviterer dykk til eit møte om {child}. Her kan de fortelje kva de "
        "tenkjer. Saman finn vi ut kva som kan hjelpe, og kven som gjer kva."
    ),
    "mandag": "måndag",
    "tirsdag": "tysdag",
    "onsdag": "onsdag",
    "torsdag": "torsdag",
    "fredag": "fredag",
    "lørdag": "laurdag",
    "søndag": "søndag",
    "Dato": "Dato",
    "Tid": "Tid",
    "kl. {start} til {end}": "kl. {start} til {end}",
    "Kontaktpersonen sier fra om stedet.": "Kontaktpersonen seier frå om staden.",
    "Hvem er invitert": "Kven er inviterte",
    "Kontaktpersonen sier fra om hvem som kommer.": (
        "Kontaktpersonen seier frå om kven som kjem."
    ),
    "Ta gjerne med": "Ta gjerne med",
    "Spørsmål dere har. Skriv dem gjerne ned.": "Spørsmål de har. Skriv dei gjerne ned.",
    "Papirer fra andre tjenester, hvis dere vil at vi skal se dem.": (
        "Papir frå andre tenester, om de vil at vi skal sjå dei."
    ),
    "Barnet, hvis det vil være med.": "Barnet, om det vil vere med.",
    "Passer ikke tiden? Ring kontaktpersonen, så finner vi en ny tid. Det er "
    "frivillig å komme.": (
        "Passar ikkje tida? Ring kontaktpersonen, så finn vi ei ny tid. Det er "
        "frivillig å kome."
    ),
}
