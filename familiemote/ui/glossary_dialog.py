"""Hjelp > Ordliste: the app's words and what each means here, with a search field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familiemote.services.glossary import Term, load_glossary, matching
from familiemote.ui.language import ui_language
from familiemote.ui.widgets import name_clear_button, tab_leaves


class GlossaryDialog(QDialog):
    """The glossary in the app's language; typing in the field narrows the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ordliste"))
        self.terms: tuple[Term, ...] = load_glossary(ui_language())
        intro = QLabel(
            self.tr(
                "Ett ord for én ting: slik brukes ordene i Familiemøte. Kontaktperson, "
                "koordinator, stafettholder og initiativtaker er fire ulike ting."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk i ordlisten"))
        self.search.setAccessibleName(self.tr("Søk i ordlisten"))
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search, self.tr("Tøm søket"))
        search_label = QLabel(self.tr("&Søk:"))
        search_label.setBuddy(self.search)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Ord"), self.tr("Hva det betyr her")])
        self.table.setAccessibleName(self.tr("Ordliste"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        tab_leaves(self.table)
        self.count_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Lukk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.show_terms)
        self.show_terms("")
        self.resize(760, 560)

    def show_terms(self, query: str) -> None:
        shown = matching(self.terms, query)
        self.table.setRowCount(len(shown))
        for row, term in enumerate(shown):
            word = QTableWidgetItem(term.term)
            font = word.font()
            font.setBold(True)
            word.setFont(font)
            word.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.table.setItem(row, 0, word)
            self.table.setItem(row, 1, QTableWidgetItem(term.meaning))
        self.table.resizeRowsToContents()
        self.count_label.setText(
            self.tr("Ingen ord passer til søket.")
            if not shown
            else self.tr("{n} ord").format(n=len(shown))  # the same in singular and plural
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()  # wrapped meanings take the new width
