"""One Familiemøte at a time per database file: a lock file (QLockFile) beside the database.

A second window on the same file would keep its own connections and could, after
a restore or a change of passphrase in the first, write to a file it no longer
understands. The lock file names the process that holds it; a lock left by a
process that died (killed, crashed) is taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def acquire(db_path: Path) -> QLockFile | None:
    """The lock for ``db_path``, or None while another process holds it."""
    lock = QLockFile(str(lock_path(db_path)))
    # 0: never stale by age while the holder runs (the default, 30 s, would let a
    # second instance take the lock from a window that has been open a minute)
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    return None
