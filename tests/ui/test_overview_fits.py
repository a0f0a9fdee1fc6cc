"""The case's tabs fit their pane at a large text size on a laptop screen: at 150 and
200 % (Innstillinger > Tekststørrelse) in a 1280x720 and a 1400x900 window, in bokmål
and nynorsk, no tab scrolls sideways, and every button, phase box and text of the
overview lies inside the visible width. At 100 % the overview looks as it always did:
the five phases in one row of equal boxes, the buttons in one row, the three parties
side by side."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from familiemote.services import cases, demo
from familiemote.ui.case_view import CaseView
from familiemote.ui.main_window import MainWindow
from familiemote.ui.meeting_guide import CLOSING_STEP, MeetingGuideDialog
from familiemote.ui.panels.base import CasePanel
from familiemote.ui.panels.overview import OverviewPanel
from familiemote.ui.theme import apply_text_scale, set_text_scale
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY

SIZES = [(1280, 720), (1400, 900)]
W = TypeVar("W", bound=QWidget)


@pytest.fixture(autouse=True)
def _text_size_back_to_normal() -> Iterator[None]:
    """The tests here change the text size: the next file starts at 100 %."""
    yield
    apply_text_scale(100)


def _window(
    make_window: MakeWindow,
    settings_path: Path,
    ui_uow: UowFactory,
    scale: int,
    size: tuple[int, int],
) -> MainWindow:
    set_text_scale(QSettings(str(settings_path), QSettings.Format.IniFormat), scale)
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    window.resize(*size)
    window.select_case(case_id)
    return window


def _x_span(widget: QWidget, panel: CasePanel) -> tuple[int, int]:
    """Where ``widget`` lies across the panel's visible area (left and right edge)."""
    viewport = panel.viewport()
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    return left, left + widget.width()


def _outside(panel: CasePanel, widgets: Sequence[QWidget]) -> list[str]:
    """The widgets (by their text) that do not lie wholly inside the visible width."""
    width = panel.viewport().width()
    out = []
    for w in widgets:
        left, right = _x_span(w, panel)
        if left < 0 or right > width:
            name = w.text() if isinstance(w, (QLabel, QPushButton)) else w.accessibleName()
            out.append(f"{name!r} at {left}..{right} of {width}")
    return out


def _laid_out(panel: CasePanel) -> bool:
    """The tab is built and its page laid out in the pane (as wide as the pane, or
    wider when its content will not fit)."""
    page = panel.widget()
    return (
        panel.detail is not None
        and page is not None
        and page.isVisible()
        and panel.viewport().width() > 0
        and page.width() >= panel.viewport().width()
    )


def _built_and_laid_out(view: CaseView, panel: CasePanel) -> Callable[[], bool]:
    return lambda: view.is_built(panel) and _laid_out(panel)


def _sideways(panel: CasePanel) -> str:
    """How much wider the page is than the pane ("" when it fits)."""
    page = panel.widget()
    assert page is not None
    over = max(page.width(), page.minimumSizeHint().width()) - panel.viewport().width()
    return f"{type(panel).__name__} is {over} px wider than its pane" if over > 0 else ""


def _columns_fit(view: QAbstractItemView) -> bool:
    """Every shown column of a table lies inside it (a list has one column)."""
    if not isinstance(view, QTableView):
        return view.horizontalScrollBar().maximum() == 0
    model = view.model()
    shown = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    return sum(view.columnWidth(c) for c in shown) <= view.viewport().width() + 1


def _fit_of(table: QAbstractItemView) -> Callable[[], bool]:
    return lambda: _columns_fit(table)


def _shown(page: QWidget, kind: type[W]) -> list[W]:
    return [w for w in page.findChildren(kind) if w.isVisibleTo(page)]


@pytest.mark.parametrize("scale", [150, 200])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_overview_fits_its_pane(
    qtbot: QtBot,
    make_window: MakeWindow,
    settings_path: Path,
    ui_uow: UowFactory,
    language: str,
    scale: int,
    size: tuple[int, int],
) -> None:
    window = _window(make_window, settings_path, ui_uow, scale, size)
    panel = window.case_view.overview_panel
    assert window.case_view.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: _laid_out(panel), timeout=10000)
    assert _sideways(panel) == ""
    page = panel.widget()
    assert page is not None
    assert not panel.horizontalScrollBar().isVisible()
    assert panel.horizontalScrollBar().maximum() == 0
    buttons = _shown(page, QPushButton)
    # the five commands of the phase box and «Hjelp om fasen (F1)»
    names = {b.accessibleName() for b in buttons}
    assert {panel.meeting_button.accessibleName(), panel.close_button.accessibleName()} <= names
    assert len(buttons) >= 6
    assert _outside(panel, buttons) == []
    # the phase boxes, every text of the plan (the three parties' lists included)
    labels = _shown(page, QLabel)
    assert len([x for x in labels if x.accessibleName().startswith("5.")]) == 1
    assert _outside(panel, labels) == []
    # the decisions and the family: no table scrolls sideways, its columns fit it
    tables = _shown(page, QTableWidget)
    assert len(tables) == 2
    for table in tables:
        qtbot.waitUntil(_fit_of(table), timeout=10000)
        assert not table.horizontalScrollBar().isVisible(), table.accessibleName()
    assert _outside(panel, tables) == []
    # no text is cut below either: each label is as tall as its wrapped text
    for x in labels:
        if x.wordWrap() and x.text():
            assert x.height() >= x.heightForWidth(x.width()) - 1, x.text()


@pytest.mark.parametrize("scale", [150, 200])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_other_tabs_fit(
    qtbot: QtBot,
    make_window: MakeWindow,
    settings_path: Path,
    ui_uow: UowFactory,
    language: str,
    scale: int,
    size: tuple[int, int],
) -> None:
    """Møter, Tiltak og ansvar, Samtykke and Historikk: no tab scrolls sideways, no
    button lies past its edge, and at 150 % no table in it scrolls sideways."""
    window = _window(make_window, settings_path, ui_uow, scale, size)
    view = window.case_view
    for panel in view.panels:
        view.tabs.setCurrentWidget(panel)
        qtbot.waitUntil(_built_and_laid_out(view, panel), timeout=10000)
        assert _sideways(panel) == ""
        page = panel.widget()
        assert page is not None
        assert not panel.horizontalScrollBar().isVisible(), type(panel).__name__
        assert _outside(panel, _shown(page, QPushButton)) == [], type(panel).__name__
        if scale > 150:
            continue  # at 200 % a meeting's participants (five columns, no word cut) need
            # more than the pane: that table scrolls, the tab not
        for table in _shown(page, QAbstractItemView):
            qtbot.waitUntil(_fit_of(table), timeout=10000)
            assert not table.horizontalScrollBar().isVisible(), table.accessibleName()


def test_at_100_the_overview_keeps_its_rows(
    qtbot: QtBot, make_window: MakeWindow, settings_path: Path, ui_uow: UowFactory
) -> None:
    window = _window(make_window, settings_path, ui_uow, 100, (1280, 720))
    panel = window.case_view.overview_panel
    qtbot.waitUntil(lambda: _laid_out(panel), timeout=10000)
    assert _sideways(panel) == ""
    page = panel.widget()
    assert page is not None
    strip = next(w for w in page.findChildren(QWidget) if w.accessibleName() == "Forløpet")
    cells = [c for c in strip.findChildren(QLabel) if c.isVisibleTo(strip)]
    assert len(cells) == 5
    # one row of equal boxes across the whole width
    assert len({c.y() for c in cells}) == 1
    assert max(c.width() for c in cells) - min(c.width() for c in cells) <= 1
    assert cells[-1].geometry().right() >= strip.width() - 2
    buttons = [
        panel.meeting_button,
        panel.edit_button,
        panel.move_button,
        panel.referral_button,
        panel.close_button,
    ]
    assert len({b.y() for b in buttons}) == 1
    assert all(b.width() == b.sizeHint().width() for b in buttons)
    assert [b.x() for b in buttons] == sorted(b.x() for b in buttons)


def test_the_buttons_take_a_second_row_when_narrow(
    qtbot: QtBot, make_window: MakeWindow, settings_path: Path, ui_uow: UowFactory
) -> None:
    """At 200 % in 1280x720 the commands go on more rows, in the same order (the Tab
    order), and the phases in two rows of boxes."""
    window = _window(make_window, settings_path, ui_uow, 200, (1280, 720))
    panel: OverviewPanel = window.case_view.overview_panel
    qtbot.waitUntil(lambda: _laid_out(panel), timeout=10000)
    assert _sideways(panel) == ""
    buttons = [
        panel.meeting_button,
        panel.edit_button,
        panel.move_button,
        panel.referral_button,
        panel.close_button,
    ]
    rows = sorted({b.y() for b in buttons})
    assert len(rows) >= 2
    # read row by row, left to right, the buttons come in the order they are tabbed
    assert sorted(buttons, key=lambda b: (b.y(), b.x())) == buttons
    chain: list[QWidget] = []
    step: QWidget | None = panel.meeting_button
    while step is not None and len(chain) < len(buttons):
        if step in buttons:
            chain.append(step)
        step = step.nextInFocusChain()
    assert chain == buttons


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_guides_last_step_fits_at_150(
    qtbot: QtBot, ui_uow: UowFactory, language: str, size: tuple[int, int]
) -> None:
    """«Avslutt møtet»: its three buttons take a second row rather than run past the
    dialog's edge (at 150 % in nynorsk they were 1,509 px wide in a 1,280 px dialog)."""
    apply_text_scale(150)
    result = demo.create_demo_case(ui_uow(), TODAY)
    detail = cases.get_case(ui_uow(), result.case_id)
    meeting = detail.case.meetings[-1]
    assert meeting.id is not None
    guide = MeetingGuideDialog(ui_uow, detail, meeting.id, TODAY)
    qtbot.addWidget(guide)
    guide.show()
    guide.resize(*size)
    guide.go_to_key(CLOSING_STEP)
    closing = guide.closing
    buttons = [closing.finish_button, closing.pdf_button, closing.held_button]
    qtbot.waitUntil(lambda: closing.isVisible() and guide.width() == size[0], timeout=10000)
    qtbot.waitUntil(lambda: all(b.width() > 0 for b in buttons), timeout=10000)
    for b in buttons:
        right = b.mapTo(guide, QPoint(b.width(), 0)).x()
        assert b.mapTo(guide, QPoint(0, 0)).x() >= 0 and right <= guide.width(), b.text()
        assert b.width() >= b.sizeHint().width(), b.text()  # not squeezed either
    scrolled = [
        a.accessibleName()
        for a in guide.findChildren(QScrollArea)
        if a.isVisible() and a.horizontalScrollBar().maximum() > 0
    ]
    assert scrolled == []
    guide.reject()
