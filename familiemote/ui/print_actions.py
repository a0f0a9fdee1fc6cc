"""Skriv ut, Lagre som PDF and Forhåndsvisning for every printed document.

How printing works, and why:

* Every document is a PDF made by ``familiemote.printing`` (ReportLab). The preview
  renders its pages with PDFium (the ``pypdfium2`` wheel, a few MB, the same engine
  QtPdf uses; PySide6-Essentials has no QtPdf, and the Qt add-on wheels are two
  orders of magnitude larger). The PDF stays in memory for the preview.
* ``Skriv ut`` opens Qt's print dialog to choose the printer, copies and duplex.
  Where CUPS is there (Linux, macOS) the PDF itself goes to that printer with
  ``lp``: the printer gets vector text, not a raster. Elsewhere (Windows) the pages
  are rasterised at 300 dpi and painted onto Qt's QPrinter.
* The PDF handed to ``lp`` is case data: it is written into a private temporary
  folder (mode 700) and deleted as soon as CUPS has taken its copy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain.errors import DomainError
from familiemote.messages import error_text
from familiemote.printing.texts import Lang
from familiemote.temp_files import private_temp_dir
from familiemote.ui.forms_base import preview_cancel_buttons
from familiemote.ui.language import ui_language
from familiemote.ui.ops import wait_for
from familiemote.ui.widgets import announce

if TYPE_CHECKING:  # Qt's print support is loaded when something is printed
    from PySide6.QtPrintSupport import QPrinter

PREVIEW_DPI = 80
RASTER_DPI = 300


class PrintError(Exception):
    """The print system refused the job (no such printer, CUPS not running...)."""


@dataclass(frozen=True)
class Document:
    """A printable document: a title for the job and the file name, and how to render it."""

    title: str
    file_stem: str
    render: Callable[[BinaryIO], object]
    # records in the audit trail that the document was printed or saved
    # (called with "print" or "save_pdf"); None records nothing
    record: Callable[[str], None] | None = None

    def pdf_bytes(self) -> bytes:
        buf = BytesIO()
        self.render(buf)
        return buf.getvalue()


def has_cups() -> bool:
    return shutil.which("lp") is not None


def send_pdf_to_printer(
    pdf: Path, printer: str, *, copies: int = 1, title: str = "", duplex: bool = False
) -> str:
    """Queue ``pdf`` on the CUPS printer ``printer``; return CUPS's job id."""
    lp = shutil.which("lp")
    if lp is None:
        raise PrintError("lp not found")
    cmd = [lp, "-d", printer, "-n", str(max(1, copies))]
    if title:
        cmd += ["-t", title]
    cmd += ["-o", "sides=two-sided-long-edge" if duplex else "sides=one-sided"]
    cmd += ["-o", "media=A4", str(pdf)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    if result.returncode != 0:
        raise PrintError(result.stderr.strip() or f"lp exited {result.returncode}")
    out = result.stdout.strip()  # "request id is Printer-12 (1 file(s))"
    return out.split("request id is ", 1)[-1].split(" ", 1)[0] if out else ""


def print_document(
    document: Document, printer: str, *, copies: int = 1, duplex: bool = False
) -> str:
    """What ``Skriv ut`` does once a printer is chosen: render, queue, delete the file."""
    with private_temp_dir() as folder:
        pdf = folder / f"{document.file_stem}.pdf"
        fd = os.open(pdf, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            document.render(f)
        return send_pdf_to_printer(pdf, printer, copies=copies, title=document.title, duplex=duplex)


def render_pages(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi`` (PDFium)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    doc = pdfium.PdfDocument(pdf)
    images = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_ARGB32,
            ).copy()  # own the pixels before PDFium frees them
            images.append(image)
            page.close()
    finally:
        doc.close()
    return images


def paint_on_printer(pdf: bytes, printer: QPrinter) -> None:
    """Print without CUPS: raster pages painted onto Qt's printer (Windows)."""
    pages = render_pages(pdf, RASTER_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("printer refused")
    try:
        for i, image in enumerate(pages):
            if i:
                printer.newPage()
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
    finally:
        painter.end()


def _made_and_rendered(document: Document) -> tuple[bytes, list[QImage]]:
    pdf = document.pdf_bytes()
    return pdf, render_pages(pdf, PREVIEW_DPI)


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the desktop's file manager (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class PreviewDialog(QDialog):
    """The pages of a document, with Skriv ut and Lagre som PDF."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Forhåndsvisning: {title}").format(title=document.title))
        self.resize(760, 900)
        # made and rendered in a worker thread: the window keeps repainting meanwhile
        self.pdf, self.pages = wait_for(
            lambda: _made_and_rendered(document), parent, self.tr("Lager forhåndsvisningen …")
        )
        self.last_job = ""

        column = QWidget()
        pages_layout = QVBoxLayout(column)
        pages_layout.setSpacing(16)
        self.page_labels: list[QLabel] = []
        for n, image in enumerate(self.pages, start=1):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setFrameShape(QLabel.Shape.Box)
            page.setAccessibleName(
                self.tr("Side {n} av {total}").format(n=n, total=len(self.pages))
            )
            pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(page)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Sidene i dokumentet"))

        self.count_label = QLabel(self.tr("%n sider", "", len(self.pages)))
        self.print_button = QPushButton(self.tr("&Skriv ut …"))
        self.save_button = QPushButton(self.tr("Lagre som &PDF …"))  # Alt+L is «&Lukk»
        self.close_button = QPushButton(self.tr("&Lukk"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        for b in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(b)
        # after «Lagre som PDF»: where the file went, and a way to it
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Åpne &mappen"))
        self.open_folder_button.clicked.connect(lambda: open_folder(self.saved_path.parent))
        saved = QHBoxLayout()
        saved.addWidget(self.saved_label, 1)
        saved.addWidget(self.open_folder_button)
        for w in (self.saved_label, self.open_folder_button):
            w.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(saved)
        layout.addLayout(buttons)

    def print_with_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Skriv ut"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        from PySide6.QtPrintSupport import QPrinter

        duplex = printer.duplex() not in (QPrinter.DuplexMode.DuplexNone,)
        copies = printer.copyCount()
        name = printer.printerName()
        try:
            if has_cups() and name:
                self.last_job = wait_for(
                    lambda: print_document(self.document, name, copies=copies, duplex=duplex),
                    self,
                    self.tr("Sender til skriveren …"),
                )
            else:  # QPainter may paint on a QPrinter from a worker thread
                wait_for(
                    lambda: paint_on_printer(self.pdf, printer),
                    self,
                    self.tr("Sender til skriveren …"),
                )
        except (PrintError, OSError) as err:
            QMessageBox.warning(
                self,
                self.tr("Skriv ut"),
                self.tr(
                    "Dokumentet ble ikke skrevet ut. Kontroller at skriveren er på og "
                    "tilkoblet, eller lagre som PDF og skriv ut senere.\n\n({detail})"
                ).format(detail=str(err)),
            )
            return
        self._record("print")
        self.accept()

    def _record(self, action: str) -> None:
        """Put the print or the saved PDF in the audit trail; say so if that failed."""
        if self.document.record is None:
            return
        try:
            self.document.record(action)
        except DomainError as err:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Dokumentet er laget, men det ble ikke ført i historikken: {text}").format(
                    text=error_text(err)
                ),
            )

    def save_with_dialog(self) -> None:
        start = str(Path.home() / f"{self.document.file_stem}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lagre som PDF"), start, self.tr("PDF-filer (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        tmp: str | None = None
        try:
            fd, tmp = tempfile.mkstemp(prefix=".familiemote-", dir=path.parent)
            with os.fdopen(fd, "wb") as f:
                f.write(self.pdf)
                f.flush()
                os.fsync(f.fileno())  # a full disk shows here, not after the rename
            os.replace(tmp, path)
        except OSError as err:
            if tmp is not None:  # never a partial (plain) PDF left beside the target
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            QMessageBox.warning(
                self,
                self.tr("Lagre som PDF"),
                self.tr("Filen ble ikke lagret: {detail}").format(detail=err.strerror or err),
            )
            return
        self.saved_path = path
        self._record("save_pdf")
        text = self.tr("Lagret som «{name}» i mappen {folder}").format(
            name=path.name, folder=path.parent
        )
        self.saved_label.setText(text)
        self.saved_label.show()
        self.open_folder_button.show()
        self.open_folder_button.setFocus()
        announce(self.saved_label, text)


# --- choosing what to print -----------------------------------------------------------


class PlanOptionsDialog(QDialog):
    """Which meeting's plan, and whether it is the family's copy."""

    def __init__(self, meetings: list[tuple[int, dt.datetime]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skriv ut oppfølgingsplan"))
        self.meeting_combo = QComboBox()
        self.meeting_combo.setAccessibleName(self.tr("Møte"))
        for meeting_id, starts in meetings:
            self.meeting_combo.addItem(starts.strftime("%d.%m.%Y kl. %H.%M"), meeting_id)
        # Alt+F is «&Forhåndsvis»
        self.family_check = QCheckBox(self.tr("Familiens &kopi (uten interne notater og tiltak)"))
        self.family_check.setAccessibleName(self.tr("Familiens kopi"))
        self.family_check.setChecked(True)
        form = QFormLayout(self)
        meeting_label = QLabel(self.tr("&Møte:"))
        meeting_label.setBuddy(self.meeting_combo)
        form.addRow(meeting_label, self.meeting_combo)
        form.addRow(self.family_check)
        form.addRow(preview_cancel_buttons(self, self.tr("&Forhåndsvis")))


class EvaluationOptionsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skriv ut vurderingsskjema"))
        self.copies = QSpinBox()
        self.copies.setRange(1, 500)
        self.copies.setValue(10)
        self.copies.setAccessibleName(self.tr("Antall skjemaer"))
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Bokmål"), "nb")
        self.lang.addItem(self.tr("Nynorsk"), "nn")
        self.lang.setAccessibleName(self.tr("Målform"))
        self.lang.setCurrentIndex(self.lang.findData(ui_language()))  # the app's language
        form = QFormLayout(self)
        for text, widget in ((self.tr("&Antall:"), self.copies), (self.tr("&Målform:"), self.lang)):
            lab = QLabel(text)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        form.addRow(preview_cancel_buttons(self, self.tr("&Forhåndsvis")))


def plan_document(
    uow_factory: Callable[[], Any],
    meeting_id: int,
    family_copy: bool,
    today: dt.date,
    lang: Lang | None = None,
) -> Document:
    from familiemote.printing.plan import render_plan
    from familiemote.printing.texts import tx
    from familiemote.services.audit import record_output
    from familiemote.services.printing import plan_data

    data = plan_data(uow_factory(), meeting_id)
    suffix = "-familiens-kopi" if family_copy else ""
    lang = lang or ui_language()  # given when made off the GUI thread
    return Document(
        title=tx(lang, "Oppfølgingsplan, familiens kopi" if family_copy else "Oppfølgingsplan"),
        file_stem=f"oppfolgingsplan-{data.starts_at:%Y-%m-%d}{suffix}",
        render=lambda out: render_plan(
            data, out, printed_on=today, family_copy=family_copy, lang=lang
        ),
        record=lambda action: record_output(
            uow_factory(),
            action,
            "plan_family_copy" if family_copy else "plan",
            meeting_id=meeting_id,
        ),
    )


def consent_document(
    uow_factory: Callable[[], Any], case_id: int, today: dt.date, lang: Lang | None = None
) -> Document:
    from familiemote.printing.consent_form import render_consent_form
    from familiemote.printing.texts import tx
    from familiemote.services.audit import record_output
    from familiemote.services.printing import consent_form_data_for_print

    data = consent_form_data_for_print(uow_factory(), case_id, today)
    lang = lang or ui_language()  # given when made off the GUI thread
    return Document(
        title=tx(lang, "Samtykkeskjema"),
        file_stem="samtykkeskjema",
        render=lambda out: render_consent_form(data, out, printed_on=today, lang=lang),
        record=lambda action: record_output(uow_factory(), action, "consent_form", case_id=case_id),
    )


def evaluation_document(
    copies: int, lang: str, uow_factory: Callable[[], Any] | None = None
) -> Document:
    from familiemote.printing.evaluation_form import TEXTS, render_evaluation_form
    from familiemote.printing.texts import check_lang
    from familiemote.services.audit import record_output

    factory = uow_factory
    form_lang = check_lang(lang)
    return Document(
        title=TEXTS[form_lang]["title"],
        file_stem=f"vurdering-av-samtalen-{lang}",
        render=lambda out: render_evaluation_form(out, copies=copies, lang=form_lang),
        # a blank form: the app's event, with no case
        record=None
        if factory is None
        else lambda action: record_output(factory(), action, "evaluation_form", copies=copies),
    )


def _tr(text: str) -> str:
    """Menu texts in the PrintMenu context (not window.tr(): Qt would look them up under
    the window's class, where the translation extractor cannot file them)."""
    return QCoreApplication.translate("PrintMenu", text)


class PrintMenu:
    """The "Skriv ut" menu of the main window.

    It asks the window for the open case (``current_case_id``) and its services.
    """

    def __init__(
        self,
        window: QMainWindow,
        uow_factory: Callable[[], Any],
        today: Callable[[], dt.date],
        settings: QSettings | None = None,
    ) -> None:
        self.window = window
        self.uow_factory = uow_factory
        self.today = today
        bar = window.menuBar()
        existing = bar.actions()
        menu = bar.addMenu(_tr("Skriv &ut"))
        if existing:  # before the last menu (Hjelp)
            bar.insertMenu(existing[-1], menu)
        self.plan_action = QAction(_tr("&Oppfølgingsplan …"), window)
        self.plan_action.setShortcut(QKeySequence.StandardKey.Print)
        self.consent_action = QAction(_tr("&Samtykkeskjema …"), window)
        self.evaluation_action = QAction(_tr("&Vurderingsskjema (blankt) …"), window)
        self.entry_action = QAction(_tr("&Registrer utfylte vurderingsskjemaer …"), window)
        self.report_action = QAction(_tr("Vurderinger: &resultater …"), window)
        self.plan_action.triggered.connect(self.print_plan)
        self.consent_action.triggered.connect(self.print_consent)
        self.evaluation_action.triggered.connect(self.print_evaluation)
        self.entry_action.triggered.connect(self.enter_evaluations)
        self.report_action.triggered.connect(self.show_report)
        for action in (self.plan_action, self.consent_action, self.evaluation_action):
            menu.addAction(action)
        from familiemote.ui.family_letters import FamilyLetterActions  # leaflet, invitation

        self.family_letters = FamilyLetterActions(self, menu)
        menu.addSeparator()
        menu.addAction(self.entry_action)
        menu.addAction(self.report_action)
        self.menu = menu
        self.last_preview: PreviewDialog | None = None

    def _case_id(self) -> int | None:
        case_id = getattr(self.window, "current_case_id", None)
        if case_id is None:
            QMessageBox.information(
                self.window,
                _tr("Skriv ut"),
                _tr("Velg en sak i listen først."),
            )
        return case_id

    def preview(self, document: Document) -> PreviewDialog:
        dialog = PreviewDialog(document, self.window)
        self.last_preview = dialog
        dialog.open()
        return dialog

    def print_plan(self) -> None:
        from familiemote.services.printing import meeting_choices

        case_id = self._case_id()
        if case_id is None:
            return
        try:
            meetings = meeting_choices(self.uow_factory(), case_id)
            if not meetings:
                QMessageBox.information(
                    self.window,
                    _tr("Skriv ut"),
                    _tr("Saken har ingen møter ennå, så det finnes ingen plan å skrive ut."),
                )
                return
            options = PlanOptionsDialog(meetings, self.window)
            if options.exec() != QDialog.DialogCode.Accepted:
                return
        except DomainError as err:
            QMessageBox.warning(self.window, _tr("Skriv ut"), error_text(err))
            return
        meeting_id = int(options.meeting_combo.currentData())
        family, today, lang = options.family_check.isChecked(), self.today(), ui_language()
        self._read_and_preview(
            lambda: plan_document(self.uow_factory, meeting_id, family, today, lang),
            _tr("Henter planen …"),
        )

    def print_consent(self) -> None:
        case_id = self._case_id()
        if case_id is None:
            return
        today, lang = self.today(), ui_language()
        self._read_and_preview(
            lambda: consent_document(self.uow_factory, case_id, today, lang),
            _tr("Henter samtykket …"),
        )

    def _read_and_preview(self, read: Callable[[], Document], reading: str) -> None:
        """Read a case's document in a worker thread (a slow server), saying ``reading``
        meanwhile, then preview it; a refusal is told in a message."""
        try:
            document = wait_for(read, self.window, reading)
        except DomainError as err:
            QMessageBox.warning(self.window, _tr("Skriv ut"), error_text(err))
            return
        self.preview(document)

    def print_evaluation(self) -> None:
        options = EvaluationOptionsDialog(self.window)
        if options.exec() != QDialog.DialogCode.Accepted:
            return
        self.preview(
            evaluation_document(
                options.copies.value(), str(options.lang.currentData()), self.uow_factory
            )
        )

    def enter_evaluations(self) -> None:
        from familiemote.ui.evaluation_entry import EvaluationEntryDialog

        EvaluationEntryDialog(self.uow_factory, self.today(), self.window).exec()

    def show_report(self) -> None:
        from familiemote.ui.evaluation_report import EvaluationReportDialog

        EvaluationReportDialog(self.uow_factory, self.today(), self, self.window).exec()
