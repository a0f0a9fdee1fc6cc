"""Checked copies of an SQLite database file: backup, restore, encrypting, a new passphrase.

Each of these writes a copy beside its target (owner-only from the start),
checks it (it opens with its key, passes the page and integrity checks, and holds
the same rows and audit head as what it was made from: :func:`content_fingerprint`),
and only then puts it in place; on SQLite (SQLCipher 4 when encrypted). Opening a
database is :mod:`familiemote.storage.db`; these functions work on the file with
plain DB-API connections (:func:`familiemote.storage.db.raw_connect`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from familiemote.domain.errors import BackupCode, BackupError, DatabaseOpenCode, DatabaseOpenError
from familiemote.storage.db import (
    create_private_file,
    file_header,
    is_write_failure,
    known_revisions,
    looks_encrypted,
    make_private,
    page_damage,
    raw_connect,
    remove_with_journals,
    sql_text,
)
from familiemote.storage.location import SQLITE_MAGIC, folder_writable

if TYPE_CHECKING:
    from familiemote.storage.db import Database

log = logging.getLogger(__name__)


def content_fingerprint(conn: Any) -> str:
    """Row counts of every table and the newest audit entry, as one digest.

    A backup, a restored database or a re-keyed file must give the same digest as
    what it was made from before anyone is told it is done. ``conn`` is a DB-API
    connection with the key set.
    """
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    digest = hashlib.sha256()
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        (count,) = conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()
        digest.update(f"{name}={count};".encode())
    if "audit_log" in names:  # the head of the hash chain: every column of the newest entry
        head = conn.execute("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        digest.update(f"audit_head={head!r}".encode())
    return digest.hexdigest()


def check_database_file(path: Path, passphrase: str | None) -> str:
    """Raise unless ``path`` is a Familiemøte database the passphrase opens, whole and not newer.

    Used on a backup before it may replace anything, and on every copy before it
    is put in place; only reads the file. Returns the content's fingerprint
    (:func:`content_fingerprint`).
    """
    location = str(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location, "no such file") from exc
    if not stat.S_ISREG(st.st_mode):  # never open a FIFO or a device
        raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location, "not a regular file")
    import sqlcipher3

    conn = raw_connect(path, passphrase)
    try:
        if passphrase is not None:
            damage = page_damage(lambda sql: list(conn.execute(sql).fetchall()))
            if damage:
                raise DatabaseOpenError(DatabaseOpenCode.DAMAGED, location, "; ".join(damage[:3]))
        result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise DatabaseOpenError(DatabaseOpenCode.DAMAGED, location, "; ".join(result[:3]))
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables or "cases" not in tables:
            raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location, "no schema")
        current = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
        fingerprint = content_fingerprint(conn)
    except sqlcipher3.DatabaseError as exc:  # a page that does not decrypt, say
        raise DatabaseOpenError(DatabaseOpenCode.DAMAGED, location, str(exc)) from exc
    finally:
        conn.close()
    known = set(known_revisions())
    if current - known:
        raise DatabaseOpenError(
            DatabaseOpenCode.NEWER_SCHEMA, location, ",".join(sorted(current - known))
        )
    return fingerprint


def _is_familiemote_schema(conn: Any) -> bool:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    return "alembic_version" in tables and "cases" in tables


def check_replaceable(path: Path, passphrase: str | None, *, may_be_missing: bool) -> None:
    """Raise unless ``path`` is something restore or a passphrase change may replace.

    That is a regular, writable file in a writable folder which is a Familiemøte
    database: a plain one with our schema, or an encrypted one (that ``passphrase``
    opens to our schema, or that it does not open: a database under another
    passphrase cannot be told from one by its bytes, and restore keeps it aside).
    With ``may_be_missing``, also a path where nothing is yet (or an empty file).
    Only ``os.stat`` is used before the file is known to be regular, so a FIFO or
    a device is refused without being opened (opening a FIFO would hang).
    """
    location = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if not may_be_missing:
            raise DatabaseOpenError(DatabaseOpenCode.NO_SUCH_FILE, location) from None
        if not path.parent.is_dir():
            raise DatabaseOpenError(DatabaseOpenCode.MISSING_FOLDER, location) from None
        if not folder_writable(path.parent):
            raise DatabaseOpenError(DatabaseOpenCode.READ_ONLY, location, "folder") from None
        return
    except OSError as exc:  # a path through a file, a loop of links...
        raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location, str(exc)) from exc
    if not stat.S_ISREG(st.st_mode):
        raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location, "not a regular file")
    writable_bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    if not st.st_mode & writable_bits or not os.access(path, os.W_OK):
        raise DatabaseOpenError(DatabaseOpenCode.READ_ONLY, location)
    if not folder_writable(path.parent):
        raise DatabaseOpenError(DatabaseOpenCode.READ_ONLY, location, "folder")
    if st.st_size == 0:
        if may_be_missing:
            return
        raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location, "empty file")
    header = file_header(path)
    import sqlcipher3

    if header == SQLITE_MAGIC:
        key: str | None = None
    elif looks_encrypted(header, st.st_size):
        key = passphrase
    else:
        raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location, "not SQLite")
    if header != SQLITE_MAGIC and passphrase is None:
        return
    try:
        conn = raw_connect(path, key)
    except DatabaseOpenError as err:
        if err.code is DatabaseOpenCode.WRONG_PASSPHRASE:
            return  # encrypted under another passphrase
        raise
    try:
        ours = _is_familiemote_schema(conn)
    except sqlcipher3.DatabaseError:
        # the key opens it but a page does not decrypt: a damaged database, which is
        # what restore is for (it is kept aside, not deleted)
        ours = True
    finally:
        conn.close()
    if not ours:
        raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location, "foreign tables")


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _passphrase(db: Database) -> str | None:
    return db.url.password if db.encrypted else None


def _new_private(path: Path) -> None:
    """A fresh empty file at ``path`` for SQLite to fill, owner-only from the start."""
    remove_with_journals(path)
    create_private_file(path)


def _cannot_write(exc: BaseException, location: str) -> BackupError:
    return BackupError(
        BackupCode.CANNOT_WRITE, location, str(exc).splitlines()[0] if str(exc) else ""
    )


def backup_database(db: Database, target: Path) -> None:
    """Write a consistent copy of the open database to ``target`` while it is in use.

    SQLite's online backup API between two connections with the same key, so an
    encrypted database gives an encrypted copy. The copy is written beside the
    target (owner-only), checked (it opens with the key, passes the page and
    integrity checks, and holds the same rows and audit head as the snapshot it
    was taken from), and only then moved into place; it is a single file
    (rollback journal, not WAL).
    """
    import sqlcipher3

    source_path = db.path
    if source_path is None:
        raise BackupError(BackupCode.NOT_SUPPORTED, db.display_location)
    target = target.expanduser().absolute()
    if target.exists() and target.resolve() == source_path.resolve():
        raise BackupError(BackupCode.SAME_FILE, str(target))
    if not target.parent.is_dir() or not os.access(target.parent, os.W_OK | os.X_OK):
        raise BackupError(BackupCode.CANNOT_WRITE, str(target), "folder")
    try:
        st = os.stat(target)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise _cannot_write(exc, str(target)) from exc
    else:
        if not stat.S_ISREG(st.st_mode):  # a FIFO or a device is not replaced by a file
            raise BackupError(BackupCode.CANNOT_WRITE, str(target), "not a regular file")
    passphrase = _passphrase(db)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        _new_private(tmp)
        dst = raw_connect(tmp, passphrase)
        try:
            with db.engine.connect() as conn:
                source = conn.connection.driver_connection
                assert source is not None
                expected = _snapshot_copy(source, dst, str(source_path), passphrase is not None)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        try:
            copied = check_database_file(tmp, passphrase)
        except DatabaseOpenError as err:
            raise BackupError(BackupCode.NOT_VERIFIED, str(target), str(err)) from err
        if copied != expected:
            raise BackupError(BackupCode.NOT_VERIFIED, str(target), "content differs")
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_folder(target.parent)
    except OSError as exc:
        raise _cannot_write(exc, str(target)) from exc
    except sqlcipher3.DatabaseError as exc:
        raise _cannot_write(exc, str(target)) from exc
    finally:
        remove_with_journals(tmp)


def _snapshot_copy(source: Any, dst: Any, location: str, encrypted: bool) -> str:
    """Copy ``source`` into ``dst`` within one read transaction; the snapshot's fingerprint.

    A page of the source that does not decrypt is told as ``DAMAGED`` (the
    database), a write that fails as ``CANNOT_WRITE`` (the caller).
    """
    import sqlcipher3

    source.execute("BEGIN")
    try:
        try:
            expected = content_fingerprint(source)
        except sqlcipher3.DatabaseError as exc:
            raise DatabaseOpenError(DatabaseOpenCode.DAMAGED, location, str(exc)) from exc
        try:
            source.backup(dst)
        except sqlcipher3.DatabaseError as exc:
            damage = (
                page_damage(lambda sql: list(source.execute(sql).fetchall())) if encrypted else []
            )
            if damage:
                detail = "; ".join(damage[:3])
                raise DatabaseOpenError(DatabaseOpenCode.DAMAGED, location, detail) from exc
            raise
    finally:
        source.execute("COMMIT")
    return expected


def _export(source: Any, target: Path, passphrase: str | None) -> None:
    """Copy everything the open ``source`` connection holds into a new file, keyed anew."""
    key = "" if passphrase is None else passphrase
    source.execute(f"ATTACH DATABASE {sql_text(str(target))} AS export KEY {sql_text(key)}")
    try:
        source.execute("SELECT sqlcipher_export('export')")
    finally:
        source.execute("DETACH DATABASE export")


def _move_journals(frm: Path, to: Path) -> None:
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{frm}{suffix}")
        if extra.exists():
            os.replace(extra, Path(f"{to}{suffix}"))


def restore_database(
    db_path: Path,
    source: Path,
    passphrase: str | None,
    *,
    now: dt.datetime,
    source_passphrase: str | None = None,
) -> Path:
    """Replace the database at ``db_path`` by the backup ``source``.

    ``db_path`` must be a Familiemøte database or nothing yet
    (:func:`check_replaceable`). The backup is checked first (it opens, passes
    the page and integrity checks, its schema is not newer than ours); nothing is
    replaced unless it passes, and the copy put in place must hold the same rows
    and audit head as the backup. The restored database takes ``passphrase`` (the
    backup may have been made under an older one, given as ``source_passphrase``).
    The previous database is kept beside it as ``<name>.before-restore-<timestamp>``;
    that path is returned. The caller makes sure no connection to ``db_path`` is open.
    """
    import sqlcipher3

    db_path = db_path.expanduser().absolute()
    source = source.expanduser().absolute()
    source_key = passphrase if source_passphrase is None else source_passphrase
    if db_path.exists() and source.exists() and source.resolve() == db_path.resolve():
        raise BackupError(BackupCode.SAME_FILE, str(source))
    check_replaceable(db_path, passphrase, may_be_missing=True)
    try:
        expected = check_database_file(source, source_key)
    except DatabaseOpenError as err:
        if err.code is DatabaseOpenCode.DAMAGED:
            raise BackupError(BackupCode.DAMAGED_BACKUP, str(source), err.detail) from err
        raise
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.restoring")
    keep = db_path.with_name(f"{db_path.name}.before-restore-{now:%Y%m%d-%H%M%S}")
    moved_aside = False
    try:
        _new_private(tmp)
        conn = raw_connect(source, source_key)
        try:
            _export(conn, tmp, passphrase)
        finally:
            conn.close()
        try:
            copied = check_database_file(tmp, passphrase)
        except DatabaseOpenError as err:
            raise BackupError(BackupCode.NOT_VERIFIED, str(db_path), str(err)) from err
        if copied != expected:
            raise BackupError(BackupCode.NOT_VERIFIED, str(db_path), "content differs")
        _fsync_file(tmp)
        if db_path.exists() and db_path.stat().st_size > 0:
            _checkpoint_quietly(db_path, passphrase)
            os.replace(db_path, keep)
            _move_journals(db_path, keep)
            moved_aside = True
            make_private(keep)  # kept aside as owner-only as the database itself
        else:
            remove_with_journals(db_path)
        os.replace(tmp, db_path)
        _fsync_folder(db_path.parent)
        _verify_in_place(db_path, passphrase, expected)
    except BaseException as exc:
        if moved_aside:  # put the previous database back where it was
            os.replace(keep, db_path)
            _move_journals(keep, db_path)
        if isinstance(exc, OSError | sqlcipher3.DatabaseError):
            raise _cannot_write(exc, str(db_path)) from exc
        raise
    finally:
        remove_with_journals(tmp)
    return keep


def _verify_in_place(path: Path, passphrase: str | None, expected: str) -> None:
    """The file now at ``path`` opens with ``passphrase`` and holds ``expected``."""
    try:
        found = check_database_file(path, passphrase)
    except DatabaseOpenError as err:
        raise BackupError(BackupCode.NOT_VERIFIED, str(path), str(err)) from err
    if found != expected:
        raise BackupError(BackupCode.NOT_VERIFIED, str(path), "content differs")


def _checkpoint_quietly(path: Path, passphrase: str | None) -> None:
    """Fold the WAL into the file, if the passphrase opens it (else the WAL moves along)."""
    try:
        conn = raw_connect(path, passphrase)
    except DatabaseOpenError:
        return
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception:  # a damaged file is kept aside as it is
        log.warning("no checkpoint before the restore of %s", path, exc_info=True)
    finally:
        conn.close()


def _replace_verified(path: Path, tmp: Path, passphrase: str, expected: str) -> None:
    """Put the checked copy ``tmp`` in place of ``path``; check it there; undo if it fails.

    A hard link keeps the previous file until the copy in place has been read
    back (where the file system has no hard links, the check before is all).
    """
    previous = path.with_name(f".{path.name}.{os.getpid()}.previous")
    remove_with_journals(previous)
    try:
        os.link(path, previous)
    except OSError:
        previous_kept = False
    else:
        previous_kept = True
    try:
        _fsync_file(tmp)
        os.replace(tmp, path)
        for suffix in ("-wal", "-shm"):  # the previous file's, empty after a checkpoint
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        _fsync_folder(path.parent)
        _verify_in_place(path, passphrase, expected)
    except BaseException:
        if previous_kept:
            os.replace(previous, path)
            _fsync_folder(path.parent)
        raise
    finally:
        remove_with_journals(previous)


def encrypt_plain_database(path: Path, passphrase: str) -> None:
    """Encrypt a plain SQLite file in place: an encrypted copy, checked, replaces it.

    The plain original is removed (its old disk blocks are not overwritten).
    """
    import sqlcipher3

    if not passphrase:
        raise DatabaseOpenError(DatabaseOpenCode.WRONG_PASSPHRASE, str(path))
    check_replaceable(path, None, may_be_missing=False)
    if file_header(path) != SQLITE_MAGIC:
        raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, str(path))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.encrypting")
    try:
        _new_private(tmp)
        conn = raw_connect(path, None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            expected = content_fingerprint(conn)
            _export(conn, tmp, passphrase)
        finally:
            conn.close()
        if check_database_file(tmp, passphrase) != expected:
            raise BackupError(BackupCode.NOT_VERIFIED, str(path), "content differs")
        _replace_verified(path, tmp, passphrase, expected)
    except (OSError, sqlcipher3.DatabaseError) as exc:
        if is_write_failure(exc):
            raise _cannot_write(exc, str(path)) from exc
        raise DatabaseOpenError(DatabaseOpenCode.READ_ONLY, str(path), str(exc)) from exc
    finally:
        remove_with_journals(tmp)


def rekey_file(path: Path, old: str, new: str) -> None:
    """Re-encrypt the file at ``path`` from ``old`` to ``new``, verified before it is done.

    An encrypted copy under ``new`` is written beside it (owner-only), must open
    with ``new`` and hold the same rows and audit head as the file, and only then
    replaces it; it is read back once more in place. A damaged file raises
    ``DAMAGED`` and is not touched. No connection to ``path`` may be open.
    """
    import sqlcipher3

    if not new:
        raise DatabaseOpenError(DatabaseOpenCode.WRONG_PASSPHRASE, str(path), "empty")
    check_replaceable(path, old, may_be_missing=False)
    expected = check_database_file(path, old)  # whole, ours, and what the copy must hold
    tmp = path.with_name(f".{path.name}.{os.getpid()}.rekeying")
    try:
        _new_private(tmp)
        conn = raw_connect(path, old)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if content_fingerprint(conn) != expected:
                raise BackupError(BackupCode.NOT_VERIFIED, str(path), "changed while checked")
            _export(conn, tmp, new)
        finally:
            conn.close()
        try:
            copied = check_database_file(tmp, new)
        except DatabaseOpenError as err:
            raise BackupError(BackupCode.NOT_VERIFIED, str(path), str(err)) from err
        if copied != expected:
            raise BackupError(BackupCode.NOT_VERIFIED, str(path), "content differs")
        _replace_verified(path, tmp, new, expected)
    except (OSError, sqlcipher3.DatabaseError) as exc:
        raise _cannot_write(exc, str(path)) from exc
    finally:
        remove_with_journals(tmp)


def change_passphrase(db: Database, old: str, new: str) -> None:
    """Re-encrypt the open database under ``new`` (:func:`rekey_file`) and reconnect with it.

    On any failure the database keeps ``old`` and is reconnected with it.
    """
    path = db.path
    if path is None or not db.encrypted:
        raise BackupError(BackupCode.NOT_SUPPORTED, db.display_location)
    if not new:
        raise DatabaseOpenError(DatabaseOpenCode.WRONG_PASSPHRASE, str(path), "empty")
    if not db.verify_passphrase(old):
        raise DatabaseOpenError(DatabaseOpenCode.WRONG_PASSPHRASE, str(path))
    from familiemote.storage import audit_check

    audit_check.rewrap_for(db.engine, new)  # the audit trail's MAC key, under the new one too
    db.engine.dispose()
    try:
        rekey_file(path, old, new)
    except BaseException:
        db.reconnect(old)
        raise
    db.reconnect(new)
