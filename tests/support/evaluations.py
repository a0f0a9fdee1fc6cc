"""A known set of returned evaluation forms: the 79 of the source report, rebuilt from its figures.

Møreforsking 2016, «Kvalitet i alle ledd», kap. 5 and 8.4: 79 forms; 81 % parents,
9 % children, 10 % both, one not given; Smøla 12, Fræna 18, Molde 19, Averøy 21,
9 without a municipality; 17 without the child's age; per statement N 79, 78, 78,
77 with the shares of 5, 4, 3 and 2 the report gives. The hand counts below are
what the report must show, worked out by hand (count / N, one decimal).
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from familiemote.domain import model as m
from familiemote.services.evaluations import NewEvaluation

PERIOD = (dt.date(2015, 1, 1), dt.date(2015, 12, 31))

# score -> count per statement; None = left blank
SCORE_COUNTS: dict[int, dict[int | None, int]] = {
    1: {5: 58, 4: 18, 3: 2, 2: 1},
    2: {5: 64, 4: 13, 2: 1, None: 1},
    3: {5: 57, 4: 19, 3: 2, None: 1},
    4: {5: 56, 4: 17, 3: 4, None: 2},
}
RESPONDENTS: dict[m.Respondent | None, int] = {
    m.Respondent.PARENT: 63,
    m.Respondent.CHILD: 7,
    m.Respondent.BOTH: 8,
    None: 1,
}
MUNICIPALITIES = {"Smøla": 12, "Fræna": 18, "Molde": 19, "Averøy": 21, "": 9}

# Worked out by hand: count / N * 100, one decimal, decimal comma.
HAND_PERCENT = {
    1: {5: "73,4", 4: "22,8", 3: "2,5", 2: "1,3", 1: "0,0", 0: "0,0"},  # N = 79
    2: {5: "82,1", 4: "16,7", 3: "0,0", 2: "1,3", 1: "0,0", 0: "0,0"},  # N = 78
    3: {5: "73,1", 4: "24,4", 3: "2,6", 2: "0,0", 1: "0,0", 0: "0,0"},  # N = 78
    4: {5: "72,7", 4: "22,1", 3: "5,2", 2: "0,0", 1: "0,0", 0: "0,0"},  # N = 77
}
HAND_N = {1: 79, 2: 78, 3: 78, 4: 77}
# respondents in percent of the 78 valid answers: 63/78, 7/78, 8/78
HAND_RESPONDENTS = {"parent": "80,8", "child": "9,0", "both": "10,3"}
HAND_VALID_RESPONDENTS = 78


_T = TypeVar("_T")


def _expand(counts: dict[_T, int]) -> list[_T]:
    out: list[_T] = []
    for value, n in counts.items():
        out += [value] * n
    return out


def source_report_forms() -> list[NewEvaluation]:
    """The 79 forms; the columns are shuffled against each other by fixed strides."""
    columns = [_expand(SCORE_COUNTS[i]) for i in (1, 2, 3, 4)]
    respondents = _expand(RESPONDENTS)
    places = _expand(MUNICIPALITIES)
    ages = [3 + (i * 5) % 14 for i in range(62)] + [None] * 17  # 3 to 16, as in the report
    forms = []
    for k in range(79):
        q = [columns[i][(k * (2 * i + 1)) % 79] for i in range(4)]
        forms.append(
            NewEvaluation(
                PERIOD[0],
                PERIOD[1],
                places[(k * 3) % 79],
                respondents[(k * 5) % 79],
                ages[(k * 11) % 79],
                q[0],
                q[1],
                q[2],
                q[3],
            )
        )
    return forms
