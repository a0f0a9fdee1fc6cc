"""declined handovers are kept: who declined, when and why

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 02:00:00

A handover the receiving service declines was deleted; now it stays, with
``declined_on``, ``declined_by`` and ``decline_reason``, and the earlier holder
stays responsible (the stafettholder principle, «Kvalitet i alle ledd» 2016).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("action_handovers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("declined_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("declined_by", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("decline_reason", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("action_handovers", schema=None) as batch_op:
        batch_op.drop_column("decline_reason")
        batch_op.drop_column("declined_by")
        batch_op.drop_column("declined_on")
