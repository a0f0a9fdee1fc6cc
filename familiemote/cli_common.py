"""What the subcommands of the command line share: the exit codes and how a refusal is told.

Imports nothing heavy (no SQLAlchemy, no Qt): building the command line stays fast.
"""

from __future__ import annotations

import sys

from familiemote.domain.errors import DomainError

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


def fail(err: DomainError) -> int:
    """Tell the user why the command was refused (in their words, on stderr); the exit code."""
    from familiemote.messages import error_text

    count_forms()
    print(f"familiemote: {error_text(err)}", file=sys.stderr)
    return EXIT_USER_ERROR
