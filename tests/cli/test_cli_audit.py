"""familiemote historikk: IT checks the whole audit trail from the command line."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from tests.cli.test_cli import PASSPHRASE, run


def test_the_whole_trail_is_checked_and_a_deletion_told_with_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    assert run("demo", "--db", str(db)).returncode == 0
    result = run("historikk", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "Hele historikken er kontrollert:" in result.stdout
    assert "oppføringer stemmer" in result.stdout

    # someone with the passphrase and an SQLCipher tool removes the newest entries
    conn = sqlcipher3.connect(str(db))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)")
    conn.commit()
    conn.close()
    result = run("historikk", "--db", str(db))
    assert result.returncode == 1
    assert "⚠ Advarsel: historikken stemmer ikke" in result.stdout
    assert "De nyeste oppføringene er fjernet" in result.stdout
    assert "Familiemøte har satt det på igjen" in result.stdout  # the trigger, at open
    assert "Hva du gjør: kontakt IT eller personvernombudet" in result.stdout
    assert "Traceback" not in result.stderr


def test_one_changed_entry_is_told_in_the_singular(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    assert run("demo", "--db", str(db)).returncode == 0
    conn = sqlcipher3.connect(str(db))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET user_name = 'en annen' WHERE id = 5")
    conn.commit()
    conn.close()
    result = run("historikk", "--db", str(db))
    assert result.returncode == 1
    assert "1 oppføring i loggen er endret eller fjernet utenfor Familiemøte." in result.stdout
    assert "1 oppføringer" not in result.stdout
