"""Every Alt+letter in the main window does one thing: no two visible, enabled
controls of the window (menus, tabs, buttons, labels with a buddy) share a
mnemonic, on every tab of the open demo case and in the empty window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import cases, demo
from familiemote.storage.db import Database
from familiemote.ui.main_window import MainWindow
from familiemote.ui.meeting_guide import MeetingGuideDialog
from familiemote.ui.security import SecurityControls
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+key -> the visible, enabled things of ``window`` it would trigger."""
    out: dict[str, list[str]] = {}

    def add(text: str, what: str) -> None:
        key = QKeySequence.mnemonic(text).toString()
        if key:
            out.setdefault(key, []).append(f"{what} «{text}»")

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible() and action.isEnabled():
                add(action.text(), "menu")
    for bar in window.findChildren(QTabBar):
        if bar.isVisible() and bar.window() is window:
            for i in range(bar.count()):
                if bar.isTabEnabled(i) and bar.isTabVisible(i):
                    add(bar.tabText(i), "tab")
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled() and button.window() is window:
            add(button.text(), "button")
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        visible = label.isVisible() and label.window() is window
        if visible and buddy is not None and buddy.isEnabled():
            add(label.text(), "label")
    for box in window.findChildren(QGroupBox):
        if box.isVisible() and box.isCheckable() and box.window() is window:
            add(box.title(), "group")
    return out


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in mnemonics(window).items() if len(v) > 1}


def _select_first_rows(window: QWidget) -> None:
    """Select a row in every visible list, so buttons that need a selection are enabled."""
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
            view.selectRow(0) if hasattr(view, "selectRow") else None


def test_no_two_controls_share_an_alt_key(
    qtbot: QtBot, ui_uow: UowFactory, ui_db: Database, settings_path: Path
) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(ui_uow, settings, ui_db.display_location, today=lambda: TODAY)
    qtbot.addWidget(window)
    SecurityControls(window, ui_db, settings)  # the Sikkerhet menu, as the app adds it
    # wide enough that no button row overflows into its «Mer …» menu (a button in
    # that menu has no Alt key on screen to clash with)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    assert clashes(window) == {}, "empty window"
    seen_empty = mnemonics(window)
    assert len(seen_empty) >= 8  # the walk sees the menus, the search field, the buttons

    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window.reload_cases()  # the list was read before the case existed
    window.select_case(case_id)
    tabs = window.case_view.tabs
    qtbot.waitUntil(tabs.isVisible)
    walked: set[str] = set()
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.waitUntil(tabs.currentWidget().isVisible)
        _select_first_rows(window)
        found = clashes(window)
        assert found == {}, f"tab {tabs.tabText(i)!r}: {found}"
        walked |= set(mnemonics(window))
    # the walk reached the tabs, the menus and the buttons that need a selection
    assert {"Alt+M", "Alt+Y", "Alt+O", "Alt+P", "Alt+R", "Alt+K"} <= walked
    assert {"Alt+D", "Alt+C", "Alt+E", "Alt+L", "Alt+Å"} <= walked


def test_the_checker_finds_a_clash(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    window.select_case(case_id)
    qtbot.waitUntil(window.case_view.tabs.isVisible)
    window.menuBar().addMenu("&Møter igjen")
    assert "Alt+M" in clashes(window)


def test_no_two_controls_of_the_meeting_guide_share_an_alt_key(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    """On every step of the guide, for each meeting of the demo case: Alt+letter reaches
    one control. With two, the key only moves between them: Alt+S went to the step
    list or to the notes field of the step in turn («&Steg», «&Skriv her»)."""
    result = demo.create_demo_case(ui_uow(), TODAY)
    detail = cases.get_case(ui_uow(), result.case_id)
    walked: set[str] = set()
    assert {mt.kind for mt in detail.case.meetings} == {m.MeetingKind.FAMILY}
    for meeting in detail.case.meetings:
        assert meeting.id is not None
        guide = MeetingGuideDialog(ui_uow, detail, meeting.id, TODAY)
        qtbot.addWidget(guide)
        guide.resize(1600, 1000)
        guide.show()
        qtbot.waitExposed(guide)
        for i in range(len(guide.steps)):
            guide.go_to(i)
            assert guide.step_list.currentRow() == i
            found = clashes(guide)
            assert found == {}, f"{meeting.kind.name} step {guide.steps[i].key!r}: {found}"
            walked |= set(mnemonics(guide))
        guide.reject()
    # the walk reached the step list, the buttons below it and the fields of the steps
    assert {"Alt+S", "Alt+N", "Alt+L", "Alt+H", "Alt+V", "Alt+I"} <= walked
