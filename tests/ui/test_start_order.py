"""The start as a user meets it: the passphrase dialog is the first frame, painted
before the database's and the main window's modules are loaded; a wrong passphrase
is told in Norwegian and asked again; the right one opens the window with its list."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from familiemote.cli import _window_start, build_parser
from familiemote.services import demo
from familiemote.storage.db import open_database
from familiemote.storage.location import sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork

ROOT = Path(__file__).resolve().parents[2]
RIGHT = "riktig hest batteri stift 2026"


@pytest.mark.slow
def test_the_passphrase_dialog_comes_first_and_a_wrong_passphrase_is_told(
    tmp_path: Path,
) -> None:
    path = tmp_path / "familiemote.sqlite"
    db = open_database(sqlite_url(path), passphrase=RIGHT)
    demo.create_demo_case(SqlAlchemyUnitOfWork(db.session_factory))
    db.dispose()
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run(
        [sys.executable, "-m", "tests.support.start_child", str(path), RIGHT, "feil frase"],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
    )
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    assert lines.get("FIRST") == "PassphraseDialog", out.stdout + out.stderr
    # nothing of the database nor of the main window is loaded for the first frame
    assert lines.get("LOADED", "").strip() == "", lines
    assert lines["REFUSED"] == (
        "True Feil passordfrase. Kontroller at Caps Lock er av, og prøv igjen."
    ), lines
    assert lines["LIST"] == "1", out.stdout + out.stderr  # the demo case, painted
    assert lines["EXIT"] == "0"


@pytest.mark.slow
def test_a_new_users_first_frame_is_the_first_run_screen_before_the_database_loads(
    tmp_path: Path,
) -> None:
    """The first start of a new user: the first-run screen is painted before the
    database's modules start loading (they load while the user reads it)."""
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run(
        [sys.executable, "-m", "tests.support.first_run_child", str(tmp_path / "ny.sqlite")],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
    )
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    assert lines.get("FIRST") == "FirstRunWizard", out.stdout + out.stderr
    loaded = lines.get("LOADED", "").strip().split(",")
    assert not {"sqlalchemy", "familiemote.storage.db", "familiemote.ui.main_window"} & set(
        loaded
    ), lines
    assert not (tmp_path / "ny.sqlite").exists()  # nothing made before the screen is answered


@pytest.mark.parametrize(
    "argv",
    [[], ["--db", "/tmp/x/fm.sqlite"], ["--db=/tmp/x/fm.sqlite"], ["--db", "postgresql://h/db"]],
)
def test_the_windows_own_start_reads_its_arguments_as_the_full_parser(argv: list[str]) -> None:
    quick = _window_start(argv)
    assert quick is not None
    full = build_parser().parse_args(argv)
    assert (quick.db, quick.command) == (full.db, full.command)


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["demo"],
        ["--db"],
        ["--db", "-x"],
        ["--db", "a", "demo"],
        ["--d", "a"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert _window_start(argv) is None
