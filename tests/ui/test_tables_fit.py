"""Tables read like documents from 1280x720 to 1920x1080 and at 100-200 % text: no
column runs past the table's edge, rows are as tall as their content (and lower when
the window is wider), the long text has the most room, no button is clipped (what
does not fit is under «Mer …»), and the case list shows the phase whole at 150 %."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QStyle, QTableView, QTableWidget
from pytestqt.qtbot import QtBot

from familiemote.services import actions, cases, demo, directory
from familiemote.ui.followup_view import FollowUpModel, FollowUpView
from familiemote.ui.main_window import MainWindow
from familiemote.ui.panels.actions import ActionsPanel
from familiemote.ui.theme import apply_text_scale, set_text_scale
from familiemote.ui.widgets import OverflowRow
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY

SIZES = [(1280, 720), (1920, 1080)]


@pytest.fixture
def scale_reset() -> Iterator[None]:
    yield
    apply_text_scale(100)


def _window(
    make_window: MakeWindow,
    settings_path: Path,
    ui_uow: UowFactory,
    scale: int,
    size: tuple[int, int],
) -> tuple[MainWindow, ActionsPanel]:
    set_text_scale(QSettings(str(settings_path), QSettings.Format.IniFormat), scale)
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    window.resize(*size)
    window.select_case(case_id)
    view = window.case_view
    view.tabs.setCurrentWidget(view.actions_panel)
    return window, view.actions_panel


def _columns_fit(table: QTableView) -> bool:
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    return sum(table.columnWidth(c) for c in shown) <= table.viewport().width() + 1


def _words(table: QTableWidget, column: int) -> set[str]:
    return {
        word
        for r in range(table.rowCount())
        if (item := table.item(r, column)) is not None
        for word in item.text().split()
    }


def _longest_word(table: QTableWidget, column: int) -> int:
    return max((table.fontMetrics().horizontalAdvance(w) for w in _words(table, column)), default=0)


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _no_word_cut(table: QTableWidget) -> bool:
    margins = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    return all(
        _longest_word(table, c) <= table.columnWidth(c) - margins
        for c in range(table.columnCount())
    )


def _rows_fit(table: QTableWidget) -> bool:
    return all(
        abs(table.rowHeight(r) - table.sizeHintForRow(r)) <= 1 for r in range(table.rowCount())
    )


def _table_settled(table: QTableWidget) -> bool:
    """The columns fit, the rows are as tall as their content, no scroll bar is left,
    and the table is as tall as its rows (set by a timer, laid out a turn later)."""
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    return (
        _columns_fit(table)
        and _rows_fit(table)
        and not table.horizontalScrollBar().isVisible()
        and table.height() >= rows + table.horizontalHeader().height()
    )


def _buttons_placed(row: OverflowRow) -> bool:
    """The row's layout has placed the buttons it shows (a button shown again keeps
    its old place until the layout's next pass)."""
    return all(
        b.geometry().right() <= row.width() and b.width() >= b.sizeHint().width()
        for b in row.buttons
        if b.isVisible()
    )


@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_actions_tab_fits(
    qtbot: QtBot,
    make_window: MakeWindow,
    settings_path: Path,
    ui_uow: UowFactory,
    scale_reset: None,
    scale: int,
    size: tuple[int, int],
) -> None:
    _win, panel = _window(make_window, settings_path, ui_uow, scale, size)
    table = panel.open_table
    assert table is not None and table.rowCount() >= 3
    # the columns, the rows, the scroll bar and the table's height settle a few event
    # loop turns apart (timers and layout requests): wait for all of them
    qtbot.waitUntil(lambda: _table_settled(table), timeout=10000)
    assert not table.horizontalScrollBar().isVisible()
    # no word is cut («Pedagogi…»): every word of every cell fits its column
    assert _no_word_cut(table)
    # «Ansvarlig nå» names a service by a short name («Helsestasjon og
    # skolehelsetjeneste» wrapped to a third line), the whole name in dialogs and Oversikt
    holders = [_cell(table, r, 1) for r in range(table.rowCount())]
    assert any(h.startswith("Hanne Eksempel\nHelsestasjon\n") for h in holders), holders
    assert not [h for h in holders if "skolehelsetjeneste" in h], holders
    # the long text (the action) has more room than any wrapping column, unless that
    # column is only as wide as its longest word
    for c in (1, 3):
        assert (
            table.columnWidth(0) >= table.columnWidth(c)
            or table.columnWidth(c)
            <= _longest_word(table, c) + 3 * table.fontMetrics().averageCharWidth()
        )
    # the table is as tall as its rows: nothing scrolls inside it
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.height() >= rows + table.horizontalHeader().height()
    # no clipped button: each shown one lies inside the row; the rest are under «Mer …»
    row = panel.button_row
    qtbot.waitUntil(lambda: row.width() > 0 and _buttons_placed(row), timeout=10000)
    for b in row.buttons:
        if b.isVisible():
            assert b.geometry().right() <= row.width() and b.width() >= b.sizeHint().width()
    hidden = [b for b in row.buttons if not b.isVisible() and b is not panel.consent_button]
    assert hidden == row.overflow or set(row.overflow) >= set(hidden)
    assert row.more.isVisible() == bool(row.overflow)
    if row.overflow:
        row._fill_menu()
        assert [a.text() for a in row.menu.actions()] == [b.text() for b in row.overflow]


def test_rows_get_lower_when_the_window_gets_wider(
    qtbot: QtBot,
    make_window: MakeWindow,
    settings_path: Path,
    ui_uow: UowFactory,
    scale_reset: None,
) -> None:
    window, panel = _window(make_window, settings_path, ui_uow, 100, (1280, 720))
    table = panel.open_table
    assert table is not None
    qtbot.waitUntil(lambda: _rows_fit(table), timeout=10000)
    narrow = sum(table.rowHeight(r) for r in range(table.rowCount()))
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: _columns_fit(table) and _rows_fit(table), timeout=10000)
    qtbot.waitUntil(
        lambda: sum(table.rowHeight(r) for r in range(table.rowCount())) < narrow, timeout=10000
    )


@pytest.mark.parametrize("scale", [100, 150, 200])
def test_the_case_list_shows_the_phase_whole(
    qtbot: QtBot,
    make_window: MakeWindow,
    settings_path: Path,
    ui_uow: UowFactory,
    scale_reset: None,
    scale: int,
) -> None:
    window, _panel = _window(make_window, settings_path, ui_uow, scale, (1280, 720))
    table = window.case_table
    qtbot.waitUntil(lambda: _columns_fit(table), timeout=10000)
    phase = table.model().index(0, 2).data()
    needed = table.fontMetrics().horizontalAdvance(phase)
    assert not table.isColumnHidden(2) and table.columnWidth(2) >= needed
    assert not table.isColumnHidden(0) and not table.isColumnHidden(1)
    assert not table.horizontalScrollBar().isVisible()
    if scale == 100:  # maximised at the normal size every column is there
        window.resize(1920, 1080)
        qtbot.waitUntil(
            lambda: not any(table.isColumnHidden(c) for c in range(table.model().columnCount())),
            timeout=10000,
        )
        assert _columns_fit(table)


@pytest.mark.parametrize("scale", [100, 150])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_oppfolging_fits(
    qtbot: QtBot, ui_uow: UowFactory, scale_reset: None, scale: int, size: tuple[int, int]
) -> None:
    apply_text_scale(scale)
    demo.create_demo_case(ui_uow(), TODAY)
    view = FollowUpView(ui_uow, lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.actions_button.click()
    table = view.table
    qtbot.waitUntil(lambda: _columns_fit(table), timeout=10000)
    when = FollowUpModel.COLUMNS.index("when")
    text = FollowUpModel.COLUMNS.index("text")
    bold = table.font()
    bold.setBold(True)
    from PySide6.QtGui import QFontMetrics

    widest = max(
        QFontMetrics(bold).horizontalAdvance(table.model().index(r, when).data())
        for r in range(table.model().rowCount())
    )
    assert table.columnWidth(when) >= widest  # «Forfalt for 9 dager siden» whole
    assert table.columnWidth(text) >= max(
        table.columnWidth(c) for c in range(table.model().columnCount()) if c != text
    ) or size == (1280, 720)


def _advance(table: QTableView, text: str) -> int:
    return table.fontMetrics().horizontalAdvance(text)


@pytest.mark.parametrize("scale", [100, 150, 200])
def test_the_case_list_shows_its_columns_at_1280x720(
    qtbot: QtBot,
    make_window: MakeWindow,
    settings_path: Path,
    ui_uow: UowFactory,
    scale_reset: None,
    scale: int,
) -> None:
    """Every column at 100 and 150 %; at 200 % the child, the age, the phase and the last
    meeting stay (the contact person may step aside), the phase and date never cut; a
    name that ends in «…» is whole in its tooltip."""
    cases.create_case(ui_uow(), cases.NewCase("Karoline Margrethe", 2016), TODAY)
    window, _panel = _window(make_window, settings_path, ui_uow, scale, (1280, 720))
    table, model = window.case_table, window.case_table.model()
    needed = [0, 1, 2, 4] if scale == 200 else [0, 1, 2, 3, 4]
    qtbot.waitUntil(
        lambda: _columns_fit(table) and not any(table.isColumnHidden(c) for c in needed),
        timeout=10000,
    )
    assert not table.horizontalScrollBar().isVisible()
    char = table.fontMetrics().averageCharWidth()
    for r in range(model.rowCount()):
        for c in (1, 2, 4):  # age, phase, last meeting: whole
            assert table.columnWidth(c) >= _advance(table, model.index(r, c).data())
        case = window.case_model.case_at(r)
        assert case is not None
        # the child's first name reads whole (a demo's «(eksempel)» may end in «…»)
        assert table.columnWidth(0) >= _advance(table, case.child_first_name[:8]) + char
        for c in (0, 3):  # a name cut short is whole in the tooltip
            text = model.index(r, c).data()
            if text:
                assert text in model.index(r, c).data(Qt.ItemDataRole.ToolTipRole)
    for c in needed:
        assert table.columnWidth(c) >= 4 * char  # shows something, not a sliver
    # the full phase is in its tooltip
    assert "Fase" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)


def _line_height(table: QTableView) -> int:
    return table.fontMetrics().lineSpacing()


def _wrapped_height(table: QTableView, column: int, text: str) -> int:
    pad = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 2
    rect = QRect(0, 0, table.columnWidth(column) - pad, 10_000)
    flags = int(Qt.TextFlag.TextWordWrap)
    return table.fontMetrics().boundingRect(rect, flags, text).height()


LONG_ACTION = (
    "Skolen setter av en fast time hver uke der Sofie kan snakke med kontaktlæreren om "
    "hvordan skoledagen har vært, og helsesykepleier følger opp søvn og matvaner sammen "
    "med foreldrene fram til neste familiemøte"
)


@pytest.mark.parametrize("scale", [100, 150])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_oppfolging_wraps_the_text_and_rows_are_as_tall_as_it(
    qtbot: QtBot, ui_uow: UowFactory, scale_reset: None, scale: int, size: tuple[int, int]
) -> None:
    apply_text_scale(scale)
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    school = directory.list_services(ui_uow())[0]
    actions.agree_action(
        ui_uow(),
        case_id,
        actions.NewAction(LONG_ACTION, school.id, due_date=TODAY + dt.timedelta(days=14)),
        TODAY,
    )
    # a short text beside long names: the names end in «…», the row stays one line
    other = directory.list_services(ui_uow())[-1]
    actions.agree_action(
        ui_uow(),
        case_id,
        actions.NewAction("Ukesamtale", other.id, due_date=TODAY + dt.timedelta(days=15)),
        TODAY,
    )
    view = FollowUpView(ui_uow, lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.actions_button.click()
    table, model = view.table, view.table.model()
    text = FollowUpModel.COLUMNS.index("text")
    rows = range(model.rowCount())
    long_row = next(r for r in rows if model.index(r, text).data() == LONG_ACTION)
    line = _line_height(table)

    def fitted() -> bool:
        return _columns_fit(table) and all(
            abs(table.rowHeight(r) - table.sizeHintForRow(r)) <= 1 for r in rows
        )

    qtbot.waitUntil(fitted, timeout=10000)
    # the long text wraps onto more lines, and its row is as tall as all of them
    assert table.wordWrap()
    assert _advance(table, LONG_ACTION) > table.columnWidth(text)  # it cannot fit on one
    assert table.rowHeight(long_row) >= _wrapped_height(table, text, LONG_ACTION)
    assert table.rowHeight(long_row) >= 2 * line
    # the other columns stay on one line: a row whose text is short is one line high
    fits = [r for r in rows if model.index(r, text).data() == "Ukesamtale"]
    assert len(fits) == 1
    for r in fits:
        assert table.rowHeight(r) < 2 * line
    # wider window: the long row gets lower (its text takes fewer lines)
    if size == (1280, 720):
        before = table.rowHeight(long_row)
        view.resize(1920, 1080)
        qtbot.waitUntil(lambda: fitted() and table.rowHeight(long_row) < before, timeout=10000)


@pytest.mark.parametrize(("scale", "size"), [(100, (1920, 1080)), (150, (1280, 720))])
def test_every_table_of_the_actions_tab_fits_an_empty_column_too(
    qtbot: QtBot,
    make_window: MakeWindow,
    settings_path: Path,
    ui_uow: UowFactory,
    scale_reset: None,
    scale: int,
    size: tuple[int, int],
) -> None:
    """A planned meeting's agenda has an empty «Merknad» column: its title keeps its room
    and the last column does not run past the edge."""
    from familiemote.domain import model as m
    from familiemote.services import meetings

    set_text_scale(QSettings(str(settings_path), QSettings.Format.IniFormat), scale)
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    at = dt.datetime.combine(TODAY + dt.timedelta(days=21), dt.time(13, 0))
    meetings.plan_meeting(
        ui_uow(), case_id, meetings.MeetingPlan(m.MeetingKind.FAMILY, at, "Rom 2"), TODAY
    )
    window = make_window()
    window.resize(*size)
    window.select_case(case_id)
    panel = window.case_view.actions_panel
    window.case_view.tabs.setCurrentWidget(panel)
    tables = list(panel.agenda_tables.values())
    assert len(tables) == 2
    qtbot.waitUntil(lambda: all(_columns_fit(t) and _rows_fit(t) for t in tables), timeout=10000)
    for t in tables:
        assert t.horizontalScrollBar().maximum() == 0
        header = t.horizontalHeader()
        for c in range(t.columnCount()):
            assert t.columnWidth(c) >= header.sectionSizeHint(c) or c == 0
