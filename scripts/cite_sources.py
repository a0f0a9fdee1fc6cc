"""Find the report chapter a seed line reference falls in (a developer's tool).

    python scripts/cite_sources.py SEEDS_DIR 004:3514-3518 000:8102 ...

prints, for each reference, the chapter heading above it in the seed text
(``8.3.2 FAMILIEMØTER``). Headings are numbered lines («8.3.2 FAMILIEMØTER»,
«1.1 Bakgrunn»); a footnote («4 Helsedirektoratet og …») has a number without a
dot and is not a heading; numbers must run forward through the text. The content
files cite the chapters this finds (resources/content/*.json «sources»).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_HEADING = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)(\.?)\s+([A-ZÆØÅ«].{1,90}?)\s*$")


def headings(lines: list[str]) -> list[tuple[int, tuple[int, ...], str]]:
    """(line number, chapter number, title) of each chapter heading, in order."""
    out: list[tuple[int, tuple[int, ...], str]] = []
    last: tuple[int, ...] = ()
    for i, line in enumerate(lines, start=1):
        found = _HEADING.match(line.replace("\u00a0", " "))
        if not found:
            continue
        number, dot, title = found.groups()
        parts = tuple(int(p) for p in number.split("."))
        if len(parts) == 1 and not dot and not title.isupper():
            continue  # a footnote («4 Helsedirektoratet og …»), not «1 INNLEDNING»
        if title.rstrip().endswith((".", ",")) or len(title.split()) > 12:
            continue  # a sentence or a list item
        if parts[0] > 20 or parts <= last or (last and parts[0] > last[0] + 1):
            continue  # out of order: a list item or a stray number
        if len(parts) > len(last) + 1:
            continue
        out.append((i, parts, " ".join(title.split())))
        last = parts
    return out


def caps_headings(lines: list[str]) -> list[tuple[int, tuple[int, ...], str]]:
    """A report without numbered chapters (000): its headings are lines in capitals."""
    out: list[tuple[int, tuple[int, ...], str]] = []
    for i, line in enumerate(lines, start=1):
        t = line.strip()
        if 4 < len(t) < 90 and t == t.upper() and re.search("[A-ZÆØÅ]{4}", t):
            out.append((i, (), t))
    return out


def chapter_of(heads: list[tuple[int, tuple[int, ...], str]], line: int) -> tuple[str, str]:
    best = ("", "")
    for at, parts, title in heads:
        if at > line:
            break
        best = (".".join(str(p) for p in parts), title)
    return best


def main() -> int:
    seeds = Path(sys.argv[1])
    cache: dict[str, list[tuple[int, tuple[int, ...], str]]] = {}
    for ref in sys.argv[2:]:
        report, _, lines = ref.partition(":")
        first = int(lines.split("-")[0])
        if report not in cache:
            path = next(seeds.glob(f"{report}_*.txt"))
            lines_of = path.read_text(encoding="utf-8").splitlines()
            found = headings(lines_of)
            cache[report] = found if len(found) > 20 else caps_headings(lines_of)
        number, title = chapter_of(cache[report], first)
        print(f"{ref}\t{number}\t{title}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
