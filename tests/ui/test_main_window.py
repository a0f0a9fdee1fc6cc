"""The main window driven the way a facilitator uses it, on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from familiemote.services import cases, demo
from familiemote.ui.case_list import CaseListModel
from familiemote.ui.main_window import KEY_LAST_CASE
from familiemote.ui.new_case_dialog import NewCaseDialog
from tests.support.case_tabs import build_all_tabs
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.support.modal import when_shown
from tests.ui.conftest import TODAY


def texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_empty_database_shows_the_empty_state(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.pages.currentWidget() is window.empty_state
    assert window.empty_state.new_button.text().replace("&", "") == "Ny sak"
    assert window.empty_state.demo_button.text().replace("&", "") == "Åpne eksempelsak"
    assert "Ingen saker ennå" in texts(window.empty_state)


def test_open_example_case_from_the_empty_state(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.case_opened, timeout=30000) as blocker:
        qtbot.mouseClick(window.empty_state.demo_button, Qt.MouseButton.LeftButton)
    case_id = blocker.args[0]
    assert window.pages.currentWidget() is window.splitter
    assert window.right.currentWidget() is window.case_view
    assert window.case_view.title_label.text() == "Sofie, 9 år (fiktiv eksempelsak)"
    assert "Fase 2 av 5: Vurdering og henvisning" in window.case_view.phase_label.text()
    build_all_tabs(window.case_view)  # the tabs not on screen are built when shown
    shown = texts(window.case_view)
    assert "Møter (2)" in shown
    assert "Hanne Eksempel" in shown
    assert cases.count_cases(ui_uow()) == 1
    assert window.case_model.rowCount() == 1
    assert window.case_model.data(window.case_model.index(0, 0)) == "Sofie (eksempel)"
    # a second click opens the same case, it does not add another
    qtbot.mouseClick(window.empty_state.demo_button, Qt.MouseButton.LeftButton)
    window.open_demo_case()
    assert cases.count_cases(ui_uow()) == 1
    assert window.current_case_id == case_id


def test_search_filters_the_list(qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory) -> None:
    demo.create_demo_case(ui_uow(), TODAY)
    cases.create_case(ui_uow(), cases.NewCase("Åsmund", 2015), TODAY)
    window = make_window()
    assert window.case_model.rowCount() == 2
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, "NORDM")
    qtbot.waitUntil(lambda: window.case_model.rowCount() == 1, timeout=30000)
    assert window.case_model.case_at(0).child_first_name == "Sofie"  # type: ignore[union-attr]
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "åSM")
    qtbot.waitUntil(
        lambda: [window.case_model.case_at(i).child_first_name  # type: ignore[union-attr]
                 for i in range(window.case_model.rowCount())] == ["Åsmund"],
        timeout=30000,
    )
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "finnes ikke")
    qtbot.waitUntil(lambda: window.case_model.rowCount() == 0, timeout=30000)
    assert window.no_match_label.isVisible()
    assert window.pages.currentWidget() is window.splitter  # not the empty state


def test_arrow_keys_open_cases(qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory) -> None:
    first = cases.create_case(ui_uow(), cases.NewCase("Ida", 2015), TODAY)
    second = cases.create_case(ui_uow(), cases.NewCase("Emil", 2014), TODAY)
    window = make_window()
    window.case_table.setFocus()
    window.select_case(second)
    assert window.case_view.title_label.text() == "Emil, 12 år"
    qtbot.keyClick(window.case_table, Qt.Key.Key_Down)
    assert window.current_case_id == first
    assert window.case_view.title_label.text() == "Ida, 11 år"


def fill_new_case_dialog(qtbot: QtBot, dialog: NewCaseDialog) -> None:
    """Type into the dialog using the keyboard only, field after field with Tab."""
    qtbot.keyClicks(dialog.ui.childNameEdit, "Maja")
    qtbot.keyClick(dialog.ui.childNameEdit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.birthYearSpin
    qtbot.keyClick(dialog.ui.birthYearSpin, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.birthDateEdit
    qtbot.keyClicks(dialog.ui.birthDateEdit, "03.04.2018")
    dialog.ui.concernEdit.setFocus()
    qtbot.keyClicks(dialog.ui.concernEdit, "Barnehagen ser at Maja er mye alene.")
    qtbot.keyClick(dialog.ui.concernEdit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.guardian1NameEdit
    qtbot.keyClicks(dialog.ui.guardian1NameEdit, "Åse Hansen")


def test_new_case_with_the_keyboard(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    window = make_window()

    def drive(dialog: NewCaseDialog) -> None:
        fill_new_case_dialog(qtbot, dialog)
        barnehage = dialog.ui.concernByCombo.findText("Barnehage")
        dialog.ui.concernByCombo.setCurrentIndex(barnehage)
        qtbot.keyClick(dialog.ui.guardian1NameEdit, Qt.Key.Key_Return)

    shown = when_shown(NewCaseDialog, drive, close_after=True)
    window.new_action.trigger()
    assert len(shown) == 1
    rows = cases.list_cases(ui_uow())
    assert [r.child_first_name for r in rows] == ["Maja"]
    detail = cases.get_case(ui_uow(), rows[0].id)
    assert detail.case.child_birth_date is not None
    assert detail.case.child_birth_date.isoformat() == "2018-04-03"
    assert detail.service_name(detail.case.concern_service_id) == "Barnehage"
    assert [f.name for f in detail.case.guardians] == ["Åse Hansen"]
    assert window.current_case_id == rows[0].id
    assert window.case_view.title_label.text() == "Maja, 8 år"


def test_new_case_refuses_bad_input_at_the_field_and_stores_nothing(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    dialog = NewCaseDialog(ui_uow, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.save_button
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert "«Barnets fornavn» må fylles ut." in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.ui.childNameEdit
    qtbot.keyClicks(dialog.ui.childNameEdit, "Maja")
    qtbot.keyClicks(dialog.ui.birthDateEdit, "31.02.2018")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "dd.mm.åååå" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.ui.birthDateEdit
    dialog.ui.birthDateEdit.setText("01.01.2030")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "kan ikke være fram i tid" in dialog.error_label.text()
    assert dialog.result() == 0 and dialog.case_id is None
    assert cases.count_cases(ui_uow()) == 0


def test_window_geometry_and_last_case_are_remembered(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory, settings_path: Path
) -> None:
    cases.create_case(ui_uow(), cases.NewCase("Ida", 2015), TODAY)
    second = cases.create_case(ui_uow(), cases.NewCase("Emil", 2014), TODAY)
    window = make_window()
    window.select_case(second)
    window.resize(700, 520)  # the offscreen screen is 800x600
    window.close()
    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert int(stored.value(KEY_LAST_CASE)) == second
    assert isinstance(stored.value("mainWindow/geometry"), QByteArray)

    again = make_window()
    # the last case opens right after the first paint, not before the window shows
    assert again.current_case_id is None
    qtbot.waitUntil(lambda: again.current_case_id == second)
    assert again.case_view.title_label.text() == "Emil, 12 år"
    assert (again.width(), again.height()) == (700, 520)


def test_last_case_that_no_longer_exists_is_ignored(
    make_window: MakeWindow, ui_uow: UowFactory, settings_path: Path
) -> None:
    QSettings(str(settings_path), QSettings.Format.IniFormat).setValue(KEY_LAST_CASE, 4242)
    cases.create_case(ui_uow(), cases.NewCase("Ida", 2015), TODAY)
    window = make_window()
    assert window.current_case_id is None
    assert window.right.currentWidget() is window.no_case_label


def test_case_list_model_contract(qtmodeltester: ModelTester, ui_uow: UowFactory) -> None:
    demo.create_demo_case(ui_uow(), TODAY)
    cases.create_case(ui_uow(), cases.NewCase("Åsmund", 2015), TODAY)
    model = CaseListModel(today=TODAY)
    model.set_rows(cases.list_cases(ui_uow()))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Barn", "Alder", "Fase", "Kontaktperson", "Siste møte"]
