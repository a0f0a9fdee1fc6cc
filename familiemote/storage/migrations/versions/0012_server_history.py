"""history written by the server (PostgreSQL): triggers on the case tables

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 02:30:00

On PostgreSQL every case table gets a deferred trigger that records, at commit,
each change the app did not record itself (a change through psql), in the name of
the login that made it; ``audit_log`` gets a trigger that refuses an entry in
another login's name. See storage/audit_server.py. The directory's guard is put
in again as well: users may no longer tie a login to an entry (a new one or one
without a login), since a login gives that person's access. SQLite is unchanged.
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from familiemote.storage import access_sql, audit_server

        audit_server.install(bind)
        access_sql.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from familiemote.storage import audit_server

        audit_server.uninstall(bind)
