"""How CaseRepository.read makes its objects, against the other ways SQLAlchemy offers.

    python bench/case_read_fill.py [--db FILE --passphrase TEXT] [--rounds 100]

Each way reads the same case with the same Core statements (storage/uow.py) and must
give what ``CaseRepository.get`` loads, detached. The ways are timed in turn, each
first in its turn as often as the others, and compared with the read as it is now:

* ``hand key``: values into ``__dict__`` and ``InstanceState.key`` set by hand
  (the read before SQLAlchemy's public ``make_transient_to_detached`` was used);
* ``read (now)``: values into ``__dict__``, ``make_transient_to_detached`` once
  every relationship is filled;
* ``detach each row``: ``make_transient_to_detached`` on each row as it is made;
* ``set_committed_value``: every value through ``set_committed_value``;
* ``constructor``: the dataclass's own constructor, then ``make_transient_to_detached``;
* ``ORM``: ``select(Entity).from_statement(...)`` in the session, relationships
  through ``set_committed_value``.

Cases: with --db (e.g. the bench cache's cases-2000.sqlite, FAMILIEMOTE_AUDIT_DIR set
to its anchors) the case with the longest history and the one with most actions;
always the demo case, and the demo case with 1,000 actions more, in a new database.
The median and the fastest of the rounds are printed: on a busy machine the fastest
is the steadier figure.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import inspect
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.attributes import instance_state, manager_of_class, set_committed_value

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from familiemote.domain import model as m
from familiemote.storage import uow as storage_uow
from familiemote.storage.db import Database, open_database
from familiemote.storage.uow import SqlAlchemyUnitOfWork

Maker = Callable[[Any, Any, type, dict[str, Any]], list[Any]]
Holder = Callable[[Any, str, list[Any]], None]
Read = Callable[[SqlAlchemyUnitOfWork, int], m.Case]


def _read_with(make: Maker, hold: Holder, detach_at_end: bool) -> Read:
    """CaseRepository.read's assembly with the making of objects swapped."""

    def read(uow: SqlAlchemyUnitOfWork, case_id: int) -> m.Case:
        queries = storage_uow._case_queries()
        params = {"case_id": case_id}
        session = uow.sql
        made: list[Any] = []

        def rows(name: str, cls: type) -> list[Any]:
            found = make(session, queries[name], cls, params)
            made.extend(found)
            return found

        group = storage_uow._grouped
        case = rows("case", m.Case)[0]
        meetings = rows("meetings", m.Meeting)
        participants = group(rows("participants", m.Participant), "meeting_id")
        actions = rows("actions", m.Action)
        handovers = group(rows("handovers", m.ActionHandover), "action_id")
        reviews = group(rows("reviews", m.ActionReview), "action_id")
        consents = rows("consents", m.Consent)
        scopes = group(rows("scopes", m.ConsentScope), "consent_id")
        for meeting in meetings:
            hold(meeting, "participants", participants.pop(meeting.id, []))
        for action in actions:
            hold(action, "handovers", handovers.pop(action.id, []))
            hold(action, "reviews", reviews.pop(action.id, []))
        for consent in consents:
            hold(consent, "scopes", scopes.pop(consent.id, []))
        for name, cls in (
            ("family_members", m.FamilyMember),
            ("phase_decisions", m.PhaseDecision),
            ("referrals", m.Referral),
            ("child_views", m.ChildView),
            ("notifications", m.Notification),
        ):
            hold(case, name, rows(name, cls))
        hold(case, "meetings", meetings)
        hold(case, "actions", actions)
        hold(case, "consents", consents)
        if detach_at_end:
            for obj in made:
                make_transient_to_detached(obj)
        return case

    return read


def _values(session: Any, stmt: Any, params: dict[str, Any]) -> tuple[list[str], Any]:
    result = session.connection().execute(stmt, params)
    return list(result.keys()), result


def hand_key(session: Any, stmt: Any, cls: type, params: dict[str, Any]) -> list[Any]:
    keys, result = _values(session, stmt, params)
    manager = manager_of_class(cls)
    identity = manager.mapper.identity_key_from_primary_key
    out = []
    for row in result:
        obj = manager.new_instance()
        obj.__dict__.update(zip(keys, row, strict=True))
        instance_state(obj).key = identity((obj.__dict__["id"],))
        out.append(obj)
    return out


def into_dict(session: Any, stmt: Any, cls: type, params: dict[str, Any]) -> list[Any]:
    keys, result = _values(session, stmt, params)
    manager = manager_of_class(cls)
    out = []
    for row in result:
        obj = manager.new_instance()
        obj.__dict__.update(zip(keys, row, strict=True))
        out.append(obj)
    return out


def detach_each(session: Any, stmt: Any, cls: type, params: dict[str, Any]) -> list[Any]:
    out = into_dict(session, stmt, cls, params)
    for obj in out:
        make_transient_to_detached(obj)
    return out


def committed(session: Any, stmt: Any, cls: type, params: dict[str, Any]) -> list[Any]:
    keys, result = _values(session, stmt, params)
    manager = manager_of_class(cls)
    out = []
    for row in result:
        obj = manager.new_instance()
        for key, value in zip(keys, row, strict=True):
            set_committed_value(obj, key, value)
        out.append(obj)
    return out


def constructor(session: Any, stmt: Any, cls: type, params: dict[str, Any]) -> list[Any]:
    keys, result = _values(session, stmt, params)
    init = {f.name for f in dataclasses.fields(cls) if f.init}
    out = []
    for row in result:
        values = dict(zip(keys, row, strict=True))
        obj = cls(**{k: v for k, v in values.items() if k in init})
        for key, value in values.items():
            if key not in init:
                setattr(obj, key, value)
        out.append(obj)
    return out


def orm(session: Any, stmt: Any, cls: type, params: dict[str, Any]) -> list[Any]:
    return list(session.scalars(sa.select(cls).from_statement(stmt), params))


def _dict_hold(obj: Any, key: str, items: list[Any]) -> None:
    obj.__dict__[key] = items


WAYS: dict[str, Read] = {
    "read (now)": lambda uow, case_id: uow.cases.read(case_id),
    "hand key": _read_with(hand_key, _dict_hold, False),
    "detach each row": _read_with(detach_each, _dict_hold, False),
    "set_committed_value": _read_with(committed, set_committed_value, True),
    "constructor": _read_with(constructor, set_committed_value, True),
    "ORM": _read_with(orm, set_committed_value, False),
}
NOW = "read (now)"


def snapshot(obj: Any) -> Any:
    mapper = inspect(type(obj))
    out: dict[str, Any] = {a.key: getattr(obj, a.key) for a in mapper.column_attrs}
    for rel in mapper.relationships:
        out[rel.key] = [snapshot(child) for child in getattr(obj, rel.key)]
    return out


def records(case: m.Case) -> int:
    return len(list(_all(case)))


def _all(obj: Any) -> Any:
    yield obj
    for rel in inspect(type(obj)).relationships:
        for child in getattr(obj, rel.key):
            yield from _all(child)


def measure(db: Database, case_id: int, label: str, rounds: int) -> None:
    with SqlAlchemyUnitOfWork(db.session_factory) as uow:
        expected = snapshot(uow.cases.get(case_id))
    for name, read in WAYS.items():
        with SqlAlchemyUnitOfWork(db.session_factory) as uow:
            got = read(uow, case_id)
        assert snapshot(got) == expected, name
        assert all(inspect(o).detached for o in _all(got)), name
    times: dict[str, list[float]] = {name: [] for name in WAYS}
    names = list(WAYS)
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            with SqlAlchemyUnitOfWork(db.session_factory) as uow:
                uow.sql.connection()  # the connection is not part of the figure
                gc.collect()  # each read starts from the same heap, none pays for another's
                start = time.perf_counter()
                WAYS[name](uow, case_id)
                times[name].append(time.perf_counter() - start)
    median, fastest = statistics.median(times[NOW]), min(times[NOW])
    with SqlAlchemyUnitOfWork(db.session_factory) as uow:
        n = records(uow.cases.read(case_id))
    print(f"\n{label} (case {case_id}, {n} records), {rounds} rounds: median (fastest)")
    for name, ts in times.items():
        mid = statistics.median(ts)
        print(
            f"  {name:<22} {mid * 1000:8.2f} ms {mid / median:5.2f}x"
            f"   ({min(ts) * 1000:7.2f} ms {min(ts) / fastest:5.2f}x)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--db", help="an SQLite file (e.g. the bench cache's cases-2000.sqlite)")
    parser.add_argument("--passphrase", default="bench passphrase 2026")
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    if args.db:
        db = open_database("sqlite:///" + args.db, passphrase=args.passphrase)
        try:
            with db.engine.connect() as conn:
                longest = conn.execute(
                    sa.text(
                        "SELECT case_id, count(*) AS n FROM audit_log WHERE case_id IS NOT NULL "
                        "GROUP BY case_id ORDER BY n DESC LIMIT 1"
                    )
                ).one()
                most = conn.execute(
                    sa.text(
                        "SELECT case_id, count(*) AS n FROM actions "
                        "GROUP BY case_id ORDER BY n DESC LIMIT 1"
                    )
                ).one()
            measure(db, longest[0], f"the longest history ({longest[1]:,} entries)", args.rounds)
            measure(db, most[0], f"the most actions ({most[1]})", args.rounds)
        finally:
            db.dispose()
    from familiemote.services import actions, demo

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database("sqlite:///" + str(Path(tmp) / "demo.sqlite"))
        try:
            day = dt.date(2026, 11, 22)
            case_id = demo.create_demo_case(SqlAlchemyUnitOfWork(db.session_factory), day).case_id
            measure(db, case_id, "the demo case", args.rounds * 4)
            with SqlAlchemyUnitOfWork(db.session_factory) as uow:
                service = uow.cases.read(case_id).actions[0].responsible_service_id
            for i in range(1000):
                actions.agree_action(
                    SqlAlchemyUnitOfWork(db.session_factory),
                    case_id,
                    actions.NewAction(f"Tiltak {i}", service),
                    day,
                )
            measure(db, case_id, "the demo case with 1,000 actions more", args.rounds)
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
