"""The pathway and meeting commands on an open case, shared by the menu and the case tabs.

Each function opens its dialog and returns True when something was stored, so
the caller reloads the case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from familiemote.domain import model as m
from familiemote.services import cases as case_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.phase_dialog import PhaseDialog, PhaseMode

if TYPE_CHECKING:  # the dialogs are imported when first opened (memory and start-up time)
    from familiemote.ui.meeting_guide import MeetingGuideDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("CaseCommands", text)


def plan_meeting(
    parent: QWidget,
    uow_factory: UowFactory,
    detail: CaseDetail,
    today: dt.date,
    meeting: m.Meeting | None = None,
    kind: m.MeetingKind = m.MeetingKind.FAMILY,
) -> bool:
    from familiemote.ui.meeting_planner import MeetingPlannerDialog

    dialog = MeetingPlannerDialog(uow_factory, detail, today, meeting, parent, kind=kind)
    return bool(dialog.exec()) and dialog.result_ is not None


# the guides open now, by window and meeting: opening the same meeting again brings its
# guide forward
_open_guides: dict[tuple[int, int], MeetingGuideDialog] = {}


def _alive(guide: MeetingGuideDialog) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(guide)) and guide.isVisible()


def open_guides() -> list[MeetingGuideDialog]:
    for key, guide in list(_open_guides.items()):
        if not _alive(guide):
            del _open_guides[key]
    return list(_open_guides.values())


def open_guide(
    parent: QWidget,
    uow_factory: UowFactory,
    detail: CaseDetail,
    meeting_id: int,
    today: dt.date,
) -> bool:
    """Open the guide beside the main window (not modal) and return at once.

    Returns False: the guide announces its own saves (``changed``), and the main
    window refreshes only the panels they touch; what the main window saves is
    read by the guide when the case reloads (``case_opened``).
    """
    case_id = detail.case.id
    assert case_id is not None
    window = parent.window()
    key = (id(window), meeting_id)
    open_guides()  # forget the closed ones
    existing = _open_guides.get(key)
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return False
    fresh = case_service.get_case(uow_factory(), case_id)  # the latest text
    from familiemote.ui.meeting_guide import MeetingGuideDialog

    guide = MeetingGuideDialog(uow_factory, fresh, meeting_id, today, window)
    _open_guides[key] = guide
    guide.changed.connect(lambda cid, parts: refresh_parts(window, uow_factory, cid, parts, today))
    opened = getattr(window, "case_opened", None)
    if opened is not None:

        def follow(cid: int) -> None:
            if cid == case_id and _alive(guide):
                guide.reload()

        opened.connect(follow)
        guide.finished.connect(lambda _r: opened.disconnect(follow))
    guide.finished.connect(lambda _r: _open_guides.pop(key, None))
    guide.show()
    guide.activateWindow()
    return False


def refresh_parts(
    window: QWidget,
    uow_factory: UowFactory,
    case_id: int,
    parts: frozenset[str],
    today: dt.date,
) -> None:
    """After a save in the guide: refresh only the case panels that show what changed."""
    from familiemote.ui.meeting_guide import PART_CASE

    if getattr(window, "current_case_id", None) != case_id:
        return
    if PART_CASE in parts:
        refresh = getattr(window, "refresh_case", None)
        if refresh is not None:
            refresh(case_id)  # the case list and every tab: the phase or the status moved
        return
    view = getattr(window, "case_view", None)
    if view is None:
        return
    detail = case_service.get_case(uow_factory(), case_id)
    view.refresh_panels(detail, today, parts)


def next_guide_meeting(detail: CaseDetail, today: dt.date) -> m.Meeting | None:
    """The meeting the guide opens from the menu: today's or the next planned, else the latest."""
    meetings = sorted(detail.case.meetings, key=lambda mt: mt.starts_at)
    planned = [
        mt
        for mt in meetings
        if mt.status == m.MeetingStatus.PLANNED and mt.starts_at.date() >= today
    ]
    if planned:
        return planned[0]
    return meetings[-1] if meetings else None


def decide_phase(
    parent: QWidget,
    uow_factory: UowFactory,
    detail: CaseDetail,
    today: dt.date,
    mode: PhaseMode,
    meeting_id: int | None = None,
) -> bool:
    return bool(PhaseDialog(uow_factory, detail, today, mode, meeting_id, parent=parent).exec())


def open_referral(
    parent: QWidget,
    uow_factory: UowFactory,
    detail: CaseDetail,
    today: dt.date,
    meeting_id: int | None = None,
) -> bool:
    from familiemote.ui.referral_dialog import ReferralDialog

    return bool(ReferralDialog(uow_factory, detail, today, meeting_id, parent).exec())


def open_directory(parent: QWidget, uow_factory: UowFactory) -> bool:
    from familiemote.ui.directory_dialog import DirectoryDialog

    DirectoryDialog(uow_factory, parent).exec()
    return True


class CaseMenu(QObject):
    """The "Sak" menu of the main window: meetings and pathway decisions for the open case.

    ``current`` returns the open case (or None); ``changed(case_id)`` reloads it.
    """

    def __init__(
        self,
        window: QWidget,
        uow_factory: UowFactory,
        today: Callable[[], dt.date],
        current: Callable[[], CaseDetail | None],
        changed: Callable[[int], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.uow_factory = uow_factory
        self.today = today
        self.current = current
        self.changed = changed
        self.menu = QMenu(tr("S&ak"), window)
        self.new_meeting_action = self._action(tr("Nytt &møte …"), "Ctrl+M", self.new_meeting)
        self.summary_action = self._action(
            tr("Nytt &oppsummerende møte …"), "", self.new_summary_meeting
        )
        self.guide_action = self._action(tr("Åpne møte&guiden …"), "Ctrl+G", self.guide)
        self.menu.addSeparator()
        self.referral_action = self._action(
            tr("&Henvisning og sjekkliste …"), "Ctrl+R", self.referral
        )
        self.move_action = self._action(tr("&Flytt til annen fase …"), "Ctrl+Shift+F", self.move)
        self.close_action = self._action(tr("A&vslutt saken …"), "", self.close_case)
        self.reopen_action = self._action(tr("&Gjenåpne saken …"), "", self.reopen)
        self.menu.addSeparator()
        self.access_action = self._action(tr("&Tilgang til saken …"), "", self.case_access)
        self.innsyn_action = self._action(tr("&Innsynskopi til familien …"), "", self.innsyn)
        self.emergency_action = self._action(
            tr("&Nødtilgang til en sak …"), "", self.emergency, needs_case=False
        )
        self.menu.addSeparator()
        self.directory_action = self._action(
            tr("&Katalog over tjenester …"), "Ctrl+Shift+K", self.directory, needs_case=False
        )
        self.menu.aboutToShow.connect(self.update_enabled)
        opened = getattr(window, "case_opened", None)
        if opened is not None:  # shortcuts follow the open case, not only the menu
            opened.connect(lambda _case_id: self.update_enabled())
        self.update_enabled()

    def _action(
        self, text: str, keys: str, slot: Callable[[], None], *, needs_case: bool = True
    ) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        action.setData(needs_case)
        self.menu.addAction(action)
        self.window.addAction(action)  # shortcuts work while the menu is closed
        return action

    def update_enabled(self) -> None:
        detail = self.current()
        is_open = detail is not None and detail.case.status == m.CaseStatus.OPEN
        for action in self.menu.actions():
            if action.data() is True:
                action.setEnabled(detail is not None)
        self.move_action.setEnabled(is_open)
        self.close_action.setEnabled(is_open)
        self.reopen_action.setEnabled(detail is not None and not is_open)
        self.guide_action.setEnabled(detail is not None and bool(detail.case.meetings))

    def _run(self, fn: Callable[[CaseDetail], bool]) -> None:
        detail = self.current()
        if detail is None or detail.case.id is None:
            return
        if fn(detail):
            self.changed(detail.case.id)

    def new_meeting(self) -> None:
        self._run(lambda d: plan_meeting(self.window, self.uow_factory, d, self.today()))

    def new_summary_meeting(self) -> None:
        self._run(
            lambda d: plan_meeting(
                self.window, self.uow_factory, d, self.today(), kind=m.MeetingKind.SUMMARY
            )
        )

    def guide(self) -> None:
        def run(d: CaseDetail) -> bool:
            meeting = next_guide_meeting(d, self.today())
            if meeting is None or meeting.id is None:
                QMessageBox.information(
                    self.window,
                    tr("Møteguide"),
                    tr("Saken har ingen møter. Planlegg et møte først."),
                )
                return False
            return open_guide(self.window, self.uow_factory, d, meeting.id, self.today())

        self._run(run)

    def referral(self) -> None:
        self._run(lambda d: open_referral(self.window, self.uow_factory, d, self.today()))

    def move(self) -> None:
        self._run(
            lambda d: decide_phase(self.window, self.uow_factory, d, self.today(), PhaseMode.MOVE)
        )

    def close_case(self) -> None:
        self._run(
            lambda d: decide_phase(self.window, self.uow_factory, d, self.today(), PhaseMode.CLOSE)
        )

    def reopen(self) -> None:
        self._run(
            lambda d: decide_phase(self.window, self.uow_factory, d, self.today(), PhaseMode.REOPEN)
        )

    def case_access(self) -> None:
        from familiemote.ui.case_access import CaseAccessDialog

        def run(d: CaseDetail) -> bool:
            CaseAccessDialog(self.uow_factory, d, self.window).exec()
            return True

        self._run(run)

    def innsyn(self) -> None:
        from familiemote.ui.case_access import InnsynDialog

        self._run(lambda d: bool(InnsynDialog(self.uow_factory, d, self.window).exec()))

    def emergency(self) -> None:
        from familiemote.ui.case_access import EmergencyAccessDialog

        dialog = EmergencyAccessDialog(self.uow_factory, self.window)
        if dialog.exec() and dialog.case_id is not None:
            self.changed(dialog.case_id)

    def directory(self) -> None:
        open_directory(self.window, self.uow_factory)
        detail = self.current()
        if detail is not None and detail.case.id is not None:
            self.changed(detail.case.id)
