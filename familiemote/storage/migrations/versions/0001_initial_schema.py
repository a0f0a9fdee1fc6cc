"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22 21:46:24.375342
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The services a municipality has (see ServiceKind), preloaded: the directory is usable at once.
# A municipality renames, deactivates or adds services in the app.
DEFAULT_SERVICES = [
    ("Helsestasjon og skolehelsetjeneste", "helsestasjon", "kommunal"),
    ("Pedagogisk-psykologisk tjeneste (PPT)", "ppt", "kommunal"),
    ("Barnehage", "barnehage", "kommunal"),
    ("Skole", "skole", "kommunal"),
    ("Barneverntjenesten", "barnevern", "kommunal"),
    ("Fastlege", "fastlege", "kommunal"),
    ("Kommunepsykolog", "kommunepsykolog", "kommunal"),
    ("NAV", "nav", "kommunal"),
    ("Koordinerende enhet", "koordinerende_enhet", "kommunal"),
    ("Barne- og ungdomspsykiatrisk poliklinikk (BUP)", "bup", "spesialist"),
    ("Habiliteringstjenesten for barn og unge (HABU)", "habu", "spesialist"),
    ("Barneavdeling", "barneavdeling", "spesialist"),
]


def upgrade() -> None:

    op.create_table(
        "services",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "helsestasjon",
                "ppt",
                "barnehage",
                "skole",
                "barnevern",
                "fastlege",
                "kommunepsykolog",
                "nav",
                "koordinerende_enhet",
                "bup",
                "habu",
                "barneavdeling",
                "annen",
                name="servicekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "level",
            sa.Enum("kommunal", "spesialist", name="servicelevel", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("phone", sa.String(length=200), server_default="", nullable=False),
        sa.Column("email", sa.String(length=200), server_default="", nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_services")),
    )
    op.create_table(
        "professionals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), server_default="", nullable=False),
        sa.Column("phone", sa.String(length=200), server_default="", nullable=False),
        sa.Column("email", sa.String(length=200), server_default="", nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["services.id"],
            name=op.f("fk_professionals_service_id_services"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_professionals")),
    )
    with op.batch_alter_table("professionals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_professionals_service_id"), ["service_id"], unique=False
        )

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_first_name", sa.String(length=100), nullable=False),
        sa.Column("child_birth_year", sa.Integer(), nullable=False),
        sa.Column("child_birth_date", sa.Date(), nullable=True),
        sa.Column(
            "phase",
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
            "status",
            sa.Enum("open", "closed", name="casestatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("concern_by_family", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("concern_service_id", sa.Integer(), nullable=True),
        sa.Column("initiating_service_id", sa.Integer(), nullable=True),
        sa.Column("coordinator_id", sa.Integer(), nullable=True),
        sa.Column("concern_summary", sa.Text(), server_default="", nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("demo_key", sa.String(length=40), nullable=True),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concern_service_id"],
            ["services.id"],
            name=op.f("fk_cases_concern_service_id_services"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["professionals.id"],
            name=op.f("fk_cases_coordinator_id_professionals"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["initiating_service_id"],
            ["services.id"],
            name=op.f("fk_cases_initiating_service_id_services"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("demo_key", name=op.f("uq_cases_demo_key")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cases_concern_service_id"), ["concern_service_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cases_coordinator_id"), ["coordinator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cases_initiating_service_id"), ["initiating_service_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cases_status"), ["status"], unique=False)

    op.create_table(
        "family_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "relation",
            sa.Enum(
                "mor",
                "far",
                "foresatt",
                "steforelder",
                "fosterforelder",
                "besteforelder",
                "sosken",
                "annen",
                name="relation",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("is_guardian", sa.Boolean(), nullable=False),
        sa.Column("phone", sa.String(length=200), server_default="", nullable=False),
        sa.Column("email", sa.String(length=200), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_family_members_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_members")),
    )
    with op.batch_alter_table("family_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_family_members_case_id"), ["case_id"], unique=False)

    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "familiemote", "oppsummerende", name="meetingkind", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=200), server_default="", nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned", "held", "cancelled", name="meetingstatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("family_description", sa.Text(), server_default="", nullable=False),
        sa.Column("child_voice", sa.Text(), server_default="", nullable=False),
        sa.Column("services_view", sa.Text(), server_default="", nullable=False),
        sa.Column(
            "decision",
            sa.Enum(
                "refer_bup",
                "refer_habu",
                "other_measures",
                "new_meeting",
                "close",
                name="decision",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("decision_text", sa.Text(), server_default="", nullable=False),
        sa.Column("next_meeting_note", sa.Text(), server_default="", nullable=False),
        sa.Column("internal_notes", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_meetings_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("responsible_service_id", sa.Integer(), nullable=True),
        sa.Column("responsible_professional_id", sa.Integer(), nullable=True),
        sa.Column("others_involved", sa.Text(), server_default="", nullable=False),
        sa.Column("family_part", sa.Text(), server_default="", nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "agreed",
                "in_progress",
                "done",
                "not_done",
                "handed_over",
                "cancelled",
                name="actionstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("status_reason", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_actions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_actions_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_professional_id"],
            ["professionals.id"],
            name=op.f("fk_actions_responsible_professional_id_professionals"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_service_id"],
            ["services.id"],
            name=op.f("fk_actions_responsible_service_id_services"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
    )
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actions_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_actions_due_date"), ["due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_actions_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_actions_responsible_professional_id"),
            ["responsible_professional_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_actions_responsible_service_id"),
            ["responsible_service_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_actions_review_date"), ["review_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_actions_status"), ["status"], unique=False)

    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("given_by_id", sa.Integer(), nullable=True),
        sa.Column("purposes", sa.String(length=200), nullable=False),
        sa.Column(
            "form",
            sa.Enum("written", "oral", name="consentform", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), server_default="", nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_consents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["given_by_id"],
            ["family_members.id"],
            name=op.f("fk_consents_given_by_id_family_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consents_given_by_id"), ["given_by_id"], unique=False)

    op.create_table(
        "participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "child",
                "family",
                "professional",
                name="participantkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("family_member_id", sa.Integer(), nullable=True),
        sa.Column("professional_id", sa.Integer(), nullable=True),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("roles", sa.String(length=200), server_default="", nullable=False),
        sa.Column(
            "attendance",
            sa.Enum(
                "invited",
                "present",
                "absent_notice",
                "absent_no_notice",
                name="attendance",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["family_member_id"],
            ["family_members.id"],
            name=op.f("fk_participants_family_member_id_family_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_participants_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["professional_id"],
            ["professionals.id"],
            name=op.f("fk_participants_professional_id_professionals"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["services.id"],
            name=op.f("fk_participants_service_id_services"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
    )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participants_family_member_id"), ["family_member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_participants_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_participants_professional_id"), ["professional_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_participants_service_id"), ["service_id"], unique=False
        )

    op.create_table(
        "consent_scopes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawal_note", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["consent_id"],
            ["consents.id"],
            name=op.f("fk_consent_scopes_consent_id_consents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["services.id"],
            name=op.f("fk_consent_scopes_service_id_services"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_scopes")),
    )
    with op.batch_alter_table("consent_scopes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consent_scopes_consent_id"), ["consent_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_consent_scopes_service_id"), ["service_id"], unique=False
        )

    services = sa.table(
        "services",
        sa.column("name", sa.String),
        sa.column("kind", sa.String),
        sa.column("level", sa.String),
    )
    op.bulk_insert(
        services, [{"name": n, "kind": k, "level": lvl} for n, k, lvl in DEFAULT_SERVICES]
    )


def downgrade() -> None:

    with op.batch_alter_table("consent_scopes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_scopes_service_id"))
        batch_op.drop_index(batch_op.f("ix_consent_scopes_consent_id"))

    op.drop_table("consent_scopes")
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participants_service_id"))
        batch_op.drop_index(batch_op.f("ix_participants_professional_id"))
        batch_op.drop_index(batch_op.f("ix_participants_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_participants_family_member_id"))

    op.drop_table("participants")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_given_by_id"))
        batch_op.drop_index(batch_op.f("ix_consents_case_id"))

    op.drop_table("consents")
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actions_status"))
        batch_op.drop_index(batch_op.f("ix_actions_review_date"))
        batch_op.drop_index(batch_op.f("ix_actions_responsible_service_id"))
        batch_op.drop_index(batch_op.f("ix_actions_responsible_professional_id"))
        batch_op.drop_index(batch_op.f("ix_actions_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_actions_due_date"))
        batch_op.drop_index(batch_op.f("ix_actions_case_id"))

    op.drop_table("actions")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_starts_at"))
        batch_op.drop_index(batch_op.f("ix_meetings_case_id"))

    op.drop_table("meetings")
    with op.batch_alter_table("family_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_family_members_case_id"))

    op.drop_table("family_members")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_status"))
        batch_op.drop_index(batch_op.f("ix_cases_initiating_service_id"))
        batch_op.drop_index(batch_op.f("ix_cases_coordinator_id"))
        batch_op.drop_index(batch_op.f("ix_cases_concern_service_id"))

    op.drop_table("cases")
    with op.batch_alter_table("professionals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_professionals_service_id"))

    op.drop_table("professionals")
    op.drop_table("services")
