"""The case file's format in code: every list, field and kind of value, and the limits.

Both the writer (:mod:`.export`) and the reader (:mod:`.parse`) work from these tables,
so the two cannot drift apart; docs/export-format.md describes the same format in words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from familiemote.domain import model as m
from familiemote.domain import validation as v

FORMAT_NAME = "familiemote-case"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
DATE_MIN = dt.date(1900, 1, 1)
DATE_MAX = dt.date(2100, 12, 31)
REF_MAX = 20
# How much of a bad key or value an error message quotes: enough to find it, never all.
QUOTE_MAX = 60

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")


# -- field kinds ------------------------------------------------------------------


# A text is cleaned by the same rule the app's forms use (familiemote.domain.validation).
Text = v.TextRule


@dataclass(frozen=True)
class Int:
    low: int
    high: int


@dataclass(frozen=True)
class Bool:
    pass


@dataclass(frozen=True)
class Date:
    nullable: bool = False


@dataclass(frozen=True)
class DateTime:
    nullable: bool = False


@dataclass(frozen=True)
class OneOf:
    enum: type[Enum]
    nullable: bool = False


@dataclass(frozen=True)
class SetOf:
    enum: type[Enum]


@dataclass(frozen=True)
class Ref:
    """A reference to another entry of the file by its ``ref``."""

    target: str  # "services", "professionals", "family_members", "meetings", "phase_decisions"
    nullable: bool = True


Kind = Text | Int | Bool | Date | DateTime | OneOf | SetOf | Ref

# (name in the file, attribute of the domain object, kind)
Fields = tuple[tuple[str, str, Kind], ...]

SERVICE_FIELDS: Fields = (
    ("name", "name", v.NAME),
    ("kind", "kind", OneOf(m.ServiceKind)),
    ("level", "level", OneOf(m.ServiceLevel)),
    ("phone", "phone", v.PHONE),
    ("email", "email", v.EMAIL),
    ("active", "active", Bool()),
)
PROFESSIONAL_FIELDS: Fields = (
    ("name", "name", v.NAME),
    ("service", "service_id", Ref("services")),
    ("title", "title", v.SHORT_TEXT),
    ("phone", "phone", v.PHONE),
    ("email", "email", v.EMAIL),
    ("active", "active", Bool()),
)
CASE_FIELDS: Fields = (
    ("child_first_name", "child_first_name", v.OPTIONAL_NAME),  # required unless anonymous
    ("child_birth_year", "child_birth_year", Int(DATE_MIN.year, DATE_MAX.year)),
    ("child_birth_date", "child_birth_date", Date(nullable=True)),
    ("phase", "phase", OneOf(m.Phase)),
    ("status", "status", OneOf(m.CaseStatus)),
    ("concern_by_family", "concern_by_family", Bool()),
    ("concern_service", "concern_service_id", Ref("services")),
    ("initiating_service", "initiating_service_id", Ref("services")),
    ("coordinator", "coordinator_id", Ref("professionals")),
    ("concern_summary", "concern_summary", v.LONG_TEXT),
    ("opened_on", "opened_on", Date()),
    ("closed_on", "closed_on", Date(nullable=True)),
    ("anonymous", "anonymous", Bool()),
)
FAMILY_FIELDS: Fields = (
    ("name", "name", v.NAME),
    ("relation", "relation", OneOf(m.Relation)),
    ("is_guardian", "is_guardian", Bool()),
    ("phone", "phone", v.PHONE),
    ("email", "email", v.EMAIL),
)
PARTICIPANT_FIELDS: Fields = (
    ("kind", "kind", OneOf(m.ParticipantKind)),
    ("family_member", "family_member_id", Ref("family_members")),
    ("professional", "professional_id", Ref("professionals")),
    ("service", "service_id", Ref("services")),
    ("roles", "roles", SetOf(m.Role)),
    ("attendance", "attendance", OneOf(m.Attendance)),
    ("receives_information", "receives_information", Bool()),
)
MEETING_FIELDS: Fields = (
    ("kind", "kind", OneOf(m.MeetingKind)),
    ("starts_at", "starts_at", DateTime()),
    ("place", "place", v.SHORT_TEXT),
    ("status", "status", OneOf(m.MeetingStatus)),
    ("family_description", "family_description", v.LONG_TEXT),
    ("child_voice", "child_voice", v.LONG_TEXT),
    ("services_view", "services_view", v.LONG_TEXT),
    ("decision", "decision", OneOf(m.Decision, nullable=True)),
    ("decision_text", "decision_text", v.LONG_TEXT),
    ("next_meeting_note", "next_meeting_note", v.LONG_TEXT),
    ("next_meeting_at", "next_meeting_at", DateTime(nullable=True)),
    ("internal_notes", "internal_notes", v.LONG_TEXT),
    ("bup_override_reason", "bup_override_reason", v.LONG_TEXT),
    ("epikrise_sent_on", "epikrise_sent_on", Date(nullable=True)),
)
HANDOVER_FIELDS: Fields = (
    ("from_service", "from_service_id", Ref("services")),
    ("from_professional", "from_professional_id", Ref("professionals")),
    ("to_service", "to_service_id", Ref("services")),
    ("to_professional", "to_professional_id", Ref("professionals")),
    ("proposed_on", "proposed_on", Date()),
    ("accepted_on", "accepted_on", Date(nullable=True)),
    ("accepted_by", "accepted_by", v.OPTIONAL_NAME),
    ("note", "note", v.ACTION_TEXT),
    ("declined_on", "declined_on", Date(nullable=True)),
    ("declined_by", "declined_by", v.OPTIONAL_NAME),
    ("decline_reason", "decline_reason", v.ACTION_TEXT),
)
# Fields added to version 1 after files were written: a file without them is
# read with these values (a handover without ``declined_on`` was not declined).
ADDED_LATER: Mapping[str, Any] = {"declined_on": None, "declined_by": "", "decline_reason": ""}
REVIEW_FIELDS: Fields = (
    ("meeting", "meeting_id", Ref("meetings", nullable=False)),
    ("outcome", "outcome", OneOf(m.ReviewOutcome, nullable=True)),
    ("new_date", "new_date", Date(nullable=True)),
    ("note", "note", v.ACTION_TEXT),
)
ACTION_FIELDS: Fields = (
    ("meeting", "meeting_id", Ref("meetings")),
    ("description", "description", v.REQUIRED_ACTION_TEXT),
    ("responsible_service", "responsible_service_id", Ref("services")),
    ("responsible_professional", "responsible_professional_id", Ref("professionals")),
    ("others_involved", "others_involved", v.ACTION_TEXT),
    ("family_part", "family_part", v.ACTION_TEXT),
    ("due_date", "due_date", Date(nullable=True)),
    ("review_date", "review_date", Date(nullable=True)),
    ("status", "status", OneOf(m.ActionStatus)),
    ("status_reason", "status_reason", v.ACTION_TEXT),
    ("internal", "internal", Bool()),
)
SCOPE_FIELDS: Fields = (
    ("service", "service_id", Ref("services", nullable=False)),
    ("withdrawn_on", "withdrawn_on", Date(nullable=True)),
    ("withdrawal_note", "withdrawal_note", v.WITHDRAWAL_NOTE),
)
CONSENT_FIELDS: Fields = (
    ("given_by", "given_by_id", Ref("family_members")),
    ("purposes", "purposes", SetOf(m.ConsentPurpose)),
    ("form", "form", OneOf(m.ConsentForm)),
    ("given_on", "given_on", Date()),
    ("recorded_by", "recorded_by", v.NAME),
    ("valid_until", "valid_until", Date(nullable=True)),
    ("given_by_child", "given_by_child", Bool()),
    ("withdrawn_on", "withdrawn_on", Date(nullable=True)),
    ("withdrawal_note", "withdrawal_note", v.WITHDRAWAL_NOTE),
)
PHASE_DECISION_FIELDS: Fields = (
    ("kind", "kind", OneOf(m.PhaseDecisionKind)),
    ("from_phase", "from_phase", OneOf(m.Phase)),
    ("to_phase", "to_phase", OneOf(m.Phase)),
    ("decided_on", "decided_on", Date()),
    ("decided_by", "decided_by", v.NAME),
    ("reason", "reason", v.REQUIRED_LONG_TEXT),
    ("meeting", "meeting_id", Ref("meetings")),
)
REFERRAL_FIELDS: Fields = (
    ("target", "target", OneOf(m.ReferralTarget)),
    ("checklist", "checklist", SetOf(m.ChecklistItem)),
    ("checklist_notes", "checklist_notes", v.LONG_TEXT),
    ("referred_on", "referred_on", Date(nullable=True)),
    ("referred_by", "referred_by", v.OPTIONAL_NAME),
    ("meeting", "meeting_id", Ref("meetings")),
)
CHILD_VIEW_FIELDS: Fields = (
    ("recorded_on", "recorded_on", Date()),
    ("text", "text", v.REQUIRED_LONG_TEXT),
    ("recorded_by", "recorded_by", v.NAME),
)
NOTIFICATION_FIELDS: Fields = (
    ("reason", "reason", OneOf(m.NotificationReason)),
    ("created_on", "created_on", Date()),
    ("recipient_service", "recipient_service_id", Ref("services")),
    ("recipient_text", "recipient_text", v.SHORT_TEXT),
    ("phase_decision", "phase_decision_id", Ref("phase_decisions")),
    ("done_on", "done_on", Date(nullable=True)),
    ("done_by", "done_by", v.OPTIONAL_NAME),
    ("note", "note", v.LONG_TEXT),
)

# The case's lists: (name in the file and attribute, fields, has a "ref", nested lists)
Nested = tuple[tuple[str, "Fields", type[Any]], ...]
CASE_LISTS: tuple[tuple[str, Fields, type[Any], bool, Nested], ...] = (
    ("family_members", FAMILY_FIELDS, m.FamilyMember, True, ()),
    (
        "meetings",
        MEETING_FIELDS,
        m.Meeting,
        True,
        (("participants", PARTICIPANT_FIELDS, m.Participant),),
    ),
    (
        "actions",
        ACTION_FIELDS,
        m.Action,
        False,
        (
            ("handovers", HANDOVER_FIELDS, m.ActionHandover),
            ("reviews", REVIEW_FIELDS, m.ActionReview),
        ),
    ),
    ("consents", CONSENT_FIELDS, m.Consent, False, (("scopes", SCOPE_FIELDS, m.ConsentScope),)),
    ("phase_decisions", PHASE_DECISION_FIELDS, m.PhaseDecision, True, ()),
    ("referrals", REFERRAL_FIELDS, m.Referral, False, ()),
    ("child_views", CHILD_VIEW_FIELDS, m.ChildView, False, ()),
    ("notifications", NOTIFICATION_FIELDS, m.Notification, False, ()),
)
REF_PREFIX = {
    "services": "S",
    "professionals": "P",
    "family_members": "F",
    "meetings": "M",
    "phase_decisions": "D",
}
