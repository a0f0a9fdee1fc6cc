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
    # the person's own login on a shared PostgreSQL server (set by IT; storage/access_sql.py)
    sa.Column("login", sa.String(63), nullable=True, unique=True),
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
    sa.Column("anonymous", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("search_text", sa.Text, nullable=False, server_default=""),
    sa.Column("version", sa.Integer, nullable=False),
    # who registered the case and when: set by PostgreSQL itself (0011), empty on SQLite
    sa.Column("created_by", sa.String(63), nullable=True, server_default=sa.FetchedValue()),
    sa.Column("created_at", sa.DateTime, nullable=True, server_default=sa.FetchedValue()),
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
    sa.Column("next_meeting_at", sa.DateTime, nullable=True),
    sa.Column("internal_notes", sa.Text, nullable=False, server_default=""),
    sa.Column("bup_override_reason", sa.Text, nullable=False, server_default=""),
    sa.Column("epikrise_sent_on", sa.Date, nullable=True),
    sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    # covers the case list's next/last meeting per case without reading the rows
    sa.Index("ix_meetings_case_start_status", "case_id", "starts_at", "status"),
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
    sa.Column("receives_information", sa.Boolean, nullable=False, server_default=sa.true()),
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
    sa.Column("internal", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("version", sa.Integer, nullable=False, server_default="1"),
)

action_handovers = sa.Table(
    "action_handovers",
    metadata,
    _id(),
    _fk("action_id", "actions.id", nullable=False, cascade=True),
    _fk("from_service_id", "services.id"),
    _fk("from_professional_id", "professionals.id"),
    _fk("to_service_id", "services.id"),
    _fk("to_professional_id", "professionals.id"),
    sa.Column("proposed_on", sa.Date, nullable=False),
    sa.Column("accepted_on", sa.Date, nullable=True),
    sa.Column("accepted_by", sa.String(100), nullable=False, server_default=""),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    # a declined handover is kept (0004): who declined, when and why
    sa.Column("declined_on", sa.Date, nullable=True),
    sa.Column("declined_by", sa.String(100), nullable=False, server_default=""),
    sa.Column("decline_reason", sa.Text, nullable=False, server_default=""),
    # accepting and declining exclude each other (0006)
    sa.CheckConstraint("accepted_on IS NULL OR declined_on IS NULL", name="accepted_or_declined"),
)

# A handover neither accepted nor declined waits for the receiving service.
HANDOVER_PENDING = sa.and_(
    action_handovers.c.accepted_on.is_(None), action_handovers.c.declined_on.is_(None)
)
# At most one handover waits per action (0006): a partial unique index, which
# SQLite and PostgreSQL both enforce, so two users cannot both propose one.
PENDING_HANDOVER_INDEX = sa.Index(
    "uq_action_handovers_pending",
    action_handovers.c.action_id,
    unique=True,
    sqlite_where=HANDOVER_PENDING,
)


@sa.event.listens_for(action_handovers, "before_create")
def _pending_on_a_server(_table: sa.Table, connection: sa.Connection, **_kw: Any) -> None:
    """PostgreSQL's copy of the index's condition, given when the table is made there.

    Not named above: a ``postgresql_`` option imports SQLAlchemy's whole PostgreSQL
    dialect, about 2 MiB of the window's memory at every start from a file (measured).
    The migrations (0006) make the index on both; this is for ``create_all``.
    """
    if connection.dialect.name == "postgresql":
        PENDING_HANDOVER_INDEX.dialect_options["postgresql"]["where"] = HANDOVER_PENDING


action_reviews = sa.Table(
    "action_reviews",
    metadata,
    _id(),
    _fk("action_id", "actions.id", nullable=False, cascade=True),
    _fk("meeting_id", "meetings.id", nullable=False, cascade=True),
    sa.Column("outcome", enum_column(m.ReviewOutcome), nullable=True),
    sa.Column("new_date", sa.Date, nullable=True),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.UniqueConstraint("action_id", "meeting_id"),
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
    sa.Column("given_by_child", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("withdrawn_on", sa.Date, nullable=True),
    sa.Column("withdrawal_note", sa.Text, nullable=False, server_default=""),
    sa.Column("version", sa.Integer, nullable=False, server_default="1"),
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

phase_decisions = sa.Table(
    "phase_decisions",
    metadata,
    _id(),
    _fk("case_id", "cases.id", nullable=False, cascade=True),
    sa.Column("kind", enum_column(m.PhaseDecisionKind), nullable=False),
    sa.Column("from_phase", enum_column(m.Phase), nullable=False),
    sa.Column("to_phase", enum_column(m.Phase), nullable=False),
    sa.Column("decided_on", sa.Date, nullable=False),
    sa.Column("decided_by", sa.String(100), nullable=False),
    sa.Column("reason", sa.Text, nullable=False, server_default=""),
    _fk("meeting_id", "meetings.id", cascade=True),
)

referrals = sa.Table(
    "referrals",
    metadata,
    _id(),
    _fk("case_id", "cases.id", nullable=False, cascade=True),
    sa.Column("target", enum_column(m.ReferralTarget), nullable=False),
    sa.Column("checklist", EnumSet(m.ChecklistItem), nullable=False, server_default=""),
    sa.Column("checklist_notes", sa.Text, nullable=False, server_default=""),
    sa.Column("referred_on", sa.Date, nullable=True),
    sa.Column("referred_by", sa.String(100), nullable=False, server_default=""),
    _fk("meeting_id", "meetings.id", cascade=True),
)

child_views = sa.Table(
    "child_views",
    metadata,
    _id(),
    _fk("case_id", "cases.id", nullable=False, cascade=True),
    sa.Column("recorded_on", sa.Date, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("recorded_by", sa.String(100), nullable=False, server_default=""),
)

notifications = sa.Table(
    "notifications",
    metadata,
    _id(),
    _fk("case_id", "cases.id", nullable=False, cascade=True),
    sa.Column("reason", enum_column(m.NotificationReason), nullable=False),
    sa.Column("created_on", sa.Date, nullable=False),
    _fk("recipient_service_id", "services.id"),
    sa.Column("recipient_text", sa.String(200), nullable=False, server_default=""),
    _fk("phase_decision_id", "phase_decisions.id", cascade=True),
    sa.Column("done_on", sa.Date, nullable=True),
    sa.Column("done_by", sa.String(100), nullable=False, server_default=""),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
)

# Access to one case beyond its team: given by the team to a colleague (``grant``,
# with a reason and an end), or taken by a user outside the team stating a reason
# (``emergency``, nødtilgang, a few hours at most). Rows are never deleted: ending
# access sets ``ended_at``; the trail records every change (services/access.py).
case_access = sa.Table(
    "case_access",
    metadata,
    _id(),
    _fk("case_id", "cases.id", nullable=False, cascade=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("login", sa.String(63), nullable=False, index=True),
    _fk("professional_id", "professionals.id"),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("granted_by", sa.String(63), nullable=False),
    sa.Column("starts_at", sa.DateTime, nullable=False),
    sa.Column("ends_at", sa.DateTime, nullable=False),
    sa.Column("ended_at", sa.DateTime, nullable=True),
    sa.Column("ended_by", sa.String(63), nullable=False, server_default=""),
    sa.CheckConstraint("kind IN ('grant', 'emergency')", name="kind"),
    sa.CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    sa.CheckConstraint("length(reason) > 0", name="reason_given"),
)

# Returned evaluation forms: anonymous, deliberately linked to no case.
evaluation_forms = sa.Table(
    "evaluation_forms",
    metadata,
    _id(),
    sa.Column("period_start", sa.Date, nullable=False, index=True),
    sa.Column("period_end", sa.Date, nullable=False),
    sa.Column("municipality", sa.String(100), nullable=False, server_default=""),
    sa.Column("respondent", enum_column(m.Respondent), nullable=True),
    sa.Column("child_age", sa.Integer, nullable=True),
    sa.Column("q1", sa.Integer, nullable=True),
    sa.Column("q2", sa.Integer, nullable=True),
    sa.Column("q3", sa.Integer, nullable=True),
    sa.Column("q4", sa.Integer, nullable=True),
    sa.Column("comment", sa.Text, nullable=False, server_default=""),
    sa.Column("entered_on", sa.Date, nullable=False),
)

# Tallies of returned forms read in from other municipalities: counts only, one row
# per imported file; ``export_id`` is the file's own id, so a file is read in once.
evaluation_tallies = sa.Table(
    "evaluation_tallies",
    metadata,
    _id(),
    sa.Column("export_id", sa.String(64), nullable=False, unique=True),
    sa.Column("municipality", sa.String(100), nullable=False),
    sa.Column("period_start", sa.Date, nullable=False, index=True),
    sa.Column("period_end", sa.Date, nullable=False),
    sa.Column("exported_on", sa.Date, nullable=False),
    sa.Column("imported_on", sa.Date, nullable=False),
    sa.Column("content", sa.Text, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
)

# Append-only audit trail; case_id is no foreign key so the trail outlives a deleted case.
audit_log = sa.Table(
    "audit_log",
    metadata,
    _id(),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("user_name", sa.String(100), nullable=False),
    sa.Column("case_id", sa.Integer, nullable=True, index=True),
    sa.Column("entity", sa.String(40), nullable=False),
    sa.Column("entity_id", sa.Integer, nullable=True),
    sa.Column("action", sa.String(40), nullable=False),
    sa.Column("before", sa.Text, nullable=False, server_default=""),
    sa.Column("after", sa.Text, nullable=False, server_default=""),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    # HMAC of ``hash`` under a key the database does not hold (storage/audit_check.py)
    sa.Column("key_id", sa.String(16), nullable=False, server_default=""),
    sa.Column("mac", sa.String(64), nullable=False, server_default=""),
)

# One random key per case: the audit trail's content for the case is encrypted with
# it, and deleting the case deletes the key (crypto-shredding; see storage/audit.py).
case_keys = sa.Table(
    "case_keys",
    metadata,
    sa.Column(
        "case_id",
        sa.Integer,
        sa.ForeignKey("cases.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("key", sa.String(64), nullable=False),
)

# Settings that belong to the database (shared by all users of a municipality's server).
app_settings = sa.Table(
    "app_settings",
    metadata,
    sa.Column("key", sa.String(100), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

# The municipality's own text of an information box, one per box and language
# (services/info_boxes.py); a box without a row shows the shipped default.
info_boxes = sa.Table(
    "info_boxes",
    metadata,
    sa.Column("box_key", sa.String(60), primary_key=True),
    sa.Column("language", sa.String(8), primary_key=True),
    sa.Column("content", sa.Text, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
    sa.Column("updated_by", sa.String(100), nullable=False),
    sa.Column("version", sa.Integer, nullable=False, server_default="1"),
)

_started = False


def _owned(cls: type, order_by: sa.ColumnElement[Any]) -> Any:
    """A list the parent owns, in ``order_by`` order: saved and deleted with it, and
    never loaded by accident (``lazy="raise"``: a query names what it loads)."""
    return relationship(cls, lazy="raise", cascade="all, delete-orphan", order_by=order_by)


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
        version_id_col=meetings.c.version,
        properties={"participants": _owned(m.Participant, participants.c.id)},
    )
    mapper_registry.map_imperatively(m.ActionHandover, action_handovers)
    mapper_registry.map_imperatively(m.ActionReview, action_reviews)
    mapper_registry.map_imperatively(
        m.Action,
        actions,
        version_id_col=actions.c.version,
        properties={
            "handovers": _owned(m.ActionHandover, action_handovers.c.id),
            "reviews": _owned(m.ActionReview, action_reviews.c.id),
        },
    )
    mapper_registry.map_imperatively(m.ConsentScope, consent_scopes)
    mapper_registry.map_imperatively(m.PhaseDecision, phase_decisions)
    mapper_registry.map_imperatively(m.Referral, referrals)
    mapper_registry.map_imperatively(m.ChildView, child_views)
    mapper_registry.map_imperatively(m.Notification, notifications)
    mapper_registry.map_imperatively(m.EvaluationForm, evaluation_forms)
    mapper_registry.map_imperatively(
        m.Consent,
        consents,
        version_id_col=consents.c.version,
        properties={"scopes": _owned(m.ConsentScope, consent_scopes.c.id)},
    )
    mapper_registry.map_imperatively(
        m.Case,
        cases,
        version_id_col=cases.c.version,
        properties={
            "family_members": _owned(m.FamilyMember, family_members.c.id),
            "meetings": _owned(m.Meeting, meetings.c.starts_at),
            "actions": _owned(m.Action, actions.c.id),
            "consents": _owned(m.Consent, consents.c.id),
            "phase_decisions": _owned(m.PhaseDecision, phase_decisions.c.id),
            "referrals": _owned(m.Referral, referrals.c.id),
            "child_views": _owned(m.ChildView, child_views.c.id),
            "notifications": _owned(m.Notification, notifications.c.id),
        },
    )
