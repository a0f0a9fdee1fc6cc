"""Unit of work and repositories over SQLAlchemy (Cosmic Python's unit_of_work.py).

A service does ``with uow: ...; uow.commit()``. Leaving the block without a
commit rolls back; the session is then *closed* so objects the UI still holds
keep their loaded values (``expire_on_commit=False``).
"""

from __future__ import annotations

from types import TracebackType
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from familiemote.domain import model as m
from familiemote.domain.errors import ConcurrentChangeError, NotFoundError
from familiemote.storage import audit, orm


class CaseRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

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

    def add(self, item: m.Service | m.Professional) -> None:
        self.session.add(item)


class UnitOfWork(Protocol):
    cases: CaseRepository
    directory: DirectoryRepository

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

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
        try:
            self.session.commit()
        except StaleDataError as exc:
            self.session.rollback()
            raise ConcurrentChangeError(str(exc)) from exc

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError as exc:
            self.session.rollback()
            raise ConcurrentChangeError(str(exc)) from exc

    def rollback(self) -> None:
        self.session.rollback()

    @property
    def sql(self) -> Session:
        """The session, for read-model queries in the services."""
        return self.session
