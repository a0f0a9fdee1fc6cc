"""A case that was on screen is in the read log even if the program is killed at once.

A child process runs the real main window, opens a case and says so the moment the
case view paints; the test then kills it with SIGKILL (no clean-up, no exit
handlers) and reads the log from the database file. The child holds the log's
write back for a while first, so a window that painted before the commit would be
caught.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from familiemote.services import access, demo
from familiemote.storage.db import open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from tests.ui.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
GIVE_UP_S = 120  # only catches a child that never shows the case


def test_a_case_shown_then_killed_at_once_is_in_the_read_log(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite"
    db = open_database(sqlite_url(path))
    try:
        case_id = demo.create_demo_case(SqlAlchemyUnitOfWork(db.session_factory), TODAY).case_id
    finally:
        db.dispose()
    with subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.open_and_hold",
            str(path),
            str(tmp_path / "settings.ini"),
            str(case_id),
            "0.5",
        ],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        lines, errors = _until_shown_then_kill(child)
    assert "SHOWN" in lines, errors[-3000:]
    assert child.returncode == -signal.SIGKILL
    db = open_database(sqlite_url(path))
    try:
        log = access.read_log(SqlAlchemyUnitOfWork(db.session_factory), case_id)
    finally:
        db.dispose()
    assert [r.action for r in log] == ["open"]


def _until_shown_then_kill(child: subprocess.Popen[str]) -> tuple[list[str], str]:
    """Kill the child the moment it says SHOWN; its output lines and its stderr."""
    lines: list[str] = []

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            if line.strip() == "SHOWN":
                child.send_signal(signal.SIGKILL)  # at once, from the reading thread
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(GIVE_UP_S)
    if child.poll() is None:
        child.kill()
    child.wait(30)
    assert child.stderr is not None
    return lines, child.stderr.read()
