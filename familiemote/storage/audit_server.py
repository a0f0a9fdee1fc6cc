"""History written by the server (PostgreSQL): changes made outside the app are recorded too.

Why
---
The app records every change it makes (storage/audit.py), but a user's own login
may also change a case with psql. On PostgreSQL the database therefore records
changes to the case tables itself:

* **A trigger on every case table** (``fm_server_history``, a deferred constraint
  trigger, so it runs at commit) appends an entry to ``audit_log`` for each row
  inserted, changed or deleted, in the name of the login that made the change
  (``session_user``: the login that connected; a ``SET ROLE`` does not change it).
  The entry is chained like any other (same SHA-256 over the same canonical JSON,
  storage/audit.py), carries ``key_id = 'server'`` and no MAC (the server holds no
  installation's key), and its content is encrypted with the case's key, so
  deleting the case shreds it like the app's own entries.
* **No double entries for the app's own saves.** At commit, the trigger looks at
  the entries written in the same transaction (``audit_log.xmin`` is the
  transaction's id; they are the newest rows, since the trail is locked until
  commit). If the app recorded that row (same table, same record or the app's
  entry names none), the server writes nothing. No setting or flag can switch the
  trigger off: to leave no server entry, a change must carry an entry in the
  trail in the writer's own name in the same transaction, which is exactly what
  the history needs. (A psql user could write such an entry with misleading
  content; it still names them, and is chained, MAC-less unless they use the
  app's key, and shown like their other changes.) Inside a savepoint the match
  fails and the server writes its own entry as well: a second entry, never a
  missing one.
* **No entries in another's name.** A ``BEFORE INSERT`` trigger on ``audit_log``
  (``audit_log_author``) refuses, for every login but the owner (IT) and
  superusers, an entry whose ``user_name`` is not the writer's ``current_user``,
  and any entry that claims to be the server's (``key_id = 'server'``). The
  server's own entries are written by a ``SECURITY DEFINER`` function owned by the
  owner, which is how they pass.
* **Content.** With the ``pgcrypto`` extension (part of PostgreSQL's contrib,
  installed by the owner when the migration runs; trusted since PostgreSQL 13),
  changed fields are stored with their old and new values, encrypted with
  AES-256-CBC and authenticated with HMAC-SHA-256 under the case's key
  (:func:`decrypt`, prefix :data:`SERVER_PREFIX`). Without it only the names of
  the changed fields are stored (``{"_changed_fields": [...]}``, :data:`NAMES_ONLY`),
  never plain values.
* **What it does not cover.** The owner role (IT) can drop or disable the
  triggers, as it can everything on its own tables; running
  ``familiemote migrate --grant-to`` puts them back. Entries about a case whose
  rows were deleted in the same transaction as the case are left to the case's
  own ``delete`` entry. SQLite has one user and no server: nothing of this applies.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

import sqlalchemy as sa
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from familiemote.storage import orm

SERVER_KEY_ID = "server"
# The one field of an entry recorded without values: the names of the changed fields.
NAMES_ONLY = "_changed_fields"
SERVER_PREFIX = "enc1:srv1:"  # audit.SERVER_PREFIX (that module imports this one lazily)
TRIGGER_NAME = "fm_server_history"
GUARD_NAME = "audit_log_author"
HISTORY_FN = "familiemote_server_history"
GUARD_FN = "familiemote_audit_author"
# Tables whose writes are the trail's own, or not about a case.
_SKIP = frozenset({"audit_log", "case_keys", "alembic_version", "app_settings"})
# Anonymous records: that one was added or changed is kept, never what (storage/audit.py).
_CONTENT_FREE = frozenset({"evaluation_forms", "evaluation_tallies"})


def case_tables(conn: sa.Connection) -> list[tuple[str, list[str]]]:
    """(table, trigger arguments) for every existing table that belongs to a case.

    The arguments say how the trigger finds the row's case: ``self`` (the cases
    table), ``column`` (a ``case_id`` column), or ``parent``, a required foreign
    key and the table it points to (which has ``case_id``); then ``content`` or
    ``nocontent``.
    """
    from familiemote.storage import audit

    existing = set(sa.inspect(conn).get_table_names())
    out: list[tuple[str, list[str]]] = []
    for table in orm.metadata.sorted_tables:
        if table.name in _SKIP or table.name not in existing:
            continue
        content = "nocontent" if table.name in _CONTENT_FREE else "content"
        if table.name == "cases":
            out.append((table.name, ["self", "", "", content]))
        elif "case_id" in table.c:
            out.append((table.name, ["column", "", "", content]))
        else:
            link = audit._parent_link(table)
            if link is not None:
                column, parent = link
                out.append((table.name, ["parent", column.name, parent.name, content]))
    return out


def _sealed(source: str, target: str) -> str:
    """PL/pgSQL that sets ``target`` to ``source`` encrypted with the case's key (v_key)
    and the IV in v_iv, then sealed with a MAC bound to the case (v_case): the token
    :func:`decrypt` opens. One text for the values before and after a change."""
    return f"""
            v_ct := encrypt_iv(convert_to({source}::text, 'UTF8'), decode(v_key, 'hex'), v_iv,
                               'aes-cbc/pad:pkcs');
            {target} := '{SERVER_PREFIX}' || translate(encode(v_iv || v_ct || hmac(
                convert_to('case:' || v_case, 'UTF8') || v_iv || v_ct,
                sha256(decode(v_key, 'hex') || convert_to('mac', 'UTF8')), 'sha256'), 'base64'),
                E'\\n', '');"""


def _history_fn(crypto: bool, schema: str) -> str:
    from familiemote.storage import audit

    if crypto:
        seal = f"""
        IF v_key IS NOT NULL THEN
          v_iv := gen_random_bytes(16);
          IF v_before IS NOT NULL THEN{_sealed("v_before", "v_btxt")}
            v_iv := gen_random_bytes(16);
          END IF;
          IF v_after IS NOT NULL THEN{_sealed("v_after", "v_atxt")}
          END IF;
        END IF;"""
        new_key = "encode(gen_random_bytes(32), 'hex')"
    else:
        seal = ""
        new_key = "NULL"
    return f"""
CREATE OR REPLACE FUNCTION {HISTORY_FN}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $fn$
DECLARE
  v_row jsonb; v_old jsonb; v_new jsonb; k text;
  v_before jsonb; v_after jsonb;
  v_btxt text := ''; v_atxt text := '';
  v_case integer; v_entity_id integer; v_link integer;
  v_key text; v_iv bytea; v_ct bytea;
  v_me xid := pg_current_xact_id()::xid;
  v_user text := session_user;
  v_action text := 'db_' || lower(TG_OP);
  v_at timestamp; v_at_text text; v_prev text; v_canon text; r record;
BEGIN
  IF TG_OP = 'DELETE' THEN v_row := to_jsonb(OLD); ELSE v_row := to_jsonb(NEW); END IF;
  v_entity_id := (v_row->>'id')::integer;
  IF TG_ARGV[0] = 'self' THEN
    v_case := v_entity_id;
  ELSIF TG_ARGV[0] = 'column' THEN
    v_case := (v_row->>'case_id')::integer;
  ELSE
    v_link := (v_row->>TG_ARGV[1])::integer;
    EXECUTE format('SELECT case_id FROM %I WHERE id = $1', TG_ARGV[2]) INTO v_case USING v_link;
    IF v_case IS NULL THEN
      RETURN NULL;  -- its parent is gone too: the parent's deletion is what is kept
    END IF;
  END IF;
  IF v_case IS NOT NULL AND NOT (TG_ARGV[0] = 'self' AND TG_OP = 'DELETE')
     AND NOT EXISTS (SELECT 1 FROM cases WHERE id = v_case) THEN
    RETURN NULL;  -- the case was deleted: its own delete entry is what is kept
  END IF;
  IF TG_OP = 'UPDATE' THEN
    v_old := to_jsonb(OLD); v_new := to_jsonb(NEW);
    v_before := '{{}}'; v_after := '{{}}';
    FOR k IN SELECT jsonb_object_keys(v_new) LOOP
      CONTINUE WHEN k IN ('version', 'search_text');
      IF v_old->k IS DISTINCT FROM v_new->k THEN
        v_before := v_before || jsonb_build_object(k, v_old->k);
        v_after := v_after || jsonb_build_object(k, v_new->k);
      END IF;
    END LOOP;
    IF v_after = '{{}}'::jsonb THEN RETURN NULL; END IF;
  ELSIF TG_OP = 'INSERT' THEN
    v_after := v_row - 'version' - 'search_text';
  ELSIF TG_ARGV[0] <> 'self' THEN
    v_before := v_row - 'version' - 'search_text';
  END IF;
  IF TG_ARGV[3] = 'nocontent' THEN v_before := NULL; v_after := NULL; END IF;
  -- one writer at a time, as the app appends (storage/audit.py)
  PERFORM pg_advisory_xact_lock({audit.PG_LOCK_KEY});
  -- the app recorded this row in this same transaction: nothing to add
  FOR r IN SELECT a.xmin AS x, a.entity, a.entity_id, a.case_id, a.key_id
           FROM audit_log a ORDER BY a.id DESC LOOP
    EXIT WHEN NOT (r.x = v_me);
    IF r.key_id <> '{SERVER_KEY_ID}' AND r.entity = TG_TABLE_NAME
       AND (r.entity_id IS NULL OR v_entity_id IS NULL OR r.entity_id = v_entity_id)
       AND (r.case_id IS NULL OR r.case_id IS NOT DISTINCT FROM v_case) THEN
      RETURN NULL;
    END IF;
  END LOOP;
  IF v_case IS NOT NULL AND (v_before IS NOT NULL OR v_after IS NOT NULL) THEN
    SELECT key INTO v_key FROM case_keys WHERE case_id = v_case;
    IF v_key IS NULL THEN
      v_key := {new_key};
      IF v_key IS NOT NULL THEN
        INSERT INTO case_keys (case_id, key) VALUES (v_case, v_key);
      END IF;
    END IF;
  END IF;
  {seal}
  IF v_btxt = '' AND v_atxt = '' THEN
    -- not encrypted (no pgcrypto, no case): which fields changed, never their values
    IF coalesce(v_after, v_before) IS NOT NULL THEN
      SELECT jsonb_build_object('{NAMES_ONLY}', coalesce(jsonb_agg(key ORDER BY key), '[]'))
      INTO v_after FROM jsonb_object_keys(coalesce(v_after, v_before)) AS key;
      v_atxt := v_after::text;
    END IF;
  END IF;
  v_at := date_trunc('microseconds', clock_timestamp() AT TIME ZONE 'UTC');
  v_at_text := to_char(v_at, 'YYYY-MM-DD"T"HH24:MI:SS');
  IF date_part('microseconds', v_at)::bigint % 1000000 <> 0 THEN
    v_at_text := v_at_text || '.' || to_char(v_at, 'US');
  END IF;
  SELECT a.hash INTO v_prev FROM audit_log a ORDER BY a.id DESC LIMIT 1;
  v_prev := coalesce(v_prev, '{audit.GENESIS}');
  -- the same canonical JSON as storage/audit.py's canonical(): sorted keys, no spaces
  v_canon := '{{"action":' || to_json(v_action)::text
    || ',"after":' || to_json(v_atxt)::text
    || ',"at":' || to_json(v_at_text)::text
    || ',"before":' || to_json(v_btxt)::text
    || ',"case_id":' || coalesce(v_case::text, 'null')
    || ',"entity":' || to_json(TG_TABLE_NAME::text)::text
    || ',"entity_id":' || coalesce(v_entity_id::text, 'null')
    || ',"user_name":' || to_json(v_user)::text || '}}';
  INSERT INTO audit_log (at, user_name, case_id, entity, entity_id, action, before, after,
                         prev_hash, hash, key_id, mac)
  VALUES (v_at, v_user, v_case, TG_TABLE_NAME, v_entity_id, v_action, v_btxt, v_atxt, v_prev,
          encode(sha256(convert_to(v_prev || v_canon, 'UTF8')), 'hex'), '{SERVER_KEY_ID}', '');
  RETURN NULL;
END
$fn$"""


_GUARD_FN = f"""
CREATE OR REPLACE FUNCTION {GUARD_FN}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
  THEN
    RETURN NEW;  -- the owner (IT), and the server's own entries (written as the owner)
  END IF;
  IF NEW.key_id = '{SERVER_KEY_ID}' THEN
    RAISE EXCEPTION 'only the server writes the server''s history entries'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.user_name IS DISTINCT FROM current_user::text THEN
    RAISE EXCEPTION 'a history entry must carry the name of the login that writes it'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$fn$"""


def _has_crypto(conn: sa.Connection) -> bool:
    """pgcrypto in this database, created here if the server has it and we may."""
    if conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pgcrypto'").first():
        return True
    available = conn.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pgcrypto'"
    ).first()
    if not available:
        return False
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pgcrypto")
    except sa.exc.DBAPIError:
        return False
    return True


def install(conn: sa.Connection) -> None:
    """Create or replace the functions and triggers; run by the owner, idempotent."""
    if conn.dialect.name != "postgresql":
        return
    schema = str(conn.exec_driver_sql("SELECT current_schema()").scalar())
    # the driver reads % as a placeholder: a literal one is written twice
    conn.exec_driver_sql(_history_fn(_has_crypto(conn), schema).replace("%", "%%"))
    conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {HISTORY_FN}() FROM PUBLIC")
    conn.exec_driver_sql(_GUARD_FN)
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {GUARD_NAME} ON audit_log")
    conn.exec_driver_sql(
        f"CREATE TRIGGER {GUARD_NAME} BEFORE INSERT ON audit_log "
        f"FOR EACH ROW EXECUTE FUNCTION {GUARD_FN}()"
    )
    for table, args in case_tables(conn):
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS {TRIGGER_NAME} ON "{table}"')
        quoted = ", ".join(f"'{a}'" for a in args)
        conn.exec_driver_sql(
            f"CREATE CONSTRAINT TRIGGER {TRIGGER_NAME} AFTER INSERT OR UPDATE OR DELETE "
            f'ON "{table}" DEFERRABLE INITIALLY DEFERRED '
            f"FOR EACH ROW EXECUTE FUNCTION {HISTORY_FN}({quoted})"
        )


def missing(conn: sa.Connection) -> list[str]:
    """The server-history triggers that are gone or disabled (none before migration 0012).

    The owner (IT) can drop or disable them; :func:`install` puts them back.
    """
    if conn.dialect.name != "postgresql":
        return []
    installed = conn.exec_driver_sql(f"SELECT to_regprocedure('{HISTORY_FN}()')").scalar()
    if installed is None:
        return []
    enabled = {
        (str(table), str(name))
        for table, name in conn.exec_driver_sql(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            f"WHERE t.tgname IN ('{TRIGGER_NAME}', '{GUARD_NAME}') AND t.tgenabled <> 'D'"
        )
    }
    wanted = [("audit_log", GUARD_NAME)] + [(t, TRIGGER_NAME) for t, _ in case_tables(conn)]
    return [f"{name} ON {table}" for table, name in wanted if (table, name) not in enabled]


def uninstall(conn: sa.Connection) -> None:
    """Remove the triggers and functions (the migration's downgrade)."""
    if conn.dialect.name != "postgresql":
        return
    for (table,) in conn.exec_driver_sql(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        f"WHERE t.tgname = '{TRIGGER_NAME}'"
    ).all():
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS {TRIGGER_NAME} ON "{table}"')
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {GUARD_NAME} ON audit_log")
    conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {HISTORY_FN}()")
    conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {GUARD_FN}()")


def decrypt(key_hex: str, token: str, case_id: int) -> str | None:
    """The plaintext of a server entry's content, or None if it does not verify."""
    try:
        raw = base64.b64decode(token[len(SERVER_PREFIX) :], validate=True)
    except ValueError:
        return None
    if len(raw) < 16 + 16 + 32:
        return None
    key = bytes.fromhex(key_hex)
    iv, sealed, tag = raw[:16], raw[16:-32], raw[-32:]
    mac_key = hashlib.sha256(key + b"mac").digest()
    expected = hmac.new(mac_key, f"case:{case_id}".encode() + iv + sealed, "sha256").digest()
    if not hmac.compare_digest(tag, expected):
        return None
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(sealed) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    try:
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")
    except ValueError:
        return None
