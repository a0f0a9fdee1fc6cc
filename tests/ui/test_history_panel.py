"""The history tab: a user opens a case, goes to «Historikk» by keyboard (Alt+K), and reads it."""

from __future__ import annotations

import time

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from familiemote.services import audit as audit_service
from familiemote.services import demo
from familiemote.storage import audit, audit_check
from familiemote.storage.db import Database
from familiemote.ui import history_words
from familiemote.ui.main_window import MainWindow
from familiemote.ui.panels.history import HistoryPanel
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY


def _open_history(qtbot: QtBot, window: MainWindow) -> HistoryPanel:
    # the offscreen platform does not activate the window by itself
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=30000)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert window.case_view.tabs.currentWidget() is window.case_view.history_panel
    return window.case_view.history_panel


def test_history_shows_changes_newest_first(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    audit_service.record_event(ui_uow(), case_id, "print", {"document": "plan"})
    uow = ui_uow()
    with uow:
        uow.cases.get(case_id).meetings[0].place = "Helsestasjonen"
        uow.commit()
    window = make_window()
    window.select_case(case_id)
    panel = _open_history(qtbot, window)
    table = panel.findChild(QTableWidget, "historyTable")
    assert table is not None and table.rowCount() > 10
    # in words (tests/ui/test_history_words.py has the rest)
    assert "endret stedet for familiemøtet" in table.item(0, 1).text()
    assert table.item(0, 1).text().endswith(" til Helsestasjonen.")
    assert table.item(1, 1).text().endswith(" skrev ut oppfølgingsplanen.")
    assert table.item(table.rowCount() - 1, 1).text().endswith(" opprettet saken om Sofie.")
    assert panel.findChild(QLabel, "auditBanner") is None


def test_a_tampered_trail_shows_a_banner(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory, ui_db: Database
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    with ui_db.engine.begin() as conn:
        conn.execute(sa.text("DROP TRIGGER audit_log_no_update"))
        conn.execute(sa.text("UPDATE audit_log SET user_name = 'Mallory' WHERE id = 3"))
    window = make_window()
    window.select_case(case_id)
    panel = _open_history(qtbot, window)
    banner = panel.findChild(QLabel, "auditBanner")
    assert banner is not None and banner.isVisible()
    assert "historikken stemmer ikke" in banner.text()


def _prints(ui_uow: UowFactory, case_id: int, n: int) -> None:
    for i in range(n):
        audit_service.record_event(ui_uow(), case_id, "print", {"document": "plan", "n": i})


def test_the_history_shows_200_entries_and_older_ones_on_request(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    _prints(ui_uow, case_id, 210)
    entries = audit_service.case_history(ui_uow(), case_id)
    # the services of a consent are named in the consent's sentence, not in rows of their own
    folded = history_words.said_by_another(entries)
    assert folded  # the demo registers consents for several services
    total = len(entries) - len(folded)
    window = make_window()
    window.select_case(case_id)
    panel = _open_history(qtbot, window)
    assert panel.findChild(QTableWidget, "historyTable").rowCount() == 200
    older = panel.findChild(QPushButton, "historyOlder")
    assert older.isVisible()
    qtbot.mouseClick(older, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: panel.table.rowCount() == total and panel.table.isVisible(), timeout=10000
    )
    table = panel.table
    assert table.objectName() == "historyTable"
    assert table.item(total - 1, 1).text().endswith(" opprettet saken om Sofie.")
    assert not older.isVisible()


def test_a_long_unchecked_trail_is_checked_in_the_background(
    qtbot: QtBot,
    make_window: MakeWindow,
    ui_uow: UowFactory,
    ui_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(audit_check, "QUICK_LIMIT", 5)
    monkeypatch.setattr(audit_check, "CHUNK", 4)
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    _prints(ui_uow, case_id, 10)
    window = make_window()
    window.select_case(case_id)
    panel = _open_history(qtbot, window)
    # more than the quick check takes on: the full check runs, with progress
    assert panel.progress.isVisible() and panel.progress.objectName() == "auditProgress"
    assert "Kontrollerer hele historikken" in panel.status_label.text()
    check = panel.check
    qtbot.waitUntil(lambda: not check.running, timeout=30000)
    qtbot.waitUntil(lambda: not panel.progress.isVisible(), timeout=30000)
    # (a reload of the case may rebuild the tab meanwhile: then its quick check says it)
    assert panel.status_label.text() in (
        "✓ Historikken er kontrollert og stemmer.",
        f"✓ Hele historikken er kontrollert: {len(audit.rows(ui_db.engine.connect()))} "
        "oppføringer stemmer.",
    )
    assert panel.findChild(QLabel, "auditBanner") is None
    # checked once, the next opening verifies only what came after
    assert audit_service.quick_check_audit_trail(ui_uow()).pending == 0


def test_the_full_check_can_be_cancelled(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    walk = audit_check._walk
    # slowed down: about 0.2 s per entry, so the click lands while it runs
    monkeypatch.setattr(audit_check, "CHUNK", 1)
    monkeypatch.setattr(audit_check, "_walk", lambda *args: (time.sleep(0.2), walk(*args))[1])
    window = make_window()
    window.select_case(case_id)
    panel = _open_history(qtbot, window)
    qtbot.mouseClick(panel.findChild(QPushButton, "auditFullCheck"), Qt.MouseButton.LeftButton)
    assert panel.cancel_button.isVisible() and panel.cancel_button.objectName() == "auditCancel"
    with qtbot.waitSignal(panel.check.finished, timeout=30000) as finished:
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args == [None]  # cancelled, not finished
    assert "Kontrollen ble avbrutt" in panel.status_label.text()
    assert panel.full_button.isEnabled() and not panel.progress.isVisible()


def test_a_consent_is_one_sentence_naming_its_services(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    window.select_case(case_id)
    panel = _open_history(qtbot, window)
    qtbot.waitUntil(lambda: panel.table is not None, timeout=30000)
    said = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    mother = [s for s in said if "registrerte samtykke fra Kari Nordmann (mor) for " in s]
    assert len(mother) == 1, said
    assert "Skole" in mother[0] and "Fastlege" in mother[0]
    # the services registered with it are not repeated as rows of their own
    assert not [s for s in said if " tok med " in s and "Kari Nordmann" in s], said
