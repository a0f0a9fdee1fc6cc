"""Who discusses the case anonymously: never the service that holds the case (the
initiating service, the coordinator's service); a service left anonymous for want of
consent receives information in the meetings still planned once a consent covers it,
and in the next meeting; a held meeting keeps what it recorded. Real SQLite and
PostgreSQL databases."""

from __future__ import annotations

import datetime as dt

from familiemote.domain import model as m
from familiemote.services import meetings
from familiemote.services.consent import NewConsent, record_consent
from familiemote.services.meetings import MeetingPlan, ParticipantInput
from tests.integration.test_meetings import TODAY, World, load, make_world
from tests.support.fixture_types import UowFactory

P = m.ParticipantKind


def _plan(w: World, days_ahead: int, *, nurse_receives: bool = False) -> MeetingPlan:
    """The coordinator (helsestasjonen, the initiating service) and the school, neither
    ticked «Mottar opplysninger», as the planner left them before any consent."""
    return MeetingPlan(
        m.MeetingKind.FAMILY,
        dt.datetime.combine(TODAY + dt.timedelta(days=days_ahead), dt.time(9)),
        "Helsestasjonen",
        (
            ParticipantInput(P.FAMILY, family_member_id=w.mother),
            ParticipantInput(
                P.PROFESSIONAL,
                professional_id=w.nurse,
                roles=frozenset({m.Role.LEADER, m.Role.COORDINATOR}),
                receives_information=nurse_receives,
            ),
            ParticipantInput(P.PROFESSIONAL, service_id=w.school, receives_information=False),
        ),
    )


def _receives(uow_factory: UowFactory, case_id: int, meeting_id: int) -> dict[int | None, bool]:
    meeting = next(mt for mt in load(uow_factory, case_id).meetings if mt.id == meeting_id)
    return {
        p.service_id: p.receives_information
        for p in meeting.participants
        if p.kind == P.PROFESSIONAL
    }


def test_the_coordinator_never_discusses_her_own_case_anonymously(
    uow_factory: UowFactory,
) -> None:
    w = make_world(uow_factory, consent=False)
    first = meetings.plan_meeting(uow_factory(), w.case_id, _plan(w, 7), TODAY)
    assert _receives(uow_factory, w.case_id, first.meeting_id) == {w.hs: True, w.school: False}
    # ticked without a consent: no refusal for the case's own service
    second = meetings.plan_meeting(
        uow_factory(), w.case_id, _plan(w, 21, nurse_receives=True), TODAY
    )
    assert _receives(uow_factory, w.case_id, second.meeting_id)[w.hs] is True
    check = meetings.closing_check(uow_factory(), second.meeting_id, TODAY)
    assert w.hs not in check.recipients_without_consent


def test_a_later_consent_reaches_the_planned_meetings_and_leaves_a_held_one(
    uow_factory: UowFactory,
) -> None:
    w = make_world(uow_factory, consent=False)
    held = meetings.plan_meeting(uow_factory(), w.case_id, _plan(w, -14), TODAY)
    meetings.set_status(uow_factory(), held.meeting_id, m.MeetingStatus.HELD)
    planned = meetings.plan_meeting(uow_factory(), w.case_id, _plan(w, 14), TODAY)
    assert _receives(uow_factory, w.case_id, planned.meeting_id)[w.school] is False

    record_consent(
        uow_factory(),
        w.case_id,
        NewConsent(
            given_by_id=w.mother,
            service_ids=(w.school, w.hs),
            purposes=frozenset(m.ConsentPurpose),
            form=m.ConsentForm.WRITTEN,
            given_on=TODAY,
            recorded_by="Hanne H",
        ),
        TODAY,
    )
    assert _receives(uow_factory, w.case_id, planned.meeting_id)[w.school] is True
    assert _receives(uow_factory, w.case_id, held.meeting_id)[w.school] is False  # history

    # «Neste møte» from the held meeting: the school now receives information
    nxt = meetings.plan_next_meeting(
        uow_factory(),
        held.meeting_id,
        dt.datetime.combine(TODAY + dt.timedelta(days=40), dt.time(9)),
        "Helsestasjonen",
        frozenset(
            p.id
            for p in next(
                mt for mt in load(uow_factory, w.case_id).meetings if mt.id == held.meeting_id
            ).participants
        ),
        TODAY,
    )
    assert _receives(uow_factory, w.case_id, nxt.meeting_id) == {w.hs: True, w.school: True}


def test_a_consent_leaving_a_service_out_changes_nothing_for_it(
    uow_factory: UowFactory,
) -> None:
    w = make_world(uow_factory, consent=False)
    planned = meetings.plan_meeting(uow_factory(), w.case_id, _plan(w, 14), TODAY)
    record_consent(
        uow_factory(),
        w.case_id,
        NewConsent(
            given_by_id=w.mother,
            service_ids=(w.bup,),  # the school is left out
            purposes=frozenset(m.ConsentPurpose),
            form=m.ConsentForm.WRITTEN,
            given_on=TODAY,
            recorded_by="Hanne H",
        ),
        TODAY,
    )
    assert _receives(uow_factory, w.case_id, planned.meeting_id)[w.school] is False
