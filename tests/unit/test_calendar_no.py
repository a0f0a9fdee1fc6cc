"""Norwegian public holidays (Easter computed) and the working days defaults land on."""

from __future__ import annotations

import datetime as dt

import pytest

from familiemote.domain import calendar_no as cal
from familiemote.domain import meeting_rules as rules

D = dt.date


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (1818, D(1818, 3, 22)),  # the earliest possible
        (1943, D(1943, 4, 25)),  # the latest possible
        (2019, D(2019, 4, 21)),
        (2024, D(2024, 3, 31)),
        (2025, D(2025, 4, 20)),
        (2026, D(2026, 4, 5)),
        (2027, D(2027, 3, 28)),
        (2038, D(2038, 4, 25)),
    ],
)
def test_easter_sunday(year: int, easter: dt.date) -> None:
    assert cal.easter_sunday(year) == easter
    assert easter.weekday() == 6


def test_the_public_holidays_of_2026() -> None:
    assert cal.public_holidays(2026) == {
        D(2026, 1, 1): "Første nyttårsdag",
        D(2026, 4, 2): "Skjærtorsdag",
        D(2026, 4, 3): "Langfredag",
        D(2026, 4, 5): "Første påskedag",
        D(2026, 4, 6): "Andre påskedag",
        D(2026, 5, 1): "Offentlig høytidsdag",
        D(2026, 5, 14): "Kristi himmelfartsdag",
        D(2026, 5, 17): "Grunnlovsdag",
        D(2026, 5, 24): "Første pinsedag",
        D(2026, 5, 25): "Andre pinsedag",
        D(2026, 12, 25): "Første juledag",
        D(2026, 12, 26): "Andre juledag",
    }


def test_working_days() -> None:
    assert cal.is_working_day(D(2026, 12, 14))  # a Monday
    assert not cal.is_working_day(D(2026, 12, 13))  # a Sunday
    assert not cal.is_working_day(D(2027, 3, 29))  # Andre påskedag 2027
    assert not cal.is_working_day(D(2027, 5, 6))  # Kristi himmelfartsdag 2027
    assert cal.public_holidays(2027)[D(2027, 5, 17)] == "Grunnlovsdag og andre pinsedag"
    # over Christmas and New Year: the first working day of 2027 is Monday 4 January
    assert cal.next_working_day(D(2026, 12, 23)) == D(2026, 12, 23)
    assert cal.next_working_day(D(2026, 12, 24)) == D(2027, 1, 4)
    assert cal.next_working_day(D(2026, 12, 28), skip_christmas_week=False) == D(2026, 12, 28)


@pytest.mark.parametrize("start", [D(2026, 1, 1) + dt.timedelta(days=n) for n in range(0, 730, 3)])
def test_the_default_meeting_day_is_a_working_day(start: dt.date) -> None:
    without = rules.default_meeting_day(start)
    with_gp = rules.default_meeting_day(start, fastlege_invited=True)
    for day in (without, with_gp):
        assert cal.is_working_day(day) and not cal.is_christmas_week(day), day
    assert (without - start).days >= rules.DEFAULT_LEAD_DAYS
    assert (with_gp - start).days >= rules.FASTLEGE_NOTICE_DAYS


def test_the_four_weeks_only_with_a_fastlege() -> None:
    today = D(2026, 11, 29)  # + 28 days is Sunday 27 December, in the Christmas week
    assert rules.default_meeting_day(today) == D(2026, 12, 14)  # two weeks, a Monday
    assert rules.default_meeting_day(today, fastlege_invited=True) == D(2027, 1, 4)
