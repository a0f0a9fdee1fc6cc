"""The printed evaluation form "Vurdering av samtalen", checked with independent PDF readers.

poppler-utils (pdfinfo, pdftotext, pdffonts) and qpdf must be installed; a missing
tool makes these tests fail, not skip.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest

from familiemote.printing.evaluation_form import render_evaluation_form
from familiemote.printing.fonts import BOLD, ITALIC, REGULAR, register_fonts

NB_STATEMENTS = (
    "Jeg ble forstått og respektert",
    "Vi snakket om det jeg ønsket å snakke om",
    "Samtalen hadde en form som passet meg",
    "I det store og hele var samtalen nyttig for meg",
)
NN_STATEMENTS = (
    "Eg vart forstått og respektert",
    "Vi snakka om det eg ønskte å snakke om",
    "Samtalen hadde ei form som passa meg",
    "I det store og heile var samtalen nyttig for meg",
)
NB_COMMENTS = "Kommentarer (ikke skriv navn eller noe annet som viser hvem dere er):"
NN_COMMENTS = "Kommentarar (ikkje skriv namn eller noko anna som viser kven de er):"
LOW = "Nei, i liten grad"
HIGH = "Ja, i stor grad"


def _run(*cmd: str) -> str:
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{cmd[0]} failed ({result.returncode}): {result.stderr}"
    return result.stdout


def _render(tmp_path: Path, copies: int = 1, lang: str = "nb") -> Path:
    pdf = tmp_path / f"form_{lang}_{copies}.pdf"
    render_evaluation_form(pdf, copies=copies, lang=lang)  # type: ignore[arg-type]
    assert pdf.stat().st_size > 0
    return pdf


def _text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-layout", "-enc", "UTF-8"]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    return _run(*args, str(pdf), "-")


def _page(pdf: Path, n: int) -> str:
    return _text(pdf, n, n)


def _info(pdf: Path) -> dict[str, str]:
    info: dict[str, str] = {}
    for line in _run("pdfinfo", "-enc", "UTF-8", str(pdf)).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            info[key.strip()] = value.strip()
    return info


def _collapse(text: str) -> str:
    """Squeeze runs of spaces, which -layout inserts between separately drawn strings."""
    return re.sub(r"[ \t]+", " ", text)


# --- structure ---------------------------------------------------------------------


def test_qpdf_check_passes(tmp_path: Path) -> None:
    pdf = _render(tmp_path, copies=2)
    out = _run("qpdf", "--check", str(pdf))
    assert "No syntax or stream encoding errors found" in out


@pytest.mark.parametrize("copies", [1, 3])
def test_two_a4_pages_per_copy(tmp_path: Path, copies: int) -> None:
    pdf = _render(tmp_path, copies=copies)
    info = _info(pdf)
    assert int(info["Pages"]) == 2 * copies
    assert "(A4)" in info["Page size"]


def test_metadata_has_title_and_no_author(tmp_path: Path) -> None:
    info = _info(_render(tmp_path))
    assert info["Title"] == "Vurdering av samtalen"
    assert info.get("Author", "") == ""


def test_writes_to_binary_stream() -> None:
    buf = io.BytesIO()
    render_evaluation_form(buf)
    data = buf.getvalue()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")


def test_accepts_str_path(tmp_path: Path) -> None:
    target = tmp_path / "as_str.pdf"
    render_evaluation_form(str(target), copies=1)
    assert int(_info(target)["Pages"]) == 2


# --- content, bokmål ---------------------------------------------------------------


def test_front_page_content(tmp_path: Path) -> None:
    pdf = _render(tmp_path)
    front = _page(pdf, 1)
    assert "Vurdering av samtalen" in front
    assert "anonymt" in front and "frivillig" in front
    assert "Ikke skriv navnet ditt" in front
    assert "Mor, far eller annen foresatt" in front
    assert "Barn/ungdom" in front
    assert re.search(r"Barnets alder:\s+år", front), front
    assert NB_STATEMENTS[0] in front
    assert NB_STATEMENTS[1] in front
    assert NB_STATEMENTS[2] not in front
    assert NB_STATEMENTS[3] not in front


def test_back_page_content(tmp_path: Path) -> None:
    pdf = _render(tmp_path)
    back = _page(pdf, 2)
    assert NB_STATEMENTS[2] in back
    assert NB_STATEMENTS[3] in back
    assert NB_STATEMENTS[0] not in back
    assert NB_STATEMENTS[1] not in back
    assert NB_COMMENTS in _collapse(back)
    assert NB_COMMENTS not in _collapse(_page(pdf, 1))
    assert "Mor, far eller annen foresatt" not in back


def test_turn_over_only_on_front_of_each_sheet(tmp_path: Path) -> None:
    pdf = _render(tmp_path, copies=3)
    for sheet in range(3):
        assert "SNU ARKET" in _page(pdf, 2 * sheet + 1)
        assert "SNU ARKET" not in _page(pdf, 2 * sheet + 2)


def test_every_copy_is_complete(tmp_path: Path) -> None:
    pdf = _render(tmp_path, copies=3)
    text = _collapse(_text(pdf))
    for statement in NB_STATEMENTS:
        assert text.count(statement) == 3
    assert text.count(NB_COMMENTS) == 3
    assert text.count("SNU ARKET") == 3


def test_each_item_has_scale_and_end_labels(tmp_path: Path) -> None:
    pdf = _render(tmp_path)
    for n in (1, 2):
        page = _page(pdf, n)
        # Two items per side, each with its own pair of end labels ...
        assert page.count(LOW) == 2, page
        assert page.count(HIGH) == 2, page
        # ... and its own 0-5 row, the numbers in order on one line.
        rows = [ln for ln in page.splitlines() if re.fullmatch(r"\s*0\s+1\s+2\s+3\s+4\s+5\s*", ln)]
        assert len(rows) == 2, page
        # "Nei" (0) is on the left, "Ja" (5) on the right.
        label_line = next(ln for ln in page.splitlines() if LOW in ln)
        assert HIGH in label_line
        assert label_line.index(LOW) < label_line.index(HIGH)


def test_statements_are_numbered_in_order(tmp_path: Path) -> None:
    pdf = _render(tmp_path)
    text = _collapse(_text(pdf))
    positions = []
    for number, statement in enumerate(NB_STATEMENTS, start=1):
        match = re.search(rf"{number}\. {re.escape(statement)}", text)
        assert match, f"item {number} not found"
        positions.append(match.start())
    assert positions == sorted(positions)


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_no_identifying_fields(tmp_path: Path, lang: str) -> None:
    text = _text(_render(tmp_path, copies=1, lang=lang))
    for forbidden in (
        "Navn:",
        "Namn:",
        "Saksnummer",
        "saksnr",
        "Personnummer",
        "Fødselsnummer",
        "Dato:",
        "Intern",
        "ID:",
    ):
        assert forbidden.lower() not in text.lower(), forbidden
    assert not re.search(r"\bSak\b", text, re.IGNORECASE)
    # The only digits are the 0-5 scale, item numbers 1-4 and "Side n av 2", besides
    # the stamp (form version and print date), which names no one.
    text = re.sub(r"Skjemaversjon \d+ · (skrevet|skrive) ut \d\d\.\d\d\.\d{4}", "", text)
    numbers = re.findall(r"\d+", text)
    assert numbers, "scale numbers missing"
    assert set(numbers) <= {"0", "1", "2", "3", "4", "5"}, sorted(set(numbers))


# --- nynorsk -----------------------------------------------------------------------


def test_nynorsk_version(tmp_path: Path) -> None:
    pdf = _render(tmp_path, lang="nn")
    text = _collapse(_text(pdf))
    for statement in NN_STATEMENTS:
        assert statement in text
    for statement in NB_STATEMENTS:
        assert statement not in text
    front, back = _page(pdf, 1), _collapse(_page(pdf, 2))
    assert "Mor, far eller annan føresett" in front
    assert "Mor, far eller annen foresatt" not in front
    assert "Barn/ungdom" in front
    assert "Ikkje skriv namnet ditt" in front
    assert "SNU ARKET" in front
    assert "SNU ARKET" not in back
    assert NN_COMMENTS in back
    assert NB_COMMENTS not in back
    assert text.count(LOW) == 4
    assert text.count(HIGH) == 4
    for bokmal_word in (" ikke ", "Jeg ", " hvordan ", "navnet"):
        assert bokmal_word not in text, bokmal_word


def test_nynorsk_page_count(tmp_path: Path) -> None:
    assert int(_info(_render(tmp_path, copies=3, lang="nn"))["Pages"]) == 6


# --- fonts -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_all_fonts_embedded_and_no_helvetica(tmp_path: Path, lang: str) -> None:
    out = _run("pdffonts", str(_render(tmp_path, lang=lang)))
    lines = out.splitlines()
    assert lines[0].split()[-5:] == ["emb", "sub", "uni", "object", "ID"]
    assert lines[1].startswith("---")
    rows = [ln.split() for ln in lines[2:] if ln.strip()]
    assert len(rows) >= 3, out  # regular, bold and italic
    for row in rows:
        # Counted from the right: emb sub uni object-number generation.
        assert row[-5] == "yes", out
    assert "helvetica" not in out.lower()
    assert "DejaVuSans" in out


def test_register_fonts_is_idempotent() -> None:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    register_fonts()
    names = set(pdfmetrics.getRegisteredFontNames())
    assert {REGULAR, BOLD, ITALIC} <= names
    assert (REGULAR, BOLD, ITALIC) == ("FM-Regular", "FM-Bold", "FM-Italic")
    assert pdfmetrics.getFont(REGULAR).face.filename.endswith("DejaVuSans.ttf")
    assert pdfmetrics.getFont(BOLD).face.filename.endswith("DejaVuSans-Bold.ttf")
    assert pdfmetrics.getFont(ITALIC).face.filename.endswith("DejaVuSans-Oblique.ttf")


# --- arguments ---------------------------------------------------------------------


@pytest.mark.parametrize("copies", [0, -1, 501, 10_000])
def test_rejects_bad_copy_counts(tmp_path: Path, copies: int) -> None:
    target = tmp_path / "bad.pdf"
    with pytest.raises(ValueError, match="copies"):
        render_evaluation_form(target, copies=copies)
    assert not target.exists()


@pytest.mark.parametrize("lang", ["en", "se", "", "NB"])
def test_rejects_unknown_language(tmp_path: Path, lang: str) -> None:
    target = tmp_path / "bad.pdf"
    with pytest.raises(ValueError, match="language"):
        render_evaluation_form(target, lang=lang)  # type: ignore[arg-type]
    assert not target.exists()


def test_upper_copy_limit_is_accepted(tmp_path: Path) -> None:
    pdf = _render(tmp_path, copies=500)
    assert int(_info(pdf)["Pages"]) == 1000
