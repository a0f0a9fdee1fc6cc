"""The glossary (Hjelp > Ordliste): one term for one thing, in bokmål and nynorsk.

Shipped content (``resources/content/glossary_<language>.json``): the same terms in
the same order in each language, each with what it means in this app. The two files
are also shown side by side in docs/ordliste.md (scripts/ordliste.py writes it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from familiemote.domain.errors import ContentError
from familiemote.resources_path import resource_path
from familiemote.services.pathway import read_content_json

GLOSSARY_LANGUAGES = ("nb", "nn")


@dataclass(frozen=True)
class Term:
    term: str
    meaning: str


@lru_cache(maxsize=len(GLOSSARY_LANGUAGES))
def load_glossary(lang: str = "nb") -> tuple[Term, ...]:
    """The glossary in ``lang`` (bokmål for any language without its own file)."""
    if lang not in GLOSSARY_LANGUAGES:
        lang = "nb"
    path = resource_path("content") / f"glossary_{lang}.json"
    data = read_content_json(path)
    raw = data.get("terms")
    if not isinstance(raw, list) or not raw:
        raise ContentError(f"{path}: no terms")
    terms: list[Term] = []
    for i, entry in enumerate(raw):
        if not isinstance(entry, dict):
            raise ContentError(f"{path}: term {i + 1} is not an object")
        term, meaning = entry.get("term"), entry.get("meaning")
        if not isinstance(term, str) or not term.strip():
            raise ContentError(f"{path}: term {i + 1} has no word")
        if not isinstance(meaning, str) or not meaning.strip():
            raise ContentError(f"{path}: term {i + 1} ({term}) has no meaning")
        terms.append(Term(term.strip(), meaning.strip()))
    return tuple(terms)


def matching(terms: tuple[Term, ...], query: str) -> tuple[Term, ...]:
    """The terms whose word or meaning holds every word of ``query`` (any case)."""
    words = query.casefold().split()
    return tuple(t for t in terms if all(w in f"{t.term} {t.meaning}".casefold() for w in words))
