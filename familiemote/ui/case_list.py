"""The case list: a table model over read-model rows; data() never touches the database."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from familiemote.domain import model as m
from familiemote.services.cases import CaseRow
from familiemote.ui.labels import phase_title

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        CASE_ID_ROLE,
    }
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseListModel", text)


def format_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.strftime("%d.%m.%Y")


def short_date(value: dt.date | dt.datetime | None) -> str:
    """A date in a narrow list column: 08.11.26 (the year in two digits)."""
    if value is None:
        return ""
    return value.strftime("%d.%m.%y")


# The phase in the list: its number and first word, whole at any text size in a
# list beside the case (the full name is in the tooltip and on the case itself).
SHORT_PHASES: dict[m.Phase, Any] = {  # QT_TRANSLATE_NOOP is typed as object
    m.Phase.BEKYMRING: QT_TRANSLATE_NOOP("CaseListModel", "Bekymring"),
    m.Phase.VURDERING: QT_TRANSLATE_NOOP("CaseListModel", "Vurdering"),
    m.Phase.UTREDNING: QT_TRANSLATE_NOOP("CaseListModel", "Utredning"),
    m.Phase.BEHANDLING: QT_TRANSLATE_NOOP("CaseListModel", "Behandling"),
    m.Phase.OPPFOLGING: QT_TRANSLATE_NOOP("CaseListModel", "Oppfølging"),
}


class CaseListModel(QAbstractTableModel):
    """Rows of :class:`CaseRow`; replace them all with :meth:`set_rows`.

    A long list read in two parts at start holds, after the rows read first, one
    row for each case still to come (``pending``): the scroll bar spans the whole
    list from the first paint, and a row not read yet says «Henter resten av
    listen …» until :meth:`extend_rows` puts its case there.
    """

    COLUMNS = ("child", "age", "phase", "coordinator", "last_meeting")

    def __init__(self, today: dt.date | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._pending = 0  # rows still being read, shown after the rows read
        self._ids: list[int] | None = None
        self._today = today or dt.date.today()
        # a row's five texts, made once: a list is painted and measured at every
        # keystroke of a search (keyed by the row object, which the entry keeps alive)
        self._texts: dict[int, tuple[CaseRow, tuple[str, ...]]] = {}

    def set_rows(self, rows: list[CaseRow], pending: int = 0) -> None:
        """Show ``rows``, and after them ``pending`` rows still being read."""
        self.beginResetModel()
        self._rows = list(rows)
        self._pending = max(0, pending)
        self._ids = None  # the rows' case ids, made when asked for
        if len(self._texts) > 4096:  # the rows painted before: keep a few thousand
            self._texts.clear()
        self.endResetModel()

    def _row_texts(self, row: CaseRow) -> tuple[str, ...]:
        entry = self._texts.get(id(row))
        if entry is None or entry[0] is not row:
            entry = self._texts[id(row)] = (row, tuple(self._display(row, c) for c in self.COLUMNS))
        return entry[1]

    def extend_rows(self, rows: list[CaseRow]) -> bool:
        """Add the rows after those shown when ``rows`` begins with them (the rest of a
        list read in two parts): the rows on screen, the scroll position and the
        selection stay, and the rows still being read are filled in where they are
        shown. False, and nothing changed, when it does not begin with them."""
        shown = len(self._rows)
        if rows[:shown] != self._rows:
            return False
        before, after = shown + self._pending, len(rows)
        # first as many rows still to come as there are cases (some may have been
        # added or removed since the count), then those rows filled in
        if after < before:
            self.beginRemoveRows(QModelIndex(), after, before - 1)
            self._pending = after - shown
            self.endRemoveRows()
        elif after > before:
            self.beginInsertRows(QModelIndex(), before, after - 1)
            self._pending = after - shown
            self.endInsertRows()
        if after > shown:
            self._rows = self._rows + list(rows[shown:])
            self._pending = 0
            self._ids = None
            self.dataChanged.emit(
                self.index(shown, 0), self.index(after - 1, len(self.COLUMNS) - 1)
            )
        return True

    def pending(self) -> int:
        """How many rows after those read are still being read (shown as such)."""
        return self._pending

    def text_at(self, row: int, column: int) -> str:
        """What a cell shows (its DisplayRole), without the call through data()."""
        if 0 <= row < len(self._rows):
            return self._row_texts(self._rows[row])[column]
        if column == 0 and 0 <= row - len(self._rows) < self._pending:
            return _tr("Henter resten av listen …")
        return ""

    def row_for_case(self, case_id: int) -> int:
        if self._ids is None:  # made once for these rows: a search asks at every key
            self._ids = [r.id for r in self._rows]
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1

    def case_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + self._pending

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # a title that ends in «…» when the list is narrow
        ):
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
        if role not in _ROLES:  # most of what a paint asks for (fonts, colours, …)
            return None
        r = index.row()
        if not index.isValid():
            return None
        if not 0 <= r < len(self._rows):  # a row still being read says so, and is no case
            if role == CASE_ID_ROLE or not 0 <= r - len(self._rows) < self._pending:
                return None
            return self.text_at(r, index.column()) or None
        row = self._rows[r]
        if role == CASE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, self.COLUMNS[index.column()])
        return self._row_texts(row)[index.column()]

    def _tooltip(self, row: CaseRow, column: str) -> str | None:
        """The whole text of a cell that may end in «…», and what a short one means."""
        if column == "child":
            name = self._display(row, column)
            return name + "\n" + _tr("Fiktiv eksempelsak") if row.is_demo else name
        if column == "phase":
            return phase_title(row.phase)
        if column == "coordinator":
            return row.coordinator_name or None
        if column == "last_meeting" and row.last_meeting is not None:
            return _tr("Siste møte {day}").format(day=format_date(row.last_meeting))
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
            return f"{row.phase.number}. {_tr(SHORT_PHASES[row.phase])}"  # i18n: marked
        if column == "coordinator":
            return row.coordinator_name
        return short_date(row.last_meeting)


_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay


class CaseListDelegate(QStyledItemDelegate):
    """Gives a case list cell its text with one call into Python instead of seven.

    Qt's own delegate asks the model for seven roles a cell (font, alignment, text
    colour, check state, icon, text, background), each a call from C++ into
    ``CaseListModel.data``: 700 for 20 rows on screen at every keystroke of a
    search. The case list answers only the text, so the text is set here from the
    model's texts and the other roles keep the view's defaults, as with the model's
    empty answers. Measured: 3.3 to 3.1 ms of CPU a paint; each call into Python
    also waits for the GIL when a worker thread is running Python (the start's
    reads), so fewer calls is fewer such waits. Tooltips and screen readers still
    ask ``data()``.
    """

    def __init__(self, model: CaseListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        if isinstance(index, QModelIndex):  # as Qt's own: the cell the style draws
            option.index = index
        text = self._model.text_at(index.row(), index.column())
        if text:
            option.features = option.features | _HAS_DISPLAY
            option.text = text
