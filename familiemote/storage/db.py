"""Opening a database: checks first, then the engine, then migrations to head.

A database that cannot be opened raises :class:`DatabaseOpenError` with a code
the UI words in Norwegian. Every check that can fail runs *before* anything is
written, so a file we refuse is left exactly as it was.

With a passphrase, an SQLite file is encrypted with SQLCipher 4 (its default
cipher settings) through SQLAlchemy's ``sqlite+pysqlcipher`` dialect: the key is
set with ``PRAGMA key`` first thing on every new connection. Without one, plain
SQLite (tests, and files made before encryption). This module also holds the
low-level parts of backup, restore, rekey and encrypting a plain file.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import stat
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from familiemote.domain.errors import (
    BackupCode,
    BackupError,
    DatabaseOpenCode,
    DatabaseOpenError,
)
from familiemote.storage.orm import start_mappers

if TYPE_CHECKING:  # Alembic is imported only when a migration runs (start-up time)
    from alembic.config import Config

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 5000
CIPHER_DRIVER = "sqlite+pysqlcipher"
# SQLCipher pages are 4096 bytes by default; an encrypted file starts with a random salt.
CIPHER_PAGE_SIZE = 4096
_PRINTABLE = set(string.printable.encode())


@dataclass
class Database:
    """An open, migrated database: the engine and the session factory over it.

    ``url`` never leaves this object as text with the passphrase in it.
    """

    engine: Engine
    session_factory: sessionmaker[Session]
    url: URL
    _kwargs: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def display_location(self) -> str:
        """Where the data is, for the user: a file path, or the server without password."""
        if self.url.get_backend_name() == "sqlite":
            return self.url.database or ":memory:"
        return self.url.render_as_string(hide_password=True)

    @property
    def encrypted(self) -> bool:
        return self.url.drivername == CIPHER_DRIVER

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server or an in-memory database."""
        if self.url.get_backend_name() != "sqlite" or self.url.database in (None, "", ":memory:"):
            return None
        return Path(self.url.database or "")

    def dispose(self) -> None:
        self.engine.dispose()

    def verify_passphrase(self, candidate: str) -> bool:
        """Whether ``candidate`` opens the file: tried on a fresh connection, not compared."""
        if not self.encrypted or self.path is None:
            return False
        try:
            conn = _raw_connect(self.path, candidate)
        except DatabaseOpenError:
            return False
        conn.close()
        return True

    def reconnect(self, passphrase: str | None = None) -> None:
        """Close every connection and connect anew (after a rekey or a restore).

        The session factory stays the same object, so unit-of-work factories that
        hold it keep working.
        """
        self.engine.dispose()
        if passphrase is not None:
            self.url = self.url.set(password=passphrase)
        self.engine = _create_engine(self.url, self._kwargs, wal=self.path is not None)
        self.session_factory.configure(bind=self.engine)


def sqlite_url(path: str | os.PathLike[str]) -> str:
    return "sqlite:///" + str(Path(path).expanduser().absolute())


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL (which the app and the command line encrypt), else None."""
    try:
        parsed = make_url(url)
    except sa.exc.ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database or "")


def is_new_file(path: Path) -> bool:
    """No database there yet: a first start, where a new passphrase is chosen."""
    if path.exists() and not (path.is_file() and path.stat().st_size == 0):
        return False
    wal = Path(f"{path}-wal")  # a first start killed before its first checkpoint
    return not (wal.is_file() and wal.stat().st_size > 0)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None and engine.url.password is None:
        # never a passphrase in Alembic's (interpolating) config; open_database
        # hands Alembic its connection instead
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:[\"']([^\"']+)[\"']|None)", re.MULTILINE
)


@functools.cache
def known_revisions() -> dict[str, str | None]:
    """Each migration's revision id and the one before it, by reading the files' text.

    Importing Alembic (and Mako) costs a third of a second at every start; this
    plain scan is enough to tell whether a database is at head, and Alembic is
    imported only when it is not. tests/integration/test_storage.py checks that
    the scan agrees with Alembic's own reading of the scripts.
    """
    graph: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = {key: value for key, value in _REVISION_LINE.findall(script.read_text("utf-8"))}
        if "revision" in found:
            graph[found["revision"]] = found.get("down_revision") or None
    return graph


def head_revision() -> str:
    graph = known_revisions()
    heads = set(graph) - {down for down in graph.values() if down is not None}
    assert len(heads) == 1, f"migrations must form one line: heads {sorted(heads)}"
    return heads.pop()


def looks_encrypted(header: bytes, size: int) -> bool:
    """An SQLCipher file: whole pages, and a first page that starts with random salt.

    Sixteen random bytes are all printable with a chance of about one in ten million,
    so a text file is not taken for an encrypted database.
    """
    return (
        size >= CIPHER_PAGE_SIZE
        and size % 512 == 0
        and header != SQLITE_MAGIC
        and not set(header) <= _PRINTABLE
    )


def _file_header(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return b""
    except PermissionError as exc:
        raise DatabaseOpenError(DatabaseOpenCode.READ_ONLY, str(path), str(exc)) from exc


def _check_sqlite_file(path: Path, *, encrypted: bool = False) -> None:
    """Refuse a location we cannot use before SQLite touches it."""
    location = str(path)
    if not path.parent.is_dir():
        raise DatabaseOpenError(DatabaseOpenCode.MISSING_FOLDER, location)
    if not path.exists():
        if not os.access(path.parent, os.W_OK | os.X_OK):
            raise DatabaseOpenError(DatabaseOpenCode.READ_ONLY, location, "folder")
        return
    if not path.is_file():
        raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location, "not a file")
    header = _file_header(path)
    if encrypted:
        if header == SQLITE_MAGIC:
            raise DatabaseOpenError(DatabaseOpenCode.UNENCRYPTED, location)
        if header and not looks_encrypted(header, path.stat().st_size):
            raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location)
    elif header and header != SQLITE_MAGIC:
        raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location)
    # The write bits count even for root (who may write anyway): a file the user
    # marked read-only is one they do not want changed.
    mode = path.stat().st_mode
    writable_bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    if not mode & writable_bits or not os.access(path, os.W_OK):
        raise DatabaseOpenError(DatabaseOpenCode.READ_ONLY, location)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        # SQLite needs the folder for its journal (-wal, -shm) files.
        raise DatabaseOpenError(DatabaseOpenCode.READ_ONLY, location, "folder")


def _configure_sqlite(engine: Engine) -> None:
    # The pysqlcipher dialect's own connect hook, registered when the engine was
    # created and so run before these, has already set PRAGMA key.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, open transactions, so DDL in
        # migrations is transactional too (SQLAlchemy's pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # sorts and temporary tables stay in memory, never in a plain temp file
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN")


def _set_wal(dbapi_connection: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _enable_wal(engine: Engine) -> None:
    """WAL and full sync: a committed change survives a crash or a killed process.

    (Set on the pooled connection too rather than reconnecting: with SQLCipher each
    new connection costs a key derivation.)
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        _set_wal(dbapi_connection)


def _hide_password(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


def _classify(exc: Exception, location: str, encrypted: bool = False) -> DatabaseOpenError:
    text = str(exc).lower()
    if encrypted and "not a database" in text:
        code = DatabaseOpenCode.WRONG_PASSPHRASE
    elif "not a database" in text or "malformed" in text or "file is encrypted" in text:
        code = DatabaseOpenCode.NOT_A_DATABASE
    elif "readonly" in text or "read-only" in text:
        code = DatabaseOpenCode.READ_ONLY
    elif "locked" in text or "busy" in text:
        code = DatabaseOpenCode.LOCKED
    elif "unable to open" in text:
        code = DatabaseOpenCode.MISSING_FOLDER
    elif "password" in text or "authentication failed" in text:
        code = DatabaseOpenCode.LOGIN_FAILED  # the server needs a (right) password
    elif "connection" in text or "could not connect" in text:
        code = DatabaseOpenCode.UNREACHABLE
    else:
        code = DatabaseOpenCode.UNKNOWN
    return DatabaseOpenError(code, location, str(exc).splitlines()[0] if str(exc) else "")


def _current_revisions(conn: sa.Connection) -> set[str]:
    """The revisions in alembic_version (what Alembic's get_current_heads reads), by plain SQL."""
    if not sa.inspect(conn).has_table("alembic_version"):
        return set()
    return {str(r[0]) for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}


def _check_schema(conn: sa.Connection, location: str) -> set[str]:
    """Refuse a schema newer than ours, or a database that belongs to another program.

    Returns the database's current revisions.
    """
    known = set(known_revisions())
    current = _current_revisions(conn)
    if current - known:
        raise DatabaseOpenError(
            DatabaseOpenCode.NEWER_SCHEMA, location, ",".join(sorted(current - known))
        )
    if not current:
        tables = set(sa.inspect(conn).get_table_names()) - {"alembic_version"}
        if tables:
            raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location, "foreign tables")
    return current


def _migrate(engine: Engine, is_sqlite: bool, location: str) -> None:
    """Upgrade to head in one transaction.

    On SQLite, foreign keys are off while migrations run: a migration that must
    rebuild a table (drop and recreate) would otherwise cascade-delete every row
    that refers to it. The keys are checked before the commit instead.
    """
    from alembic import command

    with engine.connect() as conn:
        if is_sqlite:
            # outside a transaction, where SQLite honours this pragma
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if is_sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseOpenError(
                            DatabaseOpenCode.UNKNOWN, location, f"foreign keys: {broken[:3]}"
                        )
        finally:
            if is_sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


def _silence_cipher_log() -> None:
    """SQLCipher logs a failed key to stderr; a wrong passphrase is our message, not its."""
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover - a dependency
        return
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


def _create_engine(parsed: URL, kwargs: dict[str, Any], *, wal: bool) -> Engine:
    engine = sa.create_engine(parsed, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        _configure_sqlite(engine)
        if wal:
            _enable_wal(engine)
    return engine


def open_database(
    url: str,
    *,
    passphrase: str | None = None,
    create_folder: bool = False,
    migrate: bool = True,
) -> Database:
    """Open (and if needed create and migrate) the database at ``url``.

    With ``passphrase``, an SQLite database is encrypted (a new file) or must be
    (an existing one): a plain file raises ``UNENCRYPTED``, a passphrase that does
    not open it ``WRONG_PASSPHRASE``; neither changes the file. The passphrase is
    ignored for a database server.
    """
    start_mappers()
    try:
        parsed = make_url(url)
        parsed.get_dialect()  # an unknown database kind or a missing driver fails here
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError) as exc:
        raise DatabaseOpenError(DatabaseOpenCode.BAD_URL, _hide_password(url), str(exc)) from exc
    is_sqlite = parsed.get_backend_name() == "sqlite"
    file_db = is_sqlite and parsed.database not in (None, "", ":memory:")
    encrypted = file_db and passphrase is not None
    if encrypted:
        if not passphrase:
            raise DatabaseOpenError(DatabaseOpenCode.WRONG_PASSPHRASE, parsed.database or "")
        _silence_cipher_log()
        parsed = parsed.set(drivername=CIPHER_DRIVER, password=passphrase)
    location = (
        (parsed.database or ":memory:")
        if is_sqlite
        else parsed.render_as_string(hide_password=True)
    )
    if file_db:
        assert parsed.database is not None
        path = Path(parsed.database)
        if create_folder:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _check_sqlite_file(path, encrypted=encrypted)

    kwargs: dict[str, Any] = {}
    if not is_sqlite:
        kwargs["pool_pre_ping"] = True
    if encrypted:
        # the pool plain SQLite files get (the cipher dialect would share one
        # connection per thread, nested units of work included)
        kwargs["poolclass"] = sa.pool.QueuePool
    # WAL mode is set only after the checks: switching to it writes to the file
    engine = _create_engine(parsed, kwargs, wal=False)
    try:
        if encrypted:
            # the key is tried before anything could be written: a wrong one
            # fails on this first read and leaves the file as it was
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        with engine.connect() as conn:
            current = _check_schema(conn, location)
        if file_db:
            _enable_wal(engine)  # every new connection, and the one already pooled:
            with engine.connect() as conn:
                _set_wal(conn.connection.driver_connection)
        if migrate and current != {head_revision()}:  # at head: Alembic is not even imported
            _migrate(engine, is_sqlite, location)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise _classify(exc, location, encrypted) from exc
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, session_factory=factory, url=parsed, _kwargs=kwargs)


# -- encrypted files: raw connections, checks, backup, restore, rekey -----------


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _raw_connect(path: Path, passphrase: str | None) -> Any:
    """A plain DB-API connection to ``path`` with the key set; raises if it does not open it."""
    import sqlcipher3

    _silence_cipher_log()
    location = str(path)
    if passphrase is not None and _file_header(path) == SQLITE_MAGIC:
        raise DatabaseOpenError(DatabaseOpenCode.UNENCRYPTED, location)
    conn = sqlcipher3.connect(location, isolation_level=None)
    try:
        if passphrase is not None:
            conn.execute(f"PRAGMA key = {_sql_text(passphrase)}")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        size = path.stat().st_size if path.is_file() else 0
        if passphrase is not None and looks_encrypted(_file_header(path), size):
            raise DatabaseOpenError(DatabaseOpenCode.WRONG_PASSPHRASE, location) from exc
        raise _classify(exc, location) from exc
    return conn


def check_database_file(path: Path, passphrase: str | None) -> None:
    """Raise unless ``path`` is a Familiemøte database the passphrase opens, whole and not newer.

    Used on a backup before it may replace anything; only reads the file.
    """
    location = str(path)
    if not path.is_file():
        raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location, "no such file")
    import sqlcipher3

    conn = _raw_connect(path, passphrase)
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise DatabaseOpenError(DatabaseOpenCode.DAMAGED, location, "; ".join(result[:3]))
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables or "cases" not in tables:
            raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location, "no schema")
        current = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
    except sqlcipher3.DatabaseError as exc:  # a page that does not decrypt, say
        raise DatabaseOpenError(DatabaseOpenCode.DAMAGED, location, str(exc)) from exc
    finally:
        conn.close()
    known = set(known_revisions())
    if current - known:
        raise DatabaseOpenError(
            DatabaseOpenCode.NEWER_SCHEMA, location, ",".join(sorted(current - known))
        )


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


def _remove_quietly(path: Path) -> None:
    for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        extra.unlink(missing_ok=True)


def _passphrase(db: Database) -> str | None:
    return db.url.password if db.encrypted else None


def backup_database(db: Database, target: Path) -> None:
    """Write a consistent copy of the open database to ``target`` while it is in use.

    SQLite's online backup API between two connections with the same key, so an
    encrypted database gives an encrypted copy. The copy is written beside the
    target, checked (it opens with the key and passes ``integrity_check``), and
    only then moved into place; it is a single file (rollback journal, not WAL).
    """
    source_path = db.path
    if source_path is None:
        raise BackupError(BackupCode.NOT_SUPPORTED, db.display_location)
    target = target.expanduser().absolute()
    if target.exists() and target.resolve() == source_path.resolve():
        raise BackupError(BackupCode.SAME_FILE, str(target))
    if not target.parent.is_dir() or not os.access(target.parent, os.W_OK | os.X_OK):
        raise BackupError(BackupCode.CANNOT_WRITE, str(target), "folder")
    passphrase = _passphrase(db)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    _remove_quietly(tmp)
    try:
        dst = _raw_connect(tmp, passphrase)
        try:
            with db.engine.connect() as conn:
                source = conn.connection.driver_connection
                assert source is not None
                source.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        check_database_file(tmp, passphrase)
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_folder(target.parent)
    except OSError as exc:
        raise BackupError(BackupCode.CANNOT_WRITE, str(target), str(exc)) from exc
    finally:
        _remove_quietly(tmp)


def _export(source: Any, target: Path, passphrase: str | None) -> None:
    """Copy everything the open ``source`` connection holds into a new file, keyed anew."""
    key = "" if passphrase is None else passphrase
    source.execute(f"ATTACH DATABASE {_sql_text(str(target))} AS export KEY {_sql_text(key)}")
    try:
        source.execute("SELECT sqlcipher_export('export')")
    finally:
        source.execute("DETACH DATABASE export")


def restore_database(
    db_path: Path,
    source: Path,
    passphrase: str | None,
    *,
    now: dt.datetime,
    source_passphrase: str | None = None,
) -> Path:
    """Replace the database at ``db_path`` by the backup ``source``.

    The backup is checked first (it opens, passes ``integrity_check``, its schema
    is not newer than ours); nothing is replaced unless it passes. The restored
    database takes ``passphrase`` (the backup may have been made under an older one,
    given as ``source_passphrase``). The previous database is kept beside it as
    ``<name>.before-restore-<timestamp>``; that path is returned.
    The caller makes sure no connection to ``db_path`` is open.
    """
    db_path = db_path.expanduser().absolute()
    source = source.expanduser().absolute()
    source_key = passphrase if source_passphrase is None else source_passphrase
    check_database_file(source, source_key)
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise BackupError(BackupCode.SAME_FILE, str(source))
    if not os.access(db_path.parent, os.W_OK | os.X_OK):
        raise BackupError(BackupCode.CANNOT_WRITE, str(db_path), "folder")
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.restoring")
    keep = db_path.with_name(f"{db_path.name}.before-restore-{now:%Y%m%d-%H%M%S}")
    _remove_quietly(tmp)
    try:
        conn = _raw_connect(source, source_key)
        try:
            _export(conn, tmp, passphrase)
        finally:
            conn.close()
        check_database_file(tmp, passphrase)
        _fsync_file(tmp)
        if db_path.exists():
            _checkpoint_quietly(db_path, passphrase)
            os.replace(db_path, keep)
            for suffix in ("-wal", "-shm"):
                extra = Path(f"{db_path}{suffix}")
                if extra.exists():
                    os.replace(extra, Path(f"{keep}{suffix}"))
        os.replace(tmp, db_path)
        _fsync_folder(db_path.parent)
    except OSError as exc:
        raise BackupError(BackupCode.CANNOT_WRITE, str(db_path), str(exc)) from exc
    finally:
        _remove_quietly(tmp)
    return keep


def _checkpoint_quietly(path: Path, passphrase: str | None) -> None:
    """Fold the WAL into the file, if the passphrase opens it (else the WAL moves along)."""
    try:
        conn = _raw_connect(path, passphrase)
    except DatabaseOpenError:
        return
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def encrypt_plain_database(path: Path, passphrase: str) -> None:
    """Encrypt a plain SQLite file in place: an encrypted copy, checked, replaces it.

    The plain original is removed (its old disk blocks are not overwritten).
    """
    if not passphrase:
        raise DatabaseOpenError(DatabaseOpenCode.WRONG_PASSPHRASE, str(path))
    if _file_header(path) != SQLITE_MAGIC:
        raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, str(path))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.encrypting")
    _remove_quietly(tmp)
    try:
        conn = _raw_connect(path, None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            _export(conn, tmp, passphrase)
        finally:
            conn.close()
        check_database_file(tmp, passphrase)
        _fsync_file(tmp)
        os.replace(tmp, path)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        _fsync_folder(path.parent)
    except OSError as exc:
        raise DatabaseOpenError(DatabaseOpenCode.READ_ONLY, str(path), str(exc)) from exc
    finally:
        _remove_quietly(tmp)


def change_passphrase(db: Database, old: str, new: str) -> None:
    """Re-encrypt the open database under ``new`` (PRAGMA rekey) and reconnect with it."""
    path = db.path
    if path is None or not db.encrypted:
        raise BackupError(BackupCode.NOT_SUPPORTED, db.display_location)
    if not new:
        raise DatabaseOpenError(DatabaseOpenCode.WRONG_PASSPHRASE, str(path), "empty")
    if not db.verify_passphrase(old):
        raise DatabaseOpenError(DatabaseOpenCode.WRONG_PASSPHRASE, str(path))
    db.engine.dispose()
    conn = _raw_connect(path, old)
    try:
        conn.execute(f"PRAGMA rekey = {_sql_text(new)}")
    finally:
        conn.close()
    db.reconnect(new)
