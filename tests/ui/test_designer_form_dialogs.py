"""The consent, referral, anonymous-case, withdrawal, «Meg» and new-person dialogs are
Designer forms (forms/*.ui) on the one FormDialog base: every label's Alt key reaches
its own row's field, every field has a name, Tab walks down the form (the check boxes
built from data included), and a refused save puts the focus in the field the error
is about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QFormLayout, QLabel, QLayout, QWidget
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import cases, demo
from familiemote.services import consent as consent_service
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.anonymous_dialog import AnonymousCaseDialog, NameCaseDialog
from familiemote.ui.case_editor import NewPersonDialog
from familiemote.ui.consent_dialog import ChildViewDialog, ConsentDialog
from familiemote.ui.consent_settings_dialog import ConsentSettingsDialog
from familiemote.ui.forms_base import FormDialog, qdate
from familiemote.ui.me_dialog import MeDialog
from familiemote.ui.new_case_dialog import NewCaseDialog
from familiemote.ui.phase_dialog import PhaseDialog, PhaseMode
from familiemote.ui.referral_dialog import ReferralDialog
from familiemote.ui.withdraw_dialog import WithdrawDialog
from tests.ui.conftest import TODAY

Uow = Callable[[], SqlAlchemyUnitOfWork]


def _demo(ui_uow: Uow) -> cases.CaseDetail:
    return cases.get_case(ui_uow(), demo.create_demo_case(ui_uow(), TODAY).case_id)


def _anonymous(ui_uow: Uow) -> cases.CaseDetail:
    case_id = consent_service.create_anonymous_case(
        ui_uow(),
        consent_service.NewAnonymousCase(
            child_birth_year=2016,
            concern_summary="Mye fravær",
            concern_by_family=True,
            concern_service_id=None,
            initiating_service_id=None,
            coordinator_id=None,
        ),
        TODAY,
    )
    return cases.get_case(ui_uow(), case_id)


def _consent(ui_uow: Uow) -> ConsentDialog:
    settings = consent_service.get_age_settings(ui_uow())
    return ConsentDialog(ui_uow, _demo(ui_uow), TODAY, settings)


def _child_view(ui_uow: Uow) -> ChildViewDialog:
    settings = consent_service.get_age_settings(ui_uow())
    return ChildViewDialog(ui_uow, _demo(ui_uow), TODAY, settings)


def _referral(ui_uow: Uow) -> ReferralDialog:
    return ReferralDialog(ui_uow, _demo(ui_uow), TODAY)


def _withdraw(ui_uow: Uow) -> WithdrawDialog:
    return WithdrawDialog(ui_uow, _demo(ui_uow), TODAY)


def _anonymous_case(ui_uow: Uow) -> AnonymousCaseDialog:
    return AnonymousCaseDialog(ui_uow, today=TODAY)


def _name_case(ui_uow: Uow) -> NameCaseDialog:
    return NameCaseDialog(ui_uow, _anonymous(ui_uow), TODAY)


def _me(ui_uow: Uow) -> MeDialog:
    return MeDialog(ui_uow)


def _new_person(ui_uow: Uow) -> NewPersonDialog:
    return NewPersonDialog(ui_uow)


def _new_case(ui_uow: Uow) -> NewCaseDialog:
    return NewCaseDialog(ui_uow, today=TODAY)


def _phase(ui_uow: Uow) -> PhaseDialog:
    return PhaseDialog(ui_uow, _demo(ui_uow), TODAY, PhaseMode.MOVE)


MAKERS = {
    "consent": _consent,
    "child_view": _child_view,
    "referral": _referral,
    "withdraw": _withdraw,
    "anonymous_case": _anonymous_case,
    "name_case": _name_case,
    "me": _me,
    "new_person": _new_person,
    "new_case": _new_case,
    "phase": _phase,
}


def _widgets_of(layout: QLayout) -> list[QWidget]:
    """The widgets in ``layout`` and the layouts inside it."""
    out: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget = item.widget() if item is not None else None
        inner = item.layout() if item is not None else None
        if widget is not None:
            out.append(widget)
        elif inner is not None:
            out.extend(_widgets_of(inner))
    return out


@pytest.mark.parametrize("make", MAKERS.values(), ids=MAKERS.keys())
def test_every_label_of_the_form_reaches_its_own_named_field(
    qtbot: QtBot, ui_uow: Uow, make: Callable[[Uow], FormDialog]
) -> None:
    dialog = make(ui_uow)
    qtbot.addWidget(dialog)
    assert dialog.form is dialog.ui.formLayout  # type: ignore[attr-defined]  # the Designer rows
    form = dialog.form
    labelled = 0
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        lbl = item.widget() if item is not None else None
        if not isinstance(lbl, QLabel):
            continue
        assert "&" in lbl.text(), lbl.text()  # every row label is a mnemonic
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        assert field is not None, lbl.text()
        row_layout = field.layout()
        own = _widgets_of(row_layout) if row_layout is not None else [field.widget()]
        buddy = lbl.buddy()
        assert buddy is not None and buddy in own, lbl.text()
        assert buddy.accessibleName(), lbl.text()
        labelled += 1
    assert labelled >= 2
    for name, widget in dialog.fields.items():
        assert widget.window() is dialog, name  # the registered field is the one on screen
    assert not hasattr(dialog, "field_widgets")  # one map of fields: self.fields


def _future(edit: QDateEdit) -> None:
    edit.setDate(qdate(TODAY + dt.timedelta(days=10)))


def _no_recorder(dialog: Any) -> None:
    dialog.recorder_edit.clear()


def _nothing(dialog: Any) -> None:
    """Nothing filled in where the dialog needs it."""


def _withdrawn_in_the_future(dialog: Any) -> None:
    _future(dialog.date_edit)


def _concern_too_long(dialog: Any) -> None:
    dialog.concern_edit.setPlainText("x" * 20_001)


def _sent_in_the_future(dialog: Any) -> None:
    dialog.sent_check.setChecked(True)
    _future(dialog.sent_date)


def _no_name(dialog: Any) -> None:
    dialog.name_edit.clear()


def _not_an_email(dialog: Any) -> None:
    dialog.name.setText("Ola Test")
    dialog.email.setText("ikke en e-post")


Refusal = tuple[Callable[[Uow], FormDialog], str, Callable[[Any], None], str]

# (dialog, the field focused first, what makes the save refused, the field it is about)
REFUSALS: dict[str, Refusal] = {
    "consent": (_consent, "giver_combo", _no_recorder, "recorder_edit"),
    "child_view": (_child_view, "recorder_edit", _nothing, "text_edit"),
    "withdraw": (_withdraw, "consent_combo", _withdrawn_in_the_future, "date_edit"),
    "anonymous_case": (_anonymous_case, "year_spin", _concern_too_long, "concern_edit"),
    "name_case": (_name_case, "birth_edit", _nothing, "name_edit"),
    "referral": (_referral, "target_combo", _sent_in_the_future, "sent_date"),
    "me": (_me, "title_edit", _no_name, "name_edit"),
    "new_person": (_new_person, "name", _not_an_email, "email"),
}


@pytest.mark.parametrize("case", REFUSALS.values(), ids=REFUSALS.keys())
def test_a_refused_save_focuses_the_field_it_is_about(
    qtbot: QtBot,
    ui_uow: Uow,
    case: Refusal,
) -> None:
    make, first, spoil, about = case
    dialog = make(ui_uow)
    qtbot.addWidget(dialog)
    spoil(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    getattr(dialog, first).setFocus()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.error_label.isHidden()
    assert "Ikke lagret" in dialog.error_label.text()
    field = getattr(dialog, about)
    qtbot.waitUntil(field.hasFocus, timeout=20000)
    assert field.accessibleDescription()  # a screen reader says the field, then the error


def _tab_walk(qtbot: QtBot, dialog: FormDialog, first: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``first`` up to the save button (a date field's
    own Tab stops, from day to month to year, counted once)."""
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=20000)
    seen = [first]
    for _press in range(80):
        if seen[-1] is dialog.save_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is not None and now is not seen[-1]:
            seen.append(now)
    return seen


def test_tab_goes_down_the_consent_form_through_the_check_boxes(qtbot: QtBot, ui_uow: Uow) -> None:
    dialog = _consent(ui_uow)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    walk = _tab_walk(qtbot, dialog, dialog.giver_combo)
    assert walk == [
        dialog.giver_combo,
        *dialog.service_boxes.values(),
        *dialog.purpose_boxes.values(),
        dialog.form_combo,
        dialog.given_edit,
        dialog.has_end_box,
        dialog.until_edit,
        dialog.recorder_edit,
        dialog.save_button,
    ]


def test_tab_goes_down_the_referral_form_through_the_checklist(qtbot: QtBot, ui_uow: Uow) -> None:
    dialog = _referral(ui_uow)
    qtbot.addWidget(dialog)
    dialog.sent_check.setChecked(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    walk = _tab_walk(qtbot, dialog, dialog.target_combo)
    moving = [dialog.move_check] if not dialog.move_check.isHidden() else []
    assert walk == [
        dialog.target_combo,
        *dialog.checks.values(),
        dialog.notes_edit,
        dialog.by_edit,
        dialog.sent_check,
        dialog.sent_date,
        *moving,
        dialog.save_button,
    ]


def test_a_referral_whose_documentation_has_no_consent_stays_open_on_item_5(
    qtbot: QtBot, ui_uow: Uow, monkeypatch: pytest.MonkeyPatch
) -> None:
    family = (cases.NewFamilyMember("Kari Dahl", m.Relation.MOTHER, True),)
    case_id = cases.create_case(ui_uow(), cases.NewCase("Ida", 2016, family=family), TODAY)
    dialog = ReferralDialog(ui_uow, cases.get_case(ui_uow(), case_id), TODAY)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "_offer_consent", lambda: False)  # the offer is declined
    item_5 = dialog.checks[m.ChecklistItem.DOCUMENTATION_WITH_CONSENT]
    item_5.setChecked(True)
    dialog.by_edit.setText("Fastlege Test")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.target_combo.setFocus()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(item_5.hasFocus, timeout=20000)
    assert dialog.isVisible() and "samtykke" in dialog.error_label.text().lower()
    assert not cases.get_case(ui_uow(), case_id).case.referrals


def test_ages_out_of_order_focus_the_age_the_error_is_about(qtbot: QtBot, ui_uow: Uow) -> None:
    """The age settings dialog is built in code; its refusal focuses its field too."""
    dialog = ConsentSettingsDialog(ui_uow)
    qtbot.addWidget(dialog)
    dialog.co_spin.setValue(17)  # after «alene fra 16»: out of order
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.heard_spin.setFocus()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "rekkefølge" in dialog.error_label.text()
    qtbot.waitUntil(dialog.co_spin.hasFocus, timeout=20000)
