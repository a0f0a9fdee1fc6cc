"""What every window needs for the keyboard and a screen reader, installed at start.

Kept apart from :mod:`familiemote.ui.widgets` and light to import: the application
installs it before its first window (the passphrase dialog) is painted, and the
Qt classes these functions test for are looked up only when they run. PySide6
builds the Python enums of each Qt class it hands out (the ``Qt`` namespace alone
has about a hundred, 17 ms of CPU), and none of that is needed for the first frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAccessibleInterface
    from PySide6.QtWidgets import QApplication, QWidget


def tab_leaves(widget: QWidget | None) -> None:
    """Tab and Shift+Tab move on from this control instead of staying inside it.

    A table moves between its cells with the arrow keys only (Qt's tables take
    Tab for the next cell, so a keyboard user could never leave one); a
    multi-line text box moves on with Tab too (no note of ours needs a tab
    character, and a keyboard user must be able to leave the box).
    """
    # asked by class name first: most controls that get focus (the passphrase field of
    # the first frame among them) are neither, and importing these classes has PySide6
    # build their enums, about 3.5 ms of CPU
    if widget is None or not (
        widget.inherits("QAbstractItemView")
        or widget.inherits("QPlainTextEdit")
        or widget.inherits("QTextEdit")
    ):
        return
    from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit

    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
        widget.setTabChangesFocus(True)


def install_tab_leaves(app: QApplication) -> None:
    """Apply :func:`tab_leaves` to every control of every window as it gets focus.

    Focus has to reach a control before Tab can be trapped in it, so this catches
    every table and text box, those built by helpers and by hand alike, at the
    cost of one call per focus change.
    """
    if not app.property("tabLeavesInstalled"):
        app.focusChanged.connect(lambda _old, new: tab_leaves(new))
        app.setProperty("tabLeavesInstalled", True)


def _plain_window(obj: QObject) -> bool:
    """A window made from a plain QWidget (not a main window or a dialog)."""
    from PySide6.QtWidgets import QWidget

    if not isinstance(obj, QWidget) or not obj.isWindow():
        return False
    meta = obj.metaObject()
    while meta is not None and not meta.className().startswith("Q"):
        meta = meta.superClass()  # past our own classes to the Qt class they build on
    return meta is not None and meta.className() == "QWidget"


def _window_role(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if _plain_window(obj):
        from PySide6.QtGui import QAccessible
        from PySide6.QtWidgets import QAccessibleWidget, QWidget

        assert isinstance(obj, QWidget)
        return QAccessibleWidget(obj, QAccessible.Role.Window)
    return None


def install_window_role() -> None:
    """A window made from a plain QWidget is a window (a frame) to a screen reader.

    Qt gives such a widget the role of a client area, which AT-SPI shows as a
    «filler»: a screen reader would not say that a window opened. Main windows and
    dialogs have their roles already.
    """
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None and not app.property("windowRoleInstalled"):
        QAccessible.installFactory(_window_role)
        app.setProperty("windowRoleInstalled", True)


def install_accessibility(app: QApplication) -> None:
    """What every window needs for the keyboard and a screen reader (create_application)."""
    install_tab_leaves(app)
    install_window_role()
