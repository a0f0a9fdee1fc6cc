"""Where the database is: the command line, then FAMILIEMOTE_DB, then the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from familiemote.storage.location import sqlite_url  # not storage.db: no SQLAlchemy at start

APP_NAME = "Familiemote"
ORGANISATION = "Familiemote"
ENV_DB = "FAMILIEMOTE_DB"
DEFAULT_FILE_NAME = "familiemote.sqlite"


class DatabaseChoice(NamedTuple):  # not a dataclass: the start imports no dataclasses
    url: str
    is_default: bool  # the default file may have its folder created for it


def default_database_path() -> Path:
    import platformdirs  # here: a start with --db or FAMILIEMOTE_DB does not need it

    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=True) / DEFAULT_FILE_NAME


def to_url(path_or_url: str) -> str:
    """An SQLAlchemy URL as it is; anything else is a path to an SQLite file."""
    if "://" in path_or_url:
        return path_or_url
    return sqlite_url(path_or_url)


def choose_database(cli_value: str | None, environ: dict[str, str] | None = None) -> DatabaseChoice:
    env = os.environ if environ is None else environ
    if cli_value:
        return DatabaseChoice(to_url(cli_value), is_default=False)
    if env.get(ENV_DB):
        return DatabaseChoice(to_url(env[ENV_DB]), is_default=False)
    return DatabaseChoice(sqlite_url(default_database_path()), is_default=True)
