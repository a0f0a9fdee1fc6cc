"""Dialogs whose rows are Designer forms (forms/*.ui) keep the FormDialog flow: every
label's Alt key reaches its field, every field has a name, and a refused save puts the
focus in the field the error is about."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from familiemote.services import cases, demo
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.case_editor import CaseEditorDialog
from familiemote.ui.forms_base import FormDialog
from familiemote.ui.panels.actions.new_action_dialog import ActionDialog
from familiemote.ui.panels.actions.outcome_dialog import OutcomeDialog
from tests.ui.conftest import TODAY

Uow = Callable[[], SqlAlchemyUnitOfWork]


def _action_dialog(ui_uow: Uow) -> ActionDialog:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    return ActionDialog(ui_uow, cases.get_case(ui_uow(), case_id), TODAY)


def _case_editor(ui_uow: Uow) -> CaseEditorDialog:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    return CaseEditorDialog(ui_uow, cases.get_case(ui_uow(), case_id), TODAY)


def _outcome_dialog(ui_uow: Uow) -> OutcomeDialog:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    detail = cases.get_case(ui_uow(), case_id)
    action = next(a for a in detail.case.actions if a.is_open)
    return OutcomeDialog(ui_uow, detail, action, detail.case.meetings[0], TODAY)


def _labelled_rows(form: QFormLayout) -> list[tuple[QLabel, QWidget | None]]:
    """(label, field) of every row with a label."""
    out: list[tuple[QLabel, QWidget | None]] = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if isinstance(widget, QLabel):
            out.append((widget, field.widget() if field is not None else None))
    return out


@pytest.mark.parametrize(
    "make",
    [_action_dialog, _case_editor, _outcome_dialog],
    ids=["action", "case_editor", "outcome"],
)
def test_every_label_reaches_a_named_field(
    qtbot: QtBot, ui_uow: Uow, make: Callable[[Uow], FormDialog]
) -> None:
    dialog = make(ui_uow)
    qtbot.addWidget(dialog)
    labels = _labelled_rows(dialog.form)
    assert sum("&" in lbl.text() for lbl, _ in labels) >= 6
    for lbl, field in labels:
        if "&" not in lbl.text():  # a row that shows a text, not a field to fill
            assert isinstance(field, QLabel) and field.text(), lbl.text()
            continue
        buddy = lbl.buddy()
        assert buddy is not None and field is not None, lbl.text()
        assert buddy is field or field.isAncestorOf(buddy), lbl.text()  # the row's own field
        assert buddy.accessibleName(), lbl.text()
    for field, widget in dialog.fields.items():
        assert widget.window() is dialog, field  # the registered field is the one on screen


def test_a_refused_new_action_focuses_the_designer_field(qtbot: QtBot, ui_uow: Uow) -> None:
    dialog = _action_dialog(ui_uow)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.others.setFocus()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no description
    assert dialog.action_id is None and not dialog.error_label.isHidden()
    qtbot.waitUntil(dialog.description.hasFocus, timeout=20000)
    qtbot.keyClicks(dialog.description, "Kontaktlærer følger opp fraværet")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.action_id is not None, timeout=20000)
