"""Composition root: settings -> database -> translators -> MainWindow(services).

An SQLite file is always encrypted: the first start asks for a new passphrase
(twice, with a strength hint), later starts ask for it once (``FAMILIEMOTE_PASSPHRASE``
answers for scripts and tests). Only one window at a time opens a file: a lock
file beside it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from familiemote.resources_path import resource_path
from familiemote.settings import APP_NAME, ORGANISATION
from familiemote.startup import (
    after_first_frame,
    in_thread,
    preload_after_first_paint,
    wait_for_preload,
)
from familiemote.storage.location import SQLITE_MAGIC, folder_writable, is_new_file, sqlite_file
from familiemote.ui.language import choose_language, set_ui_language

if TYPE_CHECKING:  # SQLAlchemy loads in a worker thread while the first window shows
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QWidget

    from familiemote.domain.errors import DatabaseOpenError
    from familiemote.printing.texts import Lang
    from familiemote.services.cases import CaseRow
    from familiemote.settings import DatabaseChoice
    from familiemote.storage.db import Database
    from familiemote.ui.main_window import MainWindow
    from familiemote.ui.ops import CancelWindow

# The error texts, message boxes and domain errors are imported where they are used,
# not here: the start's first frame (the passphrase dialog) needs none of them, and each
# Qt class imported has PySide6 build its enums. With the other modules of the start
# made as light, the app's CPU before that frame, over a bare window's, went from 59 to
# 30 ms (``familiemote --db``, 2,000 cases, medians of 15 alternated pairs).

ENV_PASSPHRASE = "FAMILIEMOTE_PASSPHRASE"

log = logging.getLogger("familiemote")


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings (buttons, context menus) and the app's, for the language.

    The app's source strings are bokmål, so bokmål needs only Qt's strings (Qt ships
    no bokmål, so we ship our own small translation of them) and the singular and
    plural forms of the counts (``familiemote_nb``). The language
    is remembered on the application (``ui.language.ui_language()``) for printing.
    """
    installed = []
    lang: Lang = "nn" if language == "nn" else "nb"
    set_ui_language(lang)
    # dates, month names in the calendar popup, decimal commas: Norwegian either way
    QLocale.setDefault(QLocale("nn_NO" if lang == "nn" else "nb_NO"))
    candidates = [(f"qtbase_{lang}", str(resource_path("translations")))]
    if lang == "nn":
        from PySide6.QtCore import QLibraryInfo

        candidates.insert(
            0, ("qtbase_nn", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        )
        # what Qt's nynorsk catalogue lacks (the file dialog's «Look in:»), found first
        candidates.append(("qtdialogs_nn", str(resource_path("translations"))))
        candidates.append(("familiemote_nn", str(resource_path("translations"))))
    else:
        # the source strings are bokmål, but a count's singular («1 sak») is in here
        candidates.append(("familiemote_nb", str(resource_path("translations"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def uninstall_translators(app: QApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (tests run many windows in one process)."""
    for translator in translators:
        app.removeTranslator(translator)
    set_ui_language(None)
    QLocale.setDefault(QLocale.system())


def open_or_explain(
    choice: DatabaseChoice, report: Callable[[str], None], passphrase: str | None = None
) -> Database | None:
    """Open the database, or tell the user in Norwegian why not (and change nothing)."""
    wait_for_preload()  # never two threads importing SQLAlchemy at once
    from familiemote.domain.errors import DatabaseOpenError
    from familiemote.messages import database_error_text
    from familiemote.storage.db import open_database

    try:
        return open_database(choice.url, passphrase=passphrase, create_folder=choice.is_default)
    except DatabaseOpenError as err:
        report(database_error_text(err))
        return None


def instance_lock_or_explain(db_path: Path, retry: Callable[[str], bool]) -> QLockFile | None:
    """The lock on ``db_path``; while another window holds it, ``retry(text)`` decides.

    In a read-only folder the lock file cannot be made: that is told as such, not
    as the file being open in another window.
    """
    from familiemote.single_instance import acquire

    while True:
        writable = folder_writable(db_path.parent)
        if writable:
            lock = acquire(db_path)
            if lock is not None:
                return lock
        from familiemote.domain.errors import DatabaseOpenCode, DatabaseOpenError
        from familiemote.messages import database_error_text

        if writable:
            err = DatabaseOpenError(DatabaseOpenCode.IN_USE, str(db_path))
        else:
            err = DatabaseOpenError(DatabaseOpenCode.READ_ONLY, str(db_path), "folder")
        if not retry(database_error_text(err)):
            return None


def _ask_retry(text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    print(f"familiemote: {text}", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Warning, "Familiemøte", text)
    quit_button = box.addButton(
        QApplication.translate("App", "&Avslutt"), QMessageBox.ButtonRole.RejectRole
    )
    retry_button = box.addButton(
        QApplication.translate("App", "&Prøv igjen"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(quit_button)
    box.exec()
    return box.clickedButton() is retry_button


def ask_passphrase_and_open(
    choice: DatabaseChoice,
    report: Callable[[str], None],
    parent: QWidget | None = None,
    new_passphrase: Callable[[str], str | None] | None = None,
) -> Database | None:
    """Open an SQLite file encrypted, asking for the passphrase as the start needs it.

    ``new_passphrase(location)`` asks for a new database's passphrase (None: cancelled)
    instead of the passphrase dialog: the first-run screen does (ui.first_run).
    """
    from familiemote.ui.passphrase_dialog import Mode, PassphraseDialog

    path = sqlite_file(choice.url)
    if path is None:  # a database server: each user signs in with their own account
        from familiemote.ui.server_login import sign_in_and_open

        return sign_in_and_open(choice.url, report, parent)
    from_env = os.environ.get(ENV_PASSPHRASE)
    if from_env is not None:
        wait_for_preload()
        from familiemote.domain.errors import DatabaseOpenError
        from familiemote.storage.db import open_database

        # the key derivation (which releases the GIL) runs while the window's modules load
        opening = in_thread(
            lambda: open_database(choice.url, passphrase=from_env, create_folder=choice.is_default)
        )
        import familiemote.ui.main_window  # noqa: F401 - loaded meanwhile, used right after

        try:
            return opening.result()
        except DatabaseOpenError as err:
            return _explain_or_restore(choice, path, from_env, err, report, parent)
    if is_new_file(path):
        if not choice.is_default and not path.parent.is_dir():
            return open_or_explain(choice, report)  # explains the missing folder
        if new_passphrase is not None:  # the first-run screen starts the preload (start_flow)
            chosen = new_passphrase(str(path))
            return open_or_explain(choice, report, chosen) if chosen is not None else None
        dialog = PassphraseDialog(Mode.NEW, str(path), parent)
        preload_after_first_paint(dialog)  # not at once: the first frame would wait for it
        return open_or_explain(choice, report, dialog.passphrase()) if dialog.exec() else None
    if (
        path.is_file()
        and _header(path) == SQLITE_MAGIC
        and not _encrypt_on_request(choice, path, report, parent)
    ):
        return None
    opened: dict[str, Database] = {}
    failed: list[DatabaseOpenError] = []
    tried: list[str] = []

    def try_open(candidate: str) -> bool:
        from familiemote.domain.errors import DatabaseOpenCode, DatabaseOpenError
        from familiemote.ui.ops import wait_for

        tried.append(candidate)
        wait_for_preload()  # loaded while the passphrase was typed
        from familiemote.storage.db import open_database

        try:  # the key derivation in a worker thread: the dialog keeps painting
            opened["db"] = wait_for(
                lambda: open_database(
                    choice.url, passphrase=candidate, create_folder=choice.is_default
                ),
                None,
                QApplication.translate("App", "Åpner databasen …"),
            )
        except DatabaseOpenError as err:
            if err.code is DatabaseOpenCode.WRONG_PASSPHRASE:
                return False
            failed.append(err)
        return True

    dialog = PassphraseDialog(Mode.ASK, str(path), parent, check=try_open)
    preload_after_first_paint(dialog)  # SQLAlchemy and the rest load while the user types
    if not dialog.exec():
        return None
    if failed:
        return _explain_or_restore(choice, path, tried[-1], failed[0], report, parent)
    return opened.get("db")


def _explain_or_restore(
    choice: DatabaseChoice,
    path: Path,
    passphrase: str,
    err: DatabaseOpenError,
    report: Callable[[str], None],
    parent: QWidget | None,
) -> Database | None:
    """Why the file did not open; for a damaged one, the offer to restore a backup."""
    from familiemote.domain.errors import DatabaseOpenCode
    from familiemote.messages import database_error_text

    if err.code is not DatabaseOpenCode.DAMAGED:
        report(database_error_text(err))
        return None
    from familiemote.ui.security import restore_damaged_database

    if not restore_damaged_database(path, passphrase, err, parent):
        return None
    return open_or_explain(choice, report, passphrase)


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC))
    except OSError:
        return b""


def _encrypt_on_request(
    choice: DatabaseChoice, path: Path, report: Callable[[str], None], parent: QWidget | None
) -> bool:
    """A plain file from before encryption: offer to encrypt it (in place, checked first)."""
    from PySide6.QtWidgets import QMessageBox

    from familiemote.domain.errors import DatabaseOpenError
    from familiemote.messages import database_error_text
    from familiemote.ui.passphrase_dialog import Mode, PassphraseDialog

    answer = QMessageBox.question(
        parent,
        "Familiemøte",
        QApplication.translate(
            "App",
            "Databasen «{path}» er ikke kryptert. Familiemøte krypterer dataene med en "
            "passordfrase. Vil du kryptere den nå? En kryptert kopi kontrolleres og erstatter "
            "så den ukrypterte filen.",
        ).format(path=path),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    plain = open_or_explain(choice, report)  # a Familiemøte database, up to date
    if plain is None:
        return False
    plain.dispose()
    dialog = PassphraseDialog(Mode.NEW, str(path), parent)
    if not dialog.exec():
        return False
    from familiemote.storage.file_copies import encrypt_plain_database

    try:
        encrypt_plain_database(path, dialog.passphrase())
    except DatabaseOpenError as err:
        report(database_error_text(err))
        return False
    return True


def _message_box(parent: QWidget | None) -> Callable[[str], None]:
    def report(text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        print(f"familiemote: {text}", file=sys.stderr)
        QMessageBox.critical(parent, "Familiemøte", text)

    return report


def _install_excepthook() -> None:
    """A bug is logged with its traceback; the user gets a plain message, not a traceback.

    What the hook uses is imported when it runs: it is installed before the first frame,
    which needs none of it."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        from familiemote.error_report import safe_traceback
        from familiemote.messages import server_error_text

        # places and kinds only: an exception's text may hold a name or a note
        log.error("unexpected error\n%s", safe_traceback(exc_type, exc, tb))
        said = server_error_text(exc) if QApplication.instance() is not None else None
        if said is not None:
            # worded by what happened (connection lost, no answer, refused, conflict, full);
            # a save that failed this way left its dialog open with what was typed, and the
            # pool connects anew (pre-ping) when the server answers again
            QMessageBox.warning(None, "Familiemøte", said)
            return
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                "Familiemøte",
                QApplication.translate(
                    "App",
                    "Det oppstod en uventet feil i Familiemøte. Det som var lagret, er i behold. "
                    "Start programmet på nytt, og meld fra til IT hvis det skjer igjen.",
                ),
            )

    sys.excepthook = hook


def _remove_print_leftovers() -> None:
    """The PDFs (and their folders) a print killed midway left in the temp folder."""
    from familiemote.temp_files import remove_stale_print_folders

    remove_stale_print_folders()


def create_application(argv: list[str] | None = None, *, window_roles: bool = True) -> QApplication:
    """The application, named, with the keyboard and screen-reader helpers installed.

    ``window_roles=False`` leaves the screen-reader role of plain windows to the caller
    (:func:`run_gui` installs it once the database is open: the windows before it are
    dialogs, which have their role, and its Qt class costs 2.5 ms before the first frame).
    """
    from familiemote import qt_sources

    qt_sources.install()  # before the window's and the database's modules are imported
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Familiemøte")
    from familiemote.ui import accessibility  # light: not ui.widgets

    accessibility.install_tab_leaves(app)  # Tab leaves tables and text boxes
    if window_roles:
        accessibility.install_window_role()  # a plain window is a window to a screen reader
    return app


def run_gui(choice: DatabaseChoice) -> int:
    logging.basicConfig(level=logging.WARNING)
    app = create_application(window_roles=False)
    return _run_gui(app, choice)


def _run_gui(app: QApplication, choice: DatabaseChoice) -> int:
    settings = QSettings()
    translators = install_translators(app, choose_language(settings))
    from familiemote.ui.theme import apply_stored_text_scale

    apply_stored_text_scale(settings)  # Innstillinger > Tekststørrelse
    _install_excepthook()
    after_first_frame(_remove_print_leftovers)  # not before: it globs the whole temp folder
    path = sqlite_file(choice.url)
    lock: QLockFile | None = None
    if path is not None and (path.parent.is_dir() or choice.is_default):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = instance_lock_or_explain(path, _ask_retry)
        if lock is None:
            return 1
    from familiemote.ui.start_flow import StartFlow

    start = StartFlow(settings)  # the first-run screen until it was completed once
    db = ask_passphrase_and_open(choice, _message_box(None), new_passphrase=start.new_passphrase)
    if db is None:
        return 1
    from familiemote.ui.accessibility import install_window_role

    install_window_role()  # before the main window and the plain windows it opens
    window = build_main_window(db, settings, _message_box(None))
    if window is None:  # on a server: cancelled, or the server stopped answering
        db.dispose()
        return 1
    from familiemote.ui.security import SecurityControls

    security = SecurityControls(window, db, settings, on_restored=lambda: _reload(window))
    from familiemote.startup import warm_after_first_paint

    # the first click on a case need not compile its queries nor key a connection:
    # the first case is read once after the list is painted, then a large file's
    # page check starts (on a connection of its own)
    check = (lambda: check_pages_in_background(db, window)) if db.pages_unchecked else None
    warm_after_first_paint(window, then=check, engine=db.engine if check else None)
    window.show()
    start.after_open(window, window.open_demo_case)
    from familiemote.ui.me_dialog import ask_at_start

    ask_at_start(window, window._uow_factory, settings)  # «Meg»: who the user is, once
    try:
        return app.exec()
    finally:
        del translators, security
        db.dispose()
        if lock is not None:
            lock.unlock()


def build_main_window(
    db: Database, settings: QSettings, report: Callable[[str], None]
) -> MainWindow | None:
    """The main window on ``db``. On a database server nothing of it waits on the GUI
    thread: the case list is read first in a worker thread, and the window's other
    first reads (menus, panels) run through the ops runner, all under one progress
    window («Henter sakene …», then «Åpner Familiemøte …») whose «Avbryt» gives up the
    whole start: no window is kept, nothing is written. None when the user cancelled
    or the server failed (told by ``report`` in words)."""
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    def build(first_rows: list[CaseRow] | None = None) -> MainWindow:
        # on a server imported in a worker first (start_flow.load_window_modules)
        from familiemote.ui.main_window import MainWindow

        return MainWindow(
            uow_factory=lambda: SqlAlchemyUnitOfWork(db.session_factory),
            settings=settings,
            db_location=db.display_location,
            first_rows=first_rows,
        )

    if not db.is_server:
        return build()
    from familiemote.ui.ops import CancelWindow
    from familiemote.ui.server_login import reading_cases

    told: list[str] = []  # what went wrong is told once the progress window is gone
    try:
        with CancelWindow(None, reading_cases()) as waiting:
            return _build_on_server(build, db, waiting, told.append)
    finally:
        for text in told:
            report(text)


def _build_on_server(
    build: Callable[[list[CaseRow] | None], MainWindow],
    db: Database,
    waiting: CancelWindow,
    report: Callable[[str], None],
) -> MainWindow | None:
    """The case list read, then the window built, under the start's progress window."""
    from familiemote.ui.ops import Cancelled, turning_while_starting
    from familiemote.ui.server_login import (
        catching_server_trouble,
        first_case_list,
        opening_window,
    )
    from familiemote.ui.start_flow import load_window_modules

    rows = first_case_list(db, report, within=waiting)
    if rows is None:
        return None
    waiting.set_label(opening_window())
    before = set(QApplication.topLevelWidgets())

    def built() -> MainWindow:
        try:
            with turning_while_starting(waiting):
                load_window_modules(waiting)  # not on the GUI thread: it would freeze
                window = build(rows)
        except Exception:
            if waiting.cancelled:  # whatever the reads raised after Avbryt
                raise Cancelled() from None
            raise
        if waiting.cancelled:  # Avbryt at the last read, caught on the way
            raise Cancelled()
        return window

    try:
        return catching_server_trouble(db, built, report)
    except Cancelled:
        # nothing half built stays: the window (and anything it made) is deleted
        for widget in QApplication.topLevelWidgets():
            if widget not in before and widget is not waiting.dialog:
                widget.hide()
                widget.deleteLater()
        return None


def check_pages_in_background(db: Database, window: QWidget) -> None:
    """A file too large to check at open is checked once the window is up; damage is
    told in the same words as at open, with what to do (restore the last backup)."""
    from familiemote.domain.errors import DatabaseOpenCode, DatabaseOpenError
    from familiemote.messages import database_error_text
    from familiemote.storage.db import check_pages
    from familiemote.ui.ops import run_in_background

    def done(damage: list[str]) -> None:
        if damage:
            err = DatabaseOpenError(
                DatabaseOpenCode.DAMAGED, db.display_location, "; ".join(damage[:3])
            )
            _message_box(window)(database_error_text(err))

    def check() -> list[str]:
        from familiemote.startup import lower_this_thread

        lower_this_thread()  # the window and the user's clicks first (2 cores, 12 s at 20,000)
        return check_pages(db)

    run_in_background(check, done, window)


def _reload(window: QWidget) -> None:
    """After a restore: show the list as the restored database has it."""
    from familiemote.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.current_case_id = None
    window.right.setCurrentWidget(window.no_case_label)
    window.reload_cases()
