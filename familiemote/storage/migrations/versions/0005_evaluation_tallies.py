"""evaluation tallies read in from other municipalities; "both" as a respondent

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 23:30:00

``evaluation_tallies`` holds one row per imported tally file: anonymous counts
of returned evaluation forms and of follow-through for one municipality and
period. ``export_id`` is unique, so reading the same file in twice is refused
instead of counted twice. The respondent of a form may now be "both" (parent
and child answered together); the column is a plain string without a check
constraint, so it needs no change.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evaluation_tallies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("export_id", sa.String(length=64), nullable=False),
        sa.Column("municipality", sa.String(length=100), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("exported_on", sa.Date(), nullable=False),
        sa.Column("imported_on", sa.Date(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_tallies")),
        sa.UniqueConstraint("export_id", name=op.f("uq_evaluation_tallies_export_id")),
    )
    with op.batch_alter_table("evaluation_tallies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_tallies_period_start"), ["period_start"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("evaluation_tallies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_tallies_period_start"))
    op.drop_table("evaluation_tallies")
