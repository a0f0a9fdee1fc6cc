"""Finding a case's and a meeting's number from the command line (wired into familiemote.cli).

familiemote cases [--alle]          the cases this user may see: number, child's first name,
                                    birth year, phase, last and next meeting
familiemote meetings --case ID      the case's meetings: number, date and time, kind, status

Only what identifies a case to those who already know it is printed (the child's
first name and birth year, dates), never notes. On a database server the list
holds only what the login may see (row-level security), as in the app.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from familiemote.cli_common import EXIT_OK, on_database
from familiemote.domain.errors import DomainError, NotFoundError

if TYPE_CHECKING:
    from familiemote.storage.db import Database
    from familiemote.storage.uow import UnitOfWork

_KIND = {"familiemote": "familiemøte", "oppsummerende": "oppsummerende møte"}
_STATUS = {"planned": "planlagt", "held": "holdt", "cancelled": "avlyst"}


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    cases = sub.add_parser(
        "cases", help="sakene du har tilgang til (nummer, barnets fornavn, datoer)"
    )
    add_db_option(cases)
    cases.add_argument(
        "--alle", action="store_true", help="også avsluttede saker (ellers bare de åpne)"
    )
    meetings = sub.add_parser("meetings", help="møtene i en sak (nummer, dato, type, status)")
    add_db_option(meetings)
    meetings.add_argument("--case", type=int, required=True, metavar="ID", help="saksnummeret")


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%d.%m.%Y kl. %H.%M") if value is not None else "–"


def run(args: argparse.Namespace, fail: Callable[[DomainError], int]) -> int:
    def work(db: Database) -> int:
        from familiemote.storage.uow import SqlAlchemyUnitOfWork

        uow = SqlAlchemyUnitOfWork(db.session_factory)
        if args.command == "cases":
            return _cases(uow, include_closed=args.alle)
        return _meetings(uow, args.case)

    return on_database(args.db, work, refused=fail)


def _cases(uow: UnitOfWork, *, include_closed: bool) -> int:
    from familiemote.services import cases
    from familiemote.ui.labels import label

    rows = cases.list_cases(uow, include_closed=include_closed)
    if not rows:
        print("Ingen saker du har tilgang til.")
        return EXIT_OK
    print(f"{'Nr':>5}  {'Barnet':<16} {'Født':>4}  {'Fase':<28} {'Siste møte':<20}  Neste møte")
    for row in rows:
        phase = f"{row.phase.number} {label(row.phase)}"
        print(
            f"{row.id:>5}  {row.child_first_name[:16]:<16} {row.child_birth_year:>4}  "
            f"{phase[:28]:<28} {_when(row.last_meeting):<20}  {_when(row.next_meeting)}"
        )
    return EXIT_OK


def _meetings(uow: UnitOfWork, case_id: int) -> int:
    with uow:
        first_name = uow.case_queries.child_first_name(case_id)
        if first_name is None:  # no such case, or one this login may not see
            raise NotFoundError("case", case_id)
        rows = uow.case_queries.meeting_list(case_id)
    print(f"Sak {case_id} ({first_name}):")
    if not rows:
        print("Ingen møter ennå.")
        return EXIT_OK
    for meeting_id, starts_at, kind, status in rows:
        print(
            f"{meeting_id:>5}  {_when(starts_at)}  {_KIND.get(kind.value, kind.value):<20} "
            f"{_STATUS.get(status.value, status.value)}"
        )
    return EXIT_OK
