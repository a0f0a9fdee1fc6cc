"""A municipality's shared PostgreSQL server: migrations by the owner, rights for the users.

IT runs ``familiemote migrate --db postgresql+psycopg://OWNER@server/db --grant-to ROLE``
once per release: the owner role migrates the schema, and the group role that
every facilitator's own login belongs to gets exactly the rights the app needs.
The audit trail stays append-only for the users: they may add to it and read it,
never change, delete or truncate it, nor drop or disable its triggers (only the
owner may, and running this again puts missing triggers back).

Access by need: row-level security limits every case table to the case's team
(storage/access_sql.py); running this again puts the current policies back. The
access list (``case_access``) is never deleted from, only ended.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from familiemote.domain.errors import ValidationCode, ValidationError
from familiemote.storage import access_sql, audit_check, audit_server, orm

_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
APPEND_ONLY = {orm.audit_log.name}
NO_DELETE = {orm.case_access.name}


def grant_app_rights(engine: Engine, role: str) -> None:
    """Give ``role`` the rights the app needs on every table; idempotent."""
    if not _ROLE.match(role):
        raise ValidationError("role", ValidationCode.INVALID_NAME)
    if engine.dialect.name != "postgresql":
        return  # SQLite has no roles: the file's permissions are the access control
    quoted = f'"{role}"'
    with engine.begin() as conn:
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {quoted}")
        for table in sa.inspect(conn).get_table_names():
            if table == "alembic_version":
                conn.exec_driver_sql(f'GRANT SELECT ON "{table}" TO {quoted}')
            elif table in APPEND_ONLY:
                # no UPDATE, DELETE or TRUNCATE; no TRIGGER right (to disable the
                # append-only triggers), and not the owner (to drop or alter them)
                conn.exec_driver_sql(
                    f'REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON "{table}" '
                    f"FROM {quoted}"
                )
                conn.exec_driver_sql(f'GRANT SELECT, INSERT ON "{table}" TO {quoted}')
            elif table in NO_DELETE:
                conn.exec_driver_sql(f'REVOKE DELETE, TRUNCATE ON "{table}" FROM {quoted}')
                conn.exec_driver_sql(f'GRANT SELECT, INSERT, UPDATE ON "{table}" TO {quoted}')
            else:
                conn.exec_driver_sql(
                    f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{table}" TO {quoted}'
                )
        conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {quoted}")
        # the owner puts back an append-only trigger someone dropped or disabled
        audit_check.ensure_protection(conn)
        # access by need: the policies as this release defines them
        access_sql.install(conn)
        # history written by the server: its triggers, on every case table there is now
        audit_server.install(conn)
        access_sql.grant_functions(conn, quoted)
