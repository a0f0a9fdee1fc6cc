"""«Behold min» in the case editor, read back in Historikk: the entry names the
fields the user saved over (the case's field names, so Historikk says them in
words), and it is stored with the change, on SQLite and PostgreSQL."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import audit as audit_service
from familiemote.services import cases
from familiemote.ui.case_editor import CaseEditorDialog
from familiemote.ui.conflict_dialog import ConflictDialog
from familiemote.ui.history_words import Names, describe
from tests.support.fixture_types import UowFactory
from tests.support.modal import when_shown
from tests.ui.conftest import TODAY

ALT = Qt.KeyboardModifier.AltModifier


def test_keep_mine_in_the_case_editor_names_the_fields_in_the_history(
    qtbot: QtBot, uow_factory: UowFactory
) -> None:
    case_id = cases.create_case(
        uow_factory(),
        cases.NewCase(
            child_first_name="Emma",
            child_birth_year=2016,
            concern_summary="Uro på skolen.",
            family=(cases.NewFamilyMember("Kari Nordmann", m.Relation.MOTHER, True),),
        ),
        TODAY,
    )
    dialog = CaseEditorDialog(uow_factory, cases.get_case(uow_factory(), case_id), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.concern.setPlainText("A: uro i friminuttene.")
    # B saves another summary and a new first name first
    stored = cases.get_case(uow_factory(), case_id).case
    b_edit = cases.CaseEdit(
        **{
            **cases.case_edit_of(stored).__dict__,
            "concern_summary": "B: fravær.",
            "child_first_name": "Emma Sofie",
        }
    )
    cases.update_case(uow_factory(), case_id, b_edit, stored.version, TODAY)
    entries_before = len(audit_service.case_history(uow_factory(), case_id))

    def keep_mine(conflict: ConflictDialog) -> None:
        target = QApplication.focusWidget() or conflict
        qtbot.keyClick(target, Qt.Key.Key_B, ALT)
        qtbot.waitUntil(lambda: not conflict.isVisible(), timeout=10_000)

    seen = when_shown(ConflictDialog, keep_mine, close_after=True)
    dialog.save_button.click()
    assert len(seen) == 1, (seen, dialog.error_label.text())
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    case = cases.get_case(uow_factory(), case_id).case
    assert (case.child_first_name, case.concern_summary) == ("Emma", "A: uro i friminuttene.")
    history = audit_service.case_history(uow_factory(), case_id)
    # one save: the change and the note that it overwrote B's, nothing else
    new = history[: len(history) - entries_before]
    assert [e.action for e in new] == ["overwrite", "update"]
    after = {c.field: c.after for c in new[0].changes}
    assert after["entity"] == "cases" and after["entity_id"] == case_id
    assert sorted(after["fields"]) == ["child_first_name", "concern_summary"]
    sentence = describe(new[0], Names()).sentence
    assert "barnets fornavn" in sentence and "bekymringen" in sentence, sentence
    assert "annet" not in sentence.lower(), sentence
