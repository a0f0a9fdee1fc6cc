"""audit trail: a MAC per entry under a key the database does not hold, an id for anchors

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 23:30:00

``audit_log.key_id`` and ``audit_log.mac`` carry an HMAC of each entry's hash
under the installation's key (storage/audit_check.py); entries written before
this revision have none and are checked by the hash chain alone. The database
gets a random id (``app_settings`` ``audit.db_id``) that names its anchor file
in the user's data folder. Plain ``ADD COLUMN`` (not a batch copy of the table),
so the append-only triggers on ``audit_log`` stay in place.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "audit_log", sa.Column("key_id", sa.String(length=16), nullable=False, server_default="")
    )
    op.add_column(
        "audit_log", sa.Column("mac", sa.String(length=64), nullable=False, server_default="")
    )
    settings = sa.table("app_settings", sa.column("key", sa.String), sa.column("value", sa.Text))
    bind = op.get_bind()
    exists = bind.execute(
        sa.select(settings.c.value).where(settings.c.key == "audit.db_id")
    ).scalar()
    if exists is None:
        op.execute(settings.insert().values(key="audit.db_id", value=uuid.uuid4().hex))


def downgrade() -> None:
    op.execute("DELETE FROM app_settings WHERE key LIKE 'audit.%'")
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.drop_column("mac")
        batch_op.drop_column("key_id")
    if sqlite:  # the batch copy of the table left its triggers behind
        for name, verb in (("audit_log_no_update", "UPDATE"), ("audit_log_no_delete", "DELETE")):
            op.execute(
                f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE {verb} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
            )
