"""Innstillinger > Vis listen over saker (F9): the case list beside an open case can give its
width to the case, and comes back where it was.

At a large text size on a laptop screen a case's tables need the whole window (a
meeting's participants at 200 % need about 820 px). The nurse hides the list with F9
or the menu, or drags the splitter to the window's edge; F9, the menu, Ctrl+F (search
in the cases) or dragging the strip at the edge brings it back as wide as it was. The
list never moves by itself: only her own choice hides or shows it, and the choice (and
the width she gave the list) is kept for the next start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSplitter, QWidget

KEY_LIST_WIDTH = "mainWindow/caseListWidth"
TOGGLE_KEY = "F9"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseListPane", text)


class CaseListPane(QObject):
    """Shows and hides the splitter's first pane (the case list).

    ``focus_list`` puts the keyboard focus in the list when it is shown again;
    ``focus_case`` moves it to the case when the list is hidden while it has it.
    """

    def __init__(
        self,
        window: QMainWindow,
        splitter: QSplitter,
        menu: QMenu,
        settings: QSettings,
        focus_list: Callable[[], None],
        focus_case: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window, self.splitter, self.settings = window, splitter, settings
        self.focus_list, self.focus_case = focus_list, focus_case
        splitter.setCollapsible(0, True)
        splitter.setCollapsible(1, False)
        self.width = self._stored_width()
        self.action = QAction(_tr("Vis &listen over saker"), window)
        self.action.setCheckable(True)
        self.action.setChecked(True)
        self.action.setShortcut(QKeySequence(TOGGLE_KEY))
        self.action.setStatusTip(_tr("Skjul listen over saker, så saken får hele bredden (F9)."))
        self.action.triggered.connect(self._chosen)
        menu.addAction(self.action)
        window.addAction(self.action)  # the key works while the menu is closed
        splitter.splitterMoved.connect(self._moved)
        # the width when a drag starts: the one to come back to if the drag hides it
        handle = splitter.handle(1)
        if handle is not None:
            handle.installEventFilter(self)

    @property
    def list_pane(self) -> QWidget:
        pane = self.splitter.widget(0)
        assert pane is not None
        return pane

    def is_shown(self) -> bool:
        return self.splitter.sizes()[0] > 0

    def _stored_width(self) -> int:
        value = self.settings.value(KEY_LIST_WIDTH)
        try:
            return int(str(value)) if value is not None else 0
        except ValueError:
            return 0

    def restored(self) -> None:
        """After the splitter's stored sizes are restored: the menu says whether the
        list shows."""
        sizes = self.splitter.sizes()
        if sizes[0] > 0:
            self.width = sizes[0]
        self._shows(sizes[0] > 0 or sum(sizes) == 0)

    def _shows(self, shown: bool) -> None:
        """The menu's check, and the hidden list out of Tab's and Alt's way (a pane
        collapsed to nothing stays a visible widget, its fields still take the focus)."""
        self.action.setChecked(shown)
        self.list_pane.setEnabled(shown)

    def _chosen(self, shown: bool) -> None:
        self.set_shown(shown, focus=True)

    def set_shown(self, shown: bool, *, focus: bool = False) -> None:
        """Show or hide the list; with ``focus``, the keyboard goes with what shows."""
        if shown == self.is_shown():
            self._shows(shown)
            return
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if shown:
            width = self.width if 0 < self.width < total else self.list_pane.sizeHint().width()
            self.splitter.setSizes([width, max(0, total - width)])
            self._shows(True)
            if focus:
                self.focus_list()
            return
        self.width = sizes[0]
        self.settings.setValue(KEY_LIST_WIDTH, self.width)
        focused = QApplication.focusWidget()
        if focused is not None and self.list_pane.isAncestorOf(focused):
            self.focus_case()
        self.splitter.setSizes([0, total])
        self._shows(False)
        self._tell_hidden()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and (size := self.splitter.sizes()[0]):
            self.width = size
        return False

    def _moved(self, _pos: int, _index: int) -> None:
        """The splitter dragged: to the edge hides the list, out from it shows it."""
        size = self.splitter.sizes()[0]
        was_shown = self.action.isChecked()
        if size > 0 and not was_shown:  # dragged out from the edge: as wide as she made it
            self.width = size
        self._shows(size > 0)
        if was_shown and size == 0:
            self.settings.setValue(KEY_LIST_WIDTH, self.width)
            self._tell_hidden()

    def _tell_hidden(self) -> None:
        self.window.statusBar().showMessage(
            _tr("Listen over saker er skjult. Trykk F9 for å vise den igjen."), 10000
        )
