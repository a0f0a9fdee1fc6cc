"""The command line's stderr carries its Norwegian message and nothing more; what is
logged (the error's kinds and places, never its text) goes to a private log file.
A server's address in a message has no connection options (``?sslrootcert=…``)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from familiemote.storage.db import Database

# a command that fails midway with an error whose text holds a child's name
FAILING = """
import sys
from familiemote import cli
def boom(args):
    raise RuntimeError("Sofie Nordmann: notat om foreldrenes samlivsbrudd")
cli._dispatch = boom
sys.exit(cli.main(["cases", "--db", sys.argv[1]]))
"""


def _run(tmp_path: Path, env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FAMILIEMOTE_LOG_FILE"}
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "-c", FAILING, str(tmp_path / "f.db")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_stderr_has_the_message_only_and_the_log_file_the_kinds(tmp_path: Path) -> None:
    state = tmp_path / "state"
    result = _run(tmp_path, {"XDG_STATE_HOME": str(state)})
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("familiemote: Det oppstod en uventet feil")
    assert "Traceback" not in result.stderr and "RuntimeError" not in result.stderr
    log = state / "familiemote" / "familiemote.log"
    text = log.read_text(encoding="utf-8")
    assert "command cases stopped" in text and "RuntimeError" in text
    assert "Sofie" not in text and "samlivsbrudd" not in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_the_log_file_can_be_chosen_and_a_log_that_cannot_be_written_is_not_shown(
    tmp_path: Path,
) -> None:
    chosen = tmp_path / "logs" / "fm.log"
    result = _run(tmp_path, {"FAMILIEMOTE_LOG_FILE": str(chosen)})
    assert result.returncode == 1 and "RuntimeError" in chosen.read_text(encoding="utf-8")
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    result = _run(tmp_path, {"FAMILIEMOTE_LOG_FILE": str(blocked / "fm.log")})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "RuntimeError" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.strip()]) == 1


def test_a_servers_address_in_messages_has_no_connection_options() -> None:
    url = make_url(
        "postgresql+psycopg://kari:hemmelig@db.kommune.no:5432/familiemote"
        "?sslmode=verify-full&sslrootcert=/home/kari/.postgresql/kommune-ca.crt"
    )
    db = Database(engine=None, session_factory=None, url=url)  # type: ignore[arg-type]
    shown = db.display_location
    assert shown == "postgresql+psycopg://kari:***@db.kommune.no:5432/familiemote"
    assert "sslrootcert" not in shown and "hemmelig" not in shown
