"""«Endre saken»: the child, the family, the concern, the initiating service, the contact person.

The rows are a Designer form (forms/case_editor_dialog.ui, compiled by
scripts/gen_ui.py); the family members' rows are added to its grid here. Opened
from the overview. Saves through :func:`services.cases.update_case` with
the version the editor was opened on; a case someone else saved meanwhile goes
through the one conflict flow (:func:`forms_base.ask_conflict`). A contact
person missing from the directory is added from the field itself («Ny person i
Katalog …»).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from familiemote.domain import model as m
from familiemote.domain import validation
from familiemote.domain.errors import (
    ConcurrentChangeError,
    DomainError,
    ValidationCode,
    ValidationError,
)
from familiemote.services import cases as case_service
from familiemote.services import directory
from familiemote.services.audit import Overwrite
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.forms.ui_case_editor_dialog import Ui_CaseEditorDialog
from familiemote.ui.forms.ui_new_person_dialog import Ui_NewPersonDialog
from familiemote.ui.forms_base import (
    FormDialog,
    ask_conflict,
    day_text,
    name_by_labels,
    parse_day,
)
from familiemote.ui.labels import label, service_label
from familiemote.ui.meeting_common import fit_to_screen

UowFactory = Callable[[], SqlAlchemyUnitOfWork]
FAMILY = "family"
RELATIONS = tuple(m.Relation)


@dataclass
class MemberRow:
    """One family member's row in the editor."""

    id: int | None
    name: QLineEdit
    relation: QComboBox
    guardian: QCheckBox
    phone: QLineEdit
    email: QLineEdit
    remove: QPushButton
    widgets: tuple[QWidget, ...]


def narrow(combo: QComboBox, letters: int = 14) -> None:
    """A choice that may be narrower than its longest entry (the list opens full width)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)


class CaseEditorDialog(FormDialog):
    """Edit a stored case; on save, :attr:`saved` is True."""

    def __init__(
        self,
        uow_factory: UowFactory,
        detail: case_service.CaseDetail,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Endre saken"), self.tr("&Lagre endringene"), parent)
        self.setObjectName("caseEditor")
        self.uow_factory = uow_factory
        self.detail = detail
        self.today = today
        self.saved = False
        case = detail.case
        assert case.id is not None
        self.case_id = case.id
        self.version = case.version
        fit_to_screen(self, 760, 760)
        # the rows (forms/case_editor_dialog.ui) scroll when the screen is low or the
        # text large; the error line and the buttons stay below them
        self.outer.removeItem(self.form)
        rows = QWidget()
        self.ui = Ui_CaseEditorDialog()
        self.ui.setupUi(rows)
        self.form = self.ui.formLayout
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop; Tab goes to the rows
        self.outer.addWidget(scroll, 1)

        self.add_intro(
            self.tr(
                "Rett opp det som er registrert om saken. Hver endring lagres i historikken "
                "med navnet ditt."
            )
        )

        ui = self.ui
        self.child_name = ui.childNameEdit
        self.birth_year = ui.birthYearSpin
        self.birth_year.setRange(today.year - 25, today.year)
        self.birth_date = ui.birthDateEdit
        self.concern_by = ui.concernByCombo
        self.concern = ui.concernEdit
        lines = self.concern.fontMetrics().lineSpacing()
        self.concern.setMinimumHeight(4 * lines)
        self.concern.setMaximumHeight(8 * lines)
        self.initiating = ui.initiatingCombo
        self.contact = ui.contactCombo
        self.new_person = ui.newPerson
        self.new_person.clicked.connect(self.add_person)
        self.contact_hint = ui.contactHint
        self.family_box = ui.familyBox
        self.family_grid = ui.familyGrid
        self.add_member_button = ui.addMember
        self.add_member_button.clicked.connect(lambda: self.add_member().name.setFocus())
        self.fields.update(
            {
                "child_first_name": self.child_name,
                "child_birth_year": self.birth_year,
                "child_birth_date": self.birth_date,
                "concern_service_id": self.concern_by,
                "concern_summary": self.concern,
                "initiating_service_id": self.initiating,
                "coordinator_id": self.contact,
            }
        )
        name_by_labels(self.form)
        self.members: list[MemberRow] = []
        self._grid_rows = 1

        for combo in (self.concern_by, self.initiating, self.contact):
            narrow(combo)
        self._fill_choices()
        self.load(case_service.case_edit_of(case))
        if case.anonymous:  # no names until the family agrees (Samtykke)
            for widget in (self.child_name, self.family_box):
                widget.setVisible(False)
                row_label = self.form.labelForField(widget)
                if row_label is not None:
                    row_label.setVisible(False)
            note = QLabel(
                self.tr(
                    "Anonym drøfting: saken har ingen navn. Når familien har samtykket, gjør du "
                    "den om til en navngitt sak under Samtykke."
                )
            )
            note.setWordWrap(True)
            self.form.insertRow(0, note)
        self.child_name.setFocus()

    # -- filling ---------------------------------------------------------------------------

    def _fill_choices(self, select_person: int | None = None) -> None:
        services = directory.list_services(self.uow_factory())
        people = directory.list_professionals(self.uow_factory())
        names = {s.id: service_label(s.name) for s in services}
        keep_concern = self.concern_by.currentData()
        keep_initiating = self.initiating.currentData()
        keep_contact = select_person or self.contact.currentData()
        self.concern_by.clear()
        self.initiating.clear()
        self.contact.clear()
        self.concern_by.addItem(self.tr("(ikke valgt)"), None)
        self.concern_by.addItem(self.tr("Familien"), FAMILY)
        self.initiating.addItem(self.tr("(ikke valgt)"), None)
        for s in services:
            self.concern_by.addItem(service_label(s.name), s.id)
            self.initiating.addItem(service_label(s.name), s.id)
        self.contact.addItem(self.tr("(ikke valgt)"), None)
        for p in people:
            text = p.name + (f" – {names[p.service_id]}" if p.service_id in names else "")
            self.contact.addItem(text, p.id)
        if people:
            self.contact_hint.setText(
                self.tr(
                    "Den i kommunen som kaller inn til møtene og som familien ringer. "
                    "Står øverst i planen. Mangler personen, legg den til med «Ny person i "
                    "Katalog»."
                )
            )
        else:
            self.contact_hint.setText(
                self.tr(
                    "Katalogen har ingen personer ennå. Legg til kontaktpersonen med «Ny person "
                    "i Katalog …» her, eller under Katalog i menyen."
                )
            )
        self._select(self.concern_by, keep_concern)
        self._select(self.initiating, keep_initiating)
        self._select(self.contact, keep_contact)

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def load(self, data: case_service.CaseEdit) -> None:
        self.child_name.setText(data.child_first_name)
        if data.child_birth_year is not None:
            self.birth_year.setValue(data.child_birth_year)
        self.birth_date.setText(day_text(data.child_birth_date))
        self._select(self.concern_by, FAMILY if data.concern_by_family else data.concern_service_id)
        self.concern.setPlainText(data.concern_summary)
        self._select(self.initiating, data.initiating_service_id)
        self._select(self.contact, data.coordinator_id)
        for row in list(self.members):
            self._drop(row)
        for f in data.family:
            self.add_member(f)

    def add_member(self, member: case_service.FamilyMemberEdit | None = None) -> MemberRow:
        n = len(self.members) + 1
        name = QLineEdit(member.name if member else "")
        name.setMaxLength(validation.NAME_MAX)
        name.setAccessibleName(self.tr("Familiemedlem {n}, navn").format(n=n))
        relation = QComboBox()
        relation.setAccessibleName(self.tr("Familiemedlem {n}, relasjon til barnet").format(n=n))
        narrow(relation, 8)
        for rel in RELATIONS:
            relation.addItem(label(rel), rel)
        relation.setCurrentIndex(RELATIONS.index(member.relation if member else m.Relation.MOTHER))
        guardian = QCheckBox()  # the column's heading says «Foresatt»
        guardian.setChecked(member.is_guardian if member else True)
        guardian.setAccessibleName(self.tr("Familiemedlem {n} er foresatt").format(n=n))
        phone = QLineEdit(member.phone if member else "")
        phone.setAccessibleName(self.tr("Familiemedlem {n}, telefon").format(n=n))
        email = QLineEdit(member.email if member else "")
        email.setAccessibleName(self.tr("Familiemedlem {n}, e-post").format(n=n))
        for field in (name, phone, email):
            # a narrow field shows the start of what it holds (an address, not «@eksempel.no»)
            field.setCursorPosition(0)
        remove = QPushButton(self.tr("Fjern"))
        remove.setAccessibleName(self.tr("Fjern familiemedlem {n}").format(n=n))
        ident = member.id if member else None
        if case_service.member_in_use(self.detail.case, ident):
            remove.setEnabled(False)
            remove.setToolTip(
                self.tr(
                    "Kan ikke fjernes: har vært med i et møte eller gitt samtykke, og "
                    "møtereferatet eller samtykket viser til vedkommende."
                )
            )
        widgets = (name, relation, guardian, phone, email, remove)
        row = MemberRow(ident, name, relation, guardian, phone, email, remove, widgets)
        remove.clicked.connect(lambda: self._drop(row))
        r = self._grid_rows
        self._grid_rows += 1
        for col, w in enumerate(widgets):
            self.family_grid.addWidget(w, r, col)
        self.members.append(row)
        self.enter_saves()  # Enter in the new row's fields saves, it never presses «Fjern»
        return row

    def _drop(self, row: MemberRow) -> None:
        for w in row.widgets:
            self.family_grid.removeWidget(w)
            w.hide()
            w.deleteLater()
        self.members.remove(row)

    # -- the directory from the field ----------------------------------------------------

    def add_person(self) -> None:
        """Add a person to the directory without leaving the editor, and choose them."""
        dialog = NewPersonDialog(self.uow_factory, self)
        if dialog.exec() and dialog.person_id is not None:
            self._fill_choices(select_person=dialog.person_id)
            self.contact.setFocus()

    # -- saving ----------------------------------------------------------------------------

    def collect(self) -> case_service.CaseEdit:
        try:
            birth_date = parse_day(self.birth_date.text(), self.today)
        except ValueError as exc:
            raise ValidationError("child_birth_date", ValidationCode.INVALID_DATE) from exc
        family: list[case_service.FamilyMemberEdit] = []
        for row in self.members:
            if not row.name.text().strip() and not row.phone.text() and not row.email.text():
                continue
            self.fields[f"family[{len(family)}].name"] = row.name
            self.fields[f"family[{len(family)}].phone"] = row.phone
            self.fields[f"family[{len(family)}].email"] = row.email
            family.append(
                case_service.FamilyMemberEdit(
                    name=row.name.text(),
                    relation=row.relation.currentData(),
                    is_guardian=row.guardian.isChecked(),
                    phone=row.phone.text(),
                    email=row.email.text(),
                    id=row.id,
                )
            )
        concern_by = self.concern_by.currentData()
        return case_service.CaseEdit(
            child_first_name=self.child_name.text(),
            child_birth_year=None if birth_date else self.birth_year.value(),
            child_birth_date=birth_date,
            concern_by_family=concern_by == FAMILY,
            concern_service_id=None if concern_by == FAMILY else concern_by,
            initiating_service_id=self.initiating.currentData(),
            coordinator_id=self.contact.currentData(),
            concern_summary=self.concern.toPlainText(),
            family=tuple(family),
        )

    def save(self, overwrites: Overwrite | None = None) -> None:
        data = self.collect()
        self.version = case_service.update_case(
            self.uow_factory(), self.case_id, data, self.version, self.today, overwrites
        )
        self.saved = True

    def resolve_conflict(self) -> None:
        """Someone else saved the case meanwhile: both versions side by side."""
        fresh = case_service.get_case(self.uow_factory(), self.case_id)
        stored = case_service.case_edit_of(fresh.case)
        try:
            mine = self.collect()
        except ValidationError as err:
            self.show_error(err)
            return
        differing = [row for row in self._compare(mine, stored, fresh) if row[2] != row[3]]
        rows = [(text, a, b) for _field, text, a, b in differing]
        choice = ask_conflict(
            self, self.tr("saken"), rows, self.uow_factory, self.case_id, ("cases", self.case_id)
        )
        if choice == "later":
            self.show_error(
                self.tr(
                    "Ikke lagret: noen andre har endret saken samtidig. Skjemaet står som du "
                    "fylte det ut."
                )
            )
            return
        self.detail = fresh
        self.version = fresh.case.version
        if choice == "stored":
            self.load(stored)
            self.show_error(self.tr("Skjemaet viser nå det som er lagret. Ingenting er endret."))
            return
        try:
            self.save(Overwrite("cases", self.case_id, tuple(row[0] for row in differing)))
        except ConcurrentChangeError:
            self.show_error(self.tr("Ikke lagret: saken ble endret igjen. Prøv på nytt."))
            return
        except DomainError as err:
            self.show_error(err)
            return
        self.accept()

    def _compare(
        self,
        mine: case_service.CaseEdit,
        stored: case_service.CaseEdit,
        fresh: case_service.CaseDetail,
    ) -> list[tuple[str, str, str, str]]:
        """(the case's field, its label, mine, stored) for every field the editor shows."""

        def person(ident: int | None) -> str:
            return fresh.professional_name(ident) or self.tr("(ikke valgt)")

        def service(ident: int | None) -> str:
            return service_label(fresh.service_name(ident)) or self.tr("(ikke valgt)")

        def concern_by(d: case_service.CaseEdit) -> str:
            return self.tr("Familien") if d.concern_by_family else service(d.concern_service_id)

        def family(d: case_service.CaseEdit) -> str:
            return "; ".join(
                ", ".join(x for x in (f.name, label(f.relation), f.phone, f.email) if x)
                for f in d.family
            )

        def born(d: case_service.CaseEdit) -> str:
            return day_text(d.child_birth_date) or str(d.child_birth_year or "")

        return [
            (
                "child_first_name",
                self.tr("Barnets fornavn"),
                mine.child_first_name,
                stored.child_first_name,
            ),
            ("child_birth_date", self.tr("Født"), born(mine), born(stored)),
            (
                "concern_service_id",
                self.tr("Bekymring meldt av"),
                concern_by(mine),
                concern_by(stored),
            ),
            (
                "concern_summary",
                self.tr("Bekymringen"),
                mine.concern_summary,
                stored.concern_summary,
            ),
            (
                "initiating_service_id",
                self.tr("Initiativtaker"),
                service(mine.initiating_service_id),
                service(stored.initiating_service_id),
            ),
            (
                "coordinator_id",
                self.tr("Kontaktperson"),
                person(mine.coordinator_id),
                person(stored.coordinator_id),
            ),
            ("family_members", self.tr("Familien"), family(mine), family(stored)),
        ]


class NewPersonDialog(FormDialog):
    """A person added to the directory (Katalog) from a form that needs them (rows:
    forms/new_person_dialog.ui)."""

    def __init__(self, uow_factory: UowFactory, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ny person i Katalog"), self.tr("&Legg til"), parent)
        self.uow_factory = uow_factory
        self.person_id: int | None = None
        self.ui = ui = Ui_NewPersonDialog()
        self.use_designer_form(
            ui,
            {
                "name": "nameEdit",
                "title": "titleEdit",
                "service_id": "serviceCombo",
                "phone": "phoneEdit",
                "email": "emailEdit",
            },
        )
        self.name, self.title, self.service = ui.nameEdit, ui.titleEdit, ui.serviceCombo
        self.phone, self.email = ui.phoneEdit, ui.emailEdit
        for s in directory.list_services(uow_factory()):  # after «(ingen tjeneste)»
            self.service.addItem(service_label(s.name), s.id)
        self.name.setFocus()

    def save(self) -> None:
        self.person_id = directory.add_professional(
            self.uow_factory(),
            directory.NewProfessional(
                name=self.name.text(),
                service_id=self.service.currentData(),
                title=self.title.text(),
                phone=self.phone.text(),
                email=self.email.text(),
            ),
        )


def edit_case(
    parent: QWidget, uow_factory: UowFactory, detail: case_service.CaseDetail, today: dt.date
) -> bool:
    """Open the editor on a case; True when a change was stored."""
    dialog = CaseEditorDialog(uow_factory, detail, today, parent)
    return bool(dialog.exec()) and dialog.saved
