"""What the subcommands of the command line share: the exit codes and how a refusal is told.

Imports nothing heavy (no SQLAlchemy, no Qt): building the command line stays fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from familiemote.domain.errors import DomainError

if TYPE_CHECKING:  # SQLAlchemy is imported only when a command opens the database
    from familiemote.storage.db import Database

EXIT_OK = 0
EXIT_USER_ERROR = 1

# True when main() runs as the command started from the shell (set there)
own_process = False


def count_forms() -> None:
    """Give the app's texts their singular: «1 oppføring», not «1 oppføringer».

    A count on screen is one source text with a singular and a plural form, which the
    bokmål translator (familiemote_nb) supplies; the window installs it at start. A
    command that prints such a text installs it here, once (Qt is imported only then).
    A translator needs a Qt application: one is made only when the command owns its
    process, never behind the back of a program that called the command in-process.
    """
    from PySide6.QtCore import QCoreApplication, QTranslator

    from familiemote.resources_path import resource_path

    app = QCoreApplication.instance()
    if app is None:
        if not own_process:
            return
        app = QCoreApplication([])
    if app.property("familiemoteCountForms"):
        return
    translator = QTranslator(app)
    if translator.load("familiemote_nb", str(resource_path("translations"))):
        app.installTranslator(translator)
        app.setProperty("familiemoteCountForms", True)


def date_argument(text: str) -> dt.date:
    """A date typed on the command line, as dd.mm.åååå (or åååå-mm-dd); argparse tells
    the user when it is not one."""
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"«{text}» er ikke en dato; skriv dd.mm.åååå")


def fail(err: DomainError) -> int:
    """Tell the user why the command was refused (in their words, on stderr); the exit code."""
    from familiemote.messages import error_text

    count_forms()
    print(f"familiemote: {error_text(err)}", file=sys.stderr)
    return EXIT_USER_ERROR


def on_database(
    db_value: str | None,
    work: Callable[[Database], int],
    *,
    refused: Callable[[DomainError], int] = fail,
    create: bool = False,
    stopped: int = EXIT_USER_ERROR,
) -> int:
    """Open the chosen database (asking for its passphrase), run ``work`` on it, close it.

    What every command that reads or changes cases does around its own work: a refusal
    (``DomainError``, while opening or in the work) is told by ``refused``; a passphrase
    prompt that gave up is told on stderr and exits with ``stopped``. The database is
    closed however the work ends. Only ``create`` makes a new database where there is none.
    Returns the work's exit code.
    """
    from familiemote.cli_security import CliStop, open_with_passphrase
    from familiemote.settings import choose_database

    try:
        db = open_with_passphrase(choose_database(db_value), create=create)
        try:
            return work(db)
        finally:
            db.dispose()
    except DomainError as err:
        return refused(err)
    except CliStop as stop:
        print(f"familiemote: {stop}", file=sys.stderr)
        return stopped
