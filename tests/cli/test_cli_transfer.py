"""`familiemote export` and `familiemote import`, run as a user runs them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

EXE = shutil.which("familiemote") or str(Path(sys.executable).parent / "familiemote")
# Used when the SQLite file is encrypted (the command line then needs the passphrase).
PASSPHRASE = "tre blå hvaler 2026"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FAMILIEMOTE_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [EXE, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_export_then_import_into_another_database(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    out = tmp_path / "sak.json"
    assert run("demo", "--db", str(first)).returncode == 0
    done = run("export", "--case", "1", "-o", str(out), "--db", str(first))
    assert done.returncode == 0, done.stderr
    assert "skrevet til" in done.stdout
    doc = json.loads(out.read_text("utf-8"))
    assert doc["format"] == "familiemote-case" and doc["case"]["child_first_name"] == "Sofie"
    assert oct(out.stat().st_mode & 0o777) == "0o600"

    # import never makes a database: a mistyped --db must not get one
    refused = run("import", str(out), "--db", str(second))
    assert refused.returncode == 1 and "Det finnes ingen database" in refused.stderr
    assert not second.exists()
    # the database is made as the app's first start makes it, then the case is read in
    from familiemote.storage.db import open_database, sqlite_url

    open_database(sqlite_url(second), passphrase=PASSPHRASE).dispose()
    done = run("import", str(out), "--db", str(second))
    assert done.returncode == 0, done.stderr
    assert "lest inn som sak 1" in done.stdout
    again = tmp_path / "igjen.json"
    assert run("export", "--case", "1", "-o", str(again), "--db", str(second)).returncode == 0
    redo = json.loads(again.read_text("utf-8"))
    doc.pop("exported_at"), redo.pop("exported_at")
    assert redo == doc


def test_a_bad_file_is_refused_in_norwegian_and_nothing_is_stored(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    assert run("demo", "--db", str(db)).returncode == 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "familiemote-case", "version": 7}), "utf-8")
    done = run("import", str(bad), "--db", str(db))
    assert done.returncode == 1
    assert "nyere versjon" in done.stderr and "Ingenting er lagret" in done.stderr
    bad.write_text("ikke json", "utf-8")
    done = run("import", str(bad), "--db", str(db))
    assert done.returncode == 1 and "JSON" in done.stderr
    # only the demo case is there: case 2 does not exist
    done = run("export", "--case", "2", "-o", str(tmp_path / "x.json"), "--db", str(db))
    assert done.returncode == 1 and not (tmp_path / "x.json").exists()
