"""Counts on screen take the singular for one: «1 sak slettes», «2 saker slettes», in
bokmål and nynorsk, on the real «Saker til sletting» dialog with the app's translators."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from familiemote.app import install_translators, uninstall_translators
from familiemote.domain import model as m
from familiemote.services import cases
from familiemote.ui.retention_dialog import RetentionDialog
from tests.support.fixture_types import UowFactory
from tests.support.modal import when_shown
from tests.ui.conftest import TODAY

# what the question and the status line say for one case and for two
WORDS = {
    "nb": {
        1: ("1 sak slettes for godt med alt den inneholder.", "1 sak er slettet."),
        2: ("2 saker slettes for godt med alt de inneholder.", "2 saker er slettet."),
    },
    "nn": {
        1: ("1 sak blir sletta for godt med alt ho inneheld.", "1 sak er sletta."),
        2: ("2 saker blir sletta for godt med alt dei inneheld.", "2 saker er sletta."),
    },
}


def _closed_case(ui_uow: UowFactory, name: str) -> int:
    case_id = cases.create_case(
        ui_uow(), cases.NewCase(child_first_name=name, child_birth_year=2010), dt.date(2015, 1, 5)
    )
    uow = ui_uow()
    with uow:
        case = uow.cases.get(case_id)
        case.status, case.closed_on = m.CaseStatus.CLOSED, dt.date(2020, 3, 1)
        uow.commit()
    return case_id


def _tick(qtbot: QtBot, dialog: RetentionDialog, rows: int) -> None:
    dialog.case_list.setFocus()
    for row in range(rows):
        dialog.case_list.setCurrentRow(row)
        qtbot.keyClick(dialog.case_list, Qt.Key.Key_Space)
    assert len(dialog.checked_ids()) == rows


def _delete_and_read(qtbot: QtBot, dialog: RetentionDialog) -> str:
    """Press «Slett», read the question the real message box asks, answer yes."""
    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    seen = when_shown(QMessageBox, answer)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen) and bool(asked), timeout=30_000)
    return asked[0]


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_one_case_and_two_cases(
    qtbot: QtBot, qapp: QApplication, ui_uow: UowFactory, lang: str
) -> None:
    for name in ("Anna", "Bjørn", "Cecilie"):
        _closed_case(ui_uow, name)
    translators = install_translators(qapp, lang)
    try:
        dialog = RetentionDialog(ui_uow, TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.case_list.count() == 3

        _tick(qtbot, dialog, 1)
        question = _delete_and_read(qtbot, dialog)
        assert question.startswith(WORDS[lang][1][0]), question
        assert dialog.status_label.text() == WORDS[lang][1][1]
        assert dialog.case_list.count() == 2

        _tick(qtbot, dialog, 2)
        question = _delete_and_read(qtbot, dialog)
        assert question.startswith(WORDS[lang][2][0]), question
        assert dialog.status_label.text() == WORDS[lang][2][1]
        assert dialog.case_list.count() == 0
        assert cases.list_cases(ui_uow()) == []
    finally:
        uninstall_translators(qapp, translators)
