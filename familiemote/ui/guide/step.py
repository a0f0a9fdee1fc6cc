"""What every step of the meeting guide has: the case and meeting it shows, and a
signal when it stored something; and the guide's tables of rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QListView,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

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


class TwoLinesWhenNarrow(QObject):
    """A guide button whose text on one line is wider than its step's page can give it
    (a long label at a large text size on a laptop screen) shows it on two lines,
    broken at the space nearest the middle, rather than hold the page wider than the
    window; on one line again when there is room. Its Alt key and its accessible name
    stay as they are."""

    def __init__(self, button: QPushButton) -> None:
        super().__init__(button)
        self.button, self.text = button, button.text()
        self.area: QScrollArea | None = None
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.button and kind == QEvent.Type.Show and self.area is None:
            parent = self.button.parentWidget()
            while parent is not None and not isinstance(parent, QScrollArea):
                parent = parent.parentWidget()
            if parent is not None:
                self.area = parent
                parent.viewport().installEventFilter(self)
                self.decide()
        elif (
            self.area is not None
            and kind == QEvent.Type.Resize
            and isValid(self.area)  # not while the guide is being deleted
            and watched is self.area.viewport()
        ):
            self.decide()
        return False

    def decide(self) -> None:
        area, button = self.area, self.button
        page = area.widget() if area is not None else None
        if area is None or page is None or not page.isAncestorOf(button):
            return
        metrics = button.fontMetrics()
        shown = button.text()
        frame = button.sizeHint().width() - max(
            metrics.horizontalAdvance(line.replace("&", "")) for line in shown.split("\n")
        )
        one_line = frame + metrics.horizontalAdvance(self.text.replace("&", ""))
        # the room: the page's width less the button's margin, as much on the right
        room = area.viewport().width() - 2 * button.mapTo(page, QPoint(0, 0)).x()
        text = self.text if one_line <= room else two_lines(self.text, metrics.horizontalAdvance)
        if text != shown:
            button.setText(text)


def two_lines(text: str, width: Callable[[str], int]) -> str:
    """``text`` broken at the space that makes its longer line shortest."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text

    def longer(i: int) -> int:
        return max(width(text[:i].replace("&", "")), width(text[i + 1 :].replace("&", "")))

    best = min(spaces, key=longer)
    return f"{text[:best]}\n{text[best + 1 :]}"
