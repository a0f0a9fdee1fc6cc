"""Backup and restore of the database file, and when the last backup was taken.

The file work is in :mod:`familiemote.storage.db` (SQLite's online backup API,
checks before anything is replaced); this module records the time of the last
backup in ``app_settings`` (key ``last_backup_at``) and says when one is due.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from familiemote.services.audit import record_in
from familiemote.storage import audit_check
from familiemote.storage.db import Database
from familiemote.storage.file_copies import backup_database, restore_database
from familiemote.storage.uow import SqlAlchemyUnitOfWork, UnitOfWork

KEY_LAST_BACKUP = "last_backup_at"
REMIND_AFTER = dt.timedelta(days=7)


def last_backup_at(uow: UnitOfWork) -> dt.datetime | None:
    """When the last backup of this database was written, or None if never."""
    with uow:
        value = uow.settings.value(KEY_LAST_BACKUP)
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _record_backup(uow: UnitOfWork, when: dt.datetime) -> None:
    text = when.isoformat(timespec="seconds")
    with uow:
        uow.settings.put(KEY_LAST_BACKUP, text)
        record_in(uow, None, "backup", {"document": "database"})
        uow.commit()


def make_backup(db: Database, target: Path, now: dt.datetime) -> None:
    """Write a consistent (and, for an encrypted database, encrypted) copy to ``target``."""
    backup_database(db, target)
    with db.engine.connect() as conn:  # the copy's newest entry, anchored outside it
        audit_check.note_backup(conn, str(target))
    _record_backup(SqlAlchemyUnitOfWork(db.session_factory), now)


def has_something_to_back_up(uow: UnitOfWork) -> bool:
    """Whether the database holds any case yet (a new, empty one has nothing to lose)."""
    with uow:
        return uow.case_queries.any_case()


def backup_is_due(last: dt.datetime | None, now: dt.datetime) -> bool:
    """A reminder is due when there never was a backup, or the last is older than a week."""
    return last is None or now - last > REMIND_AFTER


def restore_backup(
    db_path: Path,
    source: Path,
    passphrase: str | None,
    now: dt.datetime,
    source_passphrase: str | None = None,
) -> Path:
    """Check ``source`` and put it in place of the database; returns where the old one is kept.

    No connection to ``db_path`` may be open (close the app's engine first).
    """
    kept = restore_database(
        db_path, source, passphrase, now=now, source_passphrase=source_passphrase
    )
    audit_check.note_restore_file(db_path, passphrase)  # its entries are what to expect now
    return kept
