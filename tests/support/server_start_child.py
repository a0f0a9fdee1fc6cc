"""A child process for tests/ui/test_server_start_gaps.py: the app's own start
(:func:`familiemote.app.run_gui`) on a database server, watched from inside by a
probe that notes each turn of the GUI thread's event loop.

    python -m tests.support.server_start_child URL

A fresh process, as a user starts it: nothing of the main window is imported before
the start imports it (in a test process it would be, and its import, the longest
stretch of work on the GUI thread in this start, would not be seen). Prints one line
of JSON once the main window shows and the «Meg» question has come (or after 60 s):

* ``shown``: whether the main window was shown; ``me_asked``: whether the «Meg»
  dialog came after it;
* ``gaps``: the five longest stretches between two turns of the event loop, each as
  ``[wall seconds, GUI-thread CPU seconds, seconds into the start]``;
* ``imported_in``: the thread that imported the main window's module.
"""

from __future__ import annotations

import importlib.abc
import itertools
import json
import os
import sys
import threading
import time
from collections.abc import Sequence
from types import ModuleType
from typing import Any

TURN_MS = 5  # the probe's timer: the loop's turns are seen to within this
LAST_SECONDS = 60.0


class _WhoImports(importlib.abc.MetaPathFinder):
    """Notes the thread that imports ``name``; finds nothing itself."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.thread: str | None = None

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> None:
        if fullname == self.name and self.thread is None:
            self.thread = threading.current_thread().name
        return None


def main() -> int:
    url = sys.argv[1]
    who = _WhoImports("familiemote.ui.main_window")
    sys.meta_path.insert(0, who)
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from familiemote.settings import APP_NAME, ORGANISATION, DatabaseChoice
    from familiemote.ui.start_flow import KEY_FIRST_RUN_DONE

    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    QSettings().setValue(KEY_FIRST_RUN_DONE, True)  # the first-run screen, seen before
    turns: list[tuple[float, float]] = []  # (wall, GUI-thread CPU) at each turn
    started = time.perf_counter()
    state: dict[str, Any] = {"shown": False, "me_asked": False}

    def turn() -> None:
        turns.append((time.perf_counter(), time.thread_time()))

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            name = type(widget).__name__
            if name == "MainWindow":
                state["shown"] = True
            elif name == "MeDialog" and state["shown"]:
                state["me_asked"] = True
        done = state["shown"] and state["me_asked"]
        if done or time.perf_counter() - started > LAST_SECONDS:
            QTimer.singleShot(500 if done else 0, report)  # a few turns after it came
            looker.stop()

    def report() -> None:
        probe.stop()
        gaps = sorted(
            ((b[0] - a[0], b[1] - a[1], a[0] - started) for a, b in itertools.pairwise(turns)),
            reverse=True,
        )
        state.update(gaps=gaps[:5], turns=len(turns), imported_in=who.thread)
        print(json.dumps(state), flush=True)
        os._exit(0)  # the window and the server's connections end with the process

    probe = QTimer(app)
    probe.setInterval(TURN_MS)
    probe.timeout.connect(turn)
    probe.start()
    looker = QTimer(app)
    looker.setInterval(20)
    looker.timeout.connect(look)
    looker.start()
    from familiemote.app import run_gui

    run_gui(DatabaseChoice(url, False))
    report()  # the start gave up (told in a message box the probe does not answer)
    return 1


if __name__ == "__main__":
    sys.exit(main())
