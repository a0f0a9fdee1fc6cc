"""planned meetings: the coordinator's own service receives information

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 11:15:00

The coordinator's own service shares nothing with itself: it never discusses its
own case anonymously (services/meetings.py, ``own_services``). Meetings planned
before that rule may hold a professional of that service with «Mottar
opplysninger» off, and kept showing «drøfter anonymt» until saved again. Here
every such participant of a meeting still **planned** receives information. Held
and cancelled meetings are left as they were: they are the record of what
happened.

Each change is written to the case's history like any other change (an update of
the participant, «Mottar opplysninger: nei → ja», in the name of the login that
ran the upgrade), so the case's Historikk shows it and, on PostgreSQL, the
server's own history trigger sees the app's entry and adds none. The downgrade
changes nothing: which participants were anonymous before cannot be told from the
data, and sharing with one's own service is the rule in every version since.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

PROFESSIONAL, PLANNED = "professional", "planned"


def upgrade() -> None:
    from familiemote.storage import audit

    bind = op.get_bind()
    cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("coordinator_id", sa.Integer))
    people = sa.table(
        "professionals", sa.column("id", sa.Integer), sa.column("service_id", sa.Integer)
    )
    meetings = sa.table(
        "meetings",
        sa.column("id", sa.Integer),
        sa.column("case_id", sa.Integer),
        sa.column("status", sa.String),
    )
    participants = sa.table(
        "participants",
        sa.column("id", sa.Integer),
        sa.column("meeting_id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("service_id", sa.Integer),
        sa.column("receives_information", sa.Boolean),
    )
    found = bind.execute(
        sa.select(participants.c.id, meetings.c.case_id)
        .select_from(
            participants.join(meetings, meetings.c.id == participants.c.meeting_id)
            .join(cases, cases.c.id == meetings.c.case_id)
            .join(people, people.c.id == cases.c.coordinator_id)
        )
        .where(
            meetings.c.status == PLANNED,
            participants.c.kind == PROFESSIONAL,
            participants.c.service_id == people.c.service_id,
            participants.c.receives_information == sa.false(),
        )
        .order_by(participants.c.id)
    ).all()
    if not found:
        return
    user = audit.default_user_name(bind)
    for participant_id, case_id in found:
        bind.execute(
            participants.update()
            .where(participants.c.id == participant_id)
            .values(receives_information=True)
        )
        audit.append(
            bind,
            user_name=user,
            case_id=case_id,
            entity="participants",
            entity_id=participant_id,
            action="update",
            before={"receives_information": False},
            after={"receives_information": True},
        )


def downgrade() -> None:
    pass
