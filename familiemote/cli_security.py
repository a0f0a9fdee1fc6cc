"""The command line's part of protecting the data: the passphrase, backup, restore, rekey.

An SQLite file is always encrypted from the command line. The passphrase comes
from ``FAMILIEMOTE_PASSPHRASE`` (scripts, tests) or a prompt (getpass); a new file
asks for it twice and refuses a weak one. ``passphrase`` changes it
(``FAMILIEMOTE_NEW_PASSPHRASE`` or a prompt), or encrypts a plain file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from familiemote.cli_common import EXIT_OK, EXIT_USER_ERROR
from familiemote.domain.errors import (
    BackupCode,
    BackupError,
    DatabaseOpenCode,
    DatabaseOpenError,
    DomainError,
)
from familiemote.domain.passphrase import Hint, passphrase_strength
from familiemote.settings import DatabaseChoice, choose_database
from familiemote.storage.location import folder_writable, is_new_file, sqlite_file

if TYPE_CHECKING:  # SQLAlchemy is imported when a command needs it, not to parse the line
    from familiemote.storage.db import Database

ENV_PASSPHRASE = "FAMILIEMOTE_PASSPHRASE"
ENV_NEW_PASSPHRASE = "FAMILIEMOTE_NEW_PASSPHRASE"
ATTEMPTS = 3

HINTS = {
    Hint.TOO_SHORT: "Bruk minst 10 tegn.",
    Hint.COMMON: "Denne er for vanlig; velg en annen.",
    Hint.REPEATED: "Ikke gjenta de samme tegnene.",
    Hint.ADD_WORDS: "Lengre er sterkere: prøv fire vanlige ord med mellomrom.",
    Hint.ADD_VARIETY: "Tall eller andre tegn gjør den sterkere.",
}
STRENGTH = {0: "For svak", 1: "Svak", 2: "Middels", 3: "God", 4: "Sterk"}


class CliStop(Exception):
    """Stop the command with this Norwegian message (exit code 1)."""


def _prompt(text: str) -> str:
    if not sys.stdin.isatty():
        raise CliStop(
            f"Databasen er kryptert. Oppgi passordfrasen i miljøvariabelen {ENV_PASSPHRASE}, "
            "eller kjør kommandoen i et terminalvindu."
        )
    return getpass.getpass(text)


def _strength_line(passphrase: str) -> str:
    strength = passphrase_strength(passphrase)
    return " ".join([f"Styrke: {STRENGTH[strength.score]}."] + [HINTS[h] for h in strength.hints])


def new_passphrase(env_name: str = ENV_PASSPHRASE) -> str:
    """A new passphrase: from the environment, or typed twice at a prompt, never a weak one."""
    from_env = os.environ.get(env_name)
    if from_env is not None:
        if not passphrase_strength(from_env).acceptable:
            raise CliStop(f"Passordfrasen i {env_name} er for svak. {_strength_line(from_env)}")
        return from_env
    print(
        "Dataene krypteres med en passordfrase du velger nå. Skriv den ned og oppbevar den "
        "trygt: uten den kan ingen åpne dataene, heller ikke IT.",
        file=sys.stderr,
    )
    for _ in range(ATTEMPTS):
        first = _prompt("Ny passordfrase: ")
        print(_strength_line(first), file=sys.stderr)
        if not passphrase_strength(first).acceptable:
            continue
        if _prompt("Gjenta passordfrasen: ") == first:
            return first
        print("De to passordfrasene er ikke like. Prøv igjen.", file=sys.stderr)
    raise CliStop("Ingen passordfrase er valgt; ingenting er endret.")


def open_with_passphrase(choice: DatabaseChoice, *, create: bool = False) -> Database:
    """Open the chosen database; an SQLite file always encrypted, asking for the passphrase.

    Only with ``create`` is a new database made where there is none (or an empty
    file): a command that reads or changes a database must not make an empty one
    at a mistyped path and then report that what was asked for is not there.
    """
    from familiemote.storage.db import open_database

    path = sqlite_file(choice.url)
    if path is None:
        return _open_server(choice)
    if is_new_file(path):
        # check the folder before asking for anything
        if not path.parent.is_dir() and not (create and choice.is_default):
            raise DatabaseOpenError(DatabaseOpenCode.MISSING_FOLDER, str(path))
        if not create:
            if path.exists():
                raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, str(path), "empty file")
            raise DatabaseOpenError(DatabaseOpenCode.NO_SUCH_FILE, str(path))
        return open_database(
            choice.url, passphrase=new_passphrase(), create_folder=choice.is_default
        )
    from_env = os.environ.get(ENV_PASSPHRASE)
    if from_env is not None:
        return open_database(
            choice.url, passphrase=from_env, create_folder=choice.is_default, create=create
        )
    for attempt in range(ATTEMPTS):
        try:
            return open_database(
                choice.url,
                passphrase=_prompt("Passordfrase: "),
                create_folder=choice.is_default,
                create=create,
            )
        except DatabaseOpenError as err:
            if err.code is not DatabaseOpenCode.WRONG_PASSPHRASE or attempt == ATTEMPTS - 1:
                raise
            print("Feil passordfrase. Prøv igjen.", file=sys.stderr)
    raise AssertionError("unreachable")


def _open_server(choice: DatabaseChoice) -> Database:
    """Open a database server; asks for the login's password at a terminal when the server
    wants one that neither the address, PGPASSWORD nor ~/.pgpass gave (never echoed, never
    stored). Without a terminal (a script), the server's refusal is told as it is."""
    from sqlalchemy.engine import make_url

    from familiemote.storage.db import open_database

    asked = (DatabaseOpenCode.PASSWORD_MISSING, DatabaseOpenCode.LOGIN_FAILED)
    try:
        return open_database(choice.url, create_folder=choice.is_default)
    except DatabaseOpenError as err:
        if err.code not in asked or not sys.stdin.isatty():
            raise
        if err.code is DatabaseOpenCode.LOGIN_FAILED:
            print("Databaseserveren godtok ikke passordet. Prøv igjen.", file=sys.stderr)
    url = make_url(choice.url)
    who = f"{url.username or ''}@{url.host or 'localhost'}"
    for attempt in range(ATTEMPTS):
        password = getpass.getpass(f"Passord for {who}: ")
        try:
            return open_database(
                url.set(password=password).render_as_string(hide_password=False),
                create_folder=choice.is_default,
            )
        except DatabaseOpenError as err:
            if err.code not in asked or attempt == ATTEMPTS - 1:
                raise
            print("Databaseserveren godtok ikke passordet. Prøv igjen.", file=sys.stderr)
    raise AssertionError("unreachable")


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    backup = sub.add_parser(
        "backup", help="ta en kryptert sikkerhetskopi av databasen (også mens programmet er åpent)"
    )
    add_db_option(backup)
    backup.add_argument("-o", "--output", required=True, metavar="FIL", help="kopien skrives hit")
    restore = sub.add_parser(
        "restore",
        help="gjenopprett databasen fra en sikkerhetskopi (den gamle beholdes ved siden av)",
    )
    add_db_option(restore)
    restore.add_argument("file", metavar="FIL", help="sikkerhetskopien")
    passphrase = sub.add_parser(
        "passphrase",
        help="bytt passordfrase (eller krypter en ukryptert database); "
        f"den nye kan gis i {ENV_NEW_PASSPHRASE}",
    )
    add_db_option(passphrase)


def run(args: argparse.Namespace, fail: Callable[[DomainError], int]) -> int | None:
    """Run ``backup``, ``restore`` or ``passphrase``; None for any other command."""
    commands = {"backup": _cmd_backup, "restore": _cmd_restore, "passphrase": _cmd_passphrase}
    command = commands.get(args.command)
    if command is None:
        return None
    try:
        return command(args, choose_database(args.db))
    except DomainError as err:
        return fail(err)
    except CliStop as stop:
        print(f"familiemote: {stop}", file=sys.stderr)
        return EXIT_USER_ERROR
    except (KeyboardInterrupt, EOFError):
        print("\nfamiliemote: avbrutt; ingenting er endret.", file=sys.stderr)
        return EXIT_USER_ERROR


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _cmd_backup(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    from familiemote.services.backup import make_backup

    target = Path(args.output).expanduser().absolute()
    db = open_with_passphrase(choice)
    try:
        make_backup(db, target, _now())
    finally:
        db.dispose()
    print(
        f"Sikkerhetskopien er skrevet til {target} og kontrollert (den åpnes og har det samme "
        "innholdet som databasen). Den åpnes med den samme passordfrasen som databasen. "
        "Oppbevar den et annet sted enn maskinen."
    )
    return EXIT_OK


def _exclusive(path: Path) -> object:
    from familiemote.single_instance import acquire

    if not folder_writable(path.parent):
        # the lock file beside the database cannot be made: say why, not "in use"
        raise DatabaseOpenError(DatabaseOpenCode.READ_ONLY, str(path), "folder")
    lock = acquire(path)
    if lock is None:
        raise BackupError(BackupCode.IN_USE, str(path))
    return lock


def _cmd_restore(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    from familiemote.services.backup import restore_backup
    from familiemote.storage.db import parse_url
    from familiemote.storage.file_copies import check_replaceable

    path = sqlite_file(choice.url)
    if path is None:
        # a malformed or unsupported address is told as such; a server's without password
        where = parse_url(choice.url).render_as_string(hide_password=True)
        raise BackupError(BackupCode.NOT_SUPPORTED, where)
    source = Path(args.file).expanduser().absolute()
    if not path.parent.is_dir():
        if not choice.is_default:
            raise DatabaseOpenError(DatabaseOpenCode.MISSING_FOLDER, str(path))
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # what is at --db is checked (without opening a FIFO or a device) before anything
    # is asked; the passphrase-dependent part of the check follows in restore_backup
    check_replaceable(path, None, may_be_missing=True)
    lock = _exclusive(path)
    try:
        # the restored database opens with the backup's passphrase
        passphrase = os.environ.get(ENV_PASSPHRASE)
        if passphrase is None:
            passphrase = _prompt("Passordfrasen for sikkerhetskopien: ")
        kept = restore_backup(path, source, passphrase, _now())
    finally:
        lock.unlock()  # type: ignore[attr-defined]
    print(
        f"Databasen {path} er gjenopprettet fra {source} og kontrollert "
        "(den åpnes og har det samme innholdet som sikkerhetskopien)."
    )
    if kept.exists():
        print(f"Den forrige databasen er tatt vare på som {kept}.")
    return EXIT_OK


def _cmd_passphrase(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    from familiemote.storage.db import open_database, parse_url
    from familiemote.storage.file_copies import (
        change_passphrase,
        check_replaceable,
        encrypt_plain_database,
    )

    path = sqlite_file(choice.url)
    if path is None:
        # a malformed or unsupported address is told as such; a server's without password
        where = parse_url(choice.url).render_as_string(hide_password=True)
        raise BackupError(BackupCode.NOT_SUPPORTED, where)
    # a regular, writable Familiemøte file: checked with os.stat before it is opened
    # (a FIFO would hang the open), so a device or another program's file is refused
    check_replaceable(path, None, may_be_missing=False)
    lock = _exclusive(path)
    try:
        with path.open("rb") as fh:
            plain = fh.read(16) == b"SQLite format 3\x00"
        if plain:
            open_database(choice.url, create=False).dispose()  # ours, migrated
            encrypt_plain_database(path, new_passphrase(ENV_NEW_PASSPHRASE))
            print(f"Databasen {path} er nå kryptert med den nye passordfrasen.")
            return EXIT_OK
        db = open_with_passphrase(choice)
        try:
            old = db.url.password or ""
            change_passphrase(db, old, new_passphrase(ENV_NEW_PASSPHRASE))
        finally:
            db.dispose()
    finally:
        lock.unlock()  # type: ignore[attr-defined]
    print(
        f"Passordfrasen for {path} er byttet og kontrollert (den nye passordfrasen åpner "
        "filen, og innholdet er det samme). Sikkerhetskopier tatt før i dag åpnes "
        "fortsatt med den gamle."
    )
    return EXIT_OK
