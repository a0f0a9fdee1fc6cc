"""A referral to BUP or HABU, worked through the checklist "5 kjennetegn på gode henvisninger"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import consent as consent_rules
from familiemote.domain import model as m
from familiemote.domain.errors import AttachmentConsentError, DomainError, ValidationError
from familiemote.messages import error_text
from familiemote.services import consent as consent_service
from familiemote.services import meetings as meeting_service
from familiemote.services import pathway
from familiemote.services.cases import CaseDetail
from familiemote.ui.forms_base import date_edit, save_cancel_buttons
from familiemote.ui.labels import label, service_label
from familiemote.ui.language import ui_language
from familiemote.ui.meeting_common import fit_to_screen, message_label, show_message
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.widgets import heading, text_label


class ReferralDialog(QDialog):
    """Create or continue the case's referral; the checklist state is kept with the case."""

    def __init__(
        self,
        uow_factory: UowFactory,
        detail: CaseDetail,
        today: dt.date,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.age_settings = consent_service.get_age_settings(uow_factory())
        self.detail = detail
        self.today = today
        self.meeting_id = meeting_id
        case = detail.case
        self.referral: m.Referral | None = next(
            (r for r in reversed(case.referrals) if r.meeting_id == meeting_id), None
        ) or (case.referrals[-1] if case.referrals and meeting_id is None else None)
        r = self.referral
        meeting = next((mt for mt in case.meetings if mt.id == meeting_id), None)
        target = (
            r.target
            if r
            else (
                m.ReferralTarget.HABU
                if meeting is not None and meeting.decision == m.Decision.REFER_HABU
                else m.ReferralTarget.BUP
            )
        )
        content = pathway.load_content(ui_language())
        self.setWindowTitle(self.tr("Henvisning for {name}").format(name=case.child_first_name))
        fit_to_screen(self, 900, 820)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Henvisning til BUP eller HABU"), 1.3))
        form = QFormLayout()
        self.target_combo = QComboBox()
        self.target_combo.addItem(self.tr("BUP"), m.ReferralTarget.BUP)
        self.target_combo.addItem(self.tr("HABU"), m.ReferralTarget.HABU)
        self.target_combo.setCurrentIndex(list(m.ReferralTarget).index(target))
        self.target_combo.setAccessibleName(self.tr("Henvises til"))
        lab = QLabel(self.tr("Henvises &til:"))
        lab.setBuddy(self.target_combo)
        form.addRow(lab, self.target_combo)
        layout.addLayout(form)

        box = QGroupBox(content.checklist_title)
        box.setAccessibleName(content.checklist_title)
        inner = QVBoxLayout(box)
        self.checks: dict[m.ChecklistItem, QCheckBox] = {}
        covered = consent_rules.services_covered(
            case, m.ConsentPurpose.REFERRAL_ATTACHMENTS, today, self.age_settings
        )
        for entry in content.checklist:
            n = entry.item.value
            check = QCheckBox(f"&{n}. {entry.text}")
            check.setChecked(r is not None and entry.item in r.checklist)
            check.setAccessibleDescription(entry.help)
            self.checks[entry.item] = check
            inner.addWidget(check)
            help_label = text_label(entry.help)
            help_label.setContentsMargins(28, 0, 0, 6)
            inner.addWidget(help_label)
        if covered:
            names = ", ".join(sorted(service_label(detail.service_name(s)) for s in covered))
            consent_text = self.tr(
                "Samtykke til å legge ved dokumentasjon gjelder: {names}."
            ).format(names=names)
        else:
            consent_text = self.tr(
                "⚠ Ingen samtykke til å legge ved dokumentasjon er registrert. Punkt 5 kan "
                "ikke krysses av før foresatte har samtykket (se fanen Samtykke)."
            )
        self.consent_label = text_label(consent_text)
        self.consent_label.setContentsMargins(28, 0, 0, 0)
        inner.addWidget(self.consent_label)
        layout.addWidget(box)

        self.notes_edit = QPlainTextEdit(r.checklist_notes if r else "")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setAccessibleName(self.tr("Notater til sjekklisten"))
        self.notes_edit.setMaximumHeight(90)
        notes_label = QLabel(self.tr("N&otater (hva mangler, hvem gjør det):"))
        notes_label.setBuddy(self.notes_edit)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit)

        form2 = QFormLayout()
        self.by_edit = QLineEdit(r.referred_by if r else "")
        self.by_edit.setAccessibleName(self.tr("Henviser"))
        self.by_edit.setPlaceholderText(self.tr("vanligvis fastlegen"))
        by_label = QLabel(self.tr("&Henviser:"))
        by_label.setBuddy(self.by_edit)
        form2.addRow(by_label, self.by_edit)
        self.sent_check = QCheckBox(self.tr("Henvisningen er &sendt, dato:"))
        sent = (r.referred_on if r else None) or today
        self.sent_date = date_edit(sent, self.tr("Dato henvisningen ble sendt"))
        self.sent_check.setChecked(r is not None and r.referred_on is not None)
        self.sent_date.setEnabled(self.sent_check.isChecked())
        self.sent_check.toggled.connect(self.sent_date.setEnabled)
        sent_row = QHBoxLayout()
        sent_row.addWidget(self.sent_check)
        sent_row.addWidget(self.sent_date)
        sent_row.addStretch(1)
        form2.addRow(sent_row)
        layout.addLayout(form2)

        self.move_check = QCheckBox(
            self.tr("&Flytt saken til fase 2: {name}").format(name=label(m.Phase.VURDERING))
        )
        self.move_check.setChecked(case.phase == m.Phase.BEKYMRING)
        self.move_check.setVisible(
            case.phase == m.Phase.BEKYMRING and case.status == m.CaseStatus.OPEN
        )
        layout.addWidget(self.move_check)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop; Tab goes to its fields
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        self.error_label = message_label()
        outer.addWidget(self.error_label)
        outer.addWidget(save_cancel_buttons(self, self.tr("&Lagre henvisningen"), self._save))
        self.target_combo.setFocus()

    def _offer_consent(self) -> bool:
        """Item 5 needs consent to attach documentation: offer to record it for the
        service referred to; True when recorded (the detail is read again)."""
        from familiemote.services import cases as case_service
        from familiemote.ui.panels.consent import offer_consent

        target = self.target_combo.currentData()
        service_id = next(
            (sid for sid, s in self.detail.services.items() if s.kind.value == target.value),
            None,
        )
        if service_id is None or not offer_consent(
            self,
            self._uow_factory,
            self.detail,
            service_id,
            self.today,
            self.age_settings,
            self.tr("Henvisningen"),
            m.ConsentPurpose.REFERRAL_ATTACHMENTS,
        ):
            return False
        assert self.detail.case.id is not None
        self.detail = case_service.get_case(self._uow_factory(), self.detail.case.id)
        return True

    def _save(self) -> None:
        case = self.detail.case
        assert case.id is not None
        sent = None
        if self.sent_check.isChecked():
            q = self.sent_date.date()
            sent = dt.date(q.year(), q.month(), q.day())
        data = meeting_service.ReferralInput(
            target=self.target_combo.currentData(),
            checklist=frozenset(i for i, c in self.checks.items() if c.isChecked()),
            checklist_notes=self.notes_edit.toPlainText(),
            referred_on=sent,
            referred_by=self.by_edit.text(),
            meeting_id=self.meeting_id,
        )
        move = None
        if self.move_check.isVisible() and self.move_check.isChecked():
            coordinator = self.detail.professionals.get(case.coordinator_id or -1)
            move = pathway.PhaseDecisionInput(
                decided_on=self.today,
                decided_by=coordinator.name if coordinator else (self.by_edit.text() or "–"),
                reason=self.tr("Familiemøtet besluttet henvisning til {target}.").format(
                    target=self.target_combo.currentText()
                ),
                meeting_id=self.meeting_id,
            )
        try:
            meeting_service.save_referral(
                self._uow_factory(),
                case.id,
                data,
                self.today,
                referral_id=self.referral.id if self.referral else None,
                move_to_assessment=move,
            )
        except AttachmentConsentError as err:
            if self._offer_consent():
                self._save()  # the consent is there now: the same referral, nothing retyped
                return
            show_message(self.error_label, error_text(err))
            self.checks[m.ChecklistItem.DOCUMENTATION_WITH_CONSENT].setFocus()
            return
        except ValidationError as err:
            show_message(self.error_label, error_text(err))
            if err.field == "referred_by":
                self.by_edit.setFocus()
            return
        except DomainError as err:
            show_message(self.error_label, error_text(err))
            return
        self.accept()
