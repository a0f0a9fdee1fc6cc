"""The command line, run as a user runs it: the installed `familiemote` in a subprocess."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlcipher3

from familiemote import __version__

EXE = shutil.which("familiemote") or str(Path(sys.executable).parent / "familiemote")


# The command line always encrypts an SQLite file; scripts give the passphrase here.
PASSPHRASE = "tre blå hvaler 2026"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "FAMILIEMOTE_PASSPHRASE": PASSPHRASE, **(env or {})}
    return subprocess.run(
        [EXE, *args], capture_output=True, text=True, env=full_env, timeout=120, check=False
    )


def count(path: Path, table: str, passphrase: str = PASSPHRASE) -> int:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = '{passphrase}'")
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"familiemote {__version__}"
    assert __version__ != "0.0.0+unknown"


def test_demo_fills_the_database_once(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    first = run("demo", "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "Eksempelsaken er lagt inn" in first.stdout
    second = run("demo", "--db", str(db))
    assert second.returncode == 0, second.stderr
    assert "finnes allerede" in second.stdout
    assert count(db, "cases") == 1
    assert count(db, "meetings") == 2
    assert count(db, "professionals") == 5


def test_db_option_before_the_subcommand_and_from_the_environment(tmp_path: Path) -> None:
    before = tmp_path / "before.db"
    assert run("--db", str(before), "demo").returncode == 0
    assert count(before, "cases") == 1
    from_env = tmp_path / "env.db"
    assert run("demo", env={"FAMILIEMOTE_DB": str(from_env)}).returncode == 0
    assert count(from_env, "cases") == 1
    # --db wins over the environment
    explicit = tmp_path / "explicit.db"
    assert run("demo", "--db", str(explicit), env={"FAMILIEMOTE_DB": str(from_env)}).returncode == 0
    assert count(explicit, "cases") == 1


def test_demo_on_the_default_database_creates_the_data_folder(tmp_path: Path) -> None:
    data_home = tmp_path / "xdg-data"
    result = run("demo", env={"XDG_DATA_HOME": str(data_home)})
    assert result.returncode == 0, result.stderr
    assert count(data_home / "Familiemote" / "familiemote.sqlite", "cases") == 1


def test_a_bad_database_gives_a_norwegian_message_and_no_traceback(tmp_path: Path) -> None:
    not_db = tmp_path / "brev.txt"
    not_db.write_text("Kjære Kari\n", encoding="utf-8")
    result = run("demo", "--db", str(not_db))
    assert result.returncode == 1
    assert "ikke en Familiemøte-database" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not_db.read_text(encoding="utf-8") == "Kjære Kari\n"


def test_unknown_option_is_a_usage_error() -> None:
    result = run("--finnes-ikke")
    assert result.returncode == 2
    assert "usage" in result.stderr.lower() or "bruk" in result.stderr.lower()


def test_python_dash_m_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "familiemote", "--version"], capture_output=True, text=True,
        check=False,
    )
    assert result.stdout.strip() == f"familiemote {__version__}"


@pytest.mark.parametrize("how", ["default", "db"])
def test_the_app_opens_and_creates_its_database(tmp_path: Path, how: str) -> None:
    """`familiemote` starts the window (offscreen here) and creates the database on first start."""
    env = {
        **os.environ,
        "FAMILIEMOTE_PASSPHRASE": PASSPHRASE,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    if how == "default":
        args: list[str] = []
        path = tmp_path / "data" / "Familiemote" / "familiemote.sqlite"
    else:
        path = tmp_path / "egen.sqlite"
        args = ["--db", str(path)]
    proc = subprocess.Popen(
        [EXE, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if path.exists() and count_or_zero(path) == 12:
                break
            time.sleep(0.2)
        assert proc.poll() is None, proc.communicate()
        assert count_or_zero(path) == 12  # migrated, service directory preloaded
        assert not path.read_bytes().startswith(b"SQLite format 3")  # encrypted
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert "Traceback" not in out + err


def count_or_zero(path: Path) -> int:
    try:
        return count(path, "services")
    except sqlcipher3.Error:
        return 0
