"""Hostile files for the reliability battery: a demo database, a damaged copy, a FIFO,
a device node, a small full file system, and an independent reading of a database's
content (row counts per table and the newest audit entry) to compare before and after.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from familiemote.services import demo
from familiemote.storage.db import open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork

PASSPHRASE = "tre blå hvaler 2026"
NEW_PASSPHRASE = "fire nye blå hvaler 99"
TODAY = dt.date(2026, 11, 22)
# the page the hostile battery damaged: bytes 40960-45055 (page 11 of 4096 bytes)
DAMAGED_RANGE = (40960, 45056)

EXE = shutil.which("familiemote") or str(Path(sys.executable).parent / "familiemote")


def make_demo_db(path: Path, passphrase: str = PASSPHRASE) -> Path:
    """An encrypted database with the demo case, written through the services."""
    db = open_database(sqlite_url(path), passphrase=passphrase)
    try:
        demo.create_demo_case(SqlAlchemyUnitOfWork(db.session_factory), TODAY)
        with db.engine.connect() as conn:  # fold the WAL in: one self-contained file
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    return path


def damage(path: Path, start: int = DAMAGED_RANGE[0], end: int = DAMAGED_RANGE[1]) -> None:
    """Flip every bit of bytes ``start``..``end`` (one page), as a failing disk might."""
    raw = bytearray(path.read_bytes())
    assert len(raw) >= end, "the database is smaller than the damaged range"
    for i in range(start, end):
        raw[i] ^= 0xFF
    path.write_bytes(bytes(raw))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content(path: Path, passphrase: str = PASSPHRASE) -> tuple[dict[str, int], tuple[object, ...]]:
    """Row counts of every table and the newest audit entry, read with plain sqlcipher3."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
        head = conn.execute("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        return counts, tuple(head or ())
    finally:
        conn.close()


def opens_with(path: Path, passphrase: str) -> bool:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """The installed command in a subprocess; a hang fails the test after ``timeout``."""
    full_env = {
        **os.environ,
        "FAMILIEMOTE_PASSPHRASE": PASSPHRASE,
        "FAMILIEMOTE_NEW_PASSPHRASE": NEW_PASSPHRASE,
        **(env or {}),
    }
    return subprocess.run(
        [EXE, *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def refused_in_norwegian(result: subprocess.CompletedProcess[str]) -> bool:
    """Exit code 1, a «familiemote: …» line, and no Python traceback."""
    return (
        result.returncode == 1
        and "familiemote: " in result.stderr
        and "Traceback" not in result.stderr + result.stdout
    )


def make_device_node(path: Path) -> bool:
    """A character device like /dev/null (1, 3) at ``path``; False where not permitted."""
    try:
        os.mknod(path, 0o666 | 0o020000, os.makedev(1, 3))
    except (PermissionError, OSError):
        return False
    return True


def entries(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


# -- a small file system that fills up ---------------------------------------------


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@contextlib.contextmanager
def small_filesystem(where: Path, size: str = "2m") -> Iterator[Path | None]:
    """A tmpfs of ``size`` mounted at ``where``; None where mounting is not possible
    (the caller then falls back to a file-size limit in a subprocess)."""
    where.mkdir(parents=True, exist_ok=True)
    if not _can_mount():
        yield None
        return
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        yield None
        return
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def fill(folder: Path, leave: int = 0) -> Path:
    """Write a filler file until the file system is full (less ``leave`` bytes)."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 4096
    with filler.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(chunk)
        except OSError:  # ENOSPC: full
            pass
        small = b"\0" * 512
        with contextlib.suppress(OSError):
            while True:
                fh.write(small)
    if leave:
        with filler.open("rb+") as fh:
            fh.truncate(max(0, filler.stat().st_size - leave))
    return filler
