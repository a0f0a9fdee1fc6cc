"""a covering index for the case list: meetings by case, start and status

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 23:45:00

The case list shows each case's next and last meeting. With an index on
(case_id, starts_at, status) the database answers that from the index alone,
instead of visiting every meeting row (at 2,000 cases, about 10,000 meetings).
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_meetings_case_start_status", "meetings", ["case_id", "starts_at", "status"]
    )


def downgrade() -> None:
    op.drop_index("ix_meetings_case_start_status", table_name="meetings")
