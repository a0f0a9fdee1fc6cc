"""The editor for an information box: the municipality writes its own text, no HTML.

A box is a title, what it covers, and a list of parts: headings, paragraphs,
lists (one item per line), phone numbers and links. The parts are listed on the
left; the chosen part is edited on the right. Lagre stores the municipality's
text (in the audit trail with who and when); «Tilbake til standardteksten» puts
the shipped text back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from familiemote.domain import validation as v
from familiemote.domain.errors import ConcurrentChangeError, ContentError, DomainError
from familiemote.messages import error_text
from familiemote.services import info_boxes as service
from familiemote.ui.forms.ui_info_box_editor import Ui_InfoBoxEditor
from familiemote.ui.theme import message_style
from familiemote.ui.widgets import announce, tell_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("InfoBoxEditor", text)


def kind_name(kind: str) -> str:
    return {
        "heading": _tr("Overskrift"),
        "paragraph": _tr("Avsnitt"),
        "list": _tr("Liste"),
        "phone": _tr("Telefonnummer"),
        "link": _tr("Lenke"),
    }[kind]


def block_summary(block: service.Block) -> str:
    if block.kind in ("heading", "paragraph"):
        body = block.text
    elif block.kind == "list":
        body = QCoreApplication.translate(
            "InfoBoxEditor", "%n punkter: {first}", None, len(block.items)
        ).format(first=block.items[0] if block.items else "")
    elif block.kind == "phone":
        body = f"{block.label}: {block.number or _tr('ikke fylt inn')}"
    else:
        body = f"{block.label}: {block.address}"
    body = " ".join(body.split())
    if len(body) > 70:
        body = body[:69] + "…"
    return f"{kind_name(block.kind)}: {body}"


class InfoBoxEditor(QDialog):
    """Edits one box in one language. ``was_reset`` tells the caller the text went back."""

    def __init__(
        self,
        uow_factory: Callable[[], Any],
        shown: service.ShownBox,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._key = shown.box.key
        self._language = language
        # the version opened: 0 for the shipped text or a text kept in the other language
        self._version = shown.version if shown.own and shown.language == language else 0
        self._own = shown.own and shown.language == language
        self.was_reset = False
        self.blocks: list[service.Block] = list(shown.box.blocks)
        self._kinds = shown.box.contact_kinds
        self._sources = shown.box.sources
        self.setWindowTitle(_tr("Rediger informasjonsboks: {title}").format(title=shown.box.title))
        char = self.fontMetrics().averageCharWidth()  # the size follows the text size
        self.resize(char * 130, self.fontMetrics().height() * 34)

        # the fixed part is forms/info_box_editor.ui; the list of parts is filled in
        self.ui = ui = Ui_InfoBoxEditor()
        ui.setupUi(self)
        self.title_edit = ui.titleEdit
        self.title_edit.setText(shown.box.title)
        self.title_edit.setMaxLength(service.TITLE_MAX)
        self.covers_edit = ui.coversEdit
        self.covers_edit.setText(shown.box.covers)
        ui.stateLabel.setText(
            _tr("Kommunens tekst, sist endret {date} av {name}.").format(
                date=shown.updated_at.strftime("%d.%m.%Y kl. %H.%M"), name=shown.updated_by
            )
            if self._own and shown.updated_at is not None
            else _tr("Standardteksten. Når du lagrer, blir teksten kommunens egen.")
        )

        self.block_list = ui.blockList
        self.add_buttons: dict[str, QPushButton] = {
            "heading": ui.addHeading,
            "paragraph": ui.addParagraph,
            "list": ui.addList,
            "phone": ui.addPhone,
            "link": ui.addLink,
        }
        for kind, button in self.add_buttons.items():
            button.clicked.connect(lambda _c=False, k=kind: self.add_block(k))
        self.up_button, self.down_button = ui.upButton, ui.downButton
        self.remove_button = ui.removeButton
        self.up_button.clicked.connect(lambda: self.move_block(-1))
        self.down_button.clicked.connect(lambda: self.move_block(1))
        self.remove_button.clicked.connect(self.remove_block)

        # the editor of the chosen part: a page for text, one for a name and a value
        self.pages = ui.pages
        self.text_edit, self.text_label, self.text_hint = ui.textEdit, ui.textLabel, ui.textHint
        self.label_edit, self.label_label = ui.labelEdit, ui.labelLabel
        self.value_edit, self.value_label = ui.valueEdit, ui.valueLabel
        self.pair_hint = ui.pairHint
        self.text_edit.textChanged.connect(self._store_current)
        self.label_edit.textChanged.connect(self._store_current)
        self.value_edit.textChanged.connect(self._store_current)

        self.error_label = ui.errorLabel
        self.error_label.setStyleSheet(message_style("error"))
        self.error_label.hide()
        self.reset_button = ui.resetButton
        self.reset_button.setEnabled(self._own)
        self.reset_button.clicked.connect(self.reset)
        self.save_button = ui.saveButton
        self.save_button.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)

        self._loading = False
        self.block_list.currentRowChanged.connect(self._load_current)
        self._fill_list()
        if self.blocks:
            self.block_list.setCurrentRow(0)
        self._load_current(self.block_list.currentRow())
        self.title_edit.setFocus()

    # -- the list of parts --------------------------------------------------------------

    def _fill_list(self, row: int | None = None) -> None:
        self.block_list.blockSignals(True)
        self.block_list.clear()
        for block in self.blocks:
            self.block_list.addItem(block_summary(block))
        self.block_list.blockSignals(False)
        if row is not None and 0 <= row < len(self.blocks):
            self.block_list.setCurrentRow(row)
            self._load_current(row)

    def add_block(self, kind: str) -> None:
        row = self.block_list.currentRow()
        at = row + 1 if row >= 0 else len(self.blocks)
        self.blocks.insert(at, service.Block(kind))
        self._fill_list(at)
        focus = self.text_edit if kind in ("heading", "paragraph", "list") else self.label_edit
        focus.setFocus()
        announce(self, _tr("{kind} lagt til.").format(kind=kind_name(kind)))

    def move_block(self, step: int) -> None:
        row = self.block_list.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < len(self.blocks):
            return
        self.blocks[row], self.blocks[to] = self.blocks[to], self.blocks[row]
        self._fill_list(to)
        announce(self, _tr("Flyttet til plass {n}.").format(n=to + 1))

    def remove_block(self) -> None:
        row = self.block_list.currentRow()
        if row < 0:
            return
        del self.blocks[row]
        self._fill_list(min(row, len(self.blocks) - 1))
        if not self.blocks:
            self._load_current(-1)
        announce(self, _tr("Delen er fjernet."))

    def _load_current(self, row: int) -> None:
        self._loading = True
        has = 0 <= row < len(self.blocks)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(has)
        if not has:
            self.pages.setCurrentIndex(0)
            self._loading = False
            return
        block = self.blocks[row]
        if block.kind in ("heading", "paragraph", "list"):
            self.pages.setCurrentIndex(1)
            self.text_edit.setPlainText(
                "\n".join(block.items) if block.kind == "list" else block.text
            )
            self.text_edit.setAccessibleName(kind_name(block.kind))
            self.text_hint.setText(
                _tr("Ett punkt per linje.")
                if block.kind == "list"
                else _tr("Skriv vanlig tekst. Formatet ordner programmet.")
            )
        else:
            self.pages.setCurrentIndex(2)
            self.label_edit.setText(block.label)
            if block.kind == "phone":
                self.value_label.setText(_tr("Nu&mmer:"))
                self.value_edit.setAccessibleName(_tr("Telefonnummer"))
                self.value_edit.setText(block.number)
                self.pair_hint.setText(_tr("For eksempel 400 00 000. Tomt betyr ikke fylt inn."))
            else:
                self.value_label.setText(_tr("Adre&sse:"))
                self.value_edit.setAccessibleName(_tr("Adressen"))
                self.value_edit.setText(block.address)
                self.pair_hint.setText(
                    _tr("Adressen vises som tekst å kopiere, for programmet virker uten nett.")
                )
        self._loading = False

    def _store_current(self) -> None:
        if self._loading:
            return
        row = self.block_list.currentRow()
        if not 0 <= row < len(self.blocks):
            return
        old = self.blocks[row]
        if old.kind == "list":
            items = tuple(x.strip() for x in self.text_edit.toPlainText().splitlines() if x.strip())
            new = service.Block("list", items=items)
        elif old.kind in ("heading", "paragraph"):
            text = self.text_edit.toPlainText().strip()
            if old.kind == "heading":
                text = " ".join(text.split())
            new = service.Block(old.kind, text=text)
        elif old.kind == "phone":
            new = service.Block(
                "phone", label=self.label_edit.text().strip(), number=self.value_edit.text().strip()
            )
        else:
            new = service.Block(
                "link", label=self.label_edit.text().strip(), address=self.value_edit.text().strip()
            )
        self.blocks[row] = new
        item = self.block_list.item(row)
        if item is not None:
            item.setText(block_summary(new))

    # -- saving -----------------------------------------------------------------------

    def _problem(self) -> tuple[str, QWidget | None] | None:
        if not self.title_edit.text().strip():
            return _tr("Boksen trenger en tittel."), self.title_edit
        for row, block in enumerate(self.blocks):
            empty = (
                (block.kind in ("heading", "paragraph") and not block.text)
                or (block.kind == "list" and not block.items)
                or (block.kind in ("phone", "link") and not block.label)
                or (block.kind == "link" and not block.address)
            )
            if empty:
                self.block_list.setCurrentRow(row)
                return (
                    _tr("Del {n} ({kind}) er tom. Fyll den ut eller fjern den.").format(
                        n=row + 1, kind=kind_name(block.kind).lower()
                    ),
                    self.block_list,
                )
            if block.kind == "phone" and block.number:
                try:
                    v.clean_phone("phone", block.number)
                except DomainError:
                    self.block_list.setCurrentRow(row)
                    return (
                        _tr("Telefonnummeret i del {n} kan bare ha sifre, mellomrom og +.").format(
                            n=row + 1
                        ),
                        self.value_edit,
                    )
        return None

    def box(self) -> service.Box:
        return service.Box(
            key=self._key,
            title=self.title_edit.text().strip(),
            covers=self.covers_edit.text().strip(),
            blocks=tuple(self.blocks),
            contact_kinds=self._kinds,
            sources=self._sources,
        )

    def save(self) -> None:
        problem = self._problem()
        if problem is not None:
            tell_error(self.error_label, problem[0], problem[1])
            return
        try:
            service.save_box(self._uow_factory(), self.box(), self._language, self._version)
        except ConcurrentChangeError:
            tell_error(
                self.error_label,
                _tr(
                    "Noen andre har lagret denne boksen mens du skrev. Lukk, åpne boksen "
                    "igjen og gjør endringen på nytt."
                ),
            )
            return
        except ContentError:
            tell_error(self.error_label, _tr("En av delene er for lang."))
            return
        except DomainError as err:
            tell_error(self.error_label, error_text(err))
            return
        self.accept()

    def reset(self) -> None:
        answer = QMessageBox.question(
            self,
            _tr("Tilbake til standardteksten"),
            _tr(
                "Vil du erstatte kommunens tekst med standardteksten? Kommunens tekst blir "
                "borte, men endringen står i historikken."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.reset_box(self._uow_factory(), self._key, self._language)
        except DomainError as err:
            tell_error(self.error_label, error_text(err))
            return
        self.was_reset = True
        self.reject()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
