"""Where a database is, told without importing SQLAlchemy.

The start of the app needs to know whether the database is an SQLite file (and
whether it exists yet) before it shows its first window: the passphrase dialog.
SQLAlchemy costs about half a second of CPU to import, so these helpers parse the
URL themselves, with the same pattern SQLAlchemy's ``make_url`` uses (a test
compares the two on many URLs). :mod:`familiemote.storage.db` re-exports them.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from urllib.parse import unquote

SQLITE_MAGIC = b"SQLite format 3\x00"

# sqlalchemy.engine.url._parse_url's pattern (SQLAlchemy 2.x)
_URL = re.compile(
    r"""
        (?P<name>[\w\+]+)://
        (?:
            (?P<username>[^:/]*)
            (?::(?P<password>[^@]*))?
        @)?
        (?:
            (?:
                \[(?P<ipv6host>[^/\?]+)\] |
                (?P<ipv4host>[^/:\?]+)
            )?
            (?::(?P<port>[^/\?]*))?
        )?
        (?:/(?P<database>[^\?]*))?
        (?:\?(?P<query>.*))?
        """,
    re.X,
)


def sqlite_url(path: str | os.PathLike[str]) -> str:
    return "sqlite:///" + str(Path(path).expanduser().absolute())


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL (which the app and the command line encrypt), else None."""
    match = _URL.match(url)
    if match is None:
        return None
    port = match.group("port")
    if port and not port.isdigit():  # SQLAlchemy refuses it (not a number)
        return None
    backend = match.group("name").split("+", 1)[0]
    database = match.group("database")
    if backend != "sqlite" or database is None:
        return None
    database = unquote(database)
    if database in ("", ":memory:"):
        return None
    return Path(database)


def is_new_file(path: Path) -> bool:
    """No database there yet: a first start, where a new passphrase is chosen."""
    if path.exists() and not (path.is_file() and path.stat().st_size == 0):
        return False
    wal = Path(f"{path}-wal")  # a first start killed before its first checkpoint
    return not (wal.is_file() and wal.stat().st_size > 0)


def folder_writable(folder: Path) -> bool:
    """Whether files can be made in ``folder``: by access, and by its write bits (which
    count even for root, as a file's do: a folder the user marked read-only is one
    they do not want changed)."""
    try:
        mode = os.stat(folder).st_mode
    except OSError:
        return False
    writable_bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    return bool(mode & writable_bits) and os.access(folder, os.W_OK | os.X_OK)
