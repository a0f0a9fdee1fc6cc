"""«Avslutt møtet» on a meeting whose planned day has not come: the guide asks whether
it was held today; «Avbryt» leaves it planned, «Ja» records it as held today (the
family's copy carries that date) and the case list's «Siste møte» shows it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import cases
from familiemote.services import meetings as meeting_service
from familiemote.ui.meeting_guide import MeetingGuideDialog
from tests.support import pdf
from tests.support.fixture_types import UowFactory
from tests.support.modal import when_shown
from tests.ui.conftest import TODAY

WAIT = 20_000  # ms; only catches a hang
NOW = dt.datetime.combine(TODAY, dt.time(11, 30))
PLANNED = dt.datetime.combine(TODAY + dt.timedelta(days=22), dt.time(9, 0))


def _case_with_a_meeting_ahead(ui_uow: UowFactory) -> tuple[int, int]:
    case_id = cases.create_case(
        ui_uow(),
        cases.NewCase(
            "Emil", 2016, family=(cases.NewFamilyMember("Anne", m.Relation.MOTHER, True),)
        ),
        TODAY - dt.timedelta(days=10),
    )
    mother = cases.get_case(ui_uow(), case_id).case.family_members[0]
    plan = meeting_service.MeetingPlan(
        m.MeetingKind.FAMILY,
        PLANNED,
        "Helsestasjonen",
        (
            meeting_service.ParticipantInput(m.ParticipantKind.FAMILY, family_member_id=mother.id),
            meeting_service.ParticipantInput(m.ParticipantKind.CHILD),
        ),
    )
    return case_id, meeting_service.plan_meeting(ui_uow(), case_id, plan, TODAY).meeting_id


def _answer(button_text: str, asked: list[str]) -> None:
    def act(box: QMessageBox) -> None:
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        button.click()

    when_shown(QMessageBox, act, close_after=True)


def test_closing_a_meeting_ahead_asks_and_records_the_day_it_was_held(
    qtbot: QtBot, ui_uow: UowFactory, tmp_path: Path
) -> None:
    case_id, meeting_id = _case_with_a_meeting_ahead(ui_uow)
    detail = cases.get_case(ui_uow(), case_id)
    guide = MeetingGuideDialog(ui_uow, detail, meeting_id, TODAY)
    qtbot.addWidget(guide)
    guide.show()
    guide.go_to_key("avslutt")
    closing = guide.closing
    closing.now = lambda: NOW
    folders: list[str] = []
    out = tmp_path / "pdf"
    out.mkdir()

    def folder() -> str:
        folders.append(str(out))
        return str(out)

    closing.choose_folder = folder

    # «Avbryt»: nothing is saved, and the meeting stays planned on its day
    asked: list[str] = []
    _answer("Avbryt", asked)
    closing.pdf_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    assert "Møtet er satt opp 14.12.2026 kl. 09.00" in asked[0]
    assert "holdt 22.11.2026 kl. 09.00" in asked[0]
    assert folders == [] and list(out.iterdir()) == []
    stored = next(mt for mt in cases.get_case(ui_uow(), case_id).case.meetings)
    assert (stored.status, stored.starts_at) == (m.MeetingStatus.PLANNED, PLANNED)
    assert "ikke avsluttet" in closing.status.text()

    # «Ja, det ble holdt i dag»: the family's copy and the meeting carry today's date
    _answer("Ja, det ble holdt i dag", asked)
    closing.pdf_button.click()
    qtbot.waitUntil(lambda: "registrert som holdt" in closing.status.text(), timeout=WAIT)
    stored = next(mt for mt in cases.get_case(ui_uow(), case_id).case.meetings)
    held = dt.datetime.combine(TODAY, dt.time(9, 0))
    assert (stored.status, stored.starts_at) == (m.MeetingStatus.HELD, held)
    (copy,) = closing.saved_files  # nobody marked present: no evaluation forms
    assert copy.name == "oppfolgingsplan-2026-11-22-familiens-kopi.pdf"
    copy_text = pdf.text(copy)
    assert "22.11.2026" in copy_text and "14.12.2026" not in copy_text
    row = cases.list_cases(ui_uow(), now=NOW)[0]
    assert row.last_meeting == held and row.next_meeting is None


def test_closing_a_meeting_of_today_asks_nothing(qtbot: QtBot, ui_uow: UowFactory) -> None:
    case_id, meeting_id = _case_with_a_meeting_ahead(ui_uow)
    meeting_service.move_to_held_time(
        ui_uow(), meeting_id, dt.datetime.combine(TODAY, dt.time(9)), NOW
    )
    guide = MeetingGuideDialog(ui_uow, cases.get_case(ui_uow(), case_id), meeting_id, TODAY)
    qtbot.addWidget(guide)
    guide.show()
    guide.go_to_key("avslutt")
    guide.closing.now = lambda: NOW
    guide.closing.held_button.click()  # a question here would block: exec() never returns
    stored = next(mt for mt in cases.get_case(ui_uow(), case_id).case.meetings)
    assert stored.status == m.MeetingStatus.HELD
