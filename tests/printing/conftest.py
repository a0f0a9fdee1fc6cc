"""Prints the readability figures the printing tests measured (tests/support/readability)."""

from __future__ import annotations

import pytest

from tests.support import readability


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config
) -> None:
    if not readability.MEASURED:
        return
    terminalreporter.section("readability of the parent-facing documents (LIX, ceiling 35)")
    for document, lang, value in readability.MEASURED:
        terminalreporter.write_line(f"{document:<45} {lang}  LIX {value:4.1f}")
