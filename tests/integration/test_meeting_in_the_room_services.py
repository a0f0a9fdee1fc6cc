"""The services the meeting guide runs a meeting with, on real SQLite and PostgreSQL databases.

Attendance for everyone at once, a walk-in, the next meeting planned from this
one, the closing check, and an action changed or taken back while the meeting
runs; «Meg» per database login.
"""

from __future__ import annotations

import datetime as dt

import pytest

from familiemote.domain import model as m
from familiemote.domain.errors import (
    ConcurrentChangeError,
    ConsentMissingError,
    FollowUpError,
    ValidationError,
)
from familiemote.services import actions, cases, demo, directory
from familiemote.services import me as me_service
from familiemote.services import meetings as meeting_service
from familiemote.services.meetings import MeetingPlan, ParticipantInput
from familiemote.storage.db import Database
from tests.support.fixture_types import UowFactory

TODAY = dt.date(2026, 11, 22)
P = m.ParticipantKind


def _third_meeting(uow_factory: UowFactory) -> tuple[int, int, m.Case]:
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    detail = cases.get_case(uow_factory(), case_id)
    mother = next(f for f in detail.case.family_members if f.relation == m.Relation.MOTHER)
    hanne = next(p for p in detail.professionals.values() if p.name == "Hanne Eksempel")
    plan = MeetingPlan(
        m.MeetingKind.FAMILY,
        dt.datetime.combine(TODAY, dt.time(10)),
        "Helsestasjonen",
        (
            ParticipantInput(P.FAMILY, family_member_id=mother.id),
            ParticipantInput(P.CHILD, attendance=m.Attendance.ABSENT_WITH_NOTICE),
            ParticipantInput(
                P.PROFESSIONAL, professional_id=hanne.id, roles=frozenset({m.Role.LEADER})
            ),
        ),
    )
    meeting_id = meeting_service.plan_meeting(uow_factory(), case_id, plan, TODAY).meeting_id
    return case_id, meeting_id, detail.case


def _meeting(uow_factory: UowFactory, case_id: int, meeting_id: int) -> m.Meeting:
    case = cases.get_case(uow_factory(), case_id).case
    return next(mt for mt in case.meetings if mt.id == meeting_id)


def test_all_present_leaves_who_sent_word(uow_factory: UowFactory) -> None:
    case_id, meeting_id, _case = _third_meeting(uow_factory)
    assert meeting_service.set_all_present(uow_factory(), meeting_id) == 2
    got = [p.attendance for p in _meeting(uow_factory, case_id, meeting_id).participants]
    assert sorted(a.value for a in got) == sorted(
        [m.Attendance.PRESENT.value] * 2 + [m.Attendance.ABSENT_WITH_NOTICE.value]
    )


def test_a_walk_in_is_added_once_and_consent_is_checked(uow_factory: UowFactory) -> None:
    case_id, meeting_id, _case = _third_meeting(uow_factory)
    school = next(
        s.id for s in directory.list_services(uow_factory()) if s.kind == m.ServiceKind.SKOLE
    )
    person = directory.add_professional(
        uow_factory(), directory.NewProfessional("Tone Lærer", school, "Kontaktlærer")
    )
    walk_in = ParticipantInput(
        P.PROFESSIONAL, professional_id=person, attendance=m.Attendance.PRESENT
    )
    with pytest.raises(ConsentMissingError):  # the father left the school out of his consent
        meeting_service.add_participant(uow_factory(), meeting_id, walk_in, TODAY)
    anonymous = ParticipantInput(
        P.PROFESSIONAL,
        professional_id=person,
        attendance=m.Attendance.PRESENT,
        receives_information=False,
    )
    pid = meeting_service.add_participant(uow_factory(), meeting_id, anonymous, TODAY)
    added = next(p for p in _meeting(uow_factory, case_id, meeting_id).participants if p.id == pid)
    assert (added.service_id, added.receives_information) == (school, False)
    with pytest.raises(ValidationError):  # the same person twice
        meeting_service.add_participant(uow_factory(), meeting_id, anonymous, TODAY)


def test_next_meeting_carries_participants_and_open_actions(uow_factory: UowFactory) -> None:
    case_id, meeting_id, _case = _third_meeting(uow_factory)
    here = _meeting(uow_factory, case_id, meeting_id)
    keep = frozenset(p.id for p in here.participants if p.kind != P.CHILD and p.id is not None)
    when = dt.datetime(2027, 1, 15, 14, 0)
    stale = here.version
    result = meeting_service.plan_next_meeting(
        uow_factory(), meeting_id, when, "Skolen", keep, TODAY, here.version
    )
    nxt = _meeting(uow_factory, case_id, result.meeting_id)
    assert (nxt.starts_at, nxt.place, nxt.status) == (when, "Skolen", m.MeetingStatus.PLANNED)
    assert {p.kind for p in nxt.participants} == {P.FAMILY, P.PROFESSIONAL}
    assert all(p.attendance == m.Attendance.INVITED for p in nxt.participants)
    leader = next(p for p in nxt.participants if p.kind == P.PROFESSIONAL)
    assert leader.roles == frozenset({m.Role.LEADER})
    assert result.carried_over > 0
    assert _meeting(uow_factory, case_id, meeting_id).next_meeting_at == when
    assert result.source_version != stale
    with pytest.raises(ConcurrentChangeError):  # planned again from an old version
        meeting_service.plan_next_meeting(
            uow_factory(), meeting_id, when, "Skolen", keep, TODAY, stale
        )


def test_closing_check_says_what_is_missing(uow_factory: UowFactory) -> None:
    case_id, meeting_id, case = _third_meeting(uow_factory)
    school = next(
        s.id for s in directory.list_services(uow_factory()) if s.kind == m.ServiceKind.SKOLE
    )
    hs = next(
        s.id for s in directory.list_services(uow_factory()) if s.kind == m.ServiceKind.HELSESTASJON
    )
    actions.agree_action(
        uow_factory(),
        case_id,
        actions.NewAction("Fast plass", school, meeting_id=meeting_id),
        TODAY,
    )
    meeting_service.set_all_present(uow_factory(), meeting_id)
    check = meeting_service.closing_check(uow_factory(), meeting_id, TODAY)
    assert check.no_decision and not check.complete
    assert check.without_person == ("Fast plass",) and check.without_date == ("Fast plass",)
    assert school in check.recipients_without_consent
    assert hs not in check.recipients_without_consent
    assert check.family_present == 1  # the mother; the child sent word
    meeting_service.record_decision(uow_factory(), meeting_id, m.Decision.OTHER_MEASURES, "")
    assert not meeting_service.closing_check(uow_factory(), meeting_id, TODAY).no_decision
    del case


def test_an_action_is_changed_or_taken_back_while_the_meeting_runs(uow_factory: UowFactory) -> None:
    case_id, meeting_id, _case = _third_meeting(uow_factory)
    hs = next(
        s.id for s in directory.list_services(uow_factory()) if s.kind == m.ServiceKind.HELSESTASJON
    )
    ident = actions.agree_action(
        uow_factory(), case_id, actions.NewAction("Samtaler", hs, meeting_id=meeting_id), TODAY
    )
    action = next(a for a in cases.get_case(uow_factory(), case_id).case.actions if a.id == ident)
    version = actions.edit_action(
        uow_factory(),
        ident,
        actions.ActionEdit("Samtaler hver tredje uke", hs, due_date=dt.date(2026, 12, 10)),
        action.version,
        TODAY,
    )
    changed = next(a for a in cases.get_case(uow_factory(), case_id).case.actions if a.id == ident)
    assert (changed.description, changed.due_date, changed.version) == (
        "Samtaler hver tredje uke",
        dt.date(2026, 12, 10),
        version,
    )
    assert changed.review_date == dt.date(2027, 5, 22)  # six months after the meeting
    with pytest.raises(ConcurrentChangeError):
        actions.edit_action(
            uow_factory(), ident, actions.ActionEdit("x", hs), action.version, TODAY
        )
    with pytest.raises(ValidationError):
        actions.edit_action(uow_factory(), ident, actions.ActionEdit("", hs), version, TODAY)
    actions.remove_action(uow_factory(), ident, version)
    assert all(a.id != ident for a in cases.get_case(uow_factory(), case_id).case.actions)


def test_an_action_with_history_is_not_taken_back(uow_factory: UowFactory) -> None:
    case_id, _meeting_id, _case = _third_meeting(uow_factory)
    case = cases.get_case(uow_factory(), case_id).case
    reviewed = next(a for a in case.actions if any(r.outcome is not None for r in a.reviews))
    with pytest.raises(FollowUpError):
        actions.remove_action(uow_factory(), reviewed.id or 0, reviewed.version)


def test_me_per_login(uow_factory: UowFactory, database: Database) -> None:
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    hs = next(
        s.id for s in directory.list_services(uow_factory()) if s.kind == m.ServiceKind.HELSESTASJON
    )
    me = me_service.save_me(uow_factory(), "Hanne Helse", hs, "Helsesykepleier")
    assert me_service.get_me(uow_factory()) == me
    other = SqlAlchemyUnitOfWork(database.session_factory, user_name="kollega")
    assert me_service.get_me(other) is None
    with pytest.raises(ValidationError):
        me_service.save_me(uow_factory(), "", hs)
