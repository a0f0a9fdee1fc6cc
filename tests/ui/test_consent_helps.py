"""Consent that helps instead of blocking: the refused save names the service and the
guardian, offers to record the consent there, and then completes the same save; the
Tiltak tab marks an action whose service lacks consent, in words, and records it.

Real widgets on a real SQLite database (the demo case: the father left the school out
of his consent).
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from familiemote.domain import consent as rules
from familiemote.domain import model as m
from familiemote.services import cases, demo, directory
from familiemote.services import consent as consent_service
from familiemote.ui.consent_dialog import ConsentDialog
from familiemote.ui.meeting_planner import COL_INFO, COL_INVITED, MeetingPlannerDialog
from familiemote.ui.panels import consent as consent_panel
from familiemote.ui.panels.actions.panel import ActionsPanel
from tests.support.fixture_types import UowFactory
from tests.ui.conftest import TODAY


def _school(ui_uow: UowFactory) -> int:
    return next(s.id for s in directory.list_services(ui_uow()) if s.kind == m.ServiceKind.SKOLE)


class Driver:
    """Stands in for the user at the consent offer: answers the question, saves the form."""

    def __init__(self, answer: str) -> None:
        self.answer = answer  # "record" or "cancel"
        self.questions: list[str] = []
        self.consent_dialogs: list[ConsentDialog] = []

    def __call__(self, dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):
            self.questions.append(dialog.text() + "\n" + dialog.informativeText())
            wanted = "Registrer" if self.answer == "record" else "Avbryt"
            button = next(b for b in dialog.buttons() if wanted in b.text().replace("&", ""))
            button.click()
            return 0
        assert isinstance(dialog, ConsentDialog)
        self.consent_dialogs.append(dialog)
        dialog.show()
        if not dialog.recorder_edit.text():  # no «Meg» and no coordinator on a new case
            dialog.recorder_edit.setText("Anne Dahl")
        dialog.save_button.click()
        return dialog.result()


def _planner_with_school_receiving(
    qtbot: QtBot, ui_uow: UowFactory, detail: cases.CaseDetail, school: int
) -> MeetingPlannerDialog:
    planner = MeetingPlannerDialog(ui_uow, detail, TODAY)
    qtbot.addWidget(planner)
    row = next(r for r, c in enumerate(planner.candidates) if c.service_id == school)
    planner.set_checked(row, COL_INVITED, True)
    planner.set_checked(row, COL_INFO, True)
    return planner


def test_a_refused_meeting_names_service_and_father_and_saves_after_consent(
    qtbot: QtBot, ui_uow: UowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    school = _school(ui_uow)
    detail = cases.get_case(ui_uow(), case_id)
    assert rules.consent_gap(detail.case, school, TODAY) is not None
    meetings_before = len(detail.case.meetings)
    planner = _planner_with_school_receiving(qtbot, ui_uow, detail, school)
    assert "Mangler samtykke fra Ola Nordmann for Skole" in planner.warning_label.text()

    driver = Driver("record")
    monkeypatch.setattr(consent_panel, "run_dialog", driver)
    planner._save()

    # the question said which service and whose consent, and offered to record it
    assert len(driver.questions) == 1
    assert "Ola Nordmann" in driver.questions[0] and "Skole" in driver.questions[0]
    assert "denne tjenesten" not in driver.questions[0]
    assert "fjern haken for tjenesten." in driver.questions[0]  # one service: singular
    # the consent form opened with the father chosen and the school ticked
    form = driver.consent_dialogs[0]
    assert form.giver_combo.currentText().startswith("Ola Nordmann")
    assert form.service_boxes[school].isChecked()
    # then the original meeting was stored, nothing retyped
    qtbot.waitUntil(lambda: planner.result() == QDialog.DialogCode.Accepted, timeout=10000)
    after = cases.get_case(ui_uow(), case_id)
    assert len(after.case.meetings) == meetings_before + 1
    new = max(after.case.meetings, key=lambda mt: mt.id or 0)
    school_part = [p for p in new.participants if p.service_id == school]
    assert school_part and school_part[0].receives_information
    settings = consent_service.get_age_settings(ui_uow())
    assert rules.consent_gap(after.case, school, TODAY, settings) is None


def test_declining_the_offer_keeps_the_plan_and_says_how_to_proceed(
    qtbot: QtBot, ui_uow: UowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    school = _school(ui_uow)
    detail = cases.get_case(ui_uow(), case_id)
    planner = _planner_with_school_receiving(qtbot, ui_uow, detail, school)
    planner.show()
    monkeypatch.setattr(consent_panel, "run_dialog", Driver("cancel"))
    planner._save()
    assert planner.result() != QDialog.DialogCode.Accepted
    text = planner.error_label.text()
    assert "Ola Nordmann" in text and "Skole" in text and "Mottar opplysninger" in text
    assert len(cases.get_case(ui_uow(), case_id).case.meetings) == len(detail.case.meetings)


def test_the_actions_tab_marks_the_school_action_and_records_the_consent(
    qtbot: QtBot, ui_uow: UowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    school = _school(ui_uow)
    panel = ActionsPanel(ui_uow)
    qtbot.addWidget(panel)
    panel.show_case(cases.get_case(ui_uow(), case_id), TODAY)
    panel.show()
    table = panel.open_table
    assert table is not None
    marked = [
        r
        for r in range(table.rowCount())
        if "Mangler samtykke fra Ola Nordmann for Skole" in table.item(r, 1).text()
    ]
    detail = cases.get_case(ui_uow(), case_id)
    school_actions = [
        a for a in detail.case.actions if a.is_open and a.responsible_service_id == school
    ]
    assert len(marked) == len(school_actions) >= 1
    assert "Fast plass" in table.item(marked[0], 0).text()
    # only the school's row is marked
    assert all(
        "samtykke" not in table.item(r, 1).text()
        for r in range(table.rowCount())
        if r not in marked
    )
    assert not panel.consent_button.isHidden() or panel.consent_button in panel.button_row.overflow
    changed: list[bool] = []
    panel.changed.connect(lambda: changed.append(True))
    driver = Driver("record")
    monkeypatch.setattr(consent_panel, "run_dialog", driver)
    table.selectRow(marked[0])
    panel.consent_button.click()
    assert changed and driver.consent_dialogs[0].service_boxes[school].isChecked()
    panel.show_case(cases.get_case(ui_uow(), case_id), TODAY)
    table = panel.open_table
    assert table is not None
    assert all("samtykke" not in table.item(r, 1).text() for r in range(table.rowCount()))
    assert panel.consent_button.isHidden()


def test_a_referral_with_documentation_records_the_consent_and_saves(
    qtbot: QtBot, ui_uow: UowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from familiemote.ui.referral_dialog import ReferralDialog

    family = (
        cases.NewFamilyMember("Kari Dahl", m.Relation.MOTHER, True),
        cases.NewFamilyMember("Per Dahl", m.Relation.FATHER, True),
    )
    case_id = cases.create_case(ui_uow(), cases.NewCase("Ida", 2016, family=family), TODAY)
    detail = cases.get_case(ui_uow(), case_id)
    assert not detail.case.referrals
    dialog = ReferralDialog(ui_uow, detail, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.checks[m.ChecklistItem.DOCUMENTATION_WITH_CONSENT].setChecked(True)
    dialog.by_edit.setText("Fastlege Test")
    driver = Driver("record")
    monkeypatch.setattr(consent_panel, "run_dialog", driver)
    dialog._save()
    # both parents must consent: the offer names the mother, then the father, and
    # after the second consent the same referral is stored
    assert len(driver.questions) == 2
    assert "Kari Dahl" in driver.questions[0] and "BUP" in driver.questions[0]
    assert "Per Dahl" in driver.questions[1]
    first, second = driver.consent_dialogs
    assert first.giver_combo.currentText().startswith("Kari Dahl")
    assert second.giver_combo.currentText().startswith("Per Dahl")
    assert first.purpose_boxes[m.ConsentPurpose.REFERRAL_ATTACHMENTS].isChecked()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    after = cases.get_case(ui_uow(), case_id)
    assert after.case.referrals
    assert m.ChecklistItem.DOCUMENTATION_WITH_CONSENT in after.case.referrals[-1].checklist


def test_the_guides_next_meeting_offers_the_consent_and_is_created(
    qtbot: QtBot, ui_uow: UowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlalchemy as sa

    from familiemote.storage import orm
    from familiemote.ui.guide.next_meeting import NextMeetingPanel

    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    school = _school(ui_uow)
    detail = cases.get_case(ui_uow(), case_id)
    meeting = min(detail.case.meetings, key=lambda mt: mt.starts_at)
    assert any(p.service_id == school for p in meeting.participants) or any(
        detail.professionals[p.professional_id].service_id == school
        for p in meeting.participants
        if p.professional_id in detail.professionals
    )
    with ui_uow() as uow:  # the school was told in the meeting (as if before the consent ended)
        people = [
            p.id
            for p in meeting.participants
            if p.service_id == school
            or (
                p.professional_id in detail.professionals
                and detail.professionals[p.professional_id].service_id == school
            )
        ]
        uow.sql.execute(
            sa.update(orm.participants)
            .where(orm.participants.c.id.in_(people))
            .values(receives_information=True)
        )
        uow.commit()
    detail = cases.get_case(ui_uow(), case_id)
    meeting = next(mt for mt in detail.case.meetings if mt.id == meeting.id)
    before = len(detail.case.meetings)
    panel = NextMeetingPanel(ui_uow, TODAY)
    qtbot.addWidget(panel)
    panel.set_case(detail, meeting)
    panel.show()
    from PySide6.QtCore import Qt

    def service_of(p: m.Participant) -> int | None:
        person = detail.professionals.get(p.professional_id or -1)
        return person.service_id if person is not None else p.service_id

    bup = {
        p.id for p in meeting.participants if detail.service_name(service_of(p)).endswith("(BUP)")
    }
    for i in range(panel.people.count()):  # BUP stays out (the pre-referral limit)
        item = panel.people.item(i)
        if int(item.data(Qt.ItemDataRole.UserRole + 1)) in bup:
            item.setCheckState(Qt.CheckState.Unchecked)
    driver = Driver("record")
    monkeypatch.setattr(consent_panel, "run_dialog", driver)
    ok = panel.create_meeting()
    assert ok, (panel.error_label.text(), driver.questions)
    assert driver.questions and "Ola Nordmann" in driver.questions[0]
    assert "Skole" in driver.questions[0]
    assert len(cases.get_case(ui_uow(), case_id).case.meetings) == before + 1


def test_a_new_action_for_the_school_says_the_consent_is_missing(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    from familiemote.ui.panels.actions.new_action_dialog import ActionDialog

    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    school = _school(ui_uow)
    dialog = ActionDialog(ui_uow, cases.get_case(ui_uow(), case_id), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.service.setCurrentIndex(dialog.service.findData(school))
    assert dialog.consent_label.isVisible()
    assert "Mangler samtykke fra Ola Nordmann for Skole" in dialog.consent_label.text()
    ppt = next(s.id for s in directory.list_services(ui_uow()) if s.kind == m.ServiceKind.PPT)
    dialog.service.setCurrentIndex(dialog.service.findData(ppt))
    assert not dialog.consent_label.isVisible()  # PPT is covered by both parents


def test_a_meeting_with_two_services_lacking_consent_asks_once_per_guardian(
    qtbot: QtBot, ui_uow: UowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new case with two guardians and no consent; the plan lets the school and BUP
    receive information. The offer names both services, and each guardian's consent
    form opens with both ticked: two consents, one per guardian, and none records BUP
    as left out only because the form ticked the school alone (it asked four times,
    and a nurse who saved the second form as offered recorded the father as having
    held BUP outside)."""
    services = directory.list_services(ui_uow())
    school = _school(ui_uow)
    bup = next(s.id for s in services if s.kind == m.ServiceKind.BUP)
    case_id = cases.create_case(
        ui_uow(),
        cases.NewCase(
            "Emil",
            2016,
            concern_by_family=True,
            family=(
                cases.NewFamilyMember("Anne Hansen", m.Relation.MOTHER, True),
                cases.NewFamilyMember("Per Hansen", m.Relation.FATHER, True),
            ),
        ),
        TODAY,
    )
    detail = cases.get_case(ui_uow(), case_id)
    planner = MeetingPlannerDialog(ui_uow, detail, TODAY)
    qtbot.addWidget(planner)
    for service in (school, bup):
        row = next(r for r, c in enumerate(planner.candidates) if c.service_id == service)
        planner.set_checked(row, COL_INVITED, True)
        planner.set_checked(row, COL_INFO, True)

    driver = Driver("record")
    monkeypatch.setattr(consent_panel, "run_dialog", driver)
    planner._save()

    qtbot.waitUntil(lambda: planner.result() == QDialog.DialogCode.Accepted, timeout=10000)
    assert len(driver.questions) == 2, driver.questions
    assert "Skole" in driver.questions[0] and "(BUP)" in driver.questions[0]
    # several services: the hint speaks of them all, not of «the service»
    assert "fjern haken for tjenestene som ikke skal få" in driver.questions[0]
    assert "haken for tjenesten." not in driver.questions[0]
    givers = [form.giver_combo.currentText() for form in driver.consent_dialogs]
    assert [g.split(" (")[0] for g in givers] == ["Anne Hansen", "Per Hansen"]
    for form in driver.consent_dialogs:
        assert form.service_boxes[school].isChecked()
        assert form.service_boxes[bup].isChecked()
    after = cases.get_case(ui_uow(), case_id).case
    assert len(after.consents) == 2
    for consent in after.consents:
        assert consent.covers(school, m.ConsentPurpose.SHARE_BETWEEN_SERVICES, TODAY)
        assert consent.covers(bup, m.ConsentPurpose.SHARE_BETWEEN_SERVICES, TODAY)


def test_the_next_meeting_asks_once_per_guardian_for_all_its_services(
    qtbot: QtBot, ui_uow: UowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«Neste møte» in the guide keeps the school and BUP, both told about the case and
    neither covered by a consent: each guardian's form opens with both ticked (they
    take part in the case's meeting), so two forms record two whole consents, as the
    planner now does too."""
    import sqlalchemy as sa

    from familiemote.services import meetings as meeting_service
    from familiemote.storage import orm
    from familiemote.ui.guide.next_meeting import NextMeetingPanel

    services = directory.list_services(ui_uow())
    school = _school(ui_uow)
    bup = next(s.id for s in services if s.kind == m.ServiceKind.BUP)
    case_id = cases.create_case(
        ui_uow(),
        cases.NewCase(
            "Emil",
            2016,
            concern_by_family=True,
            family=(
                cases.NewFamilyMember("Anne Hansen", m.Relation.MOTHER, True),
                cases.NewFamilyMember("Per Hansen", m.Relation.FATHER, True),
            ),
        ),
        TODAY,
    )
    plan = meeting_service.MeetingPlan(
        m.MeetingKind.FAMILY,
        dt.datetime.combine(TODAY, dt.time(10)),
        "Helsestasjonen",
        tuple(
            meeting_service.ParticipantInput(
                m.ParticipantKind.PROFESSIONAL, service_id=service, receives_information=False
            )
            for service in (school, bup)
        ),
    )
    meeting_id = meeting_service.plan_meeting(ui_uow(), case_id, plan, TODAY).meeting_id
    with ui_uow() as uow:  # told in the meeting (as if before a consent ended)
        uow.sql.execute(
            sa.update(orm.participants)
            .where(orm.participants.c.meeting_id == meeting_id)
            .values(receives_information=True)
        )
        uow.commit()
    detail = cases.get_case(ui_uow(), case_id)
    meeting = next(mt for mt in detail.case.meetings if mt.id == meeting_id)
    panel = NextMeetingPanel(ui_uow, TODAY)
    qtbot.addWidget(panel)
    panel.set_case(detail, meeting)
    panel.show()
    driver = Driver("record")
    monkeypatch.setattr(consent_panel, "run_dialog", driver)
    ok = panel.create_meeting()
    assert ok, (panel.error_label.text(), driver.questions)
    assert len(driver.questions) == 2, driver.questions
    for form in driver.consent_dialogs:
        assert form.service_boxes[school].isChecked() and form.service_boxes[bup].isChecked()
    after = cases.get_case(ui_uow(), case_id).case
    assert len(after.consents) == 2
    for consent in after.consents:
        for service in (school, bup):
            assert service is not None
            assert consent.covers(service, m.ConsentPurpose.SHARE_BETWEEN_SERVICES, TODAY)
