"""A field of the evaluation entry form that says out loud when it refuses a key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class AnswerField(QLineEdit):
    """A field of the form that says out loud when it refuses a key.

    ``accepts(text, key)`` decides; a refused printable key is not inserted, the
    field gets the property ``refused`` (drawn with a red frame) and
    :attr:`refused` carries the key. Enter is left to the dialog (one save per Enter).

    Signals: ``refused(str)``: a key was refused; ``answered()``: a one-key field got
    its answer (the dialog moves on).
    """

    refused = Signal(str)
    answered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # (as a Designer form makes it; :meth:`takes` says what)
        self.accepts: Callable[[str, str], bool] = lambda _value, _key: True
        self.one_key = False
        self.setProperty("refused", False)

    def takes(self, accepts: Callable[[str, str], bool], one_key: bool) -> AnswerField:
        """What the field accepts; a one-key field holds one character and moves on."""
        self.accepts = accepts
        self.one_key = one_key
        if one_key:
            self.setMaxLength(1)
        return self

    def mark(self, refused: bool) -> None:
        if self.property("refused") is not refused:
            self.setProperty("refused", refused)
            self.style().unpolish(self)
            self.style().polish(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()  # at once, so the very next key replaces what is there

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # the dialog saves; the field does nothing of its own
            return
        text = event.text()
        mods = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if text and text.isprintable() and not mods:
            if not self.accepts(self._after(text), text):
                self.mark(True)
                self.refused.emit(text)
                event.accept()
                return
            self.mark(False)
            if self.one_key:
                self.setText(text.upper() if text.isalpha() else text)
                self.textEdited.emit(self.text())
                self.answered.emit()
                event.accept()
                return
        super().keyPressEvent(event)

    def _after(self, text: str) -> str:
        """The field's text if ``text`` were typed now."""
        if self.one_key:
            return text
        current = self.text()
        if self.hasSelectedText():
            start = self.selectionStart()
            return current[:start] + text + current[start + len(self.selectedText()) :]
        pos = self.cursorPosition()
        return current[:pos] + text + current[pos:]
