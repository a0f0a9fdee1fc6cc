"""common.Para: a paragraph is broken into lines once per width, and prints as Paragraph does.

ReportLab wraps a paragraph several times for one page (a table measures a cell, then
measures it again to draw it). Para returns the last result for a repeat at the same
width while the lines it made are still the paragraph's; a split that drops them, or
another width, breaks the lines again. A story of long paragraphs and table cells that
split over pages prints the same text, page by page, as with ReportLab's Paragraph.
"""

from __future__ import annotations

import io
import subprocess
from unittest import mock

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from familiemote.printing import common
from familiemote.printing.common import CONTENT_W, Para, make_styles, table
from familiemote.printing.fonts import register_fonts

LONG = " ".join(
    f"Ord {i} i en lang tekst som brytes over mange linjer og sider." for i in range(400)
)


def test_a_repeat_at_the_same_width_breaks_no_lines_and_another_width_does() -> None:
    register_fonts()
    styles = make_styles("nb")
    p = Para(common.esc(LONG[:2000]), styles.body)
    with mock.patch.object(
        Paragraph, "breakLines", autospec=True, side_effect=Paragraph.breakLines
    ) as breaks:
        first = p.wrap(300, 1000)
        assert p.wrap(300, 50) == first  # the height given is not used by a paragraph
        assert breaks.call_count == 1
        narrower = p.wrap(200, 1000)
        assert narrower[1] > first[1] and breaks.call_count == 2
        assert p.wrap(300, 1000) == first and breaks.call_count == 3
        del p.blPara  # as ReportLab's split does when no line fits
        assert p.wrap(300, 1000) == first and breaks.call_count == 4


def _pages_text(story_of: type[Paragraph]) -> list[str]:
    register_fonts()
    styles = make_styles("nb")
    with mock.patch.object(common, "Para", story_of):
        story = [
            common.para(LONG, styles.body),
            table(
                ["Tiltak", "Ansvarlig"],
                [[LONG[:3000], "Skole"], ["Kort", LONG[:900]]],
                [CONTENT_W * 0.7, CONTENT_W * 0.3],
                styles,
            ),
            story_of(common.esc(LONG[:1500]), styles.body, bulletText="•"),
        ]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"],
        input=out.getvalue(),
        capture_output=True,
        check=True,
    ).stdout.decode()
    return text.split("\f")


def test_long_paragraphs_and_split_table_cells_print_as_with_reportlabs_paragraph() -> None:
    cached, plain = _pages_text(Para), _pages_text(Paragraph)
    assert len(plain) > 4  # the story runs over several pages
    assert cached == plain
