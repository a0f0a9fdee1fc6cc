"""The audit trail: every change through a unit of work, append-only and hash-chained.

How it works
------------
:func:`attach` marks a session as audited (the unit of work does it for every
session it opens). From then on:

* every row the ORM inserts, updates or deletes (mapper events, so cascades
  count too) is written to ``audit_log`` in the same transaction, with the
  changed fields before and after;
* every Core ``INSERT``/``UPDATE``/``DELETE`` run through the session
  (``session.execute(sa.delete(orm.cases)...)``) is recorded as well; deleting a
  case records one ``delete`` entry for the case and nothing of its content;
* :func:`append` records events that change nothing (a print, an export).

Each entry carries ``hash = SHA-256(prev_hash + canonical JSON of the entry)``,
``prev_hash`` being the hash of the entry before it (:data:`GENESIS` for the
first). Appends are serialised: on PostgreSQL by a transaction-level advisory
lock taken before the first write of a flush; on SQLite by taking the database's
write lock before the chain's head is read. Triggers (migration 0003) refuse
``UPDATE`` and ``DELETE`` on ``audit_log``; no code here updates or deletes a row.

Deletion and the chain (crypto-shredding)
-----------------------------------------
The before/after content of an entry that belongs to a case is encrypted with
AES-256-GCM under a random key kept for that case in ``case_keys``. The chain
hashes the stored (encrypted) text, so it verifies without any key. Deleting the
case deletes its key (``ON DELETE CASCADE``): the content of its earlier entries
becomes unreadable noise while the chain still verifies, and what remains
readable is only *that* something happened to a case with that number, when, by
whom and to which kind of record, and the final ``delete`` entry. On SQLite,
deletes run with ``PRAGMA secure_delete`` so freed pages are overwritten.

Entries about the service directory (no case) are stored as plain JSON.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import getpass
import hashlib
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import event
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, object_session

from familiemote.storage import orm

GENESIS = "0" * 64
CONTENT_PREFIX = "enc1:"
# content encrypted by the server's own history trigger (storage/audit_server.py); it
# starts with CONTENT_PREFIX so every reader treats it as encrypted and asks decrypt()
SERVER_PREFIX = CONTENT_PREFIX + "srv1:"
# pg_advisory_xact_lock key: "FMAUDIT" as a number, only needs to be stable.
PG_LOCK_KEY = 0x464D4155444954
SESSION_KEY = "familiemote.audit_user"
# Fields that change with every save or repeat others; left out of the entries.
IGNORED_FIELDS = frozenset({"version", "search_text"})
# Tables whose writes are the trail's own (never recorded).
_OWN_TABLES = frozenset({"audit_log", "case_keys", "alembic_version"})
# Anonymous records (returned evaluation forms, imported tallies): the trail keeps
# that one was added, corrected or deleted, by whom and when, never its content.
CONTENT_FREE_TABLES = frozenset({"evaluation_forms", "evaluation_tallies"})


class AuditAction(enum.Enum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class AuditProblemCode(enum.Enum):
    BROKEN_LINK = "broken_link"  # prev_hash is not the hash of the entry before
    WRONG_HASH = "wrong_hash"  # the entry was changed after it was written
    FORGED = "forged"  # no valid MAC: written or rewritten outside the app
    NEWEST_REMOVED = "newest_removed"  # an anchored entry past the end is gone
    REWRITTEN = "rewritten"  # an anchored entry is gone or has another hash
    EARLIER_REMOVED = "earlier_removed"  # fewer entries up to a checkpoint than verified
    PROTECTION_RESTORED = "protection_restored"  # a trigger was missing; put back
    PROTECTION_MISSING = "protection_missing"  # a trigger is missing; this login cannot fix it


@dataclass(frozen=True)
class AuditProblem:
    entry_id: int
    code: AuditProblemCode


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user_name: str
    case_id: int | None
    entity: str
    entity_id: int | None
    action: str
    before: str
    after: str
    prev_hash: str
    hash: str
    key_id: str = ""
    mac: str = ""


# -- hashing ------------------------------------------------------------------------


def canonical(
    *,
    at: dt.datetime,
    user_name: str,
    case_id: int | None,
    entity: str,
    entity_id: int | None,
    action: str,
    before: str,
    after: str,
) -> str:
    """The entry as canonical JSON (sorted keys, no spaces): what the hash covers."""
    return json.dumps(
        {
            "at": at.isoformat(),
            "user_name": user_name,
            "case_id": case_id,
            "entity": entity,
            "entity_id": entity_id,
            "action": action,
            "before": before,
            "after": after,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


def entry_hash(prev_hash: str, **entry: Any) -> str:
    return hashlib.sha256((prev_hash + canonical(**entry)).encode("utf-8")).hexdigest()


# -- values and content -------------------------------------------------------------


def json_value(value: Any) -> Any:
    """A stored value as JSON: enums by value, sets sorted, dates in ISO 8601."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, frozenset | set):
        return sorted(json_value(v) for v in value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _dumps(data: Mapping[str, Any] | None) -> str:
    if not data:
        return ""
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def encrypt(key_hex: str, plaintext: str, case_id: int) -> str:
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(bytes.fromhex(key_hex)).encrypt(
        nonce, plaintext.encode("utf-8"), f"case:{case_id}".encode()
    )
    return CONTENT_PREFIX + base64.b64encode(nonce + sealed).decode("ascii")


def decrypt(key_hex: str, token: str, case_id: int) -> str | None:
    """The plaintext of ``token``, or None if it is not readable with this key.

    Entries written by the server itself (storage/audit_server.py) carry their own
    prefix and are opened there.
    """
    if token.startswith(SERVER_PREFIX):
        from familiemote.storage import audit_server

        return audit_server.decrypt(key_hex, token, case_id)
    if not token.startswith(CONTENT_PREFIX):
        return token
    try:
        raw = base64.b64decode(token[len(CONTENT_PREFIX) :], validate=True)
        return (
            AESGCM(bytes.fromhex(key_hex))
            .decrypt(raw[:12], raw[12:], f"case:{case_id}".encode())
            .decode("utf-8")
        )
    except (InvalidTag, ValueError):
        return None


def case_key(conn: sa.Connection, case_id: int, *, create: bool) -> str | None:
    """The case's content key; with ``create``, made if the case exists and has none."""
    t = orm.case_keys
    key = conn.execute(sa.select(t.c.key).where(t.c.case_id == case_id)).scalar()
    if key is not None or not create:
        return key
    exists = conn.execute(sa.select(orm.cases.c.id).where(orm.cases.c.id == case_id)).scalar()
    if exists is None:
        return None
    key = secrets.token_hex(32)
    conn.execute(sa.insert(t).values(case_id=case_id, key=key))
    return key


# -- appending ----------------------------------------------------------------------


def lock_trail(conn: sa.Connection) -> None:
    """Serialise appends until this transaction ends."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOCK_KEY})
    elif conn.dialect.name == "sqlite":
        # A write statement takes SQLite's write lock (no row matches), so no
        # other writer can append between reading the head and inserting.
        conn.exec_driver_sql("DELETE FROM case_keys WHERE 0")
        conn.exec_driver_sql("PRAGMA secure_delete = ON")


def default_user_name(conn: sa.Connection | None = None) -> str:
    """The server's user on PostgreSQL, else the operating system's login name."""
    if conn is not None and conn.dialect.name == "postgresql":
        name = conn.execute(sa.text("SELECT current_user")).scalar()
        if name:
            return str(name)
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment (a service account)
        return "?"


def append(
    conn: sa.Connection,
    *,
    user_name: str,
    case_id: int | None,
    entity: str,
    entity_id: int | None,
    action: str,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    at: dt.datetime | None = None,
    session: Session | None = None,
) -> tuple[int, str]:
    """Append one entry; content about a case is encrypted with the case's key.

    The entry carries a MAC under this installation's key (storage/audit_check.py);
    with ``session``, its id and hash are anchored outside the database once the
    session commits. Returns the new entry's id and hash.
    """
    from familiemote.storage import audit_check

    lock_trail(conn)
    audit_check.ensure_protection(conn, once=True)
    if entity in CONTENT_FREE_TABLES:
        before = after = None
    before_text, after_text = _dumps(before), _dumps(after)
    if case_id is not None and (before_text or after_text):
        key = case_key(conn, case_id, create=True)
        if key is None:  # the case is gone: keep that it happened, not what
            before_text = after_text = ""
        else:
            before_text = encrypt(key, before_text, case_id) if before_text else ""
            after_text = encrypt(key, after_text, case_id) if after_text else ""
    t = orm.audit_log
    prev = conn.execute(sa.select(t.c.hash).order_by(t.c.id.desc()).limit(1)).scalar()
    prev = prev or GENESIS
    entry: dict[str, Any] = {
        "at": at or dt.datetime.now(dt.UTC).replace(tzinfo=None),
        "user_name": user_name[:100],
        "case_id": case_id,
        "entity": entity[:40],
        "entity_id": entity_id,
        "action": action[:40],
        "before": before_text,
        "after": after_text,
    }
    digest = entry_hash(prev, **entry)
    signer = audit_check.mac_key(conn, create=True)
    signed = {"key_id": signer.key_id, "mac": signer.mac(digest)} if signer else {}
    result = conn.execute(sa.insert(t).values(**entry, prev_hash=prev, hash=digest, **signed))
    inserted = result.inserted_primary_key
    assert inserted is not None
    new_id = int(inserted[0])
    if session is not None:
        db_id = audit_check.database_id(conn, create=True)
        session.info[_WRITTEN_KEY] = (db_id, new_id, digest)
    return new_id, digest


# -- reading and verifying ----------------------------------------------------------


def _row(r: sa.Row[Any]) -> AuditRow:
    return AuditRow(**r._asdict())


def rows(conn: sa.Connection, case_id: int | None = None) -> list[AuditRow]:
    """Entries in the order written (all, or one case's)."""
    t = orm.audit_log
    stmt = sa.select(*t.c).order_by(t.c.id)
    if case_id is not None:
        stmt = stmt.where(t.c.case_id == case_id)
    return [_row(r) for r in conn.execute(stmt)]


def verify(conn: sa.Connection) -> list[AuditProblem]:
    """Every entry whose link, hash or MAC does not match (empty when the chain holds).

    The whole trail from the first entry; storage/audit_check.py has the quick
    check from a checkpoint, the anchors and the check with progress.
    """
    from familiemote.storage import audit_check

    return audit_check.verify_chain(conn)


# -- the hooks ----------------------------------------------------------------------


_WRITTEN_KEY = "familiemote.audit_written"


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    written = session.info.pop(_WRITTEN_KEY, None)
    if written is not None:
        from familiemote.storage import audit_check

        audit_check.note_written(*written)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_WRITTEN_KEY, None)


def attach(session: Session, user_name: str | None = None) -> None:
    """Record every change made through ``session`` in the trail, as ``user_name``."""
    session.info[SESSION_KEY] = user_name


def _user(session: Session, conn: sa.Connection) -> str:
    name = session.info.get(SESSION_KEY)
    if name is None:
        name = default_user_name(conn)
        session.info[SESSION_KEY] = name
    return str(name)


def _audited(session: Session | None) -> bool:
    return session is not None and SESSION_KEY in session.info


_parent_links: dict[str, tuple[sa.Column[Any], sa.Table] | None] = {}


def _parent_link(table: sa.Table) -> tuple[sa.Column[Any], sa.Table] | None:
    """For a table without case_id: a required foreign key to one that has it."""
    if table.name not in _parent_links:
        link = None
        for fk in sorted(table.foreign_keys, key=lambda f: (f.parent.nullable, f.parent.name)):
            ref = fk.column.table
            if isinstance(ref, sa.Table) and "case_id" in ref.c:
                link = (fk.parent, ref)
                break
        _parent_links[table.name] = link
    return _parent_links[table.name]


def _case_of(conn: sa.Connection, table: sa.Table, values: Mapping[str, Any]) -> int | None:
    if table.name == "cases":
        return values.get("id")
    if "case_id" in table.c:
        return values.get("case_id")
    link = _parent_link(table)
    if link is None:
        return None
    column, parent = link
    parent_id = values.get(column.name)
    if parent_id is None:
        return None
    found = conn.execute(sa.select(parent.c.case_id).where(parent.c.id == parent_id)).scalar()
    return int(found) if found is not None else None


def _snapshot(mapper: Mapper[Any], target: Any) -> dict[str, Any]:
    return {
        attr.key: json_value(getattr(target, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in IGNORED_FIELDS
    }


def _table(mapper: Mapper[Any]) -> sa.Table:
    table = mapper.local_table
    assert isinstance(table, sa.Table)
    return table


def _record_orm(mapper: Mapper[Any], conn: sa.Connection, target: Any, action: AuditAction) -> None:
    session = object_session(target)
    if session is None or not _audited(session):
        return
    table = _table(mapper)
    snapshot = _snapshot(mapper, target)
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    if action is AuditAction.INSERT:
        after = snapshot
    elif action is AuditAction.DELETE:
        before = snapshot
    else:
        state = sa.inspect(target)
        before, after = {}, {}
        for attr in mapper.column_attrs:
            if attr.key in IGNORED_FIELDS:
                continue
            history = state.attrs[attr.key].history
            if not history.has_changes():
                continue
            old = json_value(history.deleted[0]) if history.deleted else None
            new = snapshot[attr.key]
            if old != new:
                before[attr.key], after[attr.key] = old, new
        if not after:
            return
    case_id = _case_of(conn, table, snapshot)
    if table.name == "cases" and action is AuditAction.DELETE:
        before = None  # the deletion itself is kept, not what was deleted
    append(
        conn,
        user_name=_user(session, conn),
        session=session,
        case_id=case_id,
        entity=table.name,
        entity_id=snapshot.get("id"),
        action=action.value,
        before=before,
        after=after,
    )


@event.listens_for(Mapper, "after_insert")
def _after_insert(mapper: Mapper[Any], conn: sa.Connection, target: Any) -> None:
    _record_orm(mapper, conn, target, AuditAction.INSERT)


@event.listens_for(Mapper, "after_update")
def _after_update(mapper: Mapper[Any], conn: sa.Connection, target: Any) -> None:
    _record_orm(mapper, conn, target, AuditAction.UPDATE)


@event.listens_for(Mapper, "after_delete")
def _after_delete(mapper: Mapper[Any], conn: sa.Connection, target: Any) -> None:
    _record_orm(mapper, conn, target, AuditAction.DELETE)


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    # Take the lock before the flush writes anything, so two writers never hold
    # row locks the other waits for while one waits for the trail (PostgreSQL).
    if _audited(session) and (session.new or session.dirty or session.deleted):
        lock_trail(session.connection())


def _statement_table(state: ORMExecuteState) -> sa.Table | None:
    target = getattr(state.statement, "table", None)
    if isinstance(target, sa.Table):
        return target
    try:
        table = sa.inspect(target).local_table  # an ORM entity
    except Exception:
        return None
    return table if isinstance(table, sa.Table) else None


def _state_rows(conn: sa.Connection, table: sa.Table, where: Any) -> list[dict[str, Any]]:
    stmt = sa.select(*table.c)
    if where is not None:
        stmt = stmt.where(where)
    return [
        {k: json_value(v) for k, v in r._asdict().items() if k not in IGNORED_FIELDS}
        for r in conn.execute(stmt)
    ]


def _row_id(table: sa.Table, row: Mapping[str, Any]) -> int | None:
    value = row.get("id")
    return value if isinstance(value, int) else None


@event.listens_for(Session, "do_orm_execute")
def _on_execute(state: ORMExecuteState) -> Any:
    """Record Core-style writes run through an audited session."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    if not _audited(state.session):
        return None
    table = _statement_table(state)
    if table is None or table.name in _OWN_TABLES:
        return None
    session = state.session
    conn = session.connection()
    lock_trail(conn)
    user = _user(session, conn)
    where = getattr(state.statement, "whereclause", None)
    if state.is_insert:
        result = state.invoke_statement()
        params = state.parameters if isinstance(state.parameters, Mapping) else {}
        values = dict(state.statement.compile().params)  # type: ignore[attr-defined]
        values.update(params)
        values = {k: json_value(v) for k, v in values.items() if k not in IGNORED_FIELDS}
        append(
            conn,
            user_name=user,
            session=session,
            case_id=_case_of(conn, table, values),
            entity=table.name,
            entity_id=_row_id(table, values),
            action=AuditAction.INSERT.value,
            after=values,
        )
        return result
    before_rows = _state_rows(conn, table, where)
    if state.is_delete:
        for row in before_rows:
            case_id = _case_of(conn, table, row)
            append(
                conn,
                user_name=user,
                session=session,
                case_id=case_id,
                entity=table.name,
                entity_id=_row_id(table, row),
                action=AuditAction.DELETE.value,
                before=None if table.name == "cases" else row,
            )
        return state.invoke_statement()
    result = state.invoke_statement()
    pk = list(table.primary_key.columns)
    for old in before_rows:
        cond = sa.and_(*(c == old[c.name] for c in pk))
        now = _state_rows(conn, table, cond)
        new = now[0] if now else {}
        changed = [k for k in new if new.get(k) != old.get(k)]
        if not changed:
            continue
        append(
            conn,
            user_name=user,
            session=session,
            case_id=_case_of(conn, table, new),
            entity=table.name,
            entity_id=_row_id(table, new),
            action=AuditAction.UPDATE.value,
            before={k: old.get(k) for k in changed},
            after={k: new[k] for k in changed},
        )
    return result
