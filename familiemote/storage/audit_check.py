"""Checking the audit trail: incrementally, in full, and against anchors outside the database.

The trail (storage/audit.py) is a SHA-256 hash chain. On its own a chain only
shows that an entry was changed or removed *without* the hashes after it being
recomputed. This module adds what makes the rest detectable, and the checks.

What each part catches
----------------------
* **The chain** (every check): an entry changed or removed with ordinary SQL.
* **A MAC per entry** (``key_id``, ``mac``: HMAC-SHA-256 over the entry's hash)
  under a key the database does not hold in the clear. On an encrypted SQLite
  file the key is random, kept in the file only wrapped (AES-GCM) under a key
  derived from the passphrase (HKDF), so it is usable only by someone who has the
  passphrase and runs code written for it; on PostgreSQL and a plain file it is
  a key per installation, in the user's data folder. An entry appended or
  rewritten with a plain ``INSERT`` and a recomputed hash has no valid MAC: on
  SQLite (one writer) every entry after the first one under the current key must
  carry a valid MAC; on PostgreSQL each installation can check only the entries
  it wrote itself (and, because the MAC covers the chain hash, everything before
  its newest one).
* **Anchors outside the database**: the newest entry this installation wrote or
  verified, and the head at every backup, kept in a JSON file per database in the
  user's data folder. Entries removed from the end, or the chain rewritten below
  an anchor, no longer match it.
* **A checkpoint** (the entry up to which the whole chain was verified, its
  hash and the number of entries up to it), in the database and in the anchor
  file: the quick check re-reads the checkpoint's row and count and verifies
  only the entries after it, so opening a case does not read all history.
* **The append-only triggers** are checked (and on SQLite restored) before the
  first entry is written in a session and at every check.

Nothing here can stop someone who has the passphrase *and* the user's data
folder *and* writes code for it (SQLite), or the server's owner who also edits
every user's anchor file (PostgreSQL); the README says so.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
import uuid
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.engine import Engine

from familiemote.storage import audit_server, orm
from familiemote.storage.audit import (
    GENESIS,
    AuditProblem,
    AuditProblemCode,
    AuditRow,
    entry_hash,
)
from familiemote.storage.audit_server import SERVER_KEY_ID

log = logging.getLogger(__name__)

ANCHOR_DIR_ENV = "FAMILIEMOTE_AUDIT_DIR"
APP_DIR_NAME = "Familiemote"
KEY_DB_ID = "audit.db_id"
KEY_CHECKPOINT = "audit.checkpoint"
KEY_MAC_WRAPS = "audit.mac_keys"
CIPHER_DRIVER = "sqlite+pysqlcipher"
# The quick check verifies at most this many entries after the checkpoint
# (about 50 ms); a longer tail is left to the check in the background.
QUICK_LIMIT = 2000
CHUNK = 5000
_KEK_INFO = b"familiemote audit mac key wrapping v1"
_KEY_ID_PREFIX = b"familiemote audit key id v1"

Progress = Callable[[int, int], None]


# -- where the anchors live ------------------------------------------------------


def anchor_dir() -> Path:
    """The user's data folder for anchors and the installation key."""
    own = os.environ.get(ANCHOR_DIR_ENV)
    if own:
        return Path(own)
    import platformdirs

    base = platformdirs.user_data_path(APP_DIR_NAME, appauthor=False, roaming=True)
    return base / "audit"


_file_lock = threading.Lock()


def _anchor_path(db_id: str) -> Path:
    return anchor_dir() / f"anchor-{db_id}.json"


def read_anchor(db_id: str | None) -> dict[str, Any]:
    if not db_id:
        return {}
    try:
        data = json.loads(_anchor_path(db_id).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _update_anchor(db_id: str | None, change: Callable[[dict[str, Any]], None]) -> None:
    """Read, change and atomically rewrite the anchor file (readable by the user only)."""
    if not db_id:
        return
    with _file_lock:
        data = read_anchor(db_id)
        change(data)
        path = _anchor_path(db_id)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, sort_keys=True)
            os.replace(tmp, path)
        except OSError as exc:  # an unwritable data folder must not stop a save
            log.warning("audit anchor not written: %s", exc)


def _never_fails(what: str, action: Callable[[], None]) -> None:
    """Anchoring is evidence, not a condition: a save, backup or restore never fails on it."""
    try:
        action()
    except Exception:  # logged with its traceback; the user's operation goes on
        log.exception("audit anchor: %s failed", what)


def _clean_ref(ref: Any) -> dict[str, Any] | None:
    """An anchor entry as ``{"id": int, "hash": str[, "count": int]}``, or None if malformed."""
    if not isinstance(ref, dict):
        return None
    try:
        out: dict[str, Any] = {"id": int(ref["id"]), "hash": str(ref["hash"])}
        if "count" in ref:
            out["count"] = int(ref["count"])
    except (KeyError, TypeError, ValueError):
        return None
    return out


def _ref(entry_id: int, hash_: str, count: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": entry_id, "hash": hash_}
    if count is not None:
        out["count"] = count
    return out


# -- per-engine state: database id, MAC key, protection --------------------------


@dataclass(frozen=True)
class MacKey:
    key_id: str
    secret: bytes

    def mac(self, hash_: str) -> str:
        return hmac.new(self.secret, hash_.encode("ascii"), hashlib.sha256).hexdigest()


@dataclass
class _EngineState:
    db_id: str | None = None
    key: MacKey | None = None
    key_loaded: bool = False
    protection: list[AuditProblem] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


_states: weakref.WeakKeyDictionary[Engine, _EngineState] = weakref.WeakKeyDictionary()
_states_lock = threading.Lock()


def _state(conn: sa.Connection) -> _EngineState:
    with _states_lock:
        state = _states.get(conn.engine)
        if state is None:
            state = _states[conn.engine] = _EngineState()
        return state


def _setting(conn: sa.Connection, key: str) -> str | None:
    t = orm.app_settings
    value = conn.execute(sa.select(t.c.value).where(t.c.key == key)).scalar()
    return None if value is None else str(value)


def _put_setting(conn: sa.Connection, key: str, value: str) -> None:
    """Core statements on the connection: not recorded in the trail (they are its own)."""
    t = orm.app_settings
    done = conn.execute(sa.update(t).where(t.c.key == key).values(value=value))
    if done.rowcount == 0:
        conn.execute(sa.insert(t).values(key=key, value=value))


def database_id(conn: sa.Connection, *, create: bool = False) -> str | None:
    """A random id for this database (kept in it, so a backup has the same one)."""
    state = _state(conn)
    if state.db_id is None:
        found = _setting(conn, KEY_DB_ID)
        if found is None and create:
            found = uuid.uuid4().hex
            _put_setting(conn, KEY_DB_ID, found)
        state.db_id = found
    return state.db_id


def _key_id(secret: bytes) -> str:
    return hashlib.sha256(_KEY_ID_PREFIX + secret).hexdigest()[:16]


def _kek(passphrase: str, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_KEK_INFO).derive(
        passphrase.encode("utf-8")
    )


def _unwrap(passphrase: str, token: str) -> bytes | None:
    try:
        raw = base64.b64decode(token, validate=True)
        salt, nonce, sealed = raw[:16], raw[16:28], raw[28:]
        return AESGCM(_kek(passphrase, salt)).decrypt(nonce, sealed, b"audit-mac-key")
    except (InvalidTag, ValueError):
        return None


def _wrap(passphrase: str, secret: bytes) -> str:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_kek(passphrase, salt)).encrypt(nonce, secret, b"audit-mac-key")
    return base64.b64encode(salt + nonce + sealed).decode("ascii")


def _installation_key() -> bytes | None:
    """A random key kept in the user's data folder (made on first use, mode 0600)."""
    path = anchor_dir() / "installation.key"
    with _file_lock:
        try:
            return bytes.fromhex(path.read_text("ascii").strip())
        except (OSError, ValueError):
            pass
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            secret = secrets.token_bytes(32)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.write(secret.hex())
            return secret
        except FileExistsError:
            try:
                return bytes.fromhex(path.read_text("ascii").strip())
            except (OSError, ValueError):
                return None
        except OSError as exc:
            log.warning("no installation key for the audit trail: %s", exc)
            return None


def _passphrase(conn: sa.Connection) -> str | None:
    url = conn.engine.url
    return url.password if url.drivername == CIPHER_DRIVER and url.password else None


def mac_key(conn: sa.Connection, *, create: bool = False) -> MacKey | None:
    """The key this installation signs entries with (None if none can be had)."""
    state = _state(conn)
    if state.key_loaded:
        return state.key
    passphrase = _passphrase(conn)
    secret: bytes | None = None
    if passphrase is None:
        secret = _installation_key()
    else:
        text = _setting(conn, KEY_MAC_WRAPS)
        try:
            wraps = json.loads(text) if text else []
        except ValueError:
            wraps = []
        wraps = [w for w in wraps if isinstance(w, str)] if isinstance(wraps, list) else []
        for token in wraps:
            secret = _unwrap(passphrase, token)
            if secret is not None:
                break
        if secret is None:
            if not create:
                return None  # not cached: the next append makes one
            # a new file, or a passphrase changed without rewrapping: a new key
            secret = secrets.token_bytes(32)
            _put_setting(conn, KEY_MAC_WRAPS, json.dumps([*wraps[-4:], _wrap(passphrase, secret)]))
    state.key = None if secret is None else MacKey(_key_id(secret), secret)
    state.key_loaded = True
    return state.key


def rewrap_mac_key(conn: sa.Connection, new_passphrase: str) -> None:
    """Keep the same key across a passphrase change: wrap it under the new one too."""
    key = mac_key(conn)
    if key is None or _passphrase(conn) is None:
        return
    text = _setting(conn, KEY_MAC_WRAPS)
    wraps = json.loads(text) if text else []
    _put_setting(conn, KEY_MAC_WRAPS, json.dumps([*wraps[-4:], _wrap(new_passphrase, key.secret)]))


def rewrap_for(engine: Engine, new_passphrase: str) -> None:
    """Before a passphrase change: the MAC key wrapped under the new one as well."""
    try:
        with engine.begin() as conn:
            rewrap_mac_key(conn, new_passphrase)
    except Exception as exc:  # the change goes on; a new key starts after it
        log.warning("audit MAC key not rewrapped: %s", exc)


# -- the protection: append-only triggers ----------------------------------------

SQLITE_TRIGGERS = {
    "audit_log_no_update": "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "audit_log_no_delete": "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
}
PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "RAISE EXCEPTION 'audit_log is append-only'; END $$"
)
PG_TRIGGERS = {
    "audit_log_no_change": "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON "
    "audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "audit_log_no_truncate": "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "
    "audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
}


def _missing_triggers(conn: sa.Connection) -> list[str]:
    if conn.dialect.name == "sqlite":
        present = set(
            conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
            ).scalars()
        )
        return [name for name in SQLITE_TRIGGERS if name not in present]
    if conn.dialect.name == "postgresql":
        enabled = set(
            conn.exec_driver_sql(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass "
                "AND NOT tgisinternal AND tgenabled <> 'D'"
            ).scalars()
        )
        # and the triggers by which the server writes its own history (audit_server.py)
        return [name for name in PG_TRIGGERS if name not in enabled] + audit_server.missing(conn)
    return []


def _restore_triggers(conn: sa.Connection, missing: list[str]) -> bool:
    """Put the missing triggers back; False when this login may not (PostgreSQL)."""
    try:
        with conn.begin_nested():
            if conn.dialect.name == "sqlite":
                for name in missing:
                    conn.exec_driver_sql(SQLITE_TRIGGERS[name])
            else:
                conn.exec_driver_sql(PG_FUNCTION)
                for name in missing:
                    if name in PG_TRIGGERS:
                        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON audit_log")
                        conn.exec_driver_sql(PG_TRIGGERS[name])
                if any(name not in PG_TRIGGERS for name in missing):
                    audit_server.install(conn)
    except sa.exc.DBAPIError as exc:
        log.warning("audit triggers could not be restored: %s", exc)
        return False
    return True


def ensure_protection(conn: sa.Connection, *, once: bool = False) -> list[AuditProblem]:
    """Check the append-only triggers; restore missing ones where this login may.

    Returns everything found so far in the engine's life (restored, or missing and
    not restorable), so the history tab can tell what the first write found. With
    ``once`` (before an append) the check runs only the first time per engine.
    """
    state = _state(conn)
    if once and state.protection is not None:
        return state.protection
    found = state.protection or []
    missing = _missing_triggers(conn)
    if missing:
        if _restore_triggers(conn, missing):
            log.warning("audit triggers were missing and are restored: %s", missing)
            found = [*found, AuditProblem(0, AuditProblemCode.PROTECTION_RESTORED)]
        else:
            found = [*found, AuditProblem(0, AuditProblemCode.PROTECTION_MISSING)]
    elif conn.dialect.name == "postgresql":
        # restored by the owner since: no longer missing
        found = [p for p in found if p.code is not AuditProblemCode.PROTECTION_MISSING]
    state.protection = _dedupe(found)
    return state.protection


def protect_at_open(engine: Engine) -> None:
    """At open: missing triggers put back (remembered for the history tab) or noted."""
    try:
        with engine.begin() as conn:
            ensure_protection(conn)
    except sa.exc.DBAPIError as exc:  # a read-only file, a server that forbids it
        log.warning("audit triggers not checked at open: %s", exc)


# -- recording what was written (after commit) -----------------------------------


def note_written(db_id: str | None, entry_id: int, hash_: str) -> None:
    """The newest entry this installation wrote: anchor it outside the database."""

    def change(data: dict[str, Any]) -> None:
        head = _clean_ref(data.get("head"))
        if head is None or head["id"] < entry_id:
            data["head"] = _ref(entry_id, hash_)

    _never_fails("note_written", lambda: _update_anchor(db_id, change))


def _head(conn: sa.Connection) -> tuple[int, str] | None:
    t = orm.audit_log
    row = conn.execute(sa.select(t.c.id, t.c.hash).order_by(t.c.id.desc()).limit(1)).first()
    return None if row is None else (int(row.id), str(row.hash))


def note_backup(conn: sa.Connection, target: str) -> None:
    """A backup was written: its head goes into the anchor file, with when and where."""
    _never_fails("note_backup", lambda: _note_backup(conn, target))


def _note_backup(conn: sa.Connection, target: str) -> None:
    head = _head(conn)
    db_id = database_id(conn)
    if head is None or db_id is None:
        return
    when = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds")

    def change(data: dict[str, Any]) -> None:
        found = data.get("backups", [])
        backups = [b for b in (found if isinstance(found, list) else []) if _clean_ref(b)]
        backups.append({**_ref(*head), "at": when, "file": target})
        data["backups"] = backups[-20:]

    _update_anchor(db_id, change)


def note_restore(conn: sa.Connection) -> None:
    """A backup was put in place: anchors newer than its head are no longer expected."""
    _never_fails("note_restore", lambda: _note_restore(conn))


def _note_restore(conn: sa.Connection) -> None:
    head = _head(conn)
    db_id = database_id(conn)
    if db_id is None:
        return
    top = head[0] if head else 0

    def change(data: dict[str, Any]) -> None:
        for key in ("head", "verified"):
            ref = _clean_ref(data.get(key))
            if ref is None or ref["id"] > top:
                data.pop(key, None)
        backups = data.get("backups", [])
        data["backups"] = [
            b
            for b in (backups if isinstance(backups, list) else [])
            if (clean := _clean_ref(b)) is not None and clean["id"] <= top
        ]
        if head is not None:
            data["head"] = _ref(*head)

    _update_anchor(db_id, change)


def note_restore_file(path: Path, passphrase: str | None) -> None:
    """After a restore put a backup at ``path``: re-anchor on what it holds."""
    url = sa.engine.URL.create(
        CIPHER_DRIVER if passphrase else "sqlite", password=passphrase, database=str(path)
    )
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            note_restore(conn)
    except Exception as exc:  # an older backup without the trail's tables: no anchor
        log.warning("no audit anchor after the restore: %s", exc)
    finally:
        engine.dispose()


# -- verifying -------------------------------------------------------------------


@dataclass
class _Walk:
    """The state of a walk along the chain."""

    prev: str = GENESIS
    last_id: int = 0
    count: int = 0
    seen_mac: bool = False
    seen_own: bool = False
    problems: list[AuditProblem] = field(default_factory=list)


def entry_intact(r: AuditRow) -> bool:
    """Whether one entry's own hash matches its content (no link checked)."""
    return r.hash == entry_hash(
        r.prev_hash,
        at=r.at,
        user_name=r.user_name,
        case_id=r.case_id,
        entity=r.entity,
        entity_id=r.entity_id,
        action=r.action,
        before=r.before,
        after=r.after,
    )


def _walk(rows: Iterable[Any], walk: _Walk, key: MacKey | None, single_writer: bool) -> None:
    for r in rows:
        if r.prev_hash != walk.prev:
            walk.problems.append(AuditProblem(r.id, AuditProblemCode.BROKEN_LINK))
        if not entry_intact(r):
            walk.problems.append(AuditProblem(r.id, AuditProblemCode.WRONG_HASH))
        key_id = r.key_id or ""
        if key_id == SERVER_KEY_ID and single_writer:
            # only a PostgreSQL server writes its own entries (storage/audit_server.py)
            walk.problems.append(AuditProblem(r.id, AuditProblemCode.FORGED))
            walk.seen_mac = True
        elif key_id:
            walk.seen_mac = True
            if key is not None and key_id == key.key_id:
                walk.seen_own = True
                if not hmac.compare_digest(r.mac or "", key.mac(r.hash)):
                    walk.problems.append(AuditProblem(r.id, AuditProblemCode.FORGED))
            elif single_writer and walk.seen_own:
                # one writer: after the first entry under the current key, every
                # entry is under it; another key id is an entry made outside the app
                walk.problems.append(AuditProblem(r.id, AuditProblemCode.FORGED))
        elif walk.seen_mac:
            walk.problems.append(AuditProblem(r.id, AuditProblemCode.FORGED))
        walk.prev = r.hash
        walk.last_id = r.id
        walk.count += 1


def _columns() -> list[sa.Column[Any]]:
    return list(orm.audit_log.c)


def _chunks(conn: sa.Connection, after_id: int) -> Iterator[Sequence[Any]]:
    t = orm.audit_log
    size = CHUNK
    while True:
        batch = conn.execute(
            sa.select(*_columns()).where(t.c.id > after_id).order_by(t.c.id).limit(size)
        ).all()
        if not batch:
            return
        yield batch
        after_id = batch[-1].id


class Cancelled(Exception):
    """The check was cancelled before it finished."""


@dataclass
class AuditReport:
    """What a check found.

    ``verified_to`` is the entry up to which the chain is now known to hold;
    ``pending`` the entries after it that the quick check left to the full one.
    """

    problems: list[AuditProblem]
    verified_to: int
    total: int
    pending: int = 0
    full: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def _count(conn: sa.Connection, *where: Any) -> int:
    t = orm.audit_log
    return int(conn.execute(sa.select(sa.func.count()).select_from(t).where(*where)).scalar() or 0)


def _check_ref(
    conn: sa.Connection, raw: Any, max_id: int, *, count: bool = True
) -> list[AuditProblem]:
    """An anchor or checkpoint still matches the row it names (and the count up to it)."""
    ref = _clean_ref(raw)
    if ref is None:
        # absent is normal (no anchor yet); something there that is no anchor is not
        return [] if raw is None else [AuditProblem(0, AuditProblemCode.REWRITTEN)]
    t = orm.audit_log
    entry_id = ref["id"]
    found = conn.execute(sa.select(t.c.hash).where(t.c.id == entry_id)).scalar()
    if found is None:
        code = AuditProblemCode.NEWEST_REMOVED if entry_id > max_id else AuditProblemCode.REWRITTEN
        return [AuditProblem(entry_id, code)]
    if found != ref["hash"]:
        return [AuditProblem(entry_id, AuditProblemCode.REWRITTEN)]
    if count and "count" in ref and _count_upto(conn, entry_id) != int(ref["count"]):
        return [AuditProblem(entry_id, AuditProblemCode.EARLIER_REMOVED)]
    return []


def _count_upto(conn: sa.Connection, entry_id: int) -> int:
    """Entries up to ``entry_id``: all of them less the few after it.

    ``count(*)`` of the whole table reads its narrowest index; a range count on
    the id would read the table itself (its rows carry the content), 7x slower.
    """
    return _count(conn) - _count(conn, orm.audit_log.c.id > entry_id)


def _anchor_refs(anchor: dict[str, Any]) -> list[Any]:
    backups = anchor.get("backups", [])
    return [
        anchor.get("head"),
        anchor.get("verified"),
        *(backups if isinstance(backups, list) else [backups]),
    ]


def _db_checkpoint(conn: sa.Connection) -> dict[str, Any] | None:
    text = _setting(conn, KEY_CHECKPOINT)
    try:
        data = json.loads(text) if text else None
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _store_checkpoint(conn: sa.Connection, db_id: str | None, walk: _Walk) -> None:
    ref = _ref(walk.last_id, walk.prev, walk.count)
    # a login that may not write settings still gets its anchor
    with contextlib.suppress(sa.exc.DBAPIError), conn.begin_nested():
        _put_setting(conn, KEY_CHECKPOINT, json.dumps(ref))

    def change(data: dict[str, Any]) -> None:
        data["verified"] = ref
        head = _clean_ref(data.get("head"))
        if head is None or head["id"] < walk.last_id:
            data["head"] = _ref(walk.last_id, walk.prev)

    _never_fails("store_checkpoint", lambda: _update_anchor(db_id, change))


def _dedupe(problems: list[AuditProblem]) -> list[AuditProblem]:
    return list(dict.fromkeys(problems))


def quick_check(conn: sa.Connection, *, limit: int = QUICK_LIMIT) -> AuditReport:
    """From the last verified checkpoint: its row and count, the anchors, then the tail.

    Reads only the checkpoint's row, the anchors' rows, and the entries after the
    checkpoint (at most ``limit``; a longer tail is left as ``pending``). The
    caller commits (the checkpoint is stored, triggers restored).
    """
    problems = list(ensure_protection(conn))
    db_id = database_id(conn)
    head = _head(conn)
    max_id = head[0] if head else 0
    anchor = read_anchor(db_id)
    checked: dict[str, list[AuditProblem]] = {}

    def check(ref: Any) -> list[AuditProblem]:
        seen = json.dumps(ref, sort_keys=True, default=str)
        if seen not in checked:
            # counting up to a point far back reads the whole tail: left to the full check
            clean = _clean_ref(ref)
            near = clean is not None and max_id - clean["id"] <= limit
            checked[seen] = _check_ref(conn, ref, max_id, count=near)
        return checked[seen]

    for ref in _anchor_refs(anchor):
        problems += check(ref)
    start = _Walk()
    for raw in (anchor.get("verified"), _db_checkpoint(conn)):
        ref = _clean_ref(raw)
        if ref is None or "count" not in ref:
            continue
        found = check(raw)
        problems += found
        if not found and ref["id"] > start.last_id:
            start = _Walk(prev=ref["hash"], last_id=ref["id"], count=ref["count"])
    key = mac_key(conn)
    if start.last_id:
        t = orm.audit_log
        own = conn.execute(sa.select(t.c.key_id).where(t.c.id == start.last_id)).scalar()
        if own:
            start.seen_mac = True
            start.seen_own = key is not None and own == key.key_id
    t = orm.audit_log
    tail = sa.select(t.c.id).where(t.c.id > start.last_id).limit(limit + 1).subquery()
    if (conn.execute(sa.select(sa.func.count()).select_from(tail)).scalar() or 0) > limit:
        pending = _count(conn) - start.count  # count(*) reads the narrowest index
        return AuditReport(_dedupe(problems), start.last_id, start.count, pending=pending)
    walk = start
    verified_from = start.last_id
    for batch in _chunks(conn, start.last_id):
        _walk(batch, walk, key, conn.dialect.name == "sqlite")
    problems = _dedupe(problems + walk.problems)
    if not problems and walk.last_id and walk.last_id != verified_from:
        _store_checkpoint(conn, db_id, walk)
    return AuditReport(problems, walk.last_id, walk.count)


def full_check(
    conn: sa.Connection,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AuditReport:
    """Every entry from the first, every anchor; stores the checkpoint when all holds.

    ``progress(done, total)`` is called after each chunk; raises :class:`Cancelled`
    when ``cancelled()`` turns true. The caller commits.
    """
    problems = list(ensure_protection(conn))
    db_id = database_id(conn)
    total = _count(conn)
    head = _head(conn)
    max_id = head[0] if head else 0
    for ref in _anchor_refs(read_anchor(db_id)):
        problems += _check_ref(conn, ref, max_id)
    walk = _Walk()
    key = mac_key(conn)
    single = conn.dialect.name == "sqlite"
    if progress is not None:
        progress(0, total)
    for batch in _chunks(conn, 0):
        if cancelled is not None and cancelled():
            raise Cancelled
        _walk(batch, walk, key, single)
        if progress is not None:
            progress(walk.count, total)
    problems += walk.problems
    problems = _dedupe(problems)
    if not problems and walk.last_id:
        _store_checkpoint(conn, db_id, walk)
    return AuditReport(problems, walk.last_id, walk.count, full=True)


def verify_chain(conn: sa.Connection) -> list[AuditProblem]:
    """The chain and the MACs from the first entry, nothing stored (as ``audit.verify``)."""
    walk = _Walk()
    key = mac_key(conn)
    single = conn.dialect.name == "sqlite"
    for batch in _chunks(conn, 0):
        _walk(batch, walk, key, single)
    return walk.problems
