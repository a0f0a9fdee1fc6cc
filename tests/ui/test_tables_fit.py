"""Tables read like documents from 1280x720 to 1920x1080 and at 100-200 % text: no
column runs past the table's edge, rows are as tall as their content (and lower when
the window is wider), the long text has the most room, no button is clipped (what
does not fit is under «Mer …»), and the case list shows the phase whole at 150 %."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableView, QTableWidget

from familiemote.services import demo
from familiemote.ui.followup_view import FollowUpModel, FollowUpView
from familiemote.ui.theme import apply_text_scale, set_text_scale
from tests.ui.conftest import TODAY

SIZES = [(1280, 720), (1920, 1080)]


@pytest.fixture
def scale_reset() -> Iterator[None]:
    yield
    apply_text_scale(100)


def _window(make_window, settings_path, ui_uow, scale: int, size: tuple[int, int]):  # type: ignore[no-untyped-def]
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


def _rows_fit(table: QTableWidget) -> bool:
    return all(
        abs(table.rowHeight(r) - table.sizeHintForRow(r)) <= 1 for r in range(table.rowCount())
    )


@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_actions_tab_fits(
    qtbot, make_window, settings_path, ui_uow, scale_reset, scale, size
) -> None:  # type: ignore[no-untyped-def]
    _win, panel = _window(make_window, settings_path, ui_uow, scale, size)
    table = panel.open_table
    assert table is not None and table.rowCount() >= 3
    qtbot.waitUntil(lambda: _columns_fit(table) and _rows_fit(table), timeout=10000)
    assert not table.horizontalScrollBar().isVisible()
    # the long text (the action) has more room than any wrapping column
    assert table.columnWidth(0) >= max(table.columnWidth(c) for c in (1, 3))
    # the table is as tall as its rows: nothing scrolls inside it
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.height() >= rows + table.horizontalHeader().height()
    # no clipped button: each shown one lies inside the row; the rest are under «Mer …»
    row = panel.button_row
    qtbot.waitUntil(lambda: row.width() > 0, timeout=10000)
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
    qtbot, make_window, settings_path, ui_uow, scale_reset
) -> None:  # type: ignore[no-untyped-def]
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
    qtbot, make_window, settings_path, ui_uow, scale_reset, scale
) -> None:  # type: ignore[no-untyped-def]
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
def test_oppfolging_fits(qtbot, ui_uow, scale_reset, scale, size) -> None:  # type: ignore[no-untyped-def]
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
