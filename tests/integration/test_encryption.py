"""Encryption at rest: SQLCipher 4, a wrong passphrase changes nothing, rekey, plain files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from familiemote.domain.errors import BackupError, DatabaseOpenCode, DatabaseOpenError
from familiemote.domain.passphrase import Hint, passphrase_strength
from familiemote.messages import database_error_text
from familiemote.services import cases, demo
from familiemote.storage.db import open_database, sqlite_url
from familiemote.storage.file_copies import change_passphrase, encrypt_plain_database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from tests.ui.conftest import TODAY

PASS = "blå hval svømmer 42"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def all_bytes(path: Path) -> bytes:
    """The file and whatever SQLite keeps beside it (-wal, -shm, -journal)."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")))


def make_demo(path: Path, passphrase: str | None = PASS) -> None:
    db = open_database(sqlite_url(path), passphrase=passphrase)
    try:
        demo.create_demo_case(SqlAlchemyUnitOfWork(db.session_factory), TODAY)
        cases.create_case(
            SqlAlchemyUnitOfWork(db.session_factory), cases.NewCase("Åsmund", 2015), TODAY
        )
    finally:
        db.dispose()


def test_the_raw_file_reveals_no_name(tmp_path: Path) -> None:
    path = tmp_path / "kryptert.sqlite"
    db = open_database(sqlite_url(path), passphrase=PASS)
    try:
        demo.create_demo_case(SqlAlchemyUnitOfWork(db.session_factory), TODAY)
        # while open: the main file and the WAL are both encrypted
        raw = all_bytes(path)
        assert b"Nordmann" not in raw and b"Sofie" not in raw
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.dispose()
    raw = all_bytes(path)
    for name in (b"Nordmann", b"Sofie", "Sofie".encode("utf-16-le"), b"CREATE TABLE"):
        assert name not in raw
    assert not path.read_bytes().startswith(b"SQLite format 3")
    # the control: the same data in a plain file does show the name
    plain = tmp_path / "plain.sqlite"
    make_demo(plain, passphrase=None)
    assert b"Nordmann" in all_bytes(plain)
    # and the encrypted one reads back with the key
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASS}'")
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    conn.close()


def test_wrong_passphrase_is_typed_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    make_demo(path)
    before = digest(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    for wrong in ("blå hval svømmer 43", "BLÅ HVAL SVØMMER 42", "x"):
        with pytest.raises(DatabaseOpenError) as info:
            open_database(sqlite_url(path), passphrase=wrong)
        assert info.value.code is DatabaseOpenCode.WRONG_PASSPHRASE
        assert digest(path) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == listing
    assert "Passordfrasen åpner ikke" in database_error_text(info.value)
    # without any passphrase it is not a database at all, and still unchanged
    with pytest.raises(DatabaseOpenError) as plain:
        open_database(sqlite_url(path))
    assert plain.value.code is DatabaseOpenCode.NOT_A_DATABASE
    assert digest(path) == before
    db = open_database(sqlite_url(path), passphrase=PASS)
    assert cases.count_cases(SqlAlchemyUnitOfWork(db.session_factory)) == 2
    db.dispose()


def test_a_text_file_is_not_taken_for_an_encrypted_database(tmp_path: Path) -> None:
    path = tmp_path / "brev.sqlite"
    path.write_text("Kjære Kari, her er referatet.\n" * 400, encoding="utf-8")
    before = digest(path)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(sqlite_url(path), passphrase=PASS)
    assert info.value.code is DatabaseOpenCode.NOT_A_DATABASE
    assert digest(path) == before


def test_a_plain_file_is_refused_with_a_passphrase_then_encrypted_on_request(
    tmp_path: Path,
) -> None:
    path = tmp_path / "gammel.sqlite"
    make_demo(path, passphrase=None)
    before = digest(path)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(sqlite_url(path), passphrase=PASS)
    assert info.value.code is DatabaseOpenCode.UNENCRYPTED
    assert "ikke kryptert" in database_error_text(info.value)
    assert digest(path) == before

    encrypt_plain_database(path, PASS)
    assert b"Nordmann" not in all_bytes(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gammel.sqlite"]
    db = open_database(sqlite_url(path), passphrase=PASS)
    try:
        assert cases.count_cases(SqlAlchemyUnitOfWork(db.session_factory)) == 2
    finally:
        db.dispose()


def test_change_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    make_demo(path)
    db = open_database(sqlite_url(path), passphrase=PASS)
    uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
    try:
        with pytest.raises(DatabaseOpenError) as info:
            change_passphrase(db, "feil gammel frase", "ny frase som er lang")
        assert info.value.code is DatabaseOpenCode.WRONG_PASSPHRASE
        assert db.verify_passphrase(PASS)
        change_passphrase(db, PASS, "ny frase som er lang")
        # the open database goes on working, under the new key
        cases.create_case(uow(), cases.NewCase("Ida", 2016), TODAY)
        assert cases.count_cases(uow()) == 3
        assert db.verify_passphrase("ny frase som er lang")
        assert not db.verify_passphrase(PASS)
    finally:
        db.dispose()
    with pytest.raises(DatabaseOpenError):
        open_database(sqlite_url(path), passphrase=PASS)
    db = open_database(sqlite_url(path), passphrase="ny frase som er lang")
    assert cases.count_cases(SqlAlchemyUnitOfWork(db.session_factory)) == 3
    db.dispose()
    assert b"Nordmann" not in all_bytes(path)


def test_change_passphrase_needs_an_encrypted_file(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "plain.sqlite"))
    try:
        with pytest.raises(BackupError):
            change_passphrase(db, "", "ny frase som er lang")
    finally:
        db.dispose()


def test_plain_sqlite_without_passphrase_still_works(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    make_demo(path, passphrase=None)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 2
    conn.close()


@pytest.mark.parametrize(
    ("text", "score", "hint"),
    [
        ("kort", 0, Hint.TOO_SHORT),
        ("passord123", 0, Hint.COMMON),
        ("aaaaaaaaaaaa", 0, Hint.REPEATED),
        ("bokhylle77", 1, Hint.ADD_WORDS),
        ("blå hval svømmer", 2, Hint.ADD_VARIETY),
        ("blå hval svømmer 42", 4, None),
        ("Tre Blå Hvaler svømmer forbi 42!", 4, None),
    ],
)
def test_passphrase_strength(text: str, score: int, hint: Hint | None) -> None:
    strength = passphrase_strength(text)
    assert strength.score == score
    assert strength.acceptable == (score > 0)
    if hint is None:
        assert strength.hints == ()
    else:
        assert hint in strength.hints
