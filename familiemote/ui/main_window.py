"""The main window: the case list with search, the case view, and the empty state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain.errors import DomainError
from familiemote.domain.model import normalise_search
from familiemote.domain.validation import SEARCH_MAX
from familiemote.messages import error_text
from familiemote.services import cases as case_service
from familiemote.startup import Running, in_thread
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.case_commands import CaseMenu
from familiemote.ui.case_list import CASE_ID_ROLE, CaseListDelegate, CaseListModel
from familiemote.ui.case_view import CaseView
from familiemote.ui.followup_menu import FollowUpMenu
from familiemote.ui.ops import keep_turning_on_server, server_gone, wait_for
from familiemote.ui.theme import set_scaled_font, text_scale
from familiemote.ui.widgets import announce, busy, fit_columns, name_clear_button, tab_leaves

KEY_GEOMETRY = "mainWindow/geometry"
KEY_STATE = "mainWindow/state"
KEY_SPLITTER = "mainWindow/splitter"
KEY_LAST_CASE = "cases/lastOpened"


class EmptyState(QWidget):
    """Shown while the database holds no cases: what the app is for and how to start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A fixed-width column keeps wrapped text measurable (no clipped lines).
        column = QWidget()
        column.setFixedWidth(560)
        layout = QVBoxLayout(column)
        title = QLabel(self.tr("Ingen saker ennå"))
        set_scaled_font(title, 1.8, bold=True)  # follows a change of text size
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Familiemøte hjelper deg å samle familien, barnehagen eller skolen og BUP "
                "rundt ett bord, bli enige om hvem som gjør hva og når, og skrive ut en plan "
                "før alle går.\n\nStart med en ny sak, eller se hvordan en ferdig sak ser ut "
                "i den fiktive eksempelsaken."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(self.tr("&Ny sak"))
        self.demo_button = QPushButton(self.tr("Åpne &eksempelsak"))
        for button in (self.new_button, self.demo_button):
            button.setMinimumHeight(40)
        self.new_button.setDefault(True)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(16)
        layout.addWidget(self.new_button)
        layout.addWidget(self.demo_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)


class MainWindow(QMainWindow):
    """The application window.

    Signals:
        case_opened(int): a case was loaded into the case view.
        cases_changed(): the list of cases was reloaded.
    """

    case_opened = Signal(int)
    cases_changed = Signal()

    def __init__(
        self,
        uow_factory: Callable[[], SqlAlchemyUnitOfWork],
        settings: QSettings,
        db_location: str,
        today: Callable[[], dt.date] = dt.date.today,
        first_rows: list[case_service.CaseRow] | None = None,
    ) -> None:
        """``first_rows``: the case list, when the start has read it already (on a
        server it is read in a worker thread before the window is built)."""
        super().__init__()
        self._uow_factory = uow_factory
        self._settings = settings
        self._today = today
        self.db_location = db_location
        self.current_case_id: int | None = None
        self._after_first_paint: Callable[[], None] | None = None
        self.setWindowTitle(self.tr("Familiemøte"))
        self.resize(1200, 800)

        self.empty_state = EmptyState()
        self.empty_state.new_button.clicked.connect(self.new_case)
        self.empty_state.demo_button.clicked.connect(self.open_demo_case)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Søk etter barn, foresatt eller kontaktperson"))
        self.search_edit.setAccessibleName(self.tr("Søk i saker"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(SEARCH_MAX)  # what the case search reads
        name_clear_button(self.search_edit, self.tr("Tøm søket"))
        # All case rows are read once per change; typing only filters them in memory.
        self._all_rows: list[case_service.CaseRow] = []
        self.search_edit.textChanged.connect(lambda _text: self.apply_search())

        self.case_model = CaseListModel(today=today())
        self.case_table = QTableView()
        self.case_table.setModel(self.case_model)
        # one call into Python a cell painted, not seven (the list repaints at every key)
        self.case_table.setItemDelegate(CaseListDelegate(self.case_model, self.case_table))
        self.case_table.setAccessibleName(self.tr("Saker"))
        tab_leaves(self.case_table)  # arrows move between cases, Tab on to the case
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.case_table.verticalHeader().setVisible(False)
        self.case_table.setAlternatingRowColors(True)
        scale = text_scale(settings) / 100  # Innstillinger > Tekststørrelse: room for the text
        # age, phase and last meeting never cut; child and contact share the rest (a long
        # name ends in «…», whole in its tooltip); only with very large text does the
        # contact step aside
        fit_columns(
            self.case_table, fitted=[1, 2, 4], shared=[0, 3], drop=[3], weights={0: 2}, least=6
        )
        self.case_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.case_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._open_row(current.row())
        )
        self.no_match_label = QLabel(self.tr("Ingen saker passer søket."))
        self.no_match_label.hide()

        self.search_label = QLabel(self.tr("&Søk:"))
        self.search_label.setBuddy(self.search_edit)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(self.search_label)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.case_table, 1)
        left_layout.addWidget(self.no_match_label)

        self.case_view = CaseView(uow_factory)
        self.case_view.case_changed.connect(self.refresh_case)
        self.no_case_label = QLabel(self.tr("Velg en sak i listen, eller lag en ny sak."))
        self.no_case_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.no_case_label)
        self.right.addWidget(self.case_view)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        # the list as wide as its five columns need at 1280 px (names may end in «…»);
        # it grows slower than the text: the case view needs the room more
        self.splitter.setSizes([round(420 * (1 + (scale - 1) * 0.5)), 780])

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)

        self._build_menus()
        from familiemote.ui.print_actions import PrintMenu

        self.print_menu = PrintMenu(self, uow_factory, today)
        # information boxes beside the pathway, the acute route (F12) and its warning
        from familiemote.ui.info_boxes import attach_to_main_window

        self.info_boxes = attach_to_main_window(self, uow_factory)
        self.location_label = QLabel(self.tr("Database: {location}").format(location=db_location))
        self.statusBar().addPermanentWidget(self.location_label)
        self._watch_the_server()
        self._restore_settings()
        self._first_list(first_rows)
        last = self._settings.value(KEY_LAST_CASE)
        if last is not None:
            # after the first paint: the window and its case list show before the case loads
            # (a zero timer set now would run before it: Qt paints after due timers)
            case_id = int(str(last))
            after = self._after_first_paint  # the rest of a long list is read first

            def open_last() -> None:
                if after is not None:
                    after()
                if self._rest is not None:  # the case may be past the first rows
                    self._rest_then = lambda: self._open_last_case(case_id)
                elif self.case_model.row_for_case(case_id) >= 0:
                    self._open_last_case(case_id)

            self._after_first_paint = open_last

    # -- the case list at start: the first rows, then the rest -------------------------

    # Rows read before the window is painted. A large municipality's list (20,000
    # cases: 0.45 s of CPU to read) is read whole in a worker thread after the first
    # paint, while the user looks at the first rows; a search typed meanwhile waits
    # for it, so it always covers every case.
    FIRST_ROWS = 200
    _rest: Running[list[case_service.CaseRow]] | None = None
    _rest_then: Callable[[], None] | None = None

    def _first_list(self, first_rows: list[case_service.CaseRow] | None) -> None:
        if first_rows is not None:
            self.reload_cases(first_rows)
            return
        try:
            rows = case_service.list_cases(self._uow_factory(), limit=self.FIRST_ROWS)
        except DomainError as err:
            self._report(err)
            return
        if len(rows) >= self.FIRST_ROWS:  # perhaps more: read them all after the paint
            # the list is as long as it will be from the first paint (a count is cheap):
            # the rows not read yet say so, rather than the list seeming to end
            try:
                self._expected_rows = case_service.count_cases(self._uow_factory())
            except DomainError:
                self._expected_rows = len(rows)
            self._rest_waiting = True
        self.reload_cases(rows)
        if self._rest_waiting:
            after = self._after_first_paint

            def read_the_rest() -> None:
                if after is not None:
                    after()
                self._read_the_rest()

            self._after_first_paint = read_the_rest

    _rest_waiting = False  # the first rows only, until the rest is read
    _expected_rows = 0  # the cases counted at start, while the rest is read

    def list_complete(self) -> bool:
        """Whether the list holds every case (not only the first rows read at start)."""
        return not self._rest_waiting

    def _read_the_rest(self) -> None:
        if not self._rest_waiting or self._rest is not None:
            return
        uow_factory = self._uow_factory
        self._rest = in_thread(lambda: case_service.list_cases(uow_factory()))
        self._rest_timer = QTimer(self)
        self._rest_timer.setInterval(15)
        self._rest_timer.timeout.connect(lambda: self._take_the_rest(wait=False))
        self._rest_timer.start()

    def whole_list_read(self) -> None:
        """Wait (in any thread) until the rest of the list has been read, if it is being
        read: the start's warm read of a case waits for it rather than key another
        encrypted connection beside it."""
        running = self._rest
        if running is not None:
            try:
                running.result()
            except Exception:  # told by the window when it takes the rows
                return

    def _take_the_rest(self, *, wait: bool) -> None:
        running = self._rest
        if running is None or not (wait or running.done()):
            return
        self._rest = None
        self._rest_timer.stop()
        try:
            rows = (
                wait_for(running.result, self, self.tr("Henter alle sakene …"))
                if wait
                else running.result()
            )
        except DomainError as err:
            self._rest_waiting = False
            self._report(err)
            return
        if not self._rest_waiting:  # the list was read again meanwhile: that one is newer
            return
        self._rest_waiting = False
        if not self.search_edit.text() and self.case_model.extend_rows(rows):
            self._all_rows = rows  # the rows on screen stay; the rest follow them
            self.cases_changed.emit()
            current = self.case_table.currentIndex()
            if current.isValid():  # a row chosen while it was still being read: its case
                self._open_row(current.row())
        else:
            self.reload_cases(rows)
        then, self._rest_then = self._rest_then, None
        if then is not None:
            then()

    def _open_last_case(self, case_id: int) -> None:
        if self.current_case_id is None:  # unless a case was opened meanwhile
            self.select_case(case_id)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        callback, self._after_first_paint = self._after_first_paint, None
        if callback is not None:  # the children paint in this same pass, then this runs
            QTimer.singleShot(0, self, callback)

    # -- menus ------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fil"))
        self.new_action = QAction(self.tr("&Ny sak …"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_case)
        self.demo_action = QAction(self.tr("Åpne &eksempelsak"), self)
        self.demo_action.triggered.connect(self.open_demo_case)
        self.find_action = QAction(self.tr("&Søk i saker"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        quit_action = QAction(self.tr("&Avslutt"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        self.anonymous_action = QAction(self.tr("Ny anonym &drøfting …"), self)
        self.anonymous_action.triggered.connect(self.new_anonymous_case)
        for action in (self.new_action, self.anonymous_action, self.demo_action, self.find_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        # closed cases past their retention period
        from familiemote.ui.retention_dialog import add_retention_action

        add_retention_action(self, file_menu, self._uow_factory, self._today)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Innstillinger"))
        from familiemote.ui.language import add_language_menu  # Språk

        self.language_menu = add_language_menu(self, settings_menu, self._settings)
        self.consent_ages_action = QAction(self.tr("&Aldersgrenser for samtykke …"), self)
        self.consent_ages_action.triggered.connect(self.edit_consent_ages)
        settings_menu.addAction(self.consent_ages_action)
        self.me_action = QAction(self.tr("&Meg (navn, tjeneste og rolle) …"), self)
        self.me_action.triggered.connect(self.edit_me)
        settings_menu.addAction(self.me_action)
        from familiemote.ui.text_size_menu import add_text_size_menu

        self.text_size_menu = add_text_size_menu(self, settings_menu, self._settings)
        from familiemote.ui.case_list_pane import CaseListPane  # Vis listen over saker (F9)

        self.case_list_pane = CaseListPane(
            self,
            self.splitter,
            settings_menu,
            self._settings,
            focus_list=lambda: self.case_table.setFocus(),
            focus_case=lambda: self.case_view.tabs.setFocus(),
        )
        # meetings and pathway decisions on the open case
        self.case_menu = CaseMenu(
            self,
            self._uow_factory,
            self._today,
            lambda: self.case_view.detail if self.current_case_id is not None else None,
            self.refresh_case,
        )
        self.menuBar().addMenu(self.case_menu.menu)
        self.followup_menu = FollowUpMenu(
            self,
            self._uow_factory,
            self._today,
            lambda: self.case_view.detail if self.current_case_id is not None else None,
            self.select_case,
        )
        self.menuBar().addMenu(self.followup_menu.menu)
        help_menu = self.menuBar().addMenu(self.tr("&Hjelp"))
        self.getting_started_action = QAction(self.tr("&Kom i gang …"), self)
        self.getting_started_action.triggered.connect(self.show_getting_started)
        help_menu.addAction(self.getting_started_action)
        self.glossary_action = QAction(self.tr("Or&dliste …"), self)
        self.glossary_action.triggered.connect(self.show_glossary)
        help_menu.addAction(self.glossary_action)
        about = QAction(self.tr("&Om Familiemøte"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- cases ------------------------------------------------------------------

    def reload_cases(self, rows: list[case_service.CaseRow] | None = None) -> None:
        """Read the case list again (or take ``rows``, just read) and show it for the
        current search."""
        try:
            self._all_rows = (
                rows if rows is not None else case_service.list_cases(self._uow_factory())
            )
            if rows is None:  # all of them: what the start's worker reads is older
                self._rest_waiting = False
        except DomainError as err:
            self._report(err)
            return
        self.apply_search()
        self.cases_changed.emit()

    # The searches made on the rows read last (``_found_in``) and the rows each found:
    # typing on narrows the rows of the search it extends, and a backspace takes the
    # rows of the search it goes back to, instead of going through all cases again
    # (20,000 at a large municipality) at every key.
    _found: dict[str, list[case_service.CaseRow]]
    _found_in: list[case_service.CaseRow] | None = None
    FOUND_KEPT = 16  # searches kept (each a list of the rows it found)

    def _search(self, text: str) -> list[case_service.CaseRow]:
        key = normalise_search(text[:SEARCH_MAX])
        if self._found_in is not self._all_rows:
            self._found, self._found_in = {}, self._all_rows
        rows = self._found.get(key)
        if rows is None:
            # every word typed on contains a word matched before: a subset of those rows
            extended = max((k for k in self._found if key.startswith(k)), key=len, default=None)
            source = self._all_rows if extended is None else self._found[extended]
            rows = case_service.filter_rows(source, text)
            if len(self._found) >= self.FOUND_KEPT:
                self._found.clear()
            self._found[key] = rows
        return rows

    def apply_search(self) -> None:
        """Show the rows that match the search text, keeping the open case selected."""
        if self._rest_waiting and self.search_edit.text():  # a search covers every case
            self._read_the_rest()  # (already under way after the first paint)
            self._take_the_rest(wait=True)
        rows = self._search(self.search_edit.text())
        has_any = bool(self._all_rows)
        # the whole list while its rest is read: the rows to come hold their places
        waiting = self._rest_waiting and not self.search_edit.text()
        self.case_model.set_rows(rows, self._expected_rows - len(rows) if waiting else 0)
        self.no_match_label.setVisible(not rows and has_any)
        self.pages.setCurrentWidget(self.splitter if has_any else self.empty_state)
        if self.current_case_id is not None:
            row = self.case_model.row_for_case(self.current_case_id)
            if row >= 0:
                self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.case_model.index(row, 0)
        self.case_table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.case_table.scrollTo(index)

    def select_case(self, case_id: int) -> None:
        row = self.case_model.row_for_case(case_id)
        if row < 0 and self.search_edit.text():
            self.search_edit.clear()  # shows every case again
            row = self.case_model.row_for_case(case_id)
        if row >= 0:
            was_open = self.current_case_id == case_id
            tries = self._open_tries
            self._select_row(row)  # a new row opens its case (once: not again below)
            if was_open or (self._open_tries == tries and self.current_case_id != case_id):
                self.open_case(case_id)  # read again: it may have changed

    # set while the list is put back on the open case: that is no request to open one
    _syncing_list = False

    def _show_open_case_in_list(self) -> None:
        """Select the open case's row (none when no case is open), opening nothing."""
        if self.case_table.model() is None or self.case_table.selectionModel() is None:
            return
        self._syncing_list = True
        try:
            row = (
                self.case_model.row_for_case(self.current_case_id)
                if self.current_case_id is not None
                else -1
            )
            if row >= 0:
                self._select_row(row)
            else:
                selection = self.case_table.selectionModel()
                selection.clearSelection()
                selection.setCurrentIndex(
                    self.case_model.index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            self._syncing_list = False

    def _open_row(self, row: int) -> None:
        if self._syncing_list:
            return
        index = self.case_model.index(row, 0)
        case_id = self.case_model.data(index, CASE_ID_ROLE)
        if case_id is not None and case_id != self.current_case_id:
            self.open_case(int(case_id))

    # A case being read in a worker thread (ui.ops.wait_for turns the event loop
    # meanwhile, so a timer may ask for another case): that one is opened after.
    _opening = False
    _pending_open: int | None = None
    _open_tries = 0  # openings started (one that failed is not tried again at once)

    def open_case(self, case_id: int) -> None:
        self._open_tries += 1
        if self._opening:
            self._pending_open = case_id
            return
        self._opening = True
        try:
            self._open_case_now(case_id)
        finally:
            self._opening = False
        pending, self._pending_open = self._pending_open, None
        if pending is not None and pending != self.current_case_id:
            self.open_case(pending)

    def _open_case_now(self, case_id: int) -> None:
        # who looked (the read log, ui/open_log.py): its entry is written in a thread of
        # its own from the moment the read succeeded, while the tabs are built hidden
        logged: list[Future[bool]] = []

        def read() -> case_service.CaseDetail:
            found = case_service.get_case(self._uow_factory(), case_id)
            if case_id != self.current_case_id:
                from familiemote.ui import open_log

                logged.append(open_log.start(self._uow_factory, case_id))
            return found

        try:  # read in a worker thread: a slow server does not freeze the window
            detail = wait_for(read, self, self.tr("Åpner saken …"))
        except DomainError as err:
            self._show_open_case_in_list()
            self._report(err)
            return
        except Exception:
            # the server is gone (told by the app's hook): the list shows the case
            # the detail pane still shows, not the row that could not be opened
            self._show_open_case_in_list()
            raise
        another = case_id != self.current_case_id
        if logged and not self._show_when_logged(case_id, detail, logged[0]):
            return
        if not logged:
            with busy():
                self.current_case_id = case_id
                self.case_view.show_case(detail, self._today())
            self.right.setCurrentWidget(self.case_view)
        self._settings.setValue(KEY_LAST_CASE, case_id)
        if another:  # the same case read again after a save is announced by refresh_case
            title = self.case_view.title_label.text()
            announce(self, self.tr("Åpnet saken: {title}").format(title=title))
        self.case_opened.emit(case_id)

    def _show_when_logged(
        self, case_id: int, detail: case_service.CaseDetail, logged: Future[bool]
    ) -> bool:
        """Build the case's tabs hidden while its opening is written to the read log,
        and show them once the entry is committed (ui/open_log.py).

        False when the entry could not be written: the case is not shown, the pane
        asks for a case, and the user is told why.
        """
        right = self.right
        right.setUpdatesEnabled(False)  # the page on screen stays as it is meanwhile
        try:
            right.setCurrentWidget(self.no_case_label)  # nothing of the new case on screen
            with busy():
                self.current_case_id = case_id
                self.case_view.show_case(detail, self._today())
            try:
                wait_for(logged.result, self, self.tr("Åpner saken …"), quiet_ms=150)
            except Exception as err:
                failure = err
                self.current_case_id = None
            else:
                right.setCurrentWidget(self.case_view)
                return True
        finally:
            right.setUpdatesEnabled(True)
        self._show_open_case_in_list()
        if not isinstance(failure, DomainError):
            raise failure  # the server is gone: told by the app's hook
        from familiemote.ui import open_log

        QMessageBox.warning(
            self, self.tr("Familiemøte"), f"{open_log.not_logged()}\n\n{error_text(failure)}"
        )
        return False

    def refresh_case(self, case_id: int) -> None:
        """A panel changed the case: reload it and the list, keeping the open tab.

        When the panel's save changed only its part (meetings, actions),
        only the tabs showing that part are built again; the others keep their state.
        """
        parts = self.case_view.take_changed_parts()
        tab = self.case_view.tabs.currentIndex()
        self.reload_cases()
        if parts is not None and case_id == self.current_case_id:
            try:
                detail = wait_for(
                    lambda: case_service.get_case(self._uow_factory(), case_id),
                    self,
                    self.tr("Åpner saken …"),
                )
            except DomainError as err:
                self._report(err)
                return
            self.case_view.refresh_panels(detail, self._today(), parts)
            self.case_opened.emit(case_id)  # read again, as after a whole reopen
        else:
            self.open_case(case_id)
        self.case_view.tabs.setCurrentIndex(tab)
        announce(self, self.tr("Lagret. Saken er oppdatert."))

    def new_case(self) -> None:
        from familiemote.ui.new_case_dialog import NewCaseDialog  # imported when needed (start-up)

        dialog = NewCaseDialog(self._uow_factory, self, self._today())
        if dialog.exec() and dialog.case_id is not None:
            self.search_edit.clear()
            self.reload_cases()
            self.select_case(dialog.case_id)

    def new_anonymous_case(self) -> None:
        from familiemote.ui.anonymous_dialog import AnonymousCaseDialog

        dialog = AnonymousCaseDialog(self._uow_factory, self, self._today())
        if dialog.exec() and dialog.case_id is not None:
            self.search_edit.clear()
            self.reload_cases()
            self.select_case(dialog.case_id)

    def edit_me(self) -> None:
        from familiemote.ui.me_dialog import MeDialog

        MeDialog(self._uow_factory, self).exec()

    def edit_consent_ages(self) -> None:
        from familiemote.ui.consent_settings_dialog import ConsentSettingsDialog

        dialog = ConsentSettingsDialog(self._uow_factory, self)
        if dialog.exec() and self.current_case_id is not None:
            self.refresh_case(self.current_case_id)

    def open_demo_case(self) -> None:
        from familiemote.services import demo

        try:
            result = demo.create_demo_case(self._uow_factory(), self._today())
        except DomainError as err:
            self._report(err)
            return
        self.reload_cases()
        self.select_case(result.case_id)

    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.splitter:
            self.case_list_pane.set_shown(True)  # the list hidden with F9 comes back
            self.search_edit.setFocus()
            self.search_edit.selectAll()

    # -- a database server that is gone or silent --------------------------------

    def _watch_the_server(self) -> None:
        """Calls to a database server run off the GUI thread (ui/ops.py); when the server
        is gone the status bar says so until the watch finds it answering again."""
        from familiemote.ui.server_watch import probe_with, server_watch

        keep_turning_on_server(self)
        self.server_label = QLabel(
            self.tr("Databaseserveren svarer ikke. Familiemøte sier fra når den svarer igjen.")
        )
        self.server_label.hide()
        self.statusBar().addPermanentWidget(self.server_label)
        watch = server_watch()
        watch.attach(self, probe_with(self._uow_factory))
        watch.lost.connect(self._server_lost)
        watch.back.connect(self._server_back)

    def _server_lost(self) -> None:
        self.server_label.show()

    def _server_back(self) -> None:
        """The server answers again: say so and read the list again. The open case is
        left as it is: a panel may hold what the user typed before the server went."""
        self.server_label.hide()
        if not self.isVisible() or self.centralWidget() is not self.pages:
            return  # closed, or locked: no list on screen to read again now
        text = self.tr("Forbindelsen til databaseserveren er tilbake.")
        self.statusBar().showMessage(text, 15_000)
        announce(self, text)
        try:
            self.reload_cases()
        except Exception as exc:
            if not server_gone(exc):
                raise  # gone again: the watch has started over and says so
            return
        self._show_open_case_in_list()

    # -- misc -------------------------------------------------------------------

    def _report(self, err: DomainError) -> None:
        QMessageBox.warning(self, self.tr("Familiemøte"), error_text(err))

    def show_getting_started(self) -> None:
        from familiemote.ui.first_run import getting_started

        getting_started(self, self.open_demo_case)

    def show_glossary(self) -> None:
        from familiemote.ui.glossary_dialog import GlossaryDialog

        GlossaryDialog(self).exec()

    def show_about(self) -> None:
        from familiemote.services import backup as backup_service
        from familiemote.ui.about_dialog import AboutDialog

        try:
            last = backup_service.last_backup_at(self._uow_factory())
        except DomainError:
            last = None
        shown = last.strftime("%d.%m.%Y kl. %H.%M") if last is not None else None
        AboutDialog(self.db_location, self._settings, shown, self).exec()

    def _restore_settings(self) -> None:
        geometry = self._settings.value(KEY_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self._settings.value(KEY_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self._settings.value(KEY_SPLITTER)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        self.case_list_pane.restored()

    def save_settings(self) -> None:
        self._settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        self._settings.setValue(KEY_STATE, self.saveState())
        self._settings.setValue(KEY_SPLITTER, self.splitter.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)
