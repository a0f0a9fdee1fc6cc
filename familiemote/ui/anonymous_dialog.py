"""Anonymous consultation («Trygg oppvekst» 2014): a case with no names, and naming it later.

The anonymous dialog asks for nothing that names the child or the family; the
naming dialog turns the consultation into an ordinary case once the family agrees.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from familiemote.domain import model as m
from familiemote.domain.errors import ValidationCode, ValidationError
from familiemote.services import cases as case_service
from familiemote.services import consent as consent_service
from familiemote.services import directory
from familiemote.services.cases import CaseDetail
from familiemote.ui.consent_dialog import FormDialog, UowFactory
from familiemote.ui.forms.ui_anonymous_case_dialog import Ui_AnonymousCaseDialog
from familiemote.ui.forms.ui_name_case_dialog import Ui_NameCaseDialog
from familiemote.ui.labels import label, service_label
from familiemote.ui.new_case_dialog import GUARDIAN_RELATIONS, parse_date

FAMILY = "family"


class AnonymousCaseDialog(FormDialog):
    """Starts an anonymous consultation; on save, :attr:`case_id` holds the stored case
    (rows: forms/anonymous_case_dialog.ui)."""

    def __init__(
        self, uow_factory: UowFactory, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(self.tr("Ny anonym drøfting"), self.tr("&Start drøftingen"), parent)
        self._uow_factory = uow_factory
        self._today = today or dt.date.today()
        self.case_id: int | None = None
        self.add_intro(
            self.tr(
                "Saken drøftes uten navn. Skriv ikke navn, fødselsdato, adresse eller andre "
                "opplysninger som kan identifisere barnet eller familien. Når familien "
                "samtykker, kan drøftingen gjøres om til en navngitt sak."
            )
        )
        self.ui = ui = Ui_AnonymousCaseDialog()
        self.use_designer_form(
            ui, {"child_birth_year": "yearSpin", "concern_summary": "concernEdit"}
        )
        self.year_spin = ui.yearSpin
        self.year_spin.setRange(self._today.year - 25, self._today.year)
        self.year_spin.setValue(self._today.year - 8)
        self.concern_combo = ui.concernByCombo
        self.concern_combo.addItem(self.tr("Familien"), FAMILY)
        self.initiating_combo = ui.initiatingCombo  # after «(ikke valgt)»
        for s in directory.list_services(uow_factory()):
            self.concern_combo.addItem(service_label(s.name), s.id)
            self.initiating_combo.addItem(service_label(s.name), s.id)
        self.coordinator_combo = ui.coordinatorCombo
        for p in directory.list_professionals(uow_factory()):
            self.coordinator_combo.addItem(service_label(p.name), p.id)
        self.concern_edit = ui.concernEdit
        self.finish_layout()
        self.year_spin.setFocus()

    def collect(self) -> consent_service.NewAnonymousCase:
        concern_by = self.concern_combo.currentData()
        return consent_service.NewAnonymousCase(
            child_birth_year=self.year_spin.value(),
            concern_summary=self.concern_edit.toPlainText(),
            concern_by_family=concern_by == FAMILY,
            concern_service_id=None if concern_by == FAMILY else concern_by,
            initiating_service_id=self.initiating_combo.currentData(),
            coordinator_id=self.coordinator_combo.currentData(),
        )

    def save(self) -> None:
        self.case_id = consent_service.create_anonymous_case(
            self._uow_factory(), self.collect(), self._today
        )


class NameCaseDialog(FormDialog):
    """Turns an anonymous consultation into a named case: the child's name and the guardians
    (rows: forms/name_case_dialog.ui)."""

    def __init__(
        self,
        uow_factory: UowFactory,
        detail: CaseDetail,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Gjør om til navngitt sak"), self.tr("&Lagre som navngitt sak"), parent
        )
        self._uow_factory = uow_factory
        self._detail = detail
        self._today = today
        self.add_intro(
            self.tr(
                "Gjør dette når familien har sagt ja til at saken drøftes med navn. Registrer "
                "deretter samtykket fra hver foresatt på fanen Samtykke."
            )
        )
        self.ui = ui = Ui_NameCaseDialog()
        self.use_designer_form(
            ui,
            {
                "child_first_name": "nameEdit",
                "child_birth_date": "birthEdit",
                "child_birth_year": "birthEdit",
            },
        )
        self.name_edit = ui.nameEdit
        self.birth_edit = ui.birthEdit
        self.guardians: list[tuple[QLineEdit, QComboBox]] = []
        for n, default, row_label, name, relation in (
            (1, m.Relation.MOTHER, ui.guardian1Label, ui.guardian1Name, ui.guardian1Relation),
            (2, m.Relation.FATHER, ui.guardian2Label, ui.guardian2Name, ui.guardian2Relation),
        ):
            row_label.setText(self.tr("Foresatt &{n}:").format(n=n))
            name.setAccessibleName(self.tr("Foresatt {n}, navn").format(n=n))
            relation.setAccessibleName(self.tr("Foresatt {n}, relasjon").format(n=n))
            for rel in GUARDIAN_RELATIONS:
                relation.addItem(label(rel), rel)
            relation.setCurrentIndex(GUARDIAN_RELATIONS.index(default))
            self.guardians.append((name, relation))
        self.finish_layout()
        self.name_edit.setFocus()

    def collect(self) -> consent_service.NamedCase:
        try:
            birth = parse_date(self.birth_edit.text())
        except ValueError as exc:
            raise ValidationError("child_birth_date", ValidationCode.INVALID_DATE) from exc
        family: list[case_service.NewFamilyMember] = []
        for name, relation in self.guardians:
            if name.text().strip():
                self.fields[f"family[{len(family)}].name"] = name
                family.append(
                    case_service.NewFamilyMember(name.text(), relation.currentData(), True)
                )
        return consent_service.NamedCase(
            child_first_name=self.name_edit.text(), child_birth_date=birth, family=tuple(family)
        )

    def save(self) -> None:
        assert self._detail.case.id is not None
        consent_service.name_anonymous_case(
            self._uow_factory(), self._detail.case.id, self.collect(), self._today
        )
