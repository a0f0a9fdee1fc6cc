"""A pooled SQLite connection lets go of the pages a read brought in when it goes back
to the pool (storage/db.py, PRAGMA shrink_memory at checkin), and reads the same after."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest

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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallinfo2")
def test_a_big_read_leaves_no_pages_behind(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "big.sqlite"), passphrase="en lang nok passfrase")
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE filler (x BLOB)")
            # about 12 MB: more than SQLCipher's page cache of one connection (8 MB)
            conn.exec_driver_sql(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12000)"
                " INSERT INTO filler SELECT randomblob(1000) FROM n"
            )
        db.engine.dispose()  # a fresh connection, its cache empty
        with db.engine.connect() as conn:
            total = conn.exec_driver_sql("SELECT sum(length(x)) FROM filler").scalar()
            during = _in_use()
        after = _in_use()  # the connection is back in the pool, still open
        assert total == 12000 * 1000
        assert during - after > 4 * MIB, (during - after) / MIB
        with db.engine.connect() as conn:  # and it reads as before
            again = conn.exec_driver_sql("SELECT sum(length(x)) FROM filler").scalar()
        assert again == total
        assert db.engine.pool.checkedin() == 1
    finally:
        db.dispose()
