"""The dialog that changes an action's status, and resolves a change someone else saved first
(rows: forms/status_dialog.ui)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from familiemote.domain import model as m
from familiemote.domain.errors import DomainError
from familiemote.services import actions as action_service
from familiemote.services import cases as case_service
from familiemote.services.audit import Overwrite
from familiemote.ui.forms.ui_status_dialog import Ui_StatusDialog
from familiemote.ui.forms_base import FormDialog, ask_conflict
from familiemote.ui.labels import all_labelled, label
from familiemote.ui.panels.base import UowFactory


class StatusDialog(FormDialog):
    def __init__(self, uow_factory: UowFactory, action: m.Action, parent: QWidget | None = None):
        super().__init__(self.tr("Endre status"), parent=parent)
        self.uow_factory, self.action = uow_factory, action
        # the rows are forms/status_dialog.ui; an error about the reason focuses it
        self.ui = ui = Ui_StatusDialog()
        self.use_designer_form(ui, {"status_reason": "reason"})
        ui.actionText.setText(action.description)
        self.status = ui.status
        for status in all_labelled(m.ActionStatus):
            if status not in (m.ActionStatus.HANDED_OVER, action.status):
                self.status.addItem(label(status), status)
        self.reason = ui.reason
        self.reason.setFixedHeight(70)
        self.hint = ui.hint

    def save(self, overwrites: Overwrite | None = None) -> None:
        action_service.change_status(
            self.uow_factory(),
            self.action.id or 0,
            self.status.currentData(),
            self.reason.toPlainText(),
            expected_version=self.action.version,
            overwrites=overwrites,
        )

    def resolve_conflict(self) -> None:
        """Someone else saved this action since the dialog opened: the one conflict flow
        (:func:`forms_base.ask_conflict`) shows both versions."""
        case_id, action_id = self.action.case_id, self.action.id
        assert case_id is not None and action_id is not None
        fresh = case_service.get_case(self.uow_factory(), case_id)
        stored = next(a for a in fresh.case.actions if a.id == action_id)
        mine_status: m.ActionStatus = self.status.currentData()
        rows = [
            (self.tr("Status"), label(mine_status), label(stored.status)),
            (self.tr("Begrunnelse"), self.reason.toPlainText(), stored.status_reason),
        ]
        choice = ask_conflict(
            self, self.tr("tiltaket"), rows, self.uow_factory, case_id, ("actions", action_id)
        )
        if choice == "later":
            self.show_error(
                self.tr(
                    "Ikke lagret: noen andre har endret tiltaket samtidig. Det du valgte og "
                    "skrev står fortsatt her."
                )
            )
            return
        self.action = stored
        if choice == "stored":
            self.accept()  # nothing saved; the case view reloads and shows the stored action
            return
        try:
            self.save(Overwrite("actions", action_id, ("status",)))
        except DomainError as err:
            self.show_error(err)
            return
        self.accept()
