"""«Avslutt møtet»: what is missing, then the family's copy, the evaluation forms and «holdt».

The list says in words what the meeting has not settled: no decision, an action
without a named person or a deadline, a service that would receive information
without consent. Nothing there stops the meeting from being closed: the
facilitator decides. Then one step prints the family's copy of the plan and the
evaluation forms (one per family member present; the number can be changed) on
the chosen printer, and marks the meeting as held. Without a printer the same
step saves both as PDF files in a folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from familiemote.domain import meeting_rules
from familiemote.domain import model as m
from familiemote.domain.errors import DomainError
from familiemote.messages import error_text
from familiemote.services import meetings as meeting_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.flow_layout import FlowLayout
from familiemote.ui.forms_base import (
    FormDialog,
    add_row,
    date_edit,
    date_of,
    error_line,
    show_error,
)
from familiemote.ui.guide.step import GuideStep, TwoLinesWhenNarrow, guide_button
from familiemote.ui.labels import service_label
from familiemote.ui.language import ui_language
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.widgets import heading


class ClosingPanel(GuideStep):
    """The last step of the guide.

    Signals:
        committed(): the meeting was marked as held.
    """

    def __init__(self, uow_factory: UowFactory, today: dt.date, parent: QWidget | None = None):
        super().__init__(uow_factory, today, parent)
        self.version: Callable[[], int | None] = lambda: None
        self.choose_folder: Callable[[], str] = self._ask_folder
        # the clock, on the guide's day (tests set both)
        self.now: Callable[[], dt.datetime] = lambda: dt.datetime.combine(
            self.today, dt.datetime.now().time()
        )
        self._held_at: dt.datetime | None = None  # held today, before its planned day
        self.jobs: list[str] = []  # what the last step printed or saved (for the status line)
        self.saved_files: list[Path] = []
        layout = self.step_layout()
        layout.addWidget(heading(self.tr("Før møtet avsluttes"), 1.1))
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName(self.tr("Dette mangler"))
        layout.addWidget(self.missing)
        form = QFormLayout()
        self.copies = QSpinBox()
        self.copies.setRange(0, 30)
        self.printer = QComboBox()
        add_row(
            form, self.tr("&Vurderingsskjemaer (ett per familiemedlem til stede):"), self.copies
        )
        add_row(form, self.tr("S&kriver:"), self.printer)
        layout.addLayout(form)
        row = FlowLayout()  # on more rows when the text is large and the dialog small
        self.finish_button = guide_button(
            self.tr("Skriv ut familiens kopi og vurderingsskjemaene, og &avslutt møtet"),
            self.tr("Skriv ut familiens kopi og vurderingsskjemaene, og avslutt møtet"),
            self.finish,
        )
        TwoLinesWhenNarrow(self.finish_button)  # its long label, at a large text size
        self.pdf_button = guide_button(
            self.tr("Lagre som &PDF og avslutt møtet …"),
            self.tr("Lagre som PDF og avslutt møtet"),
            self.finish_as_pdf,
        )
        self.held_button = guide_button(
            self.tr("Avslutt &uten utskrift"),
            self.tr("Avslutt møtet uten utskrift"),
            lambda: self.mark_held(),
        )
        for b in (self.finish_button, self.pdf_button, self.held_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Møtet avsluttet"))
        layout.addWidget(self.status)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self._copies_touched = False
        self.copies.valueChanged.connect(lambda _v: setattr(self, "_copies_touched", True))

    def _fill_printers(self) -> None:
        names = QPrinterInfo.availablePrinterNames()
        default = QPrinterInfo.defaultPrinterName()
        current = self.printer.currentText()
        self.printer.clear()
        for name in sorted(names, key=lambda n: n != default):
            self.printer.addItem(name)
        if current:
            self.printer.setCurrentIndex(max(0, self.printer.findText(current)))
        self.finish_button.setEnabled(bool(names))
        self.printer.setEnabled(bool(names))
        self.printer.setPlaceholderText(self.tr("ingen skriver funnet: lagre som PDF"))

    def set_case(self, detail: CaseDetail, meeting: m.Meeting) -> None:
        self.detail, self.meeting = detail, meeting
        assert meeting.id is not None
        if self.printer.count() == 0:
            self._fill_printers()
        try:
            check = meeting_service.closing_check(self.uow_factory(), meeting.id, self.today)
        except DomainError as err:
            show_error(self.error_label, error_text(err))
            return
        if not self._copies_touched:
            self.copies.blockSignals(True)
            self.copies.setValue(check.family_present)
            self.copies.blockSignals(False)
        lines = []
        if check.no_decision:
            lines.append(self.tr("• Ingen beslutning er registrert (steget «Beslutning»)."))
        for what in check.without_person:
            lines.append(
                self.tr("• «{what}» har ingen navngitt ansvarlig person.").format(what=what)
            )
        for what in check.without_date:
            lines.append(self.tr("• «{what}» har ingen frist.").format(what=what))
        for sid in check.recipients_without_consent:
            lines.append(
                self.tr(
                    "• {service} skal få opplysninger, men samtykket dekker ikke tjenesten."
                ).format(service=service_label(detail.service_name(sid)))
            )
        if lines:
            text = self.tr("Dette mangler (du kan avslutte likevel):") + "\n" + "\n".join(lines)
        else:
            text = self.tr("✓ Ingenting mangler: beslutning, ansvarlige og frister er på plass.")
        if check.held:
            text += "\n" + self.tr("Møtet er registrert som holdt.")
        self.missing.setText(text)

    # -- documents -----------------------------------------------------------------------

    def documents(self) -> list[object]:
        from familiemote.ui.print_actions import evaluation_document, plan_document

        assert self.meeting is not None and self.meeting.id is not None
        out: list[object] = [plan_document(self.uow_factory, self.meeting.id, True, self.today)]
        if self.copies.value() > 0:
            out.append(evaluation_document(self.copies.value(), ui_language(), self.uow_factory))
        return out

    def _record(self, document: object, action: str) -> None:
        record = getattr(document, "record", None)
        if record is not None:
            try:
                record(action)
            except DomainError as err:
                show_error(self.error_label, error_text(err))

    def finish(self) -> bool:
        """Print the family's copy and the forms on the chosen printer, then mark held."""
        from familiemote.ui.print_actions import PrintError, print_document

        printer = self.printer.currentText()
        if not printer:
            show_error(
                self.error_label,
                self.tr("Ingen skriver er satt opp. Lagre som PDF i stedet."),
            )
            return False
        if not self.ask_if_early() or not self._move_if_early():
            return False
        self.jobs = []
        try:
            for document in self.documents():
                self.jobs.append(print_document(document, printer))  # type: ignore[arg-type]
                self._record(document, "print")
        except (PrintError, OSError, DomainError) as err:
            show_error(
                self.error_label,
                self.tr(
                    "Ikke skrevet ut: {detail}. Kontroller skriveren, eller lagre som PDF. "
                    "Møtet er ikke avsluttet ennå."
                ).format(detail=error_text(err) if isinstance(err, DomainError) else str(err)),
            )
            return False
        return self.mark_held(
            self.tr(
                "Familiens kopi og %n vurderingsskjemaer er sendt til {printer}.",
                "",
                self.copies.value(),
            ).format(printer=printer),
            asked=True,
        )

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self, self.tr("Velg mappe for PDF-filene"), str(Path.home())
        )

    def finish_as_pdf(self) -> bool:
        if not self.ask_if_early():
            return False
        folder = self.choose_folder()
        if not folder or not self._move_if_early():
            return False
        self.saved_files = []
        try:
            for document in self.documents():
                stem = document.file_stem  # type: ignore[attr-defined]
                path = Path(folder) / f"{stem}.pdf"
                with path.open("wb") as out:
                    document.render(out)  # type: ignore[attr-defined]
                self.saved_files.append(path)
                self._record(document, "save_pdf")
        except (OSError, DomainError) as err:
            show_error(
                self.error_label,
                self.tr("Ikke lagret: {detail}. Møtet er ikke avsluttet ennå.").format(
                    detail=error_text(err) if isinstance(err, DomainError) else str(err)
                ),
            )
            return False
        return self.mark_held(
            self.tr("Lagret i {folder}: {files}.").format(
                folder=folder, files=", ".join(p.name for p in self.saved_files)
            ),
            asked=True,
        )

    def ask_if_early(self) -> bool:
        """A meeting whose planned day has not come: ask the day it was held, today
        unless she says otherwise (its time becomes that day's, see
        :meth:`_move_if_early`); False: not closed."""
        self._held_at = None
        meeting = self.meeting
        if meeting is None or meeting.status != m.MeetingStatus.PLANNED:
            return True
        now = self.now()
        if meeting.starts_at.date() <= now.date():
            return True
        opened_on = self.detail.case.opened_on if self.detail is not None else now.date()
        dialog = HeldDayDialog(meeting.starts_at, opened_on, now, self)
        if not dialog.exec() or dialog.held_at is None:
            self.status.setText(self.tr("Møtet er ikke avsluttet."))
            return False
        self._held_at = dialog.held_at
        return True

    def _move_if_early(self) -> bool:
        """Move the meeting to the time it was held, when :meth:`ask_if_early` said so,
        before the family's copy is made (it prints the meeting's date)."""
        held_at, self._held_at = self._held_at, None
        if held_at is None or self.meeting is None or self.meeting.id is None:
            return True
        try:
            meeting_service.move_to_held_time(
                self.uow_factory(), self.meeting.id, held_at, self.now(), self.version()
            )
        except DomainError as err:
            show_error(
                self.error_label, self.tr("Ikke avsluttet: {text}").format(text=error_text(err))
            )
            return False
        self.committed.emit()  # the guide reads the meeting back (its time and version)
        return True

    def mark_held(self, done: str = "", *, asked: bool = False) -> bool:
        if self.meeting is None or self.meeting.id is None:
            return False
        if not asked and not (self.ask_if_early() and self._move_if_early()):
            return False
        try:
            meeting_service.set_status(
                self.uow_factory(),
                self.meeting.id,
                m.MeetingStatus.HELD,
                self.version(),
                now=self.now(),
            )
        except DomainError as err:
            show_error(
                self.error_label, self.tr("Ikke avsluttet: {text}").format(text=error_text(err))
            )
            return False
        self.error_label.hide()
        self.status.setText(
            ((done + " ") if done else "") + self.tr("✓ Møtet er registrert som holdt.")
        )
        self.committed.emit()
        return True


class HeldDayDialog(FormDialog):
    """«Avslutt møtet» before the meeting's planned day: on which day was it held?

    Today unless she gives another day, not later than today and not before the case
    was opened (:func:`meeting_rules.check_held_day`); a refused day is told in the
    dialog and nothing is stored. ``held_at`` is the time it is recorded as held
    (that day at the planned hour; today, not later than now), set once accepted.
    """

    def __init__(
        self,
        planned: dt.datetime,
        opened_on: dt.date,
        now: dt.datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Møtet er satt opp fram i tid"), self.tr("&Registrer som holdt"), parent
        )
        self._planned, self._opened_on, self._now = planned, opened_on, now
        self.held_at: dt.datetime | None = None
        self.add_intro(
            self.tr(
                "Møtet er satt opp {planned}, og den dagen er ikke kommet ennå.\n\n"
                "Ble møtet holdt i dag? Hvis det ble holdt en annen dag, skriv den dagen. "
                "Møtets tidspunkt endres til det, og det opprinnelige tidspunktet står i "
                "sakens historikk."
            ).format(planned=planned.strftime("%d.%m.%Y kl. %H.%M"))
        )
        self.day_edit = date_edit(now.date(), self.tr("Dagen møtet ble holdt"))
        self.add_row(self.tr("&Holdt dag:"), self.day_edit, "held_on")
        self.range_label = QLabel(
            self.tr("Fra {opened} (da saken ble opprettet) til i dag, {today}.").format(
                opened=opened_on.strftime("%d.%m.%Y"), today=now.strftime("%d.%m.%Y")
            )
        )
        self.range_label.setWordWrap(True)
        self.add_row("", self.range_label)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Registreres som holdt"))
        self.add_row("", self.result_label)
        self.day_edit.dateChanged.connect(lambda _d: self._day_changed())
        self._show_result()
        self.finish_layout()
        self.day_edit.setFocus()

    def show_error(self, err: DomainError | str, field: str | None = None) -> None:
        super().show_error(err, field)
        self.adjustSize()  # room for the error line under the wrapped question

    def _day_changed(self) -> None:
        self.error_label.hide()  # a refused day's message is about that day only
        self._show_result()

    def _show_result(self) -> None:
        day = date_of(self.day_edit)
        held = meeting_service.held_time(self._planned, self._now, day)
        self.result_label.setText(
            self.tr("Registreres som holdt {held}.").format(
                held=held.strftime("%d.%m.%Y kl. %H.%M")
            )
        )

    def save(self) -> None:
        day = date_of(self.day_edit)
        meeting_rules.check_held_day(day, self._opened_on, self._now.date())
        self.held_at = meeting_service.held_time(self._planned, self._now, day)
