"""Opening a database: checks first, then the engine, then migrations to head.

A database that cannot be opened raises :class:`DatabaseOpenError` with a code
the UI words in Norwegian. Every check that can fail runs *before* anything is
written, so a file we refuse is left exactly as it was.

With a passphrase, an SQLite file is encrypted with SQLCipher 4 (its default
cipher settings) through SQLAlchemy's ``sqlite+pysqlcipher`` dialect: the key is
set with ``PRAGMA key`` first thing on every new connection. Without one, plain
SQLite (tests, and files made before encryption).

Where a database is (its file, whether it is new) is :mod:`familiemote.storage.location`,
re-exported here; backup, restore, encrypting a plain file and changing the
passphrase are :mod:`familiemote.storage.file_copies`.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import logging
import os
import re
import stat
import string
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from familiemote.domain.errors import (
    DatabaseOpenCode,
    DatabaseOpenError,
    DiskFullError,
)
from familiemote.storage import pg_options
from familiemote.storage.location import SQLITE_MAGIC as SQLITE_MAGIC
from familiemote.storage.location import is_new_file as is_new_file
from familiemote.storage.location import sqlite_file as sqlite_file
from familiemote.storage.location import sqlite_url as sqlite_url
from familiemote.storage.orm import start_mappers

if TYPE_CHECKING:  # Alembic is imported only when a migration runs (start-up time)
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 5000
CIPHER_DRIVER = "sqlite+pysqlcipher"
# SQLCipher pages are 4096 bytes by default; an encrypted file starts with a random salt.
CIPHER_PAGE_SIZE = 4096
_PRINTABLE = set(string.printable.encode())
log = logging.getLogger(__name__)


@dataclass
class Database:
    """An open, migrated database: the engine and the session factory over it.

    ``url`` never leaves this object as text with the passphrase in it.
    """

    engine: Engine
    session_factory: sessionmaker[Session]
    url: URL
    _kwargs: dict[str, Any] = field(default_factory=dict, repr=False)
    # an encrypted file too large for the page check at open: the caller runs
    # check_pages() once the window is up (the app does, in the background)
    pages_unchecked: bool = False

    @property
    def display_location(self) -> str:
        """Where the data is, for the user: a file path, or the server without password
        and without the connection options (``?sslrootcert=…``: a message names the server
        and the database, not how it is reached)."""
        if self.url.get_backend_name() == "sqlite":
            return self.url.database or ":memory:"
        return server_location(self.url)

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
            conn = raw_connect(self.path, candidate)
        except DatabaseOpenError:
            return False
        conn.close()
        return True

    @property
    def is_server(self) -> bool:
        return self.url.get_backend_name() != "sqlite"

    def verify_server_password(self, candidate: str) -> bool:
        """Whether the server accepts ``candidate`` as this login's password, on a fresh
        connection of its own (nothing pooled is used, nothing is stored).

        False for a refused password; a server that cannot be asked raises
        ``DatabaseOpenError`` (unreachable, not answering, ...). A server that lets this
        login in without a password (pg_hba ``trust``/``peer``) accepts any.
        """
        if not self.is_server or not candidate:
            return False
        import psycopg

        url = self.url.set(password=candidate)
        location = server_location(url)
        params: dict[str, Any] = {k: v for k, v in url.query.items() if isinstance(v, str)}
        params.setdefault("connect_timeout", str(pg_options.connect_timeout_s()))
        try:
            conn = psycopg.connect(
                host=url.host or None,
                port=url.port or None,
                dbname=url.database or None,
                user=url.username or None,
                password=candidate,
                **params,
            )
        except psycopg.Error as exc:
            error = _classify(exc, location)
            if error.code in (DatabaseOpenCode.LOGIN_FAILED, DatabaseOpenCode.PASSWORD_MISSING):
                return False
            raise error from None
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


def create_private_file(path: Path) -> None:
    """Create ``path`` empty, readable and writable by its owner only.

    SQLite accepts an empty file as a new database, and gives the ``-wal`` and
    ``-shm`` files it makes beside a database the database file's mode; so a
    database (or backup) created through this is never readable by other users,
    not even for a moment.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def make_private(path: Path) -> None:
    """Take group and other permissions off the database and its journals.

    Files made by earlier versions were created with the default mode (0644);
    only files the user owns are changed, and only their permission bits.
    """
    getuid = getattr(os, "getuid", None)
    if getuid is None:  # pragma: no cover - Windows: access is the user profile's
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            st = os.stat(candidate)
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode) and st.st_mode & 0o077 and st.st_uid == getuid():
            with contextlib.suppress(OSError):  # e.g. a file system without modes
                os.chmod(candidate, stat.S_IMODE(st.st_mode) & 0o700)


def is_write_failure(exc: BaseException) -> bool:
    """An SQLite error that means the disk is full (or refused the write): the
    user's to fix, not a bug."""
    text = str(exc).lower()
    return "disk is full" in text or "disk i/o error" in text or "no space" in text


def disk_full_error(exc: BaseException, location: str) -> DiskFullError:
    return DiskFullError(location, str(exc).splitlines()[0] if str(exc) else "")


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


# The page check reads the whole file (about 1 ms per 0.3 MB on an idle disk): at
# open for a file up to this size (a municipality's 2,000 cases with years of
# history is about 40 MB, 0.1 s); a larger file opens at once and is checked in
# the background (20,000 cases: 1.3 GB, 12 s).
PAGE_CHECK_AT_OPEN_MAX_BYTES = 64 * 1024 * 1024


def check_pages(db: Database) -> list[str]:
    """The page check of an open encrypted database: [] when whole (thread-safe: its
    own connection from the pool)."""
    with db.engine.connect() as conn:
        return page_damage(lambda sql: list(conn.exec_driver_sql(sql).fetchall()))


def page_damage(run: Callable[[str], list[Any]]) -> list[str]:
    """SQLCipher's check of every page of the file against its HMAC: [] when whole.

    ``run(sql)`` returns the rows of a statement on a keyed connection. It reads
    the file once (about 1 ms per 0.3 MB, see the README), so it runs at every
    open. It runs twice before a file is called damaged: a page being written back
    from the WAL by another process at that moment would otherwise read as torn.
    """
    problems: list[str] = []
    for _ in range(2):
        problems = [str(row[0]) for row in run("PRAGMA cipher_integrity_check")]
        if not problems:
            break
    return problems


def file_header(path: Path) -> bytes:
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
    header = file_header(path)
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

    @event.listens_for(engine, "checkout")
    def _on_checkout(_dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        record.info[_OUT_SINCE] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection: Any, record: Any) -> None:
        since = record.info.pop(_OUT_SINCE, None)
        if dbapi_connection is None or since is None:  # None: closed because it broke
            return
        if time.monotonic() - since > LONG_READ_S:
            release_read_memory(dbapi_connection)


# A unit of work that held its connection this long read (or wrote) thousands of pages.
LONG_READ_S = 0.05
_OUT_SINCE = "familiemote_out_since"


def release_read_memory(dbapi_connection: Any) -> None:
    """Give back what a long read left behind, when its connection goes back to the pool.

    Each pooled connection has its own page cache (SQLCipher's default: 8 MB) and
    keeps what it read until it is closed: the whole case list at 20,000 cases, a
    count over the audit trail, filled it in each connection, pages the next unit
    of work seldom wants (a read that big revisits more than fits). A short one
    keeps its pages (the next check of the trail's tail finds them). The freed
    pages and a worker thread's other garbage stay with glibc's allocator (one
    arena a thread) until ``malloc_trim`` hands them back to the system (about
    1 ms). Measured in the real window at 20,000 cases: peak memory with a case
    open 158 MiB against 169.
    """
    dbapi_connection.execute("PRAGMA shrink_memory")
    if _trim is not None:
        _trim(0)


def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None elsewhere (musl, macOS, Windows)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


_trim = _malloc_trim()


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


def server_location(url: URL) -> str:
    """A server's address for messages: no password, no connection options (the query)."""
    return url.set(query={}).render_as_string(hide_password=True)


def _hide_password(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (sa.exc.ArgumentError, ValueError):
        return url


SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def parse_url(url: str) -> URL:
    """The URL, if it is one Familiemøte can use (an SQLite file or PostgreSQL) and its
    driver is installed; else ``BAD_URL``."""
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
            raise DatabaseOpenError(DatabaseOpenCode.BAD_URL, _hide_password(url), "unsupported")
        dialect = parsed.get_dialect()  # an unknown database kind or a missing driver fails here
        if parsed.get_backend_name() != "sqlite":
            dialect.import_dbapi()  # the driver (SQLite's is imported anyway)
        _ = parsed.port  # a port that is no number (a bracket left open, say)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError, ValueError) as exc:
        raise DatabaseOpenError(DatabaseOpenCode.BAD_URL, _hide_password(url), str(exc)) from exc
    return parsed


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
    else:
        code = _classify_server(text)
    return DatabaseOpenError(code, location, _error_kind(exc))


def _classify_server(text: str) -> DatabaseOpenCode:
    """A PostgreSQL server's refusal, by libpq's and the server's own wording."""
    if "no password supplied" in text:
        return DatabaseOpenCode.PASSWORD_MISSING
    if (
        "certificate" in text
        or "root.crt" in text
        or "sslrootcert" in text
        or "does not match host name" in text
    ):
        return DatabaseOpenCode.CERTIFICATE
    if "pg_hba.conf" in text:
        return DatabaseOpenCode.REFUSED
    if "password authentication failed" in text or "authentication failed" in text:
        return DatabaseOpenCode.LOGIN_FAILED
    if "role" in text and "does not exist" in text:
        return DatabaseOpenCode.LOGIN_FAILED  # an unknown user name: told like a wrong password
    if "database" in text and "does not exist" in text:
        return DatabaseOpenCode.NO_SUCH_DATABASE
    if "permission denied" in text or "connect privilege" in text:
        return DatabaseOpenCode.NO_ACCESS
    if "statement timeout" in text or "canceling statement" in text or "timeout expired" in text:
        return DatabaseOpenCode.NOT_ANSWERING
    if "password" in text:
        return DatabaseOpenCode.LOGIN_FAILED
    if "connection" in text or "could not connect" in text or "server closed" in text:
        return DatabaseOpenCode.UNREACHABLE
    return DatabaseOpenCode.UNKNOWN


def _error_kind(exc: BaseException) -> str:
    """What went wrong, for a log: the driver's error class and its first line, never the
    statement or its parameters (which may hold a child's name or a note)."""
    orig = getattr(exc, "orig", None) or exc
    first = str(orig).splitlines()[0] if str(orig) else ""
    if "[SQL:" in first or "[parameters:" in first:
        first = ""
    return f"{type(orig).__name__}: {first}".strip().rstrip(":")


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
                if not is_sqlite:
                    pg_options.without_timeouts(conn)
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
            conn.info.pop(pg_options.NO_TIMEOUT, None)
            if is_sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


def silence_cipher_log() -> None:
    """SQLCipher logs a failed key to stderr; a wrong passphrase is our message, not its."""
    import sqlcipher3

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
    else:
        pg_options.install_client_timeout(engine)
    return engine


def open_database(
    url: str,
    *,
    passphrase: str | None = None,
    create_folder: bool = False,
    migrate: bool = True,
    create: bool = True,
) -> Database:
    """Open (and if needed create and migrate) the database at ``url``.

    With ``passphrase``, an SQLite database is encrypted (a new file) or must be
    (an existing one): a plain file raises ``UNENCRYPTED``, a passphrase that does
    not open it ``WRONG_PASSPHRASE``; neither changes the file. The passphrase is
    ignored for a database server. An encrypted file whose pages do not all pass
    SQLCipher's HMAC check raises ``DAMAGED``. A new file is created readable by
    its owner only; with ``create=False`` there is none made: a missing file raises
    ``NO_SUCH_FILE`` and an empty one ``NOT_A_DATABASE``.
    """
    start_mappers()
    parsed = parse_url(url)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    file_db = is_sqlite and parsed.database not in (None, "", ":memory:")
    encrypted = file_db and passphrase is not None
    if encrypted:
        if not passphrase:
            raise DatabaseOpenError(DatabaseOpenCode.WRONG_PASSPHRASE, parsed.database or "")
        silence_cipher_log()
        parsed = parsed.set(drivername=CIPHER_DRIVER, password=passphrase)
    location = (
        (parsed.database or ":memory:")
        if is_sqlite
        else server_location(parsed)
    )
    created: Path | None = None
    if file_db:
        assert parsed.database is not None
        path = Path(parsed.database)
        if create_folder and create:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _check_sqlite_file(path, encrypted=encrypted)
        if is_new_file(path) and not create:
            if path.exists():
                raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location, "empty file")
            raise DatabaseOpenError(DatabaseOpenCode.NO_SUCH_FILE, location)
        if not path.exists():
            try:
                create_private_file(path)
            except FileNotFoundError as exc:
                raise DatabaseOpenError(DatabaseOpenCode.MISSING_FOLDER, location) from exc
            except OSError as exc:  # a read-only file system, say
                raise DatabaseOpenError(DatabaseOpenCode.READ_ONLY, location, str(exc)) from exc
            created = path
    pages_now = encrypted and (
        created is not None
        or not path.exists()
        or path.stat().st_size <= PAGE_CHECK_AT_OPEN_MAX_BYTES
    )
    try:
        db = _open_checked(
            parsed,
            location,
            is_sqlite=is_sqlite,
            file_db=file_db,
            encrypted=encrypted,
            migrate=migrate,
            check_pages_now=pages_now,
        )
        db.pages_unchecked = encrypted and not pages_now
        return db
    except BaseException:
        # a file made just now and refused (no passphrase, say) is removed again
        if created is not None and created.is_file() and created.stat().st_size == 0:
            remove_with_journals(created)
        raise


def _open_checked(
    parsed: URL,
    location: str,
    *,
    is_sqlite: bool,
    file_db: bool,
    encrypted: bool,
    migrate: bool,
    check_pages_now: bool = True,
) -> Database:
    kwargs: dict[str, Any] = {}
    if not is_sqlite:  # timeouts, and no statement values in error text (pg_options.py)
        kwargs.update(pg_options.server_engine_kwargs(parsed))
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
                damage = (
                    page_damage(lambda sql: list(conn.exec_driver_sql(sql).fetchall()))
                    if check_pages_now
                    else []
                )
                if damage:
                    detail = "; ".join(damage[:3])
                    raise DatabaseOpenError(DatabaseOpenCode.DAMAGED, location, detail)
        with engine.connect() as conn:
            current = _check_schema(conn, location)
        if file_db:
            _enable_wal(engine)  # every new connection, and the one already pooled:
            with engine.connect() as conn:
                _set_wal(conn.connection.driver_connection)
        if migrate and current != {head_revision()}:  # at head: Alembic is not even imported
            _migrate(engine, is_sqlite, location)
        if migrate:  # a dropped append-only trigger of the audit trail: put back, or noted
            from familiemote.storage import audit_check

            audit_check.protect_at_open(engine)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise _classify(exc, location, encrypted) from exc
    if file_db:
        make_private(Path(parsed.database or ""))
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, session_factory=factory, url=parsed, _kwargs=kwargs)


# -- raw connections to an SQLite file (checks, backups, rekeying) -----------


def sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def raw_connect(path: Path, passphrase: str | None) -> Any:
    """A plain DB-API connection to ``path`` with the key set; raises if it does not open it."""
    import sqlcipher3

    silence_cipher_log()
    location = str(path)
    if passphrase is not None and file_header(path) == SQLITE_MAGIC:
        raise DatabaseOpenError(DatabaseOpenCode.UNENCRYPTED, location)
    conn = sqlcipher3.connect(location, isolation_level=None)
    try:
        if passphrase is not None:
            conn.execute(f"PRAGMA key = {sql_text(passphrase)}")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        size = path.stat().st_size if path.is_file() else 0
        if passphrase is not None and looks_encrypted(file_header(path), size):
            raise DatabaseOpenError(DatabaseOpenCode.WRONG_PASSPHRASE, location) from exc
        raise _classify(exc, location) from exc
    return conn


def remove_with_journals(path: Path) -> None:
    for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(OSError):  # left for the next attempt
            extra.unlink(missing_ok=True)
