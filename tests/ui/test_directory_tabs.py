"""Katalog: the services tab and the people tab work the same way, by clicks.

Both tabs run one flow (ui/directory_dialog.py ``_Editor``): a new entry is saved
and the form is blank for the next; a changed entry is saved over itself; a refused
save says why at the field; «Deaktiver» and «Aktiver» switch an entry off and on
without deleting it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import directory
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.directory_dialog import DirectoryDialog

UowFactory = Callable[[], SqlAlchemyUnitOfWork]


def _row_of(editor: object, text: str) -> int:
    table = editor.table  # type: ignore[attr-defined]
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if item is not None and item.text() == text:
            return int(r)
    raise AssertionError(f"{text} is not listed")


def _entries(ui_uow: UowFactory, tab: str) -> dict[str, bool]:
    if tab == "services":
        return {s.name: s.active for s in directory.list_all_services(ui_uow())}
    return {p.name: p.active for p in directory.list_all_professionals(ui_uow())}


@pytest.mark.parametrize("tab", ["services", "people"])
def test_each_tab_adds_changes_refuses_and_switches_off_an_entry(
    qtbot: QtBot, ui_uow: UowFactory, tab: str
) -> None:
    dialog = DirectoryDialog(ui_uow)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.services if tab == "services" else dialog.people
    dialog.tabs.setCurrentWidget(editor)
    editor.new_button.click()
    assert editor.current_id is None and not editor.active_button.isEnabled()
    qtbot.keyClicks(editor.name_edit, "Familiesenteret")
    editor.save_button.click()
    assert _entries(ui_uow, tab).get("Familiesenteret") is True
    assert editor.name_edit.text() == "" and editor.current_id is None  # blank for the next
    assert "Familiesenteret" in editor.saved_label.text()

    # the saved entry, chosen in the list, is changed and saved over itself
    row = _row_of(editor, "Familiesenteret")
    editor.table.setCurrentCell(row, 0)
    ident = editor.current_id
    assert ident is not None and editor.active_button.isEnabled()
    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "Familiesenteret Nord")
    editor.save_button.click()
    entries = _entries(ui_uow, tab)
    assert "Familiesenteret Nord" in entries and "Familiesenteret" not in entries

    # a refused save keeps the form, says why, and puts the cursor in the field
    row = _row_of(editor, "Familiesenteret Nord")
    editor.table.setCurrentCell(row, 0)
    editor.email_edit.setText("ikke en adresse")
    editor.save_button.click()
    assert editor.error_label.isVisible() and editor.error_label.text()
    qtbot.waitUntil(lambda: editor.email_edit.hasFocus(), timeout=10_000)
    assert editor.current_id == ident
    editor.email_edit.clear()

    # «Deaktiver» switches it off (kept, marked), «Aktiver» on again
    editor.active_button.click()
    assert _entries(ui_uow, tab)["Familiesenteret Nord"] is False
    assert editor.current_id == ident
    items = [editor.table.item(r, 0) for r in range(editor.table.rowCount())]
    shown = [item.text() for item in items if item is not None]
    assert any(t.startswith("Familiesenteret Nord") and t != "Familiesenteret Nord" for t in shown)
    editor.active_button.click()
    assert _entries(ui_uow, tab)["Familiesenteret Nord"] is True


def test_the_service_tab_keeps_a_new_service_of_the_chosen_kind(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    dialog = DirectoryDialog(ui_uow)
    qtbot.addWidget(dialog)
    dialog.show()
    services = dialog.services
    dialog.tabs.setCurrentWidget(services)
    services.new_button.click()
    # a new service starts as «Annet», municipal
    assert services.kind_combo.currentData() == m.ServiceKind.OTHER
    assert services.level_combo.currentData() == m.ServiceLevel.MUNICIPAL
    qtbot.keyClicks(services.name_edit, "PPT Vest")
    services.kind_combo.setCurrentIndex(services.kind_combo.findData(m.ServiceKind.PPT))
    services.save_button.click()
    stored = next(s for s in directory.list_all_services(ui_uow()) if s.name == "PPT Vest")
    assert stored.kind == m.ServiceKind.PPT and stored.active


def test_a_new_entry_stored_before_a_refusal_is_not_added_twice(
    qtbot: QtBot, ui_uow: UowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The person is stored, then the rest of the save is refused (on a server: only IT
    ties a login). The next «Lagre» changes that person instead of adding another."""
    from familiemote.ui.forms_base import NotDone

    dialog = DirectoryDialog(ui_uow)
    qtbot.addWidget(dialog)
    dialog.show()
    people = dialog.people
    refusals = ["bare IT kan knytte en pålogging til en person"]

    def after_store(_ident: int | None) -> None:
        if refusals:
            raise NotDone(refusals.pop(), "login")

    monkeypatch.setattr(people, "after_store", after_store)
    people.new_button.click()
    qtbot.keyClicks(people.name_edit, "Nora Nilsen")
    people.save_button.click()
    assert "bare IT" in people.error_label.text()
    names = [p.name for p in directory.list_all_professionals(ui_uow())]
    assert names.count("Nora Nilsen") == 1  # stored, once
    people.phone_edit.setText("400 00 011")
    people.save_button.click()
    stored = [p for p in directory.list_all_professionals(ui_uow()) if p.name == "Nora Nilsen"]
    assert len(stored) == 1 and stored[0].phone == "400 00 011"


@pytest.mark.parametrize(
    ("tab", "rows"),
    [
        ("services", ["Na&vn:", "T&ype:", "N&ivå:", "&Telefon:", "&E-post:"]),
        ("people", ["Na&vn:", "Tj&eneste:", "St&illing:", "&Telefon:", "E-p&ost:"]),
    ],
)
def test_each_tab_s_fields_are_its_designer_form_labelled_named_and_in_tab_order(
    qtbot: QtBot, ui_uow: UowFactory, tab: str, rows: list[str]
) -> None:
    """The fixed rows come from forms/services_editor.ui and forms/people_editor.ui:
    every label's Alt key reaches its own field, the field is named by its label, and
    Tab goes from the list down the rows, then to «Lagre», «Ny», «Deaktiver» and
    «Lukk»; on a database file the server login row is not shown."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QWidget

    from familiemote.ui.directory_dialog import PeopleEditor, ServicesEditor

    dialog = DirectoryDialog(ui_uow)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.services if tab == "services" else dialog.people
    dialog.tabs.setCurrentWidget(editor)
    form = editor.form
    assert form is editor.ui.formLayout
    shown: list[str] = []
    fields: list[QWidget] = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        assert isinstance(label, QLabel)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        field = field_item.widget() if field_item is not None else None
        assert field is not None and label.buddy() is field
        assert field.accessibleName() == label.text().replace("&", "").rstrip(":")
        if field.isVisibleTo(dialog):
            shown.append(label.text())
            fields.append(field)
    assert shown == rows
    if isinstance(editor, PeopleEditor):
        assert not editor.on_server
        assert not editor.ui.loginEdit.isVisibleTo(dialog)
    assert fields[0] is editor.name_edit
    if isinstance(editor, ServicesEditor):
        assert [editor.level_combo.itemData(i) for i in range(2)] == [
            m.ServiceLevel.MUNICIPAL,
            m.ServiceLevel.SPECIALIST,
        ]
    # Tab: the list, the fields down the form, «Lagre», «Ny», «Deaktiver» (when an
    # entry is chosen), «Lukk»: what was typed is saved before the form is left
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    for blank in (False, True):  # as opened, then after «Ny» («Deaktiver» is off then)
        if blank:
            editor.new_button.click()
        assert editor.active_button.isEnabled() is (not blank and editor.current_id is not None)
        active = [editor.active_button] if editor.active_button.isEnabled() else []
        expected = [editor.table, *fields, editor.save_button, editor.new_button, *active, close]
        editor.table.setFocus()
        qtbot.waitUntil(editor.table.hasFocus, timeout=20000)
        walked: list[QWidget | None] = [editor.table]
        for _ in range(len(expected) - 1):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            walked.append(QApplication.focusWidget())
        names = [w.text() if isinstance(w, QPushButton) else type(w).__name__ for w in walked]
        assert walked == expected, (blank, names)
    # the buttons read left to right in the same order
    xs = [b.x() for b in (editor.save_button, editor.new_button, editor.active_button)]
    assert xs == sorted(xs)


@pytest.mark.parametrize("tab", ["services", "people"])
def test_enter_in_a_field_saves_the_entry_and_keeps_nothing_typed_from_being_lost(
    qtbot: QtBot, ui_uow: UowFactory, tab: str
) -> None:
    """Enter in «Navn» presses the shown tab's «Lagre», never «Ny» (which empties the
    form); in each tab, whichever was shown first."""
    from PySide6.QtCore import Qt

    dialog = DirectoryDialog(ui_uow)
    qtbot.addWidget(dialog)
    other = dialog.people if tab == "services" else dialog.services
    editor = dialog.services if tab == "services" else dialog.people
    dialog.tabs.setCurrentWidget(other)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(editor)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)  # a blank form
    qtbot.waitUntil(editor.name_edit.hasFocus, timeout=20000)
    qtbot.keyClicks(editor.name_edit, "Familiesenteret Sør")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(editor.saved_label.isVisible, timeout=20000)
    assert "«Familiesenteret Sør» er lagret" in editor.saved_label.text()
    assert _entries(ui_uow, tab).get("Familiesenteret Sør") is True
    assert dialog.isVisible()
