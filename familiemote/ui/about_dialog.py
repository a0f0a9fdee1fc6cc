"""Hjelp > Om Familiemøte: version, licence, where the data is, and Qt/Python versions.

The details can be copied (for IT or a support request); they contain paths and
versions, never a passphrase or anything about a case.
"""

from __future__ import annotations

import platform
import sys
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import QSettings, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familiemote import __version__
from familiemote.ui.meeting_common import fit_to_screen
from familiemote.ui.widgets import heading

DEFAULT_LICENCE = "MIT"


def app_version() -> str:
    try:
        return metadata("familiemote")["Version"] or __version__
    except PackageNotFoundError:
        return __version__


def licence() -> str:
    """The licence the package declares (pyproject.toml: ``license``)."""
    try:
        md = metadata("familiemote")
    except PackageNotFoundError:
        return DEFAULT_LICENCE
    return str(md["License-Expression"] or md["License"] or DEFAULT_LICENCE)


class AboutDialog(QDialog):
    """The details as label/value rows; ``details_text()`` is what the copy button copies."""

    def __init__(
        self,
        db_location: str,
        settings: QSettings,
        last_backup: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Om Familiemøte"))
        on_server = "://" in db_location  # a server's address; a file is a path
        backups = self.tr(
            "Du velger selv hvor en sikkerhetskopi lagres (Sikkerhet > Ta sikkerhetskopi); "
            "forslaget er mappen {folder}. Oppbevar kopien et annet sted enn maskinen."
        ).format(folder=Path.home())
        if on_server:
            backups = self.tr(
                "Dataene ligger på kommunens databaseserver, ikke på denne maskinen. IT i "
                "kommunen tar sikkerhetskopi av serveren; du tar ingen selv."
            )
        elif last_backup:
            backups += " " + self.tr("Siste sikkerhetskopi: {when}.").format(when=last_backup)
        else:
            backups += " " + self.tr("Ingen sikkerhetskopi er tatt ennå.")
        self.rows: list[tuple[str, str]] = [
            (self.tr("Versjon"), app_version()),
            (self.tr("Lisens"), licence()),
            (self.tr("Databasen"), db_location),
            (self.tr("Innstillingene"), settings.fileName()),
            (self.tr("Sikkerhetskopier"), backups),
            (
                self.tr("Qt og Python"),
                f"Qt {qVersion()} (PySide6 {PySide6.__version__}), "
                f"Python {platform.python_version()}",
            ),
            (self.tr("System"), f"{platform.system()} {platform.release()} ({sys.platform})"),
        ]
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Familiemøte {version}").format(version=app_version())))
        intro = QLabel(
            self.tr(
                "For familiemøter i forløpet «Samordning av hjelpetilbud for barn og unge». "
                "Alt lagres på kommunens databaseserver, som IT i kommunen driver og sikrer; "
                "du logger på med din egen bruker, og du ser sakene du har tjenstlig behov for."
            )
            if on_server
            else self.tr(
                "For familiemøter i forløpet «Samordning av hjelpetilbud for barn og unge». "
                "Alt lagres kryptert på denne maskinen eller på kommunens egen server; "
                "ingenting sendes over Internett."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.value_labels: dict[str, QLabel] = {}
        for name, value in self.rows:
            caption = QLabel(name + ":")
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            shown.setAccessibleName(name)
            caption.setBuddy(shown)
            self.value_labels[name] = shown
            form.addRow(caption, shown)
        layout.addLayout(form)
        self.copy_button = QPushButton(self.tr("&Kopier detaljene"))
        self.copy_button.setAccessibleDescription(
            self.tr("Kopierer versjon, lisens og plasseringer til utklippstavlen")
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.copied_label = QLabel()
        self.copied_label.setAccessibleName(self.tr("Melding"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Lukk"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.copied_label)
        layout.addWidget(buttons)
        close.setDefault(True)
        close.setFocus()
        fit_to_screen(self, 720, 520)

    def details_text(self) -> str:
        return "\n".join(f"{name}: {value}" for name, value in self.rows)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copied_label.setText(self.tr("✓ Detaljene er kopiert."))
