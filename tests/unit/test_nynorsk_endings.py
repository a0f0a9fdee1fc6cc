"""The app's nynorsk (resources/translations/familiemote_nn.ts) gives a noun in «-ing»
its nynorsk definite form: «pålogginga», not «påloggina» (a letter lost) nor the
bokmål «påloggingen»; and a verb its nynorsk present tense («brukar», not «bruker»)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "familiemote_nn.ts"
_WORD = re.compile(r"[^\W\d_]+")
# present tense in bokmål where nynorsk has «-ar»
_BOKMAAL_VERBS = {"bruker", "lager", "spiller", "snakker", "trenger", "jobber"}
# a short word in «-ing» is often masculine in nynorsk too («tingen», «ringen»)
_SHORTEST_FEMININE_ING = 7


def _translations(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    out = []
    for message in root.iter("message"):
        for text in message.iter("translation"):
            out.append("".join(text.itertext()))
        out.extend("".join(form.itertext()) for form in message.iter("numerusform"))
    return out


def slips(texts: list[str]) -> list[str]:
    """The words of ``texts`` that are a slip in the form of a noun in «-ing» or a verb."""
    words = {w.lower() for text in texts for w in _WORD.findall(text)}
    ing = {w for w in words if w.endswith("ing") and len(w) >= _SHORTEST_FEMININE_ING}
    found = []
    for text in texts:
        for word in _WORD.findall(text):
            low = word.lower()
            lost_g = low.endswith(("ina", "inane")) and low[: low.rindex("in") + 2] + "g" in ing
            bokmaal = low.endswith(("ingen", "ingene")) and low[: low.rindex("ing") + 3] in ing
            if lost_g or bokmaal or low in _BOKMAAL_VERBS:
                found.append(f"{word!r} in {text!r}")
    return found


def test_the_nynorsk_catalogue_has_no_slip_in_its_endings() -> None:
    texts = _translations(TS)
    assert len(texts) > 2000
    assert slips(texts) == []
    joined = "\n".join(texts)
    assert "Pålogginga som personen brukar mot databaseserveren." in joined


def test_the_slips_are_found() -> None:
    texts = [
        "Ei pålogging.",
        "Påloggina di er knytt til personen.",
        "Og påloggingen din har ikkje rett.",
        "Pålogginga personen bruker.",
        "Maskina og tingen er i orden; meldinga er send.",
        "Ei melding.",
    ]
    assert [s.split(" in ")[0] for s in slips(texts)] == [
        "'Påloggina'",
        "'påloggingen'",
        "'bruker'",
    ]
