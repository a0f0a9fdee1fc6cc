"""A declined handover, from the actions tab: recorded, and the earlier holder keeps it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from familiemote.services import actions as action_service
from familiemote.services.cases import get_case
from familiemote.ui.panels import actions as panel_module
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY
from tests.ui.test_followup_view import _open_demo, _run_with


def test_decline_from_the_tab_is_recorded_and_shown_with_the_holder(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    window, panel, case_id = _open_demo(make_window, ui_uow)
    action = next(
        a
        for a in get_case(ui_uow(), case_id).case.actions
        if a.is_open and not a.handovers and a.description.startswith("Sende PPTs")
    )
    with ui_uow() as uow:
        hs = next(s for s in uow.directory.services() if s.name.startswith("Helsestasjon"))
    action_service.propose_handover(ui_uow(), action.id or 0, hs.id, None, TODAY)
    window.select_case(case_id)
    panel = window.case_view.actions_panel
    panel.select_action(action.id)
    assert panel.decline_button.isEnabled()

    # OK with no reason is refused at the field; nothing stored
    def fill_empty(dialog: panel_module.DeclineDialog) -> None:
        dialog.declined_by.setText("Hanne Eksempel")

    _run_with(panel, fill_empty)
    panel.decline_button.click()
    assert panel.last_dialog.error_label.isVisible()
    assert "«Hvorfor» må fylles ut" in panel.last_dialog.error_label.text()  # as its label reads
    stored = next(a for a in get_case(ui_uow(), case_id).case.actions if a.id == action.id)
    assert stored.handovers[0].declined_on is None

    def fill(dialog: panel_module.DeclineDialog) -> None:
        dialog.declined_by.setText("Hanne Eksempel")
        dialog.reason.setFocus()
        qtbot.keyClicks(dialog.reason, "Helsestasjonen har ikke kapasitet før jul")

    _run_with(panel, fill)
    panel = window.case_view.actions_panel
    panel.select_action(action.id)
    panel.decline_button.click()
    stored = next(a for a in get_case(ui_uow(), case_id).case.actions if a.id == action.id)
    [h] = stored.handovers
    assert (h.declined_on, h.declined_by, h.decline_reason) == (
        TODAY,
        "Hanne Eksempel",
        "Helsestasjonen har ikke kapasitet før jul",
    )
    assert stored.responsible_service_id == action.responsible_service_id  # still PPT

    panel = window.case_view.actions_panel
    shown = panel.findChild(QLabel, "declinedHandovers")
    assert shown is not None
    text = shown.text()
    assert "avslått 22.11.2026 av Hanne Eksempel" in text
    assert "ikke kapasitet før jul" in text and "Ansvaret er fortsatt hos Per Eksempel" in text
    panel.select_action(action.id)
    assert not panel.decline_button.isEnabled() and panel.handover_button.isEnabled()
