"""Two users change the same thing at the same moment: one wins, the other is told.

Each test runs a pair of conflicting operations through the services in two
threads, each with its own unit of work (its own connection), on SQLite and on
PostgreSQL. Both read the stored state, decide, and then wait at a barrier right
before their first write, so the two writes race for real. The test then asserts:

* exactly one operation is reported as saved, and what it saved is stored exactly;
* the other is refused with a typed error whose Norwegian text
  (:func:`familiemote.messages.error_text`) says what happened: never a
  traceback, never «lagret» for a change that is not in the database;
* the audit trail holds the winner's entry, nothing of the loser's change, the
  loser's refusal, and the chain still verifies.

A summary line per class is printed at the end of the run (tests/support/battery.py).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from familiemote.domain import model as m
from familiemote.domain.errors import DomainError
from familiemote.messages import error_text
from familiemote.services import actions as svc
from familiemote.services import audit as audit_service
from familiemote.services import consent as consent_service
from familiemote.services import meetings as meeting_service
from familiemote.services import notifications as notification_service
from familiemote.services import pathway
from familiemote.services.cases import NewCase, create_case
from familiemote.storage import orm
from familiemote.storage.db import Database, open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from tests.support import battery

BARRIER_KEY = "tests.race_barrier"
TODAY = dt.date(2026, 11, 22)
USERS = ("anne", "bjorn")


# -- the race harness -----------------------------------------------------------------


def _wait_at_barrier(session: Session) -> None:
    barrier = session.info.pop(BARRIER_KEY, None)
    if barrier is not None:
        barrier.wait()


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    _wait_at_barrier(session)


def _on_execute(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        _wait_at_barrier(state.session)


@pytest.fixture(autouse=True)
def barrier_hooks() -> Iterator[None]:
    """Wait at the race's barrier before a session's first write (before the audit
    trail's own hooks, which take the trail's lock)."""
    event.listen(Session, "before_flush", _before_flush, insert=True)
    event.listen(Session, "do_orm_execute", _on_execute, insert=True)
    yield
    event.remove(Session, "do_orm_execute", _on_execute)
    event.remove(Session, "before_flush", _before_flush)


class RacingUnitOfWork(SqlAlchemyUnitOfWork):
    """A unit of work whose first transaction waits at ``barrier`` right before it
    writes (or, if it writes nothing, when it ends, so the other side is not stuck)."""

    def __init__(
        self, factory: sessionmaker[Session], user_name: str, barrier: threading.Barrier
    ) -> None:
        super().__init__(factory, user_name)
        self.barrier: threading.Barrier | None = barrier

    def __enter__(self) -> RacingUnitOfWork:
        super().__enter__()
        if self.barrier is not None:
            self.session.info[BARRIER_KEY] = self.barrier
            self.barrier = None
        return self

    def __exit__(self, *exc: Any) -> None:
        _wait_at_barrier(self.session)
        super().__exit__(*exc)


@dataclass
class Result:
    user: str
    error: BaseException | None = None

    @property
    def saved(self) -> bool:
        return self.error is None

    @property
    def refused(self) -> bool:
        return isinstance(self.error, DomainError)


Op = Callable[[SqlAlchemyUnitOfWork], object]


def race(db: Database, first: Op, second: Op) -> list[Result]:
    """Run ``first`` as anne and ``second`` as bjorn at the same moment."""
    barrier = threading.Barrier(2, timeout=60)
    results = [Result(USERS[0]), Result(USERS[1])]

    def run(index: int, op: Op) -> None:
        uow = RacingUnitOfWork(db.session_factory, USERS[index], barrier)
        try:
            op(uow)
        except BaseException as exc:
            results[index].error = exc
            if not isinstance(exc, DomainError):
                barrier.abort()

    threads = [
        threading.Thread(target=run, args=(i, op), daemon=True)
        for i, op in enumerate((first, second))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
        assert not t.is_alive(), "a racing operation hung"
    return results


@dataclass
class Tally:
    cls_name: str
    tried: int = 0
    refused: int = 0
    stored: int = 0
    lost: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, results: list[Result], stored_ok: bool) -> None:
        """``stored_ok``: the winner's change is stored exactly and nothing contradicts it."""
        self.tried += len(results)
        for r in results:
            if r.refused:
                self.refused += 1
            elif r.saved and stored_ok:
                self.stored += 1
            else:
                self.lost += 1
                self.notes.append(f"{r.user}: {r.error!r}" if r.error else f"{r.user}: «lagret»")
        winners = [r for r in results if r.saved]
        if len(winners) > 1 and stored_ok:
            # both told «lagret» but the database can hold only one of them
            self.lost += 1
            self.stored -= 1

    def report(self) -> None:
        battery.record(self.cls_name, self.tried, self.refused, self.stored, self.lost)


def assert_one_winner(results: list[Result], *words: str) -> tuple[Result, Result]:
    """Exactly one saved, the other refused with a Norwegian text containing ``words``."""
    for r in results:
        if r.error is not None and not isinstance(r.error, DomainError):
            raise AssertionError(f"{r.user}: not a refusal with a message") from r.error
    winners = [r for r in results if r.saved]
    losers = [r for r in results if r.refused]
    assert len(winners) == 1, f"{len(winners)} winners: {results}"
    assert len(losers) == 1
    assert isinstance(losers[0].error, DomainError)
    text = error_text(losers[0].error)
    assert "Noe gikk galt" not in text
    for word in words:
        assert word in text, text
    return winners[0], losers[0]


# -- the world the races run in ------------------------------------------------------


@dataclass
class World:
    db: Database
    case_id: int
    first: int  # a held meeting (the actions were agreed there)
    second: int  # the meeting that reviews them
    hs: int
    ppt: int
    school: int

    def uow(self, user: str = "oppsett") -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(self.db.session_factory, user)

    def action(self, text: str = "Støttesamtaler") -> int:
        data = svc.NewAction(description=text, service_id=self.hs, meeting_id=self.first)
        return svc.agree_action(self.uow(), self.case_id, data, today=dt.date(2026, 6, 10))

    def handovers(self, action_id: int) -> list[Any]:
        t = orm.action_handovers
        with self.db.engine.connect() as conn:
            return list(
                conn.execute(sa.select(t).where(t.c.action_id == action_id).order_by(t.c.id))
            )

    def history(self) -> list[audit_service.HistoryEntry]:
        return audit_service.case_history(self.uow(), self.case_id)

    def trail_holds(self) -> bool:
        return audit_service.verify_audit_trail(self.uow()) == []


@pytest.fixture
def world(db_url: str) -> Iterator[World]:
    db = open_database(db_url)
    yield _populate(db)
    db.dispose()


@pytest.fixture
def encrypted_world(tmp_path: Path) -> Iterator[World]:
    """The app's own kind of file: SQLCipher, with a passphrase."""
    db = open_database(sqlite_url(tmp_path / "kryptert.sqlite"), passphrase="fire vanlige ord her")
    assert db.encrypted
    yield _populate(db)
    db.dispose()


def _populate(db: Database) -> World:
    factory = db.session_factory
    with SqlAlchemyUnitOfWork(factory, "oppsett") as uow:
        ids = {}
        for kind in (m.ServiceKind.HELSESTASJON, m.ServiceKind.PPT, m.ServiceKind.SKOLE):
            service = uow.directory.service_by_kind(kind)
            assert service is not None and service.id is not None
            ids[kind] = service.id
    case_id = create_case(
        SqlAlchemyUnitOfWork(factory, "oppsett"),
        NewCase(
            "Sofie",
            2017,
            initiating_service_id=ids[m.ServiceKind.SKOLE],
            concern_service_id=ids[m.ServiceKind.HELSESTASJON],
        ),
        today=dt.date(2026, 6, 1),
    )
    with SqlAlchemyUnitOfWork(factory, "oppsett") as uow:
        case = uow.cases.get(case_id)
        first = m.Meeting(case_id, m.MeetingKind.FAMILY, dt.datetime(2026, 6, 10, 14, 0))
        first.status = m.MeetingStatus.HELD
        second = m.Meeting(case_id, m.MeetingKind.FAMILY, dt.datetime(2026, 11, 20, 9, 0))
        case.meetings.extend([first, second])
        uow.commit()
        assert first.id and second.id
    return World(
        db,
        case_id,
        first.id,
        second.id,
        ids[m.ServiceKind.HELSESTASJON],
        ids[m.ServiceKind.PPT],
        ids[m.ServiceKind.SKOLE],
    )


def backend(world: World) -> str:
    name = world.db.engine.dialect.name
    return f"{name}, encrypted" if world.db.encrypted else name


def refusal_recorded(world: World, loser: Result) -> bool:
    return any(e.action == "refused" and e.user_name == loser.user for e in world.history())


ROUNDS = 3  # each pair is raced this often (the order the two writes land in varies)


# -- handovers -------------------------------------------------------------------------


def test_two_proposed_handovers_of_one_action(world: World) -> None:
    tally = Tally(f"handover: propose vs propose ({backend(world)})")
    try:
        for _ in range(ROUNDS):
            action_id = world.action()
            results = race(
                world.db,
                lambda u, a=action_id: svc.propose_handover(
                    u, a, world.ppt, None, TODAY, "til PPT"
                ),
                lambda u, a=action_id: svc.propose_handover(
                    u, a, world.school, None, TODAY, "til skolen"
                ),
            )
            rows = world.handovers(action_id)
            pending = [h for h in rows if h.accepted_on is None and h.declined_on is None]
            stored_ok = len(pending) == 1 and len(rows) == 1
            tally.add(results, stored_ok)
            winner, loser = assert_one_winner(results, "overlevering")
            assert stored_ok, rows
            assert pending[0].note == ("til PPT" if winner.user == "anne" else "til skolen")
            assert refusal_recorded(world, loser)
        assert world.trail_holds()
    finally:
        tally.report()


def _pending_handover(world: World) -> int:
    action_id = world.action()
    svc.propose_handover(world.uow(), action_id, world.ppt, None, TODAY, "til PPT")
    return action_id


@pytest.mark.parametrize("order", ["accept_first", "decline_first"])
def test_accept_and_decline_of_one_handover(world: World, order: str) -> None:
    tally = Tally(f"handover: accept vs decline ({backend(world)})")
    try:
        for _ in range(ROUNDS):
            action_id = _pending_handover(world)

            def accept(u: SqlAlchemyUnitOfWork, a: int = action_id) -> None:
                svc.accept_handover(u, a, "Per Ppt", TODAY)

            def decline(u: SqlAlchemyUnitOfWork, a: int = action_id) -> None:
                svc.decline_handover(u, a, "Pia Ppt", "Har ikke kapasitet", TODAY)

            ops = (accept, decline) if order == "accept_first" else (decline, accept)
            results = race(world.db, *ops)
            rows = world.handovers(action_id)
            h = rows[0]
            accepted, declined = h.accepted_on is not None, h.declined_on is not None
            stored_ok = len(rows) == 1 and accepted != declined
            tally.add(results, stored_ok)
            winner, loser = assert_one_winner(results, "allerede")
            assert stored_ok, rows
            won_accept = (winner.user == "anne") == (order == "accept_first")
            text = error_text(loser.error)  # type: ignore[arg-type]
            if won_accept:
                assert (h.accepted_by, h.declined_by) == ("Per Ppt", "")
                assert "godtatt av Per Ppt" in text, text
            else:
                assert (h.declined_by, h.decline_reason, h.accepted_by) == (
                    "Pia Ppt",
                    "Har ikke kapasitet",
                    "",
                )
                assert "avslått av Pia Ppt" in text, text
            entries = [e for e in world.history() if e.entity == "action_handovers"]
            changed = {c.field for e in entries for c in e.changes if e.entity_id == h.id}
            assert ("accepted_on" in changed) == won_accept
            assert ("declined_on" in changed) != won_accept
            assert refusal_recorded(world, loser)
        assert world.trail_holds()
    finally:
        tally.report()


def test_accept_and_decline_on_an_encrypted_file(encrypted_world: World) -> None:
    """The same race on the file the app really uses (SQLCipher's driver words its
    errors like SQLite's, but gives no error code to tell a stale read by)."""
    test_accept_and_decline_of_one_handover(encrypted_world, "accept_first")
    test_two_outcomes_for_one_action_in_one_meeting(encrypted_world)


def test_two_accepts_of_one_handover(world: World) -> None:
    tally = Tally(f"handover: accept vs accept ({backend(world)})")
    try:
        for _ in range(ROUNDS):
            action_id = _pending_handover(world)
            results = race(
                world.db,
                lambda u, a=action_id: svc.accept_handover(u, a, "Per Ppt", TODAY),
                lambda u, a=action_id: svc.accept_handover(u, a, "Pål Ppt", TODAY),
            )
            h = world.handovers(action_id)[0]
            winner_name = "Per Ppt" if results[0].saved else "Pål Ppt"
            stored_ok = h.accepted_by == winner_name
            tally.add(results, stored_ok)
            _winner, loser = assert_one_winner(results, f"godtatt av {winner_name}")
            assert stored_ok
            assert refusal_recorded(world, loser)
        assert world.trail_holds()
    finally:
        tally.report()


# -- review outcomes ---------------------------------------------------------------------


def _on_agenda(world: World) -> int:
    action_id = world.action()
    svc.put_open_actions_on_agenda(world.uow(), world.second)
    return action_id


def _review(world: World, action_id: int) -> Any:
    t = orm.action_reviews
    with world.db.engine.connect() as conn:
        return conn.execute(
            sa.select(t).where(t.c.action_id == action_id, t.c.meeting_id == world.second)
        ).one()


def test_putting_open_actions_on_one_agenda_twice(world: World) -> None:
    """Carrying the open actions into a meeting is harmless twice, also at once: both
    are told it is done, and each action is on the agenda exactly once."""
    tally = Tally(f"carry over vs carry over ({backend(world)})")
    try:
        for _ in range(ROUNDS):
            actions = [world.action(f"Tiltak {i}") for i in range(3)]
            with world.uow() as uow:
                case = uow.cases.get(world.case_id)
                meeting = m.Meeting(
                    world.case_id, m.MeetingKind.FAMILY, dt.datetime(2026, 12, 1, 9, 0)
                )
                case.meetings.append(meeting)
                uow.commit()
            meeting_id = meeting.id
            assert meeting_id is not None
            results = race(
                world.db,
                lambda u, i=meeting_id: svc.put_open_actions_on_agenda(u, i),
                lambda u, i=meeting_id: svc.put_open_actions_on_agenda(u, i),
            )
            t = orm.action_reviews
            with world.db.engine.connect() as conn:
                on_agenda = (
                    conn.execute(sa.select(t.c.action_id).where(t.c.meeting_id == meeting_id))
                    .scalars()
                    .all()
                )
            stored_ok = all(on_agenda.count(a) == 1 for a in actions)
            tally.tried += 2
            for r in results:
                if r.saved and stored_ok:
                    tally.stored += 1
                else:
                    tally.lost += 1
            for r in results:
                if r.error is not None:
                    raise AssertionError(f"{r.user}: {r.error!r}") from r.error
            assert stored_ok, on_agenda
        assert world.trail_holds()
    finally:
        tally.report()


def test_two_outcomes_for_one_action_in_one_meeting(world: World) -> None:
    tally = Tally(f"review outcome vs review outcome ({backend(world)})")
    handed = svc.ReviewDecision(
        m.ReviewOutcome.HANDED_OVER, note="Anne: PPT tar over", to_service_id=world.ppt
    )
    continued = svc.ReviewDecision(
        m.ReviewOutcome.CONTINUED, note="Bjørn: fortsetter", new_date=dt.date(2027, 3, 1)
    )
    try:
        for _ in range(ROUNDS):
            action_id = _on_agenda(world)
            results = race(
                world.db,
                lambda u, a=action_id: svc.record_review_outcome(u, a, world.second, handed, TODAY),
                lambda u, a=action_id: svc.record_review_outcome(
                    u, a, world.second, continued, TODAY
                ),
            )
            review = _review(world, action_id)
            rows = world.handovers(action_id)
            anne_won = results[0].saved
            if anne_won:
                stored_ok = (
                    review.note == handed.note
                    and review.outcome == m.ReviewOutcome.HANDED_OVER
                    and len(rows) == 1
                )
            else:
                stored_ok = (
                    review.note == continued.note
                    and review.outcome == m.ReviewOutcome.CONTINUED
                    and rows == []
                )
            tally.add(results, stored_ok)
            _winner, loser = assert_one_winner(results, "allerede registrert")
            assert stored_ok, (review, rows)
            assert ("anne" if anne_won else "bjorn") in error_text(loser.error)  # type: ignore[arg-type]
            assert refusal_recorded(world, loser)
        assert world.trail_holds()
    finally:
        tally.report()


def test_closing_an_action_while_it_is_handed_over(world: World) -> None:
    """Done in the meeting vs a handover proposed at the same time: never a closed
    action with a handover still waiting."""
    tally = Tally(f"review «done» vs propose handover ({backend(world)})")
    done = svc.ReviewDecision(m.ReviewOutcome.DONE, note="Ferdig")
    try:
        for _ in range(ROUNDS):
            action_id = _on_agenda(world)
            results = race(
                world.db,
                lambda u, a=action_id: svc.record_review_outcome(u, a, world.second, done, TODAY),
                lambda u, a=action_id: svc.propose_handover(u, a, world.ppt, None, TODAY),
            )
            with world.db.engine.connect() as conn:
                status = conn.execute(
                    sa.select(orm.actions.c.status).where(orm.actions.c.id == action_id)
                ).scalar_one()
            rows = world.handovers(action_id)
            pending = [h for h in rows if h.accepted_on is None and h.declined_on is None]
            closed = status in (
                m.ActionStatus.DONE,
                m.ActionStatus.NOT_DONE,
                m.ActionStatus.CANCELLED,
            )
            stored_ok = not (closed and pending) and (closed or len(pending) == 1)
            tally.add(results, stored_ok)
            _winner, loser = assert_one_winner(results)
            assert refusal_recorded(world, loser)
            assert stored_ok, (status, rows)
        assert world.trail_holds()
    finally:
        tally.report()


def _status(world: World, action_id: int) -> m.ActionStatus:
    with world.db.engine.connect() as conn:
        status: m.ActionStatus = conn.execute(
            sa.select(orm.actions.c.status).where(orm.actions.c.id == action_id)
        ).scalar_one()
    return status


def test_status_changes_of_one_action(world: World) -> None:
    """Two status edits (the version column), and «done» while a handover is proposed:
    never a closed action with a handover still waiting."""
    tally = Tally(f"action status vs status, status vs handover ({backend(world)})")
    try:
        for _ in range(ROUNDS):
            action_id = world.action()
            results = race(
                world.db,
                lambda u, a=action_id: svc.change_status(
                    u, a, m.ActionStatus.DONE, expected_version=1
                ),
                lambda u, a=action_id: svc.change_status(
                    u, a, m.ActionStatus.CANCELLED, "Flyttet", expected_version=1
                ),
            )
            expected = m.ActionStatus.DONE if results[0].saved else m.ActionStatus.CANCELLED
            stored_ok = _status(world, action_id) == expected
            tally.add(results, stored_ok)
            assert_one_winner(results, "samtidig")
            assert stored_ok

            action_id = world.action()
            results = race(
                world.db,
                lambda u, a=action_id: svc.change_status(u, a, m.ActionStatus.DONE),
                lambda u, a=action_id: svc.propose_handover(u, a, world.ppt, None, TODAY),
            )
            pending = [
                h
                for h in world.handovers(action_id)
                if h.accepted_on is None and h.declined_on is None
            ]
            closed = _status(world, action_id) == m.ActionStatus.DONE
            stored_ok = closed != bool(pending)
            tally.add(results, stored_ok)
            _winner, loser = assert_one_winner(results)
            assert refusal_recorded(world, loser)
            assert stored_ok
        assert world.trail_holds()
    finally:
        tally.report()


# -- other transitions ---------------------------------------------------------------------


def _decision(text: str) -> pathway.PhaseDecisionInput:
    return pathway.PhaseDecisionInput(decided_on=TODAY, decided_by="Hanne", reason=text)


def _case_row(world: World) -> Any:
    with world.db.engine.connect() as conn:
        return conn.execute(sa.select(orm.cases).where(orm.cases.c.id == world.case_id)).one()


def test_closing_a_case_twice_and_moving_it_while_it_closes(world: World) -> None:
    tally = Tally(f"case: close vs close, move vs close ({backend(world)})")
    try:
        results = race(
            world.db,
            lambda u: pathway.close_case(u, world.case_id, _decision("anne lukker"), TODAY),
            lambda u: pathway.close_case(u, world.case_id, _decision("bjorn lukker"), TODAY),
        )
        with world.db.engine.connect() as conn:
            closes = (
                conn.execute(
                    sa.select(orm.phase_decisions.c.reason).where(
                        orm.phase_decisions.c.case_id == world.case_id,
                        orm.phase_decisions.c.kind == m.PhaseDecisionKind.CLOSE,
                    )
                )
                .scalars()
                .all()
            )
        stored_ok = _case_row(world).status == m.CaseStatus.CLOSED and len(closes) == 1
        tally.add(results, stored_ok)
        _winner, loser = assert_one_winner(results, "avsluttet")
        assert refusal_recorded(world, loser)
        assert stored_ok, closes
        pathway.reopen_case(world.uow(), world.case_id, _decision("gjenåpnet"), TODAY)

        results = race(
            world.db,
            lambda u: pathway.move_case(
                u, world.case_id, m.Phase.VURDERING, _decision("flytt"), TODAY
            ),
            lambda u: pathway.close_case(u, world.case_id, _decision("lukk"), TODAY),
        )
        row = _case_row(world)
        moved = row.phase == m.Phase.VURDERING
        stored_ok = (row.status == m.CaseStatus.CLOSED) != moved
        tally.add(results, stored_ok)
        _winner, loser = assert_one_winner(results)
        assert refusal_recorded(world, loser)
        assert stored_ok
        assert world.trail_holds()
    finally:
        tally.report()


def test_a_meeting_held_and_cancelled_at_once(world: World) -> None:
    tally = Tally(f"meeting: held vs cancelled ({backend(world)})")
    try:
        for _ in range(ROUNDS):
            with world.uow() as uow:
                case = uow.cases.get(world.case_id)
                meeting = m.Meeting(
                    world.case_id, m.MeetingKind.FAMILY, dt.datetime(2026, 12, 1, 9, 0)
                )
                case.meetings.append(meeting)
                uow.commit()
                meeting_id, version = meeting.id, meeting.version
            assert meeting_id is not None
            results = race(
                world.db,
                lambda u, i=meeting_id: meeting_service.set_status(u, i, m.MeetingStatus.HELD),
                lambda u, i=meeting_id: meeting_service.set_status(u, i, m.MeetingStatus.CANCELLED),
            )
            with world.db.engine.connect() as conn:
                status = conn.execute(
                    sa.select(orm.meetings.c.status).where(orm.meetings.c.id == meeting_id)
                ).scalar_one()
            expected = m.MeetingStatus.HELD if results[0].saved else m.MeetingStatus.CANCELLED
            stored_ok = status == expected
            tally.add(results, stored_ok)
            _winner, loser = assert_one_winner(results)
            assert refusal_recorded(world, loser)
            assert stored_ok
            del version
        assert world.trail_holds()
    finally:
        tally.report()


def test_one_meeting_text_written_by_two_users(world: World) -> None:
    """An edit guarded by the version column alone (the guide's texts): the second is a
    conflict (the guide's conflict dialog), on SQLite too, never a lock error."""
    tally = Tally(f"meeting text vs meeting text ({backend(world)})")
    field = meeting_service.GuideField.CHILD_VOICE
    try:
        for i in range(ROUNDS):
            with world.db.engine.connect() as conn:
                version = conn.execute(
                    sa.select(orm.meetings.c.version).where(orm.meetings.c.id == world.second)
                ).scalar_one()
            texts = (f"Anne skrev {i}", f"Bjørn skrev {i}")
            results = race(
                world.db,
                lambda u, t=texts[0], v=version: meeting_service.save_text(
                    u, world.second, field, t, v
                ),
                lambda u, t=texts[1], v=version: meeting_service.save_text(
                    u, world.second, field, t, v
                ),
            )
            with world.db.engine.connect() as conn:
                stored = conn.execute(
                    sa.select(orm.meetings.c.child_voice).where(orm.meetings.c.id == world.second)
                ).scalar_one()
            stored_ok = stored == (texts[0] if results[0].saved else texts[1])
            tally.add(results, stored_ok)
            assert_one_winner(results, "samtidig")
            assert stored_ok
        assert world.trail_holds()
    finally:
        tally.report()


def test_a_notification_marked_done_twice(world: World) -> None:
    tally = Tally(f"notification: done vs done ({backend(world)})")
    try:
        pathway.move_case(world.uow(), world.case_id, m.Phase.VURDERING, _decision("flytt"), TODAY)
        with world.db.engine.connect() as conn:
            ids = (
                conn.execute(
                    sa.select(orm.notifications.c.id).where(
                        orm.notifications.c.case_id == world.case_id
                    )
                )
                .scalars()
                .all()
            )
        assert ids
        for notification_id in ids:
            results = race(
                world.db,
                lambda u, n=notification_id: notification_service.mark_done(
                    u, n, "Anne", TODAY, "ringte"
                ),
                lambda u, n=notification_id: notification_service.mark_done(
                    u, n, "Bjørn", TODAY, "sendte brev"
                ),
            )
            with world.db.engine.connect() as conn:
                row = conn.execute(
                    sa.select(orm.notifications).where(orm.notifications.c.id == notification_id)
                ).one()
            expected = ("Anne", "ringte") if results[0].saved else ("Bjørn", "sendte brev")
            stored_ok = (row.done_by, row.note) == expected
            tally.add(results, stored_ok)
            _winner, loser = assert_one_winner(results, "allerede")
            assert refusal_recorded(world, loser)
            assert stored_ok, row
        assert world.trail_holds()
    finally:
        tally.report()


def test_a_consent_withdrawn_twice(world: World) -> None:
    tally = Tally(f"consent: withdraw vs withdraw ({backend(world)})")
    try:
        with world.uow() as uow:
            case = uow.cases.get(world.case_id)
            mother = m.FamilyMember("Mor Test", m.Relation.MOTHER, True, case_id=world.case_id)
            case.family_members.append(mother)
            uow.commit()
            assert mother.id is not None
            consent = m.Consent(
                world.case_id,
                mother.id,
                frozenset({m.ConsentPurpose.FAMILY_MEETING}),
                m.ConsentForm.WRITTEN,
                dt.date(2026, 6, 1),
            )
            consent.scopes = [m.ConsentScope(world.ppt), m.ConsentScope(world.hs)]
            case.consents.append(consent)
            uow.commit()
            consent_id = consent.id
        assert consent_id is not None
        for service_id in (world.ppt, None):
            results = race(
                world.db,
                lambda u, s=service_id: consent_service.withdraw_consent(
                    u, world.case_id, consent_id, TODAY, "Anne: på telefon", TODAY, s
                ),
                lambda u, s=service_id: consent_service.withdraw_consent(
                    u, world.case_id, consent_id, TODAY, "Bjørn: i brev", TODAY, s
                ),
            )
            table = orm.consent_scopes if service_id else orm.consents
            where = (
                sa.and_(table.c.consent_id == consent_id, table.c.service_id == service_id)
                if service_id
                else table.c.id == consent_id
            )
            with world.db.engine.connect() as conn:
                note = conn.execute(sa.select(table.c.withdrawal_note).where(where)).scalar_one()
            expected = "Anne: på telefon" if results[0].saved else "Bjørn: i brev"
            stored_ok = note == expected
            tally.add(results, stored_ok)
            _winner, loser = assert_one_winner(results, "allerede")
            assert refusal_recorded(world, loser)
            assert stored_ok, note
        assert world.trail_holds()
    finally:
        tally.report()
