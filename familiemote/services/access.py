"""Who may see a case: the access list, emergency access and the log of who looked.

On a shared PostgreSQL server the database decides who sees a case (row-level
security, storage/access_sql.py); this module is what the app does with it:

* :func:`grant_access` gives a colleague from the directory (a professional
  with a login) access with a reason and an end date; :func:`end_access` ends it
  before then. Rows are never deleted; every change is in the audit trail.
* :func:`take_emergency_access` (nødtilgang): a user outside the team opens a case
  by stating a reason; it lasts :data:`EMERGENCY_HOURS` hours, is recorded in the
  case's history (``emergency_access``) and listed by :func:`emergency_report`
  for the municipality's privacy officer.
* :func:`record_open` logs that a user opened a case (``open``; once per user and
  case within :data:`OPEN_QUIET_MINUTES` minutes), on SQLite too. Prints and
  exports are logged where they happen (services/audit.record_output).
* :func:`read_log` lists the opening, printing, export and emergency entries of a
  case: the family's «who has looked».

On SQLite there is one user: the access list can be kept, but nothing is hidden.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from familiemote.domain.errors import NotFoundError, ValidationCode, ValidationError
from familiemote.services import audit as audit_service
from familiemote.storage import access_sql
from familiemote.storage.queries.access import AccessRow
from familiemote.storage.uow import UnitOfWork

EMERGENCY_HOURS = access_sql.EMERGENCY_HOURS
OPEN_QUIET_MINUTES = 30
MAX_REASON = 1000
MAX_GRANT_DAYS = 366
# The audit actions that say someone looked at a case or took it out of the app.
READ_ACTIONS = frozenset(
    {"open", "print", "save_pdf", "export", "calendar", "emergency_access", "innsyn"}
)


@dataclass(frozen=True)
class AccessEntry(AccessRow):
    """A row of the access list (``person``: the directory's name for the login, or "")."""

    def active(self, now: dt.datetime) -> bool:
        return self.ended_at is None and self.starts_at <= now < self.ends_at


@dataclass(frozen=True)
class ReadEntry:
    at: dt.datetime  # UTC, naive
    user_name: str
    action: str
    document: str
    reason: str


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _login(uow: UnitOfWork) -> str:
    """Inside an open unit of work: this user's name as the audit trail writes it."""
    return uow.audit.user()


def current_login(uow: UnitOfWork) -> str:
    """This user's name as the audit trail writes it (the server login on PostgreSQL)."""
    with uow:
        return _login(uow)


def _reason(reason: str) -> str:
    text = " ".join(reason.split())
    if not text:
        raise ValidationError("reason", ValidationCode.REQUIRED)
    if len(text) > MAX_REASON:
        raise ValidationError("reason", ValidationCode.TOO_LONG)
    return text


def can_see(uow: UnitOfWork, case_id: int) -> bool:
    """Whether this user sees the case (always on SQLite)."""
    with uow:
        return uow.access.case_visible(case_id)


def find_case(uow: UnitOfWork, first_name: str, birth_year: int) -> list[int]:
    """Numbers of the cases for this child, seen or not (to avoid a second case)."""
    with uow:
        return uow.access.find_case(first_name.strip(), birth_year)


def _entry(r: AccessRow) -> AccessEntry:
    return AccessEntry(**{f.name: getattr(r, f.name) for f in fields(r)})


def list_access(uow: UnitOfWork, case_id: int) -> list[AccessEntry]:
    """The case's access list, oldest first (ended entries too)."""
    with uow:
        return [_entry(r) for r in uow.access.of_case(case_id)]


def colleagues(uow: UnitOfWork) -> list[tuple[int, str, str]]:
    """(professional id, name, login) of the directory's active people who have a login."""
    with uow:
        return uow.access.colleagues()


def grant_access(
    uow: UnitOfWork,
    case_id: int,
    professional_id: int,
    reason: str,
    ends_on: dt.date,
    *,
    now: dt.datetime | None = None,
) -> int:
    """Give a colleague access to the case until the end of ``ends_on``; returns its id."""
    now = now or _now()
    text = _reason(reason)
    if ends_on < now.date():
        raise ValidationError("ends_on", ValidationCode.DATE_OUT_OF_RANGE)
    if ends_on > now.date() + dt.timedelta(days=MAX_GRANT_DAYS):
        raise ValidationError("ends_on", ValidationCode.DATE_OUT_OF_RANGE)
    with uow:
        login = uow.access.login_of(professional_id)
        if login is None:
            raise ValidationError("professional", ValidationCode.INCONSISTENT)
        if not uow.access.case_visible(case_id):
            raise NotFoundError("case", case_id)
        new_id = uow.access.add(
            case_id=case_id,
            kind="grant",
            login=login,
            professional_id=professional_id,
            reason=text,
            granted_by=_login(uow),
            starts_at=now,
            ends_at=dt.datetime.combine(ends_on + dt.timedelta(days=1), dt.time()),
        )
        uow.commit()
        return new_id


def end_access(uow: UnitOfWork, access_id: int, *, now: dt.datetime | None = None) -> None:
    """End a grant or an emergency access now (kept in the list as ended)."""
    now = now or _now()
    with uow:
        exists, ended_at = uow.access.ended_at(access_id)
        if not exists:
            raise NotFoundError("case_access", access_id)
        if ended_at is not None:
            return
        uow.access.end(access_id, now, _login(uow))
        uow.commit()


def take_emergency_access(
    uow: UnitOfWork, case_id: int, reason: str, *, now: dt.datetime | None = None
) -> int:
    """Nødtilgang: open a case outside the team by stating why; logged and time-limited."""
    now = now or _now()
    text = _reason(reason)
    with uow:
        login = _login(uow)
        new_id = uow.access.add(
            case_id=case_id,
            kind="emergency",
            login=login,
            reason=text,
            granted_by=login,
            starts_at=now,
            ends_at=now + dt.timedelta(hours=EMERGENCY_HOURS),
        )
        audit_service.record_in(
            uow, case_id, "emergency_access", {"reason": text, "access_id": new_id}
        )
        uow.commit()
        return new_id


def record_open(uow: UnitOfWork, case_id: int, *, now: dt.datetime | None = None) -> bool:
    """Log that this user opened the case; False when already logged a moment ago."""
    now = now or _now()
    with uow:
        user = _login(uow)
        since = now - dt.timedelta(minutes=OPEN_QUIET_MINUTES)
        if uow.audit.recently(case_id, "open", user, since):
            return False
        audit_service.record_in(uow, case_id, "open")
        uow.commit()
        return True


def read_log(uow: UnitOfWork, case_id: int) -> list[ReadEntry]:
    """Who opened, printed, exported or took emergency access to the case, oldest first."""
    out: list[ReadEntry] = []
    for e in audit_service.case_history(uow, case_id):
        if e.action not in READ_ACTIONS:
            continue
        after = {c.field: c.after for c in e.changes}
        out.append(
            ReadEntry(
                at=e.at,
                user_name=e.user_name,
                action=e.action,
                document=str(after.get("document") or ""),
                reason=str(after.get("reason") or ""),
            )
        )
    out.sort(key=lambda r: r.at)
    return out


@dataclass(frozen=True)
class EmergencyReportLine:
    access_id: int
    case_id: int
    login: str
    person: str
    reason: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    ended_at: dt.datetime | None


def emergency_report(uow: UnitOfWork, since: dt.date | None = None) -> list[EmergencyReportLine]:
    """Every emergency access (for the privacy officer: run as the owner to see all)."""
    with uow:
        return [
            EmergencyReportLine(
                access_id=e.id,
                case_id=e.case_id,
                login=e.login,
                person=e.person,
                reason=e.reason,
                starts_at=e.starts_at,
                ends_at=e.ends_at,
                ended_at=e.ended_at,
            )
            for e in uow.access.emergencies(since)
        ]


def set_login(uow: UnitOfWork, professional_id: int, login: str | None) -> None:
    """Tie a directory entry to a database login (IT, as the owner, on a server)."""
    value = (login or "").strip() or None
    if value is not None and not access_sql.LOGIN.match(value):
        raise ValidationError("login", ValidationCode.INVALID_NAME)
    with uow:
        if not uow.access.set_login(professional_id, value):
            raise NotFoundError("professional", professional_id)
        uow.commit()


def setting_days(uow: UnitOfWork, key: str, default: int) -> int:
    with uow:
        value = uow.settings.value(key)
    try:
        return int(value) if value is not None else default
    except (TypeError, ValueError):
        return default


def set_setting(uow: UnitOfWork, key: str, days: int) -> None:
    """Set how long a part of the access rules lasts (IT, as the owner, on a server)."""
    with uow:
        uow.settings.put(key, str(days))
        uow.commit()
