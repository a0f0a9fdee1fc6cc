"""A consent that lets services receive information in the meetings still planned says
so: in the consent form before it is saved, in the window's status bar once saved, and
in Historikk in one sentence. A held meeting is not rewritten. The real window on a
real SQLite file."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import cases, directory
from familiemote.services import meetings as meeting_service
from familiemote.ui.consent_dialog import ConsentDialog
from familiemote.ui.main_window import MainWindow
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.support.modal import when_shown
from tests.ui.conftest import TODAY

WAIT = 30_000  # ms; only catches a hang
P = m.ParticipantKind
BUP = "Barne- og ungdomspsykiatrisk poliklinikk (BUP)"


def _case(ui_uow: UowFactory) -> tuple[int, dict[str, int], dict[str, int]]:
    """A case coordinated by the health station, one guardian, no consent; a held
    meeting and two planned ones where the school (and BUP in the second) could only
    discuss the case anonymously."""
    ids = {s.kind: s.id for s in directory.list_services(ui_uow()) if s.id is not None}
    hs, school = ids[m.ServiceKind.HELSESTASJON], ids[m.ServiceKind.SKOLE]
    bup = ids[m.ServiceKind.BUP]
    nurse = directory.add_professional(ui_uow(), directory.NewProfessional("Hanne Lie", hs))
    case_id = cases.create_case(
        ui_uow(),
        cases.NewCase(
            "Ida",
            2016,
            initiating_service_id=hs,
            coordinator_id=nurse,
            family=(cases.NewFamilyMember("Nina Hansen", m.Relation.MOTHER, True),),
        ),
        TODAY - dt.timedelta(days=60),
    )
    mother = cases.get_case(ui_uow(), case_id).case.family_members[0].id

    def plan(days: int, *services: int) -> int:
        return meeting_service.plan_meeting(
            ui_uow(),
            case_id,
            meeting_service.MeetingPlan(
                m.MeetingKind.FAMILY,
                dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(9)),
                "Helsestasjonen",
                (
                    meeting_service.ParticipantInput(P.FAMILY, family_member_id=mother),
                    meeting_service.ParticipantInput(P.PROFESSIONAL, professional_id=nurse),
                    *(
                        meeting_service.ParticipantInput(
                            P.PROFESSIONAL, service_id=s, receives_information=False
                        )
                        for s in services
                    ),
                ),
            ),
            TODAY - dt.timedelta(days=30),
        ).meeting_id

    held = plan(-14, school)
    meeting_service.set_status(ui_uow(), held, m.MeetingStatus.HELD)
    meetings = {"held": held, "first": plan(14, school), "second": plan(40, school, bup)}
    return case_id, {"school": school, "bup": bup, "hs": hs}, meetings


def _informed(ui_uow: UowFactory, case_id: int, meeting_id: int) -> dict[int | None, bool]:
    meeting = next(
        mt for mt in cases.get_case(ui_uow(), case_id).case.meetings if mt.id == meeting_id
    )
    return {p.service_id: p.receives_information for p in meeting.participants if p.service_id}


def test_a_later_consent_tells_what_it_changes_in_the_planned_meetings(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    case_id, s, mt = _case(ui_uow)
    window: MainWindow = make_window()
    window.select_case(case_id)
    panel = window.case_view.consent_panel
    window.case_view.tabs.setCurrentWidget(panel)
    notes: list[str] = []

    def record(dialog: ConsentDialog) -> None:
        for sid, box in dialog.service_boxes.items():
            box.setChecked(sid == s["school"])
        notes.append(dialog.meetings_note.text() if dialog.meetings_note.isVisible() else "")
        dialog.service_boxes[s["bup"]].setChecked(True)
        notes.append(dialog.meetings_note.text())
        dialog.service_boxes[s["school"]].setChecked(False)
        dialog.service_boxes[s["bup"]].setChecked(False)
        notes.append(dialog.meetings_note.text() if dialog.meetings_note.isVisible() else "")
        dialog.service_boxes[s["school"]].setChecked(True)
        dialog.service_boxes[s["bup"]].setChecked(True)
        if not dialog.recorder_edit.text():
            dialog.recorder_edit.setText("Hanne Lie")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_shown(ConsentDialog, record, close_after=True)
    with qtbot.waitSignal(window.case_opened, timeout=WAIT):
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)

    # before saving: which planned meetings, and which services there, in her words
    school_only, with_bup, none = notes
    assert school_only.startswith("Når samtykket lagres, mottar disse opplysninger om saken")
    assert "• Familiemøte 06.12.2026 kl. 09.00: Skole\n" in school_only
    assert school_only.endswith("• Familiemøte 01.01.2027 kl. 09.00: Skole")
    assert "08.11.2026" not in school_only  # the held meeting is not changed
    assert with_bup.endswith(f"• Familiemøte 01.01.2027 kl. 09.00: Skole og {BUP}")
    assert none == ""

    # saved: the status bar says it, and the planned meetings changed, the held one not
    status = window.statusBar().currentMessage()
    assert status == (
        f"Samtykket er lagret. Nå mottar Skole og {BUP} opplysninger i "
        "familiemøtet 06.12.2026 og familiemøtet 01.01.2027. Se Historikk."
    ), status
    assert _informed(ui_uow, case_id, mt["first"]) == {s["hs"]: True, s["school"]: True}
    assert _informed(ui_uow, case_id, mt["second"]) == {
        s["hs"]: True,
        s["school"]: True,
        s["bup"]: True,
    }
    assert _informed(ui_uow, case_id, mt["held"]) == {s["hs"]: True, s["school"]: False}

    # Historikk: one sentence, not three rows of «Mottar opplysninger: nei → ja»
    history = window.case_view.history_panel
    window.case_view.tabs.setCurrentWidget(history)
    table = history.findChild(QTableWidget, "historyTable")
    qtbot.waitUntil(lambda: table is not None and table.rowCount() > 0, timeout=WAIT)
    assert table is not None
    texts = [table.item(r, 1).text() for r in range(table.rowCount())]  # type: ignore[union-attr]
    told = [t for t in texts if "Derfor mottar nå disse opplysninger" in t]
    assert len(told) == 1, texts
    assert "registrerte samtykket fra Nina Hansen (mor)." in told[0]
    assert told[0].endswith(
        "der de før bare drøftet saken anonymt: Skole i familiemøtet 06.12.2026; "
        f"Skole og {BUP} i familiemøtet 01.01.2027. Møter som er holdt, er ikke endret."
    )
    assert not [t for t in texts if "i deltakerlisten for" in t], texts
    QApplication.processEvents()
