"""Every control has an accessible name and is reachable by Tab, in every window we can open."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from familiemote.services import demo
from familiemote.storage.db import Database
from familiemote.ui.new_case_dialog import NewCaseDialog
from tests.support.a11y import controls, problems
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY


def test_main_window_with_a_case_open(make_window: MakeWindow, ui_uow: UowFactory) -> None:
    result = demo.create_demo_case(ui_uow(), TODAY)
    window = make_window()
    window.select_case(result.case_id)
    for index in range(window.case_view.tabs.count()):
        window.case_view.tabs.setCurrentIndex(index)
        assert controls(window), "the walker found no controls: it would pass anything"
        assert problems(window) == [], window.case_view.tabs.tabText(index)


def test_main_window_empty_state(make_window: MakeWindow) -> None:
    window = make_window()
    assert problems(window) == []


def test_new_case_dialog(qtbot: QtBot, ui_uow: UowFactory) -> None:
    dialog = NewCaseDialog(ui_uow, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(controls(dialog)) >= 10
    assert problems(dialog) == []


def test_the_walker_catches_an_unnamed_unreachable_control(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    window = QWidget()
    layout = QVBoxLayout(window)
    named = QLineEdit()
    named.setAccessibleName("Navn")
    hidden_from_tab = QLineEdit()
    hidden_from_tab.setAccessibleName("Telefon")
    hidden_from_tab.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    anonymous = QLineEdit()
    for w in (named, hidden_from_tab, anonymous):
        layout.addWidget(w)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    found = problems(window)
    assert any("no accessible name" in p for p in found)
    assert any("no Tab focus" in p for p in found)


def test_first_run_screen_every_page(qtbot: QtBot, tmp_path: Path) -> None:
    from familiemote.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(str(tmp_path / "ny.sqlite"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    pages = 0
    while True:
        assert controls(wizard), wizard.currentPage().title()
        assert problems(wizard) == [], wizard.currentPage().title()
        pages += 1
        if wizard.currentId() == wizard.pageIds()[-1]:
            break
        page = wizard.currentPage()
        if wizard.passphrase_page is page:
            page.form.first_edit.setText("fire vanlige ord her 7")
            page.form.second_edit.setText("fire vanlige ord her 7")
        wizard.next()
    assert pages == 3


def test_about_dialog(qtbot: QtBot, ui_db: Database, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from familiemote.ui.about_dialog import AboutDialog

    dialog = AboutDialog(
        ui_db.display_location, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(controls(dialog)) >= 2
    assert problems(dialog) == []


def test_server_login_dialog(qtbot: QtBot) -> None:
    from sqlalchemy.engine import make_url

    from familiemote.ui.server_login import ServerLoginDialog

    url = make_url("postgresql+psycopg://kari@server.kommune.no/familiemote")
    dialog = ServerLoginDialog(url, lambda _candidate: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(controls(dialog)) >= 4  # user, password, Logg på, Avbryt
    assert problems(dialog) == []


def test_tab_moves_on_from_a_table_and_a_text_box(qtbot: QtBot) -> None:
    """Tab leaves a table (arrows move between its cells) and a text box: no Tab trap."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QPlainTextEdit,
        QTableWidget,
        QVBoxLayout,
        QWidget,
    )

    from familiemote.ui.widgets import install_tab_leaves

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_tab_leaves(app)  # as create_application does
    window = QWidget()
    layout = QVBoxLayout(window)
    before, table, note, after = QLineEdit(), QTableWidget(3, 3), QPlainTextEdit(), QLineEdit()
    for w in (before, table, note, after):
        layout.addWidget(w)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    table.setCurrentCell(0, 0)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.currentColumn() == 1  # the arrows still move within the table
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    qtbot.waitUntil(note.hasFocus, timeout=5000)
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus, timeout=5000)
    assert note.toPlainText() == ""  # no tab character typed into the note
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    qtbot.waitUntil(note.hasFocus, timeout=5000)
    qtbot.keyClick(note, Qt.Key.Key_Backtab)
    qtbot.waitUntil(table.hasFocus, timeout=5000)
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    qtbot.waitUntil(before.hasFocus, timeout=5000)
