"""What the family may see of a meeting while it runs, read from the database.

The family view («Vis for familien») is a second window turned toward the family
or a projector. It shows exactly what the family's copy of the plan prints, and
less: the same rule decides what is internal (:func:`familiemote.printing.plan.
family_version`: no internal notes, no internal actions), applied to the same
data (:func:`familiemote.services.printing.plan_data`), so the screen and the
paper can never disagree about what the family may read. On top of that rule the
view leaves out what a screen in the room has no use for: the services' own
assessment, the consent list, the participants' contact details, and actions
that were cancelled.

Only committed data is read: a row the facilitator is still typing is not in
the database, so it is not on the family's screen until it is saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from familiemote.domain import model as m
from familiemote.printing.plan import PlanAction, family_version
from familiemote.services.printing import plan_data
from familiemote.storage.uow import UnitOfWork

__all__ = ["FamilyAction", "FamilyCarriedAction", "FamilyViewData", "family_view_data"]


@dataclass(frozen=True)
class FamilyAction:
    """One agreed action as the family reads it: what, who (service and person), when."""

    description: str
    service: str
    person: str
    family_part: str
    due_date: dt.date | None
    review_date: dt.date | None


@dataclass(frozen=True)
class FamilyCarriedAction:
    """An action from an earlier meeting and what this meeting decided about it."""

    action: FamilyAction
    outcome: m.ReviewOutcome | None
    new_date: dt.date | None
    note: str


@dataclass(frozen=True)
class FamilyViewData:
    """A snapshot of one meeting for the family's screen (first name only, no ids)."""

    child_first_name: str
    meeting_kind: m.MeetingKind
    starts_at: dt.datetime
    place: str
    family_description: str
    child_voice: str
    decision: m.Decision | None
    decision_text: str
    actions: tuple[FamilyAction, ...]
    carried_over: tuple[FamilyCarriedAction, ...]
    next_meeting_at: dt.datetime | None
    next_meeting_note: str
    contact_name: str
    contact_service: str


def _action(a: PlanAction) -> FamilyAction:
    return FamilyAction(
        description=a.description,
        service=a.service,
        person=a.person,
        family_part=a.family_part,
        due_date=a.due_date,
        review_date=a.review_date,
    )


def family_view_data(uow: UnitOfWork, meeting_id: int) -> FamilyViewData:
    """What the family's screen shows of ``meeting_id``, as committed now.

    Raises :class:`familiemote.domain.errors.NotFoundError` when the meeting is gone.
    """
    plan = family_version(plan_data(uow, meeting_id))
    contact = plan.contact
    return FamilyViewData(
        child_first_name=plan.child_first_name,
        meeting_kind=plan.meeting_kind,
        starts_at=plan.starts_at,
        place=plan.place,
        family_description=plan.family_description,
        child_voice=plan.child_voice,
        decision=plan.decision,
        decision_text=plan.decision_text,
        actions=tuple(_action(a) for a in plan.actions if a.status != m.ActionStatus.CANCELLED),
        carried_over=tuple(
            FamilyCarriedAction(
                action=_action(c.action), outcome=c.outcome, new_date=c.new_date, note=c.note
            )
            for c in plan.carried_over
        ),
        next_meeting_at=plan.next_meeting_at,
        next_meeting_note=plan.next_meeting_note,
        contact_name=contact.name if contact is not None else "",
        contact_service=contact.service if contact is not None else "",
    )
