"""Readability of printed text: LIX (Björnsson's läsbarhetsindex).

LIX = words per sentence + 100 x the share of long words (more than six letters).
Below 30 reads as easy (children's books), 30-40 as ordinary (newspapers), above 40
as hard (official prose). 35 is a common ceiling for texts to the public.

``body_paragraphs`` records the running text a ReportLab document is built from (the
paragraphs in the document's body and small print styles, of four words or more):
headings, table cells, labels and names are not prose and are left out.
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Iterator

from reportlab.platypus import Paragraph

WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
SENTENCE_END = re.compile(r"[.!?:;]+(?:\s|$)")
TAG = re.compile(r"<[^>]+>")
# (document, language, LIX) as measured by the tests, printed after the run
MEASURED: list[tuple[str, str, float]] = []
PROSE_STYLES = frozenset({"body", "small", "note"})
MIN_PROSE_WORDS = 4  # shorter paragraphs are labels, names and lists, not prose


def words(text: str) -> list[str]:
    return WORD.findall(text)


def sentences(text: str) -> int:
    """Sentences in ``text``: each ends at . ! ? : ; or at the end of the paragraph."""
    parts = [p for p in SENTENCE_END.split(text) if words(p)]
    return max(1, len(parts))


def lix(paragraphs: list[str]) -> float:
    """LIX over ``paragraphs`` (a paragraph always ends a sentence)."""
    all_words = [w for p in paragraphs for w in words(p)]
    if not all_words:
        raise ValueError("no words to measure")
    n_sentences = sum(sentences(p) for p in paragraphs if words(p))
    long_words = sum(1 for w in all_words if len(w) > 6)
    return len(all_words) / n_sentences + 100 * long_words / len(all_words)


def plain(markup: str) -> str:
    """A Paragraph's markup as the text a reader sees."""
    return html.unescape(TAG.sub(" ", markup.replace("<br/>", ". ")))


@contextlib.contextmanager
def body_paragraphs() -> Iterator[list[str]]:
    """Collect the running text of every Paragraph built inside the block."""
    seen: list[str] = []
    original = Paragraph.__init__

    def recording(
        self: Paragraph, text: str, style: object = None, *args: object, **kw: object
    ) -> None:
        original(self, text, style, *args, **kw)
        if getattr(style, "name", None) in PROSE_STYLES:
            shown = plain(text)
            if len(words(shown)) >= MIN_PROSE_WORDS:
                seen.append(shown)

    Paragraph.__init__ = recording
    try:
        yield seen
    finally:
        Paragraph.__init__ = original
