"""Locking, backup and restore from the window, the first-start passphrase, one window per file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from familiemote.app import instance_lock_or_explain
from familiemote.services import backup as backup_service
from familiemote.services import cases, demo
from familiemote.single_instance import acquire
from familiemote.storage.db import Database, open_database, sqlite_url
from familiemote.storage.file_copies import check_database_file
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.main_window import MainWindow
from familiemote.ui.new_case_dialog import NewCaseDialog
from familiemote.ui.passphrase_dialog import Mode, PassphraseDialog
from familiemote.ui.security import SecurityControls
from tests.ui.conftest import TODAY

PASS = "blå hval svømmer 42"
NOW = dt.datetime(2026, 11, 22, 14, 30)


@pytest.fixture
def enc_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(sqlite_url(tmp_path / "kryptert.sqlite"), passphrase=PASS)
    demo.create_demo_case(SqlAlchemyUnitOfWork(db.session_factory), TODAY)
    yield db
    db.dispose()


def make(
    qtbot: QtBot, db: Database, tmp_path: Path, idle_ms: int = 60_000
) -> tuple[MainWindow, SecurityControls]:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        lambda: SqlAlchemyUnitOfWork(db.session_factory),
        settings,
        db.display_location,
        today=lambda: TODAY,
    )
    qtbot.addWidget(window)
    controls = SecurityControls(window, db, settings, now=lambda: NOW, idle_ms=idle_ms)
    window.show()
    qtbot.waitExposed(window)
    return window, controls


def visible_text(widget: QWidget) -> str:
    """Everything a person could read: window titles and the text of visible widgets."""
    parts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget) or not widget.isVisible():
            continue
        if isinstance(child, (QLabel, QLineEdit)):
            parts.append(child.text())
    return "\n".join(parts)


def readable_everywhere() -> str:
    return "\n".join(
        visible_text(w) for w in QApplication.topLevelWidgets() if w.isVisible()
    ) + "\n".join(
        # the table's cells
        str(v.model().data(v.model().index(r, 0)))
        for w in QApplication.topLevelWidgets()
        if w.isVisible()
        for v in w.findChildren(QWidget)
        if hasattr(v, "model")
        and callable(v.model)
        and v.isVisible()
        and v.model() is not None
        and hasattr(v.model(), "rowCount")
        for r in range(v.model().rowCount())
    )


def test_idle_lock_hides_case_data_and_keeps_unsaved_input(
    qtbot: QtBot, enc_db: Database, tmp_path: Path
) -> None:
    window, controls = make(qtbot, enc_db, tmp_path, idle_ms=400)
    window.select_case(window.case_model.case_at(0).id)  # type: ignore[union-attr]
    assert "Sofie" in readable_everywhere()
    # a half-filled new case, not saved
    dialog = NewCaseDialog(lambda: SqlAlchemyUnitOfWork(enc_db.session_factory), window, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    name_edit = dialog.findChildren(QLineEdit)[0]
    name_edit.setFocus()
    qtbot.keyClicks(name_edit, "Halvferdig")
    # no input for a while: it locks by itself
    qtbot.waitUntil(lambda: controls.lock.is_locked, timeout=30000)
    shown = readable_everywhere()
    for secret in ("Sofie", "Nordmann", "Halvferdig", "Hanne"):
        assert secret not in shown, secret
    assert "låst" in window.windowTitle()
    assert not window.pages.isVisible() and not name_edit.isVisible()
    assert controls.lock.page.isVisible()
    assert dialog.isVisible()  # not closed, only emptied
    unlock = controls.lock.dialog
    assert unlock is not None and unlock.isVisible()
    # a wrong passphrase keeps it locked, with a message
    qtbot.keyClicks(unlock.edit, "feil frase")
    qtbot.keyClick(unlock.edit, Qt.Key.Key_Return)
    assert controls.lock.is_locked
    assert "Feil passordfrase" in unlock.error_label.text()
    # Escape does not unlock
    qtbot.keyClick(unlock, Qt.Key.Key_Escape)
    assert controls.lock.is_locked
    unlock.edit.clear()
    qtbot.keyClicks(unlock.edit, PASS)
    with qtbot.waitSignal(controls.lock.unlocked, timeout=30000):
        qtbot.keyClick(unlock.edit, Qt.Key.Key_Return)
    assert not controls.lock.is_locked
    assert name_edit.isVisible() and name_edit.text() == "Halvferdig"
    assert window.pages.isVisible()
    assert "Sofie" in readable_everywhere()
    assert "låst" not in window.windowTitle()


def test_ctrl_l_locks_at_once(qtbot: QtBot, enc_db: Database, tmp_path: Path) -> None:
    window, controls = make(qtbot, enc_db, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30000)
    window.case_table.setFocus()
    qtbot.keyClick(window.case_table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controls.lock.is_locked
    assert "Sofie" not in readable_everywhere()
    controls.lock.dialog.edit.setText(PASS)  # type: ignore[union-attr]
    controls.lock.dialog.try_unlock()  # type: ignore[union-attr]
    assert not controls.lock.is_locked


def test_input_keeps_it_unlocked(qtbot: QtBot, enc_db: Database, tmp_path: Path) -> None:
    window, controls = make(qtbot, enc_db, tmp_path, idle_ms=600)
    for _ in range(6):
        qtbot.wait(200)
        qtbot.keyClick(window.search_edit, Qt.Key.Key_Shift)
    assert not controls.lock.is_locked
    qtbot.waitUntil(lambda: controls.lock.is_locked, timeout=30000)


def test_backup_from_the_menu_then_restore(qtbot: QtBot, enc_db: Database, tmp_path: Path) -> None:
    window, controls = make(qtbot, enc_db, tmp_path)
    uow = lambda: SqlAlchemyUnitOfWork(enc_db.session_factory)  # noqa: E731
    # never backed up: the banner says so (once: not the status bar as well)
    assert controls.banner.isVisible()
    assert "ikke tatt sikkerhetskopi" in controls.banner.label.text()
    assert "sikkerhetskopi" not in window.statusBar().currentMessage()
    target = tmp_path / "kopi.fmbak"
    # a backup of a big database takes seconds: a wait cursor and a message meanwhile
    seen: list[tuple[object, str]] = []
    make_backup = backup_service.make_backup

    def watched(*args: Any, **kwargs: Any) -> None:
        cursor = QApplication.overrideCursor()
        seen.append((cursor.shape() if cursor else None, window.statusBar().currentMessage()))
        return make_backup(*args, **kwargs)

    backup_service.make_backup = watched
    try:
        assert controls.backup_to(target)
    finally:
        backup_service.make_backup = make_backup
    assert seen == [(Qt.CursorShape.WaitCursor, "Tar sikkerhetskopi …")]
    assert QApplication.overrideCursor() is None
    assert not controls.banner.isVisible()
    assert backup_service.last_backup_at(uow()) == NOW
    check_database_file(target, PASS)
    assert b"Nordmann" not in target.read_bytes()
    # a change after the backup, then restore: the change is gone, the old file kept
    cases.create_case(uow(), cases.NewCase("Etterpå", 2016), TODAY)
    assert cases.count_cases(uow()) == 2
    from PySide6.QtWidgets import QMessageBox

    qtbot_messages: list[str] = []
    original = QMessageBox.information

    def told(*a: object, **k: object) -> QMessageBox.StandardButton:
        qtbot_messages.append(str(a[2]))
        return QMessageBox.StandardButton.Ok

    QMessageBox.information = told  # type: ignore[method-assign]
    try:
        assert controls.restore_from(target)
    finally:
        QMessageBox.information = original  # type: ignore[method-assign]
    assert cases.count_cases(uow()) == 1
    assert window.case_model.rowCount() == 1
    kept = list(tmp_path.glob("kryptert.sqlite.before-restore-*"))
    assert len(kept) == 1 and "tatt vare på" in qtbot_messages[0]
    assert enc_db.verify_passphrase(PASS)


def test_reminder_when_the_last_backup_is_old(
    qtbot: QtBot, enc_db: Database, tmp_path: Path
) -> None:
    backup_service.make_backup(enc_db, tmp_path / "gammel.fmbak", NOW - dt.timedelta(days=8))
    _window, controls = make(qtbot, enc_db, tmp_path)
    assert controls.banner.isVisible()
    assert "14.11.2026" in controls.banner.label.text()
    backup_service.make_backup(enc_db, tmp_path / "ny.fmbak", NOW - dt.timedelta(days=6))
    assert not controls.check_backup_reminder()
    assert not controls.banner.isVisible()


def test_new_passphrase_dialog_needs_a_strong_one_typed_twice(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(Mode.NEW, "/tmp/x.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_edit, "kort")
    assert "For svak" in dialog.strength_label.text() and "minst 10" in dialog.strength_label.text()
    assert not dialog.ok_button.isEnabled()
    dialog.first_edit.clear()
    qtbot.keyClicks(dialog.first_edit, PASS)
    qtbot.keyClicks(dialog.second_edit, PASS + "x")
    assert "ikke like" in dialog.strength_label.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.second_edit, Qt.Key.Key_Backspace)
    assert dialog.ok_button.isEnabled()
    assert "Styrke: Sterk" in dialog.strength_label.text()
    qtbot.keyClick(dialog.second_edit, Qt.Key.Key_Return)
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.passphrase() == PASS


@pytest.mark.parametrize("mode", list(Mode))
def test_the_passphrase_dialogs_cancel_has_the_apps_alt_key(qtbot: QtBot, mode: Mode) -> None:
    dialog = PassphraseDialog(mode, "/tmp/x.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert cancel.text() == "A&vbryt"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=30000)
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
    assert dialog.result() == PassphraseDialog.DialogCode.Rejected


@pytest.mark.parametrize("scale", [100, 150, 200])
def test_a_refused_passphrase_is_told_whole_at_every_text_size(qtbot: QtBot, scale: int) -> None:
    from familiemote.ui.theme import apply_text_scale

    apply_text_scale(scale)
    try:
        dialog = PassphraseDialog(Mode.ASK, "/tmp/familiemote/fm.sqlite", check=lambda _p: False)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.first_edit.setText("feil frase")
        qtbot.keyClick(dialog.first_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.error_label.isVisible()
        assert "Feil passordfrase" in dialog.error_label.text()
        # every wrapped text of the dialog gets the height its lines need: none is cut
        wrapped = [w for w in dialog.findChildren(QLabel) if w.isVisible() and w.wordWrap()]

        def all_whole() -> bool:
            return all(w.height() >= w.heightForWidth(w.width()) for w in wrapped)

        assert wrapped
        qtbot.waitUntil(all_whole, timeout=5000)
    finally:
        apply_text_scale(100)


def test_change_passphrase_from_the_menu(
    qtbot: QtBot, enc_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, controls = make(qtbot, enc_db, tmp_path)

    def fill(self: PassphraseDialog) -> int:
        self.old_edit.setText(PASS)
        self.first_edit.setText("ny og lang passordfrase")
        self.second_edit.setText("ny og lang passordfrase")
        return 1

    monkeypatch.setattr(PassphraseDialog, "exec", fill)
    controls.passphrase_action.trigger()
    assert enc_db.verify_passphrase("ny og lang passordfrase")
    assert not enc_db.verify_passphrase(PASS)
    assert cases.count_cases(SqlAlchemyUnitOfWork(enc_db.session_factory)) == 1


def test_a_second_instance_is_told_and_may_exit(tmp_path: Path, qapp: QApplication) -> None:
    path = tmp_path / "db.sqlite"
    first = acquire(path)
    assert first is not None
    told: list[str] = []

    def give_up(text: str) -> bool:
        told.append(text)
        return False

    assert instance_lock_or_explain(path, give_up) is None
    assert len(told) == 1 and "allerede åpen i et annet Familiemøte-vindu" in told[0]
    # "Prøv igjen" after the first window closed: it gets the lock
    answers = iter([True])
    second_try: list[str] = []

    def retry(text: str) -> bool:
        second_try.append(text)
        first.unlock()
        return next(answers)

    lock = instance_lock_or_explain(path, retry)
    assert lock is not None and len(second_try) == 1
    lock.unlock()


def test_reminder_waits_for_a_case_and_shows_once(qtbot: QtBot, tmp_path: Path) -> None:
    """A new database: no reminder; the first case brings it, once; dismissed, it stays away."""
    db = open_database(sqlite_url(tmp_path / "ny.sqlite"))
    try:
        window, controls = make(qtbot, db, tmp_path)
        assert not controls.banner.isVisible()  # nothing to back up yet
        assert not controls.check_backup_reminder()
        uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
        cases.create_case(uow(), cases.NewCase("Første", 2016), TODAY)
        window.reload_cases()
        qtbot.waitUntil(controls.banner.isVisible, timeout=10000)
        assert "ikke tatt sikkerhetskopi" in controls.banner.label.text()
        visible = [
            w for w in window.findChildren(QLabel) if w.isVisible() and "sikkerhetskopi" in w.text()
        ]
        assert visible == [controls.banner.label]  # said once, in one place
        controls.banner.dismiss_button.click()
        assert not controls.banner.isVisible()
        cases.create_case(uow(), cases.NewCase("Andre", 2015), TODAY)
        window.reload_cases()
        assert not controls.check_backup_reminder()
        assert not controls.banner.isVisible()  # once a session
    finally:
        db.dispose()
