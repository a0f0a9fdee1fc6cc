"""Asking for the passphrase: once at a later start, twice (with a strength hint) for a new one.

Modes:
    ASK     one field: the passphrase that opens the database
    NEW     two fields and a strength hint: the passphrase for a new database
    CHANGE  the current passphrase, then a new one twice (rekey)
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the strength rules: a new passphrase only, not the first frame's ASK
    from PySide6.QtGui import QKeyEvent  # a type only: the class's enums cost the first frame

    from familiemote.domain.passphrase import Strength


class Mode(Enum):
    ASK = "ask"
    NEW = "new"
    CHANGE = "change"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PassphraseDialog", text)


def strength_text(strength: Strength) -> str:
    """The hint under a new passphrase, in words (never by colour alone)."""
    from familiemote.domain.passphrase import Hint

    names = {
        0: _tr("For svak"),
        1: _tr("Svak"),
        2: _tr("Middels"),
        3: _tr("God"),
        4: _tr("Sterk"),
    }
    hints = {
        Hint.TOO_SHORT: _tr("Bruk minst 10 tegn."),
        Hint.COMMON: _tr("Denne er for vanlig; velg en annen."),
        Hint.REPEATED: _tr("Ikke gjenta de samme tegnene."),
        Hint.ADD_WORDS: _tr("Lengre er sterkere: prøv fire vanlige ord med mellomrom."),
        Hint.ADD_VARIETY: _tr("Tall eller andre tegn gjør den sterkere."),
    }
    parts = [_tr("Styrke: {name}.").format(name=names[strength.score])]
    parts += [hints[h] for h in strength.hints]
    return " ".join(parts)


class PassphraseDialog(QDialog):
    """Asks for a passphrase; ``passphrase()`` (and ``old_passphrase()``) after accept.

    ``check`` (ASK and CHANGE) is tried on the passphrase before the dialog
    closes; a passphrase it refuses leaves the dialog open with a message.
    """

    def __init__(
        self,
        mode: Mode,
        location: str,
        parent: QWidget | None = None,
        check: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self._check = check
        titles = {
            Mode.ASK: self.tr("Lås opp Familiemøte"),
            Mode.NEW: self.tr("Velg passordfrase"),
            Mode.CHANGE: self.tr("Bytt passordfrase"),
        }
        self.setWindowTitle(titles[mode])
        intro_texts = {
            Mode.ASK: self.tr("Skriv passordfrasen for databasen\n{location}"),
            Mode.NEW: self.tr(
                "Dataene i {location} krypteres med en passordfrase som du velger nå. "
                "Du må skrive den hver gang du åpner Familiemøte.\n\n"
                "Skriv den ned og oppbevar den trygt. Uten passordfrasen kan ingen åpne "
                "dataene, heller ikke IT."
            ),
            Mode.CHANGE: self.tr(
                "Dataene krypteres på nytt med den nye passordfrasen. Sikkerhetskopier du "
                "har tatt, åpnes fortsatt med den gamle."
            ),
        }
        intro = QLabel(intro_texts[mode].format(location=location))
        intro.setWordWrap(True)
        intro.setMinimumWidth(420)

        form = QFormLayout()
        self.old_edit = QLineEdit()
        self.old_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_edit.setAccessibleName(self.tr("Nåværende passordfrase"))
        self.first_edit = QLineEdit()
        self.first_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.second_edit = QLineEdit()
        self.second_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.second_edit.setAccessibleName(self.tr("Gjenta passordfrasen"))
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        self.strength_label.setAccessibleName(self.tr("Styrken på passordfrasen"))
        if mode is Mode.CHANGE:
            old_label = QLabel(self.tr("N&åværende passordfrase:"))  # Alt+N: «&Ny …»
            old_label.setBuddy(self.old_edit)
            form.addRow(old_label, self.old_edit)
        first_text = self.tr("&Passordfrase:") if mode is Mode.ASK else self.tr("&Ny passordfrase:")
        self.first_edit.setAccessibleName(first_text.replace("&", "").rstrip(":"))
        first_label = QLabel(first_text)
        first_label.setBuddy(self.first_edit)
        form.addRow(first_label, self.first_edit)
        if mode is not Mode.ASK:
            second_label = QLabel(self.tr("&Gjenta passordfrasen:"))
            second_label.setBuddy(self.second_edit)
            form.addRow(second_label, self.second_edit)
            form.addRow(QLabel(""), self.strength_label)
        else:
            self.second_edit.hide()
            self.strength_label.hide()

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Melding"))
        self.error_label.hide()

        # set after construction: the constructor's overloads (one takes a Qt.Orientation)
        # would have PySide6 build all of the Qt namespace's enums (17 ms of CPU) before
        # this dialog, often the first frame a user sees, is painted
        self.buttons = QDialogButtonBox()
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok_texts = {
            Mode.ASK: self.tr("&Åpne"),
            Mode.NEW: self.tr("&Lagre passordfrasen"),
            Mode.CHANGE: self.tr("&Bytt"),
        }
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_texts[mode])
        # «A&vbryt» (Alt+V) as in every dialog of the app (forms_base.cancel_named; not
        # imported here: it loads far more than this first frame needs). Qt's own reads
        # «Avbryt» with no Alt key.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("FormDialog", "A&vbryt")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        for edit in (self.old_edit, self.first_edit, self.second_edit):
            edit.textChanged.connect(self._update)
        (self.old_edit if mode is Mode.CHANGE else self.first_edit).setFocus()
        self._update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.isWindow():
            # embedded in a page (the first-run screen) with its buttons hidden: Enter and
            # Esc belong to the window around it (QDialog's own handling would take Enter
            # for its hidden default button and Esc for a reject of this form alone)
            QWidget.keyPressEvent(self, event)
            return
        super().keyPressEvent(event)

    def passphrase(self) -> str:
        return self.first_edit.text()

    def old_passphrase(self) -> str:
        return self.old_edit.text()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        if text and self.isWindow() and self.isVisible():
            # a window keeps its size when a label appears in it: at a large text size
            # the wrapped message (and the text above it) would be cut at the bottom
            before = self.size()
            self.adjustSize()
            self.resize(self.size().expandedTo(before))

    def _update(self) -> None:
        if self.mode is Mode.ASK:
            self.ok_button.setEnabled(bool(self.first_edit.text()))
            return
        from familiemote.domain.passphrase import passphrase_strength

        strength = passphrase_strength(self.first_edit.text())
        text = strength_text(strength) if self.first_edit.text() else ""
        if (
            strength.acceptable
            and self.second_edit.text()
            and (self.second_edit.text() != self.first_edit.text())
        ):
            text += " " + self.tr("De to passordfrasene er ikke like.")
        self.strength_label.setText(text.strip())
        ok = strength.acceptable and self.first_edit.text() == self.second_edit.text()
        if self.mode is Mode.CHANGE:
            ok = ok and bool(self.old_edit.text())
        self.ok_button.setEnabled(ok)

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        if self._check is not None:
            candidate = self.old_passphrase() if self.mode is Mode.CHANGE else self.passphrase()
            if not self._check(candidate):
                self.show_error(
                    self.tr("Feil passordfrase. Kontroller at Caps Lock er av, og prøv igjen.")
                )
                edit = self.old_edit if self.mode is Mode.CHANGE else self.first_edit
                edit.selectAll()
                edit.setFocus()
                return
        super().accept()
