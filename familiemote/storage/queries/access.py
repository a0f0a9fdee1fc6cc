"""Who may see a case: the access list (grants, emergency access) and logins on a server."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from familiemote.storage import access_sql, orm


@dataclass(frozen=True)
class AccessRow:
    """One row of the access list, with the directory's name for its login ("" if none)."""

    id: int
    case_id: int
    kind: str  # "grant" or "emergency"
    login: str
    person: str
    reason: str
    granted_by: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    ended_at: dt.datetime | None
    ended_by: str


class AccessQueries:
    def __init__(self, session: Session) -> None:
        self.session = session

    def on_server(self) -> bool:
        """Whether the database is a shared server (PostgreSQL), where logins are people."""
        return self.session.get_bind().dialect.name == "postgresql"

    def case_visible(self, case_id: int) -> bool:
        """Whether this user sees the case (row-level security on a server)."""
        c = orm.cases
        return self.session.scalar(sa.select(c.c.id).where(c.c.id == case_id)) is not None

    def find_case(self, first_name: str, birth_year: int) -> list[int]:
        return access_sql.find_case(self.session.connection(), first_name, birth_year)

    def _entries(self, where: Any) -> list[AccessRow]:
        a, p = orm.case_access, orm.professionals
        stmt = (
            sa.select(*a.c, sa.func.coalesce(p.c.name, "").label("person"))
            .select_from(a.outerjoin(p, p.c.login == a.c.login))
            .where(where)
            .order_by(a.c.starts_at, a.c.id)
        )
        return [
            AccessRow(
                id=r.id,
                case_id=r.case_id,
                kind=r.kind,
                login=r.login,
                person=r.person,
                reason=r.reason,
                granted_by=r.granted_by,
                starts_at=r.starts_at,
                ends_at=r.ends_at,
                ended_at=r.ended_at,
                ended_by=r.ended_by,
            )
            for r in self.session.execute(stmt)
        ]

    def of_case(self, case_id: int) -> list[AccessRow]:
        """The case's access list, oldest first (ended entries too)."""
        return self._entries(orm.case_access.c.case_id == case_id)

    def emergencies(self, since: dt.date | None) -> list[AccessRow]:
        """Every emergency access this user sees, from ``since`` on when given."""
        a = orm.case_access
        where: Any = a.c.kind == "emergency"
        if since is not None:
            where = sa.and_(where, a.c.starts_at >= dt.datetime.combine(since, dt.time()))
        return self._entries(where)

    def colleagues(self) -> list[tuple[int, str, str]]:
        """(id, name, login) of the directory's active people who have a login, by name."""
        p = orm.professionals
        rows = self.session.execute(
            sa.select(p.c.id, p.c.name, p.c.login)
            .where(p.c.login.is_not(None), p.c.active.is_(True))
            .order_by(p.c.name)
        )
        return [(int(r.id), str(r.name), str(r.login)) for r in rows]

    def login_of(self, professional_id: int) -> str | None:
        p = orm.professionals
        found = self.session.scalar(sa.select(p.c.login).where(p.c.id == professional_id))
        return None if found is None else str(found)

    def add(
        self,
        *,
        case_id: int,
        kind: str,
        login: str,
        reason: str,
        granted_by: str,
        starts_at: dt.datetime,
        ends_at: dt.datetime,
        professional_id: int | None = None,
    ) -> int:
        """Store a grant or an emergency access; returns its id."""
        values: dict[str, Any] = {
            "case_id": case_id,
            "kind": kind,
            "login": login,
            "reason": reason,
            "granted_by": granted_by,
            "starts_at": starts_at,
            "ends_at": ends_at,
        }
        if professional_id is not None:
            values["professional_id"] = professional_id
        result = self.session.execute(
            sa.insert(orm.case_access).values(**values).returning(orm.case_access.c.id)
        )
        return int(result.scalar_one())

    def ended_at(self, access_id: int) -> tuple[bool, dt.datetime | None]:
        """(whether the entry exists, when it was ended or None)."""
        a = orm.case_access
        found = self.session.execute(
            sa.select(a.c.id, a.c.ended_at).where(a.c.id == access_id)
        ).first()
        return (False, None) if found is None else (True, found.ended_at)

    def end(self, access_id: int, when: dt.datetime, by: str) -> None:
        a = orm.case_access
        self.session.execute(
            sa.update(a).where(a.c.id == access_id).values(ended_at=when, ended_by=by)
        )

    def set_login(self, professional_id: int, login: str | None) -> bool:
        """Tie a directory entry to a login; False when there is no such entry."""
        p = orm.professionals
        done = self.session.execute(
            sa.update(p).where(p.c.id == professional_id).values(login=login)
        )
        return bool(done.rowcount)  # type: ignore[attr-defined]
