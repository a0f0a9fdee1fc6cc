"""Accessibility checks over real widgets (universell utforming).

`problems(window)` walks every visible control of a window and reports the ones
a screen reader cannot name (Qt's own accessible name: the accessibleName, a
button's text, or the buddy label) and the ones the keyboard cannot reach with
Tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def controls(window: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), (QComboBox, QAbstractSpinBox)
        ):
            continue  # the editor inside a combo box or spin box: the box is the control
        if widget.objectName() == "qt_scrollarea_viewport":
            continue
        found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}(objectName={widget.objectName()!r})"


def unnamed(window: QWidget) -> list[str]:
    return [describe(w) for w in controls(window) if not accessible_name(w)]


def tab_order(window: QWidget, limit: int = 400) -> list[QWidget]:
    """The widgets focus visits when Tab is pressed again and again, from the first one."""
    window.activateWindow()
    QApplication.processEvents()
    start = window.focusWidget() or window
    visited: list[QWidget] = []
    current = start
    for _ in range(limit):
        nxt = current.nextInFocusChain()
        while (
            nxt is not None
            and nxt is not current
            and not (
                nxt.isVisibleTo(window)
                and nxt.isEnabled()
                and nxt.focusPolicy() & Qt.FocusPolicy.TabFocus
            )
        ):
            nxt = nxt.nextInFocusChain()
        if nxt is None or nxt in visited:
            break
        visited.append(nxt)
        current = nxt
    return visited


def unreachable(window: QWidget) -> list[str]:
    reached = set(map(id, tab_order(window)))
    out = []
    for widget in controls(window):
        if not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            # reachable another way only (e.g. a tab bar through Ctrl+Tab): allowed for tab bars
            if isinstance(widget, QTabBar):
                continue
            out.append(describe(widget) + " (no Tab focus)")
        elif id(widget) not in reached:
            out.append(describe(widget))
    return out


def problems(window: QWidget) -> list[str]:
    return [f"no accessible name: {p}" for p in unnamed(window)] + [
        f"not reachable by Tab: {p}" for p in unreachable(window)
    ]
