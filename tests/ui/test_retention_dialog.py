"""«Saker til sletting»: a user sets the period, ticks a due case and deletes it for real."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import cases, retention
from familiemote.ui.retention_dialog import RetentionDialog
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY


def _closed_case(ui_uow: UowFactory, name: str, closed_on: dt.date) -> int:
    case_id = cases.create_case(
        ui_uow(), cases.NewCase(child_first_name=name, child_birth_year=2010), dt.date(2015, 1, 5)
    )
    uow = ui_uow()
    with uow:
        case = uow.cases.get(case_id)
        case.status, case.closed_on = m.CaseStatus.CLOSED, closed_on
        uow.commit()
    return case_id


@pytest.mark.parametrize("confirm", [True, False])
def test_due_case_is_deleted_after_confirmation(
    qtbot: QtBot, ui_uow: UowFactory, monkeypatch: pytest.MonkeyPatch, confirm: bool
) -> None:
    old = _closed_case(ui_uow, "Gammel", dt.date(2020, 3, 1))
    recent = _closed_case(ui_uow, "Nyere", dt.date(2024, 3, 1))
    dialog = RetentionDialog(ui_uow, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    # default five years: only the case closed in 2020 is due
    assert dialog.years_spin.value() == retention.DEFAULT_RETENTION_YEARS
    assert dialog.case_list.count() == 1 and "Gammel" in dialog.case_list.item(0).text()
    # a shorter period, by keyboard, makes the other one due too
    dialog.years_spin.setFocus()
    dialog.years_spin.selectAll()
    qtbot.keyClicks(dialog.years_spin, "2")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert retention.retention_years(ui_uow()) == 2
    assert dialog.case_list.count() == 2
    dialog.case_list.setFocus()
    dialog.case_list.setCurrentRow(0)
    qtbot.keyClick(dialog.case_list, Qt.Key.Key_Space)
    assert dialog.checked_ids() == [old]

    answer = QMessageBox.StandardButton.Yes if confirm else QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    remaining = {r.id for r in cases.list_cases(ui_uow())}
    if confirm:
        assert remaining == {recent}
        assert "1 sak er slettet" in dialog.status_label.text()
        assert dialog.deleted == [old]
    else:
        assert remaining == {old, recent}
        assert dialog.deleted == []


def test_menu_item_exists(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.retention_action.text() == "Saker til s&letting …"
