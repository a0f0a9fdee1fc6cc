"""``familiemote export`` and ``familiemote import``: a whole case as a JSON file.

The format is described in docs/export-format.md. Messages are Norwegian; a
refused file stores nothing and exits with code 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from familiemote.cli_common import EXIT_OK, EXIT_USER_ERROR
from familiemote.domain.errors import DomainError

if TYPE_CHECKING:  # SQLAlchemy is not imported to build the command line
    from familiemote.storage.db import Database


def add_parsers(sub: Any, add_db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    export = sub.add_parser(
        "export",
        help="skriv en hel sak til en JSON-fil "
        "(formatet «familiemote-case», se docs/export-format.md)",
    )
    export.add_argument("--case", type=int, required=True, metavar="SAKSNR", help="sakens nummer")
    export.add_argument("-o", "--output", required=True, metavar="FIL", help="filen som skrives")
    add_db_option(export)
    imp = sub.add_parser(
        "import", help="les inn en sak fra en JSON-fil laget med «familiemote export»"
    )
    imp.add_argument("file", metavar="FIL", help="filen som leses inn")
    add_db_option(imp)


def run(args: argparse.Namespace, fail: Callable[[DomainError], int]) -> int:
    from familiemote.cli_common import on_database
    from familiemote.services import transfer
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    def work(db: Database) -> int:
        uow = SqlAlchemyUnitOfWork(db.session_factory)
        if args.command == "export":
            out = Path(args.output)
            if not out.parent.is_dir():
                print(f"familiemote: Mappen «{out.parent}» finnes ikke.", file=sys.stderr)
                return EXIT_USER_ERROR
            transfer.export_case_to_file(uow, args.case, out)
            print(f"Sak {args.case} er skrevet til {out}.")
        else:
            result = transfer.import_case_file(uow, Path(args.file))
            print(f"Saken er lest inn som sak {result.case_id} i {db.display_location}.")
        return EXIT_OK

    return on_database(args.db, work, refused=fail)
