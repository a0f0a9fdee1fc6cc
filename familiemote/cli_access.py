"""Who may see a case, from the command line (wired into familiemote.cli).

familiemote access list --case ID
familiemote access grant --case ID --professional ID --reason TEKST --until DATO
familiemote access end --id N
familiemote access emergency --case ID --reason TEKST
familiemote access find --first-name NAVN --year ÅR
familiemote access log --case ID
familiemote access report [--since DATO]          (personvernombudets rapport)
familiemote access login --professional ID --login BRUKER   (IT, som eier)
familiemote access setting participant-days|creator-days N  (IT, som eier)
familiemote innsyn --case ID [--sprak nb|nn] -o FIL [--hold-back TYPE:ID=GRUNN ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from familiemote.cli_common import EXIT_OK, EXIT_USER_ERROR, date_argument, on_database
from familiemote.domain.errors import DomainError

if TYPE_CHECKING:  # SQLAlchemy is not imported to build the command line
    from familiemote.storage.db import Database

_KINDS = {"grant": "tilgang gitt", "emergency": "nødtilgang"}
_ACTIONS = {
    "open": "åpnet saken",
    "print": "skrev ut",
    "save_pdf": "lagret PDF",
    "export": "eksporterte",
    "calendar": "lagret kalenderfil",
    "emergency_access": "tok nødtilgang",
    "innsyn": "laget innsynskopi",
}


def add_parsers(sub: Any, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    acc = sub.add_parser(
        "access", help="hvem som har tilgang til en sak, nødtilgang og innsynslogg"
    )
    add_db(acc)
    actions = acc.add_subparsers(dest="access_command", metavar="HANDLING", required=True)

    class _What:  # every action takes --db after its name too
        @staticmethod
        def add_parser(name: str, **kwargs: Any) -> argparse.ArgumentParser:
            parser: argparse.ArgumentParser = actions.add_parser(name, **kwargs)
            add_db(parser)
            return parser

    what = _What()
    p = what.add_parser("list", help="sakens tilgangsliste")
    p.add_argument("--case", type=int, required=True, metavar="ID")
    p = what.add_parser("grant", help="gi en kollega fra katalogen tilgang til saken")
    p.add_argument("--case", type=int, required=True, metavar="ID")
    p.add_argument("--professional", type=int, required=True, metavar="ID")
    p.add_argument("--reason", required=True, metavar="TEKST")
    p.add_argument("--until", type=date_argument, required=True, metavar="DATO")
    p = what.add_parser("end", help="avslutt en tilgang nå")
    p.add_argument("--id", type=int, required=True, metavar="N")
    p = what.add_parser("emergency", help="nødtilgang: åpne en sak utenfor teamet med en grunn")
    p.add_argument("--case", type=int, required=True, metavar="ID")
    p.add_argument("--reason", required=True, metavar="TEKST")
    p = what.add_parser("find", help="finnes det en sak for barnet? (bare saksnumre)")
    p.add_argument("--first-name", required=True, metavar="NAVN")
    p.add_argument("--year", type=int, required=True, metavar="ÅR")
    p = what.add_parser("log", help="innsynsloggen: hvem som har åpnet, skrevet ut og eksportert")
    p.add_argument("--case", type=int, required=True, metavar="ID")
    p = what.add_parser("report", help="alle nødtilganger (for personvernombudet; kjør som eier)")
    p.add_argument("--since", type=date_argument, metavar="DATO")
    p = what.add_parser("login", help="knytt en person i katalogen til en databasebruker (IT)")
    p.add_argument("--professional", type=int, required=True, metavar="ID")
    p.add_argument("--login", required=True, metavar="BRUKER", help="tom tekst fjerner koblingen")
    p = what.add_parser("setting", help="hvor lenge tilgang varer (IT)")
    p.add_argument("name", choices=["participant-days", "creator-days"])
    p.add_argument("days", type=int)

    inn = sub.add_parser("innsyn", help="familiens kopi av alt som er lagret om barnet (PDF)")
    add_db(inn)
    inn.add_argument("--case", type=int, required=True, metavar="ID")
    inn.add_argument("--sprak", "--lang", dest="language", choices=["nb", "nn"], default="nb")
    inn.add_argument("-o", "--output", required=True, metavar="FIL")
    inn.add_argument(
        "--hold-back",
        action="append",
        default=[],
        metavar="TYPE:ID=GRUNN",
        help="hold tilbake én opplysning med en grunn (f.eks. meeting_notes:3=Hensyn til barnet)",
    )


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%d.%m.%Y kl. %H.%M") if value else ""


def run(args: argparse.Namespace, fail: Callable[[DomainError], int]) -> int | None:
    if args.command == "innsyn":
        return _innsyn(args, fail)
    if args.command != "access":
        return None
    return on_database(getattr(args, "db", None), lambda db: _access(args, db), refused=fail)


def _access(args: argparse.Namespace, db: Database) -> int:
    from familiemote.services import access
    from familiemote.storage import access_sql
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    def uow() -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(db.session_factory)

    cmd = args.access_command
    if cmd == "list":
        for e in access.list_access(uow(), args.case):
            state = "avsluttet " + _when(e.ended_at) if e.ended_at else "til " + _when(e.ends_at)
            who = f"{e.person} ({e.login})" if e.person else e.login
            print(
                f"{e.id}\t{_KINDS.get(e.kind, e.kind)}\t{who}\tfra {_when(e.starts_at)}"
                f"\t{state}\tav {e.granted_by}\t{e.reason}"
            )
    elif cmd == "grant":
        new = access.grant_access(uow(), args.case, args.professional, args.reason, args.until)
        print(f"Tilgang {new} er gitt til og med {args.until:%d.%m.%Y}.")
    elif cmd == "end":
        access.end_access(uow(), args.id)
        print(f"Tilgang {args.id} er avsluttet.")
    elif cmd == "emergency":
        access.take_emergency_access(uow(), args.case, args.reason)
        print(
            f"Nødtilgang til sak {args.case} i {access.EMERGENCY_HOURS} timer. "
            "Den er logget og vises i sakens historikk og i rapporten til personvernombudet."
        )
    elif cmd == "find":
        found = access.find_case(uow(), args.first_name, args.year)
        print("\n".join(str(i) for i in found) if found else "Ingen sak funnet.")
    elif cmd == "log":
        for r in access.read_log(uow(), args.case):
            extra = f"\t{r.reason}" if r.reason else ""
            print(f"{_when(r.at)} UTC\t{r.user_name}\t{_ACTIONS.get(r.action, r.action)}{extra}")
    elif cmd == "report":
        lines = access.emergency_report(uow(), args.since)
        print(f"Nødtilganger: {len(lines)}")
        for line in lines:
            who = f"{line.person} ({line.login})" if line.person else line.login
            print(
                f"sak {line.case_id}\t{who}\t{_when(line.starts_at)}–{_when(line.ends_at)} UTC"
                f"\t{line.reason}"
            )
    elif cmd == "login":
        access.set_login(uow(), args.professional, args.login)
        print("Koblingen er lagret.")
    elif cmd == "setting":
        key = (
            access_sql.PARTICIPANT_DAYS_KEY
            if args.name == "participant-days"
            else access_sql.CREATOR_DAYS_KEY
        )
        access.set_setting(uow(), key, max(0, args.days))
        print(f"{args.name} = {max(0, args.days)}")
    return EXIT_OK


def _innsyn(args: argparse.Namespace, fail: Callable[[DomainError], int]) -> int:
    from familiemote.printing import innsyn as innsyn_pdf
    from familiemote.services import innsyn
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    held: dict[str, str] = {}
    for item in args.hold_back:
        key, sep, reason = item.partition("=")
        if not sep or not reason.strip():
            print(f"familiemote: «{item}»: skriv TYPE:ID=GRUNN", file=sys.stderr)
            return EXIT_USER_ERROR
        held[key.strip()] = reason.strip()

    def work(db: Database) -> int:
        copy = innsyn.build_copy(
            SqlAlchemyUnitOfWork(db.session_factory), args.case, held_back=held
        )
        out = Path(args.output)
        innsyn_pdf.write_pdf(copy, out, language=args.language)
        innsyn.record_copy(SqlAlchemyUnitOfWork(db.session_factory), copy)
        print(f"Innsynskopien er lagret i {out}.")
        return EXIT_OK

    return on_database(getattr(args, "db", None), work, refused=fail)
