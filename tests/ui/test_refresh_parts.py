"""A save in one tab shows again only what it changed; the other tabs keep their state."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QLabel

from familiemote.services import actions as action_service
from familiemote.services import demo
from familiemote.services.cases import get_case
from tests.ui.conftest import TODAY


def _pages(window) -> dict[str, object]:  # type: ignore[no-untyped-def]
    view = window.case_view
    return {
        "overview": view.overview_panel.widget(),
        "meetings": view.meetings_panel.widget(),
        "actions": view.actions_panel.widget(),
        "consent": view.consent_panel.widget(),
    }


def _texts(widget) -> str:  # type: ignore[no-untyped-def]
    """The labels' texts and every table cell's."""
    out = [label.text() for label in widget.findChildren(QLabel)]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                out.append(str(model.data(model.index(row, column)) or ""))
    return "\n".join(out)


def test_an_action_saved_rebuilds_the_actions_and_overview_tabs_only(  # type: ignore[no-untyped-def]
    make_window, ui_uow
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    window.open_case(case_id)
    service_id = get_case(ui_uow(), case_id).case.initiating_service_id
    before = _pages(window)
    window.case_view.tabs.setCurrentWidget(window.case_view.actions_panel)
    # what the actions tab does after its dialog stored a new action
    action_service.agree_action(
        ui_uow(),
        case_id,
        action_service.NewAction("Leksehjelp to dager i uka", service_id),
        TODAY,
    )
    window.case_view.actions_panel.changed.emit()
    after = _pages(window)
    assert after["actions"] is not before["actions"]
    assert after["overview"] is not before["overview"]
    assert after["meetings"] is before["meetings"]  # kept: nothing of theirs changed
    assert after["consent"] is before["consent"]
    assert "Leksehjelp to dager i uka" in _texts(window.case_view.actions_panel)
    assert window.case_view.tabs.currentWidget() is window.case_view.actions_panel
    assert window.current_case_id == case_id


def test_a_change_to_the_case_itself_shows_every_tab_again(  # type: ignore[no-untyped-def]
    make_window, ui_uow
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    window.open_case(case_id)
    before = _pages(window)
    window.case_view.overview_panel.changed.emit()
    after = _pages(window)
    assert all(after[name] is not before[name] for name in before)
    assert window.case_view.take_changed_parts() is None
