"""Sak > Tilgang til saken, Nødtilgang and Innsynskopi, driven as a user drives them; the
access entries in Historikk read as words, and the openings under «Hvem har sett saken»."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from familiemote.services import access, cases, demo, directory, me
from familiemote.services import audit as audit_service
from familiemote.ui.case_access import (
    CaseAccessDialog,
    EmergencyAccessDialog,
    InnsynDialog,
    ReadLogDialog,
)
from familiemote.ui.history_words import Names, Topic, describe
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.support.identifiers import internal_names
from tests.support.pdf import text
from tests.ui.conftest import TODAY


def _colleague(ui_uow: UowFactory) -> int:
    services = directory.list_services(ui_uow())
    pid = directory.add_professional(
        ui_uow(), directory.NewProfessional("Colin Berg", services[0].id)
    )
    access.set_login(ui_uow(), pid, "colin")
    return pid


def test_giving_and_ending_access_from_the_dialog(qtbot: QtBot, ui_uow: UowFactory) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    _colleague(ui_uow)
    detail = cases.get_case(ui_uow(), case_id)
    dialog = CaseAccessDialog(ui_uow, detail)
    qtbot.addWidget(dialog)
    assert dialog.person.currentText() == "Colin Berg"
    dialog.show()
    dialog.grant()  # no reason: nothing given, the error line says why, at the field
    assert dialog.table.rowCount() == 0 and "hvorfor" in dialog.error_label.text()
    assert not dialog.error_label.isHidden()
    qtbot.waitUntil(dialog.reason.hasFocus, timeout=20000)
    qtbot.keyClicks(dialog.reason, "Vikar for helsesykepleier")
    qtbot.mouseClick(dialog.grant_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20000)
    assert dialog.error_label.isHidden() and "Colin Berg har fått tilgang" in dialog.hint.text()
    assert "Colin Berg (colin)" in dialog.table.item(0, 0).text()
    assert dialog.table.item(0, 5).text() == "Gjelder"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.item(0, 5).text().startswith("Avsluttet"), timeout=20000)
    # in Historikk, in words, under «Tilgang og innsyn»
    names = Names.of(cases.get_case(ui_uow(), case_id), me.user_names(ui_uow()))
    entries = [
        describe(e, names)
        for e in audit_service.case_history(ui_uow(), case_id)
        if e.entity == "case_access"
    ]
    assert len(entries) == 2
    given = next(w for w in entries if " ga " in w.sentence)
    assert "ga Colin Berg (colin) tilgang til saken til og med" in given.sentence
    assert "Vikar for helsesykepleier" in given.sentence
    assert any("avsluttet en tilgang til saken" in w.sentence for w in entries)
    for w in entries:
        assert w.topic is Topic.ACCESS
        assert not internal_names(w.sentence + w.details), w


def test_emergency_access_asks_for_a_reason_and_is_logged(qtbot: QtBot, ui_uow: UowFactory) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    dialog = EmergencyAccessDialog(ui_uow)
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Sofie")
    dialog.year.setValue(cases.get_case(ui_uow(), case_id).case.child_birth_year)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.case_id is None and "hvorfor" in dialog.error_label.text()
    qtbot.waitUntil(dialog.reason.hasFocus, timeout=20000)  # the focus goes to the field
    assert dialog.result() == 0 and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "Legevakten ringte")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert dialog.case_id == case_id and dialog.result() == 1
    log = access.read_log(ui_uow(), case_id)
    assert [(r.action, r.reason) for r in log] == [("emergency_access", "Legevakten ringte")]
    # flagged in the case's history, with the reason, under «Tilgang og innsyn»
    names = Names.of(cases.get_case(ui_uow(), case_id), me.user_names(ui_uow()))
    flagged = [
        describe(e, names)
        for e in audit_service.case_history(ui_uow(), case_id)
        if e.action == "emergency_access" or (e.entity == "case_access" and e.action == "insert")
    ]
    assert len(flagged) == 2
    for w in flagged:
        assert w.sentence.startswith("⚠ ") and "Legevakten ringte" in w.sentence
        assert w.topic is Topic.ACCESS


def test_innsyn_dialog_needs_a_reason_to_hold_back_and_saves_the_copy(
    qtbot: QtBot,
    ui_uow: UowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    dialog = InnsynDialog(ui_uow, cases.get_case(ui_uow(), case_id))
    qtbot.addWidget(dialog)
    row = next(i for i, k in enumerate(dialog.keys) if k.startswith("child_view:"))
    dialog.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    asked: list[str] = []
    answer = ""

    def save_file_name(*_a: object, **_k: object) -> tuple[str, str]:
        asked.append("file")
        return (answer, "")

    monkeypatch.setattr("familiemote.ui.case_access.QFileDialog.getSaveFileName", save_file_name)
    dialog.submit()  # a ticked entry without a reason: refused before a file is asked for
    assert "grunnen" in dialog.error_label.text() and not dialog.error_label.isHidden()
    assert asked == [] and dialog.table.currentRow() == row and dialog.result() == 0
    dialog.table.item(row, 1).setText("Hensyn til barnet")
    dialog.submit()  # the file dialog cancelled: nothing written, the form stays open
    assert asked == ["file"] and dialog.saved_to is None and dialog.result() == 0
    target = tmp_path / "kopi.pdf"
    answer = str(target)
    dialog.language.setCurrentIndex(1)  # nynorsk
    dialog.submit()
    assert dialog.saved_to == target and dialog.result() == 1
    words = " ".join(text(target).split())
    assert "1 opplysning er halden tilbake" in words and "Hensyn til barnet" in words


def test_openings_are_under_who_has_looked_not_in_the_history_table(
    qtbot: QtBot,
    make_window: MakeWindow,
    ui_uow: UowFactory,
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    window.select_case(case_id)
    qtbot.waitUntil(lambda: window.current_case_id == case_id, timeout=20000)
    log = access.read_log(ui_uow(), case_id)
    assert [r.action for r in log] == ["open"]
    window.case_view.tabs.setCurrentWidget(window.case_view.history_panel)
    panel = window.case_view.history_panel
    qtbot.waitUntil(
        lambda: panel.findChild(QTableWidget, "historyTable") is not None, timeout=20000
    )
    table = panel.findChild(QTableWidget, "historyTable")
    assert not any("åpnet saken" in table.item(r, 1).text() for r in range(table.rowCount()))
    assert panel.findChild(QPushButton, "historyLooked") is not None
    dialog = ReadLogDialog(ui_uow, case_id, panel._names)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text().endswith("åpnet saken.")
