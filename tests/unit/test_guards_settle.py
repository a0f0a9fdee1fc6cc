"""storage/guards.py: settle and again_after_writers own the unit of work and the
loser's wait for the winner, so the services do not repeat it."""

from __future__ import annotations

from types import TracebackType

import pytest

from familiemote.domain.errors import ConcurrentChangeError, DomainError, NotFoundError
from familiemote.storage import guards


class Recorder:
    """A unit of work that records what happens to it, in order."""

    def __init__(self) -> None:
        self.events: list[str] = []

    def __enter__(self) -> Recorder:
        self.events.append("begin")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.events.append("end")

    def wait_for_writers(self) -> None:
        self.events.append("wait")


def test_a_write_that_wins_runs_once_in_its_own_unit_of_work() -> None:
    uow = Recorder()
    guards.settle(uow, lambda store: uow.events.append(f"attempt {store}"))
    assert uow.events == ["begin", "attempt True", "end"]


def test_the_loser_waits_for_the_winner_then_is_told_the_rules_refusal() -> None:
    uow = Recorder()
    told: list[DomainError] = []

    def attempt(store: bool) -> None:
        uow.events.append(f"attempt {store}")
        if store:
            raise ConcurrentChangeError("version 3 changed")
        raise NotFoundError("action", 7)  # what the winner left: the action is gone

    with pytest.raises(NotFoundError):
        guards.settle(uow, attempt, told.append)
    assert uow.events == [
        "begin", "attempt True", "end", "begin", "wait", "attempt False", "end",
    ]
    assert [type(e) for e in told] == [NotFoundError]


def test_a_loser_the_rules_still_allow_gets_a_conflict() -> None:
    uow = Recorder()
    told: list[DomainError] = []

    def attempt(store: bool) -> None:
        if store:
            raise ConcurrentChangeError("version 3 changed")

    with pytest.raises(ConcurrentChangeError):
        guards.settle(uow, attempt, told.append)
    assert uow.events.count("wait") == 1 and [type(e) for e in told] == [ConcurrentChangeError]


def test_an_error_that_is_not_a_lost_race_is_not_retried() -> None:
    uow = Recorder()

    def attempt(store: bool) -> None:
        raise ValueError("a bug")

    with pytest.raises(ValueError):
        guards.settle(uow, attempt)
    assert uow.events == ["begin", "end"]


def test_again_after_writers_runs_once_more_after_the_winner() -> None:
    uow = Recorder()
    runs: list[int] = []

    def work() -> int:
        runs.append(1)
        if len(runs) == 1:
            raise ConcurrentChangeError("the other user carried them over first")
        return 0  # nothing left to carry over

    assert guards.again_after_writers(uow, work) == 0
    assert uow.events == ["begin", "end", "begin", "wait", "end"]
    assert guards.again_after_writers(Recorder(), lambda: 2) == 2
