"""What a meeting decided about an action on its agenda (rows: forms/outcome_dialog.ui)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from familiemote.domain import followup as followup_rules
from familiemote.domain import model as m
from familiemote.services import actions as action_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.case_list import format_date
from familiemote.ui.forms.ui_outcome_dialog import Ui_OutcomeDialog
from familiemote.ui.forms_base import FormDialog, pydate, qdate
from familiemote.ui.labels import all_labelled, label
from familiemote.ui.panels.actions.pickers import fill_services
from familiemote.ui.panels.base import UowFactory


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
        # the rows are forms/outcome_dialog.ui; an error about a field focuses it
        self.ui = ui = Ui_OutcomeDialog()
        self.use_designer_form(
            ui,
            {
                "new_date": "newDate",
                "description": "description",
                "to_service_id": "service",
                "accepted_by": "acceptedBy",
                "status_reason": "note",
                "note": "note",
            },
        )
        ui.actionText.setText(action.description)
        self.outcome = ui.outcome
        for outcome in all_labelled(m.ReviewOutcome):
            self.outcome.addItem(label(outcome), outcome)
        day = meeting.starts_at.date()
        self.new_date = ui.newDate
        self.new_date.setDate(qdate(followup_rules.add_months(day, 3)))
        self.description = ui.description
        self.description.setPlainText(action.description)
        self.description.setFixedHeight(70)
        self.service = fill_services(ui.service, d, None)
        self.person = ui.person
        self.person.follow(d, self.service, None)
        self.accepted_here = ui.acceptedHere
        self.accepted_by = ui.acceptedBy
        self.person.currentIndexChanged.connect(
            lambda _i: self.accepted_by.setText(d.professional_name(self.person.currentData()))
        )
        self.note = ui.note
        self.note.setFixedHeight(60)
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
