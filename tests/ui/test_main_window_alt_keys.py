"""Every button of the main window and of the meeting guide has an Alt key of its own,
in bokmål and in nynorsk.

A facilitator runs the meeting from the keyboard. The walk opens what the nurse meets:
the empty window, the case list with a case, every tab of the demo case (open and
closed, with a row chosen in every list so the buttons that need one are enabled), the
follow-up overview and every step of the guide of each meeting (a family meeting and a
summary meeting, with each decision of the decision step). On each:

* every visible, enabled push button reads with an Alt key («&Nytt familiemøte …»);
  a button repeated once per meeting or per row («Åpne møteguiden …») cannot have a
  key of its own and is reached with Tab;
* no two visible, enabled controls share a key: menu titles and tab titles count
  with everything in the window (a shared key only moves the focus between them).

The backup reminder and the acute route's warning are shown in the walk (no backup has
been taken and the acute numbers are not filled in), so their buttons count on every tab.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import cases, demo, meetings, pathway
from familiemote.services.cases import CaseDetail
from familiemote.storage.db import Database
from familiemote.ui.main_window import MainWindow
from familiemote.ui.meeting_guide import MeetingGuideDialog
from familiemote.ui.security import SecurityControls
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY
from tests.ui.test_button_alt_keys import without_alt_key
from tests.ui.test_mnemonics import _select_first_rows, clashes


def _problems(window: QWidget, where: str) -> list[str]:
    out = [f"{where}: no Alt key: {b}" for b in without_alt_key(window)]
    out += [f"{where}: shared {k}: {v}" for k, v in clashes(window).items()]
    return out


def _window(qtbot: QtBot, uow: UowFactory, db: Database, tmp_path_settings: str) -> MainWindow:
    settings = QSettings(tmp_path_settings, QSettings.Format.IniFormat)
    window = MainWindow(uow, settings, db.display_location, today=lambda: TODAY)
    qtbot.addWidget(window)
    SecurityControls(window, db, settings)  # the Sikkerhet menu and the backup reminder
    # wide enough that no button row overflows into its «Mer …» menu
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window


def _walk_tabs(qtbot: QtBot, window: MainWindow, state: str) -> tuple[list[str], set[str]]:
    problems: list[str] = []
    buttons: set[str] = set()
    tabs = window.case_view.tabs
    qtbot.waitUntil(tabs.isVisible, timeout=20_000)
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.waitUntil(tabs.currentWidget().isVisible, timeout=20_000)
        where = f"{state}, tab «{tabs.tabText(i)}»"
        _select_first_rows(window)
        problems += _problems(window, where)
        buttons |= _enabled_buttons(window)
        # each row of each list chosen on its own (a choice in one of Tiltak's tables
        # clears the others, so its buttons are enabled one table at a time; an action
        # waiting for a handover enables «Godta …» and «Avslå …»)
        for view in _lists(window):
            for row in range(min(view.model().rowCount(), 8)):
                view.setCurrentIndex(view.model().index(row, 0))
                view.selectRow(row)
                found = _problems(window, f"{where}, row {row + 1} of «{view.accessibleName()}»")
                problems += found
                buttons |= _enabled_buttons(window)
    return problems, buttons


def _lists(window: QWidget) -> list[QTableView]:
    return [
        v
        for v in window.findChildren(QTableView)
        if v.isVisible() and v.model() is not None and v.model().rowCount() > 0
    ]


def _enabled_buttons(window: QWidget) -> set[str]:
    return {
        b.text()
        for b in window.findChildren(QPushButton)
        if b.isVisible() and b.isEnabled() and b.window() is window
    }


def _summary_meeting(uow: UowFactory, case_id: int) -> None:
    when = dt.datetime.combine(TODAY + dt.timedelta(days=20), dt.time(13, 0))
    meetings.plan_meeting(
        uow(), case_id, meetings.MeetingPlan(kind=m.MeetingKind.SUMMARY, starts_at=when), TODAY
    )


def test_every_button_of_the_main_window_has_an_alt_key_of_its_own(
    qtbot: QtBot,
    ui_uow: UowFactory,
    ui_db: Database,
    tmp_path_factory: pytest.TempPathFactory,
    language: str,
) -> None:
    settings = str(tmp_path_factory.mktemp("settings") / "settings.ini")
    window = _window(qtbot, ui_uow, ui_db, settings)
    problems = _problems(window, "empty window")

    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    _summary_meeting(ui_uow, case_id)
    window.reload_cases()
    qtbot.waitUntil(window.case_table.isVisible, timeout=20_000)
    problems += _problems(window, "case list, no case chosen")
    window.select_case(case_id)
    found, seen = _walk_tabs(qtbot, window, "open case")
    problems += found

    # the closed case: «Gjenåpne saken …» instead of «Avslutt saken …»
    pathway.close_case(
        ui_uow(), case_id, pathway.PhaseDecisionInput(TODAY, "Kari Nordmann", "Ferdig"), TODAY
    )
    window.reload_cases()
    window.select_case(case_id)
    found, seen_closed = _walk_tabs(qtbot, window, "closed case")
    problems += found
    assert problems == [], "\n".join(problems)

    # the walk reached the banners, each tab's own buttons and the closed case's
    texts = {t.replace("&", "") for t in seen | seen_closed}
    tr = QApplication.translate
    expected = {
        tr("BackupBanner", "Minn meg på det ig&jen senere"),
        tr("InfoBoxes", "Fy&ll inn akuttnumrene …"),
        tr("OverviewPanel", "Nytt m&øte …"),
        tr("OverviewPanel", "Gjenåp&ne saken …"),
        tr("MeetingsPanel", "Nytt oppsummer&ende møte …"),
        tr("ActionsPanel", "R&egistrer utfall …"),
        tr("ActionsPanel", "M&erk som gjort …"),
        tr("ActionsPanel", "Avslå ov&erlevering"),
        tr("ActionsPanel", "Re&gistrer samtykke …"),
        tr("HistoryPanel", "Hv&em har sett saken …"),
        tr("ConsentPanel", "Trekk til&bake …"),
    }
    assert {t.replace("&", "") for t in expected} <= texts


def test_every_button_of_the_follow_up_overview_has_an_alt_key(
    qtbot: QtBot,
    ui_uow: UowFactory,
    ui_db: Database,
    tmp_path_factory: pytest.TempPathFactory,
    language: str,
) -> None:
    settings = str(tmp_path_factory.mktemp("settings") / "settings.ini")
    window = _window(qtbot, ui_uow, ui_db, settings)
    demo.create_demo_case(ui_uow(), TODAY)
    view = window.followup_menu.show_overview()
    qtbot.waitExposed(view)
    pushed = [b for b in view.findChildren(QPushButton) if b.isVisible()]
    assert len(pushed) >= 5
    assert _problems(view, "Oppfølging") == []


def _go_to(qtbot: QtBot, guide: MeetingGuideDialog, index: int) -> None:
    guide.go_to(index)
    qtbot.waitUntil(lambda: guide.pages.currentIndex() == index, timeout=10_000)


def _walk_guide(qtbot: QtBot, guide: MeetingGuideDialog, name: str) -> list[str]:
    problems: list[str] = []
    for i, step in enumerate(guide.steps):
        _go_to(qtbot, guide, i)
        where = f"{name}, step «{step.title}»"
        problems += _problems(guide, where)
        if step.key == "beslutning":  # each decision enables its own buttons
            for choice in guide.decision_group.buttons():
                choice.click()
                problems += _problems(guide, f"{where} «{choice.text()}»")
    return problems


def _guide_shown(
    qtbot: QtBot, ui_uow: UowFactory, detail: CaseDetail, meeting_id: int
) -> MeetingGuideDialog:
    guide = MeetingGuideDialog(ui_uow, detail, meeting_id, TODAY)
    qtbot.addWidget(guide)
    guide.resize(1600, 1000)
    guide.show()
    qtbot.waitExposed(guide)
    return guide


def _last_meetings_guide(qtbot: QtBot, ui_uow: UowFactory) -> MeetingGuideDialog:
    """The demo case's last meeting in the guide, shown."""
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    detail = cases.get_case(ui_uow(), case_id)
    meeting = detail.case.meetings[-1]
    assert meeting.id is not None
    return _guide_shown(qtbot, ui_uow, detail, meeting.id)


def test_every_button_of_each_step_of_the_guide_has_an_alt_key(
    qtbot: QtBot, ui_uow: UowFactory, language: str
) -> None:
    """The family meetings and a summary meeting of the demo case; and, while the
    family's screen is open, its two buttons («Lukk familiens visning», «Skjul …»)."""
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    _summary_meeting(ui_uow, case_id)
    detail = cases.get_case(ui_uow(), case_id)
    problems: list[str] = []
    kinds = set()
    for meeting in detail.case.meetings:
        assert meeting.id is not None
        guide = _guide_shown(qtbot, ui_uow, detail, meeting.id)
        name = f"{meeting.kind.name} {meeting.starts_at:%Y-%m-%d}"
        problems += _walk_guide(qtbot, guide, name)
        kinds.add(meeting.kind)
        guide.reject()
    assert kinds == {m.MeetingKind.FAMILY, m.MeetingKind.SUMMARY}
    assert problems == [], "\n".join(problems)


def test_the_guide_with_the_family_screen_open(
    qtbot: QtBot, ui_uow: UowFactory, language: str
) -> None:
    guide = _last_meetings_guide(qtbot, ui_uow)
    guide.toggle_family_view()
    qtbot.waitUntil(guide.blank_button.isEnabled, timeout=10_000)
    problems: list[str] = []
    for i, step in enumerate(guide.steps):
        _go_to(qtbot, guide, i)
        problems += _problems(guide, f"family screen open, step «{step.title}»")
    shown = {b.text() for b in guide.findChildren(QAbstractButton) if b.isVisible()}
    assert QApplication.translate("MeetingGuideDialog", "Lukk fa&miliens visning (F5)") in shown
    guide.toggle_family_view()
    guide.reject()
    assert problems == [], "\n".join(problems)


def test_the_new_keys_press_their_buttons(qtbot: QtBot, ui_uow: UowFactory) -> None:
    """Alt+P opens and folds the step's help, Alt+Ø empties the row being typed in
    «Hvem gjør hva, når» (as Esc does)."""
    guide = _last_meetings_guide(qtbot, ui_uow)
    guide.windowHandle().requestActivate()  # Alt keys act in the active window
    qtbot.waitUntil(guide.isActiveWindow, timeout=10_000)
    guide.go_to_key("ansvar")
    editor = guide.actions_editor
    qtbot.waitUntil(editor.what.isVisible, timeout=10_000)
    alt = Qt.KeyboardModifier.AltModifier
    help_button = next(p.button for p in guide.help_panels if p.button.isVisible())
    before = help_button.isChecked()
    qtbot.keyClick(editor.what, Qt.Key.Key_P, alt)
    qtbot.waitUntil(lambda: help_button.isChecked() != before, timeout=10_000)
    editor.what.setText("Kartlegge søvn")
    qtbot.keyClick(editor.what, Qt.Key.Key_Ooblique, alt)
    qtbot.waitUntil(lambda: editor.what.text() == "", timeout=10_000)
    guide.reject()


def test_one_row_is_chosen_in_the_tiltak_tab_at_a_time(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    """A row chosen on the agenda clears the choice in the actions table, and back:
    «Registrer utfall …» and «Endre status …» are never enabled together."""
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    window.select_case(case_id)
    tabs = window.case_view.tabs
    qtbot.waitUntil(tabs.isVisible, timeout=20_000)
    panel = window.case_view.actions_panel
    tabs.setCurrentWidget(panel)
    assert panel.open_table is not None and panel.agenda_tables
    agenda = next(iter(panel.agenda_tables.values()))
    panel.open_table.selectRow(0)
    assert panel.status_button.isEnabled()
    agenda.selectRow(0)
    assert not panel.open_table.selectionModel().hasSelection()
    assert not panel.status_button.isEnabled()
    outcome = next(b for b in panel.findChildren(QPushButton) if b.text() == "R&egistrer utfall …")
    assert outcome.isEnabled()
    panel.open_table.selectRow(0)
    assert not agenda.selectionModel().hasSelection()
    assert not outcome.isEnabled() and panel.status_button.isEnabled()
