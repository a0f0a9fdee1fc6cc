"""The anonymous evaluation form "Vurdering av samtalen" («Kvalitet i alle ledd» 2016).

One A4 sheet printed on both sides, handed out after a family meeting. The front
holds a short intro, who is answering (parent/guardian, child/youth, or both
boxes ticked when they answer together), the child's age and items 1-2, then
"SNU ARKET". The back holds items 3-4 and a comment box. Each item is scored 0-5
on a line from "Nei, i liten grad" (0) to "Ja, i stor grad" (5). Every page
carries the form's version and print date.

The form is anonymous by design: it carries no name field, no case number and
no internal id, and the PDF metadata names no author.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import BinaryIO, Final, Literal, TypedDict

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm as _rl_mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from familiemote.printing.fonts import BOLD, ITALIC, REGULAR, register_fonts

__all__ = ["FORM_VERSION", "MAX_COPIES", "TEXTS", "Lang", "render_evaluation_form"]

Lang = Literal["nb", "nn"]

MAX_COPIES: Final = 500
# The form's own version, printed on every page: raise it whenever the printed
# wording or layout changes, so a returned sheet can be matched to its wording.
# 2: respondent "sett kryss" (both boxes may be ticked); nynorsk statement 4.
FORM_VERSION: Final = "2"


class FormTexts(TypedDict):
    """Every printed string of the form in one language."""

    title: str
    intro: str
    respondent_prompt: str
    parent: str
    child: str
    age_label: str
    age_unit: str
    instruction: str
    statements: tuple[str, str, str, str]
    scale_low: str
    scale_high: str
    turn_over: str
    comments_label: str
    comments_note: str
    thanks: str
    page: str  # formatted with {n} and {total}
    stamp: str  # formatted with {version} and {date}
    pdf_subject: str
    pdf_lang: str


TEXTS: Final[dict[str, FormTexts]] = {
    "nb": {
        "title": "Vurdering av samtalen",
        "intro": (
            "Vi vil gjerne vite hvordan du opplevde samtalen i dag, slik at vi kan gjøre "
            "samtalene bedre. Det er frivillig å svare, og skjemaet er anonymt. "
            "Ikke skriv navnet ditt på skjemaet."
        ),
        "respondent_prompt": "Jeg som svarer er (sett kryss, begge hvis dere svarer sammen):",
        "parent": "Mor, far eller annen foresatt",
        "child": "Barn/ungdom",
        "age_label": "Barnets alder:",
        "age_unit": "år",
        "instruction": (
            "Sett ett kryss på hver linje, i den ruten som passer best med din egen "
            "opplevelse av samtalen i dag."
        ),
        "statements": (
            "Jeg ble forstått og respektert",
            "Vi snakket om det jeg ønsket å snakke om",
            "Samtalen hadde en form som passet meg",
            "I det store og hele var samtalen nyttig for meg",
        ),
        "scale_low": "Nei, i liten grad",
        "scale_high": "Ja, i stor grad",
        "turn_over": "SNU ARKET",
        "comments_label": "Kommentarer",
        "comments_note": "(ikke skriv navn eller noe annet som viser hvem dere er):",
        "thanks": "Takk for at du svarte!",
        "page": "Side {n} av {total}",
        "stamp": "Skjemaversjon {version} · skrevet ut {date}",
        "pdf_subject": "Anonymt vurderingsskjema etter familiemøte",
        "pdf_lang": "nb-NO",
    },
    "nn": {
        "title": "Vurdering av samtalen",
        "intro": (
            "Vi vil gjerne vite korleis du opplevde samtalen i dag, slik at vi kan gjere "
            "samtalane betre. Det er frivillig å svare, og skjemaet er anonymt. "
            "Ikkje skriv namnet ditt på skjemaet."
        ),
        "respondent_prompt": "Eg som svarar er (set kryss, begge om de svarar saman):",
        "parent": "Mor, far eller annan føresett",
        "child": "Barn/ungdom",
        "age_label": "Alderen til barnet:",
        "age_unit": "år",
        "instruction": (
            "Set eitt kryss på kvar linje, i den ruta som passar best med di eiga "
            "oppleving av samtalen i dag."
        ),
        "statements": (
            "Eg vart forstått og respektert",
            "Vi snakka om det eg ønskte å snakke om",
            "Samtalen hadde ei form som passa meg",
            "I det store og heile var samtalen nyttig for meg",
        ),
        "scale_low": "Nei, i liten grad",
        "scale_high": "Ja, i stor grad",
        "turn_over": "SNU ARKET",
        "comments_label": "Kommentarar",
        "comments_note": "(ikkje skriv namn eller noko anna som viser kven de er):",
        "thanks": "Takk for at du svara!",
        "page": "Side {n} av {total}",
        "stamp": "Skjemaversjon {version} · skrive ut {date}",
        "pdf_subject": "Anonymt vurderingsskjema etter familiemøte",
        "pdf_lang": "nn-NO",
    },
}

# --- geometry (points; A4 portrait) -------------------------------------------------

mm: Final[float] = float(_rl_mm)

PAGE_W: Final[float] = float(A4[0])
PAGE_H: Final[float] = float(A4[1])
MARGIN_X: Final = 18 * mm
MARGIN_TOP: Final = 18 * mm
MARGIN_BOTTOM: Final = 16 * mm
CONTENT_W: Final = PAGE_W - 2 * MARGIN_X

TITLE_SIZE: Final = 22.0
BODY_SIZE: Final = 11.5
BODY_LEADING: Final = 15.5
STATEMENT_SIZE: Final = 13.5
SMALL_SIZE: Final = 11.0
SCALE_NUMBER_SIZE: Final = 13.0

BOX: Final = 10 * mm  # scale tick boxes
RESPONDENT_BOX: Final = 9 * mm
SCALE_INSET: Final = 12 * mm  # from the content edge to the centre of box 0 / box 5

INK: Final = (0.0, 0.0, 0.0)
GREY: Final = (0.25, 0.25, 0.25)
RULE: Final = (0.55, 0.55, 0.55)

PAGES_PER_COPY: Final = 2


def _draw_wrapped(
    c: Canvas,
    text: str,
    x: float,
    y_top: float,
    font: str,
    size: float,
    leading: float,
    width: float,
) -> float:
    """Draw text wrapped to width with its first baseline at y_top; return the last baseline."""
    c.setFont(font, size)
    y = y_top
    for i, line in enumerate(simpleSplit(text, font, size, width)):
        y = y_top - i * leading
        c.drawString(x, y, line)
    return y


def _tick_box(c: Canvas, x: float, y: float, size: float) -> None:
    """An empty white square with its lower-left corner at (x, y)."""
    c.setLineWidth(1.2)
    c.setStrokeColorRGB(*INK)
    c.setFillColorRGB(1, 1, 1)
    c.rect(x, y, size, size, stroke=1, fill=1)
    c.setFillColorRGB(*INK)


def _draw_item(c: Canvas, t: FormTexts, number: int, y_top: float) -> float:
    """Draw one statement and its 0-5 scale from y_top downwards; return the bottom y."""
    statement = t["statements"][number - 1]
    c.setFillColorRGB(*INK)
    c.setFont(BOLD, STATEMENT_SIZE)
    baseline = y_top - STATEMENT_SIZE
    c.drawString(MARGIN_X, baseline, f"{number}.")
    c.drawString(MARGIN_X + 8 * mm, baseline, statement)

    # Numbers above the boxes, boxes on a line, end labels under box 0 and box 5.
    left = MARGIN_X + SCALE_INSET
    right = PAGE_W - MARGIN_X - SCALE_INSET
    step = (right - left) / 5
    numbers_baseline = baseline - 12 * mm
    box_bottom = numbers_baseline - 3 * mm - BOX
    box_mid = box_bottom + BOX / 2

    c.setStrokeColorRGB(*GREY)
    c.setLineWidth(1.0)
    c.line(left, box_mid, right, box_mid)

    c.setFont(BOLD, SCALE_NUMBER_SIZE)
    for i in range(6):
        cx = left + i * step
        c.drawCentredString(cx, numbers_baseline, str(i))
        _tick_box(c, cx - BOX / 2, box_bottom, BOX)

    labels_baseline = box_bottom - 5.5 * mm
    c.setFont(ITALIC, SMALL_SIZE)
    c.setFillColorRGB(*GREY)
    c.drawString(left - BOX / 2, labels_baseline, t["scale_low"])
    c.drawRightString(right + BOX / 2, labels_baseline, t["scale_high"])
    c.setFillColorRGB(*INK)
    return labels_baseline - 3 * mm


def _draw_page_number(c: Canvas, t: FormTexts, n: int, printed_on: dt.date) -> None:
    """Page number at the right, the stamp (form version, print date) at the left."""
    c.setFont(REGULAR, 9)
    c.setFillColorRGB(*GREY)
    y = MARGIN_BOTTOM - 8 * mm
    c.drawRightString(PAGE_W - MARGIN_X, y, t["page"].format(n=n, total=PAGES_PER_COPY))
    stamp = t["stamp"].format(version=FORM_VERSION, date=printed_on.strftime("%d.%m.%Y"))
    c.drawString(MARGIN_X, y, stamp)
    c.setFillColorRGB(*INK)


def _draw_front(c: Canvas, t: FormTexts, printed_on: dt.date) -> None:
    y = PAGE_H - MARGIN_TOP - TITLE_SIZE
    c.setFillColorRGB(*INK)
    c.setFont(BOLD, TITLE_SIZE)
    c.drawString(MARGIN_X, y, t["title"])

    y -= 11 * mm
    y = _draw_wrapped(c, t["intro"], MARGIN_X, y, REGULAR, BODY_SIZE, BODY_LEADING, CONTENT_W)

    # Respondent frame: who answers, and the child's age.
    frame_top = y - 8 * mm
    frame_h = 38 * mm
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.8)
    c.roundRect(MARGIN_X, frame_top - frame_h, CONTENT_W, frame_h, 3 * mm, stroke=1, fill=0)

    pad = 6 * mm
    y = frame_top - pad - BODY_SIZE
    c.setFont(REGULAR, BODY_SIZE)
    c.drawString(MARGIN_X + pad, y, t["respondent_prompt"])

    box_bottom = y - 5 * mm - RESPONDENT_BOX
    label_baseline = box_bottom + RESPONDENT_BOX / 2 - BODY_SIZE * 0.35
    x = MARGIN_X + pad
    for label in (t["parent"], t["child"]):
        _tick_box(c, x, box_bottom, RESPONDENT_BOX)
        c.setFont(BOLD, 12.5)
        c.drawString(x + RESPONDENT_BOX + 3.5 * mm, label_baseline, label)
        x += RESPONDENT_BOX + 3.5 * mm + stringWidth(label, BOLD, 12.5) + 18 * mm

    age_baseline = box_bottom - 9 * mm
    c.setFont(REGULAR, 12.5)
    c.drawString(MARGIN_X + pad, age_baseline, t["age_label"])
    line_x0 = MARGIN_X + pad + stringWidth(t["age_label"], REGULAR, 12.5) + 3 * mm
    line_x1 = line_x0 + 22 * mm
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(0.9)
    c.line(line_x0, age_baseline - 1.5, line_x1, age_baseline - 1.5)
    c.drawString(line_x1 + 2.5 * mm, age_baseline, t["age_unit"])

    y = frame_top - frame_h - 10 * mm - BODY_SIZE
    y = _draw_wrapped(c, t["instruction"], MARGIN_X, y, REGULAR, BODY_SIZE, BODY_LEADING, CONTENT_W)

    y -= 12 * mm
    y = _draw_item(c, t, 1, y)
    y -= 20 * mm
    _draw_item(c, t, 2, y)

    # Turn-over cue at the foot of the front page.
    c.setFont(BOLD, 15)
    turn_baseline = MARGIN_BOTTOM + 4 * mm
    c.drawRightString(PAGE_W - MARGIN_X - 9 * mm, turn_baseline, t["turn_over"])
    c.drawRightString(PAGE_W - MARGIN_X, turn_baseline, "→")
    _draw_page_number(c, t, 1, printed_on)


def _draw_back(c: Canvas, t: FormTexts, printed_on: dt.date) -> None:
    c.setFillColorRGB(*GREY)
    c.setFont(BOLD, 12)
    c.drawString(MARGIN_X, PAGE_H - MARGIN_TOP - 12, t["title"])
    c.setFillColorRGB(*INK)

    y = PAGE_H - MARGIN_TOP - 12 * mm
    y = _draw_item(c, t, 3, y)
    y -= 14 * mm
    y = _draw_item(c, t, 4, y)

    # Comment heading: bold label, regular warning, on one line.
    y -= 14 * mm
    c.setFont(BOLD, SMALL_SIZE)
    c.drawString(MARGIN_X, y, t["comments_label"])
    note_x = MARGIN_X + stringWidth(t["comments_label"] + " ", BOLD, SMALL_SIZE)
    c.setFont(REGULAR, SMALL_SIZE)
    c.drawString(note_x, y, t["comments_note"])

    thanks_baseline = MARGIN_BOTTOM + 2 * mm
    box_top = y - 4 * mm
    box_bottom = thanks_baseline + 9 * mm
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(1.0)
    c.rect(MARGIN_X, box_bottom, CONTENT_W, box_top - box_bottom, stroke=1, fill=0)
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.5)
    line_y = box_top - 11 * mm
    while line_y > box_bottom + 5 * mm:
        c.line(MARGIN_X + 5 * mm, line_y, PAGE_W - MARGIN_X - 5 * mm, line_y)
        line_y -= 11 * mm

    c.setFont(ITALIC, BODY_SIZE)
    c.drawCentredString(PAGE_W / 2, thanks_baseline, t["thanks"])
    _draw_page_number(c, t, 2, printed_on)


def render_evaluation_form(
    out: str | os.PathLike[str] | BinaryIO,
    copies: int = 1,
    lang: Lang = "nb",
    printed_on: dt.date | None = None,
) -> None:
    """Write `copies` two-sided evaluation forms (2 A4 pages each) as one PDF to `out`.

    Print double-sided (flip on long edge): each copy is one sheet.
    """
    if isinstance(copies, bool) or not isinstance(copies, int):
        raise TypeError(f"copies must be an int, not {type(copies).__name__}")
    if not 1 <= copies <= MAX_COPIES:
        raise ValueError(f"copies must be between 1 and {MAX_COPIES}, got {copies}")
    if lang not in TEXTS:
        raise ValueError(f"unknown language {lang!r}; expected one of {sorted(TEXTS)}")
    t = TEXTS[lang]
    day = printed_on or dt.date.today()

    register_fonts()
    target: str | BinaryIO = out if not isinstance(out, os.PathLike) else os.fspath(out)
    c = Canvas(
        target,
        pagesize=A4,
        pageCompression=1,
        invariant=True,
        initialFontName=REGULAR,  # keeps the unembedded Helvetica out of the file
        initialFontSize=BODY_SIZE,
        initialLeading=BODY_LEADING,
        lang=t["pdf_lang"],
    )
    c.setTitle(t["title"])
    c.setAuthor("")
    c.setSubject(t["pdf_subject"])
    c.setCreator("Familiemøte")
    c.setKeywords("")

    for _ in range(copies):
        _draw_front(c, t, day)
        c.showPage()
        _draw_back(c, t, day)
        c.showPage()
    c.save()
