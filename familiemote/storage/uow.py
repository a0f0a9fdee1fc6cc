"""Unit of work and repositories over SQLAlchemy (Cosmic Python's unit_of_work.py).

A service does ``with uow: ...; uow.commit()``. Leaving the block without a
commit rolls back; the session is then *closed* so objects the UI still holds
keep their loaded values (``expire_on_commit=False``).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, Protocol, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import (
    Session,
    configure_mappers,
    make_transient_to_detached,
    selectinload,
    sessionmaker,
)
from sqlalchemy.orm.attributes import flag_modified, manager_of_class
from sqlalchemy.orm.exc import StaleDataError

from familiemote.domain import model as m
from familiemote.domain.errors import ConcurrentChangeError, NotFoundError
from familiemote.storage import audit, guards, orm
from familiemote.storage.queries.access import AccessQueries
from familiemote.storage.queries.audit import AuditQueries
from familiemote.storage.queries.cases import CaseQueries
from familiemote.storage.queries.evaluations import EvaluationQueries
from familiemote.storage.queries.followup import FollowUpQueries
from familiemote.storage.queries.guards import WriteGuards
from familiemote.storage.queries.info_boxes import InfoBoxQueries
from familiemote.storage.queries.settings import SettingsQueries

T = TypeVar("T")

# The case view's read path (``CaseRepository.read``): one plain Core query a table,
# rows put straight into the domain objects. The ORM's selectinload does the same
# with an identity map, per-query option processing and instance events, which made
# opening a case nearly eight times slower than reading its rows (bench/run.py).


@functools.cache
def _case_queries() -> dict[str, sa.Select[Any]]:
    """The statements, built once; ``:case_id`` is bound at execution."""
    configure_mappers()  # the relationships' attributes, before objects are filled by hand
    case_id = sa.bindparam("case_id", type_=sa.Integer)
    c, mt, a, cs = orm.cases, orm.meetings, orm.actions, orm.consents
    p, h, r, sc = orm.participants, orm.action_handovers, orm.action_reviews, orm.consent_scopes

    def own(table: sa.Table, *order: sa.ColumnElement[Any]) -> sa.Select[Any]:
        return sa.select(table).where(table.c.case_id == case_id).order_by(*order, table.c.id)

    def via(child: sa.Table, parent: sa.Table, fk: sa.Column[Any]) -> sa.Select[Any]:
        return (
            sa.select(child)
            .join(parent, parent.c.id == fk)
            .where(parent.c.case_id == case_id)
            .order_by(child.c.id)
        )

    return {
        "case": sa.select(c).where(c.c.id == case_id),
        "family_members": own(orm.family_members),
        "meetings": own(mt, mt.c.starts_at),
        "participants": via(p, mt, p.c.meeting_id),
        "actions": own(a),
        "handovers": via(h, a, h.c.action_id),
        "reviews": via(r, a, r.c.action_id),
        "consents": own(cs),
        "scopes": via(sc, cs, sc.c.consent_id),
        "phase_decisions": own(orm.phase_decisions),
        "referrals": own(orm.referrals),
        "child_views": own(orm.child_views),
        "notifications": own(orm.notifications),
    }


def _objects(
    conn: sa.Connection, stmt: sa.Select[Any], cls: type[T], params: Mapping[str, Any] | None = None
) -> list[T]:
    """One domain object a row, its values set as the ORM's loading sets them.

    The objects are still transient: :func:`_detach` gives them their identity once
    their relationships are filled too (see :meth:`CaseRepository.read`).
    """
    result = conn.execute(stmt, params or {})
    keys = list(result.keys())
    manager = manager_of_class(cls)
    out = []
    for row in result:
        obj: T = manager.new_instance()
        obj.__dict__.update(zip(keys, row, strict=True))
        out.append(obj)
    return out


def _detach(objects: Iterable[object]) -> None:
    """Make fully filled objects detached, like objects loaded in a session since closed:
    SQLAlchemy's ``make_transient_to_detached`` sets each one's identity key from its
    primary key and takes its values as loaded (no change pending). Every attribute is
    filled by then, so it has nothing to expire."""
    for obj in objects:
        make_transient_to_detached(obj)


def _hold(obj: object, key: str, items: list[Any]) -> None:
    """Fill a relationship of a read-only snapshot (a plain list: nothing tracks changes)."""
    obj.__dict__[key] = items


def _grouped(items: Iterable[T], key: str) -> defaultdict[Any, list[T]]:
    out: defaultdict[Any, list[T]] = defaultdict(list)
    for item in items:
        out[item.__dict__[key]].append(item)
    return out


class CaseRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def read(self, case_id: int) -> m.Case:
        """The case with everything that belongs to it, to show (the case view's read path).

        The same objects and values as :meth:`get`, detached as after a closed session,
        read with one Core query a table. For a change, load the case with :meth:`get`.

        How the objects are made: each row's values go into the instance's ``__dict__``,
        as the ORM's own loading puts them, and once every relationship is filled too,
        SQLAlchemy's public ``make_transient_to_detached`` gives each object its
        identity key and takes its values as loaded. Until it did, the key was written
        into ``InstanceState.key`` by hand. The whole read, timed by
        bench/case_read_fill.py on a loaded 2-core machine (SQLAlchemy 2.1, SQLCipher;
        median, and in brackets the fastest of 60 to 240 reads, each way in turn),
        against that hand-written key:

        * this: the bench's case with 10,000 history entries (58 records) 1.25x
          (1.11x), the demo case (45 records) 1.14x (1.15x), a case of 1,045 records
          1.69x (1.51x), 5 to 10 ms more there;
        * ``make_transient_to_detached`` on each row before its relationships are
          filled: 1.3-1.7x, as it first expires the relationships still missing;
        * every value through ``set_committed_value``: 1.5-3.6x;
        * the dataclass constructor, then ``make_transient_to_detached``: 2-6.5x;
        * the ORM loading the same statements (``select(Entity).from_statement``),
          relationships through ``set_committed_value``: 1.9-5x.

        tests/integration/test_case_read_path.py fails if this stops giving what
        :meth:`get` loads, or objects a session takes back as persistent.
        """
        queries = _case_queries()
        params = {"case_id": case_id}
        conn = self.session.connection()  # Core: no ORM statement processing
        made: list[object] = []

        def rows(name: str, cls: type[T]) -> list[T]:
            found = _objects(conn, queries[name], cls, params)
            made.extend(found)
            return found

        found = rows("case", m.Case)
        if not found:
            raise NotFoundError("case", case_id)
        case = found[0]
        meetings = rows("meetings", m.Meeting)
        participants = _grouped(rows("participants", m.Participant), "meeting_id")
        actions = rows("actions", m.Action)
        handovers = _grouped(rows("handovers", m.ActionHandover), "action_id")
        reviews = _grouped(rows("reviews", m.ActionReview), "action_id")
        consents = rows("consents", m.Consent)
        scopes = _grouped(rows("scopes", m.ConsentScope), "consent_id")
        for meeting in meetings:
            _hold(meeting, "participants", participants.pop(meeting.id, []))
        for action in actions:
            _hold(action, "handovers", handovers.pop(action.id, []))
            _hold(action, "reviews", reviews.pop(action.id, []))
        for consent in consents:
            _hold(consent, "scopes", scopes.pop(consent.id, []))
        collections: dict[str, list[Any]] = {
            "family_members": rows("family_members", m.FamilyMember),
            "meetings": meetings,
            "actions": actions,
            "consents": consents,
            "phase_decisions": rows("phase_decisions", m.PhaseDecision),
            "referrals": rows("referrals", m.Referral),
            "child_views": rows("child_views", m.ChildView),
            "notifications": rows("notifications", m.Notification),
        }
        for name, items in collections.items():
            _hold(case, name, items)
        _detach(made)
        return case

    def add(self, case: m.Case) -> None:
        self.session.add(case)

    def get(self, case_id: int, expected_version: int | None = None) -> m.Case:
        """The case with everything that belongs to it loaded.

        With ``expected_version`` (the version the user's screen was built from),
        a case someone else has saved since raises :class:`ConcurrentChangeError`;
        the version column guards the remaining window up to the commit.
        """
        stmt = (
            sa.select(m.Case)
            .where(orm.cases.c.id == case_id)
            .options(
                selectinload(m.Case.family_members),  # type: ignore[arg-type]
                selectinload(m.Case.meetings).selectinload(m.Meeting.participants),  # type: ignore[arg-type]
                selectinload(m.Case.actions).selectinload(m.Action.handovers),  # type: ignore[arg-type]
                selectinload(m.Case.actions).selectinload(m.Action.reviews),  # type: ignore[arg-type]
                selectinload(m.Case.consents).selectinload(m.Consent.scopes),  # type: ignore[arg-type]
                selectinload(m.Case.phase_decisions),  # type: ignore[arg-type]
                selectinload(m.Case.referrals),  # type: ignore[arg-type]
                selectinload(m.Case.child_views),  # type: ignore[arg-type]
                selectinload(m.Case.notifications),  # type: ignore[arg-type]
            )
        )
        case = self.session.scalars(stmt).one_or_none()
        if case is None:
            raise NotFoundError("case", case_id)
        if expected_version is not None and case.version != expected_version:
            raise ConcurrentChangeError(f"case {case_id}: {expected_version} -> {case.version}")
        return case

    def by_demo_key(self, key: str) -> m.Case | None:
        return self.session.scalars(sa.select(m.Case).where(orm.cases.c.demo_key == key)).first()

    def mark_changed(self, case: m.Case) -> None:
        """Make the commit write the case (and so move its version on) even when none
        of its own columns changed, only records it holds."""
        flag_modified(case, "search_text")

    def case_of_meeting(self, meeting_id: int) -> int | None:
        """The id of the meeting's case, or None when there is no such meeting."""
        mt = orm.meetings
        found = self.session.scalar(sa.select(mt.c.case_id).where(mt.c.id == meeting_id))
        return None if found is None else int(found)

    def case_of_action(self, action_id: int) -> int | None:
        """The id of the action's case, or None when there is no such action."""
        a = orm.actions
        found = self.session.scalar(sa.select(a.c.case_id).where(a.c.id == action_id))
        return None if found is None else int(found)

    def action(self, action_id: int) -> m.Action:
        """One action with its handovers and reviews, to change it."""
        stmt = (
            sa.select(m.Action)
            .where(orm.actions.c.id == action_id)
            .options(
                selectinload(m.Action.handovers),  # type: ignore[arg-type]
                selectinload(m.Action.reviews),  # type: ignore[arg-type]
            )
        )
        action = self.session.scalars(stmt).one_or_none()
        if action is None:
            raise NotFoundError("action", action_id)
        return action

    def meeting(self, meeting_id: int) -> m.Meeting | None:
        return self.session.get(m.Meeting, meeting_id)

    def notification(self, notification_id: int) -> m.Notification | None:
        return self.session.get(m.Notification, notification_id)

    def remove(self, item: m.Action | m.ActionReview) -> None:
        """Delete one record of a case (stored at the commit)."""
        self.session.delete(item)

    def delete(self, case_id: int) -> None:
        """Delete a case and everything it holds (the database cascades to its rows)."""
        self.session.execute(sa.delete(orm.cases).where(orm.cases.c.id == case_id))


class DirectoryRepository:
    """Services and the professionals who represent them."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def services(self, *, include_inactive: bool = False) -> list[m.Service]:
        stmt = sa.select(m.Service).order_by(orm.services.c.level, orm.services.c.name)
        if not include_inactive:
            stmt = stmt.where(orm.services.c.active.is_(True))
        return list(self.session.scalars(stmt))

    def service(self, service_id: int) -> m.Service:
        service = self.session.get(m.Service, service_id)
        if service is None:
            raise NotFoundError("service", service_id)
        return service

    def service_by_kind(self, kind: m.ServiceKind) -> m.Service | None:
        stmt = (
            sa.select(m.Service)
            .where(orm.services.c.kind == kind.value)
            .order_by(orm.services.c.id)
        )
        return self.session.scalars(stmt).first()

    def professionals(self, *, include_inactive: bool = False) -> list[m.Professional]:
        stmt = sa.select(m.Professional).order_by(orm.professionals.c.name)
        if not include_inactive:
            stmt = stmt.where(orm.professionals.c.active.is_(True))
        return list(self.session.scalars(stmt))

    def professional(self, professional_id: int) -> m.Professional:
        person = self.session.get(m.Professional, professional_id)
        if person is None:
            raise NotFoundError("professional", professional_id)
        return person

    def find_professional(self, professional_id: int) -> m.Professional | None:
        """The person, or None when there is no such entry (a stale reference)."""
        return self.session.get(m.Professional, professional_id)

    def read_all(self) -> tuple[list[m.Service], list[m.Professional]]:
        """Every service and professional, inactive ones too, to show (detached, by Core)."""
        conn = self.session.connection()
        services = _objects(
            conn,
            sa.select(orm.services).order_by(orm.services.c.level, orm.services.c.name),
            m.Service,
        )
        people = _objects(
            conn, sa.select(orm.professionals).order_by(orm.professionals.c.name), m.Professional
        )
        return services, people

    def add(self, item: m.Service | m.Professional) -> None:
        self.session.add(item)


class UnitOfWork(guards.Transaction, Protocol):
    """What a service uses of a unit of work: ``with uow:`` opens one transaction,
    :meth:`commit` stores it (leaving without a commit stores nothing), and inside it
    the repositories and named queries below. A service never reaches the session.
    Leaving the ``with`` and ``wait_for_writers`` are :class:`storage.guards.Transaction`'s.

    :class:`SqlAlchemyUnitOfWork` is the real one; tests/support/fake_uow.py keeps
    everything in memory for fast tests of the rules.
    """

    @property
    def cases(self) -> CaseRepository:
        """Cases with everything they hold (load to change, read to show)."""

    @property
    def directory(self) -> DirectoryRepository:
        """Services and professionals."""

    @property
    def case_queries(self) -> CaseQueries:
        """The case list, counts, cases due for retention or a consent reminder."""

    @property
    def settings(self) -> SettingsQueries:
        """The app's key/value settings."""

    @property
    def access(self) -> AccessQueries:
        """The access list of a case (grants, emergency access) and logins."""

    @property
    def audit(self) -> AuditQueries:
        """The audit trail: who the user is, events, a case's entries."""

    @property
    def guards(self) -> WriteGuards:
        """Guarded writes: a parent's version bumped, a row claimed while still pending."""

    @property
    def evaluations(self) -> EvaluationQueries:
        """Evaluation forms, tallies read in, follow-through counts."""

    @property
    def followup(self) -> FollowUpQueries:
        """The follow-up overview's rows across all cases."""

    @property
    def info_boxes(self) -> InfoBoxQueries:
        """The municipality's own info-box texts."""

    def __enter__(self) -> UnitOfWork: ...

    def commit(self) -> None: ...

    def flush(self) -> None: ...

    def rollback(self) -> None: ...


class SqlAlchemyUnitOfWork:
    """Every change made through it is recorded in the audit trail (storage/audit.py).

    ``user_name`` is the name entries carry; by default the server's user on
    PostgreSQL and the operating system's login name elsewhere.
    """

    def __init__(
        self, session_factory: sessionmaker[Session], user_name: str | None = None
    ) -> None:
        self.session_factory = session_factory
        self.user_name = user_name

    def __enter__(self) -> SqlAlchemyUnitOfWork:
        self.session = self.session_factory()
        audit.attach(self.session, self.user_name)
        self.cases = CaseRepository(self.session)
        self.directory = DirectoryRepository(self.session)
        self.case_queries = CaseQueries(self.session)
        self.settings = SettingsQueries(self.session)
        self.access = AccessQueries(self.session)
        self.audit = AuditQueries(self.session)
        self.guards = WriteGuards(self.session)
        self.evaluations = EvaluationQueries(self.session)
        self.followup = FollowUpQueries(self.session)
        self.info_boxes = InfoBoxQueries(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Close, never roll back here: closing discards an uncommitted change just
        # the same, but leaves loaded objects readable for the UI.
        self.session.close()

    def commit(self) -> None:
        self._write(self.session.commit)

    def flush(self) -> None:
        self._write(self.session.flush)

    def _write(self, write: Callable[[], None]) -> None:
        """Commit or flush; someone else's newer save is a ConcurrentChangeError, a full
        disk a DiskFullError, both with the change rolled back."""
        try:
            write()
        except StaleDataError as exc:
            self.session.rollback()
            raise ConcurrentChangeError(str(exc)) from exc
        except sa.exc.OperationalError as exc:
            self._raise_disk_full(exc)
            self._raise_lost_race(exc)
            raise

    def _raise_disk_full(self, exc: sa.exc.OperationalError) -> None:
        """A full disk is the user's to fix: a message, the change rolled back, nothing lost."""
        from familiemote.storage.db import disk_full_error, is_write_failure

        if is_write_failure(exc):
            self.session.rollback()
            bind = self.session.get_bind()
            url = bind.engine.url
            sqlite = url.get_backend_name() == "sqlite"
            location = (url.database or "") if sqlite else url.render_as_string()
            raise disk_full_error(exc, location) from exc

    def _raise_lost_race(self, exc: sa.exc.OperationalError) -> None:
        """SQLite: another connection wrote since this transaction read ("database is
        locked"), so this one cannot write now; like a version mismatch, a conflict."""
        if guards.lost_race(exc):
            self.session.rollback()
            raise ConcurrentChangeError(str(exc.orig)) from exc

    def rollback(self) -> None:
        self.session.rollback()

    def wait_for_writers(self) -> None:
        """Inside the unit of work: wait until a transaction writing now has committed
        (the second look of a race's loser, storage/guards.py)."""
        guards.wait_for_writers(self.session)

    @property
    def sql(self) -> Session:
        """The session itself, for tests and command-line tools that inspect the tables;
        services use the repositories and named queries instead (the protocol has no
        ``sql``)."""
        return self.session
