"""«Avslutt møtet» on a meeting whose planned day has not come: the guide asks on which
day it was held, today unless the nurse gives another; «Avbryt» leaves it planned,
«Registrer som holdt» records it as held that day (the family's copy carries that
date) and the case list's «Siste møte» shows it. A day after today or before the case
was opened is refused in the question, in words, and nothing is stored."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import cases
from familiemote.services import meetings as meeting_service
from familiemote.ui.guide.closing import HeldDayDialog
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


def _answer(button: str, asked: list[str], day: str = "") -> None:
    """Answer the question about the day: type ``day`` (if given), then press «Avbryt»
    or «Registrer som holdt»; ``asked`` gets the question's text and what it says will
    be recorded (and, when the day is refused, the error shown)."""

    def act(dialog: HeldDayDialog) -> None:
        asked.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        if day:
            edit = dialog.day_edit.lineEdit()
            edit.selectAll()
            QTest.keyClicks(edit, day)
            dialog.day_edit.interpretText()
        which = (
            QDialogButtonBox.StandardButton.Cancel
            if button == "Avbryt"
            else QDialogButtonBox.StandardButton.Save
        )
        assert dialog.buttons.button(which).text().replace("&", "") == button
        dialog.buttons.button(which).click()
        if dialog.isVisible():  # refused: the error stays in the question
            asked.append(dialog.error_label.text())
            assert dialog.error_label.isVisible()
            dialog.day_edit.setDate(dialog.day_edit.date().addDays(-1))
            assert not dialog.error_label.isVisible()  # gone once the day is changed

    when_shown(HeldDayDialog, act, close_after=True)


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
    assert "Registreres som holdt 22.11.2026 kl. 09.00" in asked[0]
    assert folders == [] and list(out.iterdir()) == []
    stored = next(mt for mt in cases.get_case(ui_uow(), case_id).case.meetings)
    assert (stored.status, stored.starts_at) == (m.MeetingStatus.PLANNED, PLANNED)
    assert "ikke avsluttet" in closing.status.text()

    # held today (the day it offers): the family's copy and the meeting carry today's date
    _answer("Registrer som holdt", asked)
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


def _has_two(seen: list[str]) -> bool:
    return len(seen) == 2


def test_a_meeting_held_on_an_earlier_day_is_recorded_on_that_day(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    case_id, meeting_id = _case_with_a_meeting_ahead(ui_uow)  # the case opened 12.11.2026
    guide = MeetingGuideDialog(ui_uow, cases.get_case(ui_uow(), case_id), meeting_id, TODAY)
    qtbot.addWidget(guide)
    guide.show()
    guide.go_to_key("avslutt")
    closing = guide.closing
    closing.now = lambda: NOW

    def stored() -> tuple[m.MeetingStatus, dt.datetime]:
        mt = next(iter(cases.get_case(ui_uow(), case_id).case.meetings))
        return mt.status, mt.starts_at

    # refused, in words, and nothing stored: before the case was opened, and tomorrow
    for day, words in (
        ("11.11.2026", "kan ikke ha vært holdt før saken ble opprettet"),
        ("23.11.2026", "Den dagen er ikke kommet ennå"),
    ):
        asked: list[str] = []
        _answer("Registrer som holdt", asked, day)
        closing.held_button.click()
        qtbot.waitUntil(partial(_has_two, asked), timeout=WAIT)
        assert "Fra 12.11.2026 (da saken ble opprettet) til i dag, 22.11.2026." in asked[0]
        assert words in asked[1], asked[1]
        assert stored() == (m.MeetingStatus.PLANNED, PLANNED)
        assert "ikke avsluttet" in closing.status.text()

    # held three days ago: recorded on that day at the planned hour
    asked = []
    _answer("Registrer som holdt", asked, "19.11.2026")
    closing.held_button.click()
    qtbot.waitUntil(lambda: "registrert som holdt" in closing.status.text(), timeout=WAIT)
    held = dt.datetime(2026, 11, 19, 9, 0)
    assert stored() == (m.MeetingStatus.HELD, held)
    assert cases.list_cases(ui_uow(), now=NOW)[0].last_meeting == held
