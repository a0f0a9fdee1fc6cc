"""What the leaflet and the invitation letter print, read from the database.

The leaflet's contact person is, in this order: the person chosen, the open
case's contact person (its newest meeting's, as the plan prints it), the user's
own entry in the directory (Innstillinger > Meg), or nobody (lines to write on).
The invitation is built from the same data as the plan of the meeting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from familiemote import ics
from familiemote.domain import model as m
from familiemote.domain.errors import DomainError
from familiemote.printing.invitation import InvitationData
from familiemote.printing.leaflet import LeafletData
from familiemote.printing.plan import ContactPerson
from familiemote.printing.texts import Lang, tx
from familiemote.services import me as me_service
from familiemote.services.printing import meeting_choices, plan_data
from familiemote.storage.uow import UnitOfWork


def professional_contact(uow: UnitOfWork, professional_id: int) -> ContactPerson:
    with uow:
        person = uow.directory.professional(professional_id)
        service = (
            uow.directory.service(person.service_id).name if person.service_id is not None else ""
        )
    return ContactPerson(person.name, person.title, service, person.phone, person.email)


UowFactory = Callable[[], UnitOfWork]


def case_contact(factory: UowFactory, case_id: int) -> ContactPerson | None:
    """The contact person of the case's newest meeting, or None."""
    meetings = meeting_choices(factory(), case_id)
    if not meetings:
        return None
    newest = max(meetings, key=lambda pair: pair[1])
    return plan_data(factory(), newest[0]).contact


def leaflet_data(
    factory: UowFactory,
    *,
    professional_id: int | None = None,
    case_id: int | None = None,
) -> LeafletData:
    if professional_id is not None:
        return LeafletData(professional_contact(factory(), professional_id))
    if case_id is not None:
        found = case_contact(factory, case_id)
        if found is not None:
            return LeafletData(found)
    try:
        me = me_service.get_me(factory())
    except DomainError:
        me = None
    if me is not None and me.professional_id is not None:
        return LeafletData(professional_contact(factory(), me.professional_id))
    return LeafletData(None)


def invitation_data(
    uow: UnitOfWork, meeting_id: int, bring: tuple[str, ...] | None = None
) -> InvitationData:
    plan = plan_data(uow, meeting_id)
    return InvitationData(
        child_first_name=plan.child_first_name,
        meeting_kind=plan.meeting_kind,
        starts_at=plan.starts_at,
        place=plan.place,
        participants=tuple(
            p for p in plan.participants if p.attendance is not m.Attendance.ABSENT_WITH_NOTICE
        ),
        contact=plan.contact,
        bring=bring,
    )


def invitation_calendar(
    meeting_id: int, data: InvitationData, lang: Lang, now: dt.datetime | None = None
) -> str:
    """The meeting's calendar file (.ics) to send with the letter."""
    kind = (
        tx(lang, "Familiemøte")
        if data.meeting_kind is m.MeetingKind.FAMILY
        else tx(lang, "Oppsummerende møte")
    )
    contact = data.contact
    description = (
        tx(lang, "Kontaktperson")
        + f": {contact.name}"
        + (f", {contact.phone}" if contact.phone else "")
        if contact is not None
        else ""
    )
    event = ics.meeting_event(
        meeting_id,
        data.starts_at,
        kind,
        location=data.place,
        description=description,
        minutes=data.minutes,
    )
    return ics.calendar([event], now or dt.datetime.now(dt.UTC).replace(tzinfo=None))
