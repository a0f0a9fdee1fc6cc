"""A refused save names a field so that the name stands on its own: what a label says
in parentheses is cut away only when it is a hint («Fødselsdato (valgfritt)» is
«Fødselsdato»), so no label may leave a bare question word. «Merk beskjed som gjort»
named its note «Hvordan» («&Hvordan (merknad):»); its label is now «&Hvordan beskjeden
ble gitt:», and a too long note is refused with those words."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from familiemote.app import install_translators, uninstall_translators
from familiemote.domain import validation
from familiemote.services import cases
from familiemote.ui.forms_base import FormDialog, shown_name
from familiemote.ui.panels.actions.notification_dialog import NotificationDialog
from tests.support.fixture_types import UowFactory
from tests.ui.test_dialog_forms import DIALOGS
from tests.ui.test_error_names_fields import FORMS

# a name that is only one of these says nothing about the field (bokmål and nynorsk)
QUESTION_WORDS = {
    "hva", "hvem", "hvor", "hvordan", "hvorfor", "hvilken", "hvilke", "når",
    "kva", "kven", "kor", "korleis", "kvifor",
}  # fmt: skip


def _label(dialog: FormDialog, field: str) -> str:
    """The whole text of the label of ``field`` (without the Alt key's «&»)."""
    widget = dialog.fields[field]
    for label in dialog.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and (buddy is widget or widget.isAncestorOf(buddy)):
            return label.text().replace("&", "")
    return ""


@pytest.mark.parametrize("name", sorted(FORMS))
def test_no_field_is_named_by_a_bare_question_word(
    qtbot: QtBot, ui_uow: UowFactory, language: str, name: str
) -> None:
    dialog = FORMS[name](ui_uow)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    names = {field: shown_name(widget) for field, widget in dialog.fields.items()}
    assert names
    # a label that is only «Hvorfor:» is named as it reads; a name cut from a longer
    # label must not leave only the question word
    cut = {f: n for f, n in names.items() if _label(dialog, f).rstrip(" :") != n}
    bare = {f: n for f, n in cut.items() if n.lower() in QUESTION_WORDS}
    assert bare == {}
    # every name is a whole label, less its colon and a hint in parentheses
    for field, text in names.items():
        assert text == text.strip() and not re.search(r"[(:&]", text), (field, text)


@pytest.mark.parametrize(
    ("lang", "label"),
    [("nb", "Hvordan beskjeden ble gitt"), ("nn", "Korleis beskjeden vart gitt")],
)
def test_a_too_long_note_of_a_notification_is_refused_in_the_words_of_its_label(
    qtbot: QtBot, ui_uow: UowFactory, qapp: QApplication, lang: str, label: str
) -> None:
    translators = install_translators(qapp, lang) if lang == "nn" else []
    try:
        dialog = DIALOGS["notification"][0](ui_uow)
        qtbot.addWidget(dialog)
        assert isinstance(dialog, NotificationDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(dialog.save_button.isVisible, timeout=20_000)
        note, notification = dialog.note, dialog.notification
        before = notification.done_on
        note.setMaxLength(validation.LONG_TEXT_MAX + 10)
        note.setText("x" * (validation.LONG_TEXT_MAX + 1))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # refused: the form stays open
        text = dialog.error_label.text()
        assert f"«{label}»" in text, text
        qtbot.waitUntil(note.hasFocus, timeout=10_000)
        detail = cases.get_case(ui_uow(), notification.case_id or 0)
        stored = next(n for n in detail.case.notifications if n.id == notification.id)
        assert stored.done_on == before and stored.note != note.text()  # nothing stored
    finally:
        if translators:
            uninstall_translators(qapp, translators)
