"""Composition root: settings -> database -> translators -> MainWindow(services)."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from familiemote.domain.errors import DatabaseOpenError
from familiemote.messages import database_error_text
from familiemote.resources_path import resource_path
from familiemote.settings import APP_NAME, ORGANISATION, DatabaseChoice
from familiemote.storage.db import Database, open_database
from familiemote.storage.uow import SqlAlchemyUnitOfWork

log = logging.getLogger("familiemote")

KEY_LANGUAGE = "ui/language"
LANGUAGES = ("nb", "nn")


def choose_language(settings: QSettings) -> str:
    """The language from the settings, else from the system locale; bokmål by default."""
    value = settings.value(KEY_LANGUAGE)
    if isinstance(value, str) and value in LANGUAGES:
        return value
    return "nn" if QLocale.system().name().startswith("nn") else "nb"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings (buttons, context menus) and the app's, for the language.

    The app's source strings are bokmål, so bokmål needs only Qt's strings;
    Qt ships no bokmål, so we ship our own small translation of them.
    """
    installed = []
    candidates = [(f"qtbase_{language}", str(resource_path("translations")))]
    if language == "nn":
        candidates.insert(
            0, ("qtbase_nn", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        )
        candidates.append(("familiemote_nn", str(resource_path("translations"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def open_or_explain(choice: DatabaseChoice, report: Callable[[str], None]) -> Database | None:
    """Open the database, or tell the user in Norwegian why not (and change nothing)."""
    try:
        return open_database(choice.url, create_folder=choice.is_default)
    except DatabaseOpenError as err:
        report(database_error_text(err))
        return None


def _message_box(parent: QWidget | None) -> Callable[[str], None]:
    def report(text: str) -> None:
        print(f"familiemote: {text}", file=sys.stderr)
        QMessageBox.critical(parent, "Familiemøte", text)

    return report


def _install_excepthook() -> None:
    """A bug is logged with its traceback; the user gets a plain message, not a traceback."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
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


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Familiemøte")
    return app


def run_gui(choice: DatabaseChoice) -> int:
    from familiemote.ui.main_window import MainWindow

    logging.basicConfig(level=logging.WARNING)
    app = create_application()
    settings = QSettings()
    translators = install_translators(app, choose_language(settings))
    _install_excepthook()
    db = open_or_explain(choice, _message_box(None))
    if db is None:
        return 1
    window = MainWindow(
        uow_factory=lambda: SqlAlchemyUnitOfWork(db.session_factory),
        settings=settings,
        db_location=db.display_location,
    )
    window.show()
    try:
        return app.exec()
    finally:
        del translators
        db.dispose()
