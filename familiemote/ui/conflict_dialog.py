"""A save that met someone else's newer save: both versions side by side.

Optimistic locking (each record's version column) refuses a save when another
user stored the same record since this screen read it. Nothing is overwritten;
this dialog shows the user's unsaved values next to the values stored now, field
by field, and lets the user

- keep theirs: save over the newer version deliberately (the caller records that
  in the audit trail),
- take the stored version (their own text can be copied first), or
- decide later: close the dialog with their input still in the form, unsaved.

Nothing typed is lost in any of these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from familiemote.ui.case_list import format_date
from familiemote.ui.meeting_common import fit_to_screen
from familiemote.ui.widgets import heading, text_label


class ConflictChoice(Enum):
    KEEP_MINE = "keep_mine"  # save over the newer version
    TAKE_STORED = "take_stored"  # drop the unsaved input, show what is stored
    LATER = "later"  # close; the unsaved input stays in the form


@dataclass(frozen=True)
class ConflictField:
    """One field of the record: its label, the user's unsaved value and the stored one."""

    label: str
    mine: str
    stored: str

    @property
    def differs(self) -> bool:
        return self.mine != self.stored


def changed_by_text(changed_by: tuple[str, dt.datetime] | None) -> str:
    """'Lagret av NN 22.11.2026 kl. 14.05' (the audit trail's time is UTC)."""
    if changed_by is None:
        return QApplication.translate("ConflictDialog", "Lagret av en annen bruker")
    user, at = changed_by
    local = at.replace(tzinfo=dt.UTC).astimezone()
    return QApplication.translate("ConflictDialog", "Lagret av {user} {date} kl. {time}").format(
        user=user, date=format_date(local.date()), time=local.strftime("%H.%M")
    )


class ConflictDialog(QDialog):
    """Both versions of a record, field by field; ``choice`` tells what the user chose."""

    def __init__(
        self,
        what: str,
        fields: Sequence[ConflictField],
        changed_by: tuple[str, dt.datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self.choice = ConflictChoice.LATER
        self.setWindowTitle(self.tr("Noen andre har lagret samtidig"))
        fit_to_screen(self, 980, 640)
        outer = QVBoxLayout(self)
        outer.addWidget(
            heading(self.tr("Noen andre har lagret {what} mens du skrev").format(what=what))
        )
        outer.addWidget(
            text_label(
                self.tr(
                    "Ingenting er overskrevet, og det du skrev er ikke borte. Sammenlign de to "
                    "versjonene og velg hvilken som skal gjelde. Felt som er ulike er merket "
                    "«≠ Ulikt»."
                )
            )
        )
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.addWidget(heading(self.tr("Felt"), 1.0), 0, 0)
        grid.addWidget(heading(self.tr("Din versjon (ikke lagret)"), 1.0), 0, 1)
        grid.addWidget(heading(changed_by_text(changed_by), 1.0), 0, 2)
        self.mine_edits: list[QPlainTextEdit] = []
        self.stored_edits: list[QPlainTextEdit] = []
        for row, field in enumerate(self.fields, start=1):
            mark = self.tr("≠ Ulikt") if field.differs else self.tr("= Likt")
            caption = QLabel(f"{field.label}\n{mark}")
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignTop)
            mine = self._text_box(
                field.mine, self.tr("{field}, din versjon").format(field=field.label)
            )
            stored = self._text_box(
                field.stored, self.tr("{field}, lagret versjon").format(field=field.label)
            )
            caption.setBuddy(mine)
            grid.addWidget(caption, row, 0)
            grid.addWidget(mine, row, 1)
            grid.addWidget(stored, row, 2)
            self.mine_edits.append(mine)
            self.stored_edits.append(stored)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        outer.addWidget(scroll, 1)

        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Melding"))
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)

        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("&Behold min versjon (lagre over)"))
        self.take_button = QPushButton(self.tr("Bruk den &lagrede versjonen"))
        self.copy_button = QPushButton(self.tr("&Kopier min tekst"))
        self.later_button = QPushButton(self.tr("&Vent, la meg se først"))
        self.keep_button.setAccessibleDescription(
            self.tr("Lagrer din versjon over den andre. Det blir ført i historikken.")
        )
        self.take_button.setAccessibleDescription(
            self.tr(
                "Forkaster det du skrev og viser den lagrede versjonen. Kopier teksten din først."
            )
        )
        self.later_button.setAccessibleDescription(
            self.tr("Lukker uten å lagre. Det du skrev, blir stående i skjemaet.")
        )
        self.keep_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        self.take_button.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_STORED))
        self.copy_button.clicked.connect(self.copy_mine)
        self.later_button.clicked.connect(self.reject)
        for b in (self.keep_button, self.take_button, self.copy_button, self.later_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        outer.addLayout(buttons)
        if self.mine_edits:
            self.mine_edits[0].setFocus()

    def _text_box(self, text: str, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setReadOnly(True)
        box.setTabChangesFocus(True)
        box.setAccessibleName(name)
        box.setMinimumHeight(90)
        box.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        return box

    def mine_as_text(self) -> str:
        """The user's version of every field, labelled, for the clipboard."""
        return "\n\n".join(f"{f.label}:\n{f.mine}" for f in self.fields)

    def copy_mine(self) -> None:
        QApplication.clipboard().setText(self.mine_as_text())
        self.status_label.setText(
            self.tr("✓ Din tekst er kopiert. Du kan lime den inn med Ctrl+V.")
        )

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = ConflictChoice.LATER
        super().reject()

    def ask(self) -> ConflictChoice:
        self.exec()
        return self.choice
