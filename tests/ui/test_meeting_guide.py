"""The meeting planner and guide driven as a facilitator would: keyboard only, then the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from familiemote.domain import meeting_rules as rules
from familiemote.domain import model as m
from familiemote.services import cases, demo, directory
from familiemote.services import meetings as meeting_service
from familiemote.services.meetings import GuideField
from familiemote.ui import case_commands
from familiemote.ui.meeting_guide import MeetingGuideDialog
from familiemote.ui.meeting_planner import COL_INVITED, COL_LEADER, COL_WHO, MeetingPlannerDialog
from familiemote.ui.new_case_dialog import NewCaseDialog
from familiemote.ui.referral_dialog import ReferralDialog
from familiemote.ui.theme import apply_text_scale
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.support.modal import when_shown
from tests.ui.conftest import TODAY

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Give the window the focus again (the offscreen platform does not do it by itself)."""
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(widget.isActiveWindow, timeout=30000)


def key(
    qtbot: QtBot,
    widget: QWidget,
    k: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    target = QApplication.focusWidget() or widget
    qtbot.keyClick(target, k, mod)


def test_from_concern_to_referral_decision_by_keyboard(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    nurse = directory.add_professional(
        ui_uow(),
        directory.NewProfessional(
            "Hanne Test",
            next(
                s.id
                for s in directory.list_services(ui_uow())
                if s.kind == m.ServiceKind.HELSESTASJON
            ),
            "Helsesykepleier",
        ),
    )
    assert nurse
    window = make_window()
    activate(qtbot, window)
    seen: list[QWidget] = []

    # 1. the concern: a new case, typed in
    def fill_case(dialog: QWidget) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), "Emma")
        key(qtbot, dialog, Qt.Key.Key_Return)

    when_shown(NewCaseDialog, fill_case, seen)
    key(qtbot, window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.current_case_id is not None, timeout=30000)
    case_id = window.current_case_id
    assert any(isinstance(w, NewCaseDialog) for w in seen)

    # 2. plan the family meeting: invite the mother? (none registered) -> the child and Hanne,
    #    Hanne leads; moving in the table with the arrow keys, ticking with space
    def fill_plan(dialog: MeetingPlannerDialog) -> None:
        table = dialog.table
        table.setFocus()
        child_row = dialog.row_of("Emma")
        nurse_row = dialog.row_of("Hanne Test")
        table.setCurrentCell(0, COL_INVITED)
        assert child_row == 0
        key(qtbot, dialog, Qt.Key.Key_Space)  # invite the child
        for _ in range(nurse_row):
            key(qtbot, dialog, Qt.Key.Key_Down)
        key(qtbot, dialog, Qt.Key.Key_Space)  # invite Hanne
        for _ in range(COL_LEADER - COL_INVITED):
            key(qtbot, dialog, Qt.Key.Key_Right)
        key(qtbot, dialog, Qt.Key.Key_Space)  # Hanne leads
        key(qtbot, dialog, Qt.Key.Key_E, ALT)  # St&ed
        qtbot.keyClicks(QApplication.focusWidget(), "Helsestasjonen")
        key(qtbot, dialog, Qt.Key.Key_L, ALT)  # &Lagre møtet

    when_shown(MeetingPlannerDialog, fill_plan, seen)
    activate(qtbot, window)
    key(qtbot, window, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: bool(cases.get_case(ui_uow(), case_id).case.meetings), timeout=30000)

    # 3. the meeting guide: the family's words, the decision to refer, the checklist
    def run_referral(dialog: ReferralDialog) -> None:
        for n in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
            key(qtbot, dialog, n, ALT)
        checked = dialog.checks
        qtbot.waitUntil(lambda: sum(c.isChecked() for c in checked.values()) == 3)
        key(qtbot, dialog, Qt.Key.Key_H, ALT)  # &Henviser
        qtbot.keyClicks(QApplication.focusWidget(), "Fastlege Test")
        key(qtbot, dialog, Qt.Key.Key_L, ALT)  # &Lagre henvisningen

    # the guide opens beside the main window (not modal); it is driven once it is shown
    activate(qtbot, window)
    key(qtbot, window, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: bool(case_commands.open_guides()), timeout=30000)
    (dialog,) = case_commands.open_guides()
    assert not dialog.isModal() and window.isEnabled()
    activate(qtbot, dialog)
    seen.append(dialog)
    key(qtbot, dialog, Qt.Key.Key_2, ALT)
    assert dialog.current_step().key == "familiens_beskrivelse"
    qtbot.keyClicks(QApplication.focusWidget(), "Emma gruer seg til skolen.")
    key(qtbot, dialog, Qt.Key.Key_PageDown, CTRL)
    assert dialog.current_step().key == "barnets_stemme"
    qtbot.keyClicks(QApplication.focusWidget(), "Vil ha hjelp i friminuttene.")
    key(qtbot, dialog, Qt.Key.Key_5, ALT)
    assert dialog.current_step().key == "beslutning"
    key(qtbot, dialog, Qt.Key.Key_B, ALT)  # Henvise til &BUP
    # a mnemonic "animates" the click: it lands a moment later
    qtbot.waitUntil(lambda: dialog.selected_decision() == m.Decision.REFER_BUP)
    when_shown(ReferralDialog, run_referral, seen)
    key(qtbot, dialog, Qt.Key.Key_H, ALT)  # &Henvisning og sjekkliste …
    # back in the guide once the referral dialog has closed
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=30000)
    activate(qtbot, dialog)
    key(qtbot, dialog, Qt.Key.Key_L, ALT)  # &Lukk guiden
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
    assert [type(w) for w in seen] == [
        NewCaseDialog,
        MeetingPlannerDialog,
        MeetingGuideDialog,
        ReferralDialog,
    ]

    case = cases.get_case(ui_uow(), case_id).case
    (meeting,) = case.meetings
    assert meeting.place == "Helsestasjonen"
    kinds = {(p.kind, p.professional_id): p.roles for p in meeting.participants}
    assert kinds == {
        (m.ParticipantKind.CHILD, None): frozenset(),
        (m.ParticipantKind.PROFESSIONAL, nurse): frozenset({m.Role.LEADER}),
    }
    assert meeting.family_description == "Emma gruer seg til skolen."
    assert meeting.child_voice == "Vil ha hjelp i friminuttene."
    assert meeting.decision == m.Decision.REFER_BUP
    (referral,) = case.referrals
    assert referral.checklist == {
        m.ChecklistItem.FIELDS_FILLED,
        m.ChecklistItem.CONCRETE_QUESTIONS,
        m.ChecklistItem.HEALTH_ASSESSMENT,
    }
    assert referral.referred_by == "Fastlege Test" and referral.meeting_id == meeting.id
    assert case.phase == m.Phase.VURDERING
    (decision,) = case.phase_decisions
    assert (decision.kind, decision.to_phase, decision.meeting_id) == (
        m.PhaseDecisionKind.MOVE,
        m.Phase.VURDERING,
        meeting.id,
    )
    assert decision.decided_by == "Fastlege Test"  # no coordinator chosen: the referrer
    # the window shows the new phase
    assert "Fase 2 av 5" in window.case_view.phase_label.text()


def test_guide_keeps_what_was_typed_when_closed_at_once(qtbot: QtBot, ui_uow: UowFactory) -> None:
    result = demo.create_demo_case(ui_uow(), TODAY)
    detail = cases.get_case(ui_uow(), result.case_id)
    meeting = detail.case.meetings[-1]
    assert meeting.id is not None
    dialog = MeetingGuideDialog(ui_uow, detail, meeting.id, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.go_to_key("tjenestenes_vurdering")
    assert dialog.current_step().key == "tjenestenes_vurdering"
    edit = dialog.text_edits[GuideField.SERVICES_VIEW]
    edit.selectAll()
    qtbot.keyClicks(edit, "Skolen ser mindre fravær.")
    dialog.reject()  # Esc at once: no wait for the autosave timer
    stored = cases.get_case(ui_uow(), result.case_id).case.meetings[-1]
    assert stored.services_view == "Skolen ser mindre fravær."


def test_demo_case_shows_pathway_and_two_meetings(make_window: MakeWindow) -> None:
    window = make_window()
    window.open_demo_case()
    overview = window.case_view.overview_panel
    texts = "\n".join(w.text() for w in overview.findChildren(QLabel))
    assert "▶ Saken er her nå" in texts and "2. Vurdering og henvisning" in texts
    assert "Neste beslutning:" in texts
    assert "BUP har deltatt i 2 av høyst 2 familiemøter før henvisning." in texts
    tables = overview.findChildren(QTableWidget)
    cells = [
        t.item(r, c).text()
        for t in tables
        for r in range(t.rowCount())
        for c in range(t.columnCount())
        if t.item(r, c)
    ]
    assert "Flyttet: fase 1 → 2 Vurdering og henvisning" in cells
    assert "Hanne Eksempel" in cells
    meetings = window.case_view.meetings_panel
    window.case_view.tabs.setCurrentWidget(meetings)  # built when shown
    assert len(meetings.guide_buttons) == 2


def test_planner_warns_about_fastlege_and_blocks_a_third_bup_meeting(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    result = demo.create_demo_case(ui_uow(), TODAY)
    detail = cases.get_case(ui_uow(), result.case_id)
    dialog = MeetingPlannerDialog(ui_uow, detail, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "2 av høyst 2" in dialog.count_label.text()
    dialog.set_checked(dialog.row_of("Dr. Eva Eksempel"), COL_INVITED, True)
    assert not dialog.warning_label.isVisible()  # the default date is four weeks ahead
    proposed = dialog.starts_at().date()  # the first working day four weeks ahead
    assert proposed == rules.default_meeting_day(TODAY, fastlege_invited=True)
    dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addDays(-10))
    days = (proposed - TODAY).days - 10
    assert dialog.warning_label.isVisible()
    assert f"Fastlegen er invitert bare {days} dager før møtet" in dialog.warning_label.text()
    dialog.set_checked(dialog.row_of("Bjørn Eksempel"), COL_INVITED, True)
    assert "BUP er invitert" in dialog.warning_label.text()
    assert dialog.override_edit.isVisible()
    before = len(cases.get_case(ui_uow(), result.case_id).case.meetings)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()  # refused
    assert "høyst 2" in dialog.error_label.text()
    assert len(cases.get_case(ui_uow(), result.case_id).case.meetings) == before
    qtbot.keyClicks(dialog.override_edit, "BUP ber om et tredje møte før henvisningen.")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    stored = cases.get_case(ui_uow(), result.case_id).case.meetings
    assert len(stored) == before + 1
    new = max(stored, key=lambda mt: mt.id or 0)
    assert new.bup_override_reason == "BUP ber om et tredje møte før henvisningen."
    assert new.starts_at.date() == TODAY + dt.timedelta(days=days)


# the completer's list is a popup: the offscreen platform cannot raise it or grab keys for it
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_enter_on_a_name_chosen_in_the_list_picks_it_and_leaves_the_row_open(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    """In «Hvem gjør hva, når», the responsible is typed and chosen in the list with the
    arrow keys and Enter. That Enter picks the name; the row is saved by the Enter after
    the nurse has filled in the family's part and the deadline, not before. An Enter
    with the list open and nothing chosen in it still saves at once."""
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    detail = cases.get_case(ui_uow(), case_id)
    meeting = detail.case.meetings[-1]
    assert meeting.id is not None
    guide = MeetingGuideDialog(ui_uow, detail, meeting.id, TODAY)
    qtbot.addWidget(guide)
    guide.show()
    activate(qtbot, guide)
    guide.go_to_key("ansvar")
    editor = guide.actions_editor
    rows = editor.table.rowCount()
    editor.what.setFocus()
    qtbot.keyClicks(editor.what, "Leksehjelp to dager i uka")
    qtbot.keyClick(editor.what, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.who
    qtbot.keyClicks(editor.who, "sko")
    popup = editor.who.completer().popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=30000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    chosen = popup.currentIndex().data()
    assert chosen and "sko" in chosen.casefold()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert editor.who.text() == chosen
    assert editor.table.rowCount() == rows, "the Enter that chose the name saved the row"
    assert QApplication.focusWidget() is editor.who
    assert editor.what.text() == "Leksehjelp to dager i uka"

    qtbot.keyClick(editor.who, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Mor ser over leksene")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.due
    qtbot.keyClicks(editor.due, "15.01.2027")
    qtbot.keyClick(editor.due, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.table.rowCount() == rows + 1, timeout=30000)
    stored = cases.get_case(ui_uow(), case_id).case
    (action,) = [
        a
        for a in stored.actions
        if a.meeting_id == meeting.id and a.description == "Leksehjelp to dager i uka"
    ]
    assert action.due_date == dt.date(2027, 1, 15)
    assert action.family_part == "Mor ser over leksene"

    # typed, the list open, nothing chosen in it: Enter saves the row as before
    qtbot.keyClicks(editor.what, "Samtale om søvn")
    qtbot.keyClick(editor.what, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.who, chosen)
    qtbot.waitUntil(popup.isVisible, timeout=30000)
    assert not popup.currentIndex().isValid()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.table.rowCount() == rows + 2, timeout=30000)
    guide.reject()


@pytest.mark.parametrize("scale", [100, 150])
def test_the_agreed_actions_stay_readable_at_a_large_text_size(
    qtbot: QtBot, ui_uow: UowFactory, scale: int
) -> None:
    """At 150 % text in a guide of 1200×820 (the size it opens at), «Hva» was squeezed
    to a few letters a line («Fast / samtale / med / kontakt…») while «Ansvarlig» and
    «Samtykke» kept their width for 24 and 26 letters, and a row grew to twelve lines.
    The action keeps at least a third of the table, and a row is at most five lines
    high."""
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    detail = cases.get_case(ui_uow(), case_id)
    meeting = next(
        mt for mt in detail.case.meetings if any(a.meeting_id == mt.id for a in detail.case.actions)
    )
    assert meeting.id is not None
    apply_text_scale(scale)
    try:
        guide = MeetingGuideDialog(ui_uow, detail, meeting.id, TODAY)
        qtbot.addWidget(guide)
        guide.resize(1200, 820)
        guide.show()
        qtbot.waitExposed(guide)
        guide.go_to_key("ansvar")
        table = guide.actions_editor.table
        qtbot.waitUntil(lambda: table.isVisible() and table.rowCount() > 0, timeout=30000)
        header = table.horizontalHeader()
        room = table.viewport().width()
        qtbot.waitUntil(lambda: header.sectionSize(0) >= room // 3, timeout=30000)
        line = table.fontMetrics().lineSpacing()
        for row in range(table.rowCount()):
            assert table.rowHeight(row) <= 5 * line + 12, row
    finally:
        apply_text_scale(100)


class _LaptopScreen:
    """A 1600×1000 screen, for a dialog's opening size (the offscreen screen is small)."""

    def availableGeometry(self) -> QRect:
        return QRect(0, 0, 1600, 1000)


@pytest.mark.parametrize(("scale", "size"), [(100, QSize(1100, 780)), (150, QSize(1520, 950))])
def test_the_planner_opens_larger_at_a_larger_text_size(
    qtbot: QtBot, ui_uow: UowFactory, monkeypatch: pytest.MonkeyPatch, scale: int, size: QSize
) -> None:
    """At 150 % text the planner opened at its 100 % size, and «Tjeneste / relasjon»
    was cut to «Helsesyk… Helsesta…»: the tick columns' headings had grown, the
    dialog had not. It opens larger with the text (never beyond 95 % of the screen),
    and no service's longest word is cut."""
    monkeypatch.setattr(MeetingPlannerDialog, "screen", lambda self: _LaptopScreen())
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    detail = cases.get_case(ui_uow(), case_id)
    apply_text_scale(scale)
    try:
        planner = MeetingPlannerDialog(ui_uow, detail, TODAY)
        qtbot.addWidget(planner)
        assert planner.size() == size
        planner.show()
        qtbot.waitExposed(planner)
        table = planner.table
        metrics = table.fontMetrics()
        words = [
            word
            for row in range(table.rowCount())
            if (item := table.item(row, COL_WHO)) is not None
            for word in item.text().split()
        ]
        longest = max(metrics.horizontalAdvance(w) for w in words)
        qtbot.waitUntil(lambda: table.columnWidth(COL_WHO) > longest, timeout=30000)
    finally:
        apply_text_scale(100)


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_enter_on_a_name_chosen_in_the_list_does_not_record_the_handover_yet(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    """In the review of an action on the agenda, «Overlevert til» is chosen in the list
    with the arrow keys and Enter: that Enter picks the name and records nothing; the
    next Enter records the handover to the person picked."""
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    plan = meeting_service.MeetingPlan(  # the open actions go on its agenda
        m.MeetingKind.FAMILY,
        dt.datetime.combine(TODAY, dt.time(10)),
        "Helsestasjonen",
        (meeting_service.ParticipantInput(m.ParticipantKind.CHILD),),
    )
    planned = meeting_service.plan_meeting(ui_uow(), case_id, plan, TODAY)
    assert planned.carried_over >= 1
    detail = cases.get_case(ui_uow(), case_id)
    guide = MeetingGuideDialog(ui_uow, detail, planned.meeting_id, TODAY)
    qtbot.addWidget(guide)
    guide.show()
    activate(qtbot, guide)
    guide.go_to_key("gjennomgang")
    review = guide.review
    qtbot.waitUntil(lambda: review.current is not None, timeout=30000)
    action = review.current
    assert action is not None and action.id is not None

    def reviewed_here() -> bool:
        stored = cases.get_case(ui_uow(), case_id).case
        mine = next(a for a in stored.actions if a.id == action.id)
        return any(r.meeting_id == planned.meeting_id and r.outcome for r in mine.reviews)

    review.buttons[m.ReviewOutcome.HANDED_OVER].setChecked(True)  # O&verlevert
    qtbot.waitUntil(review.to.isEnabled, timeout=30000)
    review.to.setFocus()
    qtbot.keyClicks(review.to, "sko")
    popup = review.to.completer().popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=30000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    chosen = popup.currentIndex().data()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert review.to.text() == chosen
    assert review.current is action and not reviewed_here(), "the pick recorded the review"
    qtbot.keyClick(review.to, Qt.Key.Key_Return)
    qtbot.waitUntil(reviewed_here, timeout=30000)
    guide.reject()


def test_the_next_meeting_lists_a_service_without_a_named_person_in_one_pair_of_brackets(
    qtbot: QtBot, ui_uow: UowFactory
) -> None:
    """«Skole ((ingen navngitt person))» in «Neste møte»: the words already carry their
    brackets. The list reads «Skole (ingen navngitt person)», «Sofie (Barnet)»."""
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    school = next(s.id for s in directory.list_services(ui_uow()) if s.kind == m.ServiceKind.SKOLE)
    plan = meeting_service.MeetingPlan(
        m.MeetingKind.FAMILY,
        dt.datetime.combine(TODAY, dt.time(10)),
        "Helsestasjonen",
        (
            meeting_service.ParticipantInput(m.ParticipantKind.CHILD),
            meeting_service.ParticipantInput(
                m.ParticipantKind.PROFESSIONAL, service_id=school, receives_information=False
            ),
        ),
    )
    planned = meeting_service.plan_meeting(ui_uow(), case_id, plan, TODAY)
    detail = cases.get_case(ui_uow(), case_id)
    guide = MeetingGuideDialog(ui_uow, detail, planned.meeting_id, TODAY)
    qtbot.addWidget(guide)
    guide.show()
    guide.go_to_key("neste_mote")
    people = guide.next_panel.people
    qtbot.waitUntil(lambda: people.count() == 2, timeout=30000)
    texts = [people.item(i).text() for i in range(people.count())]
    assert texts == ["Sofie (Barnet)", "Skole (ingen navngitt person)"]
    guide.reject()
