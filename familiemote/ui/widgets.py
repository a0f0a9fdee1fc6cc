"""Small widget helpers shared by the case panels."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)


@contextlib.contextmanager
def busy(window: QMainWindow | None = None, message: str = "") -> Iterator[None]:
    """A wait cursor (and a status-bar message) around work that may take seconds."""
    if window is not None and message:
        window.statusBar().showMessage(message)
        window.statusBar().repaint()  # shown before the work blocks the event loop
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if window is not None and message:
            window.statusBar().clearMessage()


def text_label(text: str, *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def heading(text: str, scale: float = 1.25) -> QLabel:
    widget = QLabel(text)
    font = QFont(widget.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    widget.setAccessibleName(text)
    return widget


def read_only_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], name: str, stretch: int = 0
) -> QTableWidget:
    """A read-only table that shows all its rows (the page scrolls, not the table)."""
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    header = table.horizontalHeader()
    for c in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if c == stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(c, mode)
    table.resizeRowsToContents()
    height = header.height() + sum(table.rowHeight(r) for r in range(len(rows))) + 4
    table.setMinimumHeight(height)
    table.setMaximumHeight(height)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return table
