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

import contextlib
import datetime as dt
import functools
import hashlib
import logging
import os
import re
import stat
import string
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
    BackupCode,
    BackupError,
    DatabaseOpenCode,
    DatabaseOpenError,
    DiskFullError,
)
from familiemote.storage import pg_options
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
        location = url.render_as_string(hide_password=True)
        params: dict[str, Any] = {
            k: v for k, v in url.query.items() if isinstance(v, str)
        }
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


def sqlite_url(path: str | os.PathLike[str]) -> str:
    return "sqlite:///" + str(Path(path).expanduser().absolute())


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL (which the app and the command line encrypt), else None."""
    try:
        parsed = make_url(url)
    except (sa.exc.ArgumentError, ValueError):  # ValueError: e.g. a port that is no number
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database or "")


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


def _file_header(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return b""
    except PermissionError as exc:
        raise DatabaseOpenError(DatabaseOpenCode.READ_ONLY, str(path), str(exc)) from exc


def folder_writable(folder: Path) -> bool:
    """Whether files can be made in ``folder``: by access, and by its write bits (which
    count even for root, as a file's do below: a folder the user marked read-only is
    one they do not want changed)."""
    try:
        mode = os.stat(folder).st_mode
    except OSError:
        return False
    writable_bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    return bool(mode & writable_bits) and os.access(folder, os.W_OK | os.X_OK)


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
        _silence_cipher_log()
        parsed = parsed.set(drivername=CIPHER_DRIVER, password=passphrase)
    location = (
        (parsed.database or ":memory:")
        if is_sqlite
        else parsed.render_as_string(hide_password=True)
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
            _remove_quietly(created)
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

    conn = _raw_connect(path, passphrase)
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
    header = _file_header(path)
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
        conn = _raw_connect(path, key)
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


def _remove_quietly(path: Path) -> None:
    for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(OSError):  # left for the next attempt
            extra.unlink(missing_ok=True)


def _passphrase(db: Database) -> str | None:
    return db.url.password if db.encrypted else None


def _new_private(path: Path) -> None:
    """A fresh empty file at ``path`` for SQLite to fill, owner-only from the start."""
    _remove_quietly(path)
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
        dst = _raw_connect(tmp, passphrase)
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
        _remove_quietly(tmp)


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
    source.execute(f"ATTACH DATABASE {_sql_text(str(target))} AS export KEY {_sql_text(key)}")
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
        conn = _raw_connect(source, source_key)
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
            _remove_quietly(db_path)
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
        _remove_quietly(tmp)
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
        conn = _raw_connect(path, passphrase)
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
    _remove_quietly(previous)
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
        _remove_quietly(previous)


def encrypt_plain_database(path: Path, passphrase: str) -> None:
    """Encrypt a plain SQLite file in place: an encrypted copy, checked, replaces it.

    The plain original is removed (its old disk blocks are not overwritten).
    """
    import sqlcipher3

    if not passphrase:
        raise DatabaseOpenError(DatabaseOpenCode.WRONG_PASSPHRASE, str(path))
    check_replaceable(path, None, may_be_missing=False)
    if _file_header(path) != SQLITE_MAGIC:
        raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, str(path))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.encrypting")
    try:
        _new_private(tmp)
        conn = _raw_connect(path, None)
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
        _remove_quietly(tmp)


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
        conn = _raw_connect(path, old)
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
        _remove_quietly(tmp)


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
