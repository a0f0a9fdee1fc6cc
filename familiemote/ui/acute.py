"""Akutt: what to do now and whom to call, one key (F12) from anywhere.

The acute route is the information box «Samhandling i akutte saker»: its lists
say what to do now, its phone numbers (in order: the local legevakt, BUP's acute
line, the barnevernvakt, the police) whom to call. The municipality fills in its
own numbers in the box's editor; a number not filled in is said plainly.

F12 is caught by an application-wide event filter, so it opens the route from the
main window, from any dialog (the meeting guide too) and from the lock screen. The
dialog reads only the box: it never shows a case, so it may open while locked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain.errors import ContentError, DomainError
from familiemote.services import info_boxes as service
from familiemote.ui.forms.ui_acute_dialog import Ui_AcuteDialog
from familiemote.ui.language import ui_language
from familiemote.ui.theme import message_style, set_scaled_font
from familiemote.ui.widgets import announce

ACUTE_KEY = Qt.Key.Key_F12
ACUTE_KEY_TEXT = "F12"
_PROPERTY = "familiemoteAcuteFilter"


def _tr(text: str) -> str:
    return QCoreApplication.translate("AcuteDialog", text)


def _label(text: str, *, bold: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches every line
    label.setAccessibleName(text)
    return _emphasise(label, bold=bold, scale=scale)


def _emphasise(label: QLabel, *, bold: bool = False, scale: float = 1.0) -> QLabel:
    """Bold and larger than the text around it, as the text size in use makes it."""
    if scale != 1.0:
        set_scaled_font(label, scale, bold=bold)  # follows a change of text size when open
    else:
        font = QFont(label.font())
        font.setBold(bold)
        label.setFont(font)
    return label


class AcuteDialog(QDialog):
    """The acute route. Shows the box only: no case data, so it opens on the lock screen."""

    def __init__(self, shown: service.ShownBox | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acuteDialog")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        # the fixed part is forms/acute_dialog.ui; the box's parts are added under the title
        self.ui = ui = Ui_AcuteDialog()
        ui.setupUi(self)
        metrics = self.fontMetrics()  # the size follows the text size, within the screen
        screen = self.screen().availableGeometry()
        self.resize(
            min(metrics.averageCharWidth() * 84, screen.width() - 40),
            min(metrics.height() * 40, screen.height() - 60),
        )
        self.missing: list[str] = []
        self.call_labels: list[QLabel] = []
        inner = ui.inner
        _emphasise(ui.title, bold=True, scale=1.6)
        always = _label(
            _tr("Er liv i fare: ring 113 (medisinsk nødhjelp) eller 112 (politi) først."),
            bold=True,
            scale=1.2,
        )
        always.setStyleSheet(message_style("error"))
        if shown is None or "113" not in shown.box.text():  # the box's own text may say it
            inner.addWidget(always)
        if shown is None:
            inner.addWidget(
                _label(_tr("Akuttruten kan ikke leses nå. Ring 113, 112 eller legevakt 116 117."))
            )
        else:
            self._fill(inner, shown)
        inner.addStretch(1)
        self.close_button = ui.closeButton
        self.close_button.clicked.connect(self.accept)
        # the parts were added after the button: Tab reaches them before it
        lines = ui.content.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
        QWidget.setTabOrder(lines[-1], self.close_button)
        QShortcut(QKeySequence(ACUTE_KEY_TEXT), self).activated.connect(self.accept)

    def _fill(self, inner: QVBoxLayout, shown: service.ShownBox) -> None:
        box = shown.box
        number = 0
        for block in box.blocks:
            if block.kind == "heading":
                inner.addWidget(_label(block.text, bold=True, scale=1.2))
            elif block.kind == "paragraph":
                inner.addWidget(_label(block.text))
            elif block.kind == "list":
                for item in block.items:
                    inner.addWidget(_label(f"•  {item}"))
            elif block.kind == "phone":
                number += 1
                if block.number:
                    text = f"{number}. {block.label}: {block.number}"
                    label = _label(text, bold=True, scale=1.3)
                else:
                    self.missing.append(block.label)
                    text = _tr(
                        "{n}. {label}: ikke fylt inn. Kommunen må legge inn nummeret."
                    ).format(n=number, label=block.label)
                    label = _label(text, bold=True, scale=1.1)
                    label.setStyleSheet(message_style("warning"))
                self.call_labels.append(label)
                inner.addWidget(label)
            elif block.kind == "link":
                inner.addWidget(_label(f"{block.label}: {block.address}"))
        if self.missing:
            note = _label(
                _tr(
                    "Disse numrene mangler: {labels}. Fyll dem inn under Hjelp > "
                    "Informasjonsbokser > Samhandling i akutte saker > Rediger."
                ).format(labels=", ".join(self.missing))
            )
            note.setStyleSheet(message_style("warning"))
            inner.insertWidget(1, note)  # right under the title

    def text(self) -> str:
        """Everything the dialog shows, as text (what a screen reader reads)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))


def read_acute(uow_factory: Callable[[], Any]) -> service.ShownBox | None:
    try:
        return service.get_box(uow_factory(), service.ACUTE_KEY, ui_language())
    except (DomainError, ContentError):
        try:  # the database cannot be read: the shipped route still helps
            return service.ShownBox(
                service.shipped_box(service.ACUTE_KEY, ui_language()), False, ui_language()
            )
        except ContentError:
            return None


_open: list[AcuteDialog] = []


def open_acute(parent: QWidget | None, uow_factory: Callable[[], Any]) -> AcuteDialog:
    """Show the acute route above ``parent`` (or raise the one already shown)."""
    for dialog in _open:
        if dialog.isVisible():
            dialog.activateWindow()
            return dialog
    dialog = AcuteDialog(read_acute(uow_factory), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open.append(dialog)
    dialog.destroyed.connect(lambda *_: _open.remove(dialog) if dialog in _open else None)
    dialog.show()  # a new window comes on top by itself
    dialog.activateWindow()
    dialog.close_button.setFocus()
    announce(dialog, _tr("Akuttruten er åpnet."))
    return dialog


class _AcuteKeyFilter(QObject):
    """F12 anywhere in the application opens the acute route."""

    def __init__(self, opener: Callable[[QWidget | None], object], parent: QObject) -> None:
        super().__init__(parent)
        self.opener = opener

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            no_mods = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if event.key() == ACUTE_KEY and no_mods and not event.isAutoRepeat():
                if any(d.isVisible() for d in _open):
                    return False  # the dialog's own F12 closes it
                parent = QApplication.activeModalWidget() or QApplication.activeWindow()
                if parent is not None and parent.objectName() == "familyView":
                    parent = _main_window()  # not on the screen the family is looking at
                self.opener(parent)
                return True
        return False


def _main_window() -> QWidget | None:
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QMainWindow) and top.isVisible():
            return top
    return None


def install_acute_key(opener: Callable[[QWidget | None], object]) -> None:
    """Install the F12 filter on the application (once; a later call replaces the opener)."""
    app = QApplication.instance()
    if app is None:
        return
    existing = app.findChild(_AcuteKeyFilter)
    if existing is not None:
        existing.opener = opener
    else:
        app.installEventFilter(_AcuteKeyFilter(opener, app))
    from familiemote.ui import lock

    lock.UnlockDialog.acute_opener = opener
