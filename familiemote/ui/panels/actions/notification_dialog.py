"""The dialog that marks a "must be told" notification as done.

Its rows are forms/notification_dialog.ui.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from familiemote.domain import model as m
from familiemote.services import notifications as notification_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.forms.ui_notification_dialog import Ui_NotificationDialog
from familiemote.ui.forms_base import FormDialog
from familiemote.ui.labels import service_label
from familiemote.ui.panels.base import UowFactory


class NotificationDialog(FormDialog):
    def __init__(
        self,
        uow_factory: UowFactory,
        d: CaseDetail,
        notification: m.Notification,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Merk beskjed som gjort"), parent=parent)
        self.uow_factory, self.notification, self.today = uow_factory, notification, today
        who = service_label(d.service_name(notification.recipient_service_id))
        if notification.recipient_text:
            who = f"{who}: {notification.recipient_text}" if who else notification.recipient_text
        # the rows are forms/notification_dialog.ui; an error about a field focuses it
        self.ui = ui = Ui_NotificationDialog()
        self.use_designer_form(ui, {"done_by": "doneBy", "note": "note"})
        ui.recipient.setText(who)
        from familiemote.ui.consent_dialog import default_recorder

        self.done_by = ui.doneBy
        self.done_by.setText(default_recorder(d, uow_factory))  # «Meg», else the coordinator
        self.note = ui.note

    def save(self) -> None:
        notification_service.mark_done(
            self.uow_factory(),
            self.notification.id or 0,
            self.done_by.text(),
            self.today,
            self.note.text(),
        )
