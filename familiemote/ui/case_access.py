"""Who may see the open case, emergency access, and the family's copy of everything.

* :class:`CaseAccessDialog` (Sak > Tilgang til saken): the access list of the case,
  giving a colleague from the directory access with a reason and an end date,
  and ending an access. On a shared server the database enforces it
  (storage/access_sql.py); every change is in the case's history.
* :class:`EmergencyAccessDialog` (Sak > Nødtilgang): a user outside the team
  names the child (first name and birth year) and states why; the case opens for
  a few hours, and the access is in its history and the privacy officer's report.
* :class:`InnsynDialog` (Sak > Innsynskopi til familien): the family's copy of all
  data about the child as a PDF, in bokmål or nynorsk; single entries may be held
  back, each with its reason.

Database work runs through ui.ops.wait_for (a slow server never freezes the window).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import validation
from familiemote.domain.errors import DomainError
from familiemote.services import access
from familiemote.services.cases import CaseDetail
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.forms.ui_emergency_access_dialog import Ui_EmergencyAccessDialog
from familiemote.ui.forms.ui_innsyn_dialog import Ui_InnsynDialog
from familiemote.ui.forms_base import (
    FormDialog,
    NotDone,
    add_row,
    date_edit,
    date_of,
    error_line,
    qdate,
    run_form,
)
from familiemote.ui.ops import wait_for

UowFactory = Callable[[], SqlAlchemyUnitOfWork]
# The section titles services.innsyn.entry_keys names an entry by.
SECTION_TITLES = (
    QT_TRANSLATE_NOOP("InnsynDialog", "Familien"),
    QT_TRANSLATE_NOOP("InnsynDialog", "Møter"),
    QT_TRANSLATE_NOOP("InnsynDialog", "Interne notater"),
    QT_TRANSLATE_NOOP("InnsynDialog", "Tiltak"),
    QT_TRANSLATE_NOOP("InnsynDialog", "Samtykke"),
    QT_TRANSLATE_NOOP("InnsynDialog", "Barnets egne ord"),
    QT_TRANSLATE_NOOP("InnsynDialog", "Beslutninger om forløpet"),
    QT_TRANSLATE_NOOP("InnsynDialog", "Henvisninger"),
    QT_TRANSLATE_NOOP("InnsynDialog", "Beskjeder til tjenestene"),
)
DEFAULT_GRANT_DAYS = 30


def _local(moment: dt.datetime) -> str:
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%d.%m.%Y %H.%M")


def _show_error(parent: QWidget, err: DomainError) -> None:
    from familiemote.messages import error_text

    QMessageBox.warning(parent, parent.windowTitle(), error_text(err))


class CaseAccessDialog(QDialog):
    """The case's access list: give, see and end access beyond the team."""

    def __init__(self, uow_factory: UowFactory, detail: CaseDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.uow_factory = uow_factory
        assert detail.case.id is not None
        self.case_id = detail.case.id
        self.setWindowTitle(self.tr("Tilgang til saken"))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Saken kan ses av teamet: kontaktpersonen, brukerne i tjenesten som tok "
                "initiativet, og de som er invitert til et møte. Her gir du en kollega "
                "tilgang for en tid, med en grunn. Alt som endres, står i historikken."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Hvem"),
                self.tr("Slags tilgang"),
                self.tr("Grunn"),
                self.tr("Fra"),
                self.tr("Til og med"),
                self.tr("Status"),
            ]
        )
        self.table.setAccessibleName(self.tr("Tilgangsliste"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.end_button = QPushButton(self.tr("&Avslutt valgt tilgang"))
        self.end_button.clicked.connect(self.end_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.end_button)
        layout.addLayout(row)

        form = QFormLayout()
        self.person = QComboBox()
        self.reason = QLineEdit()
        self.reason.setMaxLength(access.MAX_REASON)
        today = dt.date.today()
        self.ends = date_edit(today + dt.timedelta(days=DEFAULT_GRANT_DAYS), self.tr("Til og med"))
        self.ends.setMinimumDate(qdate(today))
        self.ends.setMaximumDate(qdate(today + dt.timedelta(days=access.MAX_GRANT_DAYS)))
        add_row(form, self.tr("&Kollega:"), self.person)
        add_row(form, self.tr("G&runn:"), self.reason)  # Alt+G is «&Gi tilgang»
        add_row(form, self.tr("&Til og med:"), self.ends)
        self.fields: dict[str, QWidget] = {
            "professional_id": self.person,
            "reason": self.reason,
            "ends_on": self.ends,
        }
        layout.addLayout(form)
        self.grant_button = QPushButton(self.tr("&Gi tilgang"))
        self.grant_button.clicked.connect(self.grant)
        self.error_label = error_line()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Lukk"))
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.grant_button)
        layout.addLayout(bottom)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.entries: list[access.AccessEntry] = []
        self.load()

    def load(self) -> None:
        try:
            people, entries = wait_for(
                lambda: (
                    access.colleagues(self.uow_factory()),
                    access.list_access(self.uow_factory(), self.case_id),
                ),
                self,
            )
        except DomainError as err:
            _show_error(self, err)
            return
        self.person.clear()
        for pid, name, _login in people:
            self.person.addItem(name, pid)
        if not people:
            self.hint.setText(
                self.tr(
                    "Ingen i katalogen er knyttet til en databasebruker ennå. IT gjør det "
                    "(se README, «For IT»)."
                )
            )
        self.grant_button.setEnabled(bool(people))
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        self.entries = entries
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            if e.ended_at is not None:
                status = self.tr("Avsluttet {when}").format(when=_local(e.ended_at))
            elif e.active(now):
                status = self.tr("Gjelder")
            else:
                status = self.tr("Utløpt")
            kind = self.tr("Nødtilgang") if e.kind == "emergency" else self.tr("Gitt av teamet")
            # a grant lasts to the end of its last day; emergency access to the minute
            until = (
                (e.ends_at - dt.timedelta(seconds=1)).strftime("%d.%m.%Y")
                if e.kind == "grant"
                else _local(e.ends_at)
            )
            cells = [
                f"{e.person} ({e.login})" if e.person else e.login,
                kind,
                e.reason,
                _local(e.starts_at),
                until,
                status,
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.end_button.setEnabled(bool(entries))

    def grant(self) -> None:
        """Give the chosen colleague access (the form's one flow: :func:`run_form`)."""
        if run_form(self._grant, self.error_label, self.fields):
            self.load()

    def _grant(self) -> None:
        pid = self.person.currentData()
        if pid is None:
            raise NotDone(self.tr("Velg kollegaen som skal få tilgang."), "professional_id")
        reason = self.reason.text().strip()
        if not reason:
            raise NotDone(self.tr("Skriv hvorfor kollegaen trenger tilgang."), "reason")
        ends = date_of(self.ends)
        wait_for(
            lambda: access.grant_access(self.uow_factory(), self.case_id, int(pid), reason, ends),
            self,
        )
        self.reason.clear()
        self.hint.setText(
            self.tr("{name} har fått tilgang til og med {date}.").format(
                name=self.person.currentText(), date=ends.strftime("%d.%m.%Y")
            )
        )

    def end_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.entries):
            self.hint.setText(self.tr("Velg tilgangen som skal avsluttes."))
            return
        entry = self.entries[row]
        try:
            wait_for(lambda: access.end_access(self.uow_factory(), entry.id), self)
        except DomainError as err:
            _show_error(self, err)
            return
        self.hint.setText(self.tr("Tilgangen er avsluttet."))
        self.load()


class EmergencyAccessDialog(FormDialog):
    """Nødtilgang: open a case outside the team by naming the child and stating why."""

    def __init__(self, uow_factory: UowFactory, parent: QWidget | None = None):
        super().__init__(
            self.tr("Nødtilgang"), save_text=self.tr("&Åpne med nødtilgang"), parent=parent
        )
        self.uow_factory = uow_factory
        self.case_id: int | None = None
        self.add_intro(
            self.tr(
                "Bruk nødtilgang bare når barnet trenger hjelp nå og du ikke er med i teamet. "
                "Tilgangen varer i %n timer, står i sakens historikk og i rapporten til "
                "personvernombudet.",
                "",
                access.EMERGENCY_HOURS,
            )
        )
        # the rows are forms/emergency_access_dialog.ui; an error about a field focuses it
        self.ui = ui = Ui_EmergencyAccessDialog()
        self.use_designer_form(
            ui, {"first_name": "firstName", "birth_year": "year", "reason": "reason"}
        )
        self.first_name = ui.firstName
        self.first_name.setMaxLength(validation.NAME_MAX)
        self.year = ui.year
        self.year.setRange(1990, dt.date.today().year)
        self.year.setValue(dt.date.today().year - 8)
        self.reason = ui.reason
        self.reason.setMaxLength(access.MAX_REASON)

    def save(self) -> None:
        name, year, reason = self.first_name.text().strip(), self.year.value(), self.reason.text()
        if not name or not reason.strip():
            raise NotDone(
                self.tr("Skriv barnets fornavn og hvorfor du trenger tilgang."),
                "first_name" if not name else "reason",
            )
        found = wait_for(lambda: access.find_case(self.uow_factory(), name, year), self)
        if not found:
            raise NotDone(
                self.tr("Fant ingen sak for {name}, født {year}.").format(name=name, year=year),
                "first_name",
            )
        if len(found) > 1:
            raise NotDone(
                self.tr(
                    "Det finnes flere saker for {name}, født {year}. Kontakt IT eller "
                    "personvernombudet."
                ).format(name=name, year=year)
            )
        wait_for(lambda: access.take_emergency_access(self.uow_factory(), found[0], reason), self)
        self.case_id = found[0]


class InnsynDialog(FormDialog):
    """The family's copy of everything: language, entries held back, file."""

    def __init__(self, uow_factory: UowFactory, detail: CaseDetail, parent: QWidget | None = None):
        super().__init__(
            self.tr("Innsynskopi til familien"),
            save_text=self.tr("Lagre som &PDF …"),
            parent=parent,
        )
        self.uow_factory = uow_factory
        assert detail.case.id is not None
        self.case_id = detail.case.id
        self.saved_to: Path | None = None
        self.setMinimumWidth(720)
        self.add_intro(
            self.tr(
                "Familien har rett til en kopi av alt som er lagret om barnet, også interne "
                "notater (de merkes). Loven gir unntak, for eksempel for å beskytte barnet "
                "eller andre: kryss av for en opplysning som skal holdes tilbake, og skriv "
                "grunnen. Kopien sier hvor mange som er holdt tilbake."
            )
        )
        # the rows are forms/innsyn_dialog.ui; the entries are filled into its table
        self.ui = ui = Ui_InnsynDialog()
        self.use_designer_form(ui, {"held_back": "table", "language": "language"})
        self.table = ui.table
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.language = ui.language
        self.language.addItem(self.tr("Bokmål"), "nb")
        self.language.addItem(self.tr("Nynorsk"), "nn")
        self.keys: list[str] = []
        try:
            from familiemote.services import innsyn

            entries = wait_for(lambda: innsyn.entry_keys(self.uow_factory(), self.case_id), self)
        except DomainError as err:
            _show_error(self, err)
            entries = []
        self.table.setRowCount(len(entries))
        for r, (key, section, what) in enumerate(entries):
            title = QCoreApplication.translate("InnsynDialog", section)  # i18n: marked
            item = QTableWidgetItem(f"{title}: {what}")
            item.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(r, 0, item)
            self.table.setItem(r, 1, QTableWidgetItem(""))
            self.keys.append(key)

    def held_back(self) -> dict[str, str]:
        """The checked entries and their reasons; :class:`NotDone` if a reason is missing."""
        held: dict[str, str] = {}
        for r, key in enumerate(self.keys):
            check = self.table.item(r, 0)
            if check is None or check.checkState() != Qt.CheckState.Checked:
                continue
            reason_item = self.table.item(r, 1)
            reason = reason_item.text().strip() if reason_item else ""
            if not reason:
                self.table.setCurrentCell(r, 1)
                raise NotDone(
                    self.tr("Skriv grunnen til at «{what}» holdes tilbake.").format(
                        what=check.text()
                    ),
                    "held_back",
                )
            held[key] = reason
        return held

    def save(self) -> None:
        held = self.held_back()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lagre innsynskopien"), "innsyn.pdf", self.tr("PDF-filer (*.pdf)")
        )
        if not path:
            raise NotDone()  # the file dialog was cancelled: the form stays as it was
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        lang = str(self.language.currentData())
        target = Path(path)

        def work() -> None:
            from familiemote.printing import innsyn as innsyn_pdf
            from familiemote.services import innsyn

            copy = innsyn.build_copy(self.uow_factory(), self.case_id, held_back=held)
            innsyn_pdf.write_pdf(copy, target, language=lang)
            innsyn.record_copy(self.uow_factory(), copy)

        try:
            wait_for(work, self, self.tr("Lager innsynskopien …"))
        except OSError:
            raise NotDone(self.tr("Kunne ikke lagre filen. Velg en annen mappe.")) from None
        self.saved_to = target


class ReadLogDialog(QDialog):
    """Historikk > Hvem har sett saken: every opening, print, export and emergency access."""

    def __init__(
        self,
        uow_factory: UowFactory,
        case_id: int,
        names: object,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        from familiemote.services import audit as audit_service
        from familiemote.ui import history_words

        self.uow_factory = uow_factory
        self.case_id = case_id
        self.setWindowTitle(self.tr("Hvem har sett saken"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Hver gang noen har åpnet saken, skrevet ut, eksportert eller tatt nødtilgang, "
                "er det logget med hvem og når. Familien kan be om en utskrift."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        try:
            entries = wait_for(
                lambda: audit_service.case_history(self.uow_factory(), case_id), self
            )
        except DomainError as err:
            _show_error(self, err)
            entries = []
        looked = [e for e in entries if e.action in access.READ_ACTIONS]
        looked.sort(key=lambda e: e.at, reverse=True)
        self.table = QTableWidget(len(looked), 2, self)
        self.table.setObjectName("readLogTable")
        self.table.setHorizontalHeaderLabels([self.tr("Tid"), self.tr("Hva skjedde")])
        self.table.setAccessibleName(self.tr("Hvem har sett saken"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        assert isinstance(names, history_words.Names)
        for r, e in enumerate(looked):
            self.table.setItem(r, 0, QTableWidgetItem(_local(e.at)))
            self.table.setItem(r, 1, QTableWidgetItem(history_words.describe(e, names).sentence))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("Bokmål"), "nb")
        self.language.addItem(self.tr("Nynorsk"), "nn")
        self.language.setAccessibleName(self.tr("Språk"))
        # on Linux a combo box is named by its value: «Språk» reaches a screen reader
        # only from a label whose buddy it is
        language_label = QLabel(self.tr("&Språk:"))
        language_label.setBuddy(self.language)
        save = QPushButton(self.tr("&Lagre som PDF for familien …"))
        save.clicked.connect(self.save)
        close = QPushButton(self.tr("Lukk"))
        close.clicked.connect(self.reject)
        row.addWidget(language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        row.addWidget(save)
        row.addWidget(close)
        layout.addLayout(row)
        self.hint = QLabel()
        layout.addWidget(self.hint)

    def save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lagre loggen"), "innsynslogg.pdf", self.tr("PDF-filer (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        target, lang = Path(path), str(self.language.currentData())

        def work() -> None:
            from familiemote.printing import innsyn as innsyn_pdf
            from familiemote.services import innsyn
            from familiemote.services.audit import record_output

            copy = innsyn.build_copy(self.uow_factory(), self.case_id)
            innsyn_pdf.write_pdf(copy, target, language=lang, only_read_log=True)
            record_output(self.uow_factory(), "save_pdf", "read_log", case_id=self.case_id)

        try:
            wait_for(work, self)
        except DomainError as err:
            _show_error(self, err)
            return
        except OSError:
            self.hint.setText(self.tr("Kunne ikke lagre filen. Velg en annen mappe."))
            return
        self.hint.setText(self.tr("Lagret i {path}.").format(path=str(target)))
