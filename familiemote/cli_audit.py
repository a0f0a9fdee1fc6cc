"""The audit trail's full check from the command line (wired into familiemote.cli).

familiemote historikk [--db FIL_ELLER_URL]

Checks every entry from the first, the anchors in this user's data folder and
the append-only triggers (as «Kontroller hele historikken» in the app), shows
progress on stderr, and prints what was found in Norwegian with what to do.
Exit status 0 when the trail holds, 1 when it does not (or the check could not run).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from familiemote.cli_common import EXIT_OK
from familiemote.domain.errors import DomainError

if TYPE_CHECKING:  # SQLAlchemy is not imported to build the command line
    from familiemote.storage.db import Database

EXIT_PROBLEMS = 1  # the trail does not hold, or could not be checked


def add_parsers(sub: Any, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    check = sub.add_parser(
        "historikk",
        help="kontroller hele historikken (loggen over endringer) for alle saker",
    )
    add_db(check)


def run(args: argparse.Namespace, fail: Callable[[DomainError], int]) -> int | None:
    if args.command != "historikk":
        return None
    from familiemote.cli_common import count_forms, on_database
    from familiemote.services import audit as audit_service
    from familiemote.storage.uow import SqlAlchemyUnitOfWork
    from familiemote.ui.panels.history import banner_text

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\rKontrollerer … {done} av {total} oppføringer", end="", file=sys.stderr)

    def check(db: Database) -> int:
        report = audit_service.check_audit_trail(
            SqlAlchemyUnitOfWork(db.session_factory), progress=progress
        )
        if sys.stderr.isatty():
            print(file=sys.stderr)
        if report.problems:
            count_forms()
            print(banner_text(report.problems))
            return EXIT_PROBLEMS
        entries = "oppføring" if report.total == 1 else "oppføringer"
        print(f"Hele historikken er kontrollert: {report.total} {entries} stemmer.")
        return EXIT_OK

    return on_database(args.db, check, refused=fail, stopped=EXIT_PROBLEMS)
