"""storage.location tells an SQLite file from a URL without SQLAlchemy, as SQLAlchemy does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from familiemote.storage import location

URLS = [
    "sqlite:///relative.sqlite",
    "sqlite:////abs/folder/familiemote.sqlite",
    "sqlite+pysqlcipher://:secret@//abs/file.sqlite",
    "sqlite+pysqlcipher://:p%40ss@/rel.sqlite?cipher=aes-256-cfb&kdf_iter=64000",
    "sqlite:///C:/Users/Kari/AppData/familiemote.sqlite",
    "sqlite:////home/kari/mapper%20med%20mellomrom/fm.sqlite",
    "sqlite:///home/kari/Ø ø å/fm.sqlite",
    "sqlite://",
    "sqlite:///",
    "sqlite:///:memory:",
    "sqlite:///fm.sqlite?mode=ro&uri=true",
    "postgresql+psycopg://kari@server.kommune.no:5432/familiemote",
    "postgresql://server:notaport/familiemote",
    "postgresql://[::1]:5432/familiemote",
    "mysql://u:p@h/db",
    "not a url",
    "/plain/path.sqlite",
    "",
]


def sqlalchemy_sqlite_file(url: str) -> Path | None:
    """The SQLite file of ``url`` as SQLAlchemy's own parser reads it, else None."""
    try:
        parsed = make_url(url)
    except (sa.exc.ArgumentError, ValueError):  # ValueError: e.g. a port that is no number
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database or "")


@pytest.mark.parametrize("url", URLS)
def test_same_answer_as_sqlalchemy(url: str) -> None:
    assert location.sqlite_file(url) == sqlalchemy_sqlite_file(url)


def test_sqlite_url_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "a folder" / "fm.sqlite"
    assert location.sqlite_file(location.sqlite_url(path)) == path
    assert sqlalchemy_sqlite_file(location.sqlite_url(path)) == path


def test_the_way_to_the_first_frame_does_not_import_sqlalchemy() -> None:
    """cli, settings and app are imported, the database chosen and the file looked at,
    all without SQLAlchemy, Alembic or ReportLab (they load while the dialog shows)."""
    code = (
        "import sys\n"
        "from familiemote import cli\n"
        "cli.build_parser()\n"
        "from familiemote import app, settings\n"
        "choice = settings.choose_database('/tmp/x/fm.sqlite')\n"
        "from familiemote.storage.location import sqlite_file, is_new_file\n"
        "assert is_new_file(sqlite_file(choice.url))\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic', 'reportlab', 'importlib_metadata') "
        "or m == 'importlib.metadata')\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == ""
