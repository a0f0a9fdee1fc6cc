"""A database made slow on purpose, as a shared server far away is: every statement
waits before it runs (the wait releases the GIL, as a network round trip does).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


@contextmanager
def slowed(engine: Engine, seconds_per_statement: float) -> Iterator[list[int]]:
    """While inside, every statement on ``engine`` waits ``seconds_per_statement`` first.

    Yields a one-element list counting the statements that waited.
    """
    count = [0]

    def wait(*_args: Any) -> None:
        count[0] += 1
        time.sleep(seconds_per_statement)

    event.listen(engine, "before_cursor_execute", wait)
    try:
        yield count
    finally:
        event.remove(engine, "before_cursor_execute", wait)


class TickCounter:
    """Counts the turns of the GUI event loop (a zero-interval QTimer) while asked to."""

    def __init__(self, interval_ms: int = 10) -> None:
        from PySide6.QtCore import QTimer

        self.ticks = 0
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.counting = False
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.counting:
            self.ticks += 1
            self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self.ticks, self.gaps, self.counting = 0, [], True
        self._last = time.perf_counter()

    def stop(self) -> int:
        self.counting = False
        return self.ticks

    def close(self) -> None:
        self.timer.stop()
