"""The dialog that marks a "must be told" notification as done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from familiemote.domain import model as m
from familiemote.services import notifications as notification_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.forms_base import FormDialog
from familiemote.ui.labels import service_label
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.widgets import text_label


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
        self.add_row(self.tr("Mottaker:"), text_label(who))
        from familiemote.ui.consent_dialog import default_recorder

        self.done_by = QLineEdit(default_recorder(d, uow_factory))  # «Meg», else the coordinator
        self.add_row(self.tr("Beskjed gitt &av:"), self.done_by, "done_by")
        self.note = QLineEdit()
        self.add_row(self.tr("&Hvordan (merknad):"), self.note, "note")

    def save(self) -> None:
        notification_service.mark_done(
            self.uow_factory(),
            self.notification.id or 0,
            self.done_by.text(),
            self.today,
            self.note.text(),
        )
