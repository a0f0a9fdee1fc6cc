"""Where the command line's log goes: a private file, never the terminal.

A command tells the user what happened in one Norwegian sentence on stderr. What is
logged besides (the kinds and places of an error, from error_report.safe_traceback;
a server that gave no answer) goes to a log file readable by the user alone, so
stderr carries the message and nothing more (without a handler, Python's last-resort
handler would print every logged error to stderr after the message).

The file is ``$FAMILIEMOTE_LOG_FILE`` when set, else ``familiemote.log`` in
``$XDG_STATE_HOME/familiemote`` (by default ``~/.local/state/familiemote``); it is
kept below 1 MB, with two older files. When no file can be written the log is
dropped rather than shown.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

ENV_LOG_FILE = "FAMILIEMOTE_LOG_FILE"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_NAME = "familiemote-cli"  # the handler set here (set again by a second call)


def log_file() -> Path:
    explicit = os.environ.get(ENV_LOG_FILE, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    state = os.environ.get("XDG_STATE_HOME", "").strip()
    base = Path(state).expanduser() if state else Path.home() / ".local" / "state"
    return base / "familiemote" / "familiemote.log"


def configure() -> Path | None:
    """Send the log to the private file (or nowhere); returns the file, or None."""
    root = logging.getLogger()
    for old in list(root.handlers):
        if old.get_name() == _NAME:
            root.removeHandler(old)
            old.close()
    root.setLevel(logging.WARNING)
    path = log_file()
    handler: logging.Handler = logging.NullHandler()
    where: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=2, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(FORMAT))
        where = path
    except OSError:
        pass  # dropped rather than shown
    handler.set_name(_NAME)
    root.addHandler(handler)
    return where
