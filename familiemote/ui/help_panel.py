"""The help box of a pathway phase or a meeting-guide step, opened with its button or F1.

The texts come from ``resources/content/help_<language>.json`` (services.help);
the language is the one the user chose (Innstillinger), bokmål by default.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from familiemote.domain import model as m
from familiemote.domain.errors import ContentError
from familiemote.services import help as help_service
from familiemote.ui.theme import HELP_BOX_STYLE

HELP_KEY = QKeySequence.StandardKey.HelpContents  # F1
_INSTALLED = "familiemoteHelpKey"


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpPanel", text)


def current_language() -> str:
    """The language the app runs in (Innstillinger > Språk), as the pathway content uses."""
    from familiemote.ui.language import ui_language

    return ui_language()


def help_content() -> help_service.HelpContent | None:
    try:
        return help_service.load_help(current_language())
    except ContentError:
        return None  # broken content: the screens still work, without help


def sources_text(sources: tuple[help_service.SourceRef, ...]) -> str:
    """«Kilde: Skrove mfl., Møreforsking Molde 2016, «Kvalitet i alle ledd», kap. 8.3.2
    Familiemøter og kap. 8.4 …; …»: author, year, title and chapter, as a reader finds it."""
    by_report: dict[str, list[str]] = defaultdict(list)
    for s in sources:
        if s.ref not in by_report[s.report]:
            by_report[s.report].append(s.ref)
    word = _tr("og")
    parts = [
        f"{report}, " + (f"{', '.join(refs[:-1])} {word} {refs[-1]}" if len(refs) > 1 else refs[0])
        for report, refs in by_report.items()
    ]
    return _tr("Kilde: {sources}").format(sources="; ".join(parts))


class HelpPanel(QWidget):
    """A toggle button and the help box under it: what it is for, what the report found.

    The box is shown or hidden by the button, by F1 (see :func:`install_help_key`)
    and never by hovering.
    """

    def __init__(
        self,
        title: str,
        button_text: str,
        purpose_caption: str,
        text: help_service.HelpText,
        expanded: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.help_text = text
        self.button = QPushButton()
        self.button.setCheckable(True)
        self.button.setAutoDefault(False)
        self._button_text = button_text
        self.button.setAccessibleName(button_text.replace("&", ""))
        self.button.setToolTip(_tr("Vis eller skjul hjelpen (F1)"))
        self.box = QFrame()
        self.box.setObjectName("helpBox")
        self.box.setFrameShape(QFrame.Shape.StyledPanel)
        self.box.setStyleSheet(HELP_BOX_STYLE)
        inner = QVBoxLayout(self.box)
        inner.setContentsMargins(10, 8, 10, 8)
        head = QLabel(title)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        head.setWordWrap(True)
        inner.addWidget(head)
        self.purpose_label = self._paragraph(purpose_caption, text.purpose)
        self.found_label = self._paragraph(_tr("Hva rapporten fant:"), text.found)
        inner.addWidget(self.purpose_label)
        inner.addWidget(self.found_label)
        self.source_label = QLabel(sources_text(text.sources))
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = self.source_label.font()
        small.setItalic(True)
        self.source_label.setFont(small)
        inner.addWidget(self.source_label)
        self.box.setAccessibleName(title)
        self.box.setAccessibleDescription(f"{text.purpose} {text.found}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.box)
        self.button.toggled.connect(self._show)
        self.button.setChecked(expanded)
        self._show(expanded)

    @staticmethod
    def _paragraph(caption: str, body: str) -> QLabel:
        widget = QLabel(f"<b>{caption}</b> {_escape(body)}")
        widget.setTextFormat(Qt.TextFormat.RichText)
        widget.setWordWrap(True)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return widget

    def _show(self, on: bool) -> None:
        self.box.setVisible(on)
        sign = "▾" if on else "▸"
        self.button.setText(f"{sign} {self._button_text} (F1)")
        self.button.setAccessibleDescription(_tr("Vist") if on else _tr("Skjult"))

    def is_open(self) -> bool:
        return self.button.isChecked()

    def toggle(self) -> None:
        self.button.setChecked(not self.button.isChecked())
        self.button.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def phase_help(phase: m.Phase, name: str) -> HelpPanel | None:
    content = help_content()
    if content is None:
        return None
    return HelpPanel(
        _tr("Om fasen «{name}»").format(name=name),
        _tr("Hj&elp om fasen"),
        _tr("Hva fasen er til:"),
        content.phase(phase),
    )


def step_help(kind: m.MeetingKind, key: str, title: str, expanded: bool = True) -> HelpPanel | None:
    content = help_content()
    text = content.step(kind, key) if content is not None else None
    if text is None:
        return None
    return HelpPanel(
        _tr("Om steget «{title}»").format(title=title),
        _tr("Hjel&p om steget"),
        _tr("Hva steget er til:"),
        text,
        expanded=expanded,
    )


def visible_help(owner: QWidget) -> HelpPanel | None:
    for panel in owner.findChildren(HelpPanel):
        if panel.isVisible():
            return panel
    return None


def install_help_key(owner: QWidget) -> None:
    """F1 opens or closes the help box shown in ``owner`` (once per owner)."""
    if owner.property(_INSTALLED):
        return
    owner.setProperty(_INSTALLED, True)
    shortcut = QShortcut(QKeySequence(HELP_KEY), owner)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)

    def activated() -> None:
        panel = visible_help(owner)
        if panel is not None:
            panel.toggle()

    shortcut.activated.connect(activated)
