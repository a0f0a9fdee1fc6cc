"""The dialog that records what a meeting decided about an action on its agenda."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from familiemote.domain import followup as followup_rules
from familiemote.domain import model as m
from familiemote.services import actions as action_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.case_list import format_date
from familiemote.ui.forms_base import FormDialog, date_edit, pydate
from familiemote.ui.labels import all_labelled, label
from familiemote.ui.panels.actions.pickers import PersonCombo, service_combo
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.widgets import text_label


class OutcomeDialog(FormDialog):
    """What the meeting decided about an action carried into its agenda."""

    def __init__(
        self,
        uow_factory: UowFactory,
        d: CaseDetail,
        action: m.Action,
        meeting: m.Meeting,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Utfall i møtet {day}").format(day=format_date(meeting.starts_at)),
            parent=parent,
        )
        self.uow_factory, self.action, self.meeting, self.today = (
            uow_factory,
            action,
            meeting,
            today,
        )
        self.add_row(self.tr("Tiltak:"), text_label(action.description))
        self.outcome = QComboBox()
        for outcome in all_labelled(m.ReviewOutcome):
            self.outcome.addItem(label(outcome), outcome)
        self.add_row(self.tr("&Utfall:"), self.outcome)
        day = meeting.starts_at.date()
        self.new_date = date_edit(followup_rules.add_months(day, 3), self.tr("Ny dato"))
        self.add_row(self.tr("Ny &dato:"), self.new_date, "new_date")
        self.description = QPlainTextEdit(action.description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.add_row(self.tr("Endret &tiltak:"), self.description, "description")
        self.service = service_combo(d, None)
        self.add_row(self.tr("Overlever til t&jeneste:"), self.service, "to_service_id")
        self.person = PersonCombo.for_service(d, self.service, None)
        self.add_row(self.tr("Overlever til &person:"), self.person)
        self.accepted_here = QCheckBox(self.tr("Mottakeren &godtok i møtet"))
        self.add_row("", self.accepted_here)
        self.accepted_by = QLineEdit()
        self.add_row(self.tr("Godtatt &av:"), self.accepted_by, "accepted_by")
        self.person.currentIndexChanged.connect(
            lambda _i: self.accepted_by.setText(d.professional_name(self.person.currentData()))
        )
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.add_row(self.tr("&Merknad / begrunnelse:"), self.note, "status_reason")
        self.fields["note"] = self.note
        self.outcome.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def _update(self) -> None:
        outcome = self.outcome.currentData()
        dated = outcome in (m.ReviewOutcome.CONTINUED, m.ReviewOutcome.CHANGED)
        self.new_date.setEnabled(dated)
        self.description.setEnabled(outcome == m.ReviewOutcome.CHANGED)
        handover = outcome == m.ReviewOutcome.HANDED_OVER
        for widget in (self.service, self.person, self.accepted_here, self.accepted_by):
            widget.setEnabled(handover)

    def save(self) -> None:
        outcome = self.outcome.currentData()
        dated = outcome in (m.ReviewOutcome.CONTINUED, m.ReviewOutcome.CHANGED)
        decision = action_service.ReviewDecision(
            outcome=outcome,
            new_date=pydate(self.new_date.date()) if dated else None,
            note=self.note.toPlainText(),
            new_description=self.description.toPlainText(),
            to_service_id=self.service.currentData(),
            to_professional_id=self.person.currentData(),
            accepted_in_meeting=self.accepted_here.isChecked(),
            accepted_by=self.accepted_by.text(),
        )
        action_service.record_review_outcome(
            self.uow_factory(), self.action.id or 0, self.meeting.id or 0, decision, self.today
        )
