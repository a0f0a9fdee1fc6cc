"""The start's chores (startup.after_first_frame) run in the preload worker after its
imports, or, when no worker ran them, in wait_for_preload: always before the database
opens, never on the way to the first frame."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import threading, sys
from familiemote import startup
ran = []
startup.after_first_frame(lambda: ran.append(threading.current_thread().name))
print("BEFORE", ran)
if sys.argv[1] == "worker":
    startup.start_preload()
startup.wait_for_preload()
print("AFTER", ran, "sqlalchemy" in sys.modules)
startup.wait_for_preload()
print("AGAIN", ran)
"""


def _run(mode: str) -> dict[str, str]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=True,
    )
    return dict(line.split(" ", 1) for line in out.stdout.splitlines())


def test_a_chore_runs_in_the_preload_worker_after_its_imports() -> None:
    lines = _run("worker")
    assert lines["BEFORE"] == "[]"  # registering runs nothing
    assert lines["AFTER"] == "['familiemote-preload'] True"
    assert lines["AGAIN"] == "['familiemote-preload']"  # once


def test_without_a_worker_the_chore_runs_before_the_database_opens() -> None:
    lines = _run("inline")
    assert lines["BEFORE"] == "[]"
    assert lines["AFTER"] == "['MainThread'] False"
    assert lines["AGAIN"] == "['MainThread']"
