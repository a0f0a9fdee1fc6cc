"""Returned evaluation forms "Vurdering av samtalen": type them in, correct them, tally them,
combine the tallies of several municipalities, and report follow-through.

A form is anonymous and linked to no case: only to the period it was collected
in and, optionally, a municipality. Every answer may be left blank; a blank
answer lowers that statement's N only, and who answered is reported in percent
of those who said (the valid answers), as the source report did (Møreforsking
2016, «Kvalitet i alle ledd», kap. 5 and 8.4).

A period's tally can be exported as a tally file (:func:`export_tally`, format in
docs/tally-format.md) and read in elsewhere (:func:`import_tally`): counts only,
checked whole before anything is stored, never counted twice.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, TextIO, cast

from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.domain.errors import NotFoundError, ValidationCode, ValidationError
from familiemote.domain.evaluation_tally import (
    AGE_KEYS,
    DAY_KEYS,
    ITEMS,
    OUTCOME_KEYS,
    RESPONDENT_KEYS,
    SCORES,
    Counts,
    Days,
    FollowThrough,
    ItemCounts,
    TallyFileCode,
    TallyFileError,
)
from familiemote.storage.uow import UnitOfWork

__all__ = [
    "AGE_GROUPS",
    "SCORES",
    "Breakdown",
    "Distribution",
    "EvaluationRow",
    "ImportResult",
    "ItemTally",
    "NewEvaluation",
    "Part",
    "Tally",
    "add_evaluations",
    "batch",
    "compute_tally",
    "counts_of",
    "delete_evaluation",
    "evaluation_tally",
    "export_tally",
    "follow_through",
    "import_tally",
    "imported_tallies",
    "list_evaluations",
    "municipalities",
    "same_answers",
    "update_evaluation",
    "write_csv",
]

MAX_AGE: Final = v.OLDEST_AGE
COMMENT_MAX: Final = 2000
# Age groups for the breakdown; the reports' children were 3-16, most 8-12.
AGE_GROUPS: Final[tuple[tuple[int, int], ...]] = ((0, 5), (6, 9), (10, 12), (13, 15), (16, MAX_AGE))

TALLY_FORMAT: Final = "familiemote-evaluation-tally"
TALLY_FORMAT_VERSION: Final = 1
TALLY_FILE_MAX_BYTES: Final = 1_000_000


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

    @property
    def scores(self) -> tuple[int | None, int | None, int | None, int | None]:
        return (self.q1, self.q2, self.q3, self.q4)


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


def same_answers(a: NewEvaluation | EvaluationRow, b: NewEvaluation | EvaluationRow) -> bool:
    """Whether two forms carry the same answers (respondent, age, scores, comment)."""
    return (
        a.respondent == b.respondent
        and a.child_age == b.child_age
        and tuple(a.scores) == tuple(b.scores)
        and a.comment.strip() == b.comment.strip()
    )


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
        municipality=v.clean_text(prefix + "municipality", data.municipality, max_len=v.NAME_MAX),
        respondent=data.respondent,
        child_age=_check_range(prefix + "child_age", data.child_age, 0, MAX_AGE),
        q1=scores[0],
        q2=scores[1],
        q3=scores[2],
        q4=scores[3],
        comment=v.clean_text(prefix + "comment", data.comment, max_len=COMMENT_MAX, multiline=True),
        entered_on=today,
    )


def add_evaluations(uow: UnitOfWork, forms: Sequence[NewEvaluation], today: dt.date) -> list[int]:
    """Store returned forms, all or none: one bad form stores nothing.

    The audit trail records that a form was added, by whom and when, never its answers.
    """
    built = [build_evaluation(f, today, i) for i, f in enumerate(forms)]
    with uow:
        for form in built:
            uow.evaluations.add(form)
        uow.commit()
    return [int(f.id) for f in built if f.id is not None]


def update_evaluation(uow: UnitOfWork, evaluation_id: int, data: NewEvaluation) -> None:
    """Correct a form already typed in (recorded in the trail without its content)."""
    new = build_evaluation(data, dt.date.today())
    with uow:
        form = uow.evaluations.get(evaluation_id)
        if form is None:
            raise NotFoundError("evaluation", evaluation_id)
        for name in (
            "period_start",
            "period_end",
            "municipality",
            "respondent",
            "child_age",
            "q1",
            "q2",
            "q3",
            "q4",
            "comment",
        ):
            setattr(form, name, getattr(new, name))
        uow.commit()


def delete_evaluation(uow: UnitOfWork, evaluation_id: int) -> None:
    """Delete a form (recorded in the trail without its content)."""
    with uow:
        form = uow.evaluations.get(evaluation_id)
        if form is None:
            raise NotFoundError("evaluation", evaluation_id)
        uow.evaluations.remove(form)
        uow.commit()


def _row(f: m.EvaluationForm) -> EvaluationRow:
    return EvaluationRow(
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


def list_evaluations(
    uow: UnitOfWork,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    municipality: str | None = None,
) -> list[EvaluationRow]:
    with uow:
        forms = uow.evaluations.forms(date_from, date_to, municipality)
    return [_row(f) for f in forms]


def batch(
    uow: UnitOfWork, period_start: dt.date, period_end: dt.date, municipality: str
) -> list[EvaluationRow]:
    """The forms typed in for exactly this period and municipality, newest first."""
    with uow:
        forms = uow.evaluations.batch(period_start, period_end, municipality.strip())
    return [_row(f) for f in forms]


def municipalities(uow: UnitOfWork) -> list[str]:
    """Municipality names on typed-in forms and on imported tallies."""
    with uow:
        return sorted(set(uow.evaluations.municipalities()))


# --- counting ----------------------------------------------------------------------------


def age_group_key(low: int, high: int) -> str:
    return f"{low}-{high}" if high < MAX_AGE else f"{low}+"


def _age_key(age: int | None) -> str:
    if age is None:
        return "missing"
    for low, high in AGE_GROUPS:
        if low <= age <= high:
            return age_group_key(low, high)
    return "missing"


def counts_of(rows: Iterable[EvaluationRow]) -> Counts:
    """The anonymous counts of typed-in forms."""
    items: dict[str, list[list[int]]] = {k: [[0] * 7 for _ in ITEMS] for k in RESPONDENT_KEYS}
    ages = dict.fromkeys(AGE_KEYS, 0)
    for r in rows:
        key = r.respondent.value if r.respondent is not None else "missing"
        for i, score in enumerate(r.scores):
            items[key][i][6 if score is None else score] += 1
        ages[_age_key(r.child_age)] += 1
    return Counts(
        items={k: tuple(_item_counts(c) for c in v_) for k, v_ in items.items()},
        ages=ages,
    )


def _item_counts(c: Sequence[int]) -> ItemCounts:
    return (c[0], c[1], c[2], c[3], c[4], c[5], c[6])


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


def _item_tallies(counts: Counts, respondent: str | None = None) -> tuple[ItemTally, ...]:
    out = []
    for i in ITEMS:
        c = counts.item(i, respondent)
        out.append(ItemTally(item=i, counts=(c[0], c[1], c[2], c[3], c[4], c[5]), missing=c[6]))
    return tuple(out)


@dataclass(frozen=True)
class Distribution:
    """A count per key, in percent of the valid answers (those that said); ``missing`` apart."""

    counts: tuple[tuple[str, int], ...]
    missing: int

    @property
    def valid(self) -> int:
        return sum(c for _, c in self.counts)

    def count(self, key: str) -> int:
        return dict(self.counts).get(key, 0)

    def percent(self, key: str) -> float:
        return 100.0 * self.count(key) / self.valid if self.valid else 0.0


@dataclass(frozen=True)
class Breakdown:
    """A group of forms (a respondent type): how many, and item means."""

    key: str  # "parent", "child", "both" or "missing"
    forms: int
    means: tuple[float | None, float | None, float | None, float | None]
    ns: tuple[int, int, int, int]


@dataclass(frozen=True)
class Part:
    """One municipality's share of a combined report: typed in here, or read in from a file."""

    municipality: str  # "" for forms typed in here without a municipality
    imported: bool
    counts: Counts
    follow: FollowThrough | None  # None: no follow-through figures for this part

    @property
    def items(self) -> tuple[ItemTally, ...]:
        return _item_tallies(self.counts)


@dataclass(frozen=True)
class Tally:
    date_from: dt.date | None
    date_to: dt.date | None
    municipality: str
    forms: int
    items: tuple[ItemTally, ...]
    respondents: Distribution
    ages: Distribution
    by_respondent: tuple[Breakdown, ...]
    parts: tuple[Part, ...] = ()
    follow: FollowThrough | None = None

    @property
    def combined(self) -> bool:
        return any(p.imported for p in self.parts)


def _dist(mapping: Mapping[str, int], keys: Sequence[str]) -> Distribution:
    return Distribution(
        counts=tuple((k, mapping.get(k, 0)) for k in keys if k != "missing"),
        missing=mapping.get("missing", 0),
    )


def tally_of_parts(
    parts: Sequence[Part],
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    municipality: str = "",
) -> Tally:
    """Add the parts' counts and word nothing: the report is computed from the sum."""
    total = Counts()
    for p in parts:
        total = total + p.counts
    follows = [p.follow for p in parts if p.follow is not None]
    follow: FollowThrough | None = None
    for f in follows:
        follow = f if follow is None else follow + f
    by_respondent = []
    for key in RESPONDENT_KEYS:
        n_forms = total.forms_by(key)
        if key == "missing" and not n_forms:
            continue
        items = _item_tallies(total, key)
        means = tuple(t.mean for t in items)
        ns = tuple(t.n for t in items)
        by_respondent.append(
            Breakdown(
                key=key,
                forms=n_forms,
                means=(means[0], means[1], means[2], means[3]),
                ns=(ns[0], ns[1], ns[2], ns[3]),
            )
        )
    respondents = {k: total.forms_by(k) for k in RESPONDENT_KEYS}
    return Tally(
        date_from=date_from,
        date_to=date_to,
        municipality=municipality,
        forms=total.forms,
        items=_item_tallies(total),
        respondents=_dist(respondents, RESPONDENT_KEYS),
        ages=_dist(total.ages, AGE_KEYS),
        by_respondent=tuple(by_respondent),
        parts=tuple(parts),
        follow=follow,
    )


def _local_parts(rows: Sequence[EvaluationRow]) -> list[Part]:
    groups: dict[str, list[EvaluationRow]] = defaultdict(list)
    for r in rows:
        groups[r.municipality].append(r)
    return [Part(name, False, counts_of(groups[name]), None) for name in sorted(groups)]


def compute_tally(
    rows: Sequence[EvaluationRow],
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    municipality: str = "",
) -> Tally:
    """Tally typed-in forms; a blank answer lowers only its own item's N."""
    return tally_of_parts(_local_parts(rows), date_from, date_to, municipality)


def evaluation_tally(
    uow_factory_or_uow: Any,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    municipality: str | None = None,
    *,
    with_imported: bool = True,
    with_follow_through: bool = False,
) -> Tally:
    """The tally of a period: forms typed in here, tallies read in, and follow-through.

    ``uow_factory_or_uow`` is a unit of work, or a factory of them when more than
    one query is needed (follow-through, imported tallies).
    """

    def uow() -> UnitOfWork:
        if not callable(uow_factory_or_uow):  # a unit of work, not a factory of them
            return cast(UnitOfWork, uow_factory_or_uow)
        return cast(UnitOfWork, uow_factory_or_uow())

    rows = list_evaluations(uow(), date_from, date_to, municipality)
    parts = _local_parts(rows)
    if with_follow_through and not municipality:
        follow = follow_through(uow(), date_from, date_to)
        if parts:
            first = parts[0]
            parts[0] = Part(first.municipality, False, first.counts, follow)
        else:
            parts.append(Part("", False, Counts(), follow))
    if with_imported:
        for imp in imported_tallies(uow(), date_from, date_to, municipality):
            parts.append(
                imp if with_follow_through else Part(imp.municipality, True, imp.counts, None)
            )
    return tally_of_parts(parts, date_from, date_to, municipality or "")


# --- follow-through ----------------------------------------------------------------------

_PLAN_DOCUMENTS: Final = frozenset({"plan", "plan_family_copy"})
_DROPPED: Final = frozenset({m.ReviewOutcome.NOT_DONE, m.ReviewOutcome.CANCELLED})


def _outcome_key(first_review: m.ReviewOutcome | None, status: m.ActionStatus) -> str:
    """What became of an action: its first review's outcome, else what its status says."""
    if first_review is not None:
        return "dropped" if first_review in _DROPPED else first_review.value
    if status is m.ActionStatus.DONE:
        return "done"
    if status is m.ActionStatus.HANDED_OVER:
        return "handed_over"
    if status in {m.ActionStatus.NOT_DONE, m.ActionStatus.CANCELLED}:
        return "dropped"
    return "not_reviewed"


def follow_through(
    uow: UnitOfWork, date_from: dt.date | None, date_to: dt.date | None
) -> FollowThrough:
    """Follow-through of the family meetings held in the period: anonymous counts only.

    * meetings held: meetings marked held whose date lies in the period;
    * families reached: the cases those meetings belong to;
    * actions agreed: actions recorded at those meetings, and what became of each
      at its first review (or, never reviewed, what its status says);
    * concern to first meeting: for each case whose first held family meeting lies
      in the period, the days from the case was opened (the concern) to it;
    * meeting to written plan: days from each meeting to the first print or PDF of
      its follow-up plan.
    """
    with uow:
        meetings = uow.evaluations.held_meetings()

        def in_period(d: dt.date) -> bool:
            return (date_from is None or d >= date_from) and (date_to is None or d <= date_to)

        chosen = [r for r in meetings if in_period(r.starts_at.date())]
        actions = uow.evaluations.actions_of([r.id for r in chosen])
        first_review = uow.evaluations.first_outcomes([a.id for a in actions])
        opened = uow.evaluations.opened_on({r.case_id for r in meetings})
        plans = uow.evaluations.first_printed([r.case_id for r in chosen], _PLAN_DOCUMENTS)
    outcomes = dict.fromkeys(OUTCOME_KEYS, 0)
    for a in actions:
        outcomes[_outcome_key(first_review.get(a.id), a.status)] += 1
    first_family: dict[int, dt.date] = {}
    for mr in meetings:
        if mr.kind == m.MeetingKind.FAMILY:
            d = mr.starts_at.date()
            if mr.case_id not in first_family or d < first_family[mr.case_id]:
                first_family[mr.case_id] = d
    concern_days = [
        max(0, (d - opened[case_id]).days)
        for case_id, d in first_family.items()
        if in_period(d) and case_id in opened
    ]
    plan_days = [max(0, (plans[r.id] - r.starts_at.date()).days) for r in chosen if r.id in plans]
    return FollowThrough(
        meetings_held=len(chosen),
        families_reached=len({r.case_id for r in chosen}),
        actions_agreed=len(actions),
        outcomes=outcomes,
        concern_to_meeting=Days.of(concern_days),
        meeting_to_plan=Days.of(plan_days),
        meetings_without_plan=len(chosen) - len(plan_days),
    )


# --- the tally file ----------------------------------------------------------------------


def _canonical(data: Mapping[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _counts_json(c: Counts) -> dict[str, Any]:
    return {
        "items_by_respondent": {k: [list(i) for i in c.items[k]] for k in RESPONDENT_KEYS},
        "ages": {k: c.ages.get(k, 0) for k in AGE_KEYS},
    }


def _follow_json(f: FollowThrough) -> dict[str, Any]:
    return {
        "meetings_held": f.meetings_held,
        "families_reached": f.families_reached,
        "actions_agreed": f.actions_agreed,
        "outcomes": {k: f.outcomes.get(k, 0) for k in OUTCOME_KEYS},
        "concern_to_first_meeting": {
            "days": {k: f.concern_to_meeting.groups.get(k, 0) for k in DAY_KEYS},
            "total_days": f.concern_to_meeting.total_days,
        },
        "meeting_to_written_plan": {
            "days": {k: f.meeting_to_plan.groups.get(k, 0) for k in DAY_KEYS},
            "total_days": f.meeting_to_plan.total_days,
        },
        "meetings_without_written_plan": f.meetings_without_plan,
    }


def export_tally(
    uow_factory: Any,
    date_from: dt.date,
    date_to: dt.date,
    municipality: str,
    today: dt.date,
    app_version: str = "",
) -> dict[str, Any]:
    """A period's tally as a tally file (a JSON object); the export is recorded in the trail.

    It holds the forms typed in here for the period whose municipality is
    ``municipality`` or left blank, and this database's follow-through: counts
    only, no answer of any single form and no comment.
    """
    name = municipality.strip()
    if not name:
        raise TallyFileError(TallyFileCode.NO_MUNICIPALITY)
    if date_to < date_from:
        raise ValidationError("period_end", ValidationCode.DATE_OUT_OF_RANGE)
    rows = [
        r
        for r in list_evaluations(uow_factory(), date_from, date_to)
        if r.municipality in ("", name)
    ]
    follow = follow_through(uow_factory(), date_from, date_to)
    body: dict[str, Any] = {
        "format": TALLY_FORMAT,
        "format_version": TALLY_FORMAT_VERSION,
        "export_id": str(uuid.uuid4()),
        "exported_on": today.isoformat(),
        "app_version": app_version,
        "municipality": name,
        "period": {"from": date_from.isoformat(), "to": date_to.isoformat()},
        "forms": {"total": len(rows), **_counts_json(counts_of(rows))},
        "follow_through": _follow_json(follow),
    }
    body["sha256"] = hashlib.sha256(_canonical(body)).hexdigest()
    from familiemote.services.audit import record_event

    record_event(
        uow_factory(),
        None,
        "export",
        {"document": "evaluation_tally", "export_id": body["export_id"], "forms": len(rows)},
    )
    return body


def dump_tally_file(body: Mapping[str, Any]) -> str:
    return json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _need(data: Mapping[str, Any], key: str, where: str) -> Any:
    if not isinstance(data, Mapping) or key not in data:
        raise TallyFileError(TallyFileCode.INVALID, where + key)
    return data[key]


def _count(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > 10**7:
        raise TallyFileError(TallyFileCode.INVALID, where)
    return value


def _date(value: Any, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise TallyFileError(TallyFileCode.INVALID, where) from None


def _keys(data: Any, keys: Sequence[str], where: str) -> dict[str, int]:
    if not isinstance(data, Mapping) or set(data) != set(keys):
        raise TallyFileError(TallyFileCode.INVALID, where)
    return {k: _count(data[k], f"{where}.{k}") for k in keys}


def _days(data: Any, where: str) -> Days:
    groups = _keys(_need(data, "days", where + "."), DAY_KEYS, where + ".days")
    return Days(groups, _count(_need(data, "total_days", where + "."), where + ".total_days"))


@dataclass(frozen=True)
class ParsedTally:
    export_id: str
    municipality: str
    period_start: dt.date
    period_end: dt.date
    exported_on: dt.date
    counts: Counts
    follow: FollowThrough
    sha256: str
    content: str


def parse_tally_file(raw: bytes) -> ParsedTally:
    """Check a tally file whole; TallyFileError for anything damaged, foreign or not adding up."""
    if len(raw) > TALLY_FILE_MAX_BYTES:
        raise TallyFileError(TallyFileCode.WRONG_FORMAT)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise TallyFileError(TallyFileCode.NOT_JSON) from None
    if not isinstance(data, dict) or data.get("format") != TALLY_FORMAT:
        raise TallyFileError(TallyFileCode.WRONG_FORMAT)
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise TallyFileError(TallyFileCode.WRONG_FORMAT)
    if version > TALLY_FORMAT_VERSION:
        raise TallyFileError(TallyFileCode.NEWER_VERSION, str(version))
    given = data.get("sha256")
    body = {k: val for k, val in data.items() if k != "sha256"}
    digest = hashlib.sha256(_canonical(body)).hexdigest()
    if given != digest:
        raise TallyFileError(TallyFileCode.WRONG_CHECKSUM)
    export_id = _need(data, "export_id", "")
    if not isinstance(export_id, str) or not 8 <= len(export_id) <= 64:
        raise TallyFileError(TallyFileCode.INVALID, "export_id")
    name = _need(data, "municipality", "")
    if not isinstance(name, str) or not name.strip() or len(name) > v.NAME_MAX:
        raise TallyFileError(TallyFileCode.INVALID, "municipality")
    period = _need(data, "period", "")
    start = _date(_need(period, "from", "period."), "period.from")
    end = _date(_need(period, "to", "period."), "period.to")
    if end < start:
        raise TallyFileError(TallyFileCode.INVALID, "period")
    exported_on = _date(_need(data, "exported_on", ""), "exported_on")
    forms = _need(data, "forms", "")
    total = _count(_need(forms, "total", "forms."), "forms.total")
    by_resp = _need(forms, "items_by_respondent", "forms.")
    if not isinstance(by_resp, Mapping) or set(by_resp) != set(RESPONDENT_KEYS):
        raise TallyFileError(TallyFileCode.INVALID, "forms.items_by_respondent")
    items: dict[str, tuple[ItemCounts, ...]] = {}
    for key in RESPONDENT_KEYS:
        where = f"forms.items_by_respondent.{key}"
        lists = by_resp[key]
        if not isinstance(lists, list) or len(lists) != len(ITEMS):
            raise TallyFileError(TallyFileCode.INVALID, where)
        parsed: list[ItemCounts] = []
        for i, c in enumerate(lists):
            if not isinstance(c, list) or len(c) != 7:
                raise TallyFileError(TallyFileCode.INVALID, f"{where}[{i}]")
            parsed.append(_item_counts([_count(x, f"{where}[{i}]") for x in c]))
        if len({sum(c) for c in parsed}) != 1:  # every form has every statement, blank or not
            raise TallyFileError(TallyFileCode.INVALID, where)
        items[key] = tuple(parsed)
    ages = _keys(_need(forms, "ages", "forms."), AGE_KEYS, "forms.ages")
    counts = Counts(items=items, ages=ages)
    if counts.forms != total or sum(ages.values()) != total:
        raise TallyFileError(TallyFileCode.INVALID, "forms.total")
    ft = _need(data, "follow_through", "")
    follow = FollowThrough(
        meetings_held=_count(_need(ft, "meetings_held", "follow_through."), "meetings_held"),
        families_reached=_count(
            _need(ft, "families_reached", "follow_through."), "families_reached"
        ),
        actions_agreed=_count(_need(ft, "actions_agreed", "follow_through."), "actions_agreed"),
        outcomes=_keys(_need(ft, "outcomes", "follow_through."), OUTCOME_KEYS, "outcomes"),
        concern_to_meeting=_days(
            _need(ft, "concern_to_first_meeting", "follow_through."), "concern_to_first_meeting"
        ),
        meeting_to_plan=_days(
            _need(ft, "meeting_to_written_plan", "follow_through."), "meeting_to_written_plan"
        ),
        meetings_without_plan=_count(
            _need(ft, "meetings_without_written_plan", "follow_through."),
            "meetings_without_written_plan",
        ),
    )
    if sum(follow.outcomes.values()) != follow.actions_agreed:
        raise TallyFileError(TallyFileCode.INVALID, "follow_through.outcomes")
    if follow.meeting_to_plan.n + follow.meetings_without_plan != follow.meetings_held:
        raise TallyFileError(TallyFileCode.INVALID, "follow_through.meeting_to_written_plan")
    if follow.families_reached > follow.meetings_held:
        raise TallyFileError(TallyFileCode.INVALID, "follow_through.families_reached")
    content = {"forms": _counts_json(counts), "follow_through": _follow_json(follow)}
    return ParsedTally(
        export_id=export_id,
        municipality=name.strip(),
        period_start=start,
        period_end=end,
        exported_on=exported_on,
        counts=counts,
        follow=follow,
        sha256=digest,
        content=json.dumps(content, sort_keys=True),
    )


@dataclass(frozen=True)
class ImportResult:
    municipality: str
    period_start: dt.date
    period_end: dt.date
    forms: int
    replaced: bool  # an earlier file for the same municipality and period was replaced


def import_tally(uow: UnitOfWork, raw: bytes, today: dt.date) -> ImportResult:
    """Read in another municipality's tally file, whole or not at all.

    Refused: a damaged or foreign file, a file read in before (same export id), a
    file exported from this database, and a municipality whose forms are typed in
    here for an overlapping period (they would count twice). A newer file for the
    same municipality and period replaces the earlier one.
    """
    p = parse_tally_file(raw)
    with uow:
        if uow.evaluations.tally_read_in(p.export_id):
            raise TallyFileError(TallyFileCode.ALREADY_IMPORTED, p.municipality)
        own_export = uow.evaluations.exported_here(p.export_id)
        typed_here = uow.evaluations.typed_here(p.municipality, p.period_start, p.period_end)
        if own_export or typed_here:
            raise TallyFileError(TallyFileCode.OWN_MUNICIPALITY, p.municipality)
        earlier = uow.evaluations.tallies_of(p.municipality, p.period_start, p.period_end)
        if earlier:
            uow.evaluations.delete_tallies(earlier)
        uow.evaluations.add_tally(
            export_id=p.export_id,
            municipality=p.municipality,
            period_start=p.period_start,
            period_end=p.period_end,
            exported_on=p.exported_on,
            imported_on=today,
            content=p.content,
            sha256=p.sha256,
        )
        uow.commit()
    return ImportResult(p.municipality, p.period_start, p.period_end, p.counts.forms, bool(earlier))


@dataclass(frozen=True)
class ImportedTally:
    id: int
    municipality: str
    period_start: dt.date
    period_end: dt.date
    imported_on: dt.date
    forms: int


def _stored_part(name: str, content: str) -> Part:
    data = json.loads(content)
    forms = data["forms"]
    counts = Counts(
        items={
            k: tuple(_item_counts(c) for c in forms["items_by_respondent"][k])
            for k in RESPONDENT_KEYS
        },
        ages={k: int(forms["ages"][k]) for k in AGE_KEYS},
    )
    ft = data["follow_through"]

    def days(d: Mapping[str, Any]) -> Days:
        return Days({k: int(d["days"][k]) for k in DAY_KEYS}, int(d["total_days"]))

    follow = FollowThrough(
        meetings_held=int(ft["meetings_held"]),
        families_reached=int(ft["families_reached"]),
        actions_agreed=int(ft["actions_agreed"]),
        outcomes={k: int(ft["outcomes"][k]) for k in OUTCOME_KEYS},
        concern_to_meeting=days(ft["concern_to_first_meeting"]),
        meeting_to_plan=days(ft["meeting_to_written_plan"]),
        meetings_without_plan=int(ft["meetings_without_written_plan"]),
    )
    return Part(name, True, counts, follow)


def imported_tallies(
    uow: UnitOfWork,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    municipality: str | None = None,
) -> list[Part]:
    """The tallies read in whose period overlaps [date_from, date_to], by municipality."""
    with uow:
        rows = uow.evaluations.tallies(date_from, date_to, municipality)
    merged: dict[str, Part] = {}
    for name, content in rows:
        part = _stored_part(str(name), str(content))
        if name in merged:
            old = merged[name]
            assert old.follow is not None and part.follow is not None
            part = Part(name, True, old.counts + part.counts, old.follow + part.follow)
        merged[name] = part
    return list(merged.values())


def list_imports(uow: UnitOfWork) -> list[ImportedTally]:
    with uow:
        rows = uow.evaluations.all_tallies()
    return [
        ImportedTally(
            r.id,
            r.municipality,
            r.period_start,
            r.period_end,
            r.imported_on,
            _stored_part(r.municipality, r.content).counts.forms,
        )
        for r in rows
    ]


def delete_import(uow: UnitOfWork, import_id: int) -> None:
    with uow:
        uow.evaluations.delete_tallies([import_id])
        uow.commit()


# --- CSV ---------------------------------------------------------------------------------


def _num(value: float | None, decimals: int = 1) -> str:
    """A number as Norwegian spreadsheets read it: decimal comma."""
    return "" if value is None else f"{value:.{decimals}f}".replace(".", ",")


def write_csv(
    tally: Tally,
    out: TextIO,
    statements: Sequence[str],
    group_names: Mapping[str, str],
    words: Mapping[str, str] | None = None,
) -> None:
    """The tally as CSV (semicolon-separated, decimal comma, as Norwegian Excel expects).

    ``statements``, ``group_names`` and ``words`` (the headers, keyed by their
    bokmål text) carry the wording in the chosen language: the service emits no
    user text of its own.
    """
    word = dict(words or {})

    def w_(text: str) -> str:
        return word.get(text, text)

    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    header = [w_("Påstand"), w_("Tekst"), "N", w_("Ubesvart")]
    header += [f"{s}" for s in SCORES] + [f"{s} %" for s in SCORES] + [w_("Snitt")]
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
    for title, dist in ((w_("Svarte som"), tally.respondents), (w_("Barnets alder"), tally.ages)):
        w.writerow([])
        w.writerow([title, w_("Antall"), w_("Prosent av gyldige svar")])
        for key, count in dist.counts:
            w.writerow([group_names.get(key, key), count, _num(dist.percent(key))])
        w.writerow([w_("Gyldige svar"), dist.valid, ""])
        w.writerow([group_names.get("missing", "missing"), dist.missing, ""])
    w.writerow([])
    w.writerow(
        [w_("Svarte som"), w_("Skjemaer")]
        + [w_("N påstand {i}").format(i=i) for i in ITEMS]
        + [w_("Snitt påstand {i}").format(i=i) for i in ITEMS]
    )
    for g in tally.by_respondent:
        w.writerow([group_names.get(g.key, g.key), g.forms, *g.ns, *(_num(x, 2) for x in g.means)])
    if len(tally.parts) > 1 or tally.combined:
        w.writerow([])
        w.writerow(
            [w_("Kommune"), w_("Kilde"), w_("Skjemaer")]
            + [f"N {i}" for i in ITEMS]
            + [w_("Snitt påstand {i}").format(i=i) for i in ITEMS]
        )
        for p in tally.parts:
            items = p.items
            w.writerow(
                [
                    p.municipality or w_("Ikke oppgitt"),
                    w_("Lest inn") if p.imported else w_("Registrert her"),
                    p.counts.forms,
                    *(i.n for i in items),
                    *(_num(i.mean, 2) for i in items),
                ]
            )
    if tally.follow is not None:
        _follow_csv(w, tally, group_names, w_)


def _follow_csv(w: Any, tally: Tally, names: Mapping[str, str], w_: Any) -> None:
    parts = [p for p in tally.parts if p.follow is not None]
    f = tally.follow
    assert f is not None
    w.writerow([])
    names_ = [p.municipality or w_("Denne databasen") for p in parts] if len(parts) > 1 else []
    w.writerow([w_("Oppfølging av planene"), w_("Samlet"), *names_])
    rows: list[tuple[str, Any]] = [
        (w_("Møter holdt"), lambda x: x.meetings_held),
        (w_("Familier nådd"), lambda x: x.families_reached),
        (w_("Tiltak avtalt"), lambda x: x.actions_agreed),
        (w_("Tiltak per møte"), lambda x: _num(x.actions_per_meeting)),
    ]
    for key in OUTCOME_KEYS:
        rows.append((names.get(key, key) + " (%)", lambda x, k=key: _num(x.outcome_percent(k))))
        rows.append(
            (names.get(key, key) + " (" + w_("antall") + ")", lambda x, k=key: x.outcomes.get(k, 0))
        )
    rows += [
        (
            w_("Dager fra bekymring til første møte, snitt"),
            lambda x: _num(x.concern_to_meeting.mean),
        ),
        (w_("Familier med første møte i perioden"), lambda x: x.concern_to_meeting.n),
        (w_("Dager fra møte til skriftlig plan, snitt"), lambda x: _num(x.meeting_to_plan.mean)),
        (w_("Møter med skriftlig plan"), lambda x: x.meeting_to_plan.n),
        (w_("Møter uten utskrevet plan"), lambda x: x.meetings_without_plan),
    ]
    for key in DAY_KEYS:
        rows.append(
            (
                w_("Bekymring til første møte") + ": " + names.get("days:" + key, key),
                lambda x, k=key: x.concern_to_meeting.groups.get(k, 0),
            )
        )
    for key in DAY_KEYS:
        rows.append(
            (
                w_("Møte til skriftlig plan") + ": " + names.get("days:" + key, key),
                lambda x, k=key: x.meeting_to_plan.groups.get(k, 0),
            )
        )
    for label, get in rows:
        values = [get(f)]
        values += [get(p.follow) for p in parts] if len(parts) > 1 else []
        w.writerow([label, *values])
