"""A refused save names the field by the words on screen: the label of its row or the
title of its box (without the Alt key's «&», cut at a colon or an opening
parenthesis), in «», in the language on screen, and the focus goes to that field.
Every registered field of every form dialog is checked."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.domain.errors import ValidationCode, ValidationError
from familiemote.services import cases, demo
from familiemote.ui.forms_base import FormDialog
from tests.support.fixture_types import UowFactory
from tests.ui.conftest import TODAY
from tests.ui.test_designer_form_dialogs import MAKERS
from tests.ui.test_dialog_forms import DIALOGS
from tests.ui.test_enter_saves import WITH_BUTTONS

Make = Callable[[UowFactory], FormDialog]


def _open_action(uow: UowFactory) -> tuple[cases.CaseDetail, m.Action]:
    detail = cases.get_case(uow(), demo.create_demo_case(uow(), TODAY).case_id)
    return detail, next(a for a in detail.case.actions if a.is_open)


def _new_action(uow: UowFactory) -> FormDialog:
    from familiemote.ui.panels.actions.new_action_dialog import ActionDialog

    return ActionDialog(uow, _open_action(uow)[0], TODAY)


def _outcome(uow: UowFactory) -> FormDialog:
    from familiemote.ui.panels.actions.outcome_dialog import OutcomeDialog

    detail, action = _open_action(uow)
    return OutcomeDialog(uow, detail, action, detail.case.meetings[-1], TODAY)


def _handover(uow: UowFactory) -> FormDialog:
    from familiemote.ui.panels.actions.handover_dialogs import HandoverDialog

    return HandoverDialog(uow, *_open_action(uow), TODAY)


FORMS: dict[str, Make] = {**MAKERS, **WITH_BUTTONS}
FORMS.update({"new_action": _new_action, "outcome": _outcome, "handover": _handover})
# the dialogs that are not a form with one save (a sign-in, a parts list, read-only, many forms)
NOT_FORMS = {"server_login", "info_box_editor", "acute", "evaluation"}
FORMS.update({k: v[0] for k, v in DIALOGS.items() if k not in NOT_FORMS})  # type: ignore[misc]


def _in(layout: QLayout, widget: QWidget) -> bool:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.widget() if item is not None else None
        if inner is not None and (inner is widget or inner.isAncestorOf(widget)):
            return True
        sub = item.layout() if item is not None else None
        if sub is not None and _in(sub, widget):
            return True
    return False


def _row_label(dialog: QWidget, widget: QWidget) -> str:
    """The label of the form row the widget is in (found by the layout, not the buddy)."""
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if field is None or not isinstance(label, QLabel):
                continue
            inner = field.widget()
            sub = field.layout()
            if (
                inner is widget
                or (inner is not None and inner.isAncestorOf(widget))
                or (sub is not None and _in(sub, widget))
            ):
                return str(label.text())
    return ""


def _on_screen(dialog: QWidget, widget: QWidget) -> str:
    text = _row_label(dialog, widget)
    if not text:  # a label above its field, outside a form row
        text = next((lb.text() for lb in dialog.findChildren(QLabel) if lb.buddy() is widget), "")
    if not text and isinstance(widget, QAbstractButton):
        text = widget.text()
    if not text and isinstance(widget, QGroupBox):
        text = widget.title()
    return re.split(r"\s*[(:]", text.replace("&", ""), maxsplit=1)[0].strip()


def _has_focus(widget: QWidget) -> bool:
    now = QApplication.focusWidget()
    return now is not None and (now is widget or widget.isAncestorOf(now))


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_refusal_names_the_field_it_focuses_by_its_words_on_screen(
    qtbot: QtBot, ui_uow: UowFactory, name: str, language: str
) -> None:
    dialog = FORMS[name](ui_uow)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, FormDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.fields
    named = 0
    for field, widget in dialog.fields.items():
        shown = _on_screen(dialog, widget)
        dialog.show_error(ValidationError(field, ValidationCode.TOO_LONG))
        text = dialog.error_label.text()
        if shown:
            assert f"«{shown}» er for lang" in text, (field, shown)
            named += 1
        else:  # no name of its own on screen (a date beside its check box)
            assert "«" not in text and "_" not in text, (field, text)
        if widget.isVisible() and widget.isEnabled():  # (a field shown only when needed)
            qtbot.waitUntil(partial(_has_focus, widget), timeout=10_000)
    assert named >= len(dialog.fields) - 1


def test_no_service_ticked_names_the_box_as_it_reads(qtbot: QtBot, ui_uow: UowFactory) -> None:
    """The consent's services box reads «Tjenester samtykket gjelder (…)»; a save with
    none ticked says «Tjenester samtykket gjelder», not «Tjenestene …»."""
    dialog = MAKERS["consent"](ui_uow)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for box in dialog.service_boxes.values():  # type: ignore[attr-defined]
        box.setChecked(False)
    dialog.recorder_edit.setText("Hanne Eksempel")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    text = dialog.error_label.text()
    assert "«Tjenester samtykket gjelder»" in text, text
    first = next(iter(dialog.service_boxes.values()))  # type: ignore[attr-defined]
    qtbot.waitUntil(first.hasFocus, timeout=10_000)
