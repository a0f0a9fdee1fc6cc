"""Which window the start shows first: the first-run screen or the passphrase dialog.

Kept apart from :mod:`familiemote.ui.first_run` and light to import: the start asks
:class:`StartFlow` before its first frame, and at most starts (the screen completed
once) that frame is the passphrase dialog. The first-run screen's module, with its
wizard pages (PySide6 builds the enums of each Qt class they use), is imported only
when the screen is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow

    from familiemote.ui.ops import CancelWindow

KEY_FIRST_RUN_DONE = "firstRun/completed"


def completed(settings: QSettings) -> bool:
    value = settings.value(KEY_FIRST_RUN_DONE, False)
    return value is True or str(value).lower() in ("true", "1")


def mark_completed(settings: QSettings) -> None:
    settings.setValue(KEY_FIRST_RUN_DONE, True)
    settings.sync()


class StartFlow:
    """The first-run screen in the start of the app (familiemote.app.run_gui).

    ``new_passphrase`` stands in for the passphrase dialog of a new database;
    ``after_open`` shows the screen for an existing database and opens the demo case.
    """

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        self.shown = False
        self.open_demo = False

    def new_passphrase(self, location: str) -> str | None:
        """The passphrase for a new database, or None when the user cancelled.

        The database's modules load in a worker once the screen or dialog is painted
        (not before: the import holds the GIL, and the first frame would wait for it).
        """
        from familiemote.startup import preload_after_first_paint

        if completed(self.settings):
            from familiemote.ui.passphrase_dialog import Mode, PassphraseDialog

            dialog = PassphraseDialog(Mode.NEW, location)
            preload_after_first_paint(dialog)
            return dialog.passphrase() if dialog.exec() else None
        from PySide6.QtWidgets import QDialog

        from familiemote.ui import first_run

        wizard = first_run.FirstRunWizard(location)
        preload_after_first_paint(wizard)
        self.shown = True
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None  # nothing created; the screen comes back at the next start
        mark_completed(self.settings)
        self.open_demo = wizard.wants_demo()
        return wizard.passphrase()

    def after_open(self, window: QMainWindow, open_demo: Callable[[], None]) -> None:
        """Once the window shows: the screen if not seen yet, then the demo if asked."""
        from PySide6.QtCore import QTimer

        def run() -> None:
            if not self.shown and not completed(self.settings):
                from PySide6.QtWidgets import QDialog

                from familiemote.ui import first_run

                self.shown = True
                # a database server's address (not a file): the data is there, IT backs it up
                server = "://" in str(getattr(window, "db_location", ""))
                wizard = first_run.FirstRunWizard(None, window, server=server)
                accepted = wizard.exec() == QDialog.DialogCode.Accepted
                mark_completed(self.settings)  # cancelled counts as seen (module docstring)
                self.open_demo = accepted and wizard.wants_demo()
            if self.open_demo:
                self.open_demo = False
                open_demo()

        QTimer.singleShot(0, run)


# The modules the main window needs as it is built and shown: its own module (with the
# case view, its panels and their dialogs) and what its constructor and the start right
# after it import when they run. Imported on the GUI thread they hold it for 0.15-0.5 s
# of CPU (more on a busy machine), with nothing painted meanwhile. A module missing
# here is imported by the build itself, as before: slower, never wrong.
WINDOW_MODULES = (
    "familiemote.ui.main_window",
    "familiemote.ui.print_actions",
    "familiemote.ui.info_boxes",
    "familiemote.ui.retention_dialog",
    "familiemote.ui.acute",
    "familiemote.ui.case_list_pane",
    "familiemote.ui.family_letters",
    "familiemote.ui.lock",
    "familiemote.ui.server_watch",
    "familiemote.ui.text_size_menu",
    "familiemote.ui.security",
    "familiemote.ui.me_dialog",
)


def _import_window_modules() -> None:
    import importlib

    from sqlalchemy.orm import configure_mappers

    for name in WINDOW_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # renamed or gone: the build imports what it uses itself
            continue
    # the ORM's mappers are set up at their first use, else the window's first read on
    # the GUI thread (about 25 ms of CPU); SQLAlchemy does it under a lock of its own
    configure_mappers()


def load_window_modules(within: CancelWindow) -> None:
    """Import :data:`WINDOW_MODULES` in a worker thread under the start's progress window
    ``within``, which keeps painting and answering; its «Avbryt» raises
    :class:`familiemote.ui.ops.Cancelled` here at once (the import ends on its own,
    and nothing is built from it)."""
    from familiemote.ui.ops import wait_or_cancel

    wait_or_cancel(_import_window_modules, None, "", within=within)
