"""The start on a slow database server, in a process of its own as a user starts it
(tests/support/server_start_child.py), never holds the GUI thread for long: the main
window's modules are imported in a worker thread under the start's progress window
(imported on the GUI thread they held it for 0.1-0.4 s, with nothing painted), and
the «Meg» question of a first start reads the server off the GUI thread, after the
window shows.

Each stretch between two turns of the event loop is measured twice: in wall time,
with a bound that only a freeze breaks on a busy machine, and in the GUI thread's
own CPU time, which a busy machine stretches much less: no stretch may hold 100 ms
of it (on two cores shared with other work, that is what a 100 ms freeze is made of).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from familiemote.app import ask_passphrase_and_open, build_main_window
from familiemote.settings import DatabaseChoice
from familiemote.ui import ops, start_flow
from tests.support.slow_line import SlowLine
from tests.ui.test_server_start import FREEZE, _cancel, slow_server  # noqa: F401 (a fixture)

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

# GUI-thread CPU between two turns of the loop (see the module docstring)
MOST_CPU = 0.1


def test_the_start_on_a_slow_server_turns_the_event_loop_all_through(
    slow_server: tuple[str, SlowLine],  # noqa: F811 (the fixture)
    tmp_path: Path,
) -> None:
    url, _line = slow_server
    home = tmp_path / "home"
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    out = subprocess.run(
        [sys.executable, "-m", "tests.support.server_start_child", url],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
        env=env,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    assert lines, out.stdout + out.stderr
    seen = json.loads(lines[-1])
    print(seen)  # the figures, with -s
    assert seen["shown"], seen
    # the first start's «Meg» question comes, over the shown window
    assert seen["me_asked"], seen
    # the window's modules were not imported on the GUI thread
    assert seen["imported_in"] not in (None, "MainThread"), seen
    gaps = seen["gaps"]
    assert seen["turns"] > 100 and gaps, seen
    assert max(wall for wall, _cpu, _at in gaps) < FREEZE, gaps
    assert max(cpu for _wall, cpu, _at in gaps) < MOST_CPU, gaps


def test_cancelling_while_the_window_s_modules_load_builds_nothing(
    qtbot: QtBot,
    slow_server: tuple[str, SlowLine],  # noqa: F811 (the fixture)
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The import runs under the start's progress window: its «Avbryt» gives the start
    up at once (the import ends on its own), with no window built and nothing told."""
    url, _line = slow_server
    reports: list[str] = []
    db = ask_passphrase_and_open(DatabaseChoice(url, False), reports.append)
    assert db is not None
    loading = threading.Event()
    release = threading.Event()
    real_import = start_flow._import_window_modules

    def slow_import() -> None:  # as a large import on a busy machine, held until released
        loading.set()
        release.wait(60)
        real_import()

    monkeypatch.setattr(start_flow, "_import_window_modules", slow_import)
    labels: list[str] = []

    def give_up() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )
        labels.append(dialog.labelText())
        _cancel(dialog)

    def look() -> None:
        if loading.is_set():
            looker.stop()
            give_up()

    looker = QTimer()
    looker.timeout.connect(look)
    looker.start(20)
    built: list[object] = []
    monkeypatch.setattr(
        "familiemote.ui.main_window.MainWindow.__init__",
        lambda self, *args, **kwargs: built.append(self),
    )
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    try:
        window = build_main_window(db, settings, reports.append)
    finally:
        looker.stop()
        release.set()
    try:
        assert window is None and reports == [] and built == []
        assert labels == ["Åpner Familiemøte …"]
        assert QApplication.activeModalWidget() is None
        assert QApplication.overrideCursor() is None
        assert not any(
            isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    finally:
        qtbot.waitUntil(lambda: ops.given_up_running() == 0, timeout=60_000)
        db.dispose()
