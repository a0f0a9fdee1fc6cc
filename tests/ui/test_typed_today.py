"""Both typed date fields complete a date without a year against the same "today"."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from familiemote.ui import forms_base
from familiemote.ui.forms_base import DayEdit, DayTimeEdit


@pytest.mark.parametrize(
    ("today", "year"),
    [(dt.date(2026, 1, 10), 2026), (dt.date(2026, 7, 1), 2027)],
)
def test_a_day_without_a_year_is_the_next_one_from_the_fields_today(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, today: dt.date, year: int
) -> None:
    monkeypatch.setattr(forms_base, "today_source", lambda: today)
    day, when = DayEdit(), DayTimeEdit()
    qtbot.addWidget(day)
    qtbot.addWidget(when)
    assert day.today() == when.today() == today
    assert day.fixup("15.06") == f"15.06.{year}"
    assert when.fixup("15.06 09:30") == f"15.06.{year} 09:30"
