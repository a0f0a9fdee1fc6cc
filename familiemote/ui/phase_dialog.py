"""Move, close or reopen a case: a recorded decision with its date, who decided and why."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import meeting_rules as rules
from familiemote.domain import model as m
from familiemote.domain.errors import DomainError, ValidationError
from familiemote.messages import error_text
from familiemote.services import pathway
from familiemote.services.cases import CaseDetail
from familiemote.ui.forms_base import date_edit, save_cancel_buttons
from familiemote.ui.labels import label, service_label
from familiemote.ui.language import ui_language
from familiemote.ui.meeting_common import meeting_title, message_label, show_message
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.widgets import heading, text_label


class PhaseMode(Enum):
    MOVE = "move"
    CLOSE = "close"
    REOPEN = "reopen"


class PhaseDialog(QDialog):
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
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.detail = detail
        self.today = today
        self.mode = mode
        case = detail.case
        titles = {
            PhaseMode.MOVE: self.tr("Flytt saken til en annen fase"),
            PhaseMode.CLOSE: self.tr("Avslutt saken"),
            PhaseMode.REOPEN: self.tr("Gjenåpne saken"),
        }
        self.setWindowTitle(titles[mode])
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(titles[mode], 1.3))
        layout.addWidget(
            text_label(
                self.tr("Saken er nå i fase {n}: {name}.").format(
                    n=case.phase.number, name=label(case.phase)
                )
            )
        )
        if mode == PhaseMode.CLOSE:
            layout.addWidget(
                text_label(
                    self.tr(
                        "Saken kan avsluttes i hvilken som helst fase, også etter fase 1 når "
                        "tiltakene i kommunen er nok. Beslutningen lagres med dato, hvem og "
                        "hvorfor."
                    )
                )
            )
        content = pathway.load_content(ui_language())
        form = QFormLayout()
        self.phase_combo = QComboBox()
        self.phase_combo.setAccessibleName(self.tr("Ny fase"))
        for phase in m.Phase:
            self.phase_combo.addItem(f"{phase.number}. {label(phase)}", phase)
        default = to_phase or (
            case.phase
            if mode == PhaseMode.REOPEN
            else list(m.Phase)[min(case.phase.number, len(m.Phase) - 1)]
        )
        self.phase_combo.setCurrentIndex(list(m.Phase).index(default))
        self.date_edit = date_edit(today, self.tr("Dato for beslutningen"))
        coordinator = detail.professionals.get(case.coordinator_id or -1)
        self.by_edit = QLineEdit(coordinator.name if coordinator else "")
        self.by_edit.setAccessibleName(self.tr("Besluttet av"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Hvorfor"))
        self.meeting_combo = QComboBox()
        self.meeting_combo.setAccessibleName(self.tr("Besluttet i møte"))
        self.meeting_combo.addItem(self.tr("(ikke i et møte)"), None)
        for mt in sorted(case.meetings, key=lambda x: x.starts_at, reverse=True):
            self.meeting_combo.addItem(meeting_title(mt), mt.id)
        if meeting_id is not None:
            self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(meeting_id)))
        rows: list[tuple[str, QWidget]] = []
        if mode != PhaseMode.CLOSE:
            rows.append((self.tr("&Ny fase:"), self.phase_combo))
        rows += [
            (self.tr("&Dato:"), self.date_edit),
            (self.tr("&Besluttet av:"), self.by_edit),
            (self.tr("&Hvorfor:"), self.reason_edit),
            (self.tr("Besluttet i &møte:"), self.meeting_combo),
        ]
        for text, widget in rows:
            lab = QLabel(text)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        layout.addLayout(form)
        self.decision_point = text_label("")
        layout.addWidget(self.decision_point)
        names = [service_label(detail.service_name(s)) for s in rules.services_to_notify(case)]
        told = (
            self.tr("Disse skal få beskjed om beslutningen: {names}.").format(
                names=", ".join(n for n in names if n)
            )
            if names
            else self.tr("Ingen tjeneste er registrert som melder eller initiativtaker.")
        )
        layout.addWidget(text_label(told))
        self.error_label = message_label()
        layout.addWidget(self.error_label)
        save_texts = {
            PhaseMode.MOVE: self.tr("&Flytt saken"),
            PhaseMode.CLOSE: self.tr("&Avslutt saken"),
            PhaseMode.REOPEN: self.tr("&Gjenåpne saken"),
        }
        layout.addWidget(save_cancel_buttons(self, save_texts[mode], self._save))
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

    def _save(self) -> None:
        q = self.date_edit.date()
        data = pathway.PhaseDecisionInput(
            decided_on=dt.date(q.year(), q.month(), q.day()),
            decided_by=self.by_edit.text(),
            reason=self.reason_edit.toPlainText(),
            meeting_id=self.meeting_combo.currentData(),
        )
        case = self.detail.case
        assert case.id is not None
        try:
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
        except ValidationError as err:
            show_message(self.error_label, error_text(err))
            widget = {
                "decided_by": self.by_edit,
                "reason": self.reason_edit,
                "decided_on": self.date_edit,
            }.get(err.field)
            if widget is not None:
                widget.setFocus()
            return
        except DomainError as err:
            show_message(self.error_label, error_text(err))
            return
        self.accept()
