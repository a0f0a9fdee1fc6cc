"""Printing for real: the demo plan, the consent form and the evaluation form go through a
CUPS queue with a PDF printer (cups-pdf), by the app's own print path, and the file
that comes out is read back with pdftotext.

cups-pdf re-distils the PDF with Ghostscript, which drops the text mapping of æ, ø
and å; the comparison therefore ignores non-ASCII letters and spacing.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from familiemote.services.demo import create_demo_case
from familiemote.services.printing import meeting_choices
from familiemote.storage.db import Database, open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui import print_actions
from familiemote.ui.print_actions import (
    PreviewDialog,
    consent_document,
    evaluation_document,
    plan_document,
    print_document,
)
from tests.support.cups import PdfPrinter, cups_pdf_printer  # noqa: F401 (fixture)
from tests.support.fixture_types import UowFactory
from tests.support.pdf import qpdf_ok, run

# a real CUPS scheduler with the cups-pdf back end
pytestmark = pytest.mark.slow

TODAY = dt.date(2026, 11, 22)


def squash(text: str) -> str:
    """Letters, digits and a little punctuation, up to the first non-ASCII letter.

    Ghostscript may drop the rest of a drawn string after an æ, ø or å."""
    return re.sub(r"[^A-Za-z0-9.,:]", "", re.split(r"[^\x00-\x7f]", text, maxsplit=1)[0])


def printed_text(pdf: Path) -> str:
    return re.sub(r"[^A-Za-z0-9.,:]", "", run("pdftotext", "-enc", "UTF-8", str(pdf), "-"))


def _demo(tmp_path: Path) -> tuple[Database, UowFactory, int]:
    db = open_database(sqlite_url(tmp_path / "print.sqlite"))
    uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
    case_id = create_demo_case(uow(), TODAY).case_id
    return db, uow, case_id


def test_plan_printed_through_cups(cups_pdf_printer: PdfPrinter, tmp_path: Path) -> None:  # noqa: F811
    db, uow, case_id = _demo(tmp_path)
    try:
        (_, _), (first, _) = meeting_choices(uow(), case_id)
        document = plan_document(uow, first, True, TODAY)
        before = cups_pdf_printer.existing()
        job = print_document(document, cups_pdf_printer.name)
        assert job.startswith(cups_pdf_printer.name)
        out = cups_pdf_printer.wait_for_output(before)
    finally:
        db.dispose()
    qpdf_ok(out)
    body = printed_text(out)
    for expected in (
        "Sofie, 9",
        "Kari Nordmann",
        "Ola Nordmann",
        "Hanne Eksempel",
        "Kontaktperson",
        "Referent",
        "Observasjon i klassen og samtale med kontakt",
        "Fast plass ved siden av en trygg venn",
        "Kontrollsum",
    ):
        assert squash(expected) in body, expected
    assert "samlivsbrudd" not in body  # the family's copy


def test_no_case_data_left_in_temp_files(
    cups_pdf_printer: PdfPrinter,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The PDF handed to lp sits in a private folder (700) that is gone afterwards."""
    seen: list[tuple[Path, int, int]] = []
    real_send = print_actions.send_pdf_to_printer

    def spy(pdf: Path, printer: str, **kwargs: Any) -> str:
        seen.append(
            (pdf, stat.S_IMODE(pdf.parent.stat().st_mode), stat.S_IMODE(pdf.stat().st_mode))
        )
        return real_send(pdf, printer, **kwargs)

    monkeypatch.setattr(print_actions, "send_pdf_to_printer", spy)
    db, uow, case_id = _demo(tmp_path)
    try:
        before = cups_pdf_printer.existing()
        print_document(consent_document(uow, case_id, TODAY), cups_pdf_printer.name)
        out = cups_pdf_printer.wait_for_output(before)
    finally:
        db.dispose()
    ((pdf, folder_mode, file_mode),) = seen
    assert folder_mode == 0o700 and file_mode == 0o600
    assert not pdf.exists() and not pdf.parent.exists()
    assert Path(tempfile.gettempdir()) in pdf.parents
    body = printed_text(out)
    assert squash("Foresatt som samtykker:") + "KariNordmann" in body
    assert squash("Foresatt som samtykker:") + "OlaNordmann" in body


def test_the_preview_shows_every_page_and_prints_to_the_chosen_printer(
    qtbot: QtBot,
    cups_pdf_printer: PdfPrinter,  # noqa: F811
) -> None:
    dialog = PreviewDialog(evaluation_document(2, "nb"))
    qtbot.addWidget(dialog)
    assert len(dialog.page_labels) == 4  # two sheets, front and back
    assert dialog.page_labels[0].pixmap().width() > 500
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(cups_pdf_printer.name)
    assert printer.printerName() == cups_pdf_printer.name
    before = cups_pdf_printer.existing()
    dialog.print_to(printer)
    assert dialog.last_job.startswith(cups_pdf_printer.name)
    out = cups_pdf_printer.wait_for_output(before)
    body = printed_text(out)
    assert body.count("SNUARKET") == 2
    for statement in (
        "Jeg ble forstått og respektert",
        "Vi snakket om det jeg ønsket å snakke om",
        "Samtalen hadde en form som passet meg",
        "I det store og hele var samtalen nyttig for meg",
    ):
        assert squash(statement) in body
    assert "Sofie" not in body and "Nordmann" not in body


def test_save_as_pdf_writes_the_same_document(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PreviewDialog(evaluation_document(1, "nn"))
    qtbot.addWidget(dialog)
    target = tmp_path / "skjema"
    dialog.save_to(target)
    saved = tmp_path / "skjema.pdf"
    assert saved.read_bytes() == dialog.pdf
    qpdf_ok(saved)
    assert "Eg vart forstått og respektert" in run("pdftotext", str(saved), "-")
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".familiemote-")]
