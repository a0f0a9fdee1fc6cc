"""Independent readers for the PDFs the app writes: qpdf, pdftotext, pdffonts, pdfinfo.

A missing tool makes a test fail, never skip.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


def run(*cmd: str) -> str:
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{cmd[0]} failed ({result.returncode}): {result.stderr}"
    return result.stdout


def qpdf_ok(pdf: Path) -> None:
    assert "No syntax or stream encoding errors found" in run("qpdf", "--check", str(pdf))


def text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    """The document's text with all whitespace squeezed to single spaces."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    return " ".join(run(*args, str(pdf), "-").split())


def pages(pdf: Path) -> int:
    found = re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(pdf)))
    assert found is not None, f"pdfinfo gave no page count for {pdf}"
    return int(found.group(1))


def is_a4(pdf: Path) -> bool:
    return "(A4)" in run("pdfinfo", str(pdf))


def assert_fonts_embedded(pdf: Path) -> None:
    """Every font is embedded, and every one is the shipped DejaVu (no Helvetica)."""
    lines = run("pdffonts", str(pdf)).splitlines()[2:]
    assert lines, "no fonts listed"
    for line in lines:
        fields = line.split()
        assert fields[-5] == "yes", f"not embedded: {line}"
        assert "DejaVu" in fields[0], line
