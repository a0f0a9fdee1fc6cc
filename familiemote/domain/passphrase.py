"""How strong a passphrase is: a simple score for the hint shown while the user types.

No user text here: the UI words the score and the hints in Norwegian.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

MIN_LENGTH = 10

# Too common to count, whatever their length (compared without case or spaces).
COMMON = frozenset(
    {
        "passord123",
        "passord1234",
        "1234567890",
        "qwertyuiop",
        "password123",
        "sommer2026",
        "vinter2026",
        "familiemote",
        "familiemøte",
        "helsestasjon",
    }
)


class Hint(Enum):
    TOO_SHORT = "too_short"  # shorter than MIN_LENGTH: refused
    COMMON = "common"  # a well-known passphrase: refused
    REPEATED = "repeated"  # one or two characters over and over: refused
    ADD_WORDS = "add_words"  # longer, or several words, would be stronger
    ADD_VARIETY = "add_variety"  # digits or other characters would help


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (refused) .. 4 (strong)
    hints: tuple[Hint, ...]

    @property
    def acceptable(self) -> bool:
        return self.score > 0


def passphrase_strength(passphrase: str) -> Strength:
    """Score a new passphrase: 0 is refused; 1 weak, 2 fair, 3 good, 4 strong.

    Length counts most (several words beat a short jumble); variety of kinds of
    characters adds a little.
    """
    text = passphrase.strip()
    folded = "".join(text.lower().split())
    if len(text) < MIN_LENGTH:
        return Strength(0, (Hint.TOO_SHORT,))
    if folded in COMMON:
        return Strength(0, (Hint.COMMON,))
    if len(set(folded)) <= 2:
        return Strength(0, (Hint.REPEATED,))
    kinds = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() and not c.isspace() for c in text),
        )
    )
    words = len(text.split())
    score = 1
    if len(text) >= 14 or words >= 3:
        score += 1
    if len(text) >= 20 or (words >= 4 and len(text) >= 16):
        score += 1
    if kinds >= 3 or (kinds >= 2 and len(text) >= 16):
        score += 1
    score = min(score, 4)
    hints: list[Hint] = []
    if score < 4:
        if len(text) < 20:
            hints.append(Hint.ADD_WORDS)
        if kinds < 3:
            hints.append(Hint.ADD_VARIETY)
    return Strength(score, tuple(hints))
