"""transitions guarded in the database: one pending handover per action, and a
handover is never both accepted and declined

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 23:20:00

Two users working at the same moment could leave two handovers of one action
waiting, or one handover both accepted and declined. From now on the database
refuses both (a partial unique index and a check constraint); the services turn
the refusal into a message for the user who came second.

A database written before this may already hold such rows, and the constraints
cannot be created over them. They are repaired first, keeping everything that
was written:

* a handover both accepted and declined stays accepted (the action's holder was
  changed when it was accepted); who declined it, when and why is added to the
  handover's note, and the decline fields are cleared;
* of several handovers waiting for one action, the first proposed keeps
  waiting; each later one is recorded as declined on the day it was proposed,
  by "Familiemøte", with a reason that says why.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

PENDING = "accepted_on IS NULL AND declined_on IS NULL"
SYSTEM_NAME = "Familiemøte"
DUPLICATE_REASON = (
    "Avslått automatisk ved oppgradering av Familiemøte: en annen overlevering av "
    "tiltaket ventet allerede (to ble foreslått samtidig). Foreslå den på nytt om den "
    "fortsatt trengs."
)
BOTH_NOTE = (
    "Overleveringen ble både godtatt og avslått samtidig; den står som godtatt. "
    "Avslått av {by} {on}: {reason}"
)

handovers = sa.table(
    "action_handovers",
    sa.column("id", sa.Integer),
    sa.column("action_id", sa.Integer),
    sa.column("proposed_on", sa.Date),
    sa.column("accepted_on", sa.Date),
    sa.column("declined_on", sa.Date),
    sa.column("declined_by", sa.String),
    sa.column("decline_reason", sa.Text),
    sa.column("note", sa.Text),
)


def _repair(conn: sa.Connection) -> None:
    h = handovers
    both = conn.execute(
        sa.select(h.c.id, h.c.note, h.c.declined_by, h.c.declined_on, h.c.decline_reason).where(
            h.c.accepted_on.is_not(None), h.c.declined_on.is_not(None)
        )
    ).all()
    for row in both:
        on = row.declined_on.strftime("%d.%m.%Y") if row.declined_on else ""
        added = BOTH_NOTE.format(by=row.declined_by or "?", on=on, reason=row.decline_reason)
        note = f"{row.note}\n\n{added}" if row.note else added
        conn.execute(
            sa.update(h)
            .where(h.c.id == row.id)
            .values(note=note, declined_on=None, declined_by="", decline_reason="")
        )
    pending = conn.execute(
        sa.select(h.c.id, h.c.action_id, h.c.proposed_on)
        .where(h.c.accepted_on.is_(None), h.c.declined_on.is_(None))
        .order_by(h.c.action_id, h.c.id)
    ).all()
    seen: set[int] = set()
    for waiting in pending:
        if waiting.action_id not in seen:
            seen.add(waiting.action_id)
            continue
        conn.execute(
            sa.update(h)
            .where(h.c.id == waiting.id)
            .values(
                declined_on=waiting.proposed_on,
                declined_by=SYSTEM_NAME,
                decline_reason=DUPLICATE_REASON,
            )
        )


def upgrade() -> None:
    _repair(op.get_bind())
    with op.batch_alter_table("action_handovers", schema=None) as batch_op:
        batch_op.create_check_constraint(
            op.f("ck_action_handovers_accepted_or_declined"),
            "accepted_on IS NULL OR declined_on IS NULL",
        )
    op.create_index(
        "uq_action_handovers_pending",
        "action_handovers",
        ["action_id"],
        unique=True,
        sqlite_where=sa.text(PENDING),
        postgresql_where=sa.text(PENDING),
    )


def downgrade() -> None:
    op.drop_index("uq_action_handovers_pending", table_name="action_handovers")
    with op.batch_alter_table("action_handovers", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_action_handovers_accepted_or_declined"), type_="check")
