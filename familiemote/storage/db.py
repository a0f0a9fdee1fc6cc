"""Opening a database: checks first, then the engine, then migrations to head.

A database that cannot be opened raises :class:`DatabaseOpenError` with a code
the UI words in Norwegian. Every check that can fail runs *before* anything is
written, so a file we refuse is left exactly as it was.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from familiemote.domain.errors import DatabaseOpenCode, DatabaseOpenError
from familiemote.storage.orm import start_mappers

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 5000


@dataclass
class Database:
    """An open, migrated database: the engine and the session factory over it."""

    engine: Engine
    session_factory: sessionmaker[Session]
    url: URL

    @property
    def display_location(self) -> str:
        """Where the data is, for the user: a file path, or the server without password."""
        if self.url.get_backend_name() == "sqlite":
            return self.url.database or ":memory:"
        return self.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_url(path: str | os.PathLike[str]) -> str:
    return "sqlite:///" + str(Path(path).expanduser().absolute())


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _check_sqlite_file(path: Path) -> None:
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
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except PermissionError as exc:
        raise DatabaseOpenError(DatabaseOpenCode.READ_ONLY, location, str(exc)) from exc
    if header and header != SQLITE_MAGIC:
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
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, open transactions, so DDL in
        # migrations is transactional too (SQLAlchemy's pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN")


def _enable_wal(engine: Engine) -> None:
    """WAL and full sync: a committed change survives a crash or a killed process."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()


def _hide_password(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


def _classify(exc: Exception, location: str) -> DatabaseOpenError:
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        code = DatabaseOpenCode.NOT_A_DATABASE
    elif "readonly" in text or "read-only" in text:
        code = DatabaseOpenCode.READ_ONLY
    elif "locked" in text or "busy" in text:
        code = DatabaseOpenCode.LOCKED
    elif "unable to open" in text:
        code = DatabaseOpenCode.MISSING_FOLDER
    elif "connection" in text or "could not connect" in text or "password" in text:
        code = DatabaseOpenCode.UNREACHABLE
    else:
        code = DatabaseOpenCode.UNKNOWN
    return DatabaseOpenError(code, location, str(exc).splitlines()[0] if str(exc) else "")


def _check_schema(conn: sa.Connection, location: str) -> None:
    """Refuse a schema newer than ours, or a database that belongs to another program."""
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    current = set(MigrationContext.configure(conn).get_current_heads())
    if current - known:
        raise DatabaseOpenError(
            DatabaseOpenCode.NEWER_SCHEMA, location, ",".join(sorted(current - known))
        )
    if not current:
        tables = set(sa.inspect(conn).get_table_names()) - {"alembic_version"}
        if tables:
            raise DatabaseOpenError(DatabaseOpenCode.NOT_A_DATABASE, location, "foreign tables")


def _migrate(engine: Engine, is_sqlite: bool, location: str) -> None:
    """Upgrade to head in one transaction.

    On SQLite, foreign keys are off while migrations run: a migration that must
    rebuild a table (drop and recreate) would otherwise cascade-delete every row
    that refers to it. The keys are checked before the commit instead.
    """
    with engine.connect() as conn:
        if is_sqlite:
            # outside a transaction, where SQLite honours this pragma
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                cfg = alembic_config(engine)
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


def open_database(url: str, *, create_folder: bool = False, migrate: bool = True) -> Database:
    """Open (and if needed create and migrate) the database at ``url``."""
    start_mappers()
    try:
        parsed = make_url(url)
        parsed.get_dialect()  # an unknown database kind or a missing driver fails here
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError) as exc:
        raise DatabaseOpenError(DatabaseOpenCode.BAD_URL, _hide_password(url), str(exc)) from exc
    is_sqlite = parsed.get_backend_name() == "sqlite"
    file_db = is_sqlite and parsed.database not in (None, "", ":memory:")
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
        _check_sqlite_file(path)

    kwargs: dict[str, Any] = {}
    if not is_sqlite:
        kwargs["pool_pre_ping"] = True
    engine = sa.create_engine(parsed, **kwargs)
    if is_sqlite:
        _configure_sqlite(engine)
    try:
        with engine.connect() as conn:
            _check_schema(conn, location)
        if file_db:
            _enable_wal(engine)
            engine.dispose()  # reconnect so every pooled connection runs in WAL mode
        if migrate:
            _migrate(engine, is_sqlite, location)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise _classify(exc, location) from exc
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, session_factory=factory, url=parsed)
