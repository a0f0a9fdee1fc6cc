"""The case list: a table model over read-model rows; data() never touches the database."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from familiemote.services.cases import CaseRow
from familiemote.ui.labels import label

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseListModel", text)


def format_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.strftime("%d.%m.%Y")


class CaseListModel(QAbstractTableModel):
    """Rows of :class:`CaseRow`; replace them all with :meth:`set_rows`."""

    COLUMNS = ("child", "age", "phase", "coordinator", "last_meeting")

    def __init__(self, today: dt.date | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._today = today or dt.date.today()

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_for_case(self, case_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), -1)

    def case_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        titles = {
            "child": _tr("Barn"),
            "age": _tr("Alder"),
            "phase": _tr("Fase"),
            "coordinator": _tr("Kontaktperson"),
            "last_meeting": _tr("Siste møte"),
        }
        return titles[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == CASE_ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "child" and row.is_demo:
            return _tr("Fiktiv eksempelsak")
        return None

    def _display(self, row: CaseRow, column: str) -> str:
        if column == "child":
            suffix = _tr(" (eksempel)") if row.is_demo else ""
            closed = _tr(" – avsluttet") if row.status.value == "closed" else ""
            name = row.child_first_name or _tr("Anonym drøfting")  # anonymous consultation
            return f"{name}{suffix}{closed}"
        if column == "age":
            return _tr("{n} år").format(n=row.child_age(self._today))
        if column == "phase":
            return f"{row.phase.number}. {label(row.phase)}"
        if column == "coordinator":
            return row.coordinator_name
        return format_date(row.last_meeting)
