"""Historikk in words: each entry a sentence with names (never ids or stored field names),
filtered by topic, refreshed when a print is recorded; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QTableWidget
from pytestqt.qtbot import QtBot

from familiemote.services import audit as audit_service
from familiemote.services import cases, demo, me
from familiemote.ui.history_words import Names, Topic, describe
from familiemote.ui.panels.history import HistoryPanel
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.support.identifiers import internal_names
from tests.ui.conftest import TODAY


def _names(uow_factory: UowFactory, case_id: int) -> Names:
    return Names.of(cases.get_case(uow_factory(), case_id), me.user_names(uow_factory()))


def test_every_entry_of_the_demo_case_reads_as_words(uow_factory: UowFactory) -> None:
    me.save_me(uow_factory(), "Anne Dahl", None, "Helsesykepleier")
    uow = uow_factory()
    with uow:
        login = me.login_name(uow)
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    uow = uow_factory()
    with uow:
        action = next(a for a in uow.cases.get(case_id).actions if a.due_date is not None)
        old_due, description = action.due_date, action.description
        action.due_date = dt.date(2026, 12, 18)
        uow.commit()
    audit_service.record_output(uow_factory(), "print", "plan", case_id=case_id)
    names = _names(uow_factory, case_id)
    entries = audit_service.case_history(uow_factory(), case_id)
    worded = [describe(e, names) for e in entries]
    assert len(worded) > 40
    for w in worded:
        text = w.sentence + "\n" + w.details
        assert not internal_names(text), text
        assert w.sentence.startswith(f"Anne Dahl ({login}) "), w.sentence
        assert w.sentence.endswith("."), w.sentence
    sentences = [w.sentence for w in worded]
    assert sentences[0] == f"Anne Dahl ({login}) skrev ut oppfølgingsplanen."
    assert old_due is not None
    assert sentences[1].startswith(f"Anne Dahl ({login}) endret fristen for tiltaket «")
    assert sentences[1].endswith(f" fra {old_due:%d.%m.%Y} til 18.12.2026.")
    assert description[:20] in sentences[1]
    consent = next(s for s in sentences if "registrerte samtykke fra Kari Nordmann (mor)" in s)
    assert " for " in consent and "gyldig til" in consent and "Skole" in consent
    assert any("la til Kari Nordmann (mor, foresatt) i familien." in s for s in sentences)
    assert any("Roller: Kontaktperson" in w.details for w in worded)
    # topics for the filter
    assert worded[0].topic is Topic.OUTPUT
    assert worded[1].topic is Topic.ACTIONS
    assert {w.topic for w in worded} >= {Topic.CASE, Topic.MEETINGS, Topic.CONSENT}


def test_a_change_lists_before_and_after_in_words(uow_factory: UowFactory) -> None:
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    uow = uow_factory()
    with uow:
        action = next(a for a in uow.cases.get(case_id).actions if a.due_date is not None)
        action.due_date = dt.date(2026, 12, 13)
        action.review_date = dt.date(2027, 1, 10)
        uow.commit()
    entry = audit_service.case_history(uow_factory(), case_id)[0]
    w = describe(entry, _names(uow_factory, case_id))
    assert "endret tiltaket «" in w.sentence
    assert "Frist: " in w.details and "→ 13.12.2026" in w.details
    assert "Ny vurdering: " in w.details and "→ 10.01.2027" in w.details


def test_history_tab_filters_and_refreshes_after_a_print(qtbot: QtBot, ui_uow: UowFactory) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    panel = HistoryPanel(ui_uow)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    panel.show_case(cases.get_case(ui_uow(), case_id), TODAY)
    qtbot.waitUntil(
        lambda: panel.findChild(QTableWidget, "historyTable") is not None, timeout=30_000
    )
    table = panel.findChild(QTableWidget, "historyTable")
    assert [table.horizontalHeaderItem(i).text() for i in range(3)] == [
        "Tid",
        "Hva skjedde",
        "Endringer",
    ]
    rows = table.rowCount()
    topic = panel.findChild(QComboBox, "historyTopic")
    topic.setCurrentIndex(topic.findData(Topic.CONSENT))
    visible = [r for r in range(rows) if not table.isRowHidden(r)]
    assert visible and len(visible) < rows
    assert all("samtykke" in table.item(r, 1).text() for r in visible)
    assert panel.filter_count.text() == f"{len(visible)} av {rows} oppføringer"
    # a print is recorded while the tab is hidden: shown again, it is there
    panel.hide()
    audit_service.record_output(ui_uow(), "print", "consent_form", case_id=case_id)
    panel.show()
    qtbot.waitUntil(lambda: panel.table is not None and panel.table.rowCount() == rows + 1)
    assert panel.table.item(0, 1).text().endswith("skrev ut samtykkeskjemaet.")
    assert panel.topic.currentData() is Topic.CONSENT  # the filter is kept
    assert panel.table.isRowHidden(0)  # a print is not about consent
    panel.topic.setCurrentIndex(panel.topic.findData(Topic.OUTPUT))
    assert not panel.table.isRowHidden(0)
    assert all(panel.table.isRowHidden(r) for r in range(1, rows + 1))


def test_history_tab_reads_again_when_its_window_is_active_again(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    window.select_case(case_id)
    view = window.case_view
    view.tabs.setCurrentWidget(view.history_panel)
    panel = view.history_panel
    qtbot.waitUntil(lambda: panel.table is not None and panel.table.isVisible(), timeout=30_000)
    rows = panel.table.rowCount()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=30_000)
    # printed from the menu while the tab is open: the print dialog closes, the window
    # is active again, and the tab reads the new entry
    audit_service.record_output(ui_uow(), "print", "plan", case_id=case_id)
    QApplication.sendEvent(panel, QEvent(QEvent.Type.ActivationChange))
    qtbot.waitUntil(lambda: panel.table.rowCount() == rows + 1, timeout=30_000)
    assert panel.table.item(0, 1).text().endswith("skrev ut oppfølgingsplanen.")
