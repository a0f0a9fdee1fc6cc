"""The actions tab's tables: whole rows, one selectable at a time, each row's id kept."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from familiemote.ui.widgets import keep_rows_fitted, pick_table, share_width

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def selectable_table(
    headers: Sequence[str],
    rows: Sequence[tuple[int, Sequence[str]]],
    name: str,
    wrap_columns: dict[int, int] | None = None,
) -> QTableWidget:
    """A read-only table of whole rows, one selectable at a time (:func:`pick_table`:
    the arrow keys move between rows, Tab leaves it); row ids in ``ID_ROLE``.

    Column 0 (the long text) takes the room left; ``wrap_columns`` maps a column to
    its width in average characters (it follows the text size), where names wrap.
    """
    wrap_columns = wrap_columns or {}
    table = pick_table(headers, name)
    table.setRowCount(len(rows))
    table.setWordWrap(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for r, (ident, values) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(ID_ROLE, ident)
            item.setToolTip(value)
            table.setItem(r, c, item)
    share_width(table, 0, wrap_columns)
    keep_rows_fitted(table)
    return table


def selected_id(table: QTableWidget | None) -> int | None:
    if table is None:
        return None
    row = table.currentRow()
    if row < 0 or not table.selectionModel().hasSelection():
        return None
    item = table.item(row, 0)
    return None if item is None else int(item.data(ID_ROLE))
