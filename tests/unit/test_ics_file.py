"""The file a calendar is saved to ends in .ics, whatever name was typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from familiemote.ics import ics_file


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("/tmp/neste.ics", "/tmp/neste.ics"),
        ("/tmp/neste.ICS", "/tmp/neste.ICS"),
        ("/tmp/neste", "/tmp/neste.ics"),
        ("/tmp/neste.txt", "/tmp/neste.ics"),
    ],
)
def test_a_calendar_file_ends_in_ics(typed: str, saved: str) -> None:
    assert ics_file(typed) == Path(saved)
