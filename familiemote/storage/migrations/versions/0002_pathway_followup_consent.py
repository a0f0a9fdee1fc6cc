"""pathway, follow-up, consent, evaluation and audit tables

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 21:59:37.964785
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


# Columns added to existing tables use literal defaults ("0"/"1"): with an
# expression default Alembic would rebuild the table on SQLite.


def upgrade() -> None:

    op.create_table(
        "app_settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_settings")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("before", sa.Text(), server_default="", nullable=False),
        sa.Column("after", sa.Text(), server_default="", nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_case_id"), ["case_id"], unique=False)

    op.create_table(
        "evaluation_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("municipality", sa.String(length=100), server_default="", nullable=False),
        sa.Column(
            "respondent",
            sa.Enum("parent", "child", name="respondent", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("child_age", sa.Integer(), nullable=True),
        sa.Column("q1", sa.Integer(), nullable=True),
        sa.Column("q2", sa.Integer(), nullable=True),
        sa.Column("q3", sa.Integer(), nullable=True),
        sa.Column("q4", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), server_default="", nullable=False),
        sa.Column("entered_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_forms")),
    )
    with op.batch_alter_table("evaluation_forms", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_forms_period_start"), ["period_start"], unique=False
        )

    op.create_table(
        "child_views",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_child_views_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child_views")),
    )
    with op.batch_alter_table("child_views", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_child_views_case_id"), ["case_id"], unique=False)

    op.create_table(
        "phase_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "move", "close", "reopen", name="phasedecisionkind", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column(
            "from_phase",
            sa.Enum(
                "bekymring",
                "vurdering",
                "utredning",
                "behandling",
                "oppfolging",
                name="phase",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "to_phase",
            sa.Enum(
                "bekymring",
                "vurdering",
                "utredning",
                "behandling",
                "oppfolging",
                name="phase",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_phase_decisions_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_phase_decisions_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phase_decisions")),
    )
    with op.batch_alter_table("phase_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_phase_decisions_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_phase_decisions_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "target",
            sa.Enum("bup", "habu", name="referraltarget", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("checklist", sa.String(length=200), server_default="", nullable=False),
        sa.Column("checklist_notes", sa.Text(), server_default="", nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=True),
        sa.Column("referred_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_referrals_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_referrals_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referrals_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referrals_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "action_handovers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("from_service_id", sa.Integer(), nullable=True),
        sa.Column("from_professional_id", sa.Integer(), nullable=True),
        sa.Column("to_service_id", sa.Integer(), nullable=True),
        sa.Column("to_professional_id", sa.Integer(), nullable=True),
        sa.Column("proposed_on", sa.Date(), nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("accepted_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name=op.f("fk_action_handovers_action_id_actions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["from_professional_id"],
            ["professionals.id"],
            name=op.f("fk_action_handovers_from_professional_id_professionals"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["from_service_id"],
            ["services.id"],
            name=op.f("fk_action_handovers_from_service_id_services"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["to_professional_id"],
            ["professionals.id"],
            name=op.f("fk_action_handovers_to_professional_id_professionals"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["to_service_id"],
            ["services.id"],
            name=op.f("fk_action_handovers_to_service_id_services"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_handovers")),
    )
    with op.batch_alter_table("action_handovers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_handovers_action_id"), ["action_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_handovers_from_professional_id"),
            ["from_professional_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_action_handovers_from_service_id"), ["from_service_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_handovers_to_professional_id"),
            ["to_professional_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_action_handovers_to_service_id"), ["to_service_id"], unique=False
        )

    op.create_table(
        "action_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "done",
                "continued",
                "changed",
                "handed_over",
                "not_done",
                "cancelled",
                name="reviewoutcome",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("new_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name=op.f("fk_action_reviews_action_id_actions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_action_reviews_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_reviews")),
        sa.UniqueConstraint("action_id", "meeting_id", name=op.f("uq_action_reviews_action_id")),
    )
    with op.batch_alter_table("action_reviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_reviews_action_id"), ["action_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_reviews_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "reason",
            sa.Enum(
                "phase_changed",
                "case_closed",
                name="notificationreason",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("recipient_service_id", sa.Integer(), nullable=True),
        sa.Column("recipient_text", sa.String(length=200), server_default="", nullable=False),
        sa.Column("phase_decision_id", sa.Integer(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_notifications_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["phase_decision_id"],
            ["phase_decisions.id"],
            name=op.f("fk_notifications_phase_decision_id_phase_decisions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_service_id"],
            ["services.id"],
            name=op.f("fk_notifications_recipient_service_id_services"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
    )
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notifications_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_notifications_phase_decision_id"), ["phase_decision_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_notifications_recipient_service_id"),
            ["recipient_service_id"],
            unique=False,
        )

    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("internal", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("anonymous", sa.Boolean(), server_default="0", nullable=False)
        )

    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("given_by_child", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("withdrawn_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("withdrawal_note", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_meeting_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("bup_override_reason", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("epikrise_sent_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "receives_information", sa.Boolean(), server_default="1", nullable=False
            )
        )


def downgrade() -> None:

    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_column("receives_information")

    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_column("version")
        batch_op.drop_column("epikrise_sent_on")
        batch_op.drop_column("bup_override_reason")
        batch_op.drop_column("next_meeting_at")

    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_column("version")
        batch_op.drop_column("withdrawal_note")
        batch_op.drop_column("withdrawn_on")
        batch_op.drop_column("given_by_child")

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("anonymous")

    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_column("version")
        batch_op.drop_column("internal")

    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notifications_recipient_service_id"))
        batch_op.drop_index(batch_op.f("ix_notifications_phase_decision_id"))
        batch_op.drop_index(batch_op.f("ix_notifications_case_id"))

    op.drop_table("notifications")
    with op.batch_alter_table("action_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_reviews_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_reviews_action_id"))

    op.drop_table("action_reviews")
    with op.batch_alter_table("action_handovers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_handovers_to_service_id"))
        batch_op.drop_index(batch_op.f("ix_action_handovers_to_professional_id"))
        batch_op.drop_index(batch_op.f("ix_action_handovers_from_service_id"))
        batch_op.drop_index(batch_op.f("ix_action_handovers_from_professional_id"))
        batch_op.drop_index(batch_op.f("ix_action_handovers_action_id"))

    op.drop_table("action_handovers")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_referrals_case_id"))

    op.drop_table("referrals")
    with op.batch_alter_table("phase_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phase_decisions_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_phase_decisions_case_id"))

    op.drop_table("phase_decisions")
    with op.batch_alter_table("child_views", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_child_views_case_id"))

    op.drop_table("child_views")
    with op.batch_alter_table("evaluation_forms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_forms_period_start"))

    op.drop_table("evaluation_forms")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_case_id"))

    op.drop_table("audit_log")
    op.drop_table("app_settings")
