"""The base of the tabs in the case view: each shows one part of a loaded case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from familiemote.services.cases import CaseDetail
from familiemote.storage.uow import SqlAlchemyUnitOfWork

UowFactory = Callable[[], SqlAlchemyUnitOfWork]


class CasePanel(QScrollArea):
    """A scrolling tab that rebuilds its content from a :class:`CaseDetail`.

    Signals:
        changed(): the panel stored a change to the case; the window reloads it.
    """

    changed = Signal()

    def __init__(self, uow_factory: UowFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow_factory = uow_factory
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.detail: CaseDetail | None = None
        self.today = dt.date.today()
        self.setWidget(QWidget())

    def show_case(self, detail: CaseDetail, today: dt.date) -> None:
        self.detail = detail
        self.today = today
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        self.build(detail, layout)
        layout.addStretch(1)
        old = self.takeWidget()
        self.setWidget(page)
        if old is not None:
            old.deleteLater()

    def build(self, detail: CaseDetail, layout: QVBoxLayout) -> None:
        raise NotImplementedError
