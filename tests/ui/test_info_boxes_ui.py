"""The information boxes in the main window, their editor, and Akutt (F12) from the main
window, the meeting guide and the lock screen (which shows no case data)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from familiemote.services import cases, demo
from familiemote.services import info_boxes as ib
from familiemote.ui import acute
from familiemote.ui.info_boxes_editor import InfoBoxEditor
from familiemote.ui.lock import LockController
from familiemote.ui.meeting_guide import MeetingGuideDialog
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.support.identifiers import internal_names
from tests.ui.conftest import TODAY

WAIT = 10000  # only catches a hang


def _acute_dialog() -> acute.AcuteDialog | None:
    return next((d for d in acute._open if d.isVisible()), None)


def _close_acute(qtbot: QtBot) -> None:
    dialog = _acute_dialog()
    if dialog is not None:
        dialog.close_button.click()
    qtbot.waitUntil(lambda: _acute_dialog() is None, timeout=WAIT)


def test_the_boxes_are_shown_beside_the_case_and_searched_with_the_help(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    demo.create_demo_case(ui_uow(), TODAY)
    window = make_window()
    panel = window.info_boxes
    window.info_boxes.open_action.trigger()
    qtbot.waitUntil(lambda: panel.dock.isVisible(), timeout=WAIT)
    assert window.dockWidgetArea(panel.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    titles = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert len(titles) == 10 and "Samhandling i akutte saker" in titles
    panel.select_box("veiledere")
    shown = panel.reader.toPlainText()
    assert "Lovdata: https://lovdata.no" in shown  # a link as text to copy
    assert "Standardtekst" in shown  # a default is marked
    panel.copy_button.click()
    assert "https://lovdata.no" in QApplication.clipboard().text()
    panel.select_box("tjenester")  # the local contact comes from the directory
    assert "Lokal kontakt" in panel.reader.toPlainText()
    qtbot.keyClicks(panel.search_edit, "epikrise")
    hits = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert "Informasjonsboks: Om samhandlingsforløpet" in hits
    assert any(h.startswith("Hjelp") for h in hits)
    assert "treff for «epikrise»" in panel.hits_label.text()
    help_row = next(i for i, h in enumerate(hits) if h.startswith("Hjelp"))
    panel.list.setCurrentRow(help_row)
    assert "Hva rapporten fant:" in panel.reader.toPlainText()
    for widget in (panel.search_edit, panel.list, panel.reader, panel.edit_button):
        assert widget.accessibleName() or widget.text()  # type: ignore[attr-defined]
    assert internal_names(panel.reader.toPlainText()) == []


def test_the_editor_fills_in_the_acute_numbers_and_the_warning_goes(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    demo.create_demo_case(ui_uow(), TODAY)
    window = make_window()
    warning = window.info_boxes.warning
    qtbot.waitUntil(lambda: warning.isVisible(), timeout=WAIT)
    assert "Legevakt" in warning.label.text() and "Politiet" in warning.label.text()
    shown = ib.get_box(ui_uow(), ib.ACUTE_KEY, "nb")
    editor = InfoBoxEditor(ui_uow, shown, "nb", window)
    qtbot.addWidget(editor)
    editor.show()
    numbers = iter(["116 117", "700 00 100", "900 00 200", "02800"])
    for row, block in enumerate(list(editor.blocks)):
        if block.kind == "phone":
            editor.block_list.setCurrentRow(row)
            assert editor.value_edit.accessibleName() == "Telefonnummer"
            qtbot.keyClicks(editor.value_edit, next(numbers))
    editor.add_buttons["paragraph"].click()  # a new part, written without HTML
    qtbot.keyClicks(editor.text_edit, "Nøkkelen til møterommet <b>henger</b> i resepsjonen.")
    editor.add_buttons["phone"].click()
    qtbot.keyClicks(editor.label_edit, "Vakthavende helsesykepleier")
    qtbot.keyClicks(editor.value_edit, "abc")
    editor.save_button.click()
    assert editor.error_label.isVisible() and "sifre" in editor.error_label.text()
    editor.value_edit.clear()
    qtbot.keyClicks(editor.value_edit, "400 00 009")
    with qtbot.waitSignal(editor.accepted, timeout=WAIT):
        editor.save_button.click()
    window.info_boxes.reload()
    window.info_boxes.edited.emit()
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=WAIT)
    window.info_boxes.select_box(ib.ACUTE_KEY)
    text = window.info_boxes.reader.toPlainText()
    assert "Legevakt: 116 117" in text and "<b>henger</b>" in text  # typed, shown as typed
    assert "sist endret" in text
    # back to the shipped text from the editor, per box
    shown = ib.get_box(ui_uow(), ib.ACUTE_KEY, "nb")
    editor = InfoBoxEditor(ui_uow, shown, "nb", window)
    qtbot.addWidget(editor)
    assert editor.reset_button.isEnabled()
    from unittest import mock

    from PySide6.QtWidgets import QMessageBox

    with mock.patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Yes):
        editor.reset_button.click()
    assert editor.was_reset
    assert not ib.get_box(ui_uow(), ib.ACUTE_KEY, "nb").own
    window.info_boxes.edited.emit()
    qtbot.waitUntil(lambda: warning.isVisible(), timeout=WAIT)


def test_f12_opens_the_acute_route_from_the_main_window(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    result = demo.create_demo_case(ui_uow(), TODAY)
    window = make_window()
    window.select_case(result.case_id)
    window.case_table.setFocus()
    qtbot.keyClick(window.case_table, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: _acute_dialog() is not None, timeout=WAIT)
    dialog = _acute_dialog()
    assert dialog is not None
    text = dialog.text()
    assert "Akutt: hva gjør vi nå?" in text
    assert "1. Legevakt: ikke fylt inn" in text and "4. Politiet" in text
    assert "Disse numrene mangler" in text
    _close_acute(qtbot)
    window.info_boxes.acute_action.trigger()  # and from the Hjelp menu
    qtbot.waitUntil(lambda: _acute_dialog() is not None, timeout=WAIT)
    _close_acute(qtbot)


def test_f12_opens_the_acute_route_from_the_meeting_guide(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    result = demo.create_demo_case(ui_uow(), TODAY)
    make_window()  # installs the key
    detail = cases.get_case(ui_uow(), result.case_id)
    meeting = detail.case.meetings[-1]
    assert meeting.id is not None
    guide = MeetingGuideDialog(ui_uow, detail, meeting.id, TODAY)
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    target = guide.focusWidget() or guide
    qtbot.keyClick(target, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: _acute_dialog() is not None, timeout=WAIT)
    _close_acute(qtbot)
    assert guide.isVisible()  # the guide is still there, as it was


def test_f12_on_the_lock_screen_shows_the_route_and_no_case_data(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    result = demo.create_demo_case(ui_uow(), TODAY)
    window = make_window()
    window.select_case(result.case_id)
    child = cases.get_case(ui_uow(), result.case_id).case.child_first_name
    assert child in window.case_view.title_label.text()
    lock = LockController(window, None, 3_600_000)
    lock.lock()
    unlock = lock.dialog
    assert unlock is not None and unlock.acute_button is not None
    assert "Akutt" in unlock.acute_button.accessibleName()
    qtbot.waitUntil(lambda: unlock.isVisible(), timeout=WAIT)
    qtbot.keyClick(unlock, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: _acute_dialog() is not None, timeout=WAIT)
    dialog = _acute_dialog()
    assert dialog is not None
    assert "Legevakt" in dialog.text()
    # nothing of the case on the screen while locked: not in the route, not in any window
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            assert child not in top.windowTitle()
    from PySide6.QtWidgets import QLabel

    shown = " ".join(
        label.text()
        for top in QApplication.topLevelWidgets()
        if top.isVisible()
        for label in top.findChildren(QLabel)
        if label.isVisible()
    )
    assert child not in shown
    assert child not in dialog.text()
    _close_acute(qtbot)
    assert lock.is_locked  # closing the route does not unlock
    unlock.acute_button.click()  # the button on the lock screen opens it too
    qtbot.waitUntil(lambda: _acute_dialog() is not None, timeout=WAIT)
    _close_acute(qtbot)
    unlock.try_unlock()
    qtbot.waitUntil(lambda: not lock.is_locked, timeout=WAIT)
    assert isinstance(unlock, QDialog)


def test_every_control_is_named_and_reachable_with_tab(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    from familiemote.ui.family_letters import InvitationDialog, LeafletDialog
    from tests.support.a11y import problems

    result = demo.create_demo_case(ui_uow(), TODAY)
    window = make_window()
    window.info_boxes.open_action.trigger()
    panel = window.info_boxes
    qtbot.waitUntil(lambda: panel.dock.isVisible(), timeout=WAIT)
    assert problems(panel) == []
    editor = InfoBoxEditor(ui_uow, ib.get_box(ui_uow(), "veiledere", "nb"), "nb", window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    for row in (0, 1, 6):  # a heading, a list, a link
        editor.block_list.setCurrentRow(row)
        assert problems(editor) == [], editor.blocks[row].kind
    editor.reject()
    dialog = acute.open_acute(window, ui_uow)
    qtbot.waitExposed(dialog)
    assert problems(dialog) == []
    _close_acute(qtbot)
    leaflet = LeafletDialog([(1, "Hanne Eksempel, Helsesykepleier")], 1, window)
    qtbot.addWidget(leaflet)
    leaflet.show()
    assert problems(leaflet) == []
    from familiemote.services.printing import meeting_choices

    meetings = meeting_choices(ui_uow(), result.case_id)
    invitation = InvitationDialog(meetings, meetings[0][1], lambda _d: None, window)
    qtbot.addWidget(invitation)
    invitation.show()
    assert problems(invitation) == []
    assert invitation.meeting_id() == meetings[0][0]
    assert "Spørsmål dere har" in invitation.bring.toPlainText()
    invitation.lang.setCurrentIndex(invitation.lang.findData("nn"))
    assert "Spørsmål de har" in invitation.bring.toPlainText()  # the default follows the language


def test_the_acute_route_stays_readable_when_the_app_locks(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    window = make_window()
    dialog = acute.open_acute(window, ui_uow)
    qtbot.waitExposed(dialog)
    lock = LockController(window, None, 3_600_000)
    lock.lock()  # as the idle timer does during a long phone call
    assert lock.is_locked
    assert dialog.isVisible() and dialog.call_labels[0].isVisible()
    assert dialog.windowTitle() == "Akutt: hva gjør vi nå?"
    _close_acute(qtbot)
    assert lock.dialog is not None
    lock.dialog.try_unlock()
    qtbot.waitUntil(lambda: not lock.is_locked, timeout=WAIT)


def test_in_nynorsk_the_boxes_the_editor_and_the_route_are_nynorsk(
    qapp: QApplication, qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    from familiemote.app import install_translators, uninstall_translators

    translators = install_translators(qapp, "nn")
    try:
        window = make_window()
        panel = window.info_boxes
        panel.open_action.trigger()
        titles = [panel.list.item(i).text() for i in range(panel.list.count())]
        assert "Rettleiarar, lover og forskrifter" in titles
        assert panel.edit_button.text() == "&Rediger …"
        assert panel.search_edit.accessibleName() == "Søk i informasjonsboksane og hjelpetekstane"
        qtbot.keyClicks(panel.search_edit, "tilvising")
        assert "treff for «tilvising»" in panel.hits_label.text()
        editor = InfoBoxEditor(ui_uow, ib.get_box(ui_uow(), ib.ACUTE_KEY, "nn"), "nn", window)
        qtbot.addWidget(editor)
        summaries = [editor.block_list.item(i).text() for i in range(editor.block_list.count())]
        assert "Telefonnummer: Legevakt: ikkje fylt inn" in summaries
        dialog = acute.open_acute(window, ui_uow)
        assert "Akutt: kva gjer vi no?" in dialog.text()
        assert "1. Legevakt: ikkje fylt inn. Kommunen må leggje inn nummeret." in dialog.text()
        _close_acute(qtbot)
        assert "Akuttruta manglar" in window.info_boxes.warning.label.text()
    finally:
        uninstall_translators(qapp, translators)


def test_f12_on_the_family_screen_opens_the_route_on_the_professionals_window(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    from PySide6.QtWidgets import QWidget

    window = make_window()
    family = QWidget()  # stands for the family view on the second screen
    family.setObjectName("familyView")
    qtbot.addWidget(family)
    family.show()
    qtbot.waitExposed(family)
    family.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is family, timeout=WAIT)
    qtbot.keyClick(family, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: _acute_dialog() is not None, timeout=WAIT)
    assert _acute_dialog().parent() is window  # type: ignore[union-attr]
    _close_acute(qtbot)
