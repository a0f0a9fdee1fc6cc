"""The follow-up overview window: what is due across all cases (the Monday-morning screen).

A QTableView over :class:`FollowUpModel`, a table model over read-model rows
(:class:`~familiemote.services.followup.FollowUpRow`): ``data()`` never touches
the database. Filters (kind, service, person) re-run the set-based query;
sorting happens in the model. Double-click or Enter opens the case.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain.errors import DomainError
from familiemote.domain.followup import FollowUpKind
from familiemote.messages import error_text
from familiemote.services import directory
from familiemote.services import followup as service
from familiemote.services.followup import FollowUpRow
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.case_list import format_date
from familiemote.ui.labels import label, service_label
from familiemote.ui.ops import wait_for
from familiemote.ui.panels.actions.holders import short_service
from familiemote.ui.widgets import busy, fit_columns, wrap_rows

VIEW_URGENT, VIEW_ACTIONS, VIEW_MEETINGS = "urgent", "actions", "meetings"
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str, n: int = -1) -> str:
    """The text in the language in use; with a count ``n``, its singular or plural."""
    return QCoreApplication.translate("FollowUpModel", text, None, n)


def _days(n: int) -> str:
    return _tr("%n dager", n)


def when_text(row: FollowUpRow) -> str:
    """The date in words that cannot be misread, so lateness is never said by colour alone:
    «Forfalt for 3 dager siden», «Forfaller om 14 dager», «Har ventet i 5 dager»."""
    late = row.late_days
    if row.kind in service.CONSENT_KINDS:  # the consent's last valid day is row.day
        if late > 0:
            return _tr("Utløpt for {days} siden").format(days=_days(late))
        if late == 0:
            return _tr("Utløper i dag")
        return _tr("Utløper om {days}").format(days=_days(-late))
    if row.kind == FollowUpKind.MEETING_PLANNED:
        if late == 0:
            return _tr("Møtet er i dag")
        if late == -1:
            return _tr("Møtet er i morgen")
        return _tr("Møtet er om {days}").format(days=_days(-late))
    if row.no_deadline:
        return _tr("Ingen frist")
    if not row.is_deadline:  # a handover or a notification: waiting since
        if late > 0:
            return _tr("Har ventet i {days}").format(days=_days(late))
        return _tr("Venter fra i dag")
    if late > 1:
        return _tr("Forfalt for {days} siden").format(days=_days(late))
    if late == 1:
        return _tr("Forfalt i går")
    if late == 0:
        return _tr("Forfaller i dag")
    if late == -1:
        return _tr("Forfaller i morgen")
    return _tr("Forfaller om {days}").format(days=_days(-late))


class FollowUpModel(QAbstractTableModel):
    """Rows of :class:`FollowUpRow`; replace them with :meth:`set_rows`."""

    COLUMNS = ("when", "kind", "child", "text", "service", "person", "day")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpRow] = []

    def set_rows(self, rows: list[FollowUpRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> FollowUpRow | None:
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
            "when": _tr("Når"),
            "kind": _tr("Hva"),
            "child": _tr("Barn"),
            "text": _tr("Gjelder"),
            "service": _tr("Ansvarlig tjeneste"),
            "person": _tr("Ansvarlig person"),
            "day": _tr("Dato"),
        }
        return titles[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # a service said in full
            return self._display(row, column, whole=True)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("text", "child", "service", "person"):
            # whole, where a name ends in «…» (and a service shown by its acronym)
            return self._display(row, column, whole=True) or None
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.FontRole and column == "when" and row.is_late:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: FollowUpRow, column: str, whole: bool = False) -> str:
        if column == "when":
            return when_text(row)
        if column == "kind":
            return label(row.kind)
        if column == "child":
            return row.child_first_name + (_tr(" (eksempel)") if row.is_demo else "")
        if column == "text":
            if row.kind in service.CONSENT_KINDS:
                if row.given_by_child:
                    return _tr("Samtykke gitt av ungdommen selv")
                return _tr("Samtykke gitt av {name}").format(name=row.text or "–")
            if row.meeting_at is not None and not row.text:
                kind = label(row.meeting_kind) if row.meeting_kind else _tr("Møte")
                if row.kind == FollowUpKind.MEETING_PLANNED:
                    return _tr("{kind} {day} kl. {time}").format(
                        kind=kind,
                        day=format_date(row.meeting_at),
                        time=row.meeting_at.strftime("%H.%M"),
                    )
                return _tr("{kind} {day}").format(kind=kind, day=format_date(row.meeting_at))
            return row.text
        if column == "service":  # «PPT» for «Pedagogisk-psykologisk tjeneste (PPT)»
            name = service_label(row.service_name)
            return (name if whole else short_service(name)) or "–"
        if column == "person":
            return row.professional_name or "–"
        if row.no_deadline:  # the day it is listed by is its review
            return _tr("Ny vurdering {day}").format(day=format_date(row.day))
        return format_date(row.day)

    def _sort_value(self, row: FollowUpRow, column: str) -> Any:
        if column in ("when", "day"):
            return (row.day.toordinal(), row.case_id)
        return (self._display(row, column).casefold(), row.day.toordinal())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        name = self.COLUMNS[column]
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(
            key=lambda r: self._sort_value(r, name),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.layoutChanged.emit()


class FollowUpView(QMainWindow):
    """The overview as its own window (a main window: a screen reader calls it a frame).

    Signals:
        case_requested(int): the user asked to open this case in the main window.
    """

    case_requested = Signal(int)

    def __init__(
        self,
        uow_factory: Callable[[], SqlAlchemyUnitOfWork],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._uow_factory = uow_factory
        self._today = today
        self.setWindowTitle(self.tr("Oppfølging – alle saker"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1200, 700)

        # the views, each with its count: what is due, every open action, mine, meetings
        self.view = VIEW_URGENT
        self.urgent_button = QPushButton()
        self.actions_button = QPushButton()
        self.meetings_button = QPushButton()
        # no QButtonGroup: Qt takes the unchecked buttons of a group out of the Tab order
        # (arrow keys only), so show_view keeps exactly one checked by hand
        self.view_buttons = (self.urgent_button, self.actions_button, self.meetings_button)
        views = QHBoxLayout()
        for button, view in (
            (self.urgent_button, VIEW_URGENT),
            (self.actions_button, VIEW_ACTIONS),
            (self.meetings_button, VIEW_MEETINGS),
        ):
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, v=view: self.show_view(v))
            views.addWidget(button)
        self.urgent_button.setChecked(True)
        self.counts: dict[str, int] = {}
        self.mine_count: int | None = None

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Alt som haster"), None)
        for kind in FollowUpKind:
            self.kind_combo.addItem(label(kind), kind)
        self.service_combo = QComboBox()
        self.person_combo = QComboBox()
        grid = QGridLayout()
        for column, (text, combo) in enumerate(
            (
                (self.tr("&Vis:"), self.kind_combo),
                (self.tr("&Tjeneste:"), self.service_combo),
                (self.tr("&Person:"), self.person_combo),
            )
        ):
            lab = QLabel(text)
            lab.setBuddy(combo)
            combo.setAccessibleName(text.replace("&", "").rstrip(":"))
            grid.addWidget(lab, 0, column)
            grid.addWidget(combo, 1, column)
        self.refresh_button = QPushButton(self.tr("&Oppdater"))
        self.refresh_button.setAccessibleName(self.tr("Oppdater oversikten"))
        self.refresh_button.clicked.connect(self.reload)
        grid.addWidget(self.refresh_button, 1, 3)
        # «Mine tiltak»: what the user («Meg» in Innstillinger) answers for
        self.mine_button = QPushButton(self.tr("&Mine tiltak"))
        self.mine_button.setAccessibleName(self.tr("Mine tiltak"))
        self.mine_button.setCheckable(True)
        self.mine_button.toggled.connect(self._show_mine)
        self._mine_index = -1
        views.insertWidget(2, self.mine_button)
        views.addStretch(1)
        self._label_views()
        grid.setColumnStretch(4, 1)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("followupSummary")
        self.summary_label.setWordWrap(True)
        self.model = FollowUpModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Oppfølging"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # every column at any width and text size: the dates and kinds whole, the text
        # (two shares) and the names share the rest; the text wraps (each row as tall
        # as it), a long name ends in «…»
        col = FollowUpModel.COLUMNS.index
        fit_columns(
            self.table,
            fitted=[col("when"), col("kind"), col("day")],
            shared=[col("text"), col("child"), col("service"), col("person")],
            drop=[col("day")],
            weights={col("text"): 2},
        )
        wrap_rows(self.table, col("text"))
        self.table.sortByColumn(FollowUpModel.COLUMNS.index("day"), Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.installEventFilter(self)
        self.hint_label = QLabel(
            self.tr("Dobbeltklikk eller trykk Enter for å åpne saken. Ctrl+U viser vinduet igjen.")
        )
        self.empty_label = QLabel(self.tr("Ingenting å følge opp med disse valgene."))
        self.empty_label.hide()

        central = QWidget()
        self.setCentralWidget(central)
        layout = QVBoxLayout(central)
        layout.addLayout(views)
        layout.addLayout(grid)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.hint_label)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)

        self._fill_directory()
        for combo in (self.kind_combo, self.service_combo, self.person_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.person_combo.currentIndexChanged.connect(lambda _i: self._mine_follows_person())
        self.reload()

    def _fill_directory(self) -> None:
        self.service_combo.addItem(self.tr("Alle tjenester"), None)
        self.person_combo.addItem(self.tr("Alle personer"), None)
        try:
            services = directory.list_services(self._uow_factory())
            people = directory.list_professionals(self._uow_factory())
        except DomainError as err:
            QMessageBox.warning(self, self.windowTitle(), error_text(err))
            return
        for s in services:
            self.service_combo.addItem(service_label(s.name), s.id)
        for p in people:
            self.person_combo.addItem(service_label(p.name), p.id)

    def _show_mine(self, mine: bool) -> None:
        """Only what «Meg» is responsible for, or everyone's again."""
        from familiemote.services import me as me_service

        if not mine:
            self.person_combo.setCurrentIndex(0)
            return
        try:
            me = me_service.get_me(self._uow_factory())
        except DomainError as err:
            QMessageBox.warning(self, self.windowTitle(), error_text(err))
            me = None
        index = -1 if me is None else self.person_combo.findData(me.professional_id)
        if index < 0:
            self.mine_button.blockSignals(True)
            self.mine_button.setChecked(False)
            self.mine_button.blockSignals(False)
            QMessageBox.information(
                self,
                self.tr("Mine tiltak"),
                self.tr(
                    "Programmet vet ikke hvem du er ennå. Fyll inn navn, tjeneste og rolle "
                    "under Innstillinger > Meg."
                ),
            )
            return
        self._mine_index = index
        self.service_combo.setCurrentIndex(0)
        self.person_combo.setCurrentIndex(index)

    def _mine_follows_person(self) -> None:
        """Another person chosen by hand: «Mine tiltak» is no longer what is shown."""
        if self.mine_button.isChecked() and self.person_combo.currentIndex() != self._mine_index:
            self.mine_button.blockSignals(True)
            self.mine_button.setChecked(False)
            self.mine_button.blockSignals(False)

    def current_filter(self) -> service.OverviewFilter:
        kind = self.kind_combo.currentData()
        return service.OverviewFilter(
            kinds=frozenset({kind}) if kind is not None else service.ALL_KINDS,
            service_id=self.service_combo.currentData(),
            professional_id=self.person_combo.currentData(),
        )

    def _label_views(self) -> None:
        def count(view: str) -> str:
            n = self.counts.get(view)
            return "" if n is None else f" ({n})"

        self.urgent_button.setText(self.tr("&Haster nå") + count(VIEW_URGENT))
        self.actions_button.setText(self.tr("&Alle åpne tiltak") + count(VIEW_ACTIONS))
        self.meetings_button.setText(self.tr("&Kommende møter") + count(VIEW_MEETINGS))
        mine = "" if self.mine_count is None else f" ({self.mine_count})"
        self.mine_button.setText(self.tr("&Mine tiltak") + mine)
        for button, name in (
            (self.urgent_button, self.tr("Haster nå")),
            (self.actions_button, self.tr("Alle åpne tiltak")),
            (self.meetings_button, self.tr("Kommende møter, de neste 8 ukene")),
        ):
            button.setAccessibleName(name)
            button.setAccessibleDescription(button.text().replace("&", ""))

    def show_view(self, view: str) -> None:
        """«Haster nå», «Alle åpne tiltak» or «Kommende møter»."""
        self.view = view
        button = {
            VIEW_URGENT: self.urgent_button,
            VIEW_ACTIONS: self.actions_button,
            VIEW_MEETINGS: self.meetings_button,
        }[view]
        for other in self.view_buttons:
            other.setChecked(other is button)
        self.kind_combo.setEnabled(view == VIEW_URGENT)  # the kinds of what is due
        self.reload()

    def _fetch(
        self, today: dt.date, chosen: service.OverviewFilter, me: int | None
    ) -> tuple[list[FollowUpRow], dict[str, int], int | None]:
        """The current view's rows and every view's count (on a worker thread)."""
        everyone = dataclasses.replace(chosen, kinds=service.ALL_KINDS)
        urgent = service.overview(self._uow_factory(), today, everyone)
        n_actions, n_meetings = service.view_counts(self._uow_factory(), today, chosen)
        counts = {VIEW_URGENT: len(urgent), VIEW_ACTIONS: n_actions, VIEW_MEETINGS: n_meetings}
        mine = None
        if me is not None:
            mine_filter = service.OverviewFilter(professional_id=me)
            mine = service.view_counts(self._uow_factory(), today, mine_filter)[0]
        if self.view == VIEW_ACTIONS:
            return service.open_actions(self._uow_factory(), today, chosen), counts, mine
        if self.view == VIEW_MEETINGS:
            return service.upcoming_meetings(self._uow_factory(), today, chosen), counts, mine
        if chosen.kinds != service.ALL_KINDS:
            urgent = [r for r in urgent if r.kind in chosen.kinds]
        return urgent, counts, mine

    def _me(self) -> int | None:
        from familiemote.services import me as me_service

        try:
            me = me_service.get_me(self._uow_factory())
        except DomainError:
            return None
        return None if me is None else me.professional_id

    def reload(self) -> None:
        # tens of thousands of rows in a large municipality: a wait cursor while they load
        try:
            today, chosen, me = self._today(), self.current_filter(), self._me()
            rows, self.counts, self.mine_count = wait_for(  # a worker thread: no frozen window
                lambda: self._fetch(today, chosen, me),
                self,
                self.tr("Henter oppfølgingslisten …"),
            )
        except DomainError as err:
            QMessageBox.warning(self, self.windowTitle(), error_text(err))
            return
        self._label_views()
        with busy():
            self._show_rows(rows)

    def _show_rows(self, rows: list[FollowUpRow]) -> None:
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        counts = service.counts(rows)
        late = sum(r.is_late for r in rows)
        if self.view == VIEW_MEETINGS:
            parts = [self.tr("%n møter de neste 8 ukene", "", len(rows))]
            self.summary_label.setText(" · ".join(parts))
            self.empty_label.setVisible(not rows)
            return
        what = (
            self.tr("%n åpne tiltak", "", len(rows))
            if self.view == VIEW_ACTIONS
            else self.tr("%n punkter", "", len(rows))
        )
        parts = [what]
        if late:
            parts.append(self.tr("%n forfalte", "", late))
        parts += [f"{label(k)}: {n}" for k, n in counts.items() if n]
        self.summary_label.setText(" · ".join(parts))
        self.empty_label.setVisible(not rows)

    def open_row(self, row: int) -> None:
        item = self.model.row_at(row)
        if item is not None:
            self.case_requested.emit(item.case_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            index = self.table.currentIndex()
            if index.isValid():
                self.open_row(index.row())
                return True
        return super().eventFilter(watched, event)
