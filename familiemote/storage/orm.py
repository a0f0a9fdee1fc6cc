"""Tables and the imperative mapping of the domain dataclasses.

The domain stays free of SQLAlchemy (Cosmic Python's ``orm.py``): tables are
declared here with SQLAlchemy Core and the dataclasses are mapped onto them once,
by :func:`start_mappers`. Enums are stored as their string values (no native
enum types) so the same schema runs on SQLite and PostgreSQL.

Relationships load with ``lazy="raise"``: a view that reads a collection the
service did not load fails loudly in the tests instead of querying from the UI.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import registry, relationship

from familiemote.domain import model as m

E = TypeVar("E", bound=Enum)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = sa.MetaData(naming_convention=NAMING)
mapper_registry = registry(metadata=metadata)


def enum_column(enum: type[E]) -> sa.Enum:
    return sa.Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda cls: [member.value for member in cls],
        validate_strings=True,
    )


class EnumSet(sa.types.TypeDecorator[frozenset[Any]]):
    """A frozenset of enum members stored as sorted comma-separated values."""

    impl = sa.String(200)
    cache_ok = True

    def __init__(self, enum: type[Enum]) -> None:
        super().__init__()
        self.enum = enum

    def process_bind_param(self, value: frozenset[Any] | None, dialect: Dialect) -> str:
        return ",".join(sorted(member.value for member in (value or frozenset())))

    def process_result_value(self, value: str | None, dialect: Dialect) -> frozenset[Any]:
        return frozenset(self.enum(v) for v in (value or "").split(",") if v)


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer, primary_key=True)


def _fk(name: str, target: str, *, nullable: bool = True, cascade: bool = False) -> sa.Column[int]:
    return sa.Column(
        name,
        sa.Integer,
        sa.ForeignKey(target, ondelete="CASCADE" if cascade else "RESTRICT"),
        nullable=nullable,
        index=True,
    )


services = sa.Table(
    "services",
    metadata,
    _id(),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("kind", enum_column(m.ServiceKind), nullable=False),
    sa.Column("level", enum_column(m.ServiceLevel), nullable=False),
    sa.Column("phone", sa.String(200), nullable=False, server_default=""),
    sa.Column("email", sa.String(200), nullable=False, server_default=""),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
)

professionals = sa.Table(
    "professionals",
    metadata,
    _id(),
    sa.Column("name", sa.String(100), nullable=False),
    _fk("service_id", "services.id"),
    sa.Column("title", sa.String(200), nullable=False, server_default=""),
    sa.Column("phone", sa.String(200), nullable=False, server_default=""),
    sa.Column("email", sa.String(200), nullable=False, server_default=""),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
)

cases = sa.Table(
    "cases",
    metadata,
    _id(),
    sa.Column("child_first_name", sa.String(100), nullable=False),
    sa.Column("child_birth_year", sa.Integer, nullable=False),
    sa.Column("child_birth_date", sa.Date, nullable=True),
    sa.Column("phase", enum_column(m.Phase), nullable=False),
    sa.Column("status", enum_column(m.CaseStatus), nullable=False, index=True),
    sa.Column("concern_by_family", sa.Boolean, nullable=False, server_default=sa.false()),
    _fk("concern_service_id", "services.id"),
    _fk("initiating_service_id", "services.id"),
    _fk("coordinator_id", "professionals.id"),
    sa.Column("concern_summary", sa.Text, nullable=False, server_default=""),
    sa.Column("opened_on", sa.Date, nullable=False),
    sa.Column("closed_on", sa.Date, nullable=True),
    sa.Column("demo_key", sa.String(40), nullable=True, unique=True),
    sa.Column("search_text", sa.Text, nullable=False, server_default=""),
    sa.Column("version", sa.Integer, nullable=False),
)

family_members = sa.Table(
    "family_members",
    metadata,
    _id(),
    _fk("case_id", "cases.id", nullable=False, cascade=True),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("relation", enum_column(m.Relation), nullable=False),
    sa.Column("is_guardian", sa.Boolean, nullable=False),
    sa.Column("phone", sa.String(200), nullable=False, server_default=""),
    sa.Column("email", sa.String(200), nullable=False, server_default=""),
)

meetings = sa.Table(
    "meetings",
    metadata,
    _id(),
    _fk("case_id", "cases.id", nullable=False, cascade=True),
    sa.Column("kind", enum_column(m.MeetingKind), nullable=False),
    sa.Column("starts_at", sa.DateTime, nullable=False, index=True),
    sa.Column("place", sa.String(200), nullable=False, server_default=""),
    sa.Column("status", enum_column(m.MeetingStatus), nullable=False),
    sa.Column("family_description", sa.Text, nullable=False, server_default=""),
    sa.Column("child_voice", sa.Text, nullable=False, server_default=""),
    sa.Column("services_view", sa.Text, nullable=False, server_default=""),
    sa.Column("decision", enum_column(m.Decision), nullable=True),
    sa.Column("decision_text", sa.Text, nullable=False, server_default=""),
    sa.Column("next_meeting_note", sa.Text, nullable=False, server_default=""),
    sa.Column("internal_notes", sa.Text, nullable=False, server_default=""),
)

participants = sa.Table(
    "participants",
    metadata,
    _id(),
    _fk("meeting_id", "meetings.id", nullable=False, cascade=True),
    sa.Column("kind", enum_column(m.ParticipantKind), nullable=False),
    _fk("family_member_id", "family_members.id", cascade=True),
    _fk("professional_id", "professionals.id"),
    _fk("service_id", "services.id"),
    sa.Column("roles", EnumSet(m.Role), nullable=False, server_default=""),
    sa.Column("attendance", enum_column(m.Attendance), nullable=False),
)

actions = sa.Table(
    "actions",
    metadata,
    _id(),
    _fk("case_id", "cases.id", nullable=False, cascade=True),
    _fk("meeting_id", "meetings.id", cascade=True),
    sa.Column("description", sa.Text, nullable=False),
    _fk("responsible_service_id", "services.id"),
    _fk("responsible_professional_id", "professionals.id"),
    sa.Column("others_involved", sa.Text, nullable=False, server_default=""),
    sa.Column("family_part", sa.Text, nullable=False, server_default=""),
    sa.Column("due_date", sa.Date, nullable=True, index=True),
    sa.Column("review_date", sa.Date, nullable=True, index=True),
    sa.Column("status", enum_column(m.ActionStatus), nullable=False, index=True),
    sa.Column("status_reason", sa.Text, nullable=False, server_default=""),
)

consents = sa.Table(
    "consents",
    metadata,
    _id(),
    _fk("case_id", "cases.id", nullable=False, cascade=True),
    _fk("given_by_id", "family_members.id", cascade=True),
    sa.Column("purposes", EnumSet(m.ConsentPurpose), nullable=False),
    sa.Column("form", enum_column(m.ConsentForm), nullable=False),
    sa.Column("given_on", sa.Date, nullable=False),
    sa.Column("recorded_by", sa.String(100), nullable=False, server_default=""),
    sa.Column("valid_until", sa.Date, nullable=True),
)

consent_scopes = sa.Table(
    "consent_scopes",
    metadata,
    _id(),
    _fk("consent_id", "consents.id", nullable=False, cascade=True),
    _fk("service_id", "services.id", nullable=False),
    sa.Column("withdrawn_on", sa.Date, nullable=True),
    sa.Column("withdrawal_note", sa.Text, nullable=False, server_default=""),
)

_started = False


def start_mappers() -> None:
    """Map the domain classes onto the tables (idempotent)."""
    global _started
    if _started:
        return
    _started = True
    mapper_registry.map_imperatively(m.Service, services)
    mapper_registry.map_imperatively(m.Professional, professionals)
    mapper_registry.map_imperatively(m.FamilyMember, family_members)
    mapper_registry.map_imperatively(m.Participant, participants)
    mapper_registry.map_imperatively(
        m.Meeting,
        meetings,
        properties={
            "participants": relationship(
                m.Participant,
                lazy="raise",
                cascade="all, delete-orphan",
                order_by=participants.c.id,
            )
        },
    )
    mapper_registry.map_imperatively(m.Action, actions)
    mapper_registry.map_imperatively(m.ConsentScope, consent_scopes)
    mapper_registry.map_imperatively(
        m.Consent,
        consents,
        properties={
            "scopes": relationship(
                m.ConsentScope,
                lazy="raise",
                cascade="all, delete-orphan",
                order_by=consent_scopes.c.id,
            )
        },
    )
    mapper_registry.map_imperatively(
        m.Case,
        cases,
        version_id_col=cases.c.version,
        properties={
            "family_members": relationship(
                m.FamilyMember,
                lazy="raise",
                cascade="all, delete-orphan",
                order_by=family_members.c.id,
            ),
            "meetings": relationship(
                m.Meeting,
                lazy="raise",
                cascade="all, delete-orphan",
                order_by=meetings.c.starts_at,
            ),
            "actions": relationship(
                m.Action, lazy="raise", cascade="all, delete-orphan", order_by=actions.c.id
            ),
            "consents": relationship(
                m.Consent, lazy="raise", cascade="all, delete-orphan", order_by=consents.c.id
            ),
        },
    )
