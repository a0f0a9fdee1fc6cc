"""Anonymous counts of returned evaluation forms and of follow-through, combinable by addition.

Everything here is counts: no form, no case, no name. A municipality's counts for
a period (:class:`Counts`) can be written to a tally file, read in by another
municipality and added to its own; a report is computed from the sum. The
source report pooled its 79 forms from four municipalities the same way
(Møreforsking 2016, «Kvalitet i alle ledd», kap. 5 and 8.4).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

from familiemote.domain.errors import DomainError

SCORES: Final = (0, 1, 2, 3, 4, 5)
ITEMS: Final = (1, 2, 3, 4)
# Who answered: parent/guardian, child/young person, both together, not given.
RESPONDENT_KEYS: Final = ("parent", "child", "both", "missing")
# Age groups; the report's children were 3-16, most 8-12 (kap. 8.4).
AGE_KEYS: Final = ("0-5", "6-9", "10-12", "13-15", "16+", "missing")
# What became of an agreed action at its first review (or its status when never reviewed).
OUTCOME_KEYS: Final = (
    "done",
    "continued",
    "changed",
    "handed_over",
    "dropped",
    "not_reviewed",
)
# Days between two events, grouped so that counts add up across municipalities.
DAY_KEYS: Final = ("0-14", "15-28", "29-56", "57+")

ItemCounts = tuple[int, int, int, int, int, int, int]  # scores 0..5, then blank


def day_key(days: int) -> str:
    if days <= 14:
        return "0-14"
    if days <= 28:
        return "15-28"
    if days <= 56:
        return "29-56"
    return "57+"


def _zero_items() -> tuple[ItemCounts, ItemCounts, ItemCounts, ItemCounts]:
    z: ItemCounts = (0, 0, 0, 0, 0, 0, 0)
    return (z, z, z, z)


def _add_items(a: Iterable[ItemCounts], b: Iterable[ItemCounts]) -> tuple[ItemCounts, ...]:
    out: list[ItemCounts] = []
    for x, y in zip(a, b, strict=True):
        s = tuple(i + j for i, j in zip(x, y, strict=True))
        out.append((s[0], s[1], s[2], s[3], s[4], s[5], s[6]))
    return tuple(out)


def _add_maps(a: Mapping[str, int], b: Mapping[str, int], keys: Iterable[str]) -> dict[str, int]:
    return {k: a.get(k, 0) + b.get(k, 0) for k in keys}


@dataclass(frozen=True)
class Days:
    """How long something took, for ``n`` cases or meetings: grouped counts and the sum."""

    groups: Mapping[str, int] = field(default_factory=lambda: dict.fromkeys(DAY_KEYS, 0))
    total_days: int = 0

    @property
    def n(self) -> int:
        return sum(self.groups.get(k, 0) for k in DAY_KEYS)

    @property
    def mean(self) -> float | None:
        return self.total_days / self.n if self.n else None

    def __add__(self, other: Days) -> Days:
        return Days(
            _add_maps(self.groups, other.groups, DAY_KEYS), self.total_days + other.total_days
        )

    @staticmethod
    def of(values: Iterable[int]) -> Days:
        groups = dict.fromkeys(DAY_KEYS, 0)
        total = 0
        for d in values:
            groups[day_key(d)] += 1
            total += d
        return Days(groups, total)


@dataclass(frozen=True)
class FollowThrough:
    """Did the plans work: meetings, families, actions and what became of them."""

    meetings_held: int = 0
    families_reached: int = 0
    actions_agreed: int = 0
    outcomes: Mapping[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOME_KEYS, 0))
    concern_to_meeting: Days = field(default_factory=Days)
    meeting_to_plan: Days = field(default_factory=Days)
    meetings_without_plan: int = 0

    @property
    def actions_per_meeting(self) -> float | None:
        return self.actions_agreed / self.meetings_held if self.meetings_held else None

    def outcome_percent(self, key: str) -> float:
        """Share of the agreed actions with this outcome; 0 when none were agreed."""
        total = sum(self.outcomes.get(k, 0) for k in OUTCOME_KEYS)
        return 100.0 * self.outcomes.get(key, 0) / total if total else 0.0

    def __add__(self, other: FollowThrough) -> FollowThrough:
        return FollowThrough(
            meetings_held=self.meetings_held + other.meetings_held,
            families_reached=self.families_reached + other.families_reached,
            actions_agreed=self.actions_agreed + other.actions_agreed,
            outcomes=_add_maps(self.outcomes, other.outcomes, OUTCOME_KEYS),
            concern_to_meeting=self.concern_to_meeting + other.concern_to_meeting,
            meeting_to_plan=self.meeting_to_plan + other.meeting_to_plan,
            meetings_without_plan=self.meetings_without_plan + other.meetings_without_plan,
        )


@dataclass(frozen=True)
class Counts:
    """The returned forms of one municipality and period, as counts only.

    ``items`` maps each respondent key to the four statements' counts (scores
    0-5, then blank), so the overall distribution and the per-respondent means
    both follow from it. ``ages`` counts forms per age group.
    """

    items: Mapping[str, tuple[ItemCounts, ...]] = field(
        default_factory=lambda: {k: _zero_items() for k in RESPONDENT_KEYS}
    )
    ages: Mapping[str, int] = field(default_factory=lambda: dict.fromkeys(AGE_KEYS, 0))

    def forms_by(self, respondent: str) -> int:
        """Forms answered by ``respondent``: every form has each statement, blank or not."""
        return sum(self.items.get(respondent, _zero_items())[0])

    @property
    def forms(self) -> int:
        return sum(self.forms_by(k) for k in RESPONDENT_KEYS)

    def item(self, number: int, respondent: str | None = None) -> ItemCounts:
        keys = RESPONDENT_KEYS if respondent is None else (respondent,)
        total = (0, 0, 0, 0, 0, 0, 0)
        for k in keys:
            total = _add_items([total], [self.items.get(k, _zero_items())[number - 1]])[0]
        return total

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            items={
                k: _add_items(self.items.get(k, _zero_items()), other.items.get(k, _zero_items()))
                for k in RESPONDENT_KEYS
            },
            ages=_add_maps(self.ages, other.ages, AGE_KEYS),
        )


class TallyFileCode(enum.Enum):
    NOT_JSON = "not_json"  # unreadable, or not JSON: damaged
    WRONG_FORMAT = "wrong_format"  # not a Familiemøte tally file
    NEWER_VERSION = "newer_version"
    WRONG_CHECKSUM = "wrong_checksum"  # changed or damaged after it was written
    INVALID = "invalid"  # a count missing, negative, or not adding up; ``where`` says which
    ALREADY_IMPORTED = "already_imported"  # this very file was read in before
    OWN_MUNICIPALITY = "own_municipality"  # its forms are typed in here: would count twice
    NO_MUNICIPALITY = "no_municipality"  # a tally for export must name its municipality


class TallyFileError(DomainError):
    """A tally file refused whole; nothing was stored."""

    def __init__(self, code: TallyFileCode, where: str = "") -> None:
        super().__init__(f"{code.value}{' at ' + where if where else ''}")
        self.code = code
        self.where = where
