"""The tally of returned "Vurdering av samtalen" forms as a PDF report.

It reads like the source report (Møreforsking 2016, «Kvalitet i alle ledd»,
kap. 8.4): who answered and the child's age in percent of the valid answers with
the valid total; per statement N, the blanks and the share of each score in
percent (one decimal) with the counts, as a table and as a bar chart on one
common 0-100 % scale; the forms per municipality when tallies from other
municipalities are read in; and whether the plans were followed through. The
report is anonymous: counts only, tied to no case.

The tally is plain data from ``familiemote.services.evaluations``; this module
only words and draws it. (printing -> services would turn the layers round, so
the tally is passed in duck-typed through the small protocols below.)
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from typing import Any, BinaryIO, Final, Protocol

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from familiemote.printing.common import (
    CONTENT_W,
    Lang,
    Stamp,
    Styles,
    build_document,
    checksum,
    date_text,
    keep,
    make_styles,
    mm,
    para,
    space,
    table,
)
from familiemote.printing.evaluation_form import TEXTS
from familiemote.printing.fonts import BOLD, REGULAR
from familiemote.printing.texts import check_lang, tx

__all__ = [
    "CSV_WORDS",
    "GROUP_NAMES",
    "PERCENT_TICKS",
    "STATEMENTS",
    "bar_chart",
    "csv_words",
    "group_name",
    "group_names",
    "percent_text",
    "period_text",
    "render_tally",
    "statements",
    "tally_content",
]

SCORES: Final = (0, 1, 2, 3, 4, 5)
STATEMENTS: Final[tuple[str, str, str, str]] = TEXTS["nb"]["statements"]

GROUP_NAMES: Final[dict[str, str]] = {
    "parent": "Foreldre/foresatt",
    "child": "Barn/ungdom",
    "both": "Foreldre og barn sammen",
    "missing": "Ikke oppgitt",
    "0-5": "0–5 år",
    "6-9": "6–9 år",
    "10-12": "10–12 år",
    "13-15": "13–15 år",
    "16+": "16 år og eldre",
    "done": "Utført innen gjennomgangen",
    "continued": "Videreført",
    "changed": "Endret",
    "handed_over": "Overlevert til en annen tjeneste",
    "dropped": "Ikke utført eller avlyst",
    "not_reviewed": "Ikke gjennomgått ennå",
    "days:0-14": "0–14 dager",
    "days:15-28": "15–28 dager",
    "days:29-56": "29–56 dager",
    "days:57+": "57 dager eller mer",
}
RESPONDENT_KEYS: Final = ("parent", "child", "both")
OUTCOME_KEYS: Final = ("done", "continued", "changed", "handed_over", "dropped", "not_reviewed")
DAY_KEYS: Final = ("0-14", "15-28", "29-56", "57+")
# Headers of the CSV, in bokmål; csv_words() gives them in the chosen language.
CSV_WORDS: Final = (
    "Påstand",
    "Tekst",
    "Ubesvart",
    "Snitt",
    "Svarte som",
    "Barnets alder",
    "Antall",
    "antall",
    "Prosent av gyldige svar",
    "Gyldige svar",
    "Skjemaer",
    "N påstand {i}",
    "Snitt påstand {i}",
    "Kommune",
    "Kilde",
    "Lest inn",
    "Registrert her",
    "Ikke oppgitt",
    "Oppfølging av planene",
    "Samlet",
    "Denne databasen",
    "Møter holdt",
    "Familier nådd",
    "Tiltak avtalt",
    "Tiltak per møte",
    "Dager fra bekymring til første møte, snitt",
    "Familier med første møte i perioden",
    "Dager fra møte til skriftlig plan, snitt",
    "Møter med skriftlig plan",
    "Møter uten utskrevet plan",
    "Bekymring til første møte",
    "Møte til skriftlig plan",
)

BAR_FILL: Final = colors.Color(0.18, 0.36, 0.58)


def statements(lang: Lang = "nb") -> tuple[str, str, str, str]:
    """The four statements of the evaluation form, as printed in ``lang``."""
    return TEXTS[lang]["statements"]


def group_name(key: str, lang: Lang = "nb") -> str:
    """A group of the breakdowns (who answered, the child's age, an outcome) in ``lang``."""
    return tx(lang, GROUP_NAMES[key]) if key in GROUP_NAMES else key


def group_names(lang: Lang = "nb") -> dict[str, str]:
    return {key: group_name(key, lang) for key in GROUP_NAMES}


def csv_words(lang: Lang = "nb") -> dict[str, str]:
    """The CSV's headers in ``lang``, keyed by their bokmål text."""
    return {w: tx(lang, w) for w in CSV_WORDS}


class _Item(Protocol):
    @property
    def item(self) -> int: ...
    @property
    def counts(self) -> tuple[int, int, int, int, int, int]: ...
    @property
    def missing(self) -> int: ...
    @property
    def n(self) -> int: ...
    @property
    def mean(self) -> float | None: ...
    def percent(self, score: int) -> float: ...


class _Group(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def forms(self) -> int: ...
    @property
    def means(self) -> tuple[float | None, float | None, float | None, float | None]: ...
    @property
    def ns(self) -> tuple[int, int, int, int]: ...


class _Dist(Protocol):
    @property
    def counts(self) -> tuple[tuple[str, int], ...]: ...
    @property
    def missing(self) -> int: ...
    @property
    def valid(self) -> int: ...
    def percent(self, key: str) -> float: ...


class _Days(Protocol):
    @property
    def groups(self) -> Mapping[str, int]: ...
    @property
    def n(self) -> int: ...
    @property
    def mean(self) -> float | None: ...


class _Follow(Protocol):
    @property
    def meetings_held(self) -> int: ...
    @property
    def families_reached(self) -> int: ...
    @property
    def actions_agreed(self) -> int: ...
    @property
    def outcomes(self) -> Mapping[str, int]: ...
    @property
    def concern_to_meeting(self) -> _Days: ...
    @property
    def meeting_to_plan(self) -> _Days: ...
    @property
    def meetings_without_plan(self) -> int: ...
    @property
    def actions_per_meeting(self) -> float | None: ...
    def outcome_percent(self, key: str) -> float: ...


class _Counts(Protocol):
    @property
    def forms(self) -> int: ...


class _Part(Protocol):
    @property
    def municipality(self) -> str: ...
    @property
    def imported(self) -> bool: ...
    @property
    def counts(self) -> _Counts: ...
    @property
    def follow(self) -> _Follow | None: ...
    @property
    def items(self) -> Sequence[_Item]: ...


class _Tally(Protocol):
    @property
    def date_from(self) -> dt.date | None: ...
    @property
    def date_to(self) -> dt.date | None: ...
    @property
    def municipality(self) -> str: ...
    @property
    def forms(self) -> int: ...
    @property
    def items(self) -> Sequence[_Item]: ...
    @property
    def respondents(self) -> _Dist: ...
    @property
    def ages(self) -> _Dist: ...
    @property
    def by_respondent(self) -> Sequence[_Group]: ...
    @property
    def parts(self) -> Sequence[_Part]: ...
    @property
    def follow(self) -> _Follow | None: ...


def _num(value: float | None, decimals: int = 1) -> str:
    return "–" if value is None else f"{value:.{decimals}f}".replace(".", ",")


def percent_text(value: float) -> str:
    """A share in percent with one decimal and a decimal comma: «73,4 %»."""
    return f"{value:.1f} %".replace(".", ",")


def period_text(date_from: dt.date | None, date_to: dt.date | None, lang: Lang = "nb") -> str:
    if date_from and date_to:
        return f"{date_text(date_from)}–{date_text(date_to)}"
    if date_from:
        return tx(lang, "fra {date}").format(date=date_text(date_from))
    if date_to:
        return tx(lang, "til {date}").format(date=date_text(date_to))
    return tx(lang, "alle registrerte skjemaer")


# Every chart shares one scale, so statements can be compared at a glance.
PERCENT_TICKS: Final = (0, 20, 40, 60, 80, 100)


def bar_chart(
    item: _Item, width: float = CONTENT_W, height: float = 52 * mm, lang: Lang = "nb"
) -> Drawing:
    """The share of each score 0-5 in percent of N, on a common 0-100 % scale."""
    d = Drawing(width, height, initialFontName=REGULAR, initialFontSize=10)
    chart = VerticalBarChart()
    chart.x, chart.y = 16 * mm, 12 * mm
    chart.width, chart.height = width - 22 * mm, height - 20 * mm
    chart.data = [[item.percent(x) for x in SCORES]]
    chart.bars[0].fillColor = BAR_FILL
    chart.bars[0].strokeColor = None
    chart.barWidth = 8
    chart.groupSpacing = 14
    chart.categoryAxis.categoryNames = [str(x) for x in SCORES]
    chart.categoryAxis.labels.fontName = BOLD
    chart.categoryAxis.labels.fontSize = 10
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = PERCENT_TICKS[-1]
    chart.valueAxis.valueSteps = list(PERCENT_TICKS)
    chart.valueAxis.labelTextFormat = lambda v: f"{v:.0f} %"
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 9
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.barLabelFormat = lambda v: percent_text(float(v))
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 9
    chart.barLabels.nudge = 6
    d.add(chart)
    d.add(
        String(
            chart.x,
            2,
            TEXTS[lang]["scale_low"],
            fontName=REGULAR,
            fontSize=9,
            fillColor=colors.grey,
        )
    )
    d.add(
        String(
            chart.x + chart.width,
            2,
            TEXTS[lang]["scale_high"],
            fontName=REGULAR,
            fontSize=9,
            textAnchor="end",
            fillColor=colors.grey,
        )
    )
    d.add(
        String(
            2, height - 8, tx(lang, "Prosent"), fontName=REGULAR, fontSize=9, fillColor=colors.grey
        )
    )
    return d


def _item_block(item: _Item, s: Styles) -> list[Flowable]:
    title = para(f"{item.item}. {statements(s.lang)[item.item - 1]}", s.h2)
    summary = Paragraph(
        f"<b>{s.t('N = {n}').format(n=item.n)}</b>"
        + s.t(" · ubesvart {missing} · snitt {mean}").format(
            missing=item.missing, mean=_num(item.mean, 2)
        ),
        s.body,
    )
    header = [s.t("Svar"), *[str(x) for x in SCORES], "N"]
    percent = [percent_text(item.percent(x)) for x in SCORES]
    rows = [
        [s.t("Prosent"), *percent, "100 %" if item.n else "–"],
        [s.t("Antall"), *[str(c) for c in item.counts], str(item.n)],
    ]
    widths = [26 * mm] + [(CONTENT_W - 44 * mm) / 6] * 6 + [18 * mm]
    chart = bar_chart(item, lang=s.lang)
    return [keep(title, summary, table(header, rows, widths, s, zebra=False), chart)]


def _distribution(
    title: str, intro: str, dist: _Dist, keys: Sequence[str], s: Styles
) -> list[Flowable]:
    """Counts per group in percent of the valid answers, the valid total and the blanks."""
    header = [s.t("Gruppe"), s.t("Prosent"), s.t("Antall")]
    rows = [
        [group_name(k, s.lang), percent_text(dist.percent(k)), str(c)]
        for k, c in dist.counts
        if k in keys
    ]
    rows.append([s.t("Gyldige svar (N)"), "100 %" if dist.valid else "–", str(dist.valid)])
    rows.append([group_name("missing", s.lang), "", str(dist.missing)])
    widths = [70 * mm, 35 * mm, 35 * mm]
    return [keep(para(title, s.h2), para(intro, s.body), table(header, rows, widths, s))]


def _groups(title: str, intro: str, groups: Sequence[_Group], s: Styles) -> list[Flowable]:
    header = [
        s.t("Gruppe"),
        s.t("Skjemaer"),
        *[s.t("Snitt {i} (N)").format(i=i) for i in range(1, 5)],
    ]
    rows = [
        [
            group_name(g.key, s.lang),
            str(g.forms),
            *[f"{_num(mean, 2)} ({n})" for mean, n in zip(g.means, g.ns, strict=True)],
        ]
        for g in groups
    ]
    widths = [44 * mm, 22 * mm] + [(CONTENT_W - 66 * mm) / 4] * 4
    return [keep(para(title, s.h2), para(intro, s.body), table(header, rows, widths, s))]


def _part_name(p: _Part, s: Styles) -> str:
    name = p.municipality or s.t("Ikke oppgitt")
    return name + (s.t(" (lest inn)") if p.imported else "")


def _municipalities(tally: _Tally, s: Styles) -> list[Flowable]:
    header = [
        s.t("Kommune"),
        s.t("Skjemaer"),
        s.t("Andel"),
        *[s.t("Snitt {i} (N)").format(i=i) for i in range(1, 5)],
    ]
    rows = []
    for p in tally.parts:
        share = 100.0 * p.counts.forms / tally.forms if tally.forms else 0.0
        rows.append(
            [
                _part_name(p, s),
                str(p.counts.forms),
                percent_text(share),
                *[f"{_num(i.mean, 2)} ({i.n})" for i in p.items],
            ]
        )
    widths = [36 * mm, 22 * mm, 20 * mm] + [(CONTENT_W - 78 * mm) / 4] * 4
    intro = s.t(
        "Skjemaene per kommune, i prosent av alle skjemaene, og snittet per påstand (N i "
        "parentes). Tall lest inn fra andre kommuner er bare antall; ingen skjemaer er telt "
        "to ganger."
    )
    return [
        keep(para(s.t("Per kommune"), s.h2), para(intro, s.body), table(header, rows, widths, s))
    ]


def _days_text(days: _Days, s: Styles) -> str:
    if not days.n:
        return "–"
    return s.t("snitt {mean} dager (n = {n})").format(mean=_num(days.mean), n=days.n)


def _follow_section(tally: _Tally, s: Styles) -> list[Flowable]:
    f = tally.follow
    if f is None:
        return []
    parts = [p for p in tally.parts if p.follow is not None]
    several = len(parts) > 1
    columns: list[tuple[str, _Follow]] = [(s.t("Samlet"), f)]
    if several:
        columns += [
            (p.municipality or s.t("Denne databasen"), p.follow)  # type: ignore[misc]
            for p in parts
        ]
    header = [s.t("Oppfølging"), *(c[0] for c in columns)]

    def row(label: str, get: Any) -> list[str]:
        return [label, *(get(c[1]) for c in columns)]

    rows = [
        row(s.t("Møter holdt"), lambda x: str(x.meetings_held)),
        row(s.t("Familier nådd"), lambda x: str(x.families_reached)),
        row(s.t("Tiltak avtalt"), lambda x: str(x.actions_agreed)),
        row(s.t("Tiltak per møte"), lambda x: _num(x.actions_per_meeting)),
    ]
    for key in OUTCOME_KEYS:
        rows.append(
            row(
                group_name(key, s.lang),
                lambda x, k=key: f"{percent_text(x.outcome_percent(k))} ({x.outcomes.get(k, 0)})",
            )
        )
    rows.append(
        row(s.t("Fra bekymring til første møte"), lambda x: _days_text(x.concern_to_meeting, s))
    )
    rows.append(row(s.t("Fra møte til skriftlig plan"), lambda x: _days_text(x.meeting_to_plan, s)))
    rows.append(row(s.t("Møter uten utskrevet plan"), lambda x: str(x.meetings_without_plan)))
    first = 62 * mm
    rest = (CONTENT_W - first) / len(columns)
    intro = s.t(
        "Møtene som er holdt i perioden, og hva som ble av tiltakene som ble avtalt der: "
        "utfallet ved første gjennomgang i prosent av tiltakene (antall i parentes). Dager fra "
        "bekymring regnes fra saken ble opprettet; en plan regnes som skriftlig når den første "
        "gang er skrevet ut eller lagret som PDF. Bare antall, ingen navn."
    )
    days_header = [s.t("Dager"), *(group_name("days:" + k, s.lang) for k in DAY_KEYS)]
    days_rows = [
        [
            s.t("Bekymring til første møte"),
            *(str(f.concern_to_meeting.groups.get(k, 0)) for k in DAY_KEYS),
        ],
        [
            s.t("Møte til skriftlig plan"),
            *(str(f.meeting_to_plan.groups.get(k, 0)) for k in DAY_KEYS),
        ],
    ]
    days_widths = [50 * mm] + [(CONTENT_W - 50 * mm) / 4] * 4
    return [
        keep(
            para(s.t("Ble planene fulgt opp?"), s.h2),
            para(intro, s.body),
            table(header, rows, [first] + [rest] * len(columns), s),
        ),
        space(3),
        keep(table(days_header, days_rows, days_widths, s)),
    ]


def _follow_content(f: _Follow | None) -> Any:
    if f is None:
        return None
    return [
        f.meetings_held,
        f.families_reached,
        f.actions_agreed,
        [f.outcomes.get(k, 0) for k in OUTCOME_KEYS],
        [f.concern_to_meeting.groups.get(k, 0) for k in DAY_KEYS],
        [f.meeting_to_plan.groups.get(k, 0) for k in DAY_KEYS],
        f.meetings_without_plan,
    ]


def tally_content(tally: _Tally) -> dict[str, Any]:
    """What the report prints, for its checksum."""
    return {
        "from": tally.date_from.isoformat() if tally.date_from else None,
        "to": tally.date_to.isoformat() if tally.date_to else None,
        "municipality": tally.municipality,
        "forms": tally.forms,
        "items": [[list(i.counts), i.missing] for i in tally.items],
        "respondent": [[g.key, g.forms, list(g.ns)] for g in tally.by_respondent],
        "respondents": [list(tally.respondents.counts), tally.respondents.missing],
        "ages": [list(tally.ages.counts), tally.ages.missing],
        "parts": [[p.municipality, p.imported, p.counts.forms] for p in tally.parts],
        "follow": _follow_content(tally.follow),
    }


def render_tally(
    tally: _Tally,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    printed_on: dt.date,
    lang: Lang = "nb",
) -> str:
    """Write the tally report as a PDF to ``out``; return the printed checksum."""
    lang = check_lang(lang)
    s = make_styles(lang)
    period = period_text(tally.date_from, tally.date_to, lang)
    sum_ = checksum(tally_content(tally))
    stamp = Stamp(
        document=s.t("Vurdering av samtalen, resultater"),
        subject=period,
        printed_on=printed_on,
        checksum=sum_,
        lang=lang,
    )
    facts = s.t("Periode: {period}").format(period=period)
    if tally.municipality:
        facts += s.t(" · Kommune: {name}").format(name=tally.municipality)
    scale = s.t(
        "Hver påstand er besvart på en skala fra 0 («{low}») til 5 («{high}»). N er antallet "
        "som svarte på påstanden; den som lot en påstand stå tom, telles bare som ubesvart på "
        "den påstanden. Prosent er regnet av N."
    )
    story: list[Flowable] = [
        para(s.t("Vurdering av samtalen: resultater"), s.title),
        para(facts, s.subtitle),
        Paragraph(
            (
                s.t("{n} utfylt skjema er registrert.")
                if tally.forms == 1
                else s.t("{n} utfylte skjemaer er registrert.")
            ).format(n=f"<b>{tally.forms}</b>"),
            s.body,
        ),
        para(scale.format(low=TEXTS[lang]["scale_low"], high=TEXTS[lang]["scale_high"]), s.body),
        space(2),
    ]
    story += _distribution(
        s.t("Hvem svarte"),
        s.t(
            "Hvem som fylte ut skjemaet, i prosent av dem som krysset av (gyldige svar); "
            "skjemaer der det ikke er oppgitt, står for seg."
        ),
        tally.respondents,
        RESPONDENT_KEYS,
        s,
    )
    story += _distribution(
        s.t("Barnets alder"),
        s.t("Barnets alder, i prosent av skjemaene der alderen er oppgitt."),
        tally.ages,
        [k for k, _ in tally.ages.counts],
        s,
    )
    if len(tally.parts) > 1 or any(p.imported for p in tally.parts):
        story += _municipalities(tally, s)
    for item in tally.items:
        story += _item_block(item, s)
    story += _groups(
        s.t("Snitt etter hvem som svarte"),
        s.t("Antall skjemaer etter hvem som svarte, og snittet per påstand (N i parentes)."),
        tally.by_respondent,
        s,
    )
    story += _follow_section(tally, s)
    if not tally.forms:
        story.append(para(s.t("Ingen skjemaer er registrert for perioden."), s.note))
    build_document(
        out,
        story,
        title=s.t("Vurdering av samtalen: resultater"),
        subject=s.t("Resultater {period}").format(period=period),
        stamp=stamp,
    )
    return sum_
