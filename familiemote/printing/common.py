"""What every printed case document shares: fonts, styles, the version stamp, the page frame.

Documents are A4 portrait, body text 10.5 pt in the shipped (embedded) DejaVu fonts.
Each page carries a footer with the version stamp: which meeting or case the paper
belongs to, when it was printed, and a short checksum of the printed content, so
a paper copy found in a drawer can be matched to the stored record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, BinaryIO, Final

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm as _rl_mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import KeepTogether, Spacer

from familiemote.domain import model as m
from familiemote.printing.fonts import BOLD, ITALIC, REGULAR, register_fonts
from familiemote.printing.texts import Lang, pdf_lang, tx

__all__ = [
    "BODY_SIZE",
    "CONTENT_W",
    "MARGIN_X",
    "PAGE_H",
    "PAGE_W",
    "Lang",
    "Para",
    "Stamp",
    "Styles",
    "build_document",
    "checksum",
    "date_text",
    "datetime_text",
    "esc",
    "make_styles",
    "para",
    "table",
]

mm: Final[float] = float(_rl_mm)
PAGE_W: Final[float] = float(A4[0])
PAGE_H: Final[float] = float(A4[1])
MARGIN_X: Final = 20 * mm
MARGIN_TOP: Final = 18 * mm
MARGIN_BOTTOM: Final = 22 * mm  # room for the stamp
CONTENT_W: Final = PAGE_W - 2 * MARGIN_X

BODY_SIZE: Final = 10.5
SPLIT_MIN: Final = 40.0  # points: about three lines of a table cell
BODY_LEADING: Final = 14.0
STAMP_SIZE: Final = 8.5  # the footer only; body text stays >= 10 pt

INK: Final = colors.black
GREY: Final = colors.Color(0.3, 0.3, 0.3)
RULE: Final = colors.Color(0.6, 0.6, 0.6)
HEADER_FILL: Final = colors.Color(0.88, 0.9, 0.93)

NORWEGIAN_MONTHS: Final = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)


def date_text(day: dt.date | None) -> str:
    """A date as a Norwegian reader writes it: 12.11.2026 (empty for None)."""
    return "" if day is None else day.strftime("%d.%m.%Y")


def long_date_text(day: dt.date) -> str:
    """12. november 2026."""
    return f"{day.day}. {NORWEGIAN_MONTHS[day.month - 1]} {day.year}"


def datetime_text(moment: dt.datetime | None) -> str:
    """12.11.2026 kl. 14.00."""
    return "" if moment is None else moment.strftime("%d.%m.%Y kl. %H.%M")


def esc(text: str) -> str:
    """Escape text for a ReportLab Paragraph and keep its line breaks."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    )


def checksum(content: Any) -> str:
    """First 8 hex digits of SHA-256 over the canonical JSON of ``content``.

    Canonical: sorted keys, no insignificant whitespace, UTF-8. The print date is
    not part of the content, so the same record printed twice gives the same sum.
    """
    data = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:8]


@dataclass(frozen=True)
class Stamp:
    """The version stamp printed at the foot of every page."""

    document: str  # e.g. "Oppfølgingsplan, familiens kopi"
    subject: str  # e.g. "Familiemøte 12.11.2026"
    printed_on: dt.date
    checksum: str
    lang: Lang = "nb"

    def lines(self) -> tuple[str, str]:
        printed = tx(self.lang, "Skrevet ut {date} · Kontrollsum {sum}")
        return (
            f"{self.document} · {self.subject}",
            printed.format(date=date_text(self.printed_on), sum=self.checksum),
        )

    def text(self) -> str:
        return " · ".join(self.lines())


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    note: ParagraphStyle
    lang: Lang = "nb"  # the language of the document's own texts

    def t(self, text: str) -> str:
        """A printed text (bokmål) in the document's language."""
        return tx(self.lang, text)


def make_styles(lang: Lang = "nb") -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        alignment=TA_LEFT,
        spaceAfter=4,
        textColor=INK,
    )
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=20, leading=24, spaceAfter=4
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=16, textColor=GREY, spaceAfter=10
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            keepWithNext=1,
            fontName=BOLD,
            fontSize=13.5,
            leading=17,
            spaceBefore=10,
            spaceAfter=4,
        ),
        h3=ParagraphStyle(
            "h3", parent=body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=6, spaceAfter=2
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=10, leading=13, textColor=GREY),
        cell=ParagraphStyle("cell", parent=body, fontSize=10, leading=12.5, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=10, leading=12.5, spaceAfter=0
        ),
        note=ParagraphStyle("note", parent=body, fontName=ITALIC, textColor=GREY),
        lang=lang,
    )


class Para(Paragraph):  # type: ignore[misc]
    """A paragraph that is not broken into lines again for the width it was just broken for.

    ReportLab lays a paragraph out several times for one page: a table measures each
    cell and measures it again to draw it, and a kept-together group measures its parts
    before the frame does. ``Paragraph.wrap`` depends on the width alone (the height it
    is given is not used), so a repeat at the width of the last call returns that call's
    result, as long as the lines it made are still the paragraph's (a split at the foot
    of a page may drop them). Any other call breaks the lines again. The printed pages
    are the same (the printing tests read them back); the plan is laid out about a
    quarter faster.
    """

    _wrapped_at: float | None = None
    _wrapped: tuple[float, float] = (0.0, 0.0)
    _lines: object = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if (
            availWidth == self._wrapped_at
            and self._lines is not None
            and self.__dict__.get("blPara") is self._lines
        ):
            return self._wrapped
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_at, self._wrapped = availWidth, size
        self._lines = self.__dict__.get("blPara")
        return size


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped)."""
    return Para(esc(text), style)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    styles: Styles,
    *,
    zebra: bool = True,
) -> Table:
    """A table whose header row repeats on every page it splits over.

    A row taller than what is left of the page (an action of 2,000 characters, or
    120 short lines) continues on the next page under the repeated header.
    """
    data: list[list[Any]] = [[Para(esc(h), styles.cell_bold) for h in header]]
    for row in rows:
        data.append([para(c, styles.cell) if isinstance(c, str) else c for c in row])
    t = Table(
        data,
        colWidths=list(widths),
        repeatRows=1,
        # Split a row that does not fit where the page ends (a long action), at least
        # three lines on either side; a row split instead at its top edge would leave
        # the rest of the page to a second table with its own header in mid-page.
        splitByRow=False,
        splitInRow=SPLIT_MIN,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if zebra:
        for r in range(2, len(data), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.965, 0.965, 0.965)))
    t.setStyle(styled(commands))
    return t


def styled(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells default to the embedded font (never Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE), *commands])


def keep(*items: Flowable) -> KeepTogether:
    return KeepTogether(list(items))


def space(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


class _StampedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that knows the page count, so every page can say "Side n av N"."""

    stamp_lines: tuple[str, str] = ("", "")
    page_text: str = "Side {n} av {total}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for n, state in enumerate(self._saved, start=1):
            self.__dict__.update(state)
            self._draw_footer(n, total)
            super().showPage()
        # The page streams compressed only, without ReportLab's default ASCII85 layer
        # on top: a PDF is a binary file anyway, and that layer (pure Python here) cost
        # about a tenth of printing a plan and made the page streams a quarter longer. What
        # the pages show is the same. The setting is read only while the file is written.
        ascii85, rl_config.useA85 = rl_config.useA85, 0
        try:
            super().save()
        finally:
            rl_config.useA85 = ascii85

    def _draw_footer(self, n: int, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        y = MARGIN_BOTTOM - 8 * mm
        self.line(MARGIN_X, y + 4 * mm, PAGE_W - MARGIN_X, y + 4 * mm)
        self.setFillColor(GREY)
        page = self.page_text.format(n=n, total=total)
        room = CONTENT_W - stringWidth(page, BOLD, STAMP_SIZE + 0.5) - 4 * mm
        first, second = self.stamp_lines
        for line, at in ((first, y), (second, y - STAMP_SIZE * 1.35)):
            size, text = _fit(line, room)
            self.setFont(REGULAR, size)
            self.drawString(MARGIN_X, at, text)
        self.setFont(BOLD, STAMP_SIZE + 0.5)
        self.drawRightString(PAGE_W - MARGIN_X, y, page)
        self.restoreState()


STAMP_MIN_SIZE: Final = 6.5


def _fit(line: str, width: float) -> tuple[float, str]:
    """The stamp line at a size that fits ``width``: smaller print first, then shortened.

    A long name in the stamp (a child's first name may have 100 characters) would
    otherwise run into the page number or off the paper.
    """
    size = STAMP_SIZE
    while size > STAMP_MIN_SIZE and stringWidth(line, REGULAR, size) > width:
        size -= 0.5
    if stringWidth(line, REGULAR, size) <= width:
        return size, line
    while line and stringWidth(line + "…", REGULAR, size) > width:
        line = line[:-1]
    return size, line + "…"


def build_document(
    out: str | os.PathLike[str] | BinaryIO,
    story: list[Flowable],
    *,
    title: str,
    subject: str,
    stamp: Stamp,
    on_page: Callable[[Canvas, Any], None] | None = None,
) -> None:
    """Lay out ``story`` on A4 pages with the stamp in every footer and write the PDF."""
    register_fonts()
    target: str | BinaryIO = os.fspath(out) if isinstance(out, os.PathLike) else out
    stamp_lines = stamp.lines()
    page_text = tx(stamp.lang, "Side {n} av {total}")
    lang_tag = pdf_lang(stamp.lang)

    class Stamped(_StampedCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = REGULAR  # keeps the unembedded Helvetica out
            kwargs["initialFontSize"] = BODY_SIZE
            kwargs.setdefault("invariant", True)
            kwargs.setdefault("lang", lang_tag)
            super().__init__(*args, **kwargs)
            self.stamp_lines = stamp_lines
            self.page_text = page_text

    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="",
        subject=subject,
        creator="Familiemøte",
        keywords="",
        lang=lang_tag,
        initialFontName=REGULAR,
        initialFontSize=BODY_SIZE,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_W,
        PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template = PageTemplate(id="page", frames=[frame], onPage=on_page or (lambda c, d: None))
    doc.addPageTemplates([template])
    doc.build(story, canvasmaker=Stamped)


# --- Norwegian wording of the domain's enums on paper ----------------------------------
# The UI has its own (translatable) labels in ui/labels.py; printing may not use Qt.
# Bokmål here; printing/texts.py has the nynorsk of each.

LABELS: Final[dict[Enum, str]] = {
    m.Relation.MOTHER: "mor",
    m.Relation.FATHER: "far",
    m.Relation.GUARDIAN: "foresatt",
    m.Relation.STEP_PARENT: "steforelder",
    m.Relation.FOSTER_PARENT: "fosterforelder",
    m.Relation.GRANDPARENT: "besteforelder",
    m.Relation.SIBLING: "søsken",
    m.Relation.OTHER: "familie",
    m.MeetingKind.FAMILY: "Familiemøte",
    m.MeetingKind.SUMMARY: "Oppsummerende møte",
    m.Decision.REFER_BUP: "Henvise til BUP",
    m.Decision.REFER_HABU: "Henvise til HABU",
    m.Decision.OTHER_MEASURES: "Andre tiltak, ikke henvisning nå",
    m.Decision.NEW_MEETING: "Nytt familiemøte",
    m.Decision.CLOSE: "Avslutte saken",
    m.Attendance.INVITED: "Invitert",
    m.Attendance.PRESENT: "Til stede",
    m.Attendance.ABSENT_WITH_NOTICE: "Meldt forfall",
    m.Attendance.ABSENT_WITHOUT_NOTICE: "Ikke til stede",
    m.Role.LEADER: "Møteleder",
    m.Role.COORDINATOR: "Kontaktperson",
    m.Role.WRITER: "Referent",
    m.ActionStatus.AGREED: "Avtalt",
    m.ActionStatus.IN_PROGRESS: "Pågår",
    m.ActionStatus.DONE: "Utført",
    m.ActionStatus.NOT_DONE: "Ikke utført",
    m.ActionStatus.HANDED_OVER: "Overlevert",
    m.ActionStatus.CANCELLED: "Avlyst",
    m.ReviewOutcome.DONE: "Utført",
    m.ReviewOutcome.CONTINUED: "Fortsetter",
    m.ReviewOutcome.CHANGED: "Endret",
    m.ReviewOutcome.HANDED_OVER: "Overlevert",
    m.ReviewOutcome.NOT_DONE: "Ikke utført",
    m.ReviewOutcome.CANCELLED: "Avsluttet",
    m.ConsentPurpose.FAMILY_MEETING: "Delta i familiemøter",
    m.ConsentPurpose.SHARE_BETWEEN_SERVICES: "Dele opplysninger mellom tjenestene",
    m.ConsentPurpose.REFERRAL_ATTACHMENTS: "Legge ved dokumentasjon til henvisning",
    m.ConsentPurpose.INTERDISCIPLINARY_TEAM: "Drøfte saken i tverrfaglig team",
    m.Respondent.PARENT: "Foreldre/foresatt",
    m.Respondent.CHILD: "Barn/ungdom",
    m.Respondent.BOTH: "Foreldre og barn sammen",
}


def build_stamped(
    out: str | os.PathLike[str] | BinaryIO,
    story: list[Flowable],
    *,
    document: str,
    subject: str,
    printed_on: dt.date,
    content: Any,
    lang: Lang,
) -> str:
    """Write ``story`` as a PDF whose title and subject are the stamp's own: ``document``
    and ``subject``, with the checksum of ``content`` (made canonical first). Returns
    the checksum printed in every footer."""
    sum_ = checksum(canonical(content))
    stamp = Stamp(
        document=document, subject=subject, printed_on=printed_on, checksum=sum_, lang=lang
    )
    build_document(out, story, title=document, subject=subject, stamp=stamp)
    return sum_


def label(value: Enum, lang: Lang = "nb") -> str:
    return tx(lang, LABELS[value]) if value in LABELS else str(value.value)


def canonical(value: Any) -> Any:
    """Plain JSON-able form of printed data: enums by value, dates ISO, sets sorted."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(canonical(v) for v in value)
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return {f: canonical(getattr(value, f)) for f in value.__dataclass_fields__}
    return value


def signature_block(signers: Sequence[str], styles: Styles) -> Table:
    """For each signer: a "place and date" line and a signature line, labelled underneath."""
    date_w, gap = 55 * mm, 10 * mm
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]
    for who in signers:
        r = len(rows)
        rows.append([space(12), "", space(12)])
        rows.append([para(styles.t("Sted og dato"), styles.small), "", para(who, styles.small)])
        commands.append(("LINEBELOW", (0, r), (0, r), 0.8, INK))
        commands.append(("LINEBELOW", (2, r), (2, r), 0.8, INK))
        commands.append(("BOTTOMPADDING", (0, r + 1), (-1, r + 1), 4))
    t = Table(rows, colWidths=[date_w, gap, CONTENT_W - date_w - gap], hAlign="LEFT")
    t.setStyle(styled(commands))
    return t
