"""An in-memory unit of work (the :class:`~familiemote.storage.uow.UnitOfWork` protocol) for
fast service tests: no database, no session, no SQL.

It behaves as the real one does where the rules depend on it:

* ``with uow:`` starts a transaction that works on *copies* of what is stored; leaving
  it without :meth:`FakeUnitOfWork.commit` stores nothing (a refused input leaves the
  store as it was, as on SQLite and PostgreSQL);
* a commit gives new records their ids (and their parent's id), starts versions at 1
  and moves the version of a case, meeting, action or consent whose own fields changed;
* ``uow.guards.claim`` writes only onto a record whose fields are still empty in the
  store, ``uow.guards.touch`` refuses a record whose version moved (someone else's save);
* events recorded in the audit trail (``uow.audit.record``) are kept in order, with the
  time they were recorded (UTC, as the trail's column holds it);
* the read models (the case list and its counts, the follow-up overview, evaluations,
  info boxes) answer from what the unit of work sees: tests/support/fake_queries.py,
  checked against SQLite and PostgreSQL by tests/unit/services/test_fake_contract.py.

What it does not have (the access list, which is row-level security on a server)
raises :class:`NotInMemory`: it is tested against the real databases in
tests/integration.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterator, Mapping
from types import TracebackType
from typing import Any, NamedTuple, cast

from familiemote.domain import model as m
from familiemote.domain.errors import ConcurrentChangeError, NotFoundError
from familiemote.storage.queries.access import AccessQueries
from familiemote.storage.queries.audit import AuditQueries
from familiemote.storage.queries.cases import CaseQueries
from familiemote.storage.queries.evaluations import EvaluationQueries
from familiemote.storage.queries.followup import FollowUpQueries
from familiemote.storage.queries.guards import WriteGuards
from familiemote.storage.queries.info_boxes import InfoBoxQueries, StoredBox
from familiemote.storage.queries.settings import SettingsQueries
from familiemote.storage.uow import CaseRepository, DirectoryRepository, UnitOfWork
from tests.support.fake_queries import (
    FakeCaseQueries,
    FakeEvaluations,
    FakeFollowUp,
    FakeInfoBoxes,
    Tally,
)

__all__ = ["Event", "FakeStore", "FakeUnitOfWork", "NotInMemory"]


class Event(NamedTuple):
    """One event of the audit trail (a print, an export, an opening)."""

    case_id: int | None
    action: str
    details: dict[str, Any]
    user: str
    at: dt.datetime  # UTC without a zone, as the trail's column


class NotInMemory(NotImplementedError):
    """A query the in-memory unit of work does not answer (use the real database)."""


def _copy(value: Any) -> Any:
    """A deep copy of a domain object (a dataclass), its lists and the objects in them."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        new = type(value)(**{f.name: _copy(getattr(value, f.name)) for f in fields if f.init})
        for f in fields:
            if not f.init:
                setattr(new, f.name, _copy(getattr(value, f.name)))
        return new
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value  # enums, dates, strings, numbers, frozensets: immutable


def _own(obj: Any) -> dict[str, Any]:
    """The record's own columns (no lists of children, no version)."""
    return {
        f.name: getattr(obj, f.name)
        for f in dataclasses.fields(obj)
        if f.name != "version" and not isinstance(getattr(obj, f.name), list)
    }


# Each case's records, with the field that holds their parent's id.
_CHILDREN: Mapping[str, str] = {
    "family_members": "case_id",
    "meetings": "case_id",
    "actions": "case_id",
    "consents": "case_id",
    "phase_decisions": "case_id",
    "referrals": "case_id",
    "child_views": "case_id",
    "notifications": "case_id",
}
_GRANDCHILDREN: Mapping[type, tuple[tuple[str, str], ...]] = {
    m.Meeting: (("participants", "meeting_id"),),
    m.Action: (("handovers", "action_id"), ("reviews", "action_id")),
    m.Consent: (("scopes", "consent_id"),),
}
_VERSIONED = (m.Case, m.Meeting, m.Action, m.Consent)


def _records(case: m.Case) -> Iterator[Any]:
    """The case and every record it holds, parents before their children."""
    yield case
    for name in _CHILDREN:
        for child in getattr(case, name):
            yield child
            for sub, _fk in _GRANDCHILDREN.get(type(child), ()):
                yield from getattr(child, sub)


class FakeStore:
    """What the in-memory "database" holds: committed copies only."""

    def __init__(self, user_name: str = "tester") -> None:
        self.user_name = user_name
        self.cases: dict[int, m.Case] = {}
        self.services: dict[int, m.Service] = {}
        self.professionals: dict[int, m.Professional] = {}
        self.settings: dict[str, str] = {}
        self.events: list[Event] = []
        self.evaluation_forms: dict[int, m.EvaluationForm] = {}
        self.tallies: dict[int, Tally] = {}
        self.info_boxes: dict[tuple[str, str], StoredBox] = {}
        self.commits = 0
        self._ids = itertools.count(1)
        self._table_ids: dict[str, itertools.count[int]] = {}

    def next_id(self, table: str = "") -> int:
        """A new id: one counter for the cases' records and the directory, one for each
        other ``table``."""
        if not table:
            return next(self._ids)
        return next(self._table_ids.setdefault(table, itertools.count(1)))

    def stored(self, obj: Any) -> Any | None:
        """The stored copy of ``obj`` (same type and id), or None when it is not stored."""
        if isinstance(obj, m.Service):
            return self.services.get(obj.id) if obj.id is not None else None
        if isinstance(obj, m.Professional):
            return self.professionals.get(obj.id) if obj.id is not None else None
        for case in self.cases.values():
            for rec in _records(case):
                if type(rec) is type(obj) and rec.id == obj.id and obj.id is not None:
                    return rec
        return None

    def add_service(self, name: str, kind: m.ServiceKind, level: m.ServiceLevel) -> int:
        """Put a service straight into the store (test set-up); returns its id."""
        ident = self.next_id()
        self.services[ident] = m.Service(name=name, kind=kind, level=level, id=ident)
        return ident

    def add_professional(self, name: str, service_id: int | None) -> int:
        ident = self.next_id()
        self.professionals[ident] = m.Professional(name=name, service_id=service_id, id=ident)
        return ident


class _Missing:
    """Stands for a query object the fake does not have: any use raises NotInMemory."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        raise NotInMemory(f"uow.{self._name}.{attr} is not kept in memory")


class FakeCaseRepository(CaseRepository):
    def __init__(self, uow: FakeUnitOfWork) -> None:  # no session
        self._uow = uow

    def _loaded(self, case_id: int) -> m.Case:
        work = self._uow.working
        if case_id not in work:
            stored = self._uow.store.cases.get(case_id)
            if stored is None:
                raise NotFoundError("case", case_id)
            work[case_id] = _copy(stored)
        return work[case_id]

    def _holding(self, cls: type, ident: int) -> tuple[m.Case, Any] | None:
        for case_id, case in self._uow.store.cases.items():
            for rec in _records(case):
                if rec.id == ident and type(rec) is cls:
                    loaded = self._loaded(case_id)
                    return loaded, next(
                        r for r in _records(loaded) if r.id == ident and type(r) is cls
                    )
        return None

    def read(self, case_id: int) -> m.Case:
        return self._loaded(case_id)

    def get(self, case_id: int, expected_version: int | None = None) -> m.Case:
        case = self._loaded(case_id)
        if expected_version is not None and case.version != expected_version:
            raise ConcurrentChangeError(f"case {case_id}: {expected_version} -> {case.version}")
        return case

    def add(self, case: m.Case) -> None:
        self._uow.added.append(case)

    def by_demo_key(self, key: str) -> m.Case | None:
        found: m.Case | None = next(
            (c for c in self._uow.store.cases.values() if c.demo_key == key), None
        )
        return None if found is None or found.id is None else self._loaded(found.id)

    def mark_changed(self, case: m.Case) -> None:
        self._uow.marked.add(id(case))

    def case_of_meeting(self, meeting_id: int) -> int | None:
        found = self._holding(m.Meeting, meeting_id)
        return None if found is None else found[0].id

    def case_of_action(self, action_id: int) -> int | None:
        found = self._holding(m.Action, action_id)
        return None if found is None else found[0].id

    def action(self, action_id: int) -> m.Action:
        found = self._holding(m.Action, action_id)
        if found is None:
            raise NotFoundError("action", action_id)
        return cast(m.Action, found[1])

    def meeting(self, meeting_id: int) -> m.Meeting | None:
        found = self._holding(m.Meeting, meeting_id)
        return None if found is None else cast(m.Meeting, found[1])

    def notification(self, notification_id: int) -> m.Notification | None:
        found = self._holding(m.Notification, notification_id)
        return None if found is None else cast(m.Notification, found[1])

    def remove(self, item: m.Action | m.ActionReview) -> None:
        for case in self._uow.working.values():
            for action in case.actions:
                if item in action.reviews:
                    action.reviews.remove(item)
            if item in case.actions:
                case.actions.remove(item)

    def delete(self, case_id: int) -> None:
        self._uow.deleted.add(case_id)


class FakeDirectory(DirectoryRepository):
    def __init__(self, uow: FakeUnitOfWork) -> None:  # no session
        self._uow = uow
        self._services: dict[int, m.Service] = {k: _copy(v) for k, v in uow.store.services.items()}
        self._people: dict[int, m.Professional] = {
            k: _copy(v) for k, v in uow.store.professionals.items()
        }
        self.new: list[m.Service | m.Professional] = []

    def services(self, *, include_inactive: bool = False) -> list[m.Service]:
        found = [s for s in self._services.values() if include_inactive or s.active]
        return sorted(found, key=lambda s: (s.level.value, s.name))

    def service(self, service_id: int) -> m.Service:
        if service_id not in self._services:
            raise NotFoundError("service", service_id)
        return self._services[service_id]

    def service_by_kind(self, kind: m.ServiceKind) -> m.Service | None:
        return next((s for _, s in sorted(self._services.items()) if s.kind == kind), None)

    def professionals(self, *, include_inactive: bool = False) -> list[m.Professional]:
        found = [p for p in self._people.values() if include_inactive or p.active]
        return sorted(found, key=lambda p: p.name)

    def professional(self, professional_id: int) -> m.Professional:
        if professional_id not in self._people:
            raise NotFoundError("professional", professional_id)
        return self._people[professional_id]

    def find_professional(self, professional_id: int) -> m.Professional | None:
        return self._people.get(professional_id)

    def read_all(self) -> tuple[list[m.Service], list[m.Professional]]:
        return self.services(include_inactive=True), self.professionals(include_inactive=True)

    def add(self, item: m.Service | m.Professional) -> None:
        self.new.append(item)

    def flush(self) -> None:
        for item in self.new:
            if item.id is None:
                item.id = self._uow.store.next_id()
            if isinstance(item, m.Service):
                self._services[item.id] = item
            else:
                self._people[item.id] = item
        self.new.clear()

    def store(self) -> None:
        self.flush()
        self._uow.store.services = {k: _copy(v) for k, v in self._services.items()}
        self._uow.store.professionals = {k: _copy(v) for k, v in self._people.items()}


class FakeSettings(SettingsQueries):
    def __init__(self, uow: FakeUnitOfWork) -> None:  # no session
        self.values_now = dict(uow.store.settings)

    def value(self, key: str) -> str | None:
        return self.values_now.get(key)

    def values(self, keys: Any) -> dict[str, str]:
        return {k: self.values_now[k] for k in keys if k in self.values_now}

    def with_prefix(self, prefix: str) -> list[tuple[str, str]]:
        return sorted((k, v) for k, v in self.values_now.items() if k.startswith(prefix))

    def put(self, key: str, value: str) -> None:
        self.values_now[key] = value

    def replace(self, values: Mapping[str, str]) -> None:
        self.values_now.update(values)


class FakeAudit(AuditQueries):
    def __init__(self, uow: FakeUnitOfWork) -> None:  # no session
        self._uow = uow
        self.events: list[Event] = []

    def user(self) -> str:
        return self._uow.store.user_name

    def login_name(self) -> str:
        return self._uow.store.user_name

    def record(
        self, case_id: int | None, action: str, details: Mapping[str, Any] | None = None
    ) -> None:
        if case_id is not None and case_id not in self._uow.store.cases:
            raise NotFoundError("case", case_id)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        self.events.append(Event(case_id, action, dict(details or {}), self.user(), now))

    def recently(self, case_id: int, action: str, user: str, since: dt.datetime) -> bool:
        return any(
            e.case_id == case_id and e.action == action and e.user == user and e.at > since
            for e in self._uow.all_events()
        )

    def last_change(
        self, case_id: int, entity: str, entity_id: int, action: str | None = None
    ) -> tuple[str, dt.datetime] | None:
        return None  # the fake keeps events, not every change of data


class FakeGuards(WriteGuards):
    def __init__(self, uow: FakeUnitOfWork) -> None:  # no session
        self._uow = uow

    def defer_writes(self) -> None:
        """Nothing is written before the commit here anyway."""

    def touch(self, obj: Any) -> None:
        stored = self._uow.store.stored(obj)
        if stored is not None and stored.version != obj.version:
            raise ConcurrentChangeError(f"{type(obj).__name__} {obj.id}: version changed")
        obj.version += 1
        self._uow.touched.add(id(obj))

    def claim(self, obj: Any, still_empty: tuple[str, ...], **values: Any) -> bool:
        stored = self._uow.store.stored(obj)
        if stored is not None and any(getattr(stored, f) is not None for f in still_empty):
            return False
        for key, value in values.items():
            setattr(obj, key, value)
        return True


class FakeUnitOfWork:
    """The :class:`~familiemote.storage.uow.UnitOfWork` protocol over a :class:`FakeStore`.

    One store is the database; make a new FakeUnitOfWork per use case, as the app
    makes a new SqlAlchemyUnitOfWork (``FakeUnitOfWork(store)``).
    """

    def __init__(self, store: FakeStore) -> None:
        self.store = store

    def __enter__(self) -> FakeUnitOfWork:
        self.working: dict[int, m.Case] = {}
        self.added: list[m.Case] = []
        self.deleted: set[int] = set()
        self.marked: set[int] = set()
        self.touched: set[int] = set()
        self.cases: CaseRepository = FakeCaseRepository(self)
        self._directory = FakeDirectory(self)
        self.directory: DirectoryRepository = self._directory
        self._settings = FakeSettings(self)
        self.settings: SettingsQueries = self._settings
        self._audit = FakeAudit(self)
        self.audit: AuditQueries = self._audit
        self.guards: WriteGuards = FakeGuards(self)
        self.case_queries: CaseQueries = FakeCaseQueries(self)
        self.access = cast(AccessQueries, _Missing("access"))
        self._evaluations = FakeEvaluations(self)
        self.evaluations: EvaluationQueries = self._evaluations
        self.followup: FollowUpQueries = FakeFollowUp(self)
        self._info_boxes = FakeInfoBoxes(self)
        self.info_boxes: InfoBoxQueries = self._info_boxes
        return self

    # what a query in this unit of work sees: the store with this transaction's changes

    def visible_cases(self) -> list[m.Case]:
        """The stored cases, each as this unit of work has changed it (new ones once
        flushed, as a query flushes first), without those it deleted; by id."""
        self.flush()
        seen = {**self.store.cases, **self.working}
        seen.update({c.id: c for c in self.added if c.id is not None})
        return [seen[k] for k in sorted(seen) if k not in self.deleted]

    def visible_services(self) -> dict[int, m.Service]:
        return dict(self._directory._services)

    def visible_professionals(self) -> dict[int, m.Professional]:
        return dict(self._directory._people)

    def all_events(self) -> list[Event]:
        """The trail's events: those stored, then this unit of work's."""
        return [*self.store.events, *self._audit.events]

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.working = {}  # uncommitted changes go; objects handed out stay readable
        self.added = []

    def wait_for_writers(self) -> None:
        """Nobody else writes to the in-memory store."""

    def rollback(self) -> None:
        self.__enter__()

    def flush(self) -> None:
        """Give new records their ids (as the database does at a flush)."""
        self._directory.flush()
        self._evaluations.flush()
        for case in [*self.added, *self.working.values()]:
            self._give_ids(case)

    def _give_ids(self, case: m.Case) -> None:
        for rec in _records(case):
            if rec.id is None:
                rec.id = self.store.next_id()
                if isinstance(rec, _VERSIONED):
                    rec.version = 1
        for name, fk in _CHILDREN.items():
            for child in getattr(case, name):
                setattr(child, fk, case.id)
                for sub, sub_fk in _GRANDCHILDREN.get(type(child), ()):
                    for grandchild in getattr(child, sub):
                        setattr(grandchild, sub_fk, child.id)

    def commit(self) -> None:
        for case in self.working.values():
            self._bump_versions(case)
        self.flush()
        self._evaluations.store()
        self.store.info_boxes = dict(self._info_boxes.rows)
        for case in [*self.added, *self.working.values()]:
            assert case.id is not None
            self.store.cases[case.id] = _copy(case)
        for case_id in self.deleted:
            self.store.cases.pop(case_id, None)
        self.working = {c.id: c for c in [*self.added, *self.working.values()] if c.id}
        self.added, self.deleted, self.marked, self.touched = [], set(), set(), set()
        self._directory.store()
        self.store.settings = dict(self._settings.values_now)
        self.store.events.extend(self._audit.events)
        self._audit.events = []
        self.store.commits += 1

    def _bump_versions(self, case: m.Case) -> None:
        """A stored record whose own fields changed gets the next version (once a commit)."""
        for rec in _records(case):
            if not isinstance(rec, _VERSIONED) or rec.id is None or id(rec) in self.touched:
                continue
            stored = self.store.stored(rec)
            if stored is None:
                continue
            if _own(rec) != _own(stored) or id(rec) in self.marked:
                rec.version = stored.version + 1


def fake_uow_factory(store: FakeStore) -> Any:
    """``uow_factory`` as the services take it: a new unit of work a call."""

    def make() -> UnitOfWork:
        return FakeUnitOfWork(store)

    return make
