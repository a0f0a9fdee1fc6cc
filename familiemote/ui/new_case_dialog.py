"""The "Ny sak" dialog (forms/new_case_dialog.ui): validates at the field, stores nothing half."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from familiemote.domain import model as m
from familiemote.domain.errors import ValidationCode, ValidationError
from familiemote.services import cases as case_service
from familiemote.services import directory
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.forms.ui_new_case_dialog import Ui_NewCaseDialog
from familiemote.ui.forms_base import FormDialog, parse_day
from familiemote.ui.labels import label, service_label

GUARDIAN_RELATIONS = (
    m.Relation.MOTHER,
    m.Relation.FATHER,
    m.Relation.GUARDIAN,
    m.Relation.STEP_PARENT,
    m.Relation.FOSTER_PARENT,
    m.Relation.GRANDPARENT,
    m.Relation.OTHER,
)
FAMILY = "family"


def parse_date(text: str) -> dt.date | None:
    """A birth date as typed (14.03.2017, 14.03.17, 14032017); None when empty; ValueError
    when not a date. A day and month alone is not a birth date."""
    if text.strip() and len([p for p in text.replace("/", ".").split(".") if p]) == 2:
        raise ValueError(text)
    return parse_day(text, dt.date.today())


class NewCaseDialog(FormDialog):
    """Collects a new case; on save, :attr:`case_id` holds the stored case."""

    def __init__(
        self,
        uow_factory: Callable[[], SqlAlchemyUnitOfWork],
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(self.tr("Ny sak"), self.tr("&Lagre saken"), parent)
        self.ui = ui = Ui_NewCaseDialog()
        self.use_designer_form(
            ui,
            {
                "child_first_name": "childNameEdit",
                "child_birth_year": "birthYearSpin",
                "child_birth_date": "birthDateEdit",
                "concern_summary": "concernEdit",
            },
        )
        self._uow_factory = uow_factory
        self._today = today or dt.date.today()
        self.case_id: int | None = None
        self._sized = False

        ui.birthYearSpin.setRange(self._today.year - 25, self._today.year)
        ui.birthYearSpin.setValue(self._today.year - 8)

        services = directory.list_services(uow_factory())
        ui.concernByCombo.addItem(self.tr("Familien"), FAMILY)
        ui.initiatingCombo.addItem(self.tr("(ikke valgt)"), None)
        for s in services:
            ui.concernByCombo.addItem(service_label(s.name), s.id)
            ui.initiatingCombo.addItem(service_label(s.name), s.id)
        self._fill_contacts()
        ui.newPersonButton.clicked.connect(self.add_person)
        for combo, default in (
            (ui.guardian1RelationCombo, m.Relation.MOTHER),
            (ui.guardian2RelationCombo, m.Relation.FATHER),
        ):
            for rel in GUARDIAN_RELATIONS:
                combo.addItem(label(rel), rel)
            combo.setCurrentIndex(GUARDIAN_RELATIONS.index(default))
        for row, combo in (
            (ui.guardian1Layout, ui.guardian1RelationCombo),
            (ui.guardian2Layout, ui.guardian2RelationCombo),
        ):
            # a screen reader on Linux names a combo box by its value («Mor»); what it
            # is for comes only from a label whose buddy it is
            relation_label = QLabel(self.tr("Relasjon:"), self)
            relation_label.setBuddy(combo)
            row.insertWidget(row.indexOf(combo), relation_label)
        ui.childNameEdit.setFocus()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        if not self._sized:  # as wide as its rows need, and room for a longer concern
            self._sized = True
            hint = self.sizeHint()
            self.resize(max(hint.width(), 620), max(hint.height(), 640))

    def _fill_contacts(self, select: int | None = None) -> None:
        """The contact person's choices, and how to add one when the directory is empty."""
        ui = self.ui
        services = {sv.id: sv.name for sv in directory.list_services(self._uow_factory())}
        people = directory.list_professionals(self._uow_factory())
        keep = select if select is not None else ui.coordinatorCombo.currentData()
        ui.coordinatorCombo.clear()
        ui.coordinatorCombo.addItem(self.tr("(ikke valgt)"), None)
        for p in people:
            text = p.name + (f" – {services[p.service_id]}" if p.service_id in services else "")
            ui.coordinatorCombo.addItem(text, p.id)
        found = ui.coordinatorCombo.findData(keep)
        ui.coordinatorCombo.setCurrentIndex(max(found, 0))
        ui.contactHint.setText(
            self.tr(
                "Den i kommunen som kaller inn til møtene og som familien ringer. Kan velges "
                "senere under «Endre saken»."
            )
            if people
            else self.tr(
                "Katalogen har ingen personer ennå. Legg til kontaktpersonen med «Ny person "
                "i Katalog …», eller velg senere under «Endre saken»."
            )
        )

    def add_person(self) -> None:
        """Add the contact person to the directory from the field, and choose them."""
        from familiemote.ui.case_editor import NewPersonDialog

        dialog = NewPersonDialog(self._uow_factory, self)
        if dialog.exec() and dialog.person_id is not None:
            self._fill_contacts(select=dialog.person_id)
            self.ui.coordinatorCombo.setFocus()

    def collect(self) -> case_service.NewCase:
        """Read the form; a date that is not a date raises ValidationError."""
        ui = self.ui
        try:
            birth_date = parse_date(ui.birthDateEdit.text())
        except ValueError as exc:
            raise ValidationError("child_birth_date", ValidationCode.INVALID_DATE) from exc
        concern_by = ui.concernByCombo.currentData()
        family: list[case_service.NewFamilyMember] = []
        for name_edit, combo in (
            (ui.guardian1NameEdit, ui.guardian1RelationCombo),
            (ui.guardian2NameEdit, ui.guardian2RelationCombo),
        ):
            if name_edit.text().strip():
                self.fields[f"family[{len(family)}].name"] = name_edit
                family.append(
                    case_service.NewFamilyMember(
                        name=name_edit.text(), relation=combo.currentData(), is_guardian=True
                    )
                )
        return case_service.NewCase(
            child_first_name=ui.childNameEdit.text(),
            child_birth_year=None if birth_date else ui.birthYearSpin.value(),
            child_birth_date=birth_date,
            concern_by_family=concern_by == FAMILY,
            concern_service_id=None if concern_by == FAMILY else concern_by,
            initiating_service_id=ui.initiatingCombo.currentData(),
            coordinator_id=ui.coordinatorCombo.currentData(),
            concern_summary=ui.concernEdit.toPlainText(),
            family=tuple(family),
        )

    def save(self) -> None:
        """Store the case (all of it or nothing); the base tells a refusal at its field."""
        data = self.collect()
        self.case_id = case_service.create_case(self._uow_factory(), data, self._today)
