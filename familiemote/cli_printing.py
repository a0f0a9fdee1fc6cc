"""The printing subcommands of the command line (wired into familiemote.cli).

    familiemote print plan --meeting ID [--family-copy] [--sprak nb|nn] -o FIL
    familiemote print consent --case ID [--sprak nb|nn] -o FIL
    familiemote print evaluation --copies N [--sprak nb|nn] -o FIL
    familiemote evaluations report [--from DATO --to DATO] [--kommune NAVN] [--sprak nb|nn] -o FIL
    familiemote evaluations export-tally --from DATO --to DATO --kommune NAVN -o FIL.json
    familiemote evaluations import-tally FIL.json

``--sprak`` (also ``--lang``) prints in bokmål (nb, the default) or nynorsk (nn).

A report whose file name ends in .csv is written as CSV, otherwise as PDF. The
file is written whole or not at all (a temporary file beside it is renamed).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from familiemote.cli_common import EXIT_OK, EXIT_USER_ERROR, date_argument, fail, on_database
from familiemote.domain.errors import DomainError

if TYPE_CHECKING:  # SQLAlchemy is not imported to build the command line
    from familiemote.storage.db import Database


AddDb = Callable[..., None]


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke et helt tall") from exc
    if value < 1:
        raise argparse.ArgumentTypeError("må være minst 1")
    return value


def add_commands(sub: Any, add_db_option: AddDb) -> None:
    """Add `print` and `evaluations` to the subparsers ``sub``."""
    printing = sub.add_parser("print", help="skriv ut et dokument som PDF")
    what = printing.add_subparsers(dest="document", metavar="DOKUMENT", required=True)

    plan = what.add_parser("plan", help="oppfølgingsplanen for et møte")
    plan.add_argument("--meeting", type=int, required=True, metavar="ID", help="møtets nummer")
    plan.add_argument(
        "--family-copy",
        action="store_true",
        help="familiens kopi: uten interne notater og interne tiltak",
    )
    consent = what.add_parser("consent", help="samtykkeskjemaet for en sak (én side per foresatt)")
    consent.add_argument("--case", type=int, required=True, metavar="ID", help="sakens nummer")
    evaluation = what.add_parser("evaluation", help="vurderingsskjemaet «Vurdering av samtalen»")
    evaluation.add_argument("--copies", type=_positive, default=1, metavar="N")
    leaflet = what.add_parser(
        "leaflet", help="informasjonen til familien om familiemøtet (én side)"
    )
    leaflet.add_argument(
        "--contact",
        type=int,
        metavar="ID",
        help="kontaktpersonen (personens nummer i katalogen); uten: linjer å skrive på",
    )
    invitation = what.add_parser("invitation", help="invitasjonen til et planlagt møte")
    invitation.add_argument(
        "--meeting", type=int, required=True, metavar="ID", help="møtets nummer"
    )
    invitation.add_argument("--ics", metavar="FIL", help="lagre også møtets kalenderfil (.ics) her")
    for p in (plan, consent, evaluation, leaflet, invitation):
        _add_language_option(p)
        p.add_argument("-o", "--output", required=True, metavar="FIL", help="PDF-filen")
        add_db_option(p, top=False)

    evaluations = sub.add_parser("evaluations", help="utfylte vurderingsskjemaer")
    ev_what = evaluations.add_subparsers(
        dest="evaluations_command", metavar="KOMMANDO", required=True
    )
    report = ev_what.add_parser(
        "report", help="resultatene som PDF, eller CSV når FIL slutter på .csv"
    )
    report.add_argument("--from", dest="date_from", type=date_argument, metavar="DATO")
    report.add_argument("--to", dest="date_to", type=date_argument, metavar="DATO")
    report.add_argument("--kommune", dest="municipality", metavar="NAVN")
    report.add_argument("-o", "--output", required=True, metavar="FIL")
    _add_language_option(report)
    add_db_option(report, top=False)
    from familiemote.cli_evaluations import add_subcommands

    add_subcommands(ev_what, date_argument, add_db_option)


def _add_language_option(parser: Any) -> None:
    parser.add_argument(
        "--sprak",
        "--lang",
        dest="lang",
        choices=["nb", "nn"],
        default="nb",
        help="målformen dokumentet skrives ut på: nb (bokmål, standard) eller nn (nynorsk)",
    )


def write_atomically(target: Path, write: Callable[[Any], object], *, text: bool = False) -> None:
    """Write through a temporary file in the same folder, then rename it into place."""
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=".familiemote-", suffix=".tmp", dir=folder)
    try:
        if text:
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
                write(f)
        else:
            with os.fdopen(fd, "wb") as f:
                write(f)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def run(args: argparse.Namespace) -> int | None:
    """Run a printing subcommand; None when ``args`` names none of them."""
    if args.command not in {"print", "evaluations"}:
        return None
    if args.command == "evaluations" and args.evaluations_command != "report":
        from familiemote import cli_evaluations

        return cli_evaluations.run(args)  # export-tally, import-tally
    target = Path(args.output)
    if not target.parent.is_dir():
        print(f"familiemote: Mappen «{target.parent}» finnes ikke.", file=sys.stderr)
        return EXIT_USER_ERROR
    today = dt.date.today()
    if args.command == "print" and args.document == "evaluation":
        # The anonymous form needs no database.
        from familiemote.printing.evaluation_form import render_evaluation_form

        try:
            write_atomically(
                target, lambda f: render_evaluation_form(f, copies=args.copies, lang=args.lang)
            )
        except OSError as exc:  # a full disk, say: nothing is left behind
            return fail(_cannot_write(target, exc))
        print(f"Skrev {args.copies} vurderingsskjema(er) til {target}.")
        return EXIT_OK

    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    def work(db: Database) -> int:
        uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
        print(_run_with_db(args, target, uow, today))
        return EXIT_OK

    try:
        return on_database(args.db, work)
    except OSError as exc:  # the PDF could not be written (a full disk): nothing is left behind
        return fail(_cannot_write(target, exc))


def _cannot_write(target: Path, exc: OSError) -> DomainError:
    from familiemote.domain.errors import BackupCode, BackupError

    return BackupError(BackupCode.CANNOT_WRITE, str(target), exc.strerror or str(exc))


def _run_with_db(
    args: argparse.Namespace,
    target: Path,
    uow: Callable[[], Any],
    today: dt.date,
) -> str:
    from familiemote.services.audit import record_output

    if args.command == "print" and args.document == "plan":
        from familiemote.printing.plan import render_plan
        from familiemote.services.printing import plan_data

        data = plan_data(uow(), args.meeting)
        sums: list[str] = []
        write_atomically(
            target,
            lambda f: sums.append(
                render_plan(data, f, printed_on=today, family_copy=args.family_copy, lang=args.lang)
            ),
        )
        document = "plan_family_copy" if args.family_copy else "plan"
        record_output(uow(), "save_pdf", document, meeting_id=args.meeting)
        copy = "familiens kopi" if args.family_copy else "tjenestenes kopi"
        return f"Skrev oppfølgingsplanen ({copy}, kontrollsum {sums[0]}) til {target}."
    if args.command == "print" and args.document in ("leaflet", "invitation"):
        return _print_family_letter(args, target, uow, today)
    if args.command == "print" and args.document == "consent":
        from familiemote.printing.consent_form import render_consent_form
        from familiemote.services.printing import consent_form_data_for_print

        consent = consent_form_data_for_print(uow(), args.case, today)
        write_atomically(
            target, lambda f: render_consent_form(consent, f, printed_on=today, lang=args.lang)
        )
        record_output(uow(), "save_pdf", "consent_form", case_id=args.case)
        pages = max(1, len(consent.guardians))
        sider = "side" if pages == 1 else "sider"
        return f"Skrev samtykkeskjemaet ({pages} {sider}) til {target}."

    from familiemote.printing.tally import csv_words, group_names, render_tally, statements
    from familiemote.services.evaluations import evaluation_tally, write_csv

    # forms typed in here, tallies read in, and (for all municipalities) follow-through
    tally = evaluation_tally(
        uow,
        args.date_from,
        args.date_to,
        args.municipality,
        with_follow_through=not args.municipality,
    )
    if target.suffix.lower() == ".csv":
        lang = args.lang
        write_atomically(
            target,
            lambda f: write_csv(tally, f, statements(lang), group_names(lang), csv_words(lang)),
            text=True,
        )
    else:
        write_atomically(target, lambda f: render_tally(tally, f, printed_on=today, lang=args.lang))
    record_output(uow(), "export", "evaluation_results")  # counts only, no case
    skjemaer = "skjema" if tally.forms == 1 else "skjemaer"
    return f"Skrev resultatene av {tally.forms} {skjemaer} til {target}."


def _print_family_letter(
    args: argparse.Namespace, target: Path, uow: Callable[[], Any], today: dt.date
) -> str:
    """The leaflet for the family, or the invitation to a meeting (and its .ics)."""
    from familiemote.services.audit import record_output

    if args.document == "leaflet":
        from familiemote.printing.leaflet import LeafletData, render_leaflet
        from familiemote.services.family_letters import leaflet_data

        data = (
            leaflet_data(uow, professional_id=args.contact)
            if args.contact is not None
            else LeafletData(None)
        )
        write_atomically(
            target, lambda f: render_leaflet(data, f, printed_on=today, lang=args.lang)
        )
        record_output(uow(), "save_pdf", "leaflet")
        return f"Skrev informasjonen til familien til {target}."
    from familiemote.printing.invitation import render_invitation
    from familiemote.services.family_letters import invitation_calendar, invitation_data

    invitation = invitation_data(uow(), args.meeting)
    write_atomically(
        target, lambda f: render_invitation(invitation, f, printed_on=today, lang=args.lang)
    )
    record_output(uow(), "save_pdf", "invitation", meeting_id=args.meeting)
    if args.ics:
        ics_target = Path(args.ics)
        text = invitation_calendar(args.meeting, invitation, args.lang)
        write_atomically(ics_target, lambda f: f.write(text.encode("utf-8")))
        record_output(uow(), "calendar", "calendar", meeting_id=args.meeting)
        return f"Skrev invitasjonen til {target} og kalenderfilen til {ics_target}."
    return f"Skrev invitasjonen til {target}."
