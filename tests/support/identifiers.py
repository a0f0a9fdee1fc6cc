"""Find internal names in text a user reads: snake_case, camelCase, stored field names and
English enum values, Python literals and a file's line references.

``internal_names(text)`` returns what it found (empty: the text reads as words).
"""

from __future__ import annotations

import re
from enum import Enum

from familiemote.domain import model as m
from familiemote.storage import orm

_SNAKE = re.compile(r"\b[a-zæøå]+(?:_[a-zæøå0-9]+)+\b", re.IGNORECASE)
_CAMEL = re.compile(r"\b[a-z]+[A-Z][A-Za-z]+\b")
_LINE_REF = re.compile(r"\b\d{3}:\d+(?:-\d+)?\b")
# stored names and values that are also Norwegian words, or are used as such
_NORWEGIAN = frozenset(
    {
        "status",
        "form",
        "id",
        "bup",
        "habu",
        "ppt",
        "nav",
        "annen",
        "mor",
        "far",
        "foresatt",
        "skole",
        "barnehage",
        "barnevern",
        "fastlege",
        "helsestasjon",
        "kommunepsykolog",
        "kommunal",
        "spesialist",
        "steforelder",
        "fosterforelder",
        "besteforelder",
        "familiemote",
        "oppsummerende",
        "moteleder",
        "koordinator",
        "referent",
        "bekymring",
        "vurdering",
        "utredning",
        "behandling",
        "oppfolging",
        "sosken",
        "barneavdeling",
        "at",  # the trail's time column, and the Norwegian conjunction
        "alder",
        "sted",
        "dato",
    }
)


def _english_names() -> frozenset[str]:
    names: set[str] = set()
    for table in orm.metadata.tables.values():
        names.update(c.name for c in table.columns)
        names.add(table.name)
    for value in vars(m).values():
        if isinstance(value, type) and issubclass(value, Enum) and value is not Enum:
            names.update(str(member.value) for member in value)
    return frozenset(n for n in names if n.isalpha() and n.lower() not in _NORWEGIAN)


ENGLISH = _english_names()
_LITERALS = frozenset({"None", "True", "False", "null"})
# Not ours: the PostgreSQL file a message for IT names as the place to make a change
# («… i serverens pg_hba.conf»), as the server's own documentation names it.
EXTERNAL_FILES = frozenset({"pg_hba"})


def internal_names(text: str) -> list[str]:
    """The internal names in ``text``; empty when it reads as words."""
    found: list[str] = []
    found += [w for w in _SNAKE.findall(text) if w not in EXTERNAL_FILES]
    found += [w for w in _CAMEL.findall(text)]
    found += _LINE_REF.findall(text)
    for word in re.findall(r"[A-Za-zÆØÅæøå]+", text):
        if word in ENGLISH or word in _LITERALS:
            found.append(word)
    return found
