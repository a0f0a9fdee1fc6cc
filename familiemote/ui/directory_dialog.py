"""The local directory: services and the people who represent them, filled in once."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import model as m
from familiemote.domain import service_names
from familiemote.services import access, directory
from familiemote.services import me as me_service
from familiemote.ui.forms.ui_people_editor import Ui_PeopleEditor
from familiemote.ui.forms.ui_services_editor import Ui_ServicesEditor
from familiemote.ui.forms_base import NotDone, name_by_labels, run_form
from familiemote.ui.labels import service_label
from familiemote.ui.language import ui_language
from familiemote.ui.meeting_common import fit_to_screen, message_label
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.widgets import pick_table

KIND_NAMES: dict[m.ServiceKind, Any] = {  # QT_TRANSLATE_NOOP is typed as object
    m.ServiceKind.HELSESTASJON: QT_TRANSLATE_NOOP(
        "ServicesEditor", "Helsestasjon / skolehelsetjeneste"
    ),
    m.ServiceKind.PPT: QT_TRANSLATE_NOOP("ServicesEditor", "PPT"),
    m.ServiceKind.BARNEHAGE: QT_TRANSLATE_NOOP("ServicesEditor", "Barnehage"),
    m.ServiceKind.SKOLE: QT_TRANSLATE_NOOP("ServicesEditor", "Skole"),
    m.ServiceKind.BARNEVERN: QT_TRANSLATE_NOOP("ServicesEditor", "Barnevern"),
    m.ServiceKind.FASTLEGE: QT_TRANSLATE_NOOP("ServicesEditor", "Fastlege"),
    m.ServiceKind.KOMMUNEPSYKOLOG: QT_TRANSLATE_NOOP("ServicesEditor", "Kommunepsykolog"),
    m.ServiceKind.NAV: QT_TRANSLATE_NOOP("ServicesEditor", "NAV"),
    m.ServiceKind.KOORDINERENDE_ENHET: QT_TRANSLATE_NOOP("ServicesEditor", "Koordinerende enhet"),
    m.ServiceKind.BUP: QT_TRANSLATE_NOOP("ServicesEditor", "BUP"),
    m.ServiceKind.HABU: QT_TRANSLATE_NOOP("ServicesEditor", "HABU"),
    m.ServiceKind.BARNEAVDELING: QT_TRANSLATE_NOOP("ServicesEditor", "Barneavdeling"),
    m.ServiceKind.OTHER: QT_TRANSLATE_NOOP("ServicesEditor", "Annen tjeneste"),
}


def _table(headers: list[str], name: str) -> QTableWidget:
    table = pick_table(headers, name)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class _Editor(QWidget):
    """A list on the left, the selected entry's form on the right.

    The subclass sets its Designer form up on ``rows`` (:meth:`use_rows`,
    ``name_edit`` first) and says how an entry is
    stored (:meth:`add_entry`, :meth:`update_entry`), which fields an error can name
    (:meth:`fields`), how the form is emptied (:meth:`clear_form`) and how an
    entry is switched off and on (:meth:`is_active`, :meth:`set_active`); the
    flow around them (save, a blank form after it, «Deaktiver») is the same.
    """

    name_edit: QLineEdit
    form: QFormLayout  # set by use_rows

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table(headers, name)
        self.rows = QWidget()  # the subclass's Designer form (forms/*_editor.ui)
        self.error_label = message_label()
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.saved_label.setAccessibleName(self.tr("Lagret"))
        self.saved_label.hide()
        self.new_button = QPushButton(self.tr("&Ny"))
        self.save_button = QPushButton(self.tr("&Lagre"))
        self.active_button = QPushButton(self.tr("&Deaktiver"))
        # Enter in a field saves (the dialog makes the shown tab's «Lagre» its default);
        # «Ny» and «Deaktiver» are pressed by Space, a click or their Alt key only
        self.new_button.setAutoDefault(False)
        self.active_button.setAutoDefault(False)
        right = QVBoxLayout()
        right.addWidget(self.rows)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.new_button, self.active_button):
            buttons.addWidget(b)
        right.addLayout(buttons)
        right.addWidget(self.error_label)
        right.addWidget(self.saved_label)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(right, 2)
        self.current_id: int | None = None
        self.table.currentCellChanged.connect(lambda row, _c, _r, _c2: self.select_row(row))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)

    def use_rows(self, ui: Any) -> None:
        """Set a compiled Designer form (its QFormLayout ``formLayout``) up on ``rows``;
        its fields take their labels' text as accessible names."""
        ui.setupUi(self.rows)
        self.form = ui.formLayout
        name_by_labels(self.form)
        # Tab: the list, the fields down the form, then «Lagre», «Ny», «Deaktiver»
        # (the buttons are made before the form, so Qt's own order put them first)
        order: list[QWidget] = [self.table]
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field = item.widget() if item is not None else None
            if field is not None:
                order.append(field)
        order += [self.save_button, self.new_button, self.active_button]
        for first, then in pairwise(order):
            QWidget.setTabOrder(first, then)

    def select_row(self, row: int) -> None:
        raise NotImplementedError

    def reload(self, select: int | None = None) -> None:
        raise NotImplementedError

    def add_entry(self) -> int:
        """Store the form as a new entry; returns its id."""
        raise NotImplementedError

    def update_entry(self, ident: int) -> None:
        """Store the form over entry ``ident``."""
        raise NotImplementedError

    def after_store(self, ident: int | None) -> None:
        """What else a save stores, in the same save flow (nothing by default)."""

    def fields(self) -> Mapping[str, QWidget]:
        """The form's fields by the names a refusal gives."""
        raise NotImplementedError

    def clear_form(self) -> None:
        raise NotImplementedError

    def is_active(self, ident: int) -> bool:
        raise NotImplementedError

    def set_active(self, ident: int, active: bool) -> None:
        raise NotImplementedError

    def start_new(self) -> None:
        self.current_id = None
        self.table.setCurrentCell(-1, -1)  # choosing the same row again loads it
        self.table.clearSelection()
        self.clear_form()
        self.active_button.setEnabled(False)
        self.name_edit.setFocus()

    def save(self) -> None:
        ident: list[int | None] = [self.current_id]

        def act() -> None:
            if ident[0] is None:
                ident[0] = self.add_entry()
                # stored: if what follows is refused, a second «Lagre» changes this entry
                self.current_id = ident[0]
            else:
                self.update_entry(ident[0])
            self.after_store(ident[0])

        if self.run(act, self.fields()):
            self.saved(ident[0], self.name_edit.text().strip())

    def toggle_active(self) -> None:
        ident = self.current_id
        if ident is None:
            return
        active = self.is_active(ident)
        if self.run(lambda: self.set_active(ident, not active), {}):
            self.reload(ident)

    def run(self, action: Callable[[], None], fields: Mapping[str, QWidget]) -> bool:
        """Save through the form base's flow: the error told, the cursor in its field."""
        self.saved_label.hide()
        return run_form(action, self.error_label, fields)

    def saved(self, ident: int | None, name: str) -> None:
        """After a save: the list shows the entry, the form starts a new blank one.

        Keeping the saved entry in the form invited overwriting it with the next
        person typed in; a blank form after «Lagre» is what the next entry needs.
        """
        self.reload(ident)
        self.start_new()
        self.saved_label.setText(
            self.tr("✓ «{name}» er lagret. Skjemaet er klart for en ny.").format(name=name)
        )
        self.saved_label.show()


class ServicesEditor(_Editor):
    def __init__(self, uow_factory: UowFactory, parent: QWidget | None = None) -> None:
        super().__init__(
            [self.tr("Tjeneste"), self.tr("Type"), self.tr("Nivå"), self.tr("Kontakt")],
            self.tr("Tjenester"),
            parent,
        )
        self._uow_factory = uow_factory
        self.stored_name = ""  # the selected service's name as stored (bokmål for presets)
        self.ui = ui = Ui_ServicesEditor()
        self.use_rows(ui)
        self.name_edit = ui.nameEdit
        self.kind_combo = ui.kindCombo
        for kind, text in KIND_NAMES.items():
            self.kind_combo.addItem(self.tr(text), kind)  # i18n: marked
        self.level_combo = ui.levelCombo  # «Kommunal», «Spesialisthelsetjenesten» in the form
        self.level_combo.setItemData(0, m.ServiceLevel.MUNICIPAL)
        self.level_combo.setItemData(1, m.ServiceLevel.SPECIALIST)
        self.phone_edit = ui.phoneEdit
        self.email_edit = ui.emailEdit
        self.services: list[m.Service] = []
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.services = directory.list_all_services(self._uow_factory())
        self.table.setRowCount(len(self.services))
        for r, s in enumerate(self.services):
            name = service_label(s.name) + ("" if s.active else self.tr(" (deaktivert)"))
            level = (
                self.tr("Spesialist")
                if s.level == m.ServiceLevel.SPECIALIST
                else self.tr("Kommunal")
            )
            for c, text in enumerate(
                (
                    name,
                    self.tr(KIND_NAMES[s.kind]),  # i18n: marked
                    level,
                    ", ".join(x for x in (s.phone, s.email) if x),
                )
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))
        row = next((i for i, s in enumerate(self.services) if s.id == select), 0)
        if self.services:
            self.table.setCurrentCell(row, 0)
            self.select_row(row)

    def select_row(self, row: int) -> None:
        if not 0 <= row < len(self.services):
            return
        s = self.services[row]
        self.saved_label.hide()
        self.current_id = s.id
        self.stored_name = s.name
        self.name_edit.setText(service_label(s.name))
        self.kind_combo.setCurrentIndex(list(KIND_NAMES).index(s.kind))
        self.level_combo.setCurrentIndex(0 if s.level == m.ServiceLevel.MUNICIPAL else 1)
        self.phone_edit.setText(s.phone)
        self.email_edit.setText(s.email)
        self.active_button.setText(self.tr("&Deaktiver") if s.active else self.tr("&Aktiver"))
        self.active_button.setEnabled(True)

    def clear_form(self) -> None:
        self.stored_name = ""
        for e in (self.name_edit, self.phone_edit, self.email_edit):
            e.clear()
        self.kind_combo.setCurrentIndex(list(KIND_NAMES).index(m.ServiceKind.OTHER))
        self.level_combo.setCurrentIndex(0)

    def data(self) -> directory.NewService:
        # A preset name shown in nynorsk and left as shown stays the stored preset.
        name = service_names.name_to_store(ui_language(), self.name_edit.text(), self.stored_name)
        return directory.NewService(
            name,
            self.kind_combo.currentData(),
            self.level_combo.currentData(),
            self.phone_edit.text(),
            self.email_edit.text(),
        )

    def add_entry(self) -> int:
        return directory.add_service(self._uow_factory(), self.data())

    def update_entry(self, ident: int) -> None:
        directory.update_service(self._uow_factory(), ident, self.data())

    def fields(self) -> Mapping[str, QWidget]:
        return {"name": self.name_edit, "phone": self.phone_edit, "email": self.email_edit}

    def is_active(self, ident: int) -> bool:
        return next(s for s in self.services if s.id == ident).active

    def set_active(self, ident: int, active: bool) -> None:
        directory.set_service_active(self._uow_factory(), ident, active)


class PeopleEditor(_Editor):
    def __init__(self, uow_factory: UowFactory, parent: QWidget | None = None) -> None:
        super().__init__(
            [self.tr("Navn"), self.tr("Tjeneste"), self.tr("Stilling"), self.tr("Kontakt")],
            self.tr("Personer"),
            parent,
        )
        self._uow_factory = uow_factory
        self.ui = ui = Ui_PeopleEditor()
        self.use_rows(ui)
        self.name_edit = ui.nameEdit
        self.service_combo = ui.serviceCombo
        self.title_edit = ui.titleEdit
        self.phone_edit = ui.phoneEdit
        self.email_edit = ui.emailEdit
        # on a shared server a login is a person: IT ties each facilitator's own
        # database login to their entry (the case access, «Meg» and the history use it);
        # a database file on this machine has no logins, so the row is not shown
        self.login_edit = ui.loginEdit
        self.on_server = me_service.on_server(uow_factory())
        self.form.setRowVisible(self.login_edit, self.on_server)
        self.logins: dict[int, str] = {}
        self.people: list[m.Professional] = []
        self.reload()

    def reload(self, select: int | None = None) -> None:
        services = directory.list_all_services(self._uow_factory())
        names = {s.id: service_label(s.name) for s in services}
        self.service_combo.clear()
        self.service_combo.addItem(self.tr("(ingen tjeneste)"), None)
        for s in services:
            if s.active:
                self.service_combo.addItem(service_label(s.name), s.id)
        self.people = directory.list_all_professionals(self._uow_factory())
        self.logins = me_service.logins(self._uow_factory()) if self.on_server else {}
        self.table.setRowCount(len(self.people))
        for r, p in enumerate(self.people):
            name = p.name + ("" if p.active else self.tr(" (deaktivert)"))
            contact = ", ".join(x for x in (p.phone, p.email) if x)
            for c, text in enumerate((name, names.get(p.service_id, ""), p.title, contact)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        row = next((i for i, p in enumerate(self.people) if p.id == select), 0)
        if self.people:
            self.table.setCurrentCell(row, 0)
            self.select_row(row)
        else:
            self.start_new()

    def select_row(self, row: int) -> None:
        if not 0 <= row < len(self.people):
            return
        p = self.people[row]
        self.saved_label.hide()
        self.current_id = p.id
        self.name_edit.setText(p.name)
        self.service_combo.setCurrentIndex(max(0, self.service_combo.findData(p.service_id)))
        self.title_edit.setText(p.title)
        self.phone_edit.setText(p.phone)
        self.email_edit.setText(p.email)
        self.login_edit.setText(self.logins.get(p.id or -1, ""))
        self.active_button.setText(self.tr("&Deaktiver") if p.active else self.tr("&Aktiver"))
        self.active_button.setEnabled(True)

    def clear_form(self) -> None:
        for e in (
            self.name_edit,
            self.title_edit,
            self.phone_edit,
            self.email_edit,
            self.login_edit,
        ):
            e.clear()
        self.service_combo.setCurrentIndex(0)

    def data(self) -> directory.NewProfessional:
        return directory.NewProfessional(
            self.name_edit.text(),
            self.service_combo.currentData(),
            self.title_edit.text(),
            self.phone_edit.text(),
            self.email_edit.text(),
        )

    def add_entry(self) -> int:
        return directory.add_professional(self._uow_factory(), self.data())

    def update_entry(self, ident: int) -> None:
        directory.update_professional(self._uow_factory(), ident, self.data())

    def after_store(self, ident: int | None) -> None:
        login = self.login_edit.text().strip()
        if self.on_server and ident is not None and login != self.logins.get(ident, ""):
            self.tie_login(ident, login)

    def fields(self) -> Mapping[str, QWidget]:
        return {
            "name": self.name_edit,
            "title": self.title_edit,
            "phone": self.phone_edit,
            "email": self.email_edit,
            "login": self.login_edit,
        }

    def tie_login(self, professional_id: int, login: str) -> None:
        """Tie the entry to ``login`` (empty: untie); the server lets only IT do it."""
        try:
            access.set_login(self._uow_factory(), professional_id, login or None)
        except Exception as exc:  # the server's refusal, by its SQLSTATE
            state = getattr(getattr(exc, "orig", None), "sqlstate", None)
            if state == "42501":  # insufficient_privilege: not IT
                raise NotDone(
                    self.tr(
                        "Resten er lagret, men påloggingen er ikke endret: bare IT kan knytte "
                        "en pålogging til en person."
                    ),
                    "login",
                ) from None
            if state == "23505":  # unique_violation: the login is someone else's
                raise NotDone(
                    self.tr(
                        "Resten er lagret, men påloggingen er ikke endret: den er allerede "
                        "knyttet til en annen person i katalogen."
                    ),
                    "login",
                ) from None
            raise

    def is_active(self, ident: int) -> bool:
        return next(p for p in self.people if p.id == ident).active

    def set_active(self, ident: int, active: bool) -> None:
        directory.set_professional_active(self._uow_factory(), ident, active)


class DirectoryDialog(QDialog):
    """Katalog over tjenester og personer."""

    def __init__(self, uow_factory: UowFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Katalog over tjenester og personer"))
        fit_to_screen(self, 1000, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Kommunen fyller ut katalogen én gang og velger fra den når møter planlegges. "
                "En tjeneste eller person som ikke lenger er aktuell, deaktiveres: gamle saker "
                "beholder navnet."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        self.services = ServicesEditor(uow_factory)
        self.people = PeopleEditor(uow_factory)
        self.tabs.addTab(self.people, self.tr("&Personer"))
        self.tabs.addTab(self.services, self.tr("Tjeneste&r"))
        self.tabs.currentChanged.connect(lambda _i: self.people.reload(self.people.current_id))
        self.tabs.currentChanged.connect(lambda _i: self._enter_saves())
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # Alt+L is the shown tab's «&Lagre»
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lu&kk"))
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self._enter_saves()

    def _enter_saves(self) -> None:
        """Enter in a field saves the entry of the tab shown (its «Lagre» is the default)."""
        editor = self.tabs.currentWidget()
        if isinstance(editor, _Editor):
            editor.save_button.setDefault(True)
