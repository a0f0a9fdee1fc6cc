"""Preset service names in the language the user reads.

The first migration creates a directory of services (and a later one respells the
child welfare service as the current law does). They are stored once, in bokmål.
A nynorsk user sees and prints them in nynorsk; a name a municipality has typed or
changed is its own and is shown as it was typed, in either language.
"""

from __future__ import annotations

from typing import Final

PRESET_SERVICES_NN: Final[dict[str, str]] = {
    "Helsestasjon og skolehelsetjeneste": "Helsestasjon og skulehelseteneste",
    "Pedagogisk-psykologisk tjeneste (PPT)": "Pedagogisk-psykologisk teneste (PPT)",
    "Barnehage": "Barnehage",
    "Skole": "Skule",
    "Barneverntjenesten": "Barnevernstenesta",
    "Barnevernstjenesten": "Barnevernstenesta",
    "Fastlege": "Fastlege",
    "Kommunepsykolog": "Kommunepsykolog",
    "NAV": "NAV",
    "Koordinerende enhet": "Koordinerande eining",
    "Barne- og ungdomspsykiatrisk poliklinikk (BUP)": (
        "Barne- og ungdomspsykiatrisk poliklinikk (BUP)"
    ),
    "Habiliteringstjenesten for barn og unge (HABU)": (
        "Habiliteringstenesta for barn og unge (HABU)"
    ),
    "Barneavdeling": "Barneavdeling",
}


def in_language(lang: str, name: str) -> str:
    """``name`` as a reader of ``lang`` ("nb" or "nn") sees it: presets in nynorsk for "nn"."""
    if lang == "nn":
        return PRESET_SERVICES_NN.get(name, name)
    return name


def name_to_store(lang: str, typed: str, stored: str) -> str:
    """The name to store when a user edits ``stored`` and the field now reads ``typed``.

    The field showed the name in the user's language; when it was left as shown, the
    stored name is kept, so a nynorsk user saving a preset unchanged does not turn it
    into a name of the municipality's own.
    """
    return stored if typed.strip() == in_language(lang, stored) else typed
