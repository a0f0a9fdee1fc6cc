"""backup, restore and passphrase on the command line, as a user runs them."""

from __future__ import annotations

import hashlib
from pathlib import Path

import sqlcipher3

from familiemote.single_instance import acquire
from familiemote.storage.file_copies import check_database_file
from tests.cli.test_cli import PASSPHRASE, count, run


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_then_restore(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    assert run("demo", "--db", str(db)).returncode == 0
    backup = tmp_path / "kopi.fmbak"
    result = run("backup", "--db", str(db), "-o", str(backup))
    assert result.returncode == 0, result.stderr
    assert "Sikkerhetskopien er skrevet" in result.stdout
    check_database_file(backup, PASSPHRASE)
    assert b"Nordmann" not in backup.read_bytes()
    # the database changes after the backup: restore puts the backup back

    conn = sqlcipher3.connect(str(db))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("DELETE FROM meetings")
    conn.commit()
    conn.close()
    assert count(db, "meetings") == 0
    result = run("restore", "--db", str(db), str(backup))
    assert result.returncode == 0, result.stderr
    assert count(db, "meetings") == 2
    kept = list(tmp_path.glob("db.sqlite.before-restore-*"))
    assert len(kept) == 1 and "tatt vare på" in result.stdout
    assert count(kept[0], "meetings") == 0


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    assert run("demo", "--db", str(db)).returncode == 0
    backup = tmp_path / "kopi.fmbak"
    assert run("backup", "--db", str(db), "-o", str(backup)).returncode == 0
    raw = bytearray(backup.read_bytes())
    raw[5000:5100] = b"\x00" * 100  # a damaged page
    backup.write_bytes(bytes(raw))
    before = digest(db)
    result = run("restore", "--db", str(db), str(backup))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert digest(db) == before
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_restore_refused_while_the_app_has_the_file_open(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    assert run("demo", "--db", str(db)).returncode == 0
    backup = tmp_path / "kopi.fmbak"
    assert run("backup", "--db", str(db), "-o", str(backup)).returncode == 0
    lock = acquire(db)  # as the window holds it
    assert lock is not None
    try:
        result = run("restore", "--db", str(db), str(backup))
    finally:
        lock.unlock()
    assert result.returncode == 1
    assert "åpen i et Familiemøte-vindu" in result.stderr


def test_wrong_passphrase_is_told_and_the_file_is_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    assert run("demo", "--db", str(db)).returncode == 0
    before = digest(db)
    result = run("demo", "--db", str(db), env={"FAMILIEMOTE_PASSPHRASE": "feil passordfrase"})
    assert result.returncode == 1
    assert "Passordfrasen åpner ikke" in result.stderr
    assert digest(db) == before


def test_without_passphrase_or_terminal_it_says_how(tmp_path: Path) -> None:
    import os
    import subprocess

    from tests.cli.test_cli import EXE

    env = {k: v for k, v in os.environ.items() if k != "FAMILIEMOTE_PASSPHRASE"}
    result = subprocess.run(
        [EXE, "demo", "--db", str(tmp_path / "ny.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 1
    assert "FAMILIEMOTE_PASSPHRASE" in result.stderr


def test_change_passphrase_and_encrypt_a_plain_file(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    assert run("demo", "--db", str(db)).returncode == 0
    new = "et helt nytt passord 7"
    result = run("passphrase", "--db", str(db), env={"FAMILIEMOTE_NEW_PASSPHRASE": new})
    assert result.returncode == 0, result.stderr
    assert count(db, "cases", passphrase=new) == 1
    assert run("demo", "--db", str(db)).returncode == 1  # the old one no longer opens it
    weak = run(
        "passphrase",
        "--db",
        str(db),
        env={"FAMILIEMOTE_PASSPHRASE": new, "FAMILIEMOTE_NEW_PASSPHRASE": "kort"},
    )
    assert weak.returncode == 1 and "for svak" in weak.stderr

    from familiemote.services.demo import create_demo_case
    from familiemote.storage.db import open_database, sqlite_url
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    plain = tmp_path / "plain.sqlite"
    opened = open_database(sqlite_url(plain))
    create_demo_case(SqlAlchemyUnitOfWork(opened.session_factory))
    opened.dispose()
    refused = run("demo", "--db", str(plain))
    assert refused.returncode == 1 and "ikke kryptert" in refused.stderr
    result = run("passphrase", "--db", str(plain), env={"FAMILIEMOTE_NEW_PASSPHRASE": new})
    assert result.returncode == 0, result.stderr
    assert b"Nordmann" not in plain.read_bytes()
    assert count(plain, "cases", passphrase=new) == 1
