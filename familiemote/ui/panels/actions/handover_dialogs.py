"""Handing an action over: proposing it, and the receiver accepting or declining."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from familiemote.domain import followup as followup_rules
from familiemote.domain import model as m
from familiemote.services import actions as action_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.forms_base import FormDialog
from familiemote.ui.panels.actions.holders import holder_text
from familiemote.ui.panels.actions.pickers import PersonCombo, service_combo
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.widgets import text_label


class _HandoverStep(FormDialog):
    """One step of a handover on an action: proposing it, or the receiving side's
    answer to the proposal (accepting or declining it).

    The subclass gives its title and adds its rows with its own texts (``self.tr`` in
    the subclass), so each dialog's strings keep its own translation context.
    """

    def __init__(
        self,
        uow_factory: UowFactory,
        d: CaseDetail,
        action: m.Action,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.title(), parent=parent)
        self.uow_factory, self.action, self.today = uow_factory, action, today
        self.pending = followup_rules.pending_handover(action)
        self.add_rows(d)

    def title(self) -> str:
        raise NotImplementedError

    def add_rows(self, d: CaseDetail) -> None:
        raise NotImplementedError

    def answered_by(self, d: CaseDetail) -> QLineEdit:
        """Who answers the proposal: by default the person it was proposed to."""
        pending = self.pending
        return QLineEdit(d.professional_name(pending.to_professional_id) if pending else "")


class HandoverDialog(_HandoverStep):
    def title(self) -> str:
        return self.tr("Overlever tiltak")

    def add_rows(self, d: CaseDetail) -> None:
        action = self.action
        self.add_row(self.tr("Tiltak:"), text_label(action.description))
        self.add_row(
            self.tr("Ansvarlig nå:"),
            text_label(
                holder_text(d, action.responsible_service_id, action.responsible_professional_id)
            ),
        )
        self.service = service_combo(d, None)
        self.add_row(self.tr("Til &tjeneste:"), self.service, "to_service_id")
        self.person = PersonCombo.for_service(d, self.service, None)
        self.add_row(self.tr("Til &person:"), self.person)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.add_row(self.tr("&Merknad:"), self.note, "note")
        self.add_row(
            "",
            text_label(
                self.tr(
                    "Ansvaret går over først når mottakeren har godtatt. Til da er det "
                    "fortsatt den som har det nå som har ansvaret."
                )
            ),
        )

    def save(self) -> None:
        action_service.propose_handover(
            self.uow_factory(),
            self.action.id or 0,
            self.service.currentData(),
            self.person.currentData(),
            self.today,
            self.note.toPlainText(),
        )


class AcceptDialog(_HandoverStep):
    def title(self) -> str:
        return self.tr("Godta overlevering")

    def add_rows(self, d: CaseDetail) -> None:
        pending = self.pending
        self.add_row(self.tr("Tiltak:"), text_label(self.action.description))
        if pending is not None:
            self.add_row(
                self.tr("Fra:"),
                text_label(holder_text(d, pending.from_service_id, pending.from_professional_id)),
            )
            self.add_row(
                self.tr("Til:"),
                text_label(holder_text(d, pending.to_service_id, pending.to_professional_id)),
            )
        self.accepted_by = self.answered_by(d)
        self.add_row(self.tr("&Tatt over av:"), self.accepted_by, "accepted_by")

    def save(self) -> None:
        action_service.accept_handover(
            self.uow_factory(), self.action.id or 0, self.accepted_by.text(), self.today
        )


class DeclineDialog(_HandoverStep):
    """The receiving side says no: who, and why. The earlier holder keeps the action."""

    def title(self) -> str:
        return self.tr("Avslå overlevering")

    def add_rows(self, d: CaseDetail) -> None:
        pending, action = self.pending, self.action
        self.add_row(self.tr("Tiltak:"), text_label(action.description))
        keeps = holder_text(d, action.responsible_service_id, action.responsible_professional_id)
        if pending is not None:
            self.add_row(
                self.tr("Foreslått til:"),
                text_label(holder_text(d, pending.to_service_id, pending.to_professional_id)),
            )
        self.declined_by = self.answered_by(d)
        self.add_row(self.tr("Avslått &av:"), self.declined_by, "declined_by")
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.add_row(self.tr("&Hvorfor:"), self.reason, "decline_reason")
        self.add_row(
            "",
            text_label(
                self.tr("Ansvaret blir hos {holder}. Avslaget blir stående i saken.").format(
                    holder=keeps
                )
            ),
        )

    def save(self) -> None:
        action_service.decline_handover(
            self.uow_factory(),
            self.action.id or 0,
            self.declined_by.text(),
            self.reason.toPlainText(),
            self.today,
        )
