"""The source reports, cited as a reader finds them: author, year, title and chapter.

A source in the content files (``resources/content/*.json``, «sources») is the
report's number and the chapter: ``"004 kap. 8.3.2 Familiemøter"`` or
``"000 vedlegg A: Taushetsplikt, opplysningsplikt og samtykke"`` (a page may
follow: ``", s. 85"``). :func:`cite` turns a list of them into one line:
«Skrove mfl., Møreforsking Molde 2016, «Kvalitet i alle ledd», kap. 8.3.2
Familiemøter og kap. 8.4 …». A reference to a line of the seed texts (report
number, colon, line number) is refused (:func:`parse`): it means nothing to a reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from familiemote.domain.errors import ContentError

# Author, year and title as the reports give them (the seed texts' title pages and
# how the reports cite one another).
REPORTS: dict[str, str] = {
    "000": (
        "Kaurstad, Bachmann, Bremnes og Groven, Møreforsking Molde for KS 2014, "
        "«Trygg oppvekst – helhetlig organisering av tjenester for barn og unge»"
    ),
    "001": (
        "Rathe, Thorvik Andersson og Holbæk-Hanssen, Ipsos 2018, «Kartlegging av "
        "samhandling om utsatte barn og unge»"
    ),
    "002": "Masteroppgave om barnevern, helsestasjon og barnehage (forfatterne er ikke oppgitt)",
    "003": "Deloitte 2015, «Følgeevaluering av Modellkommuneforsøket», sluttrapport",
    "004": "Skrove mfl., Møreforsking Molde 2016, «Kvalitet i alle ledd»",
}
_LINE_REF = re.compile(r"\b\d{3}:\d+")
_SOURCE = re.compile(r"^(\d{3}) (\S.*)$")


def parse(source: str) -> tuple[str, str]:
    """(report number, chapter as written): ``("004", "kap. 8.3.2 Familiemøter")``."""
    found = _SOURCE.match(source.strip())
    if _LINE_REF.search(source) or found is None:
        raise ContentError(
            f"source {source!r}: cite the report's chapter («004 kap. 8.3.2 Familiemøter»)"
        )
    return found.group(1), found.group(2)


def report_name(number: str, reports: Mapping[str, str] | None = None) -> str:
    return (reports or {}).get(number) or REPORTS.get(number) or number


def _and(items: list[str], word: str) -> str:
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def cite(
    sources: Iterable[str], reports: Mapping[str, str] | None = None, and_word: str = "og"
) -> str:
    """One line for the sources, grouped by report in the order first cited."""
    chapters: dict[str, list[str]] = {}
    for source in sources:
        number, chapter = parse(source)
        if chapter not in chapters.setdefault(number, []):
            chapters[number].append(chapter)
    return "; ".join(
        f"{report_name(number, reports)}, {_and(found, and_word)}"
        for number, found in chapters.items()
    )
