"""A case shows only the tab on screen; a save shows again only what it changed.

Opening a case builds the tab on screen; the others are built when first shown. After
a save, a tab is built again only when what it shows changed: the Møter and Tiltak
tabs by what the save touched, the Oversikt and Samtykke tabs by comparing what they
show. Each test here fails if every tab is built on every open or save.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from familiemote.services import actions as action_service
from familiemote.services import cases as case_service
from familiemote.services import consent as consent_service
from familiemote.services import demo
from familiemote.services.cases import get_case
from familiemote.ui.main_window import MainWindow
from familiemote.ui.panels.base import CasePanel
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY

NAMES = ("overview", "meetings", "actions", "consent")


def _pages(window: MainWindow) -> dict[str, QWidget | None]:
    """The page each tab shows now (a new page object means the tab was built again)."""
    view = window.case_view
    return {
        "overview": view.overview_panel.widget(),
        "meetings": view.meetings_panel.widget(),
        "actions": view.actions_panel.widget(),
        "consent": view.consent_panel.widget(),
    }


def _panels(window: MainWindow) -> dict[str, CasePanel]:
    view = window.case_view
    return {
        "overview": view.overview_panel,
        "meetings": view.meetings_panel,
        "actions": view.actions_panel,
        "consent": view.consent_panel,
    }


def _page(panel: CasePanel) -> QWidget:
    page = panel.widget()
    assert page is not None
    return page


def _build_all(window: MainWindow) -> None:
    for panel in _panels(window).values():
        window.case_view.ensure_built(panel)


def _texts(widget: QWidget) -> str:
    """The labels' texts and every table cell's."""
    out = [label.text() for label in widget.findChildren(QLabel)]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                out.append(str(model.data(model.index(row, column)) or ""))
    return "\n".join(out)


def _open_demo(make_window: MakeWindow, ui_uow: UowFactory) -> tuple[MainWindow, int]:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    window.open_case(case_id)
    return window, case_id


def test_opening_a_case_builds_the_tab_on_screen_and_the_others_when_shown(
    make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    window, case_id = _open_demo(make_window, ui_uow)
    view = window.case_view
    assert view.tabs.currentWidget() is view.overview_panel
    assert view.is_built(view.overview_panel)
    assert _page(view.overview_panel).findChildren(QLabel)
    for name in ("meetings", "actions", "consent"):
        panel = _panels(window)[name]
        assert not view.is_built(panel), name
        assert not _page(panel).findChildren(QLabel), name  # the empty page of a new tab
    view.tabs.setCurrentWidget(view.consent_panel)  # the user clicks the tab
    assert view.is_built(view.consent_panel)
    assert view.consent_panel.detail is view.detail
    assert "Hvem kan få opplysninger i dag" in _texts(view.consent_panel)
    assert not view.is_built(view.actions_panel)
    # another case: the tab on screen shows it at once, the one left behind when shown
    other = case_service.create_case(ui_uow(), case_service.NewCase("Ida", 2016), TODAY)
    window.open_case(other)
    assert view.consent_panel.detail is view.detail
    assert view.detail is not None and view.detail.case.id == other
    assert not view.is_built(view.overview_panel)
    assert view.ensure_built(view.overview_panel) is view.overview_panel
    assert view.overview_panel.detail is view.detail
    assert window.current_case_id == other != case_id


def test_an_action_saved_rebuilds_the_actions_tab_only(
    make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    window, case_id = _open_demo(make_window, ui_uow)
    _build_all(window)
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
    assert after["overview"] is before["overview"]  # shows no actions: kept
    assert after["meetings"] is before["meetings"]  # kept: nothing of theirs changed
    assert after["consent"] is before["consent"]  # the same services, the same coverage
    assert "Leksehjelp to dager i uka" in _texts(window.case_view.actions_panel)
    assert window.case_view.tabs.currentWidget() is window.case_view.actions_panel
    assert window.current_case_id == case_id
    # the kept tabs act on the newest read (its version), not the one they were built from
    assert window.case_view.overview_panel.detail is window.case_view.detail
    assert window.case_view.consent_panel.detail is window.case_view.detail


def test_a_childs_view_recorded_rebuilds_the_consent_tab_only(
    make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    window, case_id = _open_demo(make_window, ui_uow)
    view = window.case_view
    _build_all(window)
    view.tabs.setCurrentWidget(view.consent_panel)
    before = _pages(window)
    consent_service.record_child_view(
        ui_uow(), case_id, "Vil helst ha møtene etter skoletid.", TODAY, "Helsesykepleier", TODAY
    )
    view.consent_panel.changed.emit()  # what the tab does after its dialog stored it
    after = _pages(window)
    assert after["consent"] is not before["consent"]
    assert "Vil helst ha møtene etter skoletid." in _texts(view.consent_panel)
    for name in ("overview", "meetings", "actions"):
        assert after[name] is before[name], name
    assert view.tabs.currentWidget() is view.consent_panel


def test_a_save_that_changed_nothing_shown_keeps_the_overview_and_consent_tabs(
    make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    window, _ = _open_demo(make_window, ui_uow)
    view = window.case_view
    _build_all(window)
    before = _pages(window)
    view.overview_panel.changed.emit()  # e.g. a dialog closed with «Lagre» and no change
    after = _pages(window)
    assert after["overview"] is before["overview"]
    assert after["consent"] is before["consent"]
    # the tabs that cannot compare are built again when shown
    assert not view.is_built(view.meetings_panel)
    view.tabs.setCurrentWidget(view.meetings_panel)
    assert view.meetings_panel.widget() is not before["meetings"]
    assert view.take_changed_parts() is None


def test_a_change_to_the_case_itself_shows_every_tab_again(
    make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    window, case_id = _open_demo(make_window, ui_uow)
    view = window.case_view
    _build_all(window)
    before = _pages(window)
    case = get_case(ui_uow(), case_id).case
    edit = dataclasses.replace(
        case_service.case_edit_of(case),
        child_first_name="Selma",
        concern_summary="Selma gruer seg til skolen.",
    )
    case_service.update_case(ui_uow(), case_id, edit, case.version, TODAY)
    view.overview_panel.changed.emit()  # what the editor does after «Lagre»
    assert view.title_label.text().startswith("Selma")
    assert "Selma gruer seg til skolen." in _texts(view.overview_panel)
    _build_all(window)
    after = _pages(window)
    assert [n for n in NAMES if after[n] is before[n]] == []
    assert view.take_changed_parts() is None
