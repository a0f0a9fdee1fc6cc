"""The pathway and the family meeting rules, on real SQLite and PostgreSQL databases."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

from familiemote.domain import meeting_rules as rules
from familiemote.domain import model as m
from familiemote.domain.errors import (
    AttachmentConsentError,
    ConcurrentChangeError,
    ConsentMissingError,
    PhaseDecisionCode,
    PhaseDecisionError,
    SpecialistLimitError,
    ValidationError,
)
from familiemote.services import cases, directory, meetings, pathway
from familiemote.services.meetings import MeetingPlan, MeetingWarning, ParticipantInput
from tests.support.fixture_types import UowFactory

TODAY = dt.date(2026, 11, 22)
P = m.ParticipantKind


@dataclass
class World:
    case_id: int
    school: int
    hs: int
    bup: int
    gp: int
    nurse: int
    psychologist: int
    doctor: int
    mother: int


def _service_id(uow_factory: UowFactory, kind: m.ServiceKind) -> int:
    found = next(s.id for s in directory.list_services(uow_factory()) if s.kind == kind)
    assert found is not None
    return found


def make_world(
    uow_factory: UowFactory,
    *,
    consent: bool = True,
    purposes: frozenset[m.ConsentPurpose] | None = None,
) -> World:
    school = _service_id(uow_factory, m.ServiceKind.SKOLE)
    hs = _service_id(uow_factory, m.ServiceKind.HELSESTASJON)
    bup = _service_id(uow_factory, m.ServiceKind.BUP)
    gp = _service_id(uow_factory, m.ServiceKind.FASTLEGE)
    nurse = directory.add_professional(uow_factory(), directory.NewProfessional("Hanne H", hs))
    psych = directory.add_professional(uow_factory(), directory.NewProfessional("Bjørn B", bup))
    doctor = directory.add_professional(uow_factory(), directory.NewProfessional("Eva E", gp))
    case_id = cases.create_case(
        uow_factory(),
        cases.NewCase(
            "Ida",
            2016,
            concern_service_id=school,
            initiating_service_id=hs,
            coordinator_id=nurse,
            family=(cases.NewFamilyMember("Kari", m.Relation.MOTHER, True),),
        ),
        TODAY - dt.timedelta(days=120),
    )
    uow = uow_factory()
    with uow:
        case = uow.cases.get(case_id)
        mother = case.family_members[0]
        if consent:
            case.consents.append(
                m.Consent(
                    case_id=case.id,
                    given_by_id=mother.id,
                    purposes=purposes or frozenset(m.ConsentPurpose),
                    form=m.ConsentForm.WRITTEN,
                    given_on=TODAY - dt.timedelta(days=100),
                    scopes=[m.ConsentScope(service_id=s) for s in (school, hs, bup, gp)],
                )
            )
        uow.commit()
        mother_id = mother.id
    assert mother_id is not None
    return World(case_id, school, hs, bup, gp, nurse, psych, doctor, mother_id)


def family_plan(
    w: World, days_ahead: int, *, bup: bool = True, gp: bool = False, **kw: Any
) -> MeetingPlan:
    people = [
        ParticipantInput(P.FAMILY, family_member_id=w.mother),
        ParticipantInput(P.CHILD),
        ParticipantInput(
            P.PROFESSIONAL,
            professional_id=w.nurse,
            roles=frozenset({m.Role.LEADER, m.Role.COORDINATOR, m.Role.WRITER}),
        ),
    ]
    if bup:
        people.append(ParticipantInput(P.PROFESSIONAL, professional_id=w.psychologist))
    if gp:
        people.append(ParticipantInput(P.PROFESSIONAL, professional_id=w.doctor))
    return MeetingPlan(
        kind=kw.pop("kind", m.MeetingKind.FAMILY),
        starts_at=dt.datetime.combine(TODAY + dt.timedelta(days=days_ahead), dt.time(9, 0)),
        place="Helsestasjonen",
        participants=tuple(people),
        **kw,
    )


def load(uow_factory: UowFactory, case_id: int) -> m.Case:
    return cases.get_case(uow_factory(), case_id).case


# -- planning -------------------------------------------------------------------


def test_plan_stores_participants_roles_and_carries_open_actions(uow_factory: UowFactory) -> None:
    w = make_world(uow_factory)
    first = meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 30), TODAY)
    uow = uow_factory()
    with uow:
        case = uow.cases.get(w.case_id)
        case.actions.append(
            m.Action(case.id, first.meeting_id, "Samtaler", w.hs, status=m.ActionStatus.AGREED)
        )
        case.actions.append(
            m.Action(case.id, first.meeting_id, "Ferdig", w.hs, status=m.ActionStatus.DONE)
        )
        uow.commit()
    second = meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 60), TODAY)
    assert second.carried_over == 1
    case = load(uow_factory, w.case_id)
    meeting = next(mt for mt in case.meetings if mt.id == first.meeting_id)
    assert meeting.place == "Helsestasjonen"
    assert meeting.status == m.MeetingStatus.PLANNED
    nurse = next(p for p in meeting.participants if p.professional_id == w.nurse)
    assert nurse.roles == {m.Role.LEADER, m.Role.COORDINATOR, m.Role.WRITER}
    assert nurse.service_id == w.hs  # taken from the directory
    assert nurse.attendance == m.Attendance.INVITED
    assert {p.kind for p in meeting.participants} == {P.FAMILY, P.CHILD, P.PROFESSIONAL}
    open_action = next(a for a in case.actions if a.description == "Samtaler")
    assert [r.meeting_id for r in open_action.reviews] == [second.meeting_id]
    done = next(a for a in case.actions if a.description == "Ferdig")
    assert done.reviews == []


def test_service_without_consent_is_refused_unless_it_receives_nothing(
    uow_factory: UowFactory,
) -> None:
    w = make_world(uow_factory, consent=False)
    with pytest.raises(ConsentMissingError) as info:
        meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 30), TODAY)
    # BUP; the coordinator's own service (the nurse's) needs no consent in its own case
    assert info.value.service_id == w.bup
    assert load(uow_factory, w.case_id).meetings == []
    anonymous = MeetingPlan(
        m.MeetingKind.FAMILY,
        dt.datetime(2027, 1, 5, 9, 0),
        participants=(
            ParticipantInput(
                P.PROFESSIONAL, professional_id=w.psychologist, receives_information=False
            ),
        ),
    )
    meetings.plan_meeting(uow_factory(), w.case_id, anonymous, TODAY)
    stored = load(uow_factory, w.case_id).meetings[0].participants[0]
    assert stored.receives_information is False


def test_consent_for_other_purpose_does_not_cover_sharing(uow_factory: UowFactory) -> None:
    w = make_world(uow_factory, purposes=frozenset({m.ConsentPurpose.REFERRAL_ATTACHMENTS}))
    with pytest.raises(ConsentMissingError):
        meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 30), TODAY)


# -- the BUP rule ---------------------------------------------------------------


def test_third_family_meeting_with_bup_is_refused_then_allowed_with_override(
    uow_factory: UowFactory,
) -> None:
    w = make_world(uow_factory)
    meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, -60), TODAY)
    meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, -20), TODAY)
    # a summary meeting and a meeting without BUP do not count
    meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, -10, bup=False), TODAY)
    detail = cases.get_case(uow_factory(), w.case_id)
    assert rules.specialist_meetings_before_referral(detail.case, detail.services) == 2

    with pytest.raises(SpecialistLimitError) as info:
        meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 30), TODAY)
    assert (info.value.count, info.value.limit) == (2, 2)
    assert len(load(uow_factory, w.case_id).meetings) == 3  # nothing stored

    # without BUP the third meeting is fine
    meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 31, bup=False), TODAY)
    result = meetings.plan_meeting(
        uow_factory(),
        w.case_id,
        family_plan(w, 30, bup_override_reason="Akutt forverring; BUP ber selv om møtet."),
        TODAY,
    )
    stored = next(mt for mt in load(uow_factory, w.case_id).meetings if mt.id == result.meeting_id)
    assert stored.bup_override_reason == "Akutt forverring; BUP ber selv om møtet."


def test_bup_limit_ignores_absent_cancelled_and_lifts_after_referral(
    uow_factory: UowFactory,
) -> None:
    w = make_world(uow_factory)
    a = meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, -60), TODAY)
    b = meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, -20), TODAY)
    # BUP sent word it could not come to the second: it did not take part
    case = load(uow_factory, w.case_id)
    second = next(mt for mt in case.meetings if mt.id == b.meeting_id)
    bup_p = next(p for p in second.participants if p.professional_id == w.psychologist)
    assert bup_p.id is not None
    meetings.set_attendance(uow_factory(), b.meeting_id, bup_p.id, m.Attendance.ABSENT_WITH_NOTICE)
    meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 30), TODAY)  # the 2nd with BUP
    with pytest.raises(SpecialistLimitError):
        meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 40), TODAY)
    # marking BUP present at the meeting it missed would make three: refused
    with pytest.raises(SpecialistLimitError):
        meetings.set_attendance(uow_factory(), b.meeting_id, bup_p.id, m.Attendance.PRESENT)
    # a cancelled meeting does not count
    meetings.set_status(uow_factory(), a.meeting_id, m.MeetingStatus.CANCELLED)
    meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 40), TODAY)
    # a referral that is only being prepared does not lift the limit; a sent one does
    meetings.save_referral(
        uow_factory(), w.case_id, meetings.ReferralInput(m.ReferralTarget.BUP), TODAY
    )
    with pytest.raises(SpecialistLimitError):
        meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 50), TODAY)
    meetings.save_referral(
        uow_factory(),
        w.case_id,
        meetings.ReferralInput(m.ReferralTarget.BUP, referred_on=TODAY),
        TODAY,
    )
    meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 50), TODAY)


# -- fastlege notice ------------------------------------------------------------


@pytest.mark.parametrize(("days", "warned"), [(27, True), (28, False), (60, False)])
def test_fastlege_invited_less_than_four_weeks_ahead_warns(
    uow_factory: UowFactory, days: int, warned: bool
) -> None:
    w = make_world(uow_factory)
    result = meetings.plan_meeting(
        uow_factory(), w.case_id, family_plan(w, days, gp=True, bup=False), TODAY
    )
    assert (MeetingWarning.FASTLEGE_SHORT_NOTICE in result.warnings) is warned
    assert len(load(uow_factory, w.case_id).meetings) == 1  # a warning stores anyway


def test_no_fastlege_no_warning(uow_factory: UowFactory) -> None:
    w = make_world(uow_factory)
    result = meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 3), TODAY)
    assert result.warnings == frozenset()


# -- the guide ------------------------------------------------------------------


def test_guide_saves_each_step_and_the_decision(uow_factory: UowFactory) -> None:
    w = make_world(uow_factory)
    mid = meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 0), TODAY).meeting_id
    version = load(uow_factory, w.case_id).meetings[0].version
    version = meetings.save_text(
        uow_factory(), mid, meetings.GuideField.FAMILY_DESCRIPTION, "Ida gruer seg.", version
    )
    version = meetings.save_text(
        uow_factory(), mid, meetings.GuideField.CHILD_VOICE, "Vil ha en venn.", version
    )
    version = meetings.record_decision(
        uow_factory(), mid, m.Decision.REFER_BUP, "Fastlegen henviser.", version
    )
    meetings.set_status(uow_factory(), mid, m.MeetingStatus.HELD, version)
    meeting = load(uow_factory, w.case_id).meetings[0]
    assert meeting.family_description == "Ida gruer seg."
    assert meeting.child_voice == "Vil ha en venn."
    assert meeting.decision == m.Decision.REFER_BUP
    assert meeting.decision_text == "Fastlegen henviser."
    assert meeting.status == m.MeetingStatus.HELD
    # a stale screen does not overwrite
    with pytest.raises(ConcurrentChangeError):
        meetings.save_text(uow_factory(), mid, meetings.GuideField.SERVICES_VIEW, "x", 1)
    assert load(uow_factory, w.case_id).meetings[0].services_view == ""


# -- referral checklist ---------------------------------------------------------


def test_referral_checklist_state_is_kept_and_moves_case_to_phase_two(
    uow_factory: UowFactory,
) -> None:
    w = make_world(uow_factory)
    mid = meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 0), TODAY).meeting_id
    items = frozenset({m.ChecklistItem.FIELDS_FILLED, m.ChecklistItem.DOCUMENTATION_WITH_CONSENT})
    rid = meetings.save_referral(
        uow_factory(),
        w.case_id,
        meetings.ReferralInput(m.ReferralTarget.HABU, items, "Mangler IP", None, "Eva E", mid),
        TODAY,
        move_to_assessment=pathway.PhaseDecisionInput(TODAY, "Hanne H", "Henvises", mid),
    )
    case = load(uow_factory, w.case_id)
    (referral,) = case.referrals
    assert referral.id == rid
    assert (referral.target, referral.checklist, referral.checklist_notes) == (
        m.ReferralTarget.HABU,
        items,
        "Mangler IP",
    )
    assert referral.referred_on is None and referral.meeting_id == mid
    assert case.phase == m.Phase.VURDERING
    assert case.phase_decisions[0].to_phase == m.Phase.VURDERING
    # tick another item later: the state is updated, not duplicated
    more = items | {m.ChecklistItem.HEALTH_ASSESSMENT}
    meetings.save_referral(
        uow_factory(),
        w.case_id,
        meetings.ReferralInput(m.ReferralTarget.HABU, more, referred_on=TODAY),
        TODAY,
        referral_id=rid,
    )
    (referral,) = load(uow_factory, w.case_id).referrals
    assert referral.checklist == more and referral.referred_on == TODAY


def test_checklist_item_five_needs_consent_to_attach(uow_factory: UowFactory) -> None:
    w = make_world(uow_factory, purposes=frozenset({m.ConsentPurpose.SHARE_BETWEEN_SERVICES}))
    with pytest.raises(AttachmentConsentError):
        meetings.save_referral(
            uow_factory(),
            w.case_id,
            meetings.ReferralInput(
                m.ReferralTarget.BUP, frozenset({m.ChecklistItem.DOCUMENTATION_WITH_CONSENT})
            ),
            TODAY,
        )
    assert load(uow_factory, w.case_id).referrals == []


# -- summary meeting and epikrise -----------------------------------------------


def test_summary_meeting_tracks_the_epikrise_deadline(uow_factory: UowFactory) -> None:
    w = make_world(uow_factory)
    mid = meetings.plan_meeting(
        uow_factory(), w.case_id, family_plan(w, -10, kind=m.MeetingKind.SUMMARY), TODAY
    ).meeting_id
    meeting = load(uow_factory, w.case_id).meetings[0]
    status = rules.epikrise_status(meeting, TODAY)
    assert status.state == rules.EpikriseState.OVERDUE
    assert status.due_on == TODAY - dt.timedelta(days=3)
    assert rules.epikrise_status(meeting, TODAY - dt.timedelta(days=5)).state == (
        rules.EpikriseState.PENDING
    )
    with pytest.raises(ValidationError):
        meetings.record_epikrise_sent(uow_factory(), mid, TODAY + dt.timedelta(days=1), TODAY)
    meetings.record_epikrise_sent(uow_factory(), mid, TODAY - dt.timedelta(days=4), TODAY)
    meeting = load(uow_factory, w.case_id).meetings[0]
    assert meeting.epikrise_sent_on == TODAY - dt.timedelta(days=4)
    assert rules.epikrise_status(meeting, TODAY).state == rules.EpikriseState.SENT_ON_TIME


# -- phase decisions ------------------------------------------------------------


def test_moving_a_case_is_a_recorded_decision_and_notifies(uow_factory: UowFactory) -> None:
    w = make_world(uow_factory)
    pathway.move_case(
        uow_factory(),
        w.case_id,
        m.Phase.VURDERING,
        pathway.PhaseDecisionInput(TODAY, "Hanne H", "Bør utredes"),
        TODAY,
    )
    case = load(uow_factory, w.case_id)
    assert case.phase == m.Phase.VURDERING
    (d,) = case.phase_decisions
    assert (d.kind, d.from_phase, d.to_phase) == (
        m.PhaseDecisionKind.MOVE,
        m.Phase.BEKYMRING,
        m.Phase.VURDERING,
    )
    assert (d.decided_on, d.decided_by, d.reason) == (TODAY, "Hanne H", "Bør utredes")
    assert {
        (n.recipient_service_id, n.reason, n.phase_decision_id) for n in case.notifications
    } == {
        (w.school, m.NotificationReason.PHASE_CHANGED, d.id),
        (w.hs, m.NotificationReason.PHASE_CHANGED, d.id),
    }
    with pytest.raises(PhaseDecisionError) as info:
        pathway.move_case(
            uow_factory(),
            w.case_id,
            m.Phase.VURDERING,
            pathway.PhaseDecisionInput(TODAY, "Hanne H", "igjen"),
            TODAY,
        )
    assert info.value.code == PhaseDecisionCode.SAME_PHASE


def test_closing_after_phase_one_is_a_decision_and_can_be_reopened(uow_factory: UowFactory) -> None:
    w = make_world(uow_factory)
    pathway.close_case(
        uow_factory(),
        w.case_id,
        pathway.PhaseDecisionInput(TODAY, "Hanne H", "Tiltakene i skolen er nok."),
        TODAY,
    )
    case = load(uow_factory, w.case_id)
    assert case.status == m.CaseStatus.CLOSED and case.closed_on == TODAY
    assert case.phase == m.Phase.BEKYMRING
    (d,) = case.phase_decisions
    assert (d.kind, d.from_phase, d.to_phase, d.reason) == (
        m.PhaseDecisionKind.CLOSE,
        m.Phase.BEKYMRING,
        m.Phase.BEKYMRING,
        "Tiltakene i skolen er nok.",
    )
    assert {n.reason for n in case.notifications} == {m.NotificationReason.CASE_CLOSED}
    assert {n.recipient_service_id for n in case.notifications} == {w.school, w.hs}
    with pytest.raises(PhaseDecisionError):
        pathway.move_case(
            uow_factory(),
            w.case_id,
            m.Phase.VURDERING,
            pathway.PhaseDecisionInput(TODAY, "Hanne H", "x"),
            TODAY,
        )
    pathway.reopen_case(
        uow_factory(),
        w.case_id,
        pathway.PhaseDecisionInput(TODAY, "Hanne H", "Ny bekymring"),
        TODAY,
    )
    case = load(uow_factory, w.case_id)
    assert case.status == m.CaseStatus.OPEN and case.closed_on is None
    assert [d.kind for d in case.phase_decisions] == [
        m.PhaseDecisionKind.CLOSE,
        m.PhaseDecisionKind.REOPEN,
    ]


@pytest.mark.parametrize(
    ("by", "why", "on"),
    [("", "grunn", TODAY), ("Hanne", "  ", TODAY), ("Hanne", "grunn", TODAY + dt.timedelta(1))],
)
def test_a_decision_needs_who_why_and_a_past_date(
    uow_factory: UowFactory, by: str, why: str, on: dt.date
) -> None:
    w = make_world(uow_factory)
    with pytest.raises(ValidationError):
        pathway.close_case(uow_factory(), w.case_id, pathway.PhaseDecisionInput(on, by, why), TODAY)
    case = load(uow_factory, w.case_id)
    assert case.status == m.CaseStatus.OPEN and case.phase_decisions == []


# -- directory ------------------------------------------------------------------


def test_directory_add_edit_deactivate(uow_factory: UowFactory) -> None:
    sid = directory.add_service(
        uow_factory(),
        directory.NewService("BUP Nordfjord", m.ServiceKind.BUP, m.ServiceLevel.SPECIALIST),
    )
    directory.update_service(
        uow_factory(),
        sid,
        directory.NewService(
            "BUP Nordfjord poliklinikk", m.ServiceKind.BUP, m.ServiceLevel.SPECIALIST, "57 00 00 00"
        ),
    )
    pid = directory.add_professional(uow_factory(), directory.NewProfessional("Ane A", sid))
    directory.update_professional(
        uow_factory(), pid, directory.NewProfessional("Ane A", sid, "Psykolog", email="a@x.invalid")
    )
    directory.set_professional_active(uow_factory(), pid, False)
    directory.set_service_active(uow_factory(), sid, False)
    assert sid not in {s.id for s in directory.list_services(uow_factory())}
    assert pid not in {p.id for p in directory.list_professionals(uow_factory())}
    service = next(s for s in directory.list_all_services(uow_factory()) if s.id == sid)
    assert (service.name, service.phone, service.active) == (
        "BUP Nordfjord poliklinikk",
        "57 00 00 00",
        False,
    )
    person = next(p for p in directory.list_all_professionals(uow_factory()) if p.id == pid)
    assert (person.title, person.email, person.active) == ("Psykolog", "a@x.invalid", False)
    with pytest.raises(ValidationError):
        directory.update_service(
            uow_factory(),
            sid,
            directory.NewService("", m.ServiceKind.BUP, m.ServiceLevel.SPECIALIST),
        )
    with pytest.raises(ValidationError):
        directory.update_professional(
            uow_factory(), pid, directory.NewProfessional("Ane A", sid, email="ikke-epost")
        )
