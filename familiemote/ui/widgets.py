"""Small widget helpers shared by the case panels."""

from __future__ import annotations

import contextlib
import re
import weakref
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QActionGroup,
    QFont,
    QFontMetrics,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QStylePainter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from familiemote.ui.accessibility import (  # their home before: still imported from here
    install_accessibility as install_accessibility,
)
from familiemote.ui.accessibility import install_tab_leaves as install_tab_leaves
from familiemote.ui.accessibility import install_window_role as install_window_role
from familiemote.ui.accessibility import tab_leaves as tab_leaves
from familiemote.ui.pyside_guard import keep_singletons_alive
from familiemote.ui.theme import set_scaled_font

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

keep_singletons_alive()  # before any empty value is read or signal emitted (see pyside_guard)


@contextlib.contextmanager
def busy(window: QMainWindow | None = None, message: str = "") -> Iterator[None]:
    """A wait cursor (and a status-bar message) around work that may take seconds."""
    if window is not None and message:
        window.statusBar().showMessage(message)
        window.statusBar().repaint()  # shown before the work blocks the event loop
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if window is not None and message:
            window.statusBar().clearMessage()


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say what just happened (a case opened, a step changed)."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


_error_fields: weakref.WeakKeyDictionary[QLabel, QWidget] = weakref.WeakKeyDictionary()


def tell_error(label: QLabel, text: str, field: QWidget | None = None) -> None:
    """Show a form's error so the eye and a screen reader both get it.

    The label shows the message and carries it as its accessible name (a fixed
    name such as «Feil» would hide it); the field in error gets it as its
    accessible description and the focus (so the reader says the field, then the
    error), and the message is announced in case the focus was already there.
    """
    label.setText("⚠ " + text)
    label.setAccessibleName(text)
    label.show()
    previous = _error_fields.pop(label, None)
    if previous is not None and previous is not field:
        with contextlib.suppress(RuntimeError):  # the field may be gone with its row
            previous.setAccessibleDescription("")
    if field is not None:
        field.setAccessibleDescription(text)
        _error_fields[label] = field
        field.setFocus()
    announce(label, text)


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Give a line edit's clear button (setClearButtonEnabled) a name a screen reader says."""
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(name)


def text_label(text: str, *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def heading(text: str, scale: float = 1.25) -> QLabel:
    widget = QLabel(text)
    set_scaled_font(widget, scale, bold=True)  # follows a change of text size when open
    widget.setAccessibleName(text)
    return widget


def choice_menu(
    menu: QMenu,
    title: str,
    choices: Sequence[tuple[T, str]],
    current: T,
    chosen: Callable[[T], None],
) -> QMenu:
    """A submenu of ``menu`` whose entries are checked one at a time, ``current`` at the
    start: each entry is a (value, text) of ``choices``, with the value as its data;
    picking one calls ``chosen`` with its value."""
    sub = menu.addMenu(title)
    group = QActionGroup(sub)
    group.setExclusive(True)
    for value, text in choices:
        action = QAction(text, sub)
        action.setCheckable(True)
        action.setChecked(value == current)
        action.setData(value)
        group.addAction(action)
        sub.addAction(action)
    group.triggered.connect(lambda action: chosen(action.data()))
    return sub


def pick_table(headers: Sequence[str], name: str) -> QTableWidget:
    """An empty read-only table to pick one entry from: whole rows, one selected at a
    time, moved through with the arrow keys (Tab leaves it); the caller fills the rows
    and sets how the columns share the width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tab_leaves(table)
    return table


def read_only_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    name: str,
    stretch: int = 0,
    wrap: dict[int, int] | None = None,
) -> QTableWidget:
    """A read-only table that shows all its rows (the page scrolls, not the table).

    The ``stretch`` column takes the room the others leave. With ``wrap`` (column: most
    characters), a table too narrow for its columns at a large text size shares its
    width as :func:`share_width` does instead of scrolling sideways.
    """
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    tab_leaves(table)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    header = table.horizontalHeader()
    for c in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if c == stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(c, mode)
    keep_rows_fitted(table)
    if wrap:
        _ShareWhenNarrow(table, stretch, wrap)
    return table


def keep_rows_fitted(table: QTableWidget) -> None:
    """Rows as tall as their wrapped text, and the table as tall as its rows, again
    whenever a column changes width (a wider window makes the rows lower)."""
    header = table.horizontalHeader()

    def fit() -> None:
        if not (isValid(table) and isValid(header)):  # the table is being torn down
            return
        table.resizeRowsToContents()
        height = header.height() + sum(table.rowHeight(r) for r in range(table.rowCount())) + 4
        table.setFixedHeight(height)

    # once the widths have settled (a stretched column changes after the others)
    timer = QTimer(table)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(fit)
    header.sectionResized.connect(lambda *_: timer.start())
    header.geometriesChanged.connect(timer.start)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    fit()


# where a cell's text may go onto a new line: a space (not a no-break space, which
# holds a phone number together) or a zero-width space (an e-mail address's breaks)
_BREAKS = re.compile(r"[^\S\u00a0\u2007\u202f]+|\u200b")


class _ShareWidth(QObject):
    """Lays out a table's columns to its width: see :func:`share_width`."""

    def __init__(self, table: QTableWidget, long_column: int, wrap: dict[int, int]) -> None:
        super().__init__(table)
        self.table = table
        self.long_column = long_column
        self.wrap = wrap
        header = table.horizontalHeader()
        for c in range(table.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.viewport().installEventFilter(self)
        self.relayout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.relayout()
        return False

    def relayout(self) -> None:
        if not isValid(self.table) or not isValid(self.table.horizontalHeader()):
            return
        table, header = self.table, self.table.horizontalHeader()
        char = table.fontMetrics().averageCharWidth()
        width = table.viewport().width()
        # a hidden column takes no room (its text is shown in another)
        wrap = {c: most for c, most in self.wrap.items() if not table.isColumnHidden(c)}
        # short columns (dates) as wide as their text, header included
        fixed = {
            c: max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(table.columnCount())
            if c != self.long_column and c not in self.wrap and not table.isColumnHidden(c)
        }
        room = max(width - sum(fixed.values()), 0)
        # the wrapping columns take a share each (at least 10 characters, at most their
        # own width); the long text takes the rest, and never less than 14 characters
        share = room // (len(wrap) + 2) if wrap else 0
        natural = {c: table.sizeHintForColumn(c) for c in wrap}
        widths = dict(fixed)
        for c, most in wrap.items():
            widths[c] = min(natural[c], max(10 * char, min(most * char, share)))
            # never narrower than its longest word: a word is not cut to «Pedagogi…»
            widths[c] = max(widths[c], min(natural[c], self._longest_word(c)))
            # nor than its title (an empty column too: the header would not shrink further
            # and push the last column past the edge)
            widths[c] = max(widths[c], header.sectionSizeHint(c), header.minimumSectionSize())
        # a wide window: the wrapping columns grow towards one line each, as long as
        # the long text keeps half the room
        budget = room // 2 - sum(widths[c] for c in wrap)
        for c in wrap:
            extra = max(0, min(natural[c] - widths[c], budget))
            widths[c] += extra
            budget -= extra
        widths[self.long_column] = max(14 * char, room - sum(widths[c] for c in wrap))
        # the long text's words are not cut either: the wrapping columns give way (down
        # to their own longest word) when it needs more
        short = self._longest_word(self.long_column) - widths[self.long_column]
        for c in sorted(wrap, key=lambda c: -widths[c]):
            if short <= 0:
                break
            give = min(short, max(0, widths[c] - self._longest_word(c)))
            widths[c] -= give
            widths[self.long_column] += give
            short -= give
        # and then the short columns (a two-word attendance wraps before a long word is cut)
        for c in sorted(fixed, key=lambda c: -widths[c]):
            if short <= 0:
                break
            give = min(short, max(0, widths[c] - self._least(c)))
            widths[c] -= give
            widths[self.long_column] += give
            short -= give
        # still too wide (very large text in a small window): the short columns wrap
        # too, down to their longest word, rather than push a column out of sight
        over = sum(widths.values()) - width
        for c in sorted(fixed, key=lambda c: -widths[c]):
            if over <= 0:
                break
            give = min(over, max(0, widths[c] - self._least(c)))
            widths[c] -= give
            over -= give
        for c, w in widths.items():
            if header.sectionSize(c) != w:
                header.resizeSection(c, w)

    def _least(self, column: int) -> int:
        """The narrowest a short column can be: its longest word, its title."""
        header = self.table.horizontalHeader()
        return max(self._longest_word(column), header.sectionSizeHint(column))

    def _longest_word(self, column: int) -> int:
        return longest_word_width(self.table, column)


def longest_word_width(table: QTableWidget, column: int) -> int:
    """How wide a column must be for its longest word (what lies between two places a
    line may break) to show whole."""
    metrics = table.fontMetrics()
    words = {
        word
        for r in range(table.rowCount())
        if (item := table.item(r, column)) is not None
        for word in _BREAKS.split(item.text())
        if word
    }
    pad = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 6
    return max((metrics.horizontalAdvance(w) for w in words), default=0) + pad


def least_long_width(table: QTableWidget, column: int) -> int:
    """The least a table's long text column is given: 14 characters, its longest word."""
    return max(14 * table.fontMetrics().averageCharWidth(), longest_word_width(table, column))


class _ShareWhenNarrow(_ShareWidth):
    """A read-only table's own columns (as wide as their text, one stretched) while they
    fit its width; shared as :func:`share_width` shares them when they do not."""

    def __init__(self, table: QTableWidget, long_column: int, wrap: dict[int, int]) -> None:
        QObject.__init__(self, table)
        self.table, self.long_column, self.wrap = table, long_column, wrap
        header = table.horizontalHeader()
        self.own = [header.sectionResizeMode(c) for c in range(table.columnCount())]
        self.sharing = False
        table.viewport().installEventFilter(self)
        self.relayout()

    def relayout(self) -> None:
        if not isValid(self.table) or not isValid(self.table.horizontalHeader()):
            return
        table, header = self.table, self.table.horizontalHeader()
        # the columns' own widths, and the long text at least 14 characters and its
        # longest word (a stretched column is not squeezed past a word)
        need = least_long_width(table, self.long_column) + sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(table.columnCount())
            if c != self.long_column and not table.isColumnHidden(c)
        )
        if need <= table.viewport().width():
            if self.sharing:
                self.sharing = False
                for c, mode in enumerate(self.own):
                    header.setSectionResizeMode(c, mode)
            return
        if not self.sharing:
            self.sharing = True
            for c in range(table.columnCount()):
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
        # the columns' longest words may still not fit (an e-mail address at 200 %):
        # then the table scrolls sideways rather than hide a column
        super().relayout()
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)


def share_width(table: QTableWidget, long_column: int, wrap: dict[int, int]) -> None:
    """Columns that read like a document at any width and text size: the short columns
    (dates) as wide as their text, each of ``wrap`` (column: most characters) a share
    that wraps names, and ``long_column`` the rest; no horizontal scrolling."""
    _ShareWidth(table, long_column, wrap)


class _FitColumns(QObject):
    """Lays out a list view's columns to its width: see :func:`fit_columns`.

    Only the rows on screen are measured (a list may hold tens of thousands, and a
    search narrows it at every keystroke), and each text's width is measured once:
    a keystroke costs a few dozen cached look-ups. Scrolling measures the rows that
    come into view and widens a column if one of them needs it.
    """

    def __init__(
        self,
        view: QTableView,
        fitted: list[int],
        shared: list[int],
        drop: list[int],
        weights: dict[int, int],
        least: int,
    ) -> None:
        super().__init__(view)
        self.view, self.fitted, self.shared, self.drop = view, fitted, shared, drop
        self.weights, self.least = weights, least
        self._advances: dict[tuple[str, bool], int] = {}  # (text, bold): its width
        self._natural: dict[int, int] = {}  # column: the width its shown text needs
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for c in range(view.model().columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow title ends in «…»
        view.viewport().installEventFilter(self)
        view.model().modelReset.connect(lambda: self.relayout())
        view.model().layoutChanged.connect(lambda *_: self.relayout())  # (parents, hint)
        view.verticalScrollBar().valueChanged.connect(lambda _value: self._scrolled())
        self.relayout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self._advances.clear()
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.relayout()
        return False

    def _rows_on_screen(self) -> range:
        view = self.view
        count = view.model().rowCount()
        first = max(view.rowAt(0), 0)  # -1 right after a reset scrolled past the new end
        bottom = view.rowAt(view.viewport().height() - 1)
        # never more rows than fit on screen, whatever the scroll position says
        most = first + view.viewport().height() // max(
            view.verticalHeader().minimumSectionSize(), 1
        )
        return range(first, min(count, most + 2 if bottom < 0 else bottom + 1))

    def _measure(self) -> dict[int, int]:
        """The width each fitted and shared column's text on screen needs, title included."""
        view, header = self.view, self.view.horizontalHeader()
        model = view.model()
        # the model's own data(), not QModelIndex.data(): that goes through a QVariant,
        # and PySide6 6.12 drops a reference to None for each empty one it returns
        data = model.data
        metrics = view.fontMetrics()
        bold = QFont(view.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)  # a late date is bold: measure it so
        pad = 2 * metrics.averageCharWidth() + 4
        advances = self._advances
        rows = self._rows_on_screen()
        widths = {}
        for c in [*self.fitted, *self.shared]:
            widest = 0
            for r in rows:
                index = model.index(r, c)
                text = str(data(index, Qt.ItemDataRole.DisplayRole) or "")
                is_bold = data(index, Qt.ItemDataRole.FontRole) is not None
                width = advances.get((text, is_bold))
                if width is None:
                    width = (bold_metrics if is_bold else metrics).horizontalAdvance(text)
                    advances[(text, is_bold)] = width
                widest = max(widest, width)
            widths[c] = max(widest + pad, header.sectionSizeHint(c))
        return widths

    def _scrolled(self) -> None:
        if not isValid(self.view):
            return
        natural = self._measure()
        if any(natural[c] > self._natural.get(c, 0) for c in natural):
            self.relayout(natural)

    def relayout(self, natural: dict[int, int] | None = None) -> None:
        if not isValid(self.view) or not isValid(self.view.horizontalHeader()):
            return
        view, header = self.view, self.view.horizontalHeader()
        char = view.fontMetrics().averageCharWidth()
        width = view.viewport().width()
        natural = self._natural = natural if natural is not None else self._measure()
        fitted = {c: natural[c] for c in self.fitted}
        hidden: set[int] = set()
        # the least needed columns step aside before a column is cut
        for c in [None, *self.drop]:
            if c is not None:
                hidden.add(c)
            room = width - sum(w for col, w in fitted.items() if col not in hidden)
            shown = [col for col in self.shared if col not in hidden]
            least = sum(min(self.weights.get(c, 1) * self.least * char, natural[c]) for c in shown)
            if not shown or room >= least:
                break
        shown = [col for col in self.shared if col not in hidden]
        for c in range(view.model().columnCount()):
            if view.isColumnHidden(c) != (c in hidden):
                view.setColumnHidden(c, c in hidden)
        for c, w in fitted.items():
            if c not in hidden and header.sectionSize(c) != w:
                header.resizeSection(c, w)
        if shown:
            widths = {c: 0 for c in shown}
            left = max(room, 0)
            wanting = list(shown)
            while wanting and left > len(wanting):  # by weight, up to what each needs
                units = sum(self.weights.get(c, 1) for c in wanting)
                step = {c: left * self.weights.get(c, 1) // units for c in wanting}
                for c in wanting:
                    give = min(step[c], natural[c] - widths[c])
                    widths[c] += give
                    left -= give
                wanting = [c for c in wanting if widths[c] < natural[c]]
            # any room left goes to the first shared column (the long text)
            widths[shown[0]] += max(left, 0)
            for c, w in widths.items():
                w = max(w, 4 * char)
                if header.sectionSize(c) != w:
                    header.resizeSection(c, w)


def fit_columns(
    view: QTableView,
    fitted: list[int],
    shared: list[int],
    drop: list[int],
    weights: dict[int, int] | None = None,
    least: int = 12,
) -> None:
    """A list's columns fit its width at any text size, without sideways scrolling:
    ``fitted`` columns as wide as their text (never cut), ``shared`` ones share the rest
    (a long name ends in «…»: give it a tooltip); when the shared columns would get less
    than ``least`` average characters each (or their text, if shorter), the ``drop``
    columns are hidden in that order until the width returns. ``weights`` (default 1)
    share the room unevenly; room left over goes to ``shared[0]``."""
    _FitColumns(view, fitted, shared, drop, weights or {}, least)


class _Cell(QStyledItemDelegate):
    """A list cell that wraps (the long text) or not (a long name ends in «…»), with
    half a line of air below it so rows of several lines read apart."""

    def __init__(self, parent: QObject, wrap: bool) -> None:
        super().__init__(parent)
        self.wrap = wrap

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if not self.wrap:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.lineSpacing() // 2)


class _WrapRows(QObject):
    """Rows as tall as their wrapped text: see :func:`wrap_rows`."""

    def __init__(self, view: QTableView, column: int) -> None:
        super().__init__(view)
        self.view, self.column = view, column
        self._fitted: set[int] = set()  # rows fitted to the current column widths
        view.setWordWrap(True)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.one_line, self.wrapping = _Cell(view, wrap=False), _Cell(view, wrap=True)
        for c in range(view.model().columnCount()):
            view.setItemDelegateForColumn(c, self.wrapping if c == column else self.one_line)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit)
        model, header = view.model(), view.horizontalHeader()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.refit)
        header.sectionResized.connect(lambda *_: self.refit())
        view.verticalScrollBar().valueChanged.connect(lambda *_: self.timer.start())
        view.viewport().installEventFilter(self)
        self.refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.timer.start()
        elif event.type() == QEvent.Type.FontChange:
            self.refit()
        return False

    def refit(self) -> None:
        self._fitted.clear()
        self.timer.start()

    def fit(self) -> None:
        """Fit the rows on screen; as they change height others come into view: those too."""
        view = self.view
        if not isValid(view):
            return
        count = view.model().rowCount()
        for _round in range(8):
            first = max(view.rowAt(0), 0)
            bottom = view.rowAt(view.viewport().height() - 1)
            last = count - 1 if bottom < 0 else bottom
            todo = [r for r in range(first, last + 1) if r not in self._fitted]
            if not todo:
                return
            for r in todo:
                view.resizeRowToContents(r)
                self._fitted.add(r)


def wrap_rows(view: QTableView, column: int) -> None:
    """Only ``column`` (the long text) wraps, the others end in «…»; each row is as tall
    as its content. A list of thousands: the rows on screen are fitted, the others as
    they scroll into view, and again when a column's width changes."""
    _WrapRows(view, column)


class OverflowRow(QWidget):
    """A row of buttons that is never clipped: what does not fit goes into «Mer».

    The buttons stay the caller's (their clicks, shortcuts and enabled state); the
    menu mirrors the hidden ones each time it opens. ``set_shown`` hides a button
    for good (the row never brings it back).
    """

    def __init__(self, buttons: Sequence[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = list(buttons)
        self._shown = {id(b): True for b in self.buttons}
        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for b in self.buttons:
            layout.addWidget(b)
        self.more = QToolButton()
        self.more.setText(QCoreApplication.translate("OverflowRow", "Mer …"))
        self.more.setAccessibleName(QCoreApplication.translate("OverflowRow", "Flere knapper"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.more)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.more.setMenu(self.menu)
        layout.addWidget(self.more)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.overflow: list[QPushButton] = []
        self._fit()

    def set_shown(self, button: QPushButton, shown: bool) -> None:
        self._shown[id(button)] = shown
        self._fit()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.more.sizeHint().width(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        spacing = self._layout.spacing()
        width = sum(b.sizeHint().width() + spacing for b in self.buttons if self._shown[id(b)])
        return QSize(width, max(b.sizeHint().height() for b in [*self.buttons, self.more]))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not isValid(self._layout):
            return
        spacing = self._layout.spacing()
        wanted = [b for b in self.buttons if self._shown[id(b)]]
        total = sum(b.sizeHint().width() + spacing for b in wanted)
        room = self.width() if total > self.width() else total
        if total > self.width():
            room -= self.more.sizeHint().width() + spacing
        used = 0
        self.overflow = []
        for b in self.buttons:
            if not self._shown[id(b)]:
                b.setVisible(False)
                continue
            fits = not self.overflow and used + b.sizeHint().width() + spacing <= room
            b.setVisible(fits)
            if fits:
                used += b.sizeHint().width() + spacing
            else:
                self.overflow.append(b)
        self.more.setVisible(bool(self.overflow))

    def _fill_menu(self) -> None:
        self.menu.clear()
        for b in self.overflow:
            action = self.menu.addAction(b.text())
            action.setEnabled(b.isEnabled())
            action.triggered.connect(b.click)


def _shown_mnemonic(text: str) -> str:
    """``text`` as rich text with its mnemonic letter underlined («&1. Tekst» -> 1 underlined)."""
    import html

    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "&" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("&amp;" if nxt == "&" else f"<u>{html.escape(nxt)}</u>")
            i += 2
            continue
        out.append(html.escape(ch))
        i += 1
    return "".join(out)


class WrappingCheckBox(QCheckBox):
    """A check box whose text wraps to the width it is given (a long checklist item).

    The box keeps its text, so its Alt key, its accessible name and toggling with the
    keyboard are a check box's own; the text is drawn by a word-wrapped label beside
    the indicator, and a click anywhere on it toggles the box.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.text_label = QLabel(_shown_mnemonic(text), self)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.text_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        style = self.style()
        indent = style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth, None, self
        ) + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        self._row = row = QHBoxLayout(self)
        row.setContentsMargins(indent, 0, 0, 0)
        row.addWidget(self.text_label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        return self._row.totalSizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._row.totalMinimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._row.totalHeightForWidth(width)

    def hitButton(self, pos: QPoint) -> bool:
        return bool(self.rect().contains(pos))  # the wrapped text is part of the box

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # the label beside it draws the text, wrapped
        # the indicator beside the first line, not the middle of a wrapped text
        first_line = self.text_label.y() + self.text_label.fontMetrics().height()
        option.rect.setHeight(min(option.rect.height(), max(first_line, 0)))
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
        if self.hasFocus():
            focus = QStyleOptionButton()
            focus.initFrom(self)
            focus.rect = self.text_label.geometry().adjusted(-2, 0, 2, 0)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)

