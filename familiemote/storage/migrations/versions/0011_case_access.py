"""access by need: logins on professionals, who registered a case, case access, row security

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 00:00:00

On PostgreSQL, ``cases.created_by``/``created_at`` are filled by the server
(``current_user``, ``now()``) and row-level security policies restrict every case
table to the case's team (storage/access_sql.py). SQLite gets the columns and the
table only: one user, the passphrase is the access control.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("professionals") as batch:
        batch.add_column(sa.Column("login", sa.String(63), nullable=True))
        batch.create_unique_constraint(op.f("uq_professionals_login"), ["login"])
    op.add_column(
        "cases",
        sa.Column(
            "created_by",
            sa.String(63),
            nullable=True,
            server_default=sa.text("CURRENT_USER") if pg else None,
        ),
    )
    op.add_column(
        "cases",
        sa.Column(
            "created_at",
            sa.DateTime,
            nullable=True,
            server_default=sa.text("(now() AT TIME ZONE 'UTC')") if pg else None,
        ),
    )
    op.create_table(
        "case_access",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("login", sa.String(63), nullable=False),
        sa.Column("professional_id", sa.Integer, nullable=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("granted_by", sa.String(63), nullable=False),
        sa.Column("starts_at", sa.DateTime, nullable=False),
        sa.Column("ends_at", sa.DateTime, nullable=False),
        sa.Column("ended_at", sa.DateTime, nullable=True),
        sa.Column("ended_by", sa.String(63), nullable=False, server_default=""),
        sa.CheckConstraint("kind IN ('grant', 'emergency')", name=op.f("ck_case_access_kind")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_case_access_ends_after_start")),
        sa.CheckConstraint("length(reason) > 0", name=op.f("ck_case_access_reason_given")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_access_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["professional_id"],
            ["professionals.id"],
            name=op.f("fk_case_access_professional_id_professionals"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_access")),
    )
    op.create_index(op.f("ix_case_access_case_id"), "case_access", ["case_id"])
    op.create_index(op.f("ix_case_access_login"), "case_access", ["login"])
    op.create_index(op.f("ix_case_access_professional_id"), "case_access", ["professional_id"])
    if pg:
        from familiemote.storage import access_sql

        access_sql.install(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from familiemote.storage import access_sql

        for table in access_sql.ALL_POLICY_TABLES:
            if table == "case_access":
                continue
            for (name,) in bind.exec_driver_sql(
                f"SELECT policyname FROM pg_policies WHERE tablename = '{table}'"
            ).fetchall():
                op.execute(f'DROP POLICY {name} ON "{table}"')
            op.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
        op.execute("DROP FUNCTION IF EXISTS familiemote_find_case(text, integer)")
        op.execute("DROP TRIGGER IF EXISTS professionals_login_guard ON professionals")
        op.execute("DROP FUNCTION IF EXISTS familiemote_directory_guard()")
    op.drop_table("case_access")
    if bind.dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS familiemote_case_visible(integer, name)")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("created_at")
        batch.drop_column("created_by")
    with op.batch_alter_table("professionals") as batch:
        batch.drop_constraint(op.f("uq_professionals_login"), type_="unique")
        batch.drop_column("login")
