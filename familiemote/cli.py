"""The command line: ``familiemote`` opens the app; subcommands work on the same services.

Messages to the user are Norwegian; exit codes: 0 ok, 1 a user error (bad input,
a database that cannot be opened), 2 wrong use of the command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy is not imported to build the command line
    from familiemote.storage.db import Database

# The window's own start (``familiemote`` or ``familiemote --db X``) imports only what
# its first frame needs: the subcommands' shared helpers, the domain's errors and the
# user data folder's lookup load when a subcommand or the default database needs them.


class _VersionAction(argparse.Action):
    """``--version``: the installed version, read (importlib.metadata) only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from familiemote import __version__

        print(f"familiemote {__version__}")  # on standard output, as argparse's own
        parser.exit()


def _add_db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="FIL_ELLER_URL",
        # On a subcommand, an absent --db must not hide one given before it.
        default=None if top else argparse.SUPPRESS,
        help="databasen: en SQLite-fil eller en SQLAlchemy-URL "
        "(ellers FAMILIEMOTE_DB, ellers standardfilen i brukerens datamappe)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="familiemote",
        description="Familiemøte: planlegg, gjennomfør og følg opp familiemøter. "
        "Uten underkommando åpnes programmet.",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0)
    _add_db_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    demo = sub.add_parser(
        "demo", help="legg inn en fiktiv eksempelsak (gjøres bare én gang per database)"
    )
    _add_db_option(demo, top=False)
    from familiemote import cli_transfer

    cli_transfer.add_parsers(sub, lambda p: _add_db_option(p, top=False))

    migrate = sub.add_parser(
        "migrate",
        help="oppgrader databasen til denne versjonen (for IT på en felles PostgreSQL-server)",
    )
    _add_db_option(migrate, top=False)
    migrate.add_argument(
        "--grant-to",
        metavar="ROLLE",
        help="gi PostgreSQL-rollen (gruppen brukerne er med i) rettighetene programmet trenger",
    )
    from familiemote.cli_security import add_parsers as add_security_parsers

    add_security_parsers(sub, lambda p: _add_db_option(p, top=False))
    from familiemote import cli_printing

    cli_printing.add_commands(sub, _add_db_option)
    from familiemote import cli_access

    cli_access.add_parsers(sub, lambda p: _add_db_option(p, top=False))
    from familiemote import cli_audit

    cli_audit.add_parsers(sub, lambda p: _add_db_option(p, top=False))
    from familiemote import cli_listing

    cli_listing.add_parsers(sub, lambda p: _add_db_option(p, top=False))
    return parser


def _cmd_demo(db_value: str | None) -> int:
    from familiemote.cli_common import EXIT_OK, on_database
    from familiemote.services.demo import create_demo_case
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    def work(db: Database) -> int:
        result = create_demo_case(SqlAlchemyUnitOfWork(db.session_factory))
        if result.created:
            print(f"Eksempelsaken er lagt inn i {db.display_location}.")
        else:
            print(f"Eksempelsaken finnes allerede i {db.display_location}; ingenting er endret.")
        return EXIT_OK

    # an SQLite file is always encrypted; demo is the one command that may make one
    return on_database(db_value, work, create=True)


def _cmd_migrate(db_value: str | None, grant_to: str | None) -> int:
    from familiemote.cli_common import EXIT_OK, EXIT_USER_ERROR, fail
    from familiemote.cli_migrate import GrantStop, check_grant, granted
    from familiemote.cli_security import open_with_passphrase
    from familiemote.domain.errors import DomainError
    from familiemote.settings import choose_database
    from familiemote.storage.db import head_revision
    from familiemote.storage.server import grant_app_rights

    choice = choose_database(db_value)
    lines: list[str] = []
    try:
        db = open_with_passphrase(choice)
        try:
            if grant_to:
                check_grant(db.engine, grant_to)
                grant_app_rights(db.engine, grant_to)
                lines = granted(db.engine, grant_to)
        finally:
            db.dispose()
    except DomainError as err:
        return fail(err)
    except GrantStop as stop:
        print(f"Databasen {db.display_location} er på versjon {head_revision()}.")
        print(f"familiemote: {stop}", file=sys.stderr)
        return EXIT_USER_ERROR
    print(f"Databasen {db.display_location} er på versjon {head_revision()}.")
    if grant_to:
        print(f"Rollen {grant_to} har nå disse rettighetene:")
        print("\n".join(lines))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    window = _window_start(sys.argv[1:] if argv is None else list(argv))
    if window is None:  # a subcommand, help or a mistake: not the window's own start
        from familiemote import cli_common

        # started from the shell (no argv given): this process is ours, Qt's application too
        cli_common.own_process = argv is None
    args = window if window is not None else build_parser().parse_args(argv)
    if getattr(args, "command", None):
        from familiemote import cli_logging

        cli_logging.configure()  # stderr: the message only; details in the private log
    try:
        return _dispatch(args)
    except Exception as exc:
        return _unexpected(exc, args)


def _unexpected(exc: Exception, args: argparse.Namespace) -> int:
    """A lost database server, or a bug: told in words, logged with kinds and places only
    (an exception's own text may hold a child's name or a note)."""
    import logging

    from sqlalchemy.engine import make_url

    from familiemote.cli_common import EXIT_USER_ERROR
    from familiemote.error_report import safe_traceback, server_trouble
    from familiemote.messages import error_text
    from familiemote.settings import choose_database
    from familiemote.storage.db import _hide_password, server_location

    url = choose_database(getattr(args, "db", None)).url
    try:
        location = server_location(make_url(url))
    except Exception:
        location = _hide_password(url)
    trouble = server_trouble(exc, location)
    logging.getLogger("familiemote.cli").error(
        "command %s stopped\n%s",
        getattr(args, "command", None),
        safe_traceback(type(exc), exc, exc.__traceback__),
    )
    if trouble is not None:
        print(
            f"familiemote: {error_text(trouble)} Kommandoen ble stoppet; det den ikke hadde "
            "lagret ferdig, er ikke lagret. Kjør den på nytt når serveren svarer.",
            file=sys.stderr,
        )
    else:
        print(
            "familiemote: Det oppstod en uventet feil, og kommandoen ble stoppet. Det som var "
            "lagret, er i behold. Meld fra til IT hvis det skjer igjen.",
            file=sys.stderr,
        )
    return EXIT_USER_ERROR


def _window_start(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of the window's own start (no subcommand; at most ``--db``),
    read without building every subcommand's parser and importing their modules:
    that took about 13 ms before the first frame. None for anything else (help,
    --version, a subcommand, a mistake), which the full parser reads and explains."""
    if not argv:
        return argparse.Namespace(db=None, command=None)
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return argparse.Namespace(db=argv[1], command=None)
    if len(argv) == 1 and argv[0].startswith("--db="):
        return argparse.Namespace(db=argv[0][len("--db=") :], command=None)
    return None


def _dispatch(args: argparse.Namespace) -> int:
    if not args.command:  # the window: no subcommand's module is needed
        from familiemote import qt_sources

        qt_sources.install()  # before the window's modules: PySide6 checks each one
        from familiemote.app import run_gui
        from familiemote.settings import choose_database

        return run_gui(choose_database(args.db))
    from familiemote import cli_printing
    from familiemote.cli_common import EXIT_OK, fail
    from familiemote.settings import choose_database

    printed = cli_printing.run(args)
    if printed is not None:
        return printed
    if args.command == "demo":
        return _cmd_demo(args.db)
    if args.command in ("export", "import"):
        from familiemote import cli_transfer

        return cli_transfer.run(args, fail)
    if args.command == "migrate":
        return _cmd_migrate(args.db, args.grant_to)
    if args.command in ("cases", "meetings"):
        from familiemote import cli_listing

        return cli_listing.run(args, fail)
    if args.command == "historikk":
        from familiemote import cli_audit

        return cli_audit.run(args, fail) or EXIT_OK
    if args.command in ("access", "innsyn"):
        from familiemote import cli_access

        return cli_access.run(args, fail) or EXIT_OK
    from familiemote.cli_security import run as run_security_command

    done = run_security_command(args, fail)
    if done is not None:
        return done
    from familiemote.app import run_gui

    return run_gui(choose_database(args.db))


if __name__ == "__main__":
    sys.exit(main())
