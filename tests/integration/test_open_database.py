"""A database that cannot be opened is refused with a typed error, and left exactly as it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from familiemote.domain.errors import DatabaseOpenCode, DatabaseOpenError
from familiemote.messages import database_error_text
from familiemote.storage.db import open_database, sqlite_url


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(path: Path) -> list[str]:
    return sorted(p.name for p in path.iterdir())


def refuse(path: Path, code: DatabaseOpenCode) -> DatabaseOpenError:
    before = digest(path) if path.is_file() else None
    listing = folder_listing(path.parent) if path.parent.exists() else None
    with pytest.raises(DatabaseOpenError) as info:
        open_database(sqlite_url(path))
    assert info.value.code is code
    if before is not None:
        assert digest(path) == before, "the refused file was changed"
    if listing is not None:
        assert folder_listing(path.parent) == listing, "files were left beside it"
    return info.value


def test_new_file_is_created_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "ny.sqlite"
    db = open_database(sqlite_url(path))
    db.dispose()
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_missing_folder(tmp_path: Path) -> None:
    err = refuse(tmp_path / "finnes-ikke" / "db.sqlite", DatabaseOpenCode.MISSING_FOLDER)
    assert not (tmp_path / "finnes-ikke").exists()
    assert "finnes ikke" in database_error_text(err)


def test_missing_folder_is_created_for_the_default_location(tmp_path: Path) -> None:
    path = tmp_path / "ny" / "mappe" / "db.sqlite"
    open_database(sqlite_url(path), create_folder=True).dispose()
    assert path.is_file()


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notat.sqlite"
    path.write_text("Dette er et brev, ikke en database.\n" * 50, encoding="utf-8")
    err = refuse(path, DatabaseOpenCode.NOT_A_DATABASE)
    assert "ikke en Familiemøte-database" in database_error_text(err)


def test_truncated_sqlite_file(tmp_path: Path) -> None:
    good = tmp_path / "good.sqlite"
    open_database(sqlite_url(good)).dispose()
    path = tmp_path / "broken.sqlite"
    path.write_bytes(good.read_bytes()[:100] + b"\xff" * 4000)
    refuse(path, DatabaseOpenCode.NOT_A_DATABASE)


def test_database_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO recipes (name) VALUES ('Fårikål')")
    conn.close()
    refuse(path, DatabaseOpenCode.NOT_A_DATABASE)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("recipes",)]
    conn.close()


def test_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite"
    open_database(sqlite_url(path)).dispose()
    for extra in tmp_path.glob("ro.sqlite-*"):
        extra.unlink()
    path.chmod(0o444)
    try:
        err = refuse(path, DatabaseOpenCode.READ_ONLY)
        assert "skrivebeskyttet" in database_error_text(err)
    finally:
        path.chmod(0o644)


def test_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(sqlite_url(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    for extra in tmp_path.glob("future.sqlite-*"):
        extra.unlink()
    err = refuse(path, DatabaseOpenCode.NEWER_SCHEMA)
    assert "nyere versjon" in database_error_text(err)


def test_a_folder_given_as_the_database(tmp_path: Path) -> None:
    (tmp_path / "mappe").mkdir()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(sqlite_url(tmp_path / "mappe"))
    assert info.value.code is DatabaseOpenCode.NOT_A_DATABASE


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to make a folder root cannot write")
def test_read_only_filesystem_location(tmp_path: Path) -> None:
    # /proc is read-only even for root: SQLite's own error is classified too
    with pytest.raises(DatabaseOpenError) as info:
        open_database("sqlite:////proc/familiemote.sqlite")
    assert info.value.code in {DatabaseOpenCode.READ_ONLY, DatabaseOpenCode.MISSING_FOLDER}


def test_unreachable_server_is_explained_without_password() -> None:
    url = "postgresql+psycopg://fm:hemmelig@127.0.0.1:1/familiemote?connect_timeout=2"
    with pytest.raises(DatabaseOpenError) as info:
        open_database(url)
    assert info.value.code is DatabaseOpenCode.UNREACHABLE
    text = database_error_text(info.value)
    assert "hemmelig" not in text
    assert "databaseserveren" in text


@pytest.mark.parametrize("url", ["nonsense://", "postgresql+nodriver://x@y/z"])
def test_bad_url(url: str) -> None:
    with pytest.raises(DatabaseOpenError) as info:
        open_database(url)
    assert info.value.code is DatabaseOpenCode.BAD_URL
    assert "ikke en gyldig databaseadresse" in database_error_text(info.value)


def test_foreign_keys_are_enforced_on_sqlite(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "fk.sqlite"))
    try:
        with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO professionals (name, service_id) VALUES ('X', 424242)"
            )
    finally:
        db.dispose()
