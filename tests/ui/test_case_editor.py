"""Editing a case after it is created: the service on SQLite and PostgreSQL, the editor on
real widgets (a new database's empty directory, a contact person added from the field,
a conflicting save through the conflict dialog), and the overview naming the same
contact person as the printed plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.domain.errors import ConcurrentChangeError, ValidationError
from familiemote.messages import error_text
from familiemote.services import audit as audit_service
from familiemote.services import cases, demo, directory
from familiemote.services import printing as printing_service
from familiemote.ui.case_editor import CaseEditorDialog, NewPersonDialog
from familiemote.ui.conflict_dialog import ConflictDialog
from familiemote.ui.panels.overview import OverviewPanel
from tests.support.fixture_types import UowFactory
from tests.support.modal import when_shown
from tests.ui.conftest import TODAY

ALT = Qt.KeyboardModifier.AltModifier


def _new_case(uow_factory: UowFactory) -> int:
    return cases.create_case(
        uow_factory(),
        cases.NewCase(
            child_first_name="Emma",
            child_birth_year=2016,
            concern_summary="Uro på skolen.",
            family=(cases.NewFamilyMember("Kari Nordmann", m.Relation.MOTHER, True),),
        ),
        TODAY,
    )


def test_update_case_changes_everything_and_guards_the_version(uow_factory: UowFactory) -> None:
    case_id = _new_case(uow_factory)
    school = directory.add_service(
        uow_factory(),
        directory.NewService("Solbakken skole", m.ServiceKind.SKOLE, m.ServiceLevel.MUNICIPAL),
    )
    nurse = directory.add_professional(
        uow_factory(), directory.NewProfessional("Anne Dahl", None, "Helsesykepleier")
    )
    before = cases.get_case(uow_factory(), case_id).case
    edit = cases.case_edit_of(before)
    mother = edit.family[0]
    new = cases.CaseEdit(
        child_first_name="Emma Sofie",
        child_birth_year=None,
        child_birth_date=dt.date(2016, 3, 14),
        concern_by_family=False,
        concern_service_id=school,
        initiating_service_id=school,
        coordinator_id=nurse,
        concern_summary="Uro og fravær på skolen.",
        family=(
            cases.FamilyMemberEdit(
                mother.name, mother.relation, True, "900 00 001", "kari@example.no", mother.id
            ),
            cases.FamilyMemberEdit("Ola Nordmann", m.Relation.FATHER, True),
        ),
    )
    version = cases.update_case(uow_factory(), case_id, new, before.version, TODAY)
    after = cases.get_case(uow_factory(), case_id).case
    assert after.version == version > before.version
    assert after.child_first_name == "Emma Sofie"
    assert after.child_birth_date == dt.date(2016, 3, 14)
    assert after.coordinator_id == nurse
    assert after.initiating_service_id == after.concern_service_id == school
    assert [(f.name, f.phone) for f in after.family_members] == [
        ("Kari Nordmann", "900 00 001"),
        ("Ola Nordmann", ""),
    ]
    assert after.family_members[0].id == mother.id  # changed in place, not replaced
    # the case list finds the new names
    assert [r.id for r in cases.list_cases(uow_factory(), "ola")] == [case_id]
    # a save from the old version is refused, nothing changed
    with pytest.raises(ConcurrentChangeError):
        cases.update_case(uow_factory(), case_id, edit, before.version, TODAY)
    assert cases.get_case(uow_factory(), case_id).case.child_first_name == "Emma Sofie"
    # a change of a guardian's phone only still moves the version on
    only_phone = cases.case_edit_of(after)
    only_phone = cases.CaseEdit(
        **{
            **only_phone.__dict__,
            "family": (
                cases.FamilyMemberEdit(**{**only_phone.family[0].__dict__, "phone": "900 00 002"}),
                only_phone.family[1],
            ),
        }
    )
    assert cases.update_case(uow_factory(), case_id, only_phone, version, TODAY) > version
    # every change is in the audit trail
    history = audit_service.case_history(uow_factory(), case_id)
    changed = {c.field for e in history if e.entity == "cases" for c in e.changes}
    assert {"child_first_name", "coordinator_id", "concern_summary"} <= changed
    assert any(e.entity == "family_members" and e.action == "insert" for e in history)


def test_a_family_member_named_in_a_meeting_cannot_be_removed(uow_factory: UowFactory) -> None:
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    case = cases.get_case(uow_factory(), case_id).case
    edit = cases.case_edit_of(case)
    used = next(f for f in edit.family if cases.member_in_use(case, f.id))
    without = cases.CaseEdit(
        **{**edit.__dict__, "family": tuple(f for f in edit.family if f is not used)}
    )
    with pytest.raises(ValidationError) as caught:
        cases.update_case(uow_factory(), case_id, without, case.version, TODAY)
    text = error_text(caught.value)
    assert "kan ikke fjernes" in text and "_" not in text
    assert len(cases.get_case(uow_factory(), case_id).case.family_members) == len(edit.family)


def _editor(qtbot: QtBot, uow_factory: UowFactory, case_id: int) -> CaseEditorDialog:
    dialog = CaseEditorDialog(uow_factory, cases.get_case(uow_factory(), case_id), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_new_database_contact_person_added_from_the_field(qtbot: QtBot, ui_uow: UowFactory) -> None:
    case_id = _new_case(ui_uow)
    dialog = _editor(qtbot, ui_uow, case_id)
    # an empty directory: the list holds only «(ikke valgt)» and says how to fill it
    assert dialog.contact.count() == 1
    assert "Ny person i Katalog" in dialog.contact_hint.text()
    assert dialog.contact_hint.isVisible()

    def fill(person: NewPersonDialog) -> None:
        person.name.setFocus()
        qtbot.keyClicks(person.name, "Anne Dahl")
        qtbot.keyClicks(person.title, "Helsesykepleier")
        qtbot.keyClicks(person.phone, "900 11 222")
        person.save_button.click()

    seen = when_shown(NewPersonDialog, fill, close_after=True)
    qtbot.mouseClick(dialog.new_person, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert dialog.contact.currentText() == "Anne Dahl"
    # the child, the concern and a guardian's contact details typed as a user does
    dialog.child_name.selectAll()
    qtbot.keyClicks(dialog.child_name, "Emilie")
    dialog.birth_date.setFocus()
    qtbot.keyClicks(dialog.birth_date, "140316")
    row = dialog.members[0]
    qtbot.keyClicks(row.phone, "900 00 001")
    qtbot.mouseClick(dialog.add_member_button, Qt.MouseButton.LeftButton)
    father = dialog.members[1]
    qtbot.keyClicks(father.name, "Ola Nordmann")
    father.relation.setCurrentIndex(father.relation.findData(m.Relation.FATHER))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.saved
    case = cases.get_case(ui_uow(), case_id)
    assert case.case.child_first_name == "Emilie"
    assert case.case.child_birth_date == dt.date(2016, 3, 14)
    assert case.professional_name(case.case.coordinator_id) == "Anne Dahl"
    assert [(f.name, f.relation, f.phone) for f in case.case.family_members] == [
        ("Kari Nordmann", m.Relation.MOTHER, "900 00 001"),
        ("Ola Nordmann", m.Relation.FATHER, ""),
    ]
    # the overview names the contact person in the glossary's word
    panel = OverviewPanel(ui_uow)
    qtbot.addWidget(panel)
    panel.show_case(case, TODAY)
    shown = panel.findChild(QLabel, "contactPerson")
    assert shown is not None and shown.text().startswith("Anne Dahl, Helsesykepleier")
    assert panel.edit_button.text() == "En&dre saken …"


def test_a_refused_value_is_told_in_words_at_the_field(qtbot: QtBot, ui_uow: UowFactory) -> None:
    case_id = _new_case(ui_uow)
    dialog = _editor(qtbot, ui_uow, case_id)
    dialog.members[0].email.setText("kari@")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "⚠ Ikke lagret: E-post er ikke en gyldig e-postadresse."
    assert dialog.focusWidget() is dialog.members[0].email


def test_overview_and_printed_plan_name_the_same_contact_person(
    qtbot: QtBot, ui_uow: UowFactory, tmp_path: Path
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    detail = cases.get_case(ui_uow(), case_id)
    meeting = detail.case.meetings[-1]
    assert meeting.id is not None
    plan = printing_service.plan_data(ui_uow(), meeting.id)
    panel = OverviewPanel(ui_uow)
    qtbot.addWidget(panel)
    panel.show_case(detail, TODAY)
    shown = panel.findChild(QLabel, "contactPerson")
    assert shown is not None and plan.contact is not None
    assert shown.text().startswith(plan.contact.name)


def test_conflicting_edit_goes_through_the_conflict_dialog(
    qtbot: QtBot, uow_factory: UowFactory
) -> None:
    case_id = _new_case(uow_factory)
    dialog = _editor(qtbot, uow_factory, case_id)
    dialog.concern.setPlainText("A: uro i friminuttene.")
    # B saves the same case first
    stored = cases.get_case(uow_factory(), case_id).case
    b_edit = cases.CaseEdit(
        **{**cases.case_edit_of(stored).__dict__, "concern_summary": "B: fravær."}
    )
    cases.update_case(uow_factory(), case_id, b_edit, stored.version, TODAY)
    shown: dict = {}  # type: ignore[type-arg]

    def keep_mine(conflict: ConflictDialog) -> None:
        shown["mine"] = [e.toPlainText() for e in conflict.mine_edits]
        shown["stored"] = [e.toPlainText() for e in conflict.stored_edits]
        target = QApplication.focusWidget() or conflict
        qtbot.keyClick(target, Qt.Key.Key_B, ALT)
        qtbot.waitUntil(lambda: not conflict.isVisible(), timeout=10_000)

    seen = when_shown(ConflictDialog, keep_mine, close_after=True)
    dialog.save_button.click()
    assert len(seen) == 1, (seen, dialog.error_label.text())
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert shown["mine"] == ["A: uro i friminuttene."]
    assert shown["stored"] == ["B: fravær."]
    assert cases.get_case(uow_factory(), case_id).case.concern_summary == "A: uro i friminuttene."
    newest = audit_service.case_history(uow_factory(), case_id)[0]
    assert newest.action == "overwrite"


def test_new_case_on_a_new_database_adds_the_contact_person_from_the_field(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    from familiemote.ui.new_case_dialog import NewCaseDialog

    dialog = NewCaseDialog(ui_uow, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.coordinatorLabel.text() == "&Kontaktperson:"
    assert ui.coordinatorCombo.count() == 1  # only «(ikke valgt)»: the hint says what to do
    assert "Ny person i Katalog" in ui.contactHint.text()

    def fill(person: NewPersonDialog) -> None:
        qtbot.keyClicks(person.name, "Anne Dahl")
        person.save_button.click()

    seen = when_shown(NewPersonDialog, fill, close_after=True)
    qtbot.mouseClick(ui.newPersonButton, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert ui.coordinatorCombo.currentText() == "Anne Dahl"
    qtbot.keyClicks(ui.childNameEdit, "Emma")
    qtbot.keyClicks(ui.birthDateEdit, "14.03.17")
    dialog.save_button.click()
    assert dialog.case_id is not None
    case = cases.get_case(ui_uow(), dialog.case_id)
    assert case.professional_name(case.case.coordinator_id) == "Anne Dahl"
    assert case.case.child_birth_date == dt.date(2017, 3, 14)


def test_an_anonymous_consultation_is_edited_without_names(
    qtbot: QtBot, uow_factory: UowFactory
) -> None:
    from familiemote.services import consent as consent_service

    case_id = consent_service.create_anonymous_case(
        uow_factory(),
        consent_service.NewAnonymousCase(child_birth_year=2015, concern_summary="Fravær."),
        TODAY,
    )
    dialog = _editor(qtbot, uow_factory, case_id)
    assert not dialog.child_name.isVisible() and not dialog.family_box.isVisible()
    dialog.concern.setPlainText("Fravær og uro.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    stored = cases.get_case(uow_factory(), case_id).case
    assert stored.concern_summary == "Fravær og uro." and stored.child_first_name == ""
    # a name typed in through the service is refused, in words
    named = cases.CaseEdit(**{**cases.case_edit_of(stored).__dict__, "child_first_name": "Emma"})
    with pytest.raises(ValidationError) as caught:
        cases.update_case(uow_factory(), case_id, named, stored.version, TODAY)
    assert "Gjør om til navngitt sak" in error_text(caught.value)


def test_a_guardians_fields_show_the_start_of_what_they_hold(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    dialog = _editor(qtbot, ui_uow, case_id)
    member = next(row for row in dialog.members if row.email.text())  # an address to show
    # a narrow field at 150 % showed only «@eksempel.invalid»: the start is what tells whose
    assert [f.cursorPosition() for f in (member.name, member.phone, member.email)] == [0, 0, 0]
