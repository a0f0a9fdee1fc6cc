"""Help for each phase and each meeting-guide step, shown in the UI and opened with F1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import cases, demo, pathway
from familiemote.services import help as help_service
from familiemote.ui.help_panel import HelpPanel, visible_help
from familiemote.ui.meeting_guide import MeetingGuideDialog
from familiemote.ui.theme import apply_text_scale, base_font
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY


def _label_text(panel: HelpPanel) -> str:
    return "\n".join(w.text() for w in panel.findChildren(QLabel))


def test_each_phase_shows_its_help_and_f1_opens_it(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    result = demo.create_demo_case(ui_uow(), TODAY)
    window = make_window()
    window.select_case(result.case_id)
    overview = window.case_view.overview_panel
    window.case_view.tabs.setCurrentWidget(overview)
    content = help_service.load_help("nb")
    for phase in m.Phase:
        detail = cases.get_case(ui_uow(), result.case_id)
        detail.case.phase = phase  # shown only, never stored
        overview.show_case(detail, TODAY)
        panel = visible_help(overview)
        assert panel is not None, phase
        assert not panel.box.isVisible()  # closed until asked for
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=30000)
        target = QApplication.focusWidget() or window
        qtbot.keyClick(target, Qt.Key.Key_F1)
        qtbot.waitUntil(panel.box.isVisible, timeout=30000)
        text = _label_text(panel)
        assert content.phase(phase).purpose in text
        assert content.phase(phase).found in text
        assert "Kilde: Skrove mfl., Møreforsking Molde 2016, «Kvalitet i alle ledd», kap. " in text
        assert panel.button.hasFocus()
        qtbot.keyClick(panel.button, Qt.Key.Key_Space)  # the button closes it again
        assert not panel.box.isVisible()


def test_each_guide_step_shows_its_help(qtbot: QtBot, ui_uow: UowFactory) -> None:
    result = demo.create_demo_case(ui_uow(), TODAY)
    detail = cases.get_case(ui_uow(), result.case_id)
    content = help_service.load_help("nb")
    for meeting_kind in (m.MeetingKind.FAMILY, m.MeetingKind.SUMMARY):
        meeting = next((mt for mt in detail.case.meetings if mt.kind == meeting_kind), None)
        if meeting is None:
            continue
        assert meeting.id is not None
        dialog = MeetingGuideDialog(ui_uow, detail, meeting.id, TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        steps = pathway.load_content().guide(meeting_kind)
        for i, step in enumerate(steps):
            dialog.go_to(i)
            panel = visible_help(dialog)
            assert panel is not None, step.key
            assert panel.box.isVisible()  # open in the guide: nothing to look for mid-meeting
            expected = content.step(meeting_kind, step.key)
            assert expected is not None
            assert expected.purpose in _label_text(panel)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=30000)
        panel = visible_help(dialog)
        assert panel is not None
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_F1)
        assert not panel.box.isVisible()
        dialog.reject()
    kinds = {mt.kind for mt in detail.case.meetings}
    assert m.MeetingKind.FAMILY in kinds  # the demo case has a family meeting to walk


@pytest.fixture
def text_size(request: pytest.FixtureRequest) -> Iterator[int]:
    percent = int(request.param)
    base_font()  # the system's size, noted before scaling
    apply_text_scale(percent)
    yield percent
    apply_text_scale(100)


@pytest.mark.parametrize("text_size", [100, 150], indirect=True)
def test_the_step_help_is_folded_at_a_large_text_size_and_the_choice_holds_on_every_step(
    qtbot: QtBot, ui_uow: UowFactory, text_size: int
) -> None:
    """At 150 % the open help box left room for about 1½ rows of the actions table: it
    starts folded there. Opened or folded on one step, it is so on the next steps."""
    result = demo.create_demo_case(ui_uow(), TODAY)
    detail = cases.get_case(ui_uow(), result.case_id)
    meeting = next(mt for mt in detail.case.meetings if mt.kind == m.MeetingKind.FAMILY)
    assert meeting.id is not None
    dialog = MeetingGuideDialog(ui_uow, detail, meeting.id, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    panel = visible_help(dialog)
    assert panel is not None
    assert panel.box.isVisible() is (text_size == 100)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=30000)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_F1)  # the other way
    chosen = text_size != 100
    assert panel.box.isVisible() is chosen
    for i in range(1, len(dialog.steps)):
        dialog.go_to(i)
        later = visible_help(dialog)
        if later is not None:
            assert later.box.isVisible() is chosen, dialog.steps[i].key
    dialog.reject()
