"""A pooled SQLite connection lets go of the pages a long read brought in when it goes
back to the pool (storage/db.py, PRAGMA shrink_memory and malloc_trim at checkin), reads
the same after, and a short unit of work keeps its pages."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest

from familiemote.storage import db as db_module
from familiemote.storage.db import open_database
from familiemote.storage.location import sqlite_url

MIB = 1 << 20


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _in_use() -> int:
    """Bytes malloc has handed out and not had back (glibc's mallinfo2)."""
    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = _MallInfo2
    info = libc.mallinfo2()
    return int(info.uordblks + info.hblkhd)


def _filled(tmp_path: Path) -> db_module.Database:
    db = open_database(sqlite_url(tmp_path / "big.sqlite"), passphrase="en lang nok passfrase")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE filler (x BLOB)")
        # about 12 MB: more than SQLCipher's page cache of one connection (8 MB)
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12000)"
            " INSERT INTO filler SELECT randomblob(1000) FROM n"
        )
    db.engine.dispose()  # a fresh connection, its cache empty
    return db


def _read(db: db_module.Database) -> tuple[int, int, int]:
    """The sum read, malloc's bytes in use before the connection goes back, and after."""
    with db.engine.connect() as conn:
        total = int(conn.exec_driver_sql("SELECT sum(length(x)) FROM filler").scalar() or 0)
        during = _in_use()
    return total, during, _in_use()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallinfo2")
def test_a_long_read_leaves_no_pages_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "LONG_READ_S", 0.0)  # this read counts as long
    db = _filled(tmp_path)
    try:
        total, during, after = _read(db)
        assert total == 12000 * 1000
        assert during - after > 4 * MIB, (during - after) / MIB
        again, _, _ = _read(db)  # and it reads as before
        assert again == total
        assert db.engine.pool.status().count("Connections in pool: 1") == 1  # still open
    finally:
        db.dispose()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallinfo2")
def test_a_short_unit_of_work_keeps_its_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "LONG_READ_S", 3600.0)  # nothing counts as long
    db = _filled(tmp_path)
    try:
        total, during, after = _read(db)
        assert total == 12000 * 1000
        assert abs(during - after) < MIB, (during - after) / MIB
    finally:
        db.dispose()
