"""What every step of the meeting guide has: the case and meeting it shows, and a
signal when it stored something; and the guide's tables of rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QListView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import model as m
from familiemote.services.cases import CaseDetail
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.widgets import pick_table


class GuideStep(QWidget):
    """One step of the meeting guide, shown beside the others in the guide's window.

    ``detail`` and ``meeting`` are the case and meeting the guide shows (set by the
    guide before the step is shown). :meth:`step_layout` is the step's own column,
    flush with the guide's margins.

    Signals:
        committed(): the step stored something (the guide refreshes what depends on it).
    """

    committed = Signal()

    def __init__(self, uow_factory: UowFactory, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.uow_factory = uow_factory
        self.today = today
        self.detail: CaseDetail | None = None
        self.meeting: m.Meeting | None = None

    def step_layout(self) -> QVBoxLayout:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        return layout


def row_table(headers: Sequence[str], name: str, stretch: int) -> QTableWidget:
    """A table of the guide (attendance, actions): read-only whole rows, one selected
    at a time and worked with keys; Tab leaves the table. Rows are as high as their
    wrapped text, again whenever the columns change width; column ``stretch`` takes
    the room left."""
    table = pick_table(headers, name)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def wrap_items(view: QListView) -> None:
    """A list whose long entries wrap at word breaks onto more lines, as wide as the
    list and laid out again when it changes width, rather than scroll sideways (at a
    large text size a whole action or a participant with a long service name is wider
    than the step). A short entry stays one line."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)


def guide_button(text: str, name: str, clicked: Callable[[], object]) -> QPushButton:
    """A button of the meeting guide: ``text`` with its mnemonic, ``name`` for a screen
    reader, ``clicked`` run on a click. Never the default button: Enter stays with the
    field being typed in (each step gives Enter its own meaning)."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    button.clicked.connect(clicked)
    return button
