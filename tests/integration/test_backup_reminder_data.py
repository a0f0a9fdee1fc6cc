"""The backup reminder waits for something to back up: an empty database has nothing,
the first case (any case) is something. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from familiemote.services import backup, cases
from tests.support.fixture_types import UowFactory

TODAY = dt.date(2026, 11, 22)


def test_nothing_to_back_up_until_the_first_case(uow_factory: UowFactory) -> None:
    assert not backup.has_something_to_back_up(uow_factory())
    cases.create_case(uow_factory(), cases.NewCase("Ida", 2016), TODAY)
    assert backup.has_something_to_back_up(uow_factory())
