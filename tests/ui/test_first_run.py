"""The first-run screen, Hjelp > Kom i gang, Hjelp > Om and the text size, driven by keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from familiemote.app import ENV_PASSPHRASE, ask_passphrase_and_open
from familiemote.settings import DatabaseChoice
from familiemote.storage.db import Database, open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.about_dialog import AboutDialog, app_version
from familiemote.ui.first_run import FirstRunWizard, StartFlow, completed
from familiemote.ui.main_window import MainWindow
from familiemote.ui.theme import apply_text_scale, base_font, text_scale
from tests.support.a11y import controls, problems
from tests.support.fixture_types import MakeWindow
from tests.support.modal import when_shown
from tests.ui.conftest import TODAY

PASS = "fire vanlige ord her 7"
ALT = Qt.KeyboardModifier.AltModifier


def press(
    qtbot: QtBot, key: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, mod)


def focus_inside(window: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and window.isAncestorOf(focused)


def settings_at(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def window_for(qtbot: QtBot, db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(
        lambda: SqlAlchemyUnitOfWork(db.session_factory),
        settings,
        db.display_location,
        today=lambda: TODAY,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_first_start_sets_the_passphrase_loads_the_demo_and_is_not_shown_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_PASSPHRASE, raising=False)
    path = tmp_path / "ny.sqlite"
    settings = settings_at(tmp_path / "s.ini")
    assert not completed(settings)
    seen: list[QWidget] = []

    def walk(wizard: QWidget) -> None:
        assert isinstance(wizard, FirstRunWizard)
        assert wizard.passphrase_page is not None
        # a11y: every control named and reachable on each page
        assert problems(wizard) == [] and controls(wizard)
        qtbot.waitUntil(lambda: focus_inside(wizard), timeout=30000)
        press(qtbot, Qt.Key.Key_V, ALT)  # Videre: to the passphrase
        # a mnemonic clicks after 100 ms
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.passphrase_page, timeout=30000)
        qtbot.waitUntil(wizard.passphrase_page.form.first_edit.hasFocus, timeout=30000)
        assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
        qtbot.keyClicks(QApplication.focusWidget(), PASS)
        press(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), PASS)
        assert "Styrke:" in wizard.passphrase_page.form.strength_label.text()
        assert problems(wizard) == []
        press(qtbot, Qt.Key.Key_V, ALT)
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.demo_page, timeout=30000)
        qtbot.waitUntil(wizard.demo_page.demo_check.hasFocus, timeout=30000)
        press(qtbot, Qt.Key.Key_Space)  # tick "Åpne eksempelsaken nå"
        assert problems(wizard) == []
        press(qtbot, Qt.Key.Key_F, ALT)  # Fullfør

    when_shown(FirstRunWizard, walk, seen)
    start = StartFlow(settings)
    reports: list[str] = []
    db = ask_passphrase_and_open(
        DatabaseChoice(sqlite_url(path), False), reports.append, new_passphrase=start.new_passphrase
    )
    assert seen and reports == []
    assert db is not None and db.encrypted
    try:
        window = window_for(qtbot, db, settings)
        start.after_open(window, window.open_demo_case)
        qtbot.waitUntil(lambda: window.case_model.rowCount() == 1, timeout=30000)
        assert window.case_view.detail is not None
        assert window.case_view.detail.case.child_first_name == "Sofie"
    finally:
        db.dispose()
    assert completed(settings_at(tmp_path / "s.ini"))
    # the passphrase chosen in the screen is the one that opens the file
    again = open_database(sqlite_url(path), passphrase=PASS)
    again.dispose()

    # the next start: no first-run screen
    monkeypatch.setenv(ENV_PASSPHRASE, PASS)
    shown_again: list[QWidget] = []
    when_shown(FirstRunWizard, lambda w: w.close(), shown_again, give_up_ms=1000)
    next_start = StartFlow(settings_at(tmp_path / "s.ini"))
    db2 = ask_passphrase_and_open(
        DatabaseChoice(sqlite_url(path), False),
        reports.append,
        new_passphrase=next_start.new_passphrase,
    )
    assert db2 is not None
    try:
        window2 = window_for(qtbot, db2, settings_at(tmp_path / "s.ini"))
        next_start.after_open(window2, window2.open_demo_case)
        qtbot.wait(1200)
        assert shown_again == []
        assert window2.case_model.rowCount() == 1  # the demo is not made twice
    finally:
        db2.dispose()


def test_cancelling_the_first_start_creates_nothing_and_asks_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_PASSPHRASE, raising=False)
    path = tmp_path / "ny.sqlite"
    settings = settings_at(tmp_path / "s.ini")
    seen: list[QWidget] = []

    def cancel(wizard: QWidget) -> None:
        assert isinstance(wizard, FirstRunWizard) and wizard.passphrase_page is not None
        # to the passphrase step (the keys for it are walked by the test above; here
        # the point is what cancelling it leaves behind)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.passphrase_page, timeout=30000)
        qtbot.waitUntil(wizard.passphrase_page.form.first_edit.hasFocus, timeout=30000)
        qtbot.keyClicks(QApplication.focusWidget(), "noe")
        # Esc asks first; «Fortsett oppsettet» (the default, and Esc) keeps the screen
        asked: list[QMessageBox] = []
        when_shown(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape), asked)
        press(qtbot, Qt.Key.Key_Escape)
        assert asked and "Ingenting er laget ennå" in asked[0].text()
        assert wizard.isVisible() and wizard.currentPage() is wizard.passphrase_page
        # Esc again (in the field the user typed in), and «Avslutt» ends the first start
        when_shown(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_A, ALT), asked)
        qtbot.keyClick(wizard.passphrase_page.form.first_edit, Qt.Key.Key_Escape)
        assert len(asked) == 2

    when_shown(FirstRunWizard, cancel, seen)
    start = StartFlow(settings)
    db = ask_passphrase_and_open(
        DatabaseChoice(sqlite_url(path), False),
        lambda _t: None,
        new_passphrase=start.new_passphrase,
    )
    assert seen and db is None
    assert not path.exists()
    assert not completed(settings)


def test_enter_on_the_passphrase_page_goes_on_once_the_passphrase_is_accepted(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = FirstRunWizard(str(tmp_path / "ny.sqlite"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    page = wizard.passphrase_page
    assert page is not None
    qtbot.waitUntil(lambda: wizard.currentPage() is page, timeout=30000)
    qtbot.waitUntil(page.form.first_edit.hasFocus, timeout=30000)
    qtbot.keyClicks(page.form.first_edit, PASS)
    press(qtbot, Qt.Key.Key_Return)  # the second field is still empty: Enter stays
    assert wizard.currentPage() is page and wizard.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), PASS)
    press(qtbot, Qt.Key.Key_Return)  # both typed and alike: on, as «Videre» would
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.demo_page, timeout=30000)
    qtbot.waitUntil(wizard.demo_page.demo_check.hasFocus, timeout=30000)
    assert wizard.passphrase() == PASS and wizard.isVisible()


def test_getting_started_from_the_help_menu_has_no_passphrase_step(make_window: MakeWindow) -> None:
    window = make_window()
    seen: list[QWidget] = []

    def walk(wizard: QWidget) -> None:
        assert isinstance(wizard, FirstRunWizard)
        assert wizard.passphrase_page is None and len(wizard.pageIds()) == 2
        texts = "\n".join(t for t, _ in wizard.welcome.steps)
        assert "hvem som gjør hva" in texts
        wizard.next()
        wizard.demo_page.demo_check.setChecked(True)
        wizard.accept()

    when_shown(FirstRunWizard, walk, seen)
    window.getting_started_action.trigger()
    assert seen
    assert window.case_model.rowCount() == 1  # the demo case, opened from the screen


def test_about_shows_version_licence_and_the_database_in_use(
    qtbot: QtBot, make_window: MakeWindow, ui_db: Database
) -> None:
    window = make_window()
    seen: list[QWidget] = []
    found: dict[str, str] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, AboutDialog)
        for name, label in dialog.value_labels.items():
            found[name] = label.text()
        assert problems(dialog) == []
        press(qtbot, Qt.Key.Key_K, ALT)  # Kopier detaljene (a mnemonic clicks after 100 ms)
        qtbot.waitUntil(lambda: bool(dialog.copied_label.text()), timeout=30000)
        found["clipboard"] = QGuiApplication.clipboard().text()
        press(qtbot, Qt.Key.Key_Escape)

    when_shown(AboutDialog, look, seen)
    window.show_about()
    assert seen
    assert found["Versjon"] == app_version() and found["Versjon"][0].isdigit()
    assert found["Lisens"] == "MIT"
    assert found["Databasen"] == ui_db.display_location
    assert str(ui_db.path) in found["Databasen"]
    assert found["Innstillingene"].endswith("settings.ini")
    assert "Qt 6." in found["Qt og Python"] and "Python 3." in found["Qt og Python"]
    assert ui_db.display_location in found["clipboard"] and "Lisens: MIT" in found["clipboard"]


@pytest.fixture
def restore_font() -> Iterator[None]:
    base = base_font()
    yield
    apply_text_scale(100)
    assert QApplication.font().pointSizeF() == base.pointSizeF()


def test_text_size_150_scales_the_application_font_and_is_kept(
    qtbot: QtBot, make_window: MakeWindow, settings_path: Path, restore_font: None
) -> None:
    base = base_font().pointSizeF()
    window = make_window()
    actions = {a.data(): a for a in window.text_size_menu.actions()}
    assert set(actions) == {100, 125, 150, 200}
    assert actions[100].isChecked()
    actions[150].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    qtbot.waitUntil(  # the open window follows (Qt delivers the change as an event)
        lambda: window.search_edit.font().pointSizeF() == pytest.approx(base * 1.5), timeout=30000
    )
    assert text_scale(settings_at(settings_path)) == 150
    # the next start applies what was stored (familiemote.app.run_gui does the same)
    apply_text_scale(100)
    apply_text_scale(text_scale(settings_at(settings_path)))
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    window2 = make_window()
    assert {a.data() for a in window2.text_size_menu.actions() if a.isChecked()} == {150}
