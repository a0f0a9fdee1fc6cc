"""Norwegian public holidays and working days (pure; no Qt, no database).

The public holidays (offentlige høytidsdager and helligdager, lov om 1. og 17. mai
som høgtidsdager and lov om helligdager og helligdagsfred) are fixed dates and
days counted from Easter Sunday, which is computed (the Gregorian computus).
Defaults the app proposes (a meeting date, a deadline) are working days: Monday
to Friday, never a public holiday, and not in the Christmas week (24-31 December),
when most services run with few people at work.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

# Days after Easter Sunday, and the holiday's name.
_EASTER_DAYS = (
    (-3, "Skjærtorsdag"),
    (-2, "Langfredag"),
    (0, "Første påskedag"),
    (1, "Andre påskedag"),
    (39, "Kristi himmelfartsdag"),
    (49, "Første pinsedag"),
    (50, "Andre pinsedag"),
)
_FIXED = (
    (1, 1, "Første nyttårsdag"),
    (5, 1, "Offentlig høytidsdag"),
    (5, 17, "Grunnlovsdag"),
    (12, 25, "Første juledag"),
    (12, 26, "Andre juledag"),
)


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@cache
def public_holidays(year: int) -> dict[dt.date, str]:
    """Every Norwegian public holiday of ``year`` with its name (Sundays are not listed)."""
    easter = easter_sunday(year)
    days = {dt.date(year, mo, d): name for mo, d, name in _FIXED}
    for n, name in _EASTER_DAYS:
        day = easter + dt.timedelta(days=n)
        # two holidays may fall on one day (17 May and Andre pinsedag in 2027)
        days[day] = f"{days[day]} og {name[0].lower()}{name[1:]}" if day in days else name
    return dict(sorted(days.items()))


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday and not a public holiday."""
    return day.weekday() < 5 and day not in public_holidays(day.year)


def is_christmas_week(day: dt.date) -> bool:
    return day.month == 12 and day.day >= 24


def next_working_day(day: dt.date, *, skip_christmas_week: bool = True) -> dt.date:
    """``day`` itself when it is a working day (outside the Christmas week), else the next one."""
    while not is_working_day(day) or (skip_christmas_week and is_christmas_week(day)):
        day += dt.timedelta(days=1)
    return day
