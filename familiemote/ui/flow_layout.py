"""Layouts that take rows as the width gives them: nothing runs past the right edge.

At a large text size (Innstillinger > Tekststørrelse) on a small screen a row of
buttons or of boxes side by side may be wider than its pane. These layouts put
what does not fit on a row of its own instead of making the page scroll sideways:

* :class:`FlowLayout`: items at their own width, left to right, on as many rows as
  needed (a row of buttons).
* :class:`ColumnsLayout`: items in equal columns, as many as fit, the rest on the
  next rows (the five phases of the pathway, the three parties' task lists).
* :class:`FittingForm`: a form whose labels are on one line when there is room and
  wrap when the form is narrow (a long label would else set the page's width).

Both keep their items in the order added, so the Tab order and what a screen reader
reads are those of one row. Both have a height for their width (a wrapped row is
taller), which a scroll area with a resizable widget asks for.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QLayoutItem, QStyle, QWidget

from familiemote.ui.pyside_guard import keep_singletons_alive

keep_singletons_alive()  # every layout pass makes calls that leak a reference (see there)


class _RowsLayout(QLayout):
    """What both layouts share: a list of items, spacing, margins, height for width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # what a layout pass asks again and again, until the next invalidate: the height
        # for a width, the items' minimum sizes, each width's row heights
        self._heights: dict[int, int] = {}
        self._least: list[QSize] | None = None
        self._rows: dict[int, list[int]] = {}

    # -- QLayout's list of items -------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    # -- sizes -------------------------------------------------------------------

    def spacing(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        # as a box layout's default: its parent layout's spacing, else the style's
        outer = self.parent()
        if isinstance(outer, QLayout):
            return outer.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def setSpacing(self, spacing: int) -> None:
        self._spacing = spacing
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # asked many times a layout pass (by each layout up to the scroll area)
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), place=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()
        self._least = None
        self._rows.clear()
        super().invalidate()

    def _minimum_sizes(self) -> list[QSize]:
        """The shown items' minimum sizes (a wrapped label's is costly to work out)."""
        if self._least is None:
            self._least = [i.minimumSize() for i in self._shown()]
        return self._least

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _margins(self) -> tuple[int, int, int, int]:
        m = self.contentsMargins()
        return m.left(), m.top(), m.right(), m.bottom()

    def _arrange(self, rect: QRect, place: bool) -> int:
        raise NotImplementedError


def _item_height(item: QLayoutItem, width: int) -> int:
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return item.sizeHint().height()


def _equal_shares(space: int, count: int) -> list[int]:
    """``space`` pixels in ``count`` equal parts, the odd pixels spread as a box layout
    with equal stretch spreads them (Qt's qGeomCalc, in 24.8 fixed point), so that a
    row of equal columns looks exactly as such a box layout would show it."""
    share = max(space, 0) * 256 // count
    widths, carry = [], 0
    for _ in range(count):
        carry += share
        width = carry // 256 + (1 if carry % 256 >= 128 else 0)
        widths.append(width)
        carry -= width * 256
    return widths


class FlowLayout(_RowsLayout):
    """Items at their preferred width, left to right, wrapping onto a new row when the
    next one would pass the right edge (a row of buttons).

    As wide as its widest item at the least; in one row when there is room, exactly
    as a left-aligned row of a box layout with a stretch at its end.
    """

    def minimumSize(self) -> QSize:
        left, top, right, bottom = self._margins()
        widest = max((i.sizeHint().width() for i in self._shown()), default=0)
        tallest = max((i.sizeHint().height() for i in self._shown()), default=0)
        return QSize(widest + left + right, tallest + top + bottom)

    def sizeHint(self) -> QSize:
        left, top, right, bottom = self._margins()
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(len(shown) - 1, 0)
        tallest = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + left + right, tallest + top + bottom)

    def _arrange(self, rect: QRect, place: bool) -> int:
        left, top, right, bottom = self._margins()
        area = rect.adjusted(left, top, -right, -bottom)
        spacing = self.spacing()
        x, y, row_height = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x > area.x() and x + width > area.x() + area.width():
                x, y = area.x(), y + row_height + spacing
                row_height = 0
            if place:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + bottom


class ColumnsLayout(_RowsLayout):
    """Items in equal columns: all in one row when each gets at least its minimum
    width, else as few rows as that takes, balanced (five items that fit four to a row
    go three and two); in one column at the least. A row is as tall as its tallest
    item at the column's width.
    """

    def _columns(self, width: int) -> int:
        least_sizes = self._minimum_sizes()
        if not least_sizes:
            return 1
        spacing = self.spacing()
        least = max(size.width() for size in least_sizes)
        fit = max(1, min(len(least_sizes), (width + spacing) // (least + spacing)))
        rows = math.ceil(len(least_sizes) / fit)
        return math.ceil(len(least_sizes) / rows)

    def minimumSize(self) -> QSize:
        # the height is the height for a width (asked by the scroll area); a minimum as
        # tall as the narrowest arrangement would leave a blank below a wide page
        left, top, right, bottom = self._margins()
        least_sizes = self._minimum_sizes()
        widest = max((size.width() for size in least_sizes), default=0)
        tallest = max((size.height() for size in least_sizes), default=0)
        return QSize(widest + left + right, tallest + top + bottom)

    def sizeHint(self) -> QSize:
        # all in one row; the height is the height for the width it is given (working it
        # out here for a width it is never given would cost each item a text layout)
        left, top, right, bottom = self._margins()
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(len(shown) - 1, 0)
        tallest = max((size.height() for size in self._minimum_sizes()), default=0)
        return QSize(width + left + right, tallest + top + bottom)

    def _arrange(self, rect: QRect, place: bool) -> int:
        left, top, right, bottom = self._margins()
        area = rect.adjusted(left, top, -right, -bottom)
        shown = self._shown()
        if not shown:
            return top + bottom
        spacing = self.spacing()
        columns = self._columns(area.width())
        widths = _equal_shares(area.width() - spacing * (columns - 1), columns)
        edges = [area.x() + sum(widths[:n]) + n * spacing for n in range(columns)]
        heights = self._rows.get(area.width())
        if heights is None:
            heights = self._rows[area.width()] = [
                max(_item_height(item, widths[n]) for n, item in enumerate(row))
                for row in (shown[s : s + columns] for s in range(0, len(shown), columns))
            ]
        y = area.y()
        for start, height in zip(range(0, len(shown), columns), heights, strict=True):
            row = shown[start : start + columns]
            if place:
                for n, item in enumerate(row):
                    item.setGeometry(QRect(edges[n], y, widths[n], height))
            y += height + spacing
        return y - spacing - rect.y() + bottom


class _FormLabel(QLabel):
    """A label of a :class:`FittingForm`: as wide as its text on one line (as a label
    that does not wrap), but never more than ``share`` of the form's width: there it
    wraps, and is as tall as its lines."""

    def __init__(self, text: str, share: float, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.share = share
        self.setWordWrap(True)

    def _one_line(self) -> int:
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        text = self.fontMetrics().boundingRect(
            0, 0, 100000, 100000, int(flags | Qt.TextFlag.TextExpandTabs), self.text()
        )
        m = self.contentsMargins()
        return text.width() + 2 * self.margin() + m.left() + m.right()

    def sizeHint(self) -> QSize:
        width = self._one_line()
        form = self.parentWidget()
        if form is not None:
            room = int(form.width() * self.share)
            width = min(width, max(room, self.minimumSizeHint().width()))
        return QSize(width, self.heightForWidth(width))


class FittingForm(QWidget):
    """A form (a ``QFormLayout``, so a screen reader hears each label with its field)
    that fits a narrow pane: a label longer than ``share`` of the width wraps, and a
    field too wide beside its label goes below it. Where there is room it looks as a
    plain form does."""

    def __init__(self, share: float = 0.45, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = share
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._labels: list[_FormLabel] = []
        self._width = -1

    def add_row(self, text: str, field: QWidget) -> QLabel:
        label = _FormLabel(text, self.share, self)
        self._labels.append(label)
        self.form.addRow(label, field)
        return label

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:  # the labels' room changed
            self._width = event.size().width()
            for label in self._labels:
                label.updateGeometry()
