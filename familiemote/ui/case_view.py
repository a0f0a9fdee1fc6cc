"""The case view: a header that names the child and the phase, and a tab per part of the case."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from familiemote.services.cases import CaseDetail
from familiemote.ui.labels import label, phase_title
from familiemote.ui.panels.actions import ActionsPanel
from familiemote.ui.panels.base import CasePanel, UowFactory
from familiemote.ui.panels.consent import ConsentPanel
from familiemote.ui.panels.history import HistoryPanel
from familiemote.ui.panels.meetings import MeetingsPanel
from familiemote.ui.panels.overview import OverviewPanel
from familiemote.ui.widgets import heading

P = TypeVar("P", bound=CasePanel)


class CaseView(QWidget):
    """Shows one case; call :meth:`show_case` with a freshly loaded detail.

    Signals:
        case_changed(int): a panel stored a change to the case with this id.
    """

    case_changed = Signal(int)

    def __init__(self, uow_factory: UowFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Saken"))
        self.detail: CaseDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.title_label = heading("", 1.6)
        self.title_label.setObjectName("caseTitle")
        self.phase_label = heading("", 1.1)
        self.phase_label.setObjectName("casePhase")
        for header in (self.title_label, self.phase_label):  # large text, small screen
            header.setWordWrap(True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.phase_label)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Deler av saken"))
        layout.addWidget(self.tabs, 1)
        self.overview_panel = OverviewPanel(uow_factory)
        self.meetings_panel = MeetingsPanel(uow_factory)
        self.actions_panel = ActionsPanel(uow_factory)
        self.consent_panel = ConsentPanel(uow_factory)
        self.panels: list[CasePanel] = []
        for panel, title in (
            (self.overview_panel, self.tr("&Oversikt")),
            (self.meetings_panel, self.tr("&Møter")),
            (self.actions_panel, self.tr("&Tiltak og ansvar")),
            (self.consent_panel, self.tr("Samt&ykke")),
        ):
            self.add_panel(panel, title)
        # Alt+H is the Help menu, so the history tab takes Alt+K.
        self.history_panel = HistoryPanel(uow_factory)
        self.add_panel(self.history_panel, self.tr("Histori&kk"))
        self.today = dt.date.today()
        # Only the tab on screen is built when a case is shown; the others are built when
        # first shown (or by :meth:`ensure_built`), from the newest read of the case.
        self._stale: set[CasePanel] = set()
        self.tabs.currentChanged.connect(self._on_tab_shown)

    def add_panel(self, panel: CasePanel, title: str) -> None:
        panel.setAccessibleName(title.replace("&", ""))
        self.tabs.addTab(panel, title)
        self.panels.append(panel)
        panel.changed.connect(self._on_panel_changed)

    def _on_panel_changed(self) -> None:
        if self.detail is not None and self.detail.case.id is not None:
            self.changed_parts = self._parts_of(self.sender())
            self.case_changed.emit(self.detail.case.id)

    # What a save in a panel can change, in :meth:`refresh_panels`' names; None: the
    # case itself (its title, phase or family), where every tab is shown again.
    changed_parts: frozenset[str] | None = None

    def _parts_of(self, panel: object) -> frozenset[str] | None:
        if panel is self.meetings_panel:  # a meeting's agenda lists the actions
            return frozenset({"meeting", "actions"})
        if panel is self.actions_panel:
            return frozenset({"actions"})
        return None  # the consent tab may name an anonymous case: everything again

    def take_changed_parts(self) -> frozenset[str] | None:
        """What the last panel save changed (once; None after that or for the case)."""
        parts, self.changed_parts = self.changed_parts, None
        return parts

    def show_case(self, detail: CaseDetail, today: dt.date | None = None) -> None:
        """Show ``detail``: the header and the tab on screen now, the other tabs when shown.

        The same case read again (after a save) keeps the tabs whose content did not
        change (:meth:`CasePanel.shows_the_same`).
        """
        today = today or dt.date.today()
        same = self.detail is not None and self.detail.case.id == detail.case.id
        self.detail, self.today = detail, today
        self._show_header(detail, today)
        self._mark(self.panels, keep_unchanged=same)

    def ensure_built(self, panel: P) -> P:
        """Build ``panel`` now if it does not show the newest read of the case yet.

        Done when a tab is shown; tests that read a tab not on screen call it.
        """
        if panel in self._stale and self.detail is not None:
            self._stale.discard(panel)
            panel.show_case(self.detail, self.today)
        return panel

    def is_built(self, panel: CasePanel) -> bool:
        """True when ``panel`` shows the newest read of the case."""
        return self.detail is not None and panel not in self._stale

    def _on_tab_shown(self, index: int) -> None:
        panel = self.tabs.widget(index)
        if isinstance(panel, CasePanel):
            self.ensure_built(panel)

    def _mark(self, panels: list[CasePanel], keep_unchanged: bool) -> None:
        assert self.detail is not None
        for panel in panels:
            if (
                keep_unchanged
                and panel not in self._stale
                and panel.shows_the_same(self.detail, self.today)
            ):
                panel.keep(self.detail, self.today)
            else:
                self._stale.add(panel)
        current = self.tabs.currentWidget()
        if isinstance(current, CasePanel):
            self.ensure_built(current)

    def _show_header(self, detail: CaseDetail, today: dt.date) -> None:
        case = detail.case
        title = self.tr("{name}, {age} år").format(
            name=case.child_first_name or self.tr("Anonym drøfting"), age=case.child_age(today)
        )
        if case.demo_key:
            title += self.tr(" (fiktiv eksempelsak)")
        self.title_label.setText(title)
        self.title_label.setAccessibleName(title)
        status = label(case.status)
        if case.closed_on:
            status += " " + case.closed_on.strftime("%d.%m.%Y")
        self.phase_label.setText(f"{phase_title(case.phase)} · {status}")

    def refresh_panels(self, detail: CaseDetail, today: dt.date, parts: frozenset[str]) -> None:
        """Show what a save changed: only the tabs that show those parts.

        ``parts`` are the guide's names: "meeting" (attendance, texts, the decision)
        and "actions"; the overview and the consent tab compare what they show. The
        other tabs keep their state. A tab not on screen is built when next shown.
        """
        same = self.detail is not None and self.detail.case.id == detail.case.id
        self.detail, self.today = detail, today
        self._show_header(detail, today)  # the status may have moved with the save
        # the overview and the consent tab are built again only if what they show changed
        wanted: list[CasePanel] = [self.overview_panel, self.consent_panel]
        if "meeting" in parts:
            wanted.append(self.meetings_panel)
        if "actions" in parts:
            wanted.append(self.actions_panel)
        wanted.append(self.history_panel)  # a save adds entries (read when next shown)
        self._mark(wanted, keep_unchanged=same)
