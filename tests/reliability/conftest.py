"""Shared set-up for the reliability battery: prints one summary line per class."""

from __future__ import annotations

import pytest

from tests.support import battery


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config
) -> None:
    lines = battery.summary_lines()
    if not lines:
        return
    terminalreporter.section("reliability battery")
    for line in lines:
        terminalreporter.write_line(line)
    total = battery.totals()
    terminalreporter.write_line(total.line("all classes"))
