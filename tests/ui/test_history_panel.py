"""The history tab: a user opens a case, goes to «Historikk» by keyboard (Alt+K), and reads it."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from familiemote.services import audit as audit_service
from familiemote.services import demo
from tests.ui.conftest import TODAY


def _open_history(qtbot, window):  # type: ignore[no-untyped-def]
    # the offscreen platform does not activate the window by itself
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=30000)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert window.case_view.tabs.currentWidget() is window.case_view.history_panel
    return window.case_view.history_panel


def test_history_shows_changes_newest_first(qtbot, make_window, ui_uow) -> None:  # type: ignore[no-untyped-def]
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
    assert table.item(0, 2).text() == "Møte endret"
    assert "Sted:" in table.item(0, 3).text() and "→ Helsestasjonen" in table.item(0, 3).text()
    assert table.item(1, 2).text() == "Saken skrevet ut"
    assert table.item(table.rowCount() - 1, 2).text().endswith("lagt inn")
    assert panel.findChild(QLabel, "auditBanner") is None


def test_a_tampered_trail_shows_a_banner(qtbot, make_window, ui_uow, ui_db) -> None:  # type: ignore[no-untyped-def]
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
