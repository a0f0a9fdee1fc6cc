"""Access by need on a shared PostgreSQL server: row-level security on every case table.

PostgreSQL itself decides which cases a login sees, so a user's own login used
with psql sees no more than the app shows. A login sees a case when it is on the
case's team (:data:`TEAM_RULES`, in :func:`case_visible`):

* the contact person: ``cases.coordinator_id`` is a professional whose ``login`` it is;
* a user of the initiating service: a professional of ``cases.initiating_service_id``
  whose ``login`` it is;
* a professional invited to one of the case's meetings, while the case is open and
  until ``access.participant_days`` days (setting, default 180; 0 = no end) after the
  last such meeting;
* the login that registered the case, while it has no contact person or for
  ``access.creator_days`` days (default 30) after it was registered;
* a login given access by the team (``case_access`` kind ``grant``) until its end,
  or one that took emergency access (kind ``emergency``, at most
  :data:`EMERGENCY_HOURS` hours) stating a reason.

Everyone else sees nothing of the case: not the row in ``cases``, nor its family,
meetings, actions, consents, notes, access list or the key that opens its entries
in the audit trail. To avoid registering the same child twice, and to ask for
emergency access, :func:`find_case` (SQL ``familiemote_find_case(first_name,
birth_year)``) answers with the numbers of the cases for that exact first name and
birth year, nothing more.

The audit trail's rows stay readable to all users (the hash chain is checked by
every client and each new entry is chained to the newest), but the content of a
case's entries is encrypted with that case's key, which only its team can read.

The owner role (IT) owns the tables and is not bound by the policies: it ties
logins to people (``professionals.login``; users may not set or change a login,
nor the service or the active state of an entry that has one) and runs the privacy
officer's report.
SQLite has no roles: there the passphrase is the access control and none of this applies.
"""

from __future__ import annotations

import re

import sqlalchemy as sa

LOGIN = re.compile(r"^[a-z_][a-z0-9_.@-]{0,62}$")
EMERGENCY_HOURS = 8
# The app writes access times in UTC without a zone; compare them with the same.
UTC_NOW = "(now() AT TIME ZONE 'UTC')"
PARTICIPANT_DAYS_KEY = "access.participant_days"
CREATOR_DAYS_KEY = "access.creator_days"
DEFAULT_PARTICIPANT_DAYS = 180
DEFAULT_CREATOR_DAYS = 30

# Tables with a case_id column: a row is visible when its case is.
CASE_TABLES = (
    "family_members",
    "meetings",
    "actions",
    "consents",
    "phase_decisions",
    "referrals",
    "child_views",
    "notifications",
    "case_keys",
)
# Tables reached through a parent: visible when the parent row is (the parent's own
# policy applies inside the sub-select).
CHILD_TABLES = {
    "participants": ("meeting_id", "meetings"),
    "action_handovers": ("action_id", "actions"),
    "action_reviews": ("action_id", "actions"),
    "consent_scopes": ("consent_id", "consents"),
}
ALL_POLICY_TABLES = (
    "cases",
    *CASE_TABLES,
    *CHILD_TABLES,
    "case_access",
    "professionals",
    "app_settings",
)

_VISIBLE_FN = f"""
CREATE OR REPLACE FUNCTION familiemote_case_visible(cid integer, who name)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $fn$
  SELECT EXISTS (
    SELECT 1 FROM cases c
    WHERE c.id = cid AND (
      (c.created_by = who AND (
          c.coordinator_id IS NULL
          OR c.created_at > {UTC_NOW} - make_interval(days => COALESCE(
              (SELECT value::integer FROM app_settings WHERE key = '{CREATOR_DAYS_KEY}'),
              {DEFAULT_CREATOR_DAYS}))))
      OR EXISTS (SELECT 1 FROM professionals p
                 WHERE p.login = who AND p.active
                   AND (p.id = c.coordinator_id OR p.service_id = c.initiating_service_id))
      OR EXISTS (SELECT 1 FROM participants pa
                 JOIN meetings mt ON mt.id = pa.meeting_id
                 JOIN professionals p ON p.id = pa.professional_id
                 WHERE mt.case_id = c.id AND p.login = who AND p.active
                   AND c.closed_on IS NULL
                   AND (COALESCE((SELECT value::integer FROM app_settings
                                  WHERE key = '{PARTICIPANT_DAYS_KEY}'),
                                 {DEFAULT_PARTICIPANT_DAYS}) = 0
                        OR mt.starts_at > now() - make_interval(days => COALESCE(
                            (SELECT value::integer FROM app_settings
                             WHERE key = '{PARTICIPANT_DAYS_KEY}'),
                            {DEFAULT_PARTICIPANT_DAYS}))))
      OR EXISTS (SELECT 1 FROM case_access a
                 WHERE a.case_id = c.id AND a.login = who AND a.ended_at IS NULL
                   AND a.starts_at <= {UTC_NOW} AND a.ends_at > {UTC_NOW})
    )
  )
$fn$
"""

# A directory entry that carries a login may be kept up to date by users (phone,
# e-mail, title), but who it is, which service it belongs to and whether it is
# active decide access: only the owner (IT) changes those.
_DIRECTORY_GUARD_FN = """
CREATE OR REPLACE FUNCTION familiemote_directory_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  -- a login gives its person's access: only IT ties one, on a new entry or an old one
  IF ((TG_OP = 'INSERT' AND NEW.login IS NOT NULL)
      OR (TG_OP = 'UPDATE'
          AND (NEW.login IS DISTINCT FROM OLD.login
               OR (OLD.login IS NOT NULL
                   AND (NEW.service_id IS DISTINCT FROM OLD.service_id
                        OR NEW.active IS DISTINCT FROM OLD.active)))))
     AND NOT pg_has_role(current_user,
                         (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
  THEN
    RAISE EXCEPTION 'only IT may change the login, service or active state of a directory '
                    'entry that has a login' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$fn$
"""

_FIND_FN = """
CREATE OR REPLACE FUNCTION familiemote_find_case(first_name text, birth_year integer)
RETURNS SETOF integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $fn$
  SELECT c.id FROM cases c
  WHERE lower(c.child_first_name) = lower(first_name) AND c.child_birth_year = birth_year
    AND NOT c.anonymous
  ORDER BY c.id
$fn$
"""


def _visible(column: str) -> str:
    return f"familiemote_case_visible({column}, current_user)"


def _policies() -> list[tuple[str, str]]:
    """(table, CREATE POLICY statement) for every protected table."""
    out: list[tuple[str, str]] = []

    def add(table: str, name: str, body: str) -> None:
        out.append((table, f'CREATE POLICY {name} ON "{table}" {body}'))

    # cases: a new case is the creator's (created_by defaults to current_user and may
    # not name someone else); a team member may hand the case on (UPDATE WITH CHECK true)
    seen = f"(created_by = current_user OR {_visible('id')})"
    add("cases", "fm_select", f"FOR SELECT USING {seen}")
    add("cases", "fm_insert", "FOR INSERT WITH CHECK (created_by = current_user)")
    add("cases", "fm_update", f"FOR UPDATE USING ({_visible('id')}) WITH CHECK (true)")
    add("cases", "fm_delete", f"FOR DELETE USING ({_visible('id')})")
    for table in CASE_TABLES:
        add(table, "fm_team", f"FOR ALL USING ({_visible('case_id')})")
    for table, (column, parent) in CHILD_TABLES.items():
        add(table, "fm_team", f'FOR ALL USING ({column} IN (SELECT id FROM "{parent}"))')
    # the access list: the team sees and changes it; a user outside the team may add
    # emergency access for themselves only, with a reason, for a few hours
    add(
        "case_access",
        "fm_select",
        f"FOR SELECT USING (login = current_user OR {_visible('case_id')})",
    )
    add(
        "case_access",
        "fm_grant",
        f"FOR INSERT WITH CHECK (kind = 'grant' AND granted_by = current_user "
        f"AND {_visible('case_id')})",
    )
    add(
        "case_access",
        "fm_emergency",
        "FOR INSERT WITH CHECK (kind = 'emergency' AND login = current_user "
        "AND granted_by = current_user AND length(btrim(reason)) > 0 "
        f"AND starts_at <= {UTC_NOW} + interval '5 minutes' "
        f"AND ends_at <= starts_at + interval '{EMERGENCY_HOURS} hours')",
    )
    # ending access: the team may end any entry; nobody extends an emergency access
    add(
        "case_access",
        "fm_end",
        f"FOR UPDATE USING ({_visible('case_id')}) WITH CHECK (ended_at IS NOT NULL "
        f"AND (kind = 'grant' OR ends_at <= starts_at + interval '{EMERGENCY_HOURS} hours'))",
    )
    # the directory: everybody reads it; an entry that carries a login is IT's
    add("professionals", "fm_select", "FOR SELECT USING (true)")
    add("professionals", "fm_insert", "FOR INSERT WITH CHECK (login IS NULL)")
    # (an entry with a login: see familiemote_directory_guard for what users may change)
    add("professionals", "fm_update", "FOR UPDATE USING (true) WITH CHECK (true)")
    add("professionals", "fm_delete", "FOR DELETE USING (login IS NULL)")
    # settings: the access rules' own settings are IT's
    own = "left(key, 7) <> 'access.'"
    add("app_settings", "fm_select", "FOR SELECT USING (true)")
    add("app_settings", "fm_insert", f"FOR INSERT WITH CHECK ({own})")
    add("app_settings", "fm_update", f"FOR UPDATE USING ({own}) WITH CHECK ({own})")
    add("app_settings", "fm_delete", f"FOR DELETE USING ({own})")
    return out


def install(conn: sa.Connection) -> None:
    """Create or replace the functions and policies; run by the owner, idempotent."""
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(_VISIBLE_FN)
    conn.exec_driver_sql(_FIND_FN)
    conn.exec_driver_sql(_DIRECTORY_GUARD_FN)
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS professionals_login_guard ON professionals")
    conn.exec_driver_sql(
        "CREATE TRIGGER professionals_login_guard BEFORE INSERT OR UPDATE ON professionals "
        "FOR EACH ROW EXECUTE FUNCTION familiemote_directory_guard()"
    )
    for fn in ("familiemote_case_visible(integer, name)", "familiemote_find_case(text, integer)"):
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
    existing = {
        (r[0], r[1])
        for r in conn.exec_driver_sql(
            "SELECT tablename, policyname FROM pg_policies WHERE schemaname = current_schema()"
        )
    }
    for table, name in existing:
        if table in ALL_POLICY_TABLES and name.startswith("fm_"):
            conn.exec_driver_sql(f'DROP POLICY {name} ON "{table}"')
    for table in ALL_POLICY_TABLES:
        conn.exec_driver_sql(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
    for _table, statement in _policies():
        conn.exec_driver_sql(statement)


def grant_functions(conn: sa.Connection, quoted_role: str) -> None:
    """Let the users' group call the functions the policies and the app use."""
    for fn in ("familiemote_case_visible(integer, name)", "familiemote_find_case(text, integer)"):
        conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {fn} TO {quoted_role}")


def find_case(conn: sa.Connection, first_name: str, birth_year: int) -> list[int]:
    """Numbers of the cases for this first name and birth year, seen by the team or not."""
    if conn.dialect.name == "postgresql":
        result = conn.execute(
            sa.text("SELECT familiemote_find_case(:n, :y)"), {"n": first_name, "y": birth_year}
        )
        return [int(r[0]) for r in result]
    from familiemote.storage import orm

    c = orm.cases.c
    stmt = (
        sa.select(c.id)
        .where(sa.func.lower(c.child_first_name) == first_name.lower())
        .where(c.child_birth_year == birth_year, c.anonymous.is_(False))
        .order_by(c.id)
    )
    return [int(v) for v in conn.scalars(stmt)]
