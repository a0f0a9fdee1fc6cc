"""The consent tab and its dialogs, driven the way a facilitator uses them."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidget
from pytestqt.qtbot import QtBot

from familiemote.domain import consent as rules
from familiemote.domain import model as m
from familiemote.services import cases, demo
from familiemote.services import consent as svc
from familiemote.storage import orm
from familiemote.ui.anonymous_dialog import AnonymousCaseDialog, NameCaseDialog
from familiemote.ui.consent_dialog import ChildViewDialog, ConsentDialog
from familiemote.ui.consent_settings_dialog import ConsentSettingsDialog
from familiemote.ui.main_window import MainWindow
from familiemote.ui.panels.consent import ConsentPanel
from familiemote.ui.withdraw_dialog import WithdrawDialog
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.support.modal import when_shown
from tests.ui.conftest import TODAY

SHARE = m.ConsentPurpose.SHARE_BETWEEN_SERVICES


def table_rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def service_ids(ui_uow: UowFactory) -> dict[m.ServiceKind, int]:
    with ui_uow() as uow:
        return {s.kind: s.id for s in uow.directory.services()}


def open_consent_tab(window: MainWindow, case_id: int) -> ConsentPanel:
    window.select_case(case_id)
    panel = window.case_view.consent_panel
    window.case_view.tabs.setCurrentWidget(panel)
    return panel


def test_demo_case_shows_who_covers_which_service_in_words(
    make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    panel = open_consent_tab(window, case_id)
    rows = {r[0]: r for r in table_rows(panel.coverage_table)}
    school = rows["Skole"]
    assert school[1] == "✖ Nei – mangler samtykke fra Ola Nordmann"
    assert school[2] == "Kari Nordmann"
    bup = next(r for name, r in rows.items() if "BUP" in name)
    assert bup[1] == "✔ Ja"
    assert bup[2] == "Kari Nordmann og Ola Nordmann"
    assert bup[3] == "30.08.2027"  # opened 84 days ago, valid a year
    assert "Barnets syn skal høres (fra 7 år)" in panel.who_label.text()
    assert panel.attachments_label.text().startswith("✔ Punkt 5")


def test_withdrawal_in_the_app_changes_what_may_be_shared(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    bup = service_ids(ui_uow)[m.ServiceKind.BUP]
    assert rules.may_receive(cases.get_case(ui_uow(), case_id).case, bup, TODAY)
    window = make_window()
    panel = open_consent_tab(window, case_id)

    def withdraw(dialog: WithdrawDialog) -> None:  # type: ignore[type-arg]
        qtbot.keyClicks(dialog.consent_combo, "Ola")
        assert dialog.consent_combo.currentText().startswith("Ola Nordmann")
        dialog.scope_combo.setFocus()
        qtbot.keyClicks(dialog.scope_combo, "Barne")
        assert "BUP" in dialog.scope_combo.currentText()
        qtbot.keyClicks(dialog.channel_combo, "Telefon")
        qtbot.keyClicks(dialog.note_edit, "far ringte helsesykepleier")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    seen = when_shown(WithdrawDialog, withdraw, close_after=True)
    with qtbot.waitSignal(window.case_opened, timeout=30000):
        qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted

    case = cases.get_case(ui_uow(), case_id).case
    assert not rules.may_receive(case, bup, TODAY)
    assert rules.may_receive(case, bup, TODAY - dt.timedelta(days=1))
    assert bup not in rules.services_covered(case, SHARE, TODAY)
    assert bup in rules.coverage_on(case, TODAY - dt.timedelta(days=1))[SHARE]
    scope = next(s for s in case.consents[1].scopes if s.service_id == bup)
    assert scope.withdrawal_note == "Telefon: far ringte helsesykepleier"
    assert case.consents[1].withdrawn_on is None  # only the one service
    panel = window.case_view.consent_panel
    rows = {r[0]: r for r in table_rows(panel.coverage_table)}
    bup_row = next(r for name, r in rows.items() if "BUP" in name)
    assert bup_row[1] == "✖ Nei – trukket tilbake 22.11.2026"
    assert panel.attachments_label.text().startswith("✖ Punkt 5")


def test_record_a_consent_for_the_services_ticked(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    ids = service_ids(ui_uow)
    case_id = cases.create_case(
        ui_uow(),
        cases.NewCase(
            "Ida",
            2016,
            initiating_service_id=ids[m.ServiceKind.HELSESTASJON],
            family=(cases.NewFamilyMember("Nina Hansen", m.Relation.MOTHER, True),),
        ),
        TODAY,
    )
    window = make_window()
    panel = open_consent_tab(window, case_id)

    def record(dialog: ConsentDialog) -> None:  # type: ignore[type-arg]
        assert dialog.service_boxes[ids[m.ServiceKind.HELSESTASJON]].isChecked()
        dialog.service_boxes[ids[m.ServiceKind.PPT]].setFocus()
        qtbot.keyClick(dialog.service_boxes[ids[m.ServiceKind.PPT]], Qt.Key.Key_Space)
        box = dialog.purpose_boxes[m.ConsentPurpose.REFERRAL_ATTACHMENTS]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # not for attachments
        dialog.recorder_edit.clear()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert "«Registrert av» må fylles ut" in dialog.error_label.text()
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.recorder_edit, "Hanne Eksempel")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_shown(ConsentDialog, record, close_after=True)
    with qtbot.waitSignal(window.case_opened, timeout=30000):
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    case = cases.get_case(ui_uow(), case_id).case
    assert len(case.consents) == 1
    c = case.consents[0]
    assert {s.service_id for s in c.scopes} == {
        ids[m.ServiceKind.HELSESTASJON],
        ids[m.ServiceKind.PPT],
    }
    assert m.ConsentPurpose.REFERRAL_ATTACHMENTS not in c.purposes
    assert (c.given_on, c.valid_until, c.recorded_by) == (
        TODAY,
        dt.date(2027, 11, 22),
        "Hanne Eksempel",
    )
    assert rules.may_receive(case, ids[m.ServiceKind.PPT], TODAY)
    assert not rules.may_receive(case, ids[m.ServiceKind.SKOLE], TODAY)
    assert not rules.may_attach_documentation(case, TODAY)


def test_child_view_is_recorded_from_the_tab(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    case_id = cases.create_case(ui_uow(), cases.NewCase("Ida", 2016), TODAY)
    window = make_window()
    panel = open_consent_tab(window, case_id)
    assert "skal høres" in panel.child_view_missing_label.text()

    def hear(dialog: ChildViewDialog) -> None:  # type: ignore[type-arg]
        qtbot.keyClicks(dialog.text_edit, "Vil ha hjelp i friminuttene")
        qtbot.keyClicks(dialog.recorder_edit, "Hanne")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_shown(ChildViewDialog, hear, close_after=True)
    with qtbot.waitSignal(window.case_opened, timeout=30000):
        qtbot.mouseClick(panel.child_view_button, Qt.MouseButton.LeftButton)
    views = cases.get_case(ui_uow(), case_id).case.child_views
    assert [(v.text, v.recorded_on, v.recorded_by) for v in views] == [
        ("Vil ha hjelp i friminuttene", TODAY, "Hanne")
    ]


def test_age_settings_dialog_stores_and_refuses_bad_order(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    window = make_window()

    def change(dialog: ConsentSettingsDialog) -> None:  # type: ignore[type-arg]
        dialog.co_spin.setFocus()
        dialog.co_spin.selectAll()
        qtbot.keyClicks(dialog.co_spin, "17")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert "rekkefølge" in dialog.error_label.text()  # 17 > 16: refused, nothing stored
        assert svc.get_age_settings(ui_uow()) == rules.AgeSettings()
        dialog.alone_spin.setFocus()
        dialog.alone_spin.selectAll()
        qtbot.keyClicks(dialog.alone_spin, "18")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_shown(ConsentSettingsDialog, change, close_after=True)
    window.consent_ages_action.trigger()
    assert svc.get_age_settings(ui_uow()) == rules.AgeSettings(7, 17, 18)


def test_anonymous_consultation_from_the_menu_then_named(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    cases.create_case(ui_uow(), cases.NewCase("Ida", 2016), TODAY)
    window = make_window()

    def start(dialog: AnonymousCaseDialog) -> None:  # type: ignore[type-arg]
        dialog.year_spin.selectAll()
        qtbot.keyClicks(dialog.year_spin, "2016")
        qtbot.keyClicks(dialog.concern_edit, "Jente i 4. klasse, mye fravær")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_shown(AnonymousCaseDialog, start, close_after=True)
    with qtbot.waitSignal(window.case_opened, timeout=30000) as opened:
        window.anonymous_action.trigger()
    case_id = opened.args[0]
    assert window.case_view.title_label.text() == "Anonym drøfting, 10 år"
    labels = [window.case_model.data(window.case_model.index(r, 0)) for r in range(2)]
    assert "Anonym drøfting" in labels
    with ui_uow() as uow:
        row = uow.sql.execute(sa.select(orm.cases).where(orm.cases.c.id == case_id)).one()
        members = uow.sql.execute(
            sa.select(orm.family_members).where(orm.family_members.c.case_id == case_id)
        ).all()
    assert (row.child_first_name, row.anonymous, members) == ("", True, [])

    panel = open_consent_tab(window, case_id)
    assert not panel.record_button.isEnabled()  # nobody to consent yet

    def name(dialog: NameCaseDialog) -> None:  # type: ignore[type-arg]
        qtbot.keyClicks(dialog.name_edit, "Emma")
        qtbot.keyClicks(dialog.guardians[0][0], "Nina Hansen")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_shown(NameCaseDialog, name, close_after=True)
    with qtbot.waitSignal(window.case_opened, timeout=30000):
        qtbot.mouseClick(panel.name_case_button, Qt.MouseButton.LeftButton)
    case = cases.get_case(ui_uow(), case_id).case
    assert (case.anonymous, case.child_first_name) == (False, "Emma")
    assert [g.name for g in case.guardians] == ["Nina Hansen"]
    assert window.case_view.title_label.text() == "Emma, 10 år"
    assert window.case_view.consent_panel.record_button.isEnabled()
