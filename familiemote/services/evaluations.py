"""Returned evaluation forms "Vurdering av samtalen": type them in, tally them, export CSV.

A form is anonymous and linked to no case: only to the period it was collected
in and, optionally, a municipality (004:5722-5850). Every answer may be left
blank. The tally reports, per item, N and the distribution over 0-5; a missing
answer lowers that item's N only, as the report did (004:3666-3765).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final, TextIO

import sqlalchemy as sa

from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.domain.errors import NotFoundError, ValidationCode, ValidationError
from familiemote.storage import orm
from familiemote.storage.uow import SqlAlchemyUnitOfWork

__all__ = [
    "AGE_GROUPS",
    "SCORES",
    "Breakdown",
    "EvaluationRow",
    "ItemTally",
    "NewEvaluation",
    "Tally",
    "add_evaluations",
    "compute_tally",
    "delete_evaluation",
    "evaluation_tally",
    "list_evaluations",
    "municipalities",
    "write_csv",
]

SCORES: Final = (0, 1, 2, 3, 4, 5)
ITEMS: Final = (1, 2, 3, 4)
MAX_AGE: Final = v.OLDEST_AGE
COMMENT_MAX: Final = 2000
# Age groups for the breakdown; the reports' children were 3-16, most 8-12 (004:3670-3674).
AGE_GROUPS: Final[tuple[tuple[int, int], ...]] = ((0, 5), (6, 9), (10, 12), (13, 15), (16, MAX_AGE))


@dataclass(frozen=True)
class NewEvaluation:
    """One returned form as typed in; every answer may be None (left blank)."""

    period_start: dt.date
    period_end: dt.date
    municipality: str = ""
    respondent: m.Respondent | None = None
    child_age: int | None = None
    q1: int | None = None
    q2: int | None = None
    q3: int | None = None
    q4: int | None = None
    comment: str = ""


@dataclass(frozen=True)
class EvaluationRow:
    id: int
    period_start: dt.date
    period_end: dt.date
    municipality: str
    respondent: m.Respondent | None
    child_age: int | None
    scores: tuple[int | None, int | None, int | None, int | None]
    comment: str
    entered_on: dt.date


def _check_range(field: str, value: int | None, low: int, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, ValidationCode.DATE_OUT_OF_RANGE, high)
    return value


def build_evaluation(data: NewEvaluation, today: dt.date, index: int = 0) -> m.EvaluationForm:
    """Validate one form completely; nothing is stored yet."""
    prefix = f"evaluations[{index}]."
    if data.period_end < data.period_start:
        raise ValidationError(prefix + "period_end", ValidationCode.DATE_OUT_OF_RANGE)
    scores = [
        _check_range(prefix + f"q{i}", getattr(data, f"q{i}"), SCORES[0], SCORES[-1]) for i in ITEMS
    ]
    return m.EvaluationForm(
        period_start=data.period_start,
        period_end=data.period_end,
        municipality=v.clean_text(prefix + "municipality", data.municipality, max_len=100),
        respondent=data.respondent,
        child_age=_check_range(prefix + "child_age", data.child_age, 0, MAX_AGE),
        q1=scores[0],
        q2=scores[1],
        q3=scores[2],
        q4=scores[3],
        comment=v.clean_text(prefix + "comment", data.comment, max_len=COMMENT_MAX, multiline=True),
        entered_on=today,
    )


def add_evaluations(
    uow: SqlAlchemyUnitOfWork, forms: Sequence[NewEvaluation], today: dt.date
) -> list[int]:
    """Store returned forms, all or none: one bad form stores nothing."""
    built = [build_evaluation(f, today, i) for i, f in enumerate(forms)]
    with uow:
        for form in built:
            uow.sql.add(form)
        uow.commit()
    return [int(f.id) for f in built if f.id is not None]


def delete_evaluation(uow: SqlAlchemyUnitOfWork, evaluation_id: int) -> None:
    with uow:
        form = uow.sql.get(m.EvaluationForm, evaluation_id)
        if form is None:
            raise NotFoundError("evaluation", evaluation_id)
        uow.sql.delete(form)
        uow.commit()


def _filtered(
    stmt: sa.Select[Any],
    date_from: dt.date | None,
    date_to: dt.date | None,
    municipality: str | None,
) -> sa.Select[Any]:
    t = orm.evaluation_forms
    # A form counts when its collection period overlaps [date_from, date_to].
    if date_from is not None:
        stmt = stmt.where(t.c.period_end >= date_from)
    if date_to is not None:
        stmt = stmt.where(t.c.period_start <= date_to)
    if municipality:
        stmt = stmt.where(t.c.municipality == municipality)
    return stmt


def list_evaluations(
    uow: SqlAlchemyUnitOfWork,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    municipality: str | None = None,
) -> list[EvaluationRow]:
    t = orm.evaluation_forms
    stmt = _filtered(sa.select(m.EvaluationForm), date_from, date_to, municipality).order_by(
        t.c.period_start, t.c.id
    )
    with uow:
        forms: list[m.EvaluationForm] = list(uow.sql.scalars(stmt))
    return [
        EvaluationRow(
            id=int(f.id or 0),
            period_start=f.period_start,
            period_end=f.period_end,
            municipality=f.municipality,
            respondent=f.respondent,
            child_age=f.child_age,
            scores=(f.q1, f.q2, f.q3, f.q4),
            comment=f.comment,
            entered_on=f.entered_on,
        )
        for f in forms
    ]


def municipalities(uow: SqlAlchemyUnitOfWork) -> list[str]:
    t = orm.evaluation_forms
    with uow:
        rows = uow.sql.scalars(
            sa.select(t.c.municipality).where(t.c.municipality != "").distinct()
        ).all()
    return sorted(str(r) for r in rows)


# --- the tally ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemTally:
    """One statement: how many answered (N), how many left it blank, counts per score."""

    item: int
    counts: tuple[int, int, int, int, int, int]
    missing: int

    @property
    def n(self) -> int:
        return sum(self.counts)

    def percent(self, score: int) -> float:
        """Share of this item's answers (its N) that gave ``score``; 0 when N is 0."""
        return 100.0 * self.counts[score] / self.n if self.n else 0.0

    @property
    def mean(self) -> float | None:
        if not self.n:
            return None
        return sum(s * c for s, c in zip(SCORES, self.counts, strict=True)) / self.n


@dataclass(frozen=True)
class Breakdown:
    """A group of forms (a respondent type or an age group): how many, and item means."""

    key: str  # "parent", "child", "missing" or an age group "6-9"
    forms: int
    means: tuple[float | None, float | None, float | None, float | None]
    ns: tuple[int, int, int, int]


@dataclass(frozen=True)
class Tally:
    date_from: dt.date | None
    date_to: dt.date | None
    municipality: str
    forms: int
    items: tuple[ItemTally, ...]
    by_respondent: tuple[Breakdown, ...]
    by_age: tuple[Breakdown, ...]


def _item_tallies(rows: Sequence[EvaluationRow]) -> tuple[ItemTally, ...]:
    out = []
    for i in range(len(ITEMS)):
        counts = [0] * len(SCORES)
        missing = 0
        for r in rows:
            score = r.scores[i]
            if score is None:
                missing += 1
            else:
                counts[score] += 1
        c = tuple(counts)
        out.append(
            ItemTally(item=i + 1, counts=(c[0], c[1], c[2], c[3], c[4], c[5]), missing=missing)
        )
    return tuple(out)


def _breakdown(key: str, rows: Sequence[EvaluationRow]) -> Breakdown:
    items = _item_tallies(rows)
    means = tuple(t.mean for t in items)
    ns = tuple(t.n for t in items)
    return Breakdown(
        key=key,
        forms=len(rows),
        means=(means[0], means[1], means[2], means[3]),
        ns=(ns[0], ns[1], ns[2], ns[3]),
    )


def age_group_key(low: int, high: int) -> str:
    return f"{low}-{high}" if high < MAX_AGE else f"{low}+"


def compute_tally(
    rows: Sequence[EvaluationRow],
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    municipality: str = "",
) -> Tally:
    """Tally forms; a blank answer lowers only its own item's N."""
    by_respondent = [
        _breakdown(r.value, [row for row in rows if row.respondent == r]) for r in m.Respondent
    ]
    blank = [row for row in rows if row.respondent is None]
    if blank:
        by_respondent.append(_breakdown("missing", blank))
    by_age = [
        _breakdown(
            age_group_key(low, high),
            [r for r in rows if r.child_age is not None and low <= r.child_age <= high],
        )
        for low, high in AGE_GROUPS
    ]
    no_age = [r for r in rows if r.child_age is None]
    if no_age:
        by_age.append(_breakdown("missing", no_age))
    return Tally(
        date_from=date_from,
        date_to=date_to,
        municipality=municipality,
        forms=len(rows),
        items=_item_tallies(rows),
        by_respondent=tuple(by_respondent),
        by_age=tuple(by_age),
    )


def evaluation_tally(
    uow: SqlAlchemyUnitOfWork,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    municipality: str | None = None,
) -> Tally:
    rows = list_evaluations(uow, date_from, date_to, municipality)
    return compute_tally(rows, date_from, date_to, municipality or "")


# --- CSV ---------------------------------------------------------------------------------


def _num(value: float | None, decimals: int = 1) -> str:
    """A number as Norwegian spreadsheets read it: decimal comma."""
    return "" if value is None else f"{value:.{decimals}f}".replace(".", ",")


def write_csv(
    tally: Tally,
    out: TextIO,
    statements: Sequence[str],
    group_names: dict[str, str],
) -> None:
    """The tally as CSV (semicolon-separated, decimal comma, as Norwegian Excel expects).

    ``statements`` and ``group_names`` carry the wording: the service emits no user text.
    """
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    header = ["Påstand", "Tekst", "N", "Ubesvart"]
    header += [f"{s}" for s in SCORES] + [f"{s} %" for s in SCORES] + ["Snitt"]
    w.writerow(header)
    for item in tally.items:
        w.writerow(
            [
                item.item,
                statements[item.item - 1],
                item.n,
                item.missing,
                *item.counts,
                *(_num(item.percent(s)) for s in SCORES),
                _num(item.mean, 2),
            ]
        )
    for title, groups in (("Svarte som", tally.by_respondent), ("Barnets alder", tally.by_age)):
        w.writerow([])
        w.writerow(
            [title, "Skjemaer"]
            + [f"N påstand {i}" for i in ITEMS]
            + [f"Snitt påstand {i}" for i in ITEMS]
        )
        for g in groups:
            w.writerow(
                [group_names.get(g.key, g.key), g.forms, *g.ns, *(_num(x, 2) for x in g.means)]
            )


def rows_by_key(groups: Iterable[Breakdown]) -> dict[str, Breakdown]:
    return {g.key: g for g in groups}
