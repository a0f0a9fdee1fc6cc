"""The tally of returned "Vurdering av samtalen" forms as a PDF report.

Per statement: N (who answered it), how many left it blank, the distribution over
0-5 in counts and percent, as a table and as a bar chart; then the breakdowns by
who answered and by the child's age. The report is anonymous: forms are tied to
no case.

The tally is plain data from ``familiemote.services.evaluations``; this module
only words and draws it. (printing -> services would turn the layers round, so
the tally is passed in duck-typed through the small protocols below.)
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
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
    "GROUP_NAMES",
    "STATEMENTS",
    "bar_chart",
    "group_name",
    "period_text",
    "render_tally",
    "statements",
    "tally_content",
]

SCORES: Final = (0, 1, 2, 3, 4, 5)
STATEMENTS: Final[tuple[str, str, str, str]] = TEXTS["nb"]["statements"]
SCALE_LOW: Final = TEXTS["nb"]["scale_low"]
SCALE_HIGH: Final = TEXTS["nb"]["scale_high"]

GROUP_NAMES: Final[dict[str, str]] = {
    "parent": "Foreldre/foresatt",
    "child": "Barn/ungdom",
    "missing": "Ikke oppgitt",
    "0-5": "0–5 år",
    "6-9": "6–9 år",
    "10-12": "10–12 år",
    "13-15": "13–15 år",
    "16+": "16 år og eldre",
}

BAR_FILL: Final = colors.Color(0.18, 0.36, 0.58)


def statements(lang: Lang = "nb") -> tuple[str, str, str, str]:
    """The four statements of the evaluation form, as printed in ``lang``."""
    return TEXTS[lang]["statements"]


def group_name(key: str, lang: Lang = "nb") -> str:
    """A group of the breakdowns (who answered, the child's age) in ``lang``."""
    return tx(lang, GROUP_NAMES[key]) if key in GROUP_NAMES else key


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
    def by_respondent(self) -> Sequence[_Group]: ...
    @property
    def by_age(self) -> Sequence[_Group]: ...


def _num(value: float | None, decimals: int = 1) -> str:
    return "–" if value is None else f"{value:.{decimals}f}".replace(".", ",")


def period_text(date_from: dt.date | None, date_to: dt.date | None, lang: Lang = "nb") -> str:
    if date_from and date_to:
        return f"{date_text(date_from)}–{date_text(date_to)}"
    if date_from:
        return tx(lang, "fra {date}").format(date=date_text(date_from))
    if date_to:
        return tx(lang, "til {date}").format(date=date_text(date_to))
    return tx(lang, "alle registrerte skjemaer")


def bar_chart(
    item: _Item, width: float = CONTENT_W, height: float = 48 * mm, lang: Lang = "nb"
) -> Drawing:
    """Counts per score 0-5 as bars, each labelled with its count."""
    d = Drawing(width, height, initialFontName=REGULAR, initialFontSize=10)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 12 * mm
    chart.width, chart.height = width - 20 * mm, height - 18 * mm
    chart.data = [list(item.counts)]
    chart.bars[0].fillColor = BAR_FILL
    chart.bars[0].strokeColor = None
    chart.barWidth = 8
    chart.groupSpacing = 14
    chart.categoryAxis.categoryNames = [str(s) for s in SCORES]
    chart.categoryAxis.labels.fontName = BOLD
    chart.categoryAxis.labels.fontSize = 10
    chart.valueAxis.valueMin = 0
    top = max(item.counts) if item.n else 1
    chart.valueAxis.valueMax = max(1, top) * 1.2
    chart.valueAxis.valueStep = max(1, round(max(1, top) / 4))
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 9
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 10
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
            2, height - 8, tx(lang, "Antall"), fontName=REGULAR, fontSize=9, fillColor=colors.grey
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
    percent = [f"{_num(item.percent(x))} %" for x in SCORES]
    rows = [
        [s.t("Antall"), *[str(c) for c in item.counts], str(item.n)],
        [s.t("Prosent"), *percent, "100 %" if item.n else "–"],
    ]
    widths = [26 * mm] + [(CONTENT_W - 44 * mm) / 6] * 6 + [18 * mm]
    chart = bar_chart(item, lang=s.lang)
    return [keep(title, summary, table(header, rows, widths, s, zebra=False), chart)]


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
    widths = [38 * mm, 26 * mm] + [(CONTENT_W - 64 * mm) / 4] * 4
    return [keep(para(title, s.h2), para(intro, s.body), table(header, rows, widths, s))]


def tally_content(tally: _Tally) -> dict[str, Any]:
    """What the report prints, for its checksum."""
    return {
        "from": tally.date_from.isoformat() if tally.date_from else None,
        "to": tally.date_to.isoformat() if tally.date_to else None,
        "municipality": tally.municipality,
        "forms": tally.forms,
        "items": [[list(i.counts), i.missing] for i in tally.items],
        "respondent": [[g.key, g.forms, list(g.ns)] for g in tally.by_respondent],
        "age": [[g.key, g.forms, list(g.ns)] for g in tally.by_age],
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
            s.t("{n} utfylte skjemaer er registrert.").format(n=f"<b>{tally.forms}</b>"), s.body
        ),
        para(scale.format(low=TEXTS[lang]["scale_low"], high=TEXTS[lang]["scale_high"]), s.body),
        space(2),
    ]
    for item in tally.items:
        story += _item_block(item, s)
    story += _groups(
        s.t("Hvem svarte"),
        s.t("Antall skjemaer etter hvem som svarte, og snittet per påstand (N i parentes)."),
        tally.by_respondent,
        s,
    )
    story += _groups(
        s.t("Barnets alder"),
        s.t("Antall skjemaer etter barnets alder, og snittet per påstand (N i parentes)."),
        tally.by_age,
        s,
    )
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
