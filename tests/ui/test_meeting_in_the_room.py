"""A family meeting run in the guide, keyboard only, with the family view open throughout.

On real widgets and a real SQLite file: the demo case gets a new planned meeting
(the open actions of its second meeting go on the agenda), and the guide runs
it: attendance, the review of a carried-over action, three actions typed inline
(one of them internal), the decision, the next meeting created with its
calendar file, and «Avslutt møtet», which prints the family copy and the
evaluation forms on a real CUPS queue (cups-pdf); both are read back with
pdftotext. Every text the family view shows on the way is collected: the actions
appear as typed, and no internal note, internal action, other child's name or
source citation ever does. The keys pressed are counted (the README's figure).

A second test runs the start of the same flow from a new case: new case →
planned meeting → the guide's attendance, a walk-in added to the directory, an
action, the decision.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import cases, directory
from familiemote.services import consent as consent_service
from familiemote.services import meetings as meeting_service
from familiemote.services.meetings import GuideField
from familiemote.ui import case_commands
from familiemote.ui.meeting_guide import MeetingGuideDialog
from tests.support import pdf
from tests.support.cups import PdfPrinter, cups_pdf_printer  # noqa: F401 (fixture)
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY

# the offscreen platform cannot raise windows or grab the keyboard for the completer's popup
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
WAIT = 30000  # only catches a hang

INTERNAL_NOTE = "Far ønsker ikke at samlivsbruddet nevnes."
INTERNAL_ACTION = "Vurdere bekymringsmelding til barnevernet"
OTHER_CHILD = "Jonasine"
ACTIONS = (
    ("Samtaler med Sofie om søvn hver tredje uke", "Hanne", "Foreldrene noterer søvnen"),
    ("Plan for mandagsmorgener med kontaktlærer", "Lise", ""),
    (INTERNAL_ACTION, "Hanne", ""),
)
SOURCE_CITATION = re.compile(r"\b00\d:\d+|\bkilde\b|\bkapittel\b", re.IGNORECASE)


class Keys:
    """Presses keys the way a user does, counts them, and reads the family view after each."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0
        self.dialogs = 0
        self.views: list[QWidget] = []
        self.seen: set[str] = set()

    def collect(self) -> None:
        QApplication.processEvents()
        for view in self.views:
            if view.isVisible():
                self.seen.update(view.visible_texts())  # type: ignore[attr-defined]

    def press(self, key: Qt.Key, mod: Qt.KeyboardModifier = NONE, n: int = 1) -> None:
        for _ in range(n):
            target = QApplication.focusWidget() or QApplication.activeWindow()
            assert target is not None, "no widget has the keyboard"
            self.qtbot.keyClick(target, key, mod)
            self.count += 1
            self.collect()

    def type(self, text: str, *, counted: bool = False) -> None:
        """Type ``text``; the words themselves are not counted (the same in any program),
        dates and numbers are (``counted``)."""
        target = QApplication.focusWidget()
        assert target is not None
        self.qtbot.keyClicks(target, text)
        if counted:
            self.count += len(text)
        self.collect()


def letters(text: str) -> str:
    """ASCII letters and digits only: CUPS' PDF printer re-renders the text, and pdftotext
    reads its letters outside ASCII (æ, ø, å) back as nothing or a space."""
    return re.sub(r"[^A-Za-z0-9]", "", text)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(widget.isActiveWindow, timeout=WAIT)


def wait_for_job(printer: PdfPrinter, before: set[Path], stem: str) -> Path:
    """The PDF cups-pdf wrote for the job whose title holds ``stem`` (cups-pdf's spelling:
    other characters as "_"); other tests may print meanwhile."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        new = [p for p in printer.existing() - before if stem.lower() in p.name.lower()]
        if new and printer._complete(new[-1]):
            return new[-1]
        time.sleep(0.3)
    names = sorted(p.name for p in printer.existing() - before)
    pytest.fail(f"cups-pdf wrote no job titled *{stem}*; new files: {names}")


def plan_third_meeting(ui_uow: UowFactory, case_id: int) -> int:
    """The meeting to run: the mother, Sofie and Hanne invited (the planner's work)."""
    detail = cases.get_case(ui_uow(), case_id)
    mother = next(f for f in detail.case.family_members if f.relation == m.Relation.MOTHER)
    hanne = next(p for p in detail.professionals.values() if p.name == "Hanne Eksempel")
    plan = meeting_service.MeetingPlan(
        m.MeetingKind.FAMILY,
        dt.datetime.combine(TODAY, dt.time(10)),
        "Helsestasjonen, møterom 2",
        (
            meeting_service.ParticipantInput(m.ParticipantKind.FAMILY, family_member_id=mother.id),
            meeting_service.ParticipantInput(m.ParticipantKind.CHILD),
            meeting_service.ParticipantInput(
                m.ParticipantKind.PROFESSIONAL,
                professional_id=hanne.id,
                roles=frozenset({m.Role.LEADER, m.Role.WRITER}),
            ),
        ),
    )
    result = meeting_service.plan_meeting(ui_uow(), case_id, plan, TODAY)
    assert result.carried_over >= 2  # the open actions of the earlier meetings
    meeting_service.save_text(ui_uow(), result.meeting_id, GuideField.INTERNAL_NOTES, INTERNAL_NOTE)
    return result.meeting_id


def test_a_meeting_in_the_room_by_keyboard_with_the_family_view_open(
    qtbot: QtBot,
    make_window: MakeWindow,
    ui_uow: UowFactory,
    cups_pdf_printer: PdfPrinter,  # noqa: F811
    tmp_path: Path,
) -> None:
    # another child's case in the same database: its name must never reach the family's screen
    cases.create_case(ui_uow(), cases.NewCase(OTHER_CHILD, TODAY.year - 7), TODAY)
    window = make_window()
    window.open_demo_case()
    case_id = window.current_case_id
    assert case_id is not None
    meeting_id = plan_third_meeting(ui_uow, case_id)
    window.refresh_case(case_id)
    keys = Keys(qtbot)
    activate(qtbot, window)

    # Ctrl+G opens the guide on today's meeting, beside the main window (not modal)
    keys.press(Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: bool(case_commands.open_guides()), timeout=WAIT)
    (guide,) = case_commands.open_guides()
    assert isinstance(guide, MeetingGuideDialog) and guide.meeting_id == meeting_id
    assert not guide.isModal() and window.isEnabled()
    activate(qtbot, guide)

    # F5: the family view opens, and stays open for the rest of the meeting
    keys.press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: guide.family_view is not None, timeout=WAIT)
    view = guide.family_view
    assert view is not None
    keys.views.append(view)
    activate(qtbot, guide)
    keys.collect()
    assert any("Sofie" in t for t in keys.seen)

    # 1. attendance: the focus is in the list; T marks present and moves on (3 keys)
    assert guide.current_step().key == "formal_og_roller"
    assert QApplication.focusWidget() is guide.attendance.table
    keys.press(Qt.Key.Key_T, n=3)
    stored = cases.get_case(ui_uow(), case_id).case
    meeting = next(mt for mt in stored.meetings if mt.id == meeting_id)
    assert [p.attendance for p in meeting.participants] == [m.Attendance.PRESENT] * 3
    # the main window shows it without reopening anything
    assert "3 til stede" in guide.attendance.summary.text()

    # 2. the carried-over actions, one at a time: the first is done (Alt+U, Enter)
    keys.press(Qt.Key.Key_PageDown, CTRL)
    assert guide.current_step().key == "gjennomgang"
    reviewed = guide.review.current
    assert reviewed is not None
    keys.press(Qt.Key.Key_U, ALT)
    qtbot.waitUntil(lambda: guide.review.outcome() == m.ReviewOutcome.DONE, timeout=WAIT)
    keys.press(Qt.Key.Key_Return)
    stored = cases.get_case(ui_uow(), case_id).case
    action = next(a for a in stored.actions if a.id == reviewed.id)
    review = next(r for r in action.reviews if r.meeting_id == meeting_id)
    assert (review.outcome, action.status) == (m.ReviewOutcome.DONE, m.ActionStatus.DONE)
    assert guide.review.current is not None and guide.review.current.id != reviewed.id

    # 3. the decision (Alt+6): other measures, with a reason
    keys.press(Qt.Key.Key_6, ALT)
    assert guide.current_step().key == "beslutning"
    keys.press(Qt.Key.Key_T, ALT)  # Andre &tiltak
    qtbot.waitUntil(lambda: guide.selected_decision() == m.Decision.OTHER_MEASURES, timeout=WAIT)
    keys.press(Qt.Key.Key_G, ALT)  # Be&grunnelse
    keys.type("Tiltak i skole og helsestasjon til svar fra BUP foreligger.")

    # 4. who does what, when: typed in the row, Enter saves; three actions
    keys.press(Qt.Key.Key_7, ALT)
    assert guide.current_step().key == "ansvar"
    editor = guide.actions_editor
    assert QApplication.focusWidget() is editor.what
    for n, (what, who, family) in enumerate(ACTIONS):
        keys.type(what)
        keys.press(Qt.Key.Key_Tab)
        keys.type(who)
        keys.press(Qt.Key.Key_Tab)
        keys.type(family)
        keys.press(Qt.Key.Key_Tab)
        keys.type(f"{n + 10}.12", counted=True)
        if what == INTERNAL_ACTION:
            keys.press(Qt.Key.Key_I, ALT)  # &Intern
            qtbot.waitUntil(editor.internal.isChecked, timeout=WAIT)
            keys.press(Qt.Key.Key_Return)  # Enter on the box saves the row too
        else:
            # typed, not saved: the family does not see a draft
            keys.collect()
            assert not any(what in t for t in view.visible_texts())
            keys.press(Qt.Key.Key_Return)
            qtbot.waitUntil(
                lambda what=what: any(what in t for t in view.visible_texts()), timeout=WAIT
            )
        assert QApplication.focusWidget() is editor.what and not editor.what.text()
    stored = cases.get_case(ui_uow(), case_id).case
    agreed = [a for a in stored.actions if a.meeting_id == meeting_id]
    assert [a.description for a in agreed] == [a[0] for a in ACTIONS]
    assert [a.internal for a in agreed] == [False, False, True]
    assert agreed[0].family_part == "Foreldrene noterer søvnen"
    assert agreed[0].due_date == dt.date(2026, 12, 10)
    assert all(a.review_date == dt.date(2027, 5, 22) for a in agreed)  # six months on
    names = {
        a.description: (
            cases.get_case(ui_uow(), case_id).professional_name(a.responsible_professional_id)
        )
        for a in agreed
    }
    assert names[ACTIONS[0][0]] == "Hanne Eksempel"
    assert names[ACTIONS[1][0]] == "Lise Eksempel"
    # the Tiltak tab of the main window shows them without reopening the case
    tiltak = window.case_view.ensure_built(window.case_view.actions_panel)  # as when shown
    cells = [tiltak.open_table.item(r, 0).text() for r in range(tiltak.open_table.rowCount())]
    assert any(ACTIONS[1][0] in c for c in cells)

    # 5. the next meeting, created here: date and time typed, place kept, Enter
    keys.press(Qt.Key.Key_8, ALT)
    assert guide.current_step().key == "neste_mote"
    panel = guide.next_panel
    assert QApplication.focusWidget() is panel.when
    # the form base's date-time field takes the date as people write it; Qt's own
    # sectioned field (before the form base had its own) takes the digits alone
    typed = "15.01.2027 14:00" if hasattr(panel.when, "_parse") else "150120271400"
    keys.type(typed, counted=True)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Return)
    stored = cases.get_case(ui_uow(), case_id).case
    nxt = next(mt for mt in stored.meetings if mt.starts_at == dt.datetime(2027, 1, 15, 14, 0))
    assert nxt.status == m.MeetingStatus.PLANNED and nxt.place == "Helsestasjonen, møterom 2"
    assert len(nxt.participants) == 3
    assert next(mt for mt in stored.meetings if mt.id == meeting_id).next_meeting_at == (
        nxt.starts_at
    )
    ics_path = tmp_path / "neste.ics"

    def save_dialog(_start: str) -> str:  # the file dialog: one dialog, Enter
        keys.dialogs += 1
        return str(ics_path)

    panel.choose_ics_path = save_dialog
    keys.press(Qt.Key.Key_K, ALT)  # Lagre &kalenderfil
    keys.count += 1  # Enter in the save dialog
    qtbot.waitUntil(ics_path.exists, timeout=WAIT)
    ics_text = ics_path.read_text(encoding="utf-8")
    assert "DTSTART:20270115T140000" in ics_text and "Sofie" not in ics_text

    # 6. «Avslutt møtet»: what is missing, then print both and mark held (Alt+A)
    keys.press(Qt.Key.Key_9, ALT)
    assert guide.current_step().key == "avslutt"
    closing = guide.closing
    missing = closing.missing.text()
    assert "ingen navngitt ansvarlig" not in missing  # all three have a person
    assert closing.copies.value() == 2  # the mother and Sofie were present
    printers = [closing.printer.itemText(i) for i in range(closing.printer.count())]
    assert cups_pdf_printer.name in printers
    closing.printer.setCurrentText(cups_pdf_printer.name)
    before = cups_pdf_printer.existing()
    keys.press(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: "holdt" in closing.status.text(), timeout=WAIT)
    stored = cases.get_case(ui_uow(), case_id).case
    assert next(mt for mt in stored.meetings if mt.id == meeting_id).status == (
        m.MeetingStatus.HELD
    )
    family_copy = wait_for_job(cups_pdf_printer, before, "familiens_kopi")
    forms = wait_for_job(cups_pdf_printer, before, "Vurdering_av_samtalen")
    copy_text = letters(pdf.text(family_copy))
    for what, _who, _family in ACTIONS[:2]:
        assert letters(what) in copy_text
    assert letters(INTERNAL_ACTION) not in copy_text
    assert letters(INTERNAL_NOTE) not in copy_text
    assert letters("Hanne Eksempel") in copy_text and letters("Familiens kopi") in copy_text
    assert pdf.pages(forms) == 4  # two forms, two pages each
    assert letters(pdf.text(forms)).count(letters("Takk for at du svarte")) == 2  # one per form

    # the family view, all along
    keys.collect()
    shown = "\n".join(keys.seen)
    for what, _who, _family in ACTIONS[:2]:
        assert what in shown
    assert INTERNAL_ACTION not in shown
    assert INTERNAL_NOTE not in shown
    assert OTHER_CHILD not in shown
    assert not SOURCE_CITATION.search(shown), SOURCE_CITATION.search(shown)
    assert view.isVisible()

    # the figure for the README: keys from Ctrl+G to the printed copy, and dialogs opened
    Path(tmp_path / "keys.txt").write_text(f"{keys.count} keys, {keys.dialogs} dialogs\n")
    print(f"\nscripted meeting: {keys.count} keys, {keys.dialogs} dialogs")
    assert keys.count <= 70 and keys.dialogs <= 1

    # Ctrl+B in the guide blanks the family's screen for a sensitive moment, and back
    activate(qtbot, guide)
    qtbot.keyClick(QApplication.focusWidget() or guide, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: view.visible_texts() == [], timeout=WAIT)
    assert "Vis igjen" in guide.blank_button.text().replace("&", "")
    qtbot.keyClick(QApplication.focusWidget() or guide, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: bool(view.visible_texts()), timeout=WAIT)
    guide.close()
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=WAIT)


def test_new_case_to_first_meeting_with_a_walk_in(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    """New case, a planned meeting, then in the guide: who came, one who came unannounced
    (a new person, saved to the directory), an action for them, and the decision."""
    window = make_window()
    school = next(s for s in directory.list_services(ui_uow()) if s.kind == m.ServiceKind.SKOLE)
    nurse_service = next(
        s for s in directory.list_services(ui_uow()) if s.kind == m.ServiceKind.HELSESTASJON
    )
    nurse = directory.add_professional(
        ui_uow(), directory.NewProfessional("Hanne Test", nurse_service.id, "Helsesykepleier")
    )
    case_id = cases.create_case(
        ui_uow(),
        cases.NewCase(
            "Emma",
            TODAY.year - 8,
            family=(cases.NewFamilyMember("Mona Mor", m.Relation.MOTHER, True),),
        ),
        TODAY,
    )
    mother = cases.get_case(ui_uow(), case_id).case.family_members[0]
    consent_service.record_consent(  # the health service only: not the school
        ui_uow(),
        case_id,
        consent_service.NewConsent(
            mother.id,
            (nurse_service.id,),
            frozenset({m.ConsentPurpose.SHARE_BETWEEN_SERVICES}),
            m.ConsentForm.WRITTEN,
            TODAY,
            "Hanne Test",
        ),
        TODAY,
    )
    plan = meeting_service.MeetingPlan(
        m.MeetingKind.FAMILY,
        dt.datetime.combine(TODAY, dt.time(9)),
        "Helsestasjonen",
        (
            meeting_service.ParticipantInput(m.ParticipantKind.CHILD),
            meeting_service.ParticipantInput(m.ParticipantKind.FAMILY, family_member_id=mother.id),
            meeting_service.ParticipantInput(
                m.ParticipantKind.PROFESSIONAL,
                professional_id=nurse,
                roles=frozenset({m.Role.LEADER}),
            ),
        ),
    )
    meeting_id = meeting_service.plan_meeting(ui_uow(), case_id, plan, TODAY).meeting_id
    window.reload_cases()
    window.select_case(case_id)
    activate(qtbot, window)
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: bool(case_commands.open_guides()), timeout=WAIT)
    (guide,) = case_commands.open_guides()
    activate(qtbot, guide)
    # «Alle til stede» (Alt+T), then the teacher who came without an invitation
    keys.press(Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: "3 til stede" in guide.attendance.summary.text(), timeout=WAIT)
    keys.press(Qt.Key.Key_K, ALT)  # &Kom uanmeldt
    keys.type("Tone Lærer")
    guide.attendance.walk_in_service.setCurrentIndex(  # a new person: the service chosen
        guide.attendance.walk_in_service.findData(school.id)
    )
    keys.press(Qt.Key.Key_R, ALT)  # Stilling / &rolle
    keys.type("Kontaktlærer")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "4 til stede" in guide.attendance.summary.text(), timeout=WAIT)
    people = {p.name: p for p in directory.list_professionals(ui_uow())}
    assert people["Tone Lærer"].service_id == school.id
    assert people["Tone Lærer"].title == "Kontaktlærer"
    # no consent for the school yet: taking part, discussed anonymously, said in words
    assert "drøftes anonymt" in guide.attendance.status.text()
    # an action for her: the consent gap is said on the row, in words
    guide.go_to_key("ansvar")
    editor = guide.actions_editor
    editor.what.setFocus()
    keys.type("Fast plass i klasserommet")
    keys.press(Qt.Key.Key_Tab)
    keys.type("Tone")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.table.rowCount() == 1, timeout=WAIT)
    assert "samtykke" in editor.table.item(0, 4).text().lower()
    assert editor.consent_button.isVisibleTo(guide)
    stored = cases.get_case(ui_uow(), case_id).case
    (action,) = [a for a in stored.actions if a.meeting_id == meeting_id]
    assert action.responsible_service_id == school.id
    # the main window's meetings tab shows the walk-in without reopening the case
    panel = window.case_view.ensure_built(window.case_view.meetings_panel)  # as when shown
    shown = [w.text() for w in panel.findChildren(QLabel)]
    shown += [
        t.item(r, c).text()
        for t in panel.findChildren(QTableWidget)
        for r in range(t.rowCount())
        for c in range(t.columnCount())
        if t.item(r, c)
    ]
    assert any("Tone Lærer" in text for text in shown)
    guide.close()


def test_what_the_main_window_saves_reaches_the_open_guide(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    """Both windows show the same data: a change made in the main window while the
    guide is open appears in the guide without reopening it, and the reverse."""
    window = make_window()
    window.open_demo_case()
    case_id = window.current_case_id
    assert case_id is not None
    meeting_id = plan_third_meeting(ui_uow, case_id)
    window.refresh_case(case_id)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: bool(case_commands.open_guides()), timeout=WAIT)
    (guide,) = case_commands.open_guides()
    assert guide.meeting_id == meeting_id
    guide.go_to_key("gjennomgang")
    before = guide.review.progress.text()
    # in the main window (the Tiltak tab's dialog does the same): an outcome recorded
    stored = cases.get_case(ui_uow(), case_id).case
    action = next(
        a
        for a in stored.actions
        if any(r.meeting_id == meeting_id and r.outcome is None for r in a.reviews)
    )
    from familiemote.services import actions as action_service

    action_service.record_review_outcome(
        ui_uow(),
        action.id or 0,
        meeting_id,
        action_service.ReviewDecision(m.ReviewOutcome.DONE),
        TODAY,
    )
    window.case_view.actions_panel.changed.emit()  # what a panel says after its save
    qtbot.waitUntil(lambda: guide.review.progress.text() != before, timeout=WAIT)
    assert guide.review.progress.text().startswith("1 av")

    # and the guide's save shows in the main window's meetings tab at once
    def present_in_window() -> int:
        panel = window.case_view.ensure_built(window.case_view.meetings_panel)  # as when shown
        texts = [w.text() for w in panel.findChildren(QLabel)]
        texts += [
            t.item(r, c).text()
            for t in panel.findChildren(QTableWidget)
            for r in range(t.rowCount())
            for c in range(t.columnCount())
            if t.item(r, c) is not None
        ]
        return sum(text.count("Til stede") for text in texts)

    shown_before = present_in_window()
    guide.go_to_key("formal_og_roller")
    guide.attendance.all_present()
    qtbot.waitUntil(lambda: present_in_window() > shown_before, timeout=WAIT)
    guide.close()
