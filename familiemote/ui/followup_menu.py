"""The «Oppfølging» menu: the overview across all cases, and the open case's calendar export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from familiemote.services.cases import CaseDetail
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.followup_view import FollowUpView
from familiemote.ui.ics_export import CalendarExportDialog


def _bring_to_front(widget: QWidget) -> None:
    if QGuiApplication.platformName() != "offscreen":  # it cannot raise windows
        widget.raise_()
        widget.activateWindow()


def _tr(text: str) -> str:
    """Menu texts in the FollowUpMenu context (not window.tr(): Qt would look them up under
    the window's class, where the translation extractor cannot file them)."""
    return QCoreApplication.translate("FollowUpMenu", text)


class FollowUpMenu:
    """Builds the menu on ``window``; ``open_case(id)`` shows a case in the main window."""

    def __init__(
        self,
        window: QMainWindow,
        uow_factory: Callable[[], SqlAlchemyUnitOfWork],
        today: Callable[[], dt.date],
        current_detail: Callable[[], CaseDetail | None],
        open_case: Callable[[int], None],
    ) -> None:
        self.window = window
        self.uow_factory = uow_factory
        self.today = today
        self.current_detail = current_detail
        self.open_case = open_case
        self.view: FollowUpView | None = None
        self.menu = QMenu(_tr("O&ppfølging"), window)
        self.overview_action = QAction(_tr("&Oversikt over oppfølging"), window)
        self.overview_action.setShortcut(QKeySequence("Ctrl+U"))
        self.overview_action.triggered.connect(self.show_overview)
        self.export_action = QAction(_tr("Eksporter til &kalender (.ics) …"), window)
        self.export_action.triggered.connect(self.export_calendar)
        self.menu.addAction(self.overview_action)
        self.menu.addAction(self.export_action)
        self.menu.aboutToShow.connect(
            lambda: self.export_action.setEnabled(self.current_detail() is not None)
        )

    def show_overview(self) -> FollowUpView:
        if self.view is None:
            self.view = FollowUpView(self.uow_factory, self.today, self.window)
            self.view.case_requested.connect(self._open)
        else:
            self.view.reload()
        self.view.show()
        _bring_to_front(self.view)
        self.view.table.setFocus()
        return self.view

    def _open(self, case_id: int) -> None:
        self.open_case(case_id)
        _bring_to_front(self.window)

    def export_calendar(self) -> None:
        detail = self.current_detail()
        if detail is not None:
            CalendarExportDialog(
                detail, self.today(), self.window, uow_factory=self.uow_factory
            ).exec()
