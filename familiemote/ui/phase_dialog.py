"""Move, close or reopen a case: a recorded decision with its date, who decided and why."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtWidgets import QWidget

from familiemote.domain import meeting_rules as rules
from familiemote.domain import model as m
from familiemote.services import pathway
from familiemote.services.cases import CaseDetail
from familiemote.ui.forms.ui_phase_dialog import Ui_PhaseDialog
from familiemote.ui.forms_base import FormDialog, date_of, qdate
from familiemote.ui.labels import label, service_label
from familiemote.ui.language import ui_language
from familiemote.ui.meeting_common import meeting_title
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.widgets import heading, text_label


class PhaseMode(Enum):
    MOVE = "move"
    CLOSE = "close"
    REOPEN = "reopen"


class PhaseDialog(FormDialog):
    """A recorded decision to move, close or reopen the case (rows: forms/phase_dialog.ui)."""

    def __init__(
        self,
        uow_factory: UowFactory,
        detail: CaseDetail,
        today: dt.date,
        mode: PhaseMode,
        meeting_id: int | None = None,
        to_phase: m.Phase | None = None,
        parent: QWidget | None = None,
    ) -> None:
        titles = {
            PhaseMode.MOVE: self.tr("Flytt saken til en annen fase"),
            PhaseMode.CLOSE: self.tr("Avslutt saken"),
            PhaseMode.REOPEN: self.tr("Gjenåpne saken"),
        }
        save_texts = {
            PhaseMode.MOVE: self.tr("&Flytt saken"),
            PhaseMode.CLOSE: self.tr("&Avslutt saken"),
            PhaseMode.REOPEN: self.tr("&Gjenåpne saken"),
        }
        super().__init__(titles[mode], save_texts[mode], parent)
        self._uow_factory = uow_factory
        self.detail = detail
        self.today = today
        self.mode = mode
        case = detail.case
        self.resize(640, 520)
        self.ui = ui = Ui_PhaseDialog()
        self.use_designer_form(
            ui, {"decided_by": "byEdit", "reason": "reasonEdit", "decided_on": "dateEdit"}
        )
        # above the rows: the title, where the case is, and (closing) what closing means
        above = [
            heading(titles[mode], 1.3),
            text_label(
                self.tr("Saken er nå i fase {n}: {name}.").format(
                    n=case.phase.number, name=label(case.phase)
                )
            ),
        ]
        if mode == PhaseMode.CLOSE:
            above.append(
                text_label(
                    self.tr(
                        "Saken kan avsluttes i hvilken som helst fase, også etter fase 1 når "
                        "tiltakene i kommunen er nok. Beslutningen lagres med dato, hvem og "
                        "hvorfor."
                    )
                )
            )
        for index, widget in enumerate(above):
            self.outer.insertWidget(index, widget)
        content = pathway.load_content(ui_language())
        self.phase_combo = ui.phaseCombo
        for phase in m.Phase:
            self.phase_combo.addItem(f"{phase.number}. {label(phase)}", phase)
        default = to_phase or (
            case.phase
            if mode == PhaseMode.REOPEN
            else list(m.Phase)[min(case.phase.number, len(m.Phase) - 1)]
        )
        self.phase_combo.setCurrentIndex(list(m.Phase).index(default))
        self.form.setRowVisible(self.phase_combo, mode != PhaseMode.CLOSE)
        self.date_edit = ui.dateEdit
        self.date_edit.setDate(qdate(today))
        coordinator = detail.professionals.get(case.coordinator_id or -1)
        self.by_edit = ui.byEdit
        self.by_edit.setText(coordinator.name if coordinator else "")
        self.reason_edit = ui.reasonEdit
        self.meeting_combo = ui.meetingCombo
        self.meeting_combo.addItem(self.tr("(ikke i et møte)"), None)
        for mt in sorted(case.meetings, key=lambda x: x.starts_at, reverse=True):
            self.meeting_combo.addItem(meeting_title(mt), mt.id)
        if meeting_id is not None:
            self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(meeting_id)))
        # below the rows: the phase's decision point and who must be told
        self.decision_point = text_label("")
        self.outer.addWidget(self.decision_point)
        names = [service_label(detail.service_name(s)) for s in rules.services_to_notify(case)]
        told = (
            self.tr("Disse skal få beskjed om beslutningen: {names}.").format(
                names=", ".join(n for n in names if n)
            )
            if names
            else self.tr("Ingen tjeneste er registrert som melder eller initiativtaker.")
        )
        self.outer.addWidget(text_label(told))
        self._content = content
        self.phase_combo.currentIndexChanged.connect(lambda _i: self._show_decision_point())
        self._show_decision_point()
        (self.reason_edit if mode == PhaseMode.CLOSE else self.phase_combo).setFocus()

    def _show_decision_point(self) -> None:
        phase = (
            self.detail.case.phase
            if self.mode == PhaseMode.CLOSE
            else self.phase_combo.currentData()
        )
        self.decision_point.setText(
            self.tr("Beslutningspunkt i fase {n}: {text}").format(
                n=phase.number, text=self._content.phase(phase).decision_point
            )
        )

    def save(self) -> None:
        """Store the decision; the base tells a refusal at its field."""
        data = pathway.PhaseDecisionInput(
            decided_on=date_of(self.date_edit),
            decided_by=self.by_edit.text(),
            reason=self.reason_edit.toPlainText(),
            meeting_id=self.meeting_combo.currentData(),
        )
        case = self.detail.case
        assert case.id is not None
        if self.mode == PhaseMode.MOVE:
            pathway.move_case(
                self._uow_factory(), case.id, self.phase_combo.currentData(), data, self.today
            )
        elif self.mode == PhaseMode.CLOSE:
            pathway.close_case(self._uow_factory(), case.id, data, self.today)
        else:
            pathway.reopen_case(
                self._uow_factory(),
                case.id,
                data,
                self.today,
                to_phase=self.phase_combo.currentData(),
            )
