"""Service rules tested on the in-memory unit of work (tests/support/fake_uow.py).

No database: each test runs in milliseconds. The same use cases run against SQLite and
PostgreSQL in tests/integration (test_meetings, test_consent, test_actions); these check
the rules themselves, quickly, while the code is being changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from familiemote.domain import consent as consent_rules
from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.domain.errors import (
    ConsentMissingError,
    FollowUpCode,
    FollowUpError,
    NotFoundError,
    SpecialistLimitError,
    ValidationCode,
    ValidationError,
)
from familiemote.services import access, actions, cases, consent, meetings
from familiemote.services.meetings import MeetingPlan, ParticipantInput
from tests.support.fake_uow import FakeStore, FakeUnitOfWork, NotInMemory

TODAY = dt.date(2026, 11, 22)
P = m.ParticipantKind


@dataclass
class World:
    store: FakeStore
    case_id: int
    school: int
    hs: int
    bup: int
    nurse: int
    psychologist: int
    mother: int
    father: int

    def uow(self) -> FakeUnitOfWork:
        return FakeUnitOfWork(self.store)

    def case(self) -> m.Case:
        return self.store.cases[self.case_id]


def make_world() -> World:
    store = FakeStore()
    school = store.add_service("Skolen", m.ServiceKind.SKOLE, m.ServiceLevel.MUNICIPAL)
    hs = store.add_service("Helsestasjonen", m.ServiceKind.HELSESTASJON, m.ServiceLevel.MUNICIPAL)
    bup = store.add_service("BUP", m.ServiceKind.BUP, m.ServiceLevel.SPECIALIST)
    nurse = store.add_professional("Hanne Helsesykepleier", hs)
    psychologist = store.add_professional("Bjørn Psykolog", bup)
    case_id = cases.create_case(
        FakeUnitOfWork(store),
        cases.NewCase(
            "Ida",
            2016,
            concern_service_id=school,
            initiating_service_id=hs,
            coordinator_id=nurse,
            family=(
                cases.NewFamilyMember("Kari", m.Relation.MOTHER, True),
                cases.NewFamilyMember("Ola", m.Relation.FATHER, True),
            ),
        ),
        TODAY - dt.timedelta(days=120),
    )
    mother, father = (f.id for f in store.cases[case_id].family_members)
    assert mother is not None and father is not None
    return World(store, case_id, school, hs, bup, nurse, psychologist, mother, father)


def consent_of(w: World, by: int, *service_ids: int) -> int:
    """One guardian's written consent for ``service_ids``, for every purpose."""
    return consent.record_consent(
        w.uow(),
        w.case_id,
        consent.NewConsent(
            given_by_id=by,
            service_ids=service_ids,
            purposes=frozenset(m.ConsentPurpose),
            form=m.ConsentForm.WRITTEN,
            given_on=TODAY - dt.timedelta(days=10),
            recorded_by="Hanne Helsesykepleier",
        ),
        TODAY,
    )


def give_consent(w: World, *service_ids: int) -> tuple[int, int]:
    """Both guardians consent (each guardian's consent is needed)."""
    return consent_of(w, w.mother, *service_ids), consent_of(w, w.father, *service_ids)


def family_plan(w: World, days_ahead: int = 30, *, bup: bool = True, **kw: object) -> MeetingPlan:
    people = [
        ParticipantInput(P.FAMILY, family_member_id=w.mother),
        ParticipantInput(P.CHILD),
        ParticipantInput(P.PROFESSIONAL, professional_id=w.nurse, roles=frozenset({m.Role.LEADER})),
    ]
    if bup:
        people.append(ParticipantInput(P.PROFESSIONAL, professional_id=w.psychologist))
    return MeetingPlan(
        kind=m.MeetingKind.FAMILY,
        starts_at=dt.datetime.combine(TODAY + dt.timedelta(days=days_ahead), dt.time(9, 0)),
        place=str(kw.get("place", "Helsestasjonen")),
        participants=tuple(people),
        bup_override_reason=str(kw.get("bup_override_reason", "")),
    )


# -- the fake itself ------------------------------------------------------------------


def test_leaving_without_commit_stores_nothing_and_ids_come_at_the_commit() -> None:
    w = make_world()
    before = w.store.commits
    uow = w.uow()
    with uow:
        case = uow.cases.get(w.case_id)
        case.concern_summary = "Endret, men ikke lagret"
        case.meetings.append(m.Meeting(case.id, m.MeetingKind.FAMILY, dt.datetime(2026, 12, 1)))
    assert w.store.commits == before
    assert w.case().concern_summary == ""
    assert w.case().meetings == []
    stored = w.case()
    assert stored.id == w.case_id and stored.version == 1
    assert [f.case_id for f in stored.family_members] == [w.case_id, w.case_id]
    assert cases.count_cases(w.uow()) == 1
    with pytest.raises(NotInMemory):  # row-level security: only on the real databases
        access.list_access(w.uow(), w.case_id)


# -- consent: who may be told -----------------------------------------------------------


def test_a_service_without_consent_cannot_receive_information_and_nothing_is_stored() -> None:
    w = make_world()
    give_consent(w, w.hs)  # the health centre is covered, BUP is not
    before = w.store.commits
    with pytest.raises(ConsentMissingError) as refused:
        meetings.plan_meeting(w.uow(), w.case_id, family_plan(w), TODAY)
    assert refused.value.service_id == w.bup
    assert w.case().meetings == []
    assert w.store.commits == before

    give_consent(w, w.bup)
    result = meetings.plan_meeting(w.uow(), w.case_id, family_plan(w), TODAY)
    [meeting] = w.case().meetings
    assert meeting.id == result.meeting_id
    psychologist = next(p for p in meeting.participants if p.professional_id == w.psychologist)
    assert psychologist.service_id == w.bup  # taken from the directory
    assert psychologist.meeting_id == meeting.id


def test_a_service_that_receives_nothing_needs_no_consent() -> None:
    w = make_world()
    plan = MeetingPlan(
        m.MeetingKind.FAMILY,
        dt.datetime.combine(TODAY + dt.timedelta(days=14), dt.time(10, 0)),
        participants=(
            ParticipantInput(
                P.PROFESSIONAL, professional_id=w.psychologist, receives_information=False
            ),
        ),
    )
    meetings.plan_meeting(w.uow(), w.case_id, plan, TODAY)
    [stored] = w.case().meetings[0].participants
    assert stored.receives_information is False


def test_consent_withdrawn_for_one_service_closes_it_but_not_the_others() -> None:
    w = make_world()
    consent_id, _father = give_consent(w, w.hs, w.bup)
    consent.withdraw_consent(
        w.uow(), w.case_id, consent_id, TODAY, "Mor ringte", TODAY, service_id=w.bup
    )
    stored = next(c for c in w.case().consents if c.id == consent_id)
    assert stored.withdrawn_on is None
    scopes = {s.service_id: s.withdrawn_on for s in stored.scopes}
    assert scopes == {w.hs: None, w.bup: TODAY}
    assert stored.version == 2  # the consent's version moved: a parallel change conflicts

    with pytest.raises(ConsentMissingError) as refused:
        meetings.plan_meeting(w.uow(), w.case_id, family_plan(w), TODAY)
    assert refused.value.service_id == w.bup
    meetings.plan_meeting(w.uow(), w.case_id, family_plan(w, bup=False), TODAY)

    with pytest.raises(ValidationError) as again:
        consent.withdraw_consent(
            w.uow(), w.case_id, consent_id, TODAY, "Igjen", TODAY, service_id=w.bup
        )
    assert again.value.code == ValidationCode.ALREADY_WITHDRAWN


def test_a_withdrawal_needs_how_it_was_told_and_cannot_lie_ahead() -> None:
    w = make_world()
    consent_id = consent_of(w, w.mother, w.hs)
    with pytest.raises(ValidationError) as blank:
        consent.withdraw_consent(w.uow(), w.case_id, consent_id, TODAY, "  ", TODAY)
    assert blank.value.field == "consent_withdrawal_note"
    tomorrow = TODAY + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as ahead:
        consent.withdraw_consent(w.uow(), w.case_id, consent_id, tomorrow, "Brev", TODAY)
    assert ahead.value.code == ValidationCode.DATE_IN_FUTURE
    assert w.case().consents[0].withdrawn_on is None


def test_only_a_guardian_of_the_case_can_consent() -> None:
    w = make_world()
    with pytest.raises(NotFoundError):
        consent_of(w, 9999, w.hs)
    assert w.case().consents == []


# -- meetings ------------------------------------------------------------------------------


def test_a_meeting_years_away_a_long_place_or_an_unknown_person_is_refused() -> None:
    w = make_world()
    give_consent(w, w.hs, w.bup)
    with pytest.raises(ValidationError) as far:
        meetings.plan_meeting(w.uow(), w.case_id, family_plan(w, days_ahead=11 * 366), TODAY)
    assert (far.value.field, far.value.code) == ("starts_at", ValidationCode.DATE_OUT_OF_RANGE)
    with pytest.raises(ValidationError) as place:
        plan = family_plan(w, place="Møterom " * (v.SHORT_TEXT_MAX // 8 + 1))
        meetings.plan_meeting(w.uow(), w.case_id, plan, TODAY)
    assert (place.value.field, place.value.code) == ("place", ValidationCode.TOO_LONG)
    stranger = MeetingPlan(
        m.MeetingKind.FAMILY,
        dt.datetime.combine(TODAY + dt.timedelta(days=7), dt.time(9, 0)),
        participants=(ParticipantInput(P.FAMILY, family_member_id=12345),),
    )
    with pytest.raises(ValidationError) as unknown:
        meetings.plan_meeting(w.uow(), w.case_id, stranger, TODAY)
    assert unknown.value.code == ValidationCode.INCONSISTENT
    assert w.case().meetings == []


def test_the_third_family_meeting_with_the_specialist_needs_a_reason() -> None:
    w = make_world()
    give_consent(w, w.hs, w.bup)
    meetings.plan_meeting(w.uow(), w.case_id, family_plan(w, 10), TODAY)
    meetings.plan_meeting(w.uow(), w.case_id, family_plan(w, 40), TODAY)
    with pytest.raises(SpecialistLimitError):
        meetings.plan_meeting(w.uow(), w.case_id, family_plan(w, 70), TODAY)
    assert len(w.case().meetings) == 2
    reason = "BUP er allerede i saken"
    meetings.plan_meeting(w.uow(), w.case_id, family_plan(w, 70, bup_override_reason=reason), TODAY)
    assert len(w.case().meetings) == 3


# -- actions: the stafettholder and handovers -----------------------------------------------


def _agreed_action(w: World) -> int:
    give_consent(w, w.hs, w.bup, w.school)
    meeting_id = meetings.plan_meeting(w.uow(), w.case_id, family_plan(w, 0), TODAY).meeting_id
    return actions.agree_action(
        w.uow(),
        w.case_id,
        actions.NewAction("Samtaler med Ida", w.hs, w.nurse, meeting_id=meeting_id),
        TODAY,
    )


def _action(w: World, action_id: int) -> m.Action:
    return next(a for a in w.case().actions if a.id == action_id)


def test_the_earlier_holder_keeps_the_action_until_the_handover_is_accepted() -> None:
    w = make_world()
    talks = _agreed_action(w)
    actions.propose_handover(
        w.uow(), talks, w.bup, w.psychologist, today=TODAY, note="BUP tar over"
    )
    action = _action(w, talks)
    assert (action.responsible_service_id, action.responsible_professional_id) == (w.hs, w.nurse)
    [handover] = action.handovers
    assert handover.action_id == talks and handover.accepted_on is None

    with pytest.raises(FollowUpError) as pending:  # one handover waits at a time
        actions.propose_handover(w.uow(), talks, w.school, None, today=TODAY)
    assert pending.value.code == FollowUpCode.HANDOVER_PENDING
    with pytest.raises(FollowUpError) as closing:  # nothing is dropped while it waits
        actions.change_status(w.uow(), talks, m.ActionStatus.DONE)
    assert closing.value.code == FollowUpCode.HANDOVER_PENDING

    later = TODAY + dt.timedelta(days=2)
    actions.accept_handover(w.uow(), talks, "Bjørn Psykolog", today=later)
    action = _action(w, talks)
    assert (action.responsible_service_id, action.responsible_professional_id) == (
        w.bup,
        w.psychologist,
    )
    [handover] = action.handovers
    assert (handover.accepted_on, handover.accepted_by) == (later, "Bjørn Psykolog")
    with pytest.raises(FollowUpError):  # already decided: no second answer
        actions.decline_handover(w.uow(), talks, "Noen", "For sent", TODAY)


def test_a_declined_handover_is_kept_and_the_action_stays_with_its_holder() -> None:
    w = make_world()
    talks = _agreed_action(w)
    with pytest.raises(FollowUpError) as same:
        actions.propose_handover(w.uow(), talks, w.hs, w.nurse, today=TODAY)
    assert same.value.code == FollowUpCode.SAME_HOLDER
    actions.propose_handover(w.uow(), talks, w.school, None, today=TODAY)
    actions.decline_handover(w.uow(), talks, "Rektor Berg", "Ikke kapasitet", TODAY)
    action = _action(w, talks)
    assert action.responsible_service_id == w.hs
    [handover] = action.handovers
    assert (handover.declined_on, handover.declined_by, handover.decline_reason) == (
        TODAY,
        "Rektor Berg",
        "Ikke kapasitet",
    )
    with pytest.raises(FollowUpError):
        actions.accept_handover(w.uow(), talks, "Noen", today=TODAY)


def test_a_handover_to_a_person_of_another_service_is_refused() -> None:
    w = make_world()
    talks = _agreed_action(w)
    with pytest.raises(FollowUpError) as err:
        actions.propose_handover(w.uow(), talks, w.school, w.psychologist, today=TODAY)
    assert err.value.code == FollowUpCode.PERSON_NOT_IN_SERVICE
    assert _action(w, talks).handovers == []


def test_an_outcome_is_recorded_once_and_moves_the_action_on() -> None:
    w = make_world()
    talks = _agreed_action(w)
    follow_up = meetings.plan_meeting(w.uow(), w.case_id, family_plan(w, 60), TODAY).meeting_id
    [review] = _action(w, talks).reviews  # carried into the next meeting's agenda
    assert review.meeting_id == follow_up and review.outcome is None

    done = actions.ReviewDecision(m.ReviewOutcome.DONE)
    actions.record_review_outcome(w.uow(), talks, follow_up, done, today=TODAY)
    action = _action(w, talks)
    assert action.status == m.ActionStatus.DONE
    assert action.reviews[0].outcome == m.ReviewOutcome.DONE
    with pytest.raises(FollowUpError) as twice:
        actions.record_review_outcome(w.uow(), talks, follow_up, done, today=TODAY)
    assert twice.value.code == FollowUpCode.OUTCOME_RECORDED


def test_an_action_without_history_can_be_taken_back_one_with_history_cannot() -> None:
    w = make_world()
    mistake = _agreed_action(w)
    actions.remove_action(w.uow(), mistake)
    assert [a.id for a in w.case().actions] == []

    talks = _agreed_action(w)
    actions.propose_handover(w.uow(), talks, w.school, None, today=TODAY)
    with pytest.raises(FollowUpError) as kept:
        actions.remove_action(w.uow(), talks)
    assert kept.value.code == FollowUpCode.OUTCOME_RECORDED
    assert [a.id for a in w.case().actions] == [talks]


def test_a_child_consents_alone_only_from_the_age_the_settings_say() -> None:
    w = make_world()  # Ida, born 2016: ten years old
    alone = consent.NewConsent(
        given_by_id=None,
        service_ids=(w.hs,),
        purposes=frozenset(m.ConsentPurpose),
        form=m.ConsentForm.ORAL,
        given_on=TODAY,
        recorded_by="Hanne Helsesykepleier",
        given_by_child=True,
    )
    with pytest.raises(ValidationError) as young:
        consent.record_consent(w.uow(), w.case_id, alone, TODAY)
    assert young.value.code == ValidationCode.TOO_YOUNG
    with pytest.raises(ValidationError) as disorder:  # settings out of order are refused
        consent.save_age_settings(w.uow(), consent_rules.AgeSettings(7, 12, 10))
    assert disorder.value.code == ValidationCode.AGES_OUT_OF_ORDER
    consent.save_age_settings(w.uow(), consent_rules.AgeSettings(7, 9, 10))
    consent.record_consent(w.uow(), w.case_id, alone, TODAY)
    assert [c.given_by_child for c in w.case().consents] == [True]
