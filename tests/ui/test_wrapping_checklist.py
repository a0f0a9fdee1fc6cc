"""Long check box texts wrap instead of needing a sideways scroll bar (the referral's
checklist at 150 % text on a 1280x720 screen), and stay check boxes for the keyboard,
the Alt keys and a screen reader; «Ny sak» and the phase dialog are FormDialogs whose
refusals focus their field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from familiemote.services import cases, demo
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.forms_base import FormDialog
from familiemote.ui.new_case_dialog import NewCaseDialog
from familiemote.ui.phase_dialog import PhaseDialog, PhaseMode
from familiemote.ui.referral_dialog import ReferralDialog
from familiemote.ui.widgets import WrappingCheckBox
from tests.ui.conftest import TODAY

Uow = Callable[[], SqlAlchemyUnitOfWork]


def _referral_at_150(qtbot: QtBot, ui_uow: Uow) -> ReferralDialog:
    detail = cases.get_case(ui_uow(), demo.create_demo_case(ui_uow(), TODAY).case_id)
    dialog = ReferralDialog(ui_uow, detail, TODAY)
    qtbot.addWidget(dialog)
    font = QFont(dialog.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    dialog.setFont(font)
    dialog.resize(880, 700)  # what the dialog gets over a 1280x720 window at 150 %
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_referral_checklist_wraps_at_150_percent_without_a_sideways_scroll_bar(
    qtbot: QtBot, ui_uow: Uow
) -> None:
    dialog = _referral_at_150(qtbot, ui_uow)
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    rows = scroll.widget()
    qtbot.waitUntil(lambda: rows.width() <= scroll.viewport().width(), timeout=30000)
    assert not scroll.horizontalScrollBar().isVisible()
    item2 = list(dialog.checks.values())[1]
    assert isinstance(item2, WrappingCheckBox)
    line = item2.fontMetrics().height()
    assert item2.text_label.height() >= 2 * line  # its text is on two lines, all of it seen
    for check in dialog.checks.values():
        right = check.mapTo(rows, QPoint(check.width(), 0)).x()
        assert right <= scroll.viewport().width(), check.text()


def test_a_wrapped_item_is_still_a_check_box_to_click_to_tab_to_and_to_name(
    qtbot: QtBot, ui_uow: Uow
) -> None:
    dialog = _referral_at_150(qtbot, ui_uow)
    item4 = list(dialog.checks.values())[3]
    assert item4.text().startswith("&4. ")  # its Alt key and its accessible name
    assert "<u>4</u>" in item4.text_label.text()  # the Alt key's letter is shown
    before = item4.isChecked()
    second_line = QPoint(item4.width() // 3, item4.height() - 4)
    qtbot.mouseClick(item4, Qt.MouseButton.LeftButton, pos=second_line)
    assert item4.isChecked() is not before  # a click on the wrapped text ticks the box
    item4.setFocus()
    qtbot.waitUntil(item4.hasFocus, timeout=30000)
    qtbot.keyClick(item4, Qt.Key.Key_Space)
    assert item4.isChecked() is before
    qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    item3 = list(dialog.checks.values())[2]
    assert item3.hasFocus()


def test_new_case_is_a_form_dialog_and_a_refusal_focuses_its_field(
    qtbot: QtBot, ui_uow: Uow
) -> None:
    dialog = NewCaseDialog(ui_uow, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, FormDialog) and dialog.form is dialog.ui.formLayout
    assert dialog.save_button.isDefault()
    dialog.ui.childNameEdit.setText("Maja")
    dialog.ui.concernEdit.setPlainText("x" * 20_001)
    dialog.ui.childNameEdit.setFocus()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert dialog.focusWidget() is dialog.ui.concernEdit
    assert dialog.ui.concernEdit.accessibleDescription() in dialog.error_label.text()
    dialog.ui.concernEdit.setPlainText("Mye fravær")
    dialog.ui.birthDateEdit.setText(f"01.01.{dt.date.today().year + 1}")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is dialog.ui.birthDateEdit
    assert dialog.case_id is None and cases.count_cases(ui_uow()) == 0


def test_closing_without_a_reason_is_refused_at_the_reason(qtbot: QtBot, ui_uow: Uow) -> None:
    detail = cases.get_case(ui_uow(), demo.create_demo_case(ui_uow(), TODAY).case_id)
    dialog = PhaseDialog(ui_uow, detail, TODAY, PhaseMode.CLOSE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, FormDialog) and dialog.form is dialog.ui.formLayout
    assert not dialog.phase_combo.isVisible()  # closing has no new phase
    assert dialog.focusWidget() is dialog.reason_edit
    dialog.by_edit.setFocus()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert dialog.focusWidget() is dialog.reason_edit
    assert dialog.result() == 0
    assert cases.get_case(ui_uow(), detail.case.id or 0).case.status == detail.case.status
    qtbot.keyClicks(dialog.reason_edit, "Tiltakene i kommunen er nok.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    assert cases.get_case(ui_uow(), detail.case.id or 0).case.status != detail.case.status
