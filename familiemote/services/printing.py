"""Gather the plain data a printed document needs, from the database.

The printing layer takes plain dataclasses and never a session; these functions
read a case in one unit of work and hand back exactly what is to be printed.
"""

from __future__ import annotations

import datetime as dt

from familiemote.domain import model as m
from familiemote.domain.consent import (
    CoverageStatus,
    ServiceCoverage,
    services_covered,
    services_left_out,
)
from familiemote.domain.errors import NotFoundError
from familiemote.printing.consent_form import ConsentFormData, ConsentGuardian
from familiemote.printing.plan import (
    CarriedAction,
    ContactPerson,
    LeftOut,
    PlanAction,
    PlanData,
    PlanParticipant,
)
from familiemote.services.cases import contact_person_id
from familiemote.services.consent import consent_form_data, read_age_settings
from familiemote.storage.uow import UnitOfWork

__all__ = ["consent_form_data_for_print", "meeting_choices", "plan_data"]


def _load(
    uow: UnitOfWork, case_id: int
) -> tuple[m.Case, dict[int, m.Service], dict[int, m.Professional]]:
    # the read path (one plain query a table, nothing tracked for a change): a plan
    # prints, it never saves, and the whole-case load cost about 80 % of reading a plan
    case = uow.cases.read(case_id)
    services = {s.id: s for s in uow.directory.services(include_inactive=True) if s.id}
    people = {p.id: p for p in uow.directory.professionals(include_inactive=True) if p.id}
    return case, services, people


def _name(d: dict[int, m.Service] | dict[int, m.Professional], ident: int | None) -> str:
    if ident is None or ident not in d:
        return ""
    return d[ident].name


def _plan_action(
    a: m.Action, services: dict[int, m.Service], people: dict[int, m.Professional]
) -> PlanAction:
    return PlanAction(
        description=a.description,
        service=_name(services, a.responsible_service_id),
        person=_name(people, a.responsible_professional_id),
        family_part=a.family_part,
        others_involved=a.others_involved,
        due_date=a.due_date,
        review_date=a.review_date,
        status=a.status,
        internal=a.internal,
    )


def _contact(
    case: m.Case,
    meeting: m.Meeting,
    services: dict[int, m.Service],
    people: dict[int, m.Professional],
) -> ContactPerson | None:
    person_id = contact_person_id(case, meeting)  # the overview's rule as well
    if person_id is None or person_id not in people:
        return None
    person = people[person_id]
    return ContactPerson(
        name=person.name,
        title=person.title,
        service=_name(services, person.service_id),
        phone=person.phone,
        email=person.email,
    )


def _participant_service(p: m.Participant, people: dict[int, m.Professional]) -> int | None:
    if p.service_id is not None:
        return p.service_id
    person = people.get(p.professional_id or -1)
    return person.service_id if person else None


def _participant(
    case: m.Case,
    p: m.Participant,
    services: dict[int, m.Service],
    people: dict[int, m.Professional],
) -> PlanParticipant:
    if p.kind == m.ParticipantKind.CHILD:
        return PlanParticipant(
            name=case.child_first_name, kind=p.kind, roles=p.roles, attendance=p.attendance
        )
    if p.kind == m.ParticipantKind.FAMILY:
        member = next((f for f in case.family_members if f.id == p.family_member_id), None)
        return PlanParticipant(
            name=member.name if member else "",
            kind=p.kind,
            relation=member.relation if member else None,
            roles=p.roles,
            attendance=p.attendance,
        )
    person = people.get(p.professional_id or -1)
    service_id = _participant_service(p, people)
    return PlanParticipant(
        name=person.name if person else "",
        kind=p.kind,
        service=_name(services, service_id),
        title=person.title if person else "",
        roles=p.roles,
        attendance=p.attendance,
    )


_KIND_ORDER = {m.ParticipantKind.CHILD: 0, m.ParticipantKind.FAMILY: 1}


def plan_data(uow: UnitOfWork, meeting_id: int) -> PlanData:
    """Everything the follow-up plan of ``meeting_id`` prints (the full, internal copy)."""
    with uow:
        case_id = uow.cases.case_of_meeting(meeting_id)
        if case_id is None:
            raise NotFoundError("meeting", meeting_id)
        case, services, people = _load(uow, case_id)
        settings = read_age_settings(uow)
    meeting = next(mt for mt in case.meetings if mt.id == meeting_id)
    day = meeting.starts_at.date()
    meeting_dates = {mt.id: mt.starts_at.date() for mt in case.meetings}

    participants = sorted(
        (_participant(case, p, services, people) for p in meeting.participants),
        key=lambda p: _KIND_ORDER.get(p.kind, 2),
    )
    actions = tuple(
        _plan_action(a, services, people) for a in case.actions if a.meeting_id == meeting_id
    )
    carried = []
    for a in case.actions:
        for r in a.reviews:
            if r.meeting_id == meeting_id and a.meeting_id != meeting_id:
                carried.append(
                    CarriedAction(
                        action=_plan_action(a, services, people),
                        agreed_on=meeting_dates.get(a.meeting_id),
                        outcome=r.outcome,
                        new_date=r.new_date,
                        note=r.note,
                    )
                )
    covered = services_covered(case, m.ConsentPurpose.SHARE_BETWEEN_SERVICES, day, settings)
    consent_services = tuple(sorted(services[i].name for i in covered if i in services))
    left_out = tuple(
        sorted(
            (
                _left_out(case, row, services[row.service_id].name)
                for row in services_left_out(case, day, settings)
                if row.service_id in services
            ),
            key=lambda x: x.service,
        )
    )
    return PlanData(
        child_first_name=case.child_first_name,
        child_age=case.child_age(day),
        meeting_kind=meeting.kind,
        starts_at=meeting.starts_at,
        place=meeting.place,
        participants=tuple(participants),
        family_description=meeting.family_description,
        child_voice=meeting.child_voice,
        services_view=meeting.services_view,
        decision=meeting.decision,
        decision_text=meeting.decision_text,
        actions=actions,
        carried_over=tuple(carried),
        next_meeting_at=meeting.next_meeting_at,
        next_meeting_note=meeting.next_meeting_note,
        contact=_contact(case, meeting, services, people),
        consent_services=consent_services,
        guardians=tuple(g.name for g in case.guardians),
        internal_notes=meeting.internal_notes,
        left_out=left_out,
    )


_LEFT_OUT_STATUS = {
    CoverageStatus.WITHDRAWN: "withdrawn",
    CoverageStatus.EXPIRED: "expired",
}


def _left_out(case: m.Case, row: ServiceCoverage, name: str) -> LeftOut:
    """Who has not consented to ``row``'s service, by relation (None: the child)."""
    relations = {g.id: g.relation for g in case.family_members}
    missing = tuple(relations.get(p) if isinstance(p, int) else None for p in row.missing)
    return LeftOut(name, missing, _LEFT_OUT_STATUS.get(row.status, "none"))


def meeting_choices(uow: UnitOfWork, case_id: int) -> list[tuple[int, dt.datetime]]:
    """The meetings of a case a plan can be printed for: (id, start), newest first."""
    with uow:
        return uow.case_queries.meetings_of(case_id)


def consent_form_data_for_print(uow: UnitOfWork, case_id: int, today: dt.date) -> ConsentFormData:
    """The common consent form of a case: one page per person who signs.

    One source: :func:`familiemote.services.consent.consent_form_data` decides the
    services offered (those already working with the case, the case's first), who
    signs (every guardian, and the young person from the configured age) and
    whether the child's view is to be heard; this only shapes it for the renderer.
    The form leaves lines for other services.
    """
    form = consent_form_data(uow, case_id, today)
    return ConsentFormData(
        child_first_name=form.child_first_name,
        child_age=form.child_age,
        guardians=tuple(
            ConsentGuardian(name=x.name, relation=x.relation, is_child=x.is_child)
            for x in form.signers
        ),
        services=tuple(x.name for x in form.services if x.in_case),
        purposes=form.purposes,
        contact_name=form.coordinator_name,
        contact_service=form.coordinator_service,
        contact_phone=form.coordinator_phone,
        child_heard=form.child_heard,
    )
