"""`familiemote print leaflet` and `familiemote print invitation`, run as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.support.pdf import pages, qpdf_ok, text

PASS = {"FAMILIEMOTE_PASSPHRASE": "korrekt hest batteri stift"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli-letters") / "demo.sqlite"
    result = run("demo", "--db", str(db), env=PASS)
    assert result.returncode == 0, result.stderr
    return db


def test_print_leaflet_in_nynorsk_with_lines_to_write_on(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "brev.pdf"
    r = run("print", "leaflet", "--lang", "nn", "-o", str(out), "--db", str(demo_db), env=PASS)
    assert r.returncode == 0, r.stderr
    qpdf_ok(out)
    assert pages(out) == 1
    printed = " ".join(text(out).split())
    assert "Kva er eit familiemøte?" in printed and "Namn: ____" in printed


def test_print_invitation_and_its_calendar_file(demo_db: Path, tmp_path: Path) -> None:
    out, ics = tmp_path / "invitasjon.pdf", tmp_path / "mote.ics"
    r = run(
        "print",
        "invitation",
        "--meeting",
        "2",
        "--ics",
        str(ics),
        "-o",
        str(out),
        "--db",
        str(demo_db),
        env=PASS,
    )
    assert r.returncode == 0, r.stderr
    printed = " ".join(text(out).split())
    assert "Invitasjon til" in printed and "Sofie" in printed and "Kontaktperson" in printed
    assert "BEGIN:VEVENT" in ics.read_text(encoding="utf-8")
    missing = run(
        "print", "invitation", "--meeting", "999", "-o", str(out), "--db", str(demo_db), env=PASS
    )
    assert missing.returncode != 0 and "999" not in missing.stdout
