"""`familiemote print ...` and `familiemote evaluations report`, run as a user runs them."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.support.pdf import assert_fonts_embedded, pages, qpdf_ok, text

PASS = {"FAMILIEMOTE_PASSPHRASE": "korrekt hest batteri stift"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli-print") / "demo.sqlite"
    result = run("demo", "--db", str(db), env=PASS)
    assert result.returncode == 0, result.stderr
    return db


def test_print_plan_and_family_copy(demo_db: Path, tmp_path: Path) -> None:
    full, family = tmp_path / "plan.pdf", tmp_path / "familie.pdf"
    r1 = run("print", "plan", "--meeting", "1", "-o", str(full), "--db", str(demo_db), env=PASS)
    assert r1.returncode == 0, r1.stderr
    r2 = run(
        "print",
        "plan",
        "--meeting",
        "1",
        "--family-copy",
        "-o",
        str(family),
        "--db",
        str(demo_db),
        env=PASS,
    )
    assert r2.returncode == 0, r2.stderr
    assert "kontrollsum" in r2.stdout
    for pdf in (full, family):
        qpdf_ok(pdf)
        assert_fonts_embedded(pdf)
    assert "samlivsbrudd" in text(full)
    assert "samlivsbrudd" not in text(family)
    assert "Støttesamtaler med Sofie på helsestasjonen hver 14. dag" in text(family)
    assert oct(family.stat().st_mode & 0o777) == oct(0o600)  # case data: not world-readable


def test_print_consent(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "samtykke.pdf"
    r = run("print", "consent", "--case", "1", "-o", str(out), "--db", str(demo_db), env=PASS)
    assert r.returncode == 0, r.stderr
    assert pages(out) == 2
    assert "Kari Nordmann" in text(out, 1, 1) and "Ola Nordmann" in text(out, 2, 2)


@pytest.mark.parametrize(
    ("lang", "statement"),
    [("nb", "Jeg ble forstått og respektert"), ("nn", "Eg vart forstått og respektert")],
)
def test_print_evaluation_form(tmp_path: Path, lang: str, statement: str) -> None:
    out = tmp_path / "skjema.pdf"
    r = run("print", "evaluation", "--copies", "3", "--lang", lang, "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert pages(out) == 6
    body = text(out)
    assert body.count("SNU ARKET") == 3
    assert statement in body
    for case_data in ("Sofie", "Nordmann", "Eksempel"):
        assert case_data not in body


def test_evaluations_report_pdf_and_csv(demo_db: Path, tmp_path: Path) -> None:
    pdf, csv_file = tmp_path / "r.pdf", tmp_path / "r.csv"
    args = ("evaluations", "report", "--from", "01.01.2026", "--to", "31.12.2026")
    r = run(*args, "-o", str(pdf), "--db", str(demo_db), env=PASS)
    assert r.returncode == 0, r.stderr
    qpdf_ok(pdf)
    assert "Periode: 01.01.2026–31.12.2026" in text(pdf)
    r = run(*args, "-o", str(csv_file), "--db", str(demo_db), env=PASS)
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(io.StringIO(csv_file.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Påstand", "Tekst", "N"]
    assert rows[1][1] == "Jeg ble forstått og respektert"


def test_unknown_meeting_and_bad_input_are_reported_in_norwegian(
    demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    r = run("print", "plan", "--meeting", "999", "-o", str(out), "--db", str(demo_db), env=PASS)
    assert r.returncode == 1
    assert "Fant ikke" in r.stderr and "Traceback" not in r.stderr
    assert not out.exists()
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]
    r = run("print", "evaluation", "--copies", "0", "-o", str(out))
    assert r.returncode == 2
    r = run("evaluations", "report", "--from", "31.02.2026", "-o", str(out))
    assert r.returncode == 2 and "dato" in r.stderr
    r = run("print", "evaluation", "-o", str(tmp_path / "finnes-ikke" / "x.pdf"))
    assert r.returncode == 1 and "finnes ikke" in r.stderr
