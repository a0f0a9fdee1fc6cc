"""Skriv ut > Informasjon til familien and Invitasjon til møtet.

The leaflet explains the family meeting to the family before they come; the
invitation names the date, time, place, who is invited, what to bring and the
contact person, and the meeting's calendar file (.ics) is saved from the same
dialog. Both print in bokmål or nynorsk, previewed like every document.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from familiemote.domain.errors import DomainError
from familiemote.messages import error_text
from familiemote.printing.texts import check_lang, tx
from familiemote.ui.forms_base import preview_cancel_buttons
from familiemote.ui.labels import service_label
from familiemote.ui.language import ui_language

if TYPE_CHECKING:
    from familiemote.ui.print_actions import Document, PrintMenu


def _tr(text: str) -> str:
    return QCoreApplication.translate("FamilyLetters", text)


def _language_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(_tr("Bokmål"), "nb")
    combo.addItem(_tr("Nynorsk"), "nn")
    combo.setAccessibleName(_tr("Målform"))
    combo.setCurrentIndex(combo.findData(ui_language()))
    return combo


def _row(form: QFormLayout, text: str, widget: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(widget)
    form.addRow(label, widget)


def _add_preview_buttons(dialog: QDialog, form: QFormLayout) -> None:
    """«Forhåndsvis» (accepts: the caller shows the letter) and «Avbryt», last in ``form``."""
    form.addRow(preview_cancel_buttons(dialog, _tr("&Forhåndsvis")))


class LeafletDialog(QDialog):
    """Which language, and whose name and number the leaflet gives."""

    def __init__(
        self, people: list[tuple[int, str]], chosen: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Skriv ut informasjon til familien"))
        self.lang = _language_combo()
        self.contact = QComboBox()
        self.contact.setAccessibleName(_tr("Kontaktperson"))
        self.contact.addItem(_tr("Ingen: skrives inn for hånd"), None)
        for person_id, text in people:
            self.contact.addItem(text, person_id)
        if chosen is not None and self.contact.findData(chosen) >= 0:
            self.contact.setCurrentIndex(self.contact.findData(chosen))
        form = QFormLayout(self)
        intro = QLabel(
            _tr(
                "Én side til familien: hva et familiemøte er, hvem som kommer, at det er "
                "frivillig, hva som skjer etterpå, og hvem de kan ringe."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        _row(form, _tr("&Kontaktperson:"), self.contact)
        _row(form, _tr("&Målform:"), self.lang)
        _add_preview_buttons(self, form)


class InvitationDialog(QDialog):
    """Which meeting, which language, what to bring; the calendar file is saved here."""

    def __init__(
        self,
        meetings: list[tuple[int, dt.datetime]],
        now: dt.datetime,
        save_calendar: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Skriv ut invitasjon til møtet"))
        self._save_calendar = save_calendar
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(_tr("Møte"))
        upcoming = None
        for meeting_id, starts in sorted(meetings, key=lambda pair: pair[1]):
            self.meeting.addItem(starts.strftime("%d.%m.%Y kl. %H.%M"), meeting_id)
            if upcoming is None and starts >= now:
                upcoming = self.meeting.count() - 1
        self.meeting.setCurrentIndex(upcoming if upcoming is not None else self.meeting.count() - 1)
        self.lang = _language_combo()
        self.bring = QPlainTextEdit()
        self.bring.setTabChangesFocus(True)
        self.bring.setAccessibleName(_tr("Ta gjerne med, ett punkt per linje"))
        self._bring_default = ""
        self._fill_bring()
        self.lang.currentIndexChanged.connect(lambda _i: self._fill_bring())
        self.calendar_button = QPushButton(_tr("Lagre &kalenderfil (.ics) …"))
        self.calendar_button.setAutoDefault(False)
        self.calendar_button.clicked.connect(lambda: self._save_calendar(self))
        form = QFormLayout(self)
        _row(form, _tr("M&øte:"), self.meeting)
        _row(form, _tr("&Målform:"), self.lang)
        _row(form, _tr("&Ta gjerne med (ett punkt per linje):"), self.bring)
        form.addRow(self.calendar_button)
        _add_preview_buttons(self, form)

    def _fill_bring(self) -> None:
        from familiemote.printing.invitation import DEFAULT_BRING

        lang = check_lang(str(self.lang.currentData()))
        text = "\n".join(tx(lang, x) for x in DEFAULT_BRING)
        if self.bring.toPlainText() in ("", self._bring_default):  # not changed by hand
            self.bring.setPlainText(text)
        self._bring_default = text

    def meeting_id(self) -> int:
        return int(self.meeting.currentData())

    def language(self) -> str:
        return str(self.lang.currentData())

    def bring_items(self) -> tuple[str, ...]:
        return tuple(x.strip() for x in self.bring.toPlainText().splitlines() if x.strip())


def leaflet_document(
    uow_factory: Any, today: dt.date, lang: str, professional_id: int | None, case_id: int | None
) -> Document:
    from familiemote.printing.leaflet import LeafletData, render_leaflet
    from familiemote.services.audit import record_output
    from familiemote.services.family_letters import leaflet_data
    from familiemote.ui.print_actions import Document

    # «Ingen» chosen: lines to write the contact person on by hand
    data = (
        leaflet_data(uow_factory, professional_id=professional_id)
        if professional_id is not None
        else LeafletData(None)
    )
    form_lang = check_lang(lang)
    return Document(
        title=tx(form_lang, "Om familiemøtet"),
        file_stem=f"om-familiemotet-{lang}",
        render=lambda out: render_leaflet(data, out, printed_on=today, lang=form_lang),
        record=lambda action: record_output(
            uow_factory(), action, "leaflet", **({"case_id": case_id} if case_id else {})
        ),
    )


def invitation_document(
    uow_factory: Any, today: dt.date, meeting_id: int, lang: str, bring: tuple[str, ...]
) -> Document:
    from familiemote.printing.invitation import render_invitation
    from familiemote.services.audit import record_output
    from familiemote.services.family_letters import invitation_data
    from familiemote.ui.print_actions import Document

    data = invitation_data(uow_factory(), meeting_id, bring or None)
    form_lang = check_lang(lang)
    return Document(
        title=tx(form_lang, "Invitasjon"),
        file_stem=f"invitasjon-{data.starts_at:%Y-%m-%d}",
        render=lambda out: render_invitation(data, out, printed_on=today, lang=form_lang),
        record=lambda action: record_output(
            uow_factory(), action, "invitation", meeting_id=meeting_id
        ),
    )


class FamilyLetterActions:
    """The two actions of the Skriv ut menu, on the PrintMenu's window and services."""

    def __init__(self, print_menu: PrintMenu, menu: QMenu) -> None:
        self.print_menu = print_menu
        window = print_menu.window
        self.leaflet_action = QAction(_tr("&Informasjon til familien …"), window)
        self.invitation_action = QAction(_tr("I&nvitasjon til møtet …"), window)
        self.leaflet_action.triggered.connect(self.print_leaflet)
        self.invitation_action.triggered.connect(self.print_invitation)
        menu.addAction(self.leaflet_action)
        menu.addAction(self.invitation_action)
        self.last_dialog: QDialog | None = None

    def _chosen_contact(self, case_id: int | None) -> int | None:
        from familiemote.services import me as me_service
        from familiemote.services.family_letters import case_contact

        pm = self.print_menu
        if case_id is not None:
            found = case_contact(pm.uow_factory, case_id)
            if found is not None:
                with pm.uow_factory() as uow:
                    for person in uow.directory.professionals():
                        if person.name == found.name:
                            return int(person.id) if person.id is not None else None
        me = me_service.get_me(pm.uow_factory())
        return me.professional_id if me is not None else None

    def print_leaflet(self, *, run: bool = True) -> LeafletDialog | None:
        from familiemote.services import directory

        pm = self.print_menu
        case_id = getattr(pm.window, "current_case_id", None)
        try:
            services = {
                s.id: service_label(s.name) for s in directory.list_services(pm.uow_factory())
            }
            people = [
                (
                    int(p.id),
                    ", ".join(x for x in (p.name, p.title, services.get(p.service_id, "")) if x),
                )
                for p in directory.list_professionals(pm.uow_factory())
                if p.id is not None
            ]
            dialog = LeafletDialog(people, self._chosen_contact(case_id), pm.window)
        except DomainError as err:
            QMessageBox.warning(pm.window, _tr("Skriv ut"), error_text(err))
            return None
        self.last_dialog = dialog
        if not run:
            return dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.preview_leaflet(dialog, case_id)
        return dialog

    def preview_leaflet(self, dialog: LeafletDialog, case_id: int | None) -> None:
        pm = self.print_menu
        person = dialog.contact.currentData()
        try:
            document = leaflet_document(
                pm.uow_factory,
                pm.today(),
                str(dialog.lang.currentData()),
                int(person) if person is not None else None,
                case_id,
            )
        except DomainError as err:
            QMessageBox.warning(pm.window, _tr("Skriv ut"), error_text(err))
            return
        pm.preview(document)

    def print_invitation(self, *, run: bool = True) -> InvitationDialog | None:
        from familiemote.services.printing import meeting_choices

        pm = self.print_menu
        case_id = pm._case_id()
        if case_id is None:
            return None
        try:
            meetings = meeting_choices(pm.uow_factory(), case_id)
        except DomainError as err:
            QMessageBox.warning(pm.window, _tr("Skriv ut"), error_text(err))
            return None
        if not meetings:
            QMessageBox.information(
                pm.window,
                _tr("Skriv ut"),
                _tr("Saken har ingen møter ennå. Planlegg et møte først (Sak > Nytt møte)."),
            )
            return None
        now = dt.datetime.combine(pm.today(), dt.time(0, 0))
        dialog = InvitationDialog(meetings, now, self.save_calendar, pm.window)
        self.last_dialog = dialog
        if not run:
            return dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.preview_invitation(dialog)
        return dialog

    def preview_invitation(self, dialog: InvitationDialog) -> None:
        pm = self.print_menu
        try:
            document = invitation_document(
                pm.uow_factory,
                pm.today(),
                dialog.meeting_id(),
                dialog.language(),
                dialog.bring_items(),
            )
        except DomainError as err:
            QMessageBox.warning(pm.window, _tr("Skriv ut"), error_text(err))
            return
        pm.preview(document)

    def save_calendar(self, dialog: InvitationDialog, path: str | None = None) -> bool:
        from familiemote.services.audit import record_output
        from familiemote.services.family_letters import invitation_calendar, invitation_data

        pm = self.print_menu
        meeting_id = dialog.meeting_id()
        try:
            data = invitation_data(pm.uow_factory(), meeting_id)
        except DomainError as err:
            QMessageBox.warning(dialog, _tr("Lagre kalenderfil"), error_text(err))
            return False
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                dialog,
                _tr("Lagre kalenderfil"),
                f"mote-{data.starts_at:%Y-%m-%d}.ics",
                _tr("Kalenderfil (*.ics)"),
            )
        if not path:
            return False
        text = invitation_calendar(meeting_id, data, check_lang(dialog.language()))
        try:
            Path(path).write_bytes(text.encode("utf-8"))
            record_output(pm.uow_factory(), "calendar", "calendar", meeting_id=meeting_id)
        except OSError as err:
            QMessageBox.warning(
                dialog,
                _tr("Lagre kalenderfil"),
                _tr("Filen ble ikke lagret: {detail}").format(detail=err.strerror or err),
            )
            return False
        except DomainError as err:
            QMessageBox.warning(dialog, _tr("Lagre kalenderfil"), error_text(err))
            return False
        return True
