"""Innstillinger > Meg: the user's own name, service and role.

Asked once at the first start (it can be skipped) and kept per database login
(:mod:`familiemote.services.me`). With it the app fills in the meeting leader
and note taker of a new meeting, «Registrert av», and «Mine tiltak» in the
follow-up overview.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from familiemote.domain.errors import DomainError
from familiemote.services import directory
from familiemote.services import me as me_service
from familiemote.ui.forms.ui_me_dialog import Ui_MeDialog
from familiemote.ui.forms_base import FormDialog
from familiemote.ui.labels import service_label
from familiemote.ui.panels.base import UowFactory

KEY_ASKED = "me/askedAtStart"


class MeDialog(FormDialog):
    """Who am I: name, service and role (rows: forms/me_dialog.ui). After acceptance
    :attr:`me` holds what was stored."""

    def __init__(self, uow_factory: UowFactory, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Meg"), self.tr("&Lagre"), parent)
        self._uow_factory = uow_factory
        self.me: me_service.Me | None = None
        self.add_intro(
            self.tr(
                "Navnet ditt, tjenesten du arbeider i og rollen din. Programmet fyller dem inn "
                "som møteleder og referent i nye møter og som «Registrert av», og viser "
                "«Mine tiltak» i oppfølgingsoversikten. Lagres for din pålogging."
            )
        )
        self.ui = ui = Ui_MeDialog()
        self.use_designer_form(ui, {"name": "nameEdit", "title": "titleEdit"})
        current = me_service.get_me(uow_factory())
        self.name_edit = ui.nameEdit
        self.service_combo = ui.serviceCombo
        self.title_edit = ui.titleEdit
        for s in directory.list_services(uow_factory()):  # after «(ingen tjeneste)»
            self.service_combo.addItem(service_label(s.name), s.id)
        if current is not None:
            self.name_edit.setText(current.name)
            self.service_combo.setCurrentIndex(
                max(0, self.service_combo.findData(current.service_id))
            )
            self.title_edit.setText(current.title)
        if current is not None and current.login:
            # a server: IT tied this login to the person in the directory; only IT
            # changes the service there
            self.add_intro(
                self.tr(
                    "Påloggingen din ({login}) er knyttet til denne personen i katalogen. "
                    "Tjenesten endres av IT."
                ).format(login=current.login)
            )
            self.service_combo.setEnabled(False)
        self.name_edit.setFocus()

    def save(self) -> None:
        self.me = me_service.save_me(
            self._uow_factory(),
            self.name_edit.text(),
            self.service_combo.currentData(),
            self.title_edit.text(),
        )


def ask_at_start(parent: QWidget, uow_factory: UowFactory, settings: QSettings) -> None:
    """At the first start with a database: ask who the user is, once (skipping is fine).

    Whether the user is known is read in a worker thread: at the start this runs before
    the window is painted, and a slow database server would hold the paint (and then
    the window) for its round trips. A read that fails asks again at the next start."""
    if settings.value(KEY_ASKED, False, type=bool):
        return
    from familiemote.ui.ops import run_in_background

    def read() -> bool:
        return me_service.get_me(uow_factory()) is not None

    def done(known: bool) -> None:
        settings.setValue(KEY_ASKED, True)
        if not known:
            MeDialog(uow_factory, parent).open()

    def failed(error: BaseException) -> None:
        if not isinstance(error, DomainError):  # a bug: told as any other
            sys.excepthook(type(error), error, error.__traceback__)

    run_in_background(read, done, parent, on_error=failed)
