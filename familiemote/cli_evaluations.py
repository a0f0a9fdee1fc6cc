"""Tally files on the command line (wired into ``familiemote evaluations``).

    familiemote evaluations export-tally --from DATO --to DATO --kommune NAVN -o FIL.json
    familiemote evaluations import-tally FIL.json

A tally file holds a period's anonymous counts of returned evaluation forms and
of follow-through (format: docs/tally-format.md). Another municipality reads it
in and reports its own forms and yours together and per municipality. A damaged
or foreign file is refused whole; the same file is never counted twice.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from familiemote.cli_common import EXIT_OK, EXIT_USER_ERROR

if TYPE_CHECKING:  # SQLAlchemy is not imported to build the command line
    from familiemote.storage.db import Database


def add_subcommands(ev_what: Any, date_type: Any, add_db_option: Any) -> None:
    export = ev_what.add_parser(
        "export-tally", help="samletall for en periode som fil (bare antall) til en annen kommune"
    )
    export.add_argument("--from", dest="date_from", type=date_type, required=True, metavar="DATO")
    export.add_argument("--to", dest="date_to", type=date_type, required=True, metavar="DATO")
    export.add_argument(
        "--kommune",
        dest="municipality",
        required=True,
        metavar="NAVN",
        help="kommunen tallene er fra",
    )
    export.add_argument("-o", "--output", required=True, metavar="FIL")
    add_db_option(export, top=False)
    imp = ev_what.add_parser("import-tally", help="les inn samletall fra en annen kommune")
    imp.add_argument("file", metavar="FIL")
    add_db_option(imp, top=False)


def run(args: argparse.Namespace) -> int:
    from familiemote.cli_common import on_database
    from familiemote.cli_printing import write_atomically
    from familiemote.services import evaluations as ev
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    today = dt.date.today()
    if args.evaluations_command == "export-tally":
        target = Path(args.output)
        if not target.parent.is_dir() and str(target.parent):
            print(f"familiemote: Mappen «{target.parent}» finnes ikke.", file=sys.stderr)
            return EXIT_USER_ERROR
    else:
        source = Path(args.file)
        try:
            raw = source.read_bytes()
        except OSError:
            print(f"familiemote: Filen «{source}» kunne ikke leses.", file=sys.stderr)
            return EXIT_USER_ERROR

    def work(db: Database) -> int:
        def uow() -> SqlAlchemyUnitOfWork:
            return SqlAlchemyUnitOfWork(db.session_factory)

        if args.evaluations_command == "export-tally":
            from familiemote import __version__

            body = ev.export_tally(
                uow, args.date_from, args.date_to, args.municipality, today, __version__
            )
            write_atomically(target, lambda f: f.write(ev.dump_tally_file(body).encode()))
            forms, held = body["forms"]["total"], body["follow_through"]["meetings_held"]
            message = (
                f"Skrev samletall for {body['municipality']} ({forms} "
                f"{'skjema' if forms == 1 else 'skjemaer'}, {held} "
                f"{'møte' if held == 1 else 'møter'}) til {target}."
            )
        else:
            result = ev.import_tally(uow(), raw, today)
            verb = "erstatter de forrige for samme periode" if result.replaced else "er lest inn"
            message = (
                f"Samletallene fra {result.municipality} for "
                f"{result.period_start:%d.%m.%Y}–{result.period_end:%d.%m.%Y} "
                f"({result.forms} {'skjema' if result.forms == 1 else 'skjemaer'}) {verb}."
            )
        print(message)
        return EXIT_OK

    return on_database(args.db, work)
