"""The core entities of a Familiemøte case, as plain dataclasses.

No Qt and no SQLAlchemy here: storage maps these classes imperatively and the
UI reads them through the services. Identifiers are ``None`` until stored.

What we store about the child is deliberately small (first name and birth date
or year; never a national identity number): the work needs no more.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class Phase(Enum):
    """The five phases of "Samordning av hjelpetilbud for barn og unge" («Kvalitet i alle ledd»
    2016)."""

    BEKYMRING = "bekymring"  # 1 Bekymring og tidlige tiltak
    VURDERING = "vurdering"  # 2 Vurdering og henvisning
    UTREDNING = "utredning"  # 3 Utredning og diagnostikk
    BEHANDLING = "behandling"  # 4 Behandling og pasientopplæring
    OPPFOLGING = "oppfolging"  # 5 Oppfølging

    @property
    def number(self) -> int:
        return list(Phase).index(self) + 1


class CaseStatus(Enum):
    OPEN = "open"
    CLOSED = "closed"


class ServiceLevel(Enum):
    MUNICIPAL = "kommunal"
    SPECIALIST = "spesialist"


class ServiceKind(Enum):
    """The services a municipality's children and families meet; OTHER for anything a
    municipality adds."""

    HELSESTASJON = "helsestasjon"
    PPT = "ppt"
    BARNEHAGE = "barnehage"
    SKOLE = "skole"
    BARNEVERN = "barnevern"
    FASTLEGE = "fastlege"
    KOMMUNEPSYKOLOG = "kommunepsykolog"
    NAV = "nav"
    KOORDINERENDE_ENHET = "koordinerende_enhet"
    BUP = "bup"
    HABU = "habu"
    BARNEAVDELING = "barneavdeling"
    OTHER = "annen"


class Relation(Enum):
    """How a family member relates to the child."""

    MOTHER = "mor"
    FATHER = "far"
    GUARDIAN = "foresatt"
    STEP_PARENT = "steforelder"
    FOSTER_PARENT = "fosterforelder"
    GRANDPARENT = "besteforelder"
    SIBLING = "sosken"
    OTHER = "annen"


class MeetingKind(Enum):
    FAMILY = "familiemote"
    SUMMARY = "oppsummerende"  # oppsummerende møte in phase 5 («Kvalitet i alle ledd» 2016)


class MeetingStatus(Enum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Decision(Enum):
    """What a family meeting decided («Kvalitet i alle ledd» 2016)."""

    REFER_BUP = "refer_bup"
    REFER_HABU = "refer_habu"
    OTHER_MEASURES = "other_measures"
    NEW_MEETING = "new_meeting"
    CLOSE = "close"


class ParticipantKind(Enum):
    CHILD = "child"
    FAMILY = "family"
    PROFESSIONAL = "professional"


class Attendance(Enum):
    INVITED = "invited"
    PRESENT = "present"
    ABSENT_WITH_NOTICE = "absent_notice"
    ABSENT_WITHOUT_NOTICE = "absent_no_notice"


class Role(Enum):
    """Roles in a meeting; one person may hold several («Trygg oppvekst» 2014)."""

    LEADER = "moteleder"
    COORDINATOR = "koordinator"
    WRITER = "referent"


class ActionStatus(Enum):
    AGREED = "agreed"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_DONE = "not_done"
    HANDED_OVER = "handed_over"
    CANCELLED = "cancelled"


OPEN_ACTION_STATUSES = frozenset({ActionStatus.AGREED, ActionStatus.IN_PROGRESS})


class ConsentPurpose(Enum):
    """What a consent covers («Trygg oppvekst» 2014, «Kvalitet i alle ledd» 2016)."""

    FAMILY_MEETING = "family_meeting"
    SHARE_BETWEEN_SERVICES = "share_between_services"
    REFERRAL_ATTACHMENTS = "referral_attachments"
    INTERDISCIPLINARY_TEAM = "interdisciplinary_team"


class ConsentForm(Enum):
    WRITTEN = "written"
    ORAL = "oral"


class PhaseDecisionKind(Enum):
    """A recorded decision about where the case is on the pathway."""

    MOVE = "move"  # to another phase
    CLOSE = "close"  # the case is closed (after phase 1 or at the end)
    REOPEN = "reopen"


class ReferralTarget(Enum):
    BUP = "bup"
    HABU = "habu"


class ChecklistItem(Enum):
    """ "5 kjennetegn på gode henvisninger" («Kvalitet i alle ledd» 2016), item by item."""

    FIELDS_FILLED = "1"
    CONCRETE_QUESTIONS = "2"
    HEALTH_ASSESSMENT = "3"
    RESPONSIBILITY_GROUP = "4"
    DOCUMENTATION_WITH_CONSENT = "5"


class ReviewOutcome(Enum):
    """What a meeting decided about an open action carried into its agenda."""

    DONE = "done"
    CONTINUED = "continued"
    CHANGED = "changed"
    HANDED_OVER = "handed_over"
    NOT_DONE = "not_done"
    CANCELLED = "cancelled"


class NotificationReason(Enum):
    """Why someone must be told (feedback to the referrer, «Trygg oppvekst» 2014)."""

    PHASE_CHANGED = "phase_changed"
    CASE_CLOSED = "case_closed"


class Respondent(Enum):
    """Who answered an evaluation form («Kvalitet i alle ledd» 2016)."""

    PARENT = "parent"  # Foreldre/foresatt
    CHILD = "child"  # Barn/ungdom
    BOTH = "both"  # both boxes ticked: parent and child answered together


@dataclass(eq=False)
class Service:
    """A service in the municipality's directory (helsestasjon, PPT, BUP, ...)."""

    name: str
    kind: ServiceKind
    level: ServiceLevel
    phone: str = ""
    email: str = ""
    active: bool = True
    id: int | None = None


@dataclass(eq=False)
class Professional:
    """A named person who represents a service."""

    name: str
    service_id: int | None
    title: str = ""
    phone: str = ""
    email: str = ""
    active: bool = True
    id: int | None = None


@dataclass(eq=False)
class FamilyMember:
    name: str
    relation: Relation
    is_guardian: bool
    phone: str = ""
    email: str = ""
    case_id: int | None = None
    id: int | None = None


@dataclass(eq=False)
class Participant:
    """Someone invited to a meeting: the child, a family member or a professional."""

    kind: ParticipantKind
    family_member_id: int | None = None
    professional_id: int | None = None
    service_id: int | None = None
    roles: frozenset[Role] = frozenset()
    attendance: Attendance = Attendance.INVITED
    receives_information: bool = True
    meeting_id: int | None = None
    id: int | None = None


@dataclass(eq=False)
class Meeting:
    case_id: int | None
    kind: MeetingKind
    starts_at: dt.datetime
    place: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    family_description: str = ""
    child_voice: str = ""
    services_view: str = ""
    decision: Decision | None = None
    decision_text: str = ""
    next_meeting_note: str = ""
    next_meeting_at: dt.datetime | None = None
    internal_notes: str = ""
    bup_override_reason: str = ""
    epikrise_sent_on: dt.date | None = None
    participants: list[Participant] = field(default_factory=list)
    version: int = 0
    id: int | None = None


@dataclass(eq=False)
class Action:
    """An agreed action (tiltak / ansvar): who does what by when."""

    case_id: int | None
    meeting_id: int | None
    description: str
    responsible_service_id: int | None
    responsible_professional_id: int | None = None
    others_involved: str = ""
    family_part: str = ""
    due_date: dt.date | None = None
    review_date: dt.date | None = None
    status: ActionStatus = ActionStatus.AGREED
    status_reason: str = ""
    internal: bool = False  # left out of the family's copy of the plan
    handovers: list[ActionHandover] = field(default_factory=list)
    reviews: list[ActionReview] = field(default_factory=list)
    version: int = 0
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_ACTION_STATUSES


@dataclass(eq=False)
class ActionHandover:
    """A responsibility handed to another service (stafettholder, «Kvalitet i alle ledd» 2016).

    Until ``accepted_on`` is set the earlier holder stays responsible.
    """

    action_id: int | None
    from_service_id: int | None
    from_professional_id: int | None
    to_service_id: int | None
    to_professional_id: int | None
    proposed_on: dt.date
    accepted_on: dt.date | None = None
    accepted_by: str = ""
    note: str = ""
    declined_on: dt.date | None = None  # the receiving side said no; kept, not deleted
    declined_by: str = ""
    decline_reason: str = ""
    id: int | None = None


@dataclass(eq=False)
class ActionReview:
    """An open action on a meeting's agenda, and what the meeting decided about it."""

    action_id: int | None
    meeting_id: int | None
    outcome: ReviewOutcome | None = None
    new_date: dt.date | None = None
    note: str = ""
    id: int | None = None


@dataclass(eq=False)
class ConsentScope:
    """One receiving service covered by a consent; withdrawable on its own."""

    service_id: int
    withdrawn_on: dt.date | None = None
    withdrawal_note: str = ""
    consent_id: int | None = None
    id: int | None = None


@dataclass(eq=False)
class Consent:
    case_id: int | None
    given_by_id: int | None  # the family member (guardian) who consents
    purposes: frozenset[ConsentPurpose]
    form: ConsentForm
    given_on: dt.date
    recorded_by: str = ""
    valid_until: dt.date | None = None
    given_by_child: bool = False  # the young person consents (age settings)
    withdrawn_on: dt.date | None = None  # withdrawn as a whole
    withdrawal_note: str = ""
    scopes: list[ConsentScope] = field(default_factory=list)
    version: int = 0
    id: int | None = None

    def covers(self, service_id: int, purpose: ConsentPurpose, on: dt.date) -> bool:
        """Whether this consent lets information reach ``service_id`` for ``purpose`` on ``on``."""
        if purpose not in self.purposes or on < self.given_on:
            return False
        if self.withdrawn_on is not None and on >= self.withdrawn_on:
            return False
        if self.valid_until is not None and on > self.valid_until:
            return False
        return any(
            s.service_id == service_id and (s.withdrawn_on is None or on < s.withdrawn_on)
            for s in self.scopes
        )


@dataclass(eq=False)
class PhaseDecision:
    """Moving, closing or reopening a case: when, by whom and why."""

    case_id: int | None
    kind: PhaseDecisionKind
    from_phase: Phase
    to_phase: Phase
    decided_on: dt.date
    decided_by: str
    reason: str = ""
    meeting_id: int | None = None
    id: int | None = None


@dataclass(eq=False)
class Referral:
    """A referral to BUP or HABU, with the state of the referral checklist."""

    case_id: int | None
    target: ReferralTarget
    checklist: frozenset[ChecklistItem] = frozenset()
    checklist_notes: str = ""
    referred_on: dt.date | None = None  # None while the referral is being prepared
    referred_by: str = ""
    meeting_id: int | None = None
    id: int | None = None


@dataclass(eq=False)
class ChildView:
    """The child's own view, recorded separately (from 7 the child shall be heard)."""

    case_id: int | None
    recorded_on: dt.date
    text: str
    recorded_by: str = ""
    id: int | None = None


@dataclass(eq=False)
class Notification:
    """Someone who must be told of a phase change or closure, and whether it was done."""

    case_id: int | None
    reason: NotificationReason
    created_on: dt.date
    recipient_service_id: int | None = None
    recipient_text: str = ""
    phase_decision_id: int | None = None
    done_on: dt.date | None = None
    done_by: str = ""
    note: str = ""
    id: int | None = None


@dataclass(eq=False)
class EvaluationForm:
    """One returned "Vurdering av samtalen": anonymous, linked to no case."""

    period_start: dt.date
    period_end: dt.date
    municipality: str = ""
    respondent: Respondent | None = None
    child_age: int | None = None
    q1: int | None = None
    q2: int | None = None
    q3: int | None = None
    q4: int | None = None
    comment: str = ""
    entered_on: dt.date = field(default_factory=dt.date.today)
    id: int | None = None


@dataclass(eq=False)
class Case:
    """A case (sak) about one child along the pathway."""

    child_first_name: str
    child_birth_year: int
    child_birth_date: dt.date | None = None
    phase: Phase = Phase.BEKYMRING
    status: CaseStatus = CaseStatus.OPEN
    concern_by_family: bool = False
    concern_service_id: int | None = None
    initiating_service_id: int | None = None
    coordinator_id: int | None = None
    concern_summary: str = ""
    opened_on: dt.date = field(default_factory=dt.date.today)
    closed_on: dt.date | None = None
    demo_key: str | None = None
    anonymous: bool = False  # anonymous consultation: no names stored («Trygg oppvekst» 2014)
    search_text: str = ""
    family_members: list[FamilyMember] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    phase_decisions: list[PhaseDecision] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    child_views: list[ChildView] = field(default_factory=list)
    notifications: list[Notification] = field(default_factory=list)
    version: int = 0
    id: int | None = None

    def child_age(self, on: dt.date) -> int:
        """The child's age in whole years on ``on``.

        With only a birth year, the age is the one the child reaches during that year.
        """
        if self.child_birth_date is None:
            return on.year - self.child_birth_year
        b = self.child_birth_date
        return on.year - b.year - ((on.month, on.day) < (b.month, b.day))

    @property
    def guardians(self) -> list[FamilyMember]:
        return [m for m in self.family_members if m.is_guardian]

    def refresh_search_text(self, extra: list[str] | None = None) -> None:
        """Recompute the case-insensitive text the case list searches."""
        parts = [self.child_first_name, *(m.name for m in self.family_members), *(extra or [])]
        self.search_text = normalise_search(" ".join(p for p in parts if p))


def normalise_search(text: str) -> str:
    """Fold text for searching: case-insensitive, also for æ, ø and å."""
    return " ".join(text.casefold().split())
