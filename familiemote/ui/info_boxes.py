"""The information boxes beside the pathway: read, search, and the municipality's own text.

A dock on the right of the main window (Hjelp > Informasjonsbokser, Ctrl+Shift+I)
lists the boxes; the one chosen is shown below the list as plain, selectable
text (links are text to copy: the app runs offline). The search field finds a
word in every box and every help text of the pathway and the meeting guide.
«Rediger …» opens the editor (ui/info_boxes_editor.py); «Tilbake til
standardteksten» puts the shipped text back. Eksporter and Importer move the
municipality's boxes between laptops as one content package.

The main window also gets a warning under the case list while the acute route's
numbers are not filled in (:class:`AcuteWarning`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain.errors import ContentError, DomainError
from familiemote.messages import error_text
from familiemote.services import directory as directory_service
from familiemote.services import help as help_service
from familiemote.services import info_boxes as service
from familiemote.services import sources
from familiemote.services.pathway import load_content
from familiemote.ui.language import ui_language
from familiemote.ui.theme import message_style
from familiemote.ui.widgets import announce, name_clear_button

KEY_ROLE = Qt.ItemDataRole.UserRole
OPEN_SHORTCUT = "Ctrl+Shift+I"


def _tr(text: str) -> str:
    return QCoreApplication.translate("InfoBoxes", text)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def package_error_text(err: service.PackageError) -> str:
    texts = {
        "unreadable": _tr("Filen kan ikke leses som en innholdspakke."),
        "foreign": _tr("Filen er ikke en innholdspakke med informasjonsbokser fra Familiemøte."),
        "newer": _tr(
            "Pakken er laget av en nyere versjon av Familiemøte. Oppdater programmet først."
        ),
        "damaged": _tr("Pakken er skadet: innholdet stemmer ikke med kontrollsummen."),
        "invalid": _tr("Pakken har en boks som ikke kan leses."),
    }
    return texts.get(err.reason, texts["unreadable"]) + " " + _tr("Ingenting ble endret.")


def box_html(
    shown: service.ShownBox,
    contacts: list[service.LocalContact],
    *,
    missing_number: str | None = None,
) -> str:
    """The box as rich text built from its blocks (the user never writes HTML)."""
    box = shown.box
    parts = [f"<h2>{_esc(box.title)}</h2>"]
    if box.covers:
        parts.append(f"<p><i>{_esc(box.covers)}</i></p>")
    if box.is_default:
        parts.append(
            "<p><b>"
            + _esc(
                _tr(
                    "Standardtekst: rapportene sier ikke hva boksen skal inneholde. "
                    "Kommunen bør tilpasse teksten."
                )
            )
            + "</b></p>"
        )
    for block in box.blocks:
        if block.kind == "heading":
            parts.append(f"<h3>{_esc(block.text)}</h3>")
        elif block.kind == "paragraph":
            parts.append(f"<p>{_esc(block.text)}</p>")
        elif block.kind == "list":
            items = "".join(f"<li>{_esc(i)}</li>" for i in block.items)
            parts.append(f"<ul>{items}</ul>")
        elif block.kind == "phone":
            number = block.number or (missing_number or _tr("ikke fylt inn"))
            parts.append(f"<p>☎ <b>{_esc(block.label)}:</b> {_esc(number)}</p>")
        elif block.kind == "link":
            parts.append(f"<p>{_esc(block.label)}: <tt>{_esc(block.address)}</tt></p>")
    if contacts:
        parts.append(f"<h3>{_esc(_tr('Lokal kontakt'))}</h3><ul>")
        for c in contacts:
            line = c.service + "".join(f", {x}" for x in (c.phone, c.email) if x)
            people = "".join(f"<br>{_esc(p)}" for p in c.people)
            parts.append(f"<li>{_esc(line)}{people}</li>")
        parts.append("</ul>")
    elif box.contact_kinds:
        hint = _tr("Ingen lokal kontakt i katalogen ennå (Sak > Katalog over tjenester).")
        parts.append(f"<p><i>{_esc(hint)}</i></p>")
    if box.sources:
        try:
            cited = sources.cite(box.sources, and_word=_tr("og"))
        except ContentError:
            cited = ""
        if cited:
            parts.append(
                f"<p><small>{_esc(_tr('Kilde: {sources}').format(sources=cited))}</small></p>"
            )
    if shown.own and shown.updated_at is not None:
        changed = _tr("Kommunens tekst, sist endret {date} av {name}.").format(
            date=shown.updated_at.strftime("%d.%m.%Y kl. %H.%M"), name=shown.updated_by
        )
        parts.append(f"<p><small>{_esc(changed)}</small></p>")
    return "".join(parts)


class InfoBoxesPanel(QWidget):
    """The list of boxes, the search, and the chosen box.

    Signals:
        edited(): a box was saved, reset or read in from a package.
    """

    edited = Signal()

    def __init__(self, uow_factory: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._boxes: list[service.ShownBox] = []
        self._contacts: tuple[list[Any], list[Any]] = ([], [])
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(_tr("Søk i boksene og hjelpetekstene"))
        self.search_edit.setAccessibleName(_tr("Søk i informasjonsboksene og hjelpetekstene"))
        self.search_edit.setClearButtonEnabled(True)
        name_clear_button(self.search_edit, _tr("Tøm søket"))
        search_label = QLabel(_tr("S&øk:"))
        search_label.setBuddy(self.search_edit)
        self.list = QListWidget()
        self.list.setAccessibleName(_tr("Informasjonsbokser"))
        self.list.setWordWrap(True)  # long titles wrap instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hits_label = QLabel()
        self.hits_label.setWordWrap(True)
        self.reader = QTextBrowser()
        self.reader.setOpenLinks(False)
        self.reader.setAccessibleName(_tr("Innholdet i boksen"))
        self.reader.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.reader.setTabChangesFocus(True)
        self.edit_button = QPushButton(_tr("&Rediger …"))
        self.reset_button = QPushButton(_tr("Til&bake til standardteksten"))
        self.copy_button = QPushButton(_tr("&Kopier lenkene"))
        self.more_button = QPushButton(_tr("&Pakke …"))
        self.more_button.setAccessibleName(_tr("Innholdspakke: eksporter eller importer"))
        menu = QMenu(self.more_button)
        self.export_action = menu.addAction(_tr("&Eksporter kommunens bokser …"))
        self.import_action = menu.addAction(_tr("&Importer bokser fra en pakke …"))
        self.more_button.setMenu(menu)
        for button in (self.edit_button, self.reset_button, self.copy_button, self.more_button):
            button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.reset_button):
            buttons.addWidget(button)
        buttons2 = QHBoxLayout()
        for button in (self.copy_button, self.more_button):
            buttons2.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hits_label)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.reader, 5)
        layout.addLayout(buttons)
        layout.addLayout(buttons2)
        self.hits_label.hide()
        self.search_edit.textChanged.connect(lambda _t: self.show_list())
        self.list.currentItemChanged.connect(lambda cur, _prev: self._show_item(cur))
        self.edit_button.clicked.connect(self.edit_current)
        self.reset_button.clicked.connect(self.reset_current)
        self.copy_button.clicked.connect(self.copy_links)
        self.export_action.triggered.connect(self.export_package)
        self.import_action.triggered.connect(self.import_package)
        self.reload()

    # -- reading ----------------------------------------------------------------------

    def reload(self) -> None:
        lang = ui_language()
        try:
            self._boxes = service.list_boxes(self._uow_factory(), lang)
            self._contacts = (
                directory_service.list_services(self._uow_factory()),
                directory_service.list_professionals(self._uow_factory()),
            )
        except (DomainError, ContentError) as err:
            self.reader.setPlainText(error_text(err) if isinstance(err, DomainError) else "")
            self._boxes = []
        self.show_list()

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(KEY_ROLE) if item is not None else None
        return str(value) if value is not None else None

    def show_list(self) -> None:
        query = self.search_edit.text().strip()
        keep = self.current_key()
        self.list.blockSignals(True)
        self.list.clear()
        if not query:
            self.hits_label.hide()
            for shown in self._boxes:
                mark = "" if not shown.own else " " + _tr("(kommunens tekst)")
                item = QListWidgetItem(shown.box.title + mark)
                item.setData(KEY_ROLE, shown.box.key)
                self.list.addItem(item)
        else:
            hits = service.search(self._boxes, ui_language(), query)
            for hit in hits:
                kind = (
                    _tr("Informasjonsboks")
                    if hit.kind == "box"
                    else _tr("Hjelp til fasen")
                    if hit.key.startswith("phase:")
                    else _tr("Hjelp i møteguiden")
                )
                item = QListWidgetItem(f"{kind}: {hit.title}")
                item.setData(KEY_ROLE, hit.key)
                item.setToolTip(hit.excerpt)
                self.list.addItem(item)
            text = (
                _tr("{n} treff for «{query}»").format(n=len(hits), query=query)
                if hits
                else _tr("Ingen bokser eller hjelpetekster har «{query}».").format(query=query)
            )
            self.hits_label.setText(text)
            self.hits_label.show()
            announce(self, text)
        self.list.blockSignals(False)
        row = 0
        for i in range(self.list.count()):
            if self.list.item(i).data(KEY_ROLE) == keep:
                row = i
        if self.list.count():
            self.list.setCurrentRow(row)
            self._show_item(self.list.currentItem())
        else:
            self.reader.clear()
            self._set_buttons(None)

    def shown_box(self, key: str) -> service.ShownBox | None:
        return next((b for b in self._boxes if b.box.key == key), None)

    def select_box(self, key: str) -> None:
        self.search_edit.clear()
        for i in range(self.list.count()):
            if self.list.item(i).data(KEY_ROLE) == key:
                self.list.setCurrentRow(i)

    def _set_buttons(self, shown: service.ShownBox | None) -> None:
        self.edit_button.setEnabled(shown is not None)
        self.reset_button.setEnabled(shown is not None and shown.own)
        self.copy_button.setEnabled(
            shown is not None and any(b.kind == "link" for b in shown.box.blocks)
        )

    def _show_item(self, item: QListWidgetItem | None) -> None:
        key = str(item.data(KEY_ROLE)) if item is not None else ""
        shown = self.shown_box(key)
        self._set_buttons(shown)
        if shown is not None:
            contacts = service.local_contacts(*self._contacts, shown.box)
            self.reader.setHtml(box_html(shown, contacts))
            self.reader.setAccessibleDescription(shown.box.title)
            return
        self.reader.setHtml(self._help_html(key))

    def _help_html(self, key: str) -> str:
        lang = ui_language()
        try:
            helps = help_service.load_help(lang)
            pathway = load_content(lang)
        except ContentError:
            return ""
        entry: help_service.HelpText | None = None
        title = ""
        parts = key.split(":")
        from familiemote.domain import model as m

        if parts[0] == "phase" and len(parts) == 2:
            phase = m.Phase(parts[1])
            entry, title = helps.phase(phase), pathway.phase(phase).name
        elif parts[0] == "step" and len(parts) == 3:
            kind = m.MeetingKind(parts[1])
            entry = helps.step(kind, parts[2])
            title = next((s.title for s in pathway.guide(kind) if s.key == parts[2]), "")
        if entry is None:
            return ""
        from familiemote.ui.help_panel import sources_text

        return (
            f"<h2>{_esc(title)}</h2><p><b>{_esc(_tr('Hva det er til:'))}</b> "
            f"{_esc(entry.purpose)}</p><p><b>{_esc(_tr('Hva rapporten fant:'))}</b> "
            f"{_esc(entry.found)}</p><p><small>{_esc(sources_text(entry.sources))}</small></p>"
        )

    # -- changing -----------------------------------------------------------------------

    def edit_current(self) -> None:
        key = self.current_key()
        if key is not None and self.shown_box(key) is not None:
            self.edit_box(key)

    def edit_box(self, key: str) -> bool:
        from familiemote.ui.info_boxes_editor import InfoBoxEditor

        shown = self.shown_box(key)
        if shown is None:
            return False
        dialog = InfoBoxEditor(self._uow_factory, shown, ui_language(), self)
        if dialog.exec():
            self.reload()
            self.select_box(key)
            self.edited.emit()
            announce(self, _tr("Boksen er lagret."))
            return True
        if dialog.was_reset:
            self.reload()
            self.select_box(key)
            self.edited.emit()
        return False

    def reset_current(self) -> None:
        key = self.current_key()
        shown = self.shown_box(key) if key else None
        if shown is None or not shown.own:
            return
        answer = QMessageBox.question(
            self,
            _tr("Tilbake til standardteksten"),
            _tr(
                "Vil du erstatte kommunens tekst i «{title}» med standardteksten? "
                "Kommunens tekst blir borte, men endringen står i historikken."
            ).format(title=shown.box.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.reset_box(self._uow_factory(), shown.box.key, shown.language)
        except DomainError as err:
            QMessageBox.warning(self, _tr("Informasjonsbokser"), error_text(err))
            return
        self.reload()
        self.select_box(shown.box.key)
        self.edited.emit()
        announce(self, _tr("Standardteksten er tilbake."))

    def copy_links(self) -> None:
        key = self.current_key()
        shown = self.shown_box(key) if key else None
        if shown is None:
            return
        links = [f"{b.label}: {b.address}" for b in shown.box.blocks if b.kind == "link"]
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and links:
            clipboard.setText("\n".join(links))
            announce(self, _tr("Lenkene er kopiert."))

    def export_package(self, path: str | None = None) -> bool:
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self,
                _tr("Eksporter informasjonsbokser"),
                "informasjonsbokser.json",
                _tr("Innholdspakke (*.json)"),
            )
        if not path:
            return False
        try:
            text = service.export_package(self._uow_factory())
            Path(path).write_text(text, encoding="utf-8")
        except (DomainError, OSError) as err:
            detail = error_text(err) if isinstance(err, DomainError) else str(err)
            QMessageBox.warning(self, _tr("Eksporter informasjonsbokser"), detail)
            return False
        announce(self, _tr("Boksene er eksportert."))
        return True

    def import_package(self, path: str | None = None) -> bool:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                _tr("Importer informasjonsbokser"),
                "",
                _tr("Innholdspakke (*.json)"),
            )
        if not path:
            return False
        try:
            text = Path(path).read_text(encoding="utf-8")
            count = service.import_package(self._uow_factory(), text)
        except service.PackageError as err:
            QMessageBox.warning(self, _tr("Importer informasjonsbokser"), package_error_text(err))
            return False
        except (DomainError, OSError, UnicodeDecodeError) as err:
            detail = (
                error_text(err)
                if isinstance(err, DomainError)
                else _tr("Filen kan ikke leses som en innholdspakke.")
            )
            QMessageBox.warning(
                self, _tr("Importer informasjonsbokser"), f"{detail} {_tr('Ingenting ble endret.')}"
            )
            return False
        self.reload()
        self.edited.emit()
        message = QCoreApplication.translate("InfoBoxes", "%n bokser er lest inn.", None, count)
        announce(self, message)
        QMessageBox.information(self, _tr("Importer informasjonsbokser"), message)
        return True


class AcuteWarning(QWidget):
    """Under the case list while the acute route has numbers not filled in."""

    def __init__(self, uow_factory: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet(message_style("warning"))
        self.fill_button = QPushButton(_tr("Fy&ll inn akuttnumrene …"))
        self.fill_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.fill_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def refresh(self) -> list[str]:
        try:
            missing = service.missing_acute_numbers(self._uow_factory(), ui_language())
        except (DomainError, ContentError):
            missing = []
        if missing:
            text = _tr(
                "⚠ Akuttruten mangler kommunens numre: {labels}. Fyll dem inn før dere trenger dem."
            ).format(labels=", ".join(missing))
            self.label.setText(text)
            self.setAccessibleName(text)
        self.setVisible(bool(missing))
        return missing


def attach_to_main_window(window: QMainWindow, uow_factory: Callable[[], Any]) -> InfoBoxesPanel:
    """The dock, the Hjelp menu's actions, the acute key and the acute warning."""
    from familiemote.ui import acute

    panel = InfoBoxesPanel(uow_factory)
    dock = QDockWidget(_tr("Informasjonsbokser"), window)
    dock.setObjectName("infoBoxesDock")
    dock.setWidget(panel)
    panel.setMinimumWidth(panel.fontMetrics().averageCharWidth() * 48)  # grows with text size
    dock.setAccessibleName(_tr("Informasjonsbokser"))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    panel.dock = dock  # type: ignore[attr-defined]

    open_action = QAction(_tr("&Informasjonsbokser"), window)
    open_action.setShortcut(QKeySequence(OPEN_SHORTCUT))

    def show_boxes() -> None:
        dock.show()
        dock.raise_()
        panel.list.setFocus()

    open_action.triggered.connect(show_boxes)
    acute_action = QAction(_tr("A&kutt: hva gjør vi nå? (F12)"), window)
    acute_action.triggered.connect(lambda: acute.open_acute(window, uow_factory))
    help_menu = None
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and any(
            a.text().startswith(("Or&dliste", "&Om ")) for a in menu.actions()
        ):
            help_menu = menu
    if help_menu is None:
        help_menu = window.menuBar().addMenu(_tr("&Hjelp"))
    if help_menu.actions():
        first = help_menu.actions()[0]
        help_menu.insertAction(first, open_action)
        help_menu.insertAction(first, acute_action)
        help_menu.insertSeparator(first)
    else:
        help_menu.addAction(open_action)
        help_menu.addAction(acute_action)
    panel.open_action = open_action  # type: ignore[attr-defined]
    panel.acute_action = acute_action  # type: ignore[attr-defined]

    warning = AcuteWarning(uow_factory)

    def fill_numbers() -> None:
        show_boxes()
        panel.select_box(service.ACUTE_KEY)
        panel.edit_box(service.ACUTE_KEY)

    warning.fill_button.clicked.connect(fill_numbers)
    panel.edited.connect(warning.refresh)
    panel.warning = warning  # type: ignore[attr-defined]
    left = window.findChild(QWidget, "caseListPane")
    splitter = getattr(window, "splitter", None)
    host = left if left is not None else (splitter.widget(0) if splitter is not None else None)
    layout = host.layout() if host is not None else None
    if isinstance(layout, QVBoxLayout):
        # under the case list: seen with the overview, and the Tab order still starts at
        # the search field and the list
        layout.addWidget(warning)
    acute.install_acute_key(lambda parent: acute.open_acute(parent, uow_factory))
    return panel
