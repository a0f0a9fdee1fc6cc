"""Bad input at the command line: every one gets a Norwegian message, never a traceback,
and no command but starting the app (and «demo», which is asked to make one) creates a
database where there was none.

Most tries run the command line in this process (``familiemote.cli.main``) so that an
exception escaping it fails the test with its traceback; FIFOs run in a subprocess
with a timeout, so that a command that would block on one fails instead of hanging.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from familiemote.cli import main
from tests.support.battery import record
from tests.support.hostile import (
    PASSPHRASE,
    damage,
    digest,
    entries,
    make_demo_db,
    make_device_node,
    refused_in_norwegian,
    run_cli,
)

BAD_URLS = [
    "postgresql+psycopg://u@[::1/x",  # a bracket left open: the port is no number
    "mysql://u@h/x",  # a database Familiemøte does not support (no driver either)
    "mysql+pymysql://u@h/x",
    "oracle://u@h/x",
    "mssql+pyodbc://u@h/x",
    "postgresql+psycopg://u@h:port/x",
    "postgresql+nosuchdriver://u@h/x",
    "ftp://h/x",
    "://",
]


def commands(db: str, out: Path, case_file: Path, backup: Path) -> dict[str, list[str]]:
    """Every command that works on an existing database, with ``db`` as --db."""
    return {
        "export": ["export", "--db", db, "--case", "1", "-o", str(out / "sak.json")],
        "import": ["import", "--db", db, str(case_file)],
        "print plan": ["print", "plan", "--meeting", "1", "--db", db, "-o", str(out / "p.pdf")],
        "print consent": ["print", "consent", "--case", "1", "--db", db, "-o", str(out / "s.pdf")],
        "evaluations report": ["evaluations", "report", "--db", db, "-o", str(out / "r.csv")],
        "backup": ["backup", "--db", db, "-o", str(out / "kopi.fmbak")],
        "restore": ["restore", "--db", db, str(backup)],
        "passphrase": ["passphrase", "--db", db],
        "migrate": ["migrate", "--db", db],
    }


def run_here(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run the command line in this process; an exception escaping it fails the test."""
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.err


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_db(tmp_path_factory.mktemp("template") / "demo.sqlite")


@pytest.fixture
def setting(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path, Path]:
    monkeypatch.setenv("FAMILIEMOTE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FAMILIEMOTE_NEW_PASSPHRASE", "fire nye blå hvaler 99")
    out = tmp_path / "ut"
    out.mkdir()
    case_file = tmp_path / "sak.json"
    case_file.write_text('{"format": "familiemote-case"}', encoding="utf-8")
    backup = tmp_path / "kopi.fmbak"
    shutil.copyfile(template, backup)
    return out, case_file, backup


def test_malformed_and_unsupported_addresses(
    setting: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out, case_file, backup = setting
    tried = refused = 0
    for url in BAD_URLS:
        for name, argv in commands(url, out, case_file, backup).items():
            code, err = run_here(argv, capsys)
            tried += 1
            assert code == 1, (url, name, err)
            assert err.startswith("familiemote: "), (url, name, err)
            assert "ikke en gyldig databaseadresse" in err, (url, name, err)
            refused += 1
    assert entries(out) == set()
    record("malformed or unsupported --db address", tried, refused, stored=0, lost=0)


def test_a_mistyped_path_or_an_empty_file_creates_no_database(
    setting: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, case_file, backup = setting
    folder = tmp_path / "data"
    folder.mkdir()
    empty = folder / "tom.sqlite"
    empty.touch()
    tried = refused = 0
    for target, expected in (
        (folder / "skrivefeil.sqlite", "Det finnes ingen database"),
        (empty, "ikke en Familiemøte-database"),
    ):
        for name, argv in commands(str(target), out, case_file, backup).items():
            if name == "restore":
                continue  # restore puts a database where none is: that is what it is for
            code, err = run_here(argv, capsys)
            tried += 1
            assert code == 1, (target.name, name, err)
            assert expected in err, (target.name, name, err)
            # the failure the battery found: «slettet av en annen bruker» after making one
            assert "slettet av en annen bruker" not in err
            assert entries(folder) == {"tom.sqlite"}, (target.name, name)
            assert empty.stat().st_size == 0
            refused += 1
    assert entries(out) == set()
    record("mistyped path or empty file at --db", tried, refused, stored=0, lost=0)


def test_a_damaged_file_and_a_device_node_at_db(
    setting: tuple[Path, Path, Path],
    template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out, case_file, backup = setting
    damaged = tmp_path / "skadet.sqlite"
    shutil.copyfile(template, damaged)
    damage(damaged)
    cases = {"damaged file": (damaged, "er skadet")}
    device = tmp_path / "enhet"
    if make_device_node(device):
        cases["device node"] = (device, "ikke en Familiemøte-database")
    tried = refused = 0
    for kind, (target, expected) in cases.items():
        for name, argv in commands(str(target), out, case_file, backup).items():
            if kind == "damaged file" and name == "restore":
                continue  # restoring over a damaged database is the remedy (test_files)
            before = digest(target) if target.is_file() else os.stat(target).st_rdev
            code, err = run_here(argv, capsys)
            tried += 1
            assert code == 1, (kind, name, err)
            assert expected in err, (kind, name, err)
            after = digest(target) if target.is_file() else os.stat(target).st_rdev
            assert after == before
            refused += 1
    if device.exists():
        assert stat.S_ISCHR(os.stat(device).st_mode)  # never replaced by a regular file
    assert entries(out) == set()
    record("damaged file or device node at --db", tried, refused, stored=0, lost=0)


def test_a_fifo_at_db_never_hangs(setting: tuple[Path, Path, Path], tmp_path: Path) -> None:
    out, case_file, backup = setting
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    tried = refused = 0
    for name, argv in commands(str(fifo), out, case_file, backup).items():
        try:
            result = run_cli(*argv, timeout=30)
        except subprocess.TimeoutExpired:  # pragma: no cover - the failure this guards
            pytest.fail(f"{name} hung on a FIFO at --db")
        tried += 1
        assert refused_in_norwegian(result), (name, result.stderr)
        assert "ikke en Familiemøte-database" in result.stderr, (name, result.stderr)
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)
        refused += 1
    assert entries(out) == set()
    record("FIFO at --db", tried, refused, stored=0, lost=0)


def test_the_app_start_still_creates_its_database(tmp_path: Path) -> None:
    """The other side of the rule: the first start (and «demo») makes the file, owner-only."""
    target = tmp_path / "ny.sqlite"
    result = run_cli("demo", "--db", str(target))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
