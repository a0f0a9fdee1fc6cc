"""A referral to BUP or HABU, worked through the checklist "5 kjennetegn på gode henvisninger"
(rows: forms/referral_dialog.ui)."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QScrollArea, QWidget

from familiemote.domain import consent as consent_rules
from familiemote.domain import model as m
from familiemote.domain.errors import AttachmentConsentError
from familiemote.messages import error_text
from familiemote.services import meetings as meeting_service
from familiemote.services import pathway
from familiemote.services.cases import CaseDetail
from familiemote.ui.forms.ui_referral_dialog import Ui_ReferralDialog
from familiemote.ui.forms_base import FormDialog, NotDone, date_of, qdate
from familiemote.ui.labels import label, service_label
from familiemote.ui.language import ui_language
from familiemote.ui.meeting_common import fit_to_screen
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.panels.consent import ConsentOfferingForm
from familiemote.ui.widgets import WrappingCheckBox, heading, text_label


class ReferralDialog(ConsentOfferingForm):
    """Create or continue the case's referral; the checklist state is kept with the case.

    The rows are forms/referral_dialog.ui, in a scroll area; the checklist's items
    come from the pathway content (in the user's language) and are added here.
    """

    def __init__(
        self,
        uow_factory: UowFactory,
        detail: CaseDetail,
        today: dt.date,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        case = detail.case
        super().__init__(
            self.tr("Henvisning for {name}").format(name=case.child_first_name),
            self.tr("&Lagre henvisningen"),
            uow_factory,
            detail,
            today,
            parent,
        )
        self.meeting_id = meeting_id
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
        fit_to_screen(self, 900, 820)
        self.ui = ui = Ui_ReferralDialog()
        rows = self.use_designer_form(
            ui, {"referred_by": "byEdit", "referred_on": "sentDate", "checklist_notes": "notesEdit"}
        )
        # the rows scroll when the screen is low or the text large; the error line
        # and the buttons stay below them
        self.outer.removeWidget(rows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop; Tab goes to its fields
        self.outer.insertWidget(0, scroll, 1)
        self.form.insertRow(0, heading(self.tr("Henvisning til BUP eller HABU"), 1.3))

        self.target_combo = ui.targetCombo
        self.target_combo.addItem(self.tr("BUP"), m.ReferralTarget.BUP)
        self.target_combo.addItem(self.tr("HABU"), m.ReferralTarget.HABU)
        self.target_combo.setCurrentIndex(list(m.ReferralTarget).index(target))

        ui.checklistBox.setTitle(content.checklist_title)
        ui.checklistBox.setAccessibleName(content.checklist_title)
        self.checks: dict[m.ChecklistItem, QCheckBox] = {}
        covered = consent_rules.services_covered(
            case, m.ConsentPurpose.REFERRAL_ATTACHMENTS, today, self.age_settings
        )
        for entry in content.checklist:
            check = WrappingCheckBox(f"&{entry.item.value}. {entry.text}")
            check.setChecked(r is not None and entry.item in r.checklist)
            check.setAccessibleDescription(entry.help)
            self.checks[entry.item] = check
            ui.checklistLayout.addWidget(check)
            help_label = text_label(entry.help)
            help_label.setContentsMargins(28, 0, 0, 6)
            ui.checklistLayout.addWidget(help_label)
        self.fields["documentation"] = self.checks[m.ChecklistItem.DOCUMENTATION_WITH_CONSENT]
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
        ui.checklistLayout.addWidget(self.consent_label)

        self.notes_edit = ui.notesEdit
        self.notes_edit.setPlainText(r.checklist_notes if r else "")
        self.by_edit = ui.byEdit
        self.by_edit.setText(r.referred_by if r else "")
        self.sent_check = ui.sentCheck
        self.sent_date = ui.sentDate
        self.sent_date.setDate(qdate((r.referred_on if r else None) or today))
        self.sent_check.setChecked(r is not None and r.referred_on is not None)

        self.move_check = ui.moveCheck
        self.move_check.setText(
            self.tr("&Flytt saken til fase 2: {name}").format(name=label(m.Phase.VURDERING))
        )
        self.move_check.setChecked(case.phase == m.Phase.BEKYMRING)
        self.move_check.setVisible(
            case.phase == m.Phase.BEKYMRING and case.status == m.CaseStatus.OPEN
        )
        # Tab goes down the form: the checklist added here comes before the rows below it
        tab_order = [self.target_combo, *self.checks.values(), self.notes_edit, self.by_edit]
        for before, after in pairwise([*tab_order, self.sent_check, self.sent_date]):
            QWidget.setTabOrder(before, after)
        self.finish_layout()
        self.target_combo.setFocus()

    def _offer_consent(self) -> bool:
        """Item 5 needs consent to attach documentation: offer to record it for the
        service referred to; True when recorded (the detail is read again)."""
        target = self.target_combo.currentData()
        service_id = next(
            (sid for sid, s in self.detail.services.items() if s.kind.value == target.value),
            None,
        )
        return service_id is not None and self.offer_missing_consent(
            service_id, self.tr("Henvisningen"), m.ConsentPurpose.REFERRAL_ATTACHMENTS
        )

    def save(self) -> None:
        case = self.detail.case
        assert case.id is not None
        data = meeting_service.ReferralInput(
            target=self.target_combo.currentData(),
            checklist=frozenset(i for i, c in self.checks.items() if c.isChecked()),
            checklist_notes=self.notes_edit.toPlainText(),
            referred_on=date_of(self.sent_date) if self.sent_check.isChecked() else None,
            referred_by=self.by_edit.text(),
            meeting_id=self.meeting_id,
        )
        move = None
        if not self.move_check.isHidden() and self.move_check.isChecked():
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
                self.save()  # the consent is there now: the same referral, nothing retyped
                return
            raise NotDone(error_text(err), "documentation") from err

    _save = FormDialog.submit
