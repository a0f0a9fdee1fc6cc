"""Agreed actions on a real database (SQLite and PostgreSQL): carry-over, outcomes, handovers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from familiemote.domain import model as m
from familiemote.domain.errors import FollowUpCode, FollowUpError, ValidationError
from familiemote.domain.followup import FollowUpKind
from familiemote.services import actions as svc
from familiemote.services import followup, notifications
from familiemote.services.cases import NewCase, create_case, get_case
from familiemote.storage.uow import SqlAlchemyUnitOfWork

TODAY = dt.date(2026, 11, 22)
Factory = Callable[[], SqlAlchemyUnitOfWork]


@dataclass
class World:
    case_id: int
    first: int  # meeting ids
    second: int
    hs: int  # service ids
    ppt: int
    school: int
    nurse: int  # professional ids
    adviser: int


def _world(uow_factory: Factory) -> World:
    with uow_factory() as uow:
        ids = {}
        for kind in (m.ServiceKind.HELSESTASJON, m.ServiceKind.PPT, m.ServiceKind.SKOLE):
            service = uow.directory.service_by_kind(kind)
            assert service is not None and service.id is not None
            ids[kind] = service.id
        nurse = m.Professional("Hanne Test", ids[m.ServiceKind.HELSESTASJON])
        adviser = m.Professional("Per Test", ids[m.ServiceKind.PPT])
        uow.directory.add(nurse)
        uow.directory.add(adviser)
        uow.commit()
    case_id = create_case(
        uow_factory(),
        NewCase("Sofie", 2017, initiating_service_id=ids[m.ServiceKind.SKOLE]),
        today=dt.date(2026, 6, 1),
    )
    with uow_factory() as uow:
        case = uow.cases.get(case_id)
        first = m.Meeting(case_id, m.MeetingKind.FAMILY, dt.datetime(2026, 6, 10, 14, 0))
        first.status = m.MeetingStatus.HELD
        second = m.Meeting(case_id, m.MeetingKind.FAMILY, dt.datetime(2026, 11, 20, 9, 0))
        case.meetings.extend([first, second])
        uow.commit()
        assert first.id and second.id and nurse.id and adviser.id
    return World(
        case_id,
        first.id,
        second.id,
        ids[m.ServiceKind.HELSESTASJON],
        ids[m.ServiceKind.PPT],
        ids[m.ServiceKind.SKOLE],
        nurse.id,
        adviser.id,
    )


def _action(uow_factory: Factory, w: World, text: str = "Støttesamtaler", **kw: object) -> int:
    data = svc.NewAction(
        description=text,
        service_id=kw.pop("service_id", w.hs),  # type: ignore[arg-type]
        professional_id=kw.pop("professional_id", w.nurse),  # type: ignore[arg-type]
        meeting_id=kw.pop("meeting_id", w.first),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )
    return svc.agree_action(uow_factory(), w.case_id, data, today=dt.date(2026, 6, 10))


def _get(uow_factory: Factory, w: World, action_id: int) -> m.Action:
    case = get_case(uow_factory(), w.case_id).case
    return next(a for a in case.actions if a.id == action_id)


def test_review_date_defaults_to_six_months_after_the_meeting(uow_factory: Factory) -> None:
    w = _world(uow_factory)
    six = _action(uow_factory, w)
    three = _action(uow_factory, w, review_months=3)
    twelve = _action(uow_factory, w, review_months=12)
    chosen = _action(uow_factory, w, review_date=dt.date(2026, 8, 1))
    assert _get(uow_factory, w, six).review_date == dt.date(2026, 12, 10)
    assert _get(uow_factory, w, three).review_date == dt.date(2026, 9, 10)
    assert _get(uow_factory, w, twelve).review_date == dt.date(2027, 6, 10)
    assert _get(uow_factory, w, chosen).review_date == dt.date(2026, 8, 1)


def test_bad_action_input_stores_nothing(uow_factory: Factory) -> None:
    w = _world(uow_factory)
    with pytest.raises(ValidationError) as err:
        _action(uow_factory, w, text="   ")
    assert err.value.field == "description"
    with pytest.raises(FollowUpError) as ferr:  # Per works at PPT, not at helsestasjonen
        _action(uow_factory, w, professional_id=w.adviser)
    assert ferr.value.code == FollowUpCode.PERSON_NOT_IN_SERVICE
    with pytest.raises(FollowUpError):  # a deadline before the meeting it was agreed in
        _action(uow_factory, w, due_date=dt.date(2026, 6, 1))
    assert get_case(uow_factory(), w.case_id).case.actions == []


def test_open_actions_are_carried_into_the_next_meeting_with_outcomes(
    uow_factory: Factory,
) -> None:
    w = _world(uow_factory)
    talks = _action(uow_factory, w, "Støttesamtaler", due_date=dt.date(2026, 9, 1))
    diary = _action(uow_factory, w, "Søvndagbok")
    observe = _action(uow_factory, w, "Observasjon", service_id=w.ppt, professional_id=w.adviser)
    seat = _action(uow_factory, w, "Fast plass", service_id=w.school, professional_id=None)
    gone = _action(uow_factory, w, "Avlyst tiltak")
    svc.change_status(uow_factory(), gone, m.ActionStatus.CANCELLED, "Familien ønsket det ikke")

    assert svc.put_open_actions_on_agenda(uow_factory(), w.second) == 4
    assert svc.put_open_actions_on_agenda(uow_factory(), w.second) == 0  # not twice

    def decide(action_id: int, **kw: object) -> None:
        svc.record_review_outcome(
            uow_factory(),
            action_id,
            w.second,
            svc.ReviewDecision(**kw),
            today=TODAY,  # type: ignore[arg-type]
        )

    decide(observe, outcome=m.ReviewOutcome.DONE)
    decide(talks, outcome=m.ReviewOutcome.CONTINUED, new_date=dt.date(2027, 1, 15))
    decide(diary, outcome=m.ReviewOutcome.CHANGED, new_description="Søvndagbok i to uker til")
    decide(
        seat,
        outcome=m.ReviewOutcome.HANDED_OVER,
        to_service_id=w.ppt,
        to_professional_id=w.adviser,
        accepted_in_meeting=True,
        accepted_by="Per Test",
    )
    with pytest.raises(FollowUpError) as err:
        decide(observe, outcome=m.ReviewOutcome.DONE)
    assert err.value.code == FollowUpCode.OUTCOME_RECORDED
    with pytest.raises(FollowUpError) as err:
        decide(gone, outcome=m.ReviewOutcome.DONE)  # closed actions are not carried
    assert err.value.code == FollowUpCode.NOT_ON_AGENDA

    case = get_case(uow_factory(), w.case_id).case
    by_id = {a.id: a for a in case.actions}
    assert by_id[observe].status == m.ActionStatus.DONE
    assert by_id[talks].is_open and by_id[talks].due_date == dt.date(2027, 1, 15)
    assert by_id[diary].description == "Søvndagbok i to uker til" and by_id[diary].is_open
    assert by_id[seat].is_open and by_id[seat].responsible_service_id == w.ppt
    assert [h.accepted_on for h in by_id[seat].handovers] == [dt.date(2026, 11, 20)]
    outcomes = {r.action_id: r.outcome for a in case.actions for r in a.reviews}
    assert outcomes == {
        observe: m.ReviewOutcome.DONE,
        talks: m.ReviewOutcome.CONTINUED,
        diary: m.ReviewOutcome.CHANGED,
        seat: m.ReviewOutcome.HANDED_OVER,
    }

    # The meeting after that starts from this one: what is still open comes along.
    with uow_factory() as uow:
        case = uow.cases.get(w.case_id)
        case.meetings.append(
            m.Meeting(w.case_id, m.MeetingKind.FAMILY, dt.datetime(2027, 2, 1, 9, 0))
        )
        uow.commit()
        third = case.meetings[-1].id
    assert third is not None
    assert svc.put_open_actions_on_agenda(uow_factory(), third) == 3
    case = get_case(uow_factory(), w.case_id).case
    on_third = {r.action_id for a in case.actions for r in a.reviews if r.meeting_id == third}
    assert on_third == {talks, diary, seat}


def test_outcome_needs_its_date_or_reason_and_stores_nothing_otherwise(
    uow_factory: Factory,
) -> None:
    w = _world(uow_factory)
    talks = _action(uow_factory, w)
    svc.put_open_actions_on_agenda(uow_factory(), w.second)
    for decision in (
        svc.ReviewDecision(m.ReviewOutcome.CONTINUED),
        svc.ReviewDecision(m.ReviewOutcome.NOT_DONE),
        svc.ReviewDecision(m.ReviewOutcome.CHANGED, new_description=" "),
    ):
        with pytest.raises(ValidationError):
            svc.record_review_outcome(uow_factory(), talks, w.second, decision, today=TODAY)
    action = _get(uow_factory, w, talks)
    assert action.status == m.ActionStatus.AGREED
    assert [r.outcome for r in action.reviews] == [None]


def test_earlier_holder_stays_responsible_until_the_handover_is_accepted(
    uow_factory: Factory,
) -> None:
    w = _world(uow_factory)
    talks = _action(uow_factory, w)
    svc.propose_handover(uow_factory(), talks, w.ppt, w.adviser, today=TODAY, note="Ny skole")

    action = _get(uow_factory, w, talks)
    assert (action.responsible_service_id, action.responsible_professional_id) == (
        w.hs,
        w.nurse,
    )
    assert action.is_open and len(action.handovers) == 1
    with pytest.raises(FollowUpError) as err:  # nothing is dropped while it waits
        svc.change_status(uow_factory(), talks, m.ActionStatus.DONE)
    assert err.value.code == FollowUpCode.HANDOVER_PENDING
    with pytest.raises(FollowUpError) as err:
        svc.propose_handover(uow_factory(), talks, w.school, None, today=TODAY)
    assert err.value.code == FollowUpCode.HANDOVER_PENDING

    svc.accept_handover(uow_factory(), talks, "Per Test", today=TODAY + dt.timedelta(days=2))
    action = _get(uow_factory, w, talks)
    assert (action.responsible_service_id, action.responsible_professional_id) == (
        w.ppt,
        w.adviser,
    )
    assert action.is_open
    h = action.handovers[0]
    assert (h.from_service_id, h.to_service_id, h.accepted_by) == (w.hs, w.ppt, "Per Test")
    assert h.accepted_on == dt.date(2026, 11, 24)


def test_a_declined_handover_leaves_the_action_with_its_holder(uow_factory: Factory) -> None:
    w = _world(uow_factory)
    talks = _action(uow_factory, w)
    with pytest.raises(FollowUpError) as err:
        svc.propose_handover(uow_factory(), talks, w.hs, w.nurse, today=TODAY)
    assert err.value.code == FollowUpCode.SAME_HOLDER
    svc.propose_handover(uow_factory(), talks, w.school, None, today=TODAY)
    svc.decline_handover(uow_factory(), talks, "Rektor Berg", "Skolen har ikke kapasitet", TODAY)
    action = _get(uow_factory, w, talks)
    assert action.responsible_service_id == w.hs
    [h] = action.handovers  # kept, with who declined, when and why
    assert (h.to_service_id, h.declined_on, h.declined_by, h.decline_reason) == (
        w.school,
        TODAY,
        "Rektor Berg",
        "Skolen har ikke kapasitet",
    )
    rows = followup.overview(uow_factory(), TODAY)
    assert not [r for r in rows if r.kind == FollowUpKind.HANDOVER_PENDING and r.item_id == talks]
    with pytest.raises(FollowUpError):
        svc.accept_handover(uow_factory(), talks, "Noen", today=TODAY)


def test_status_changes_need_reasons_and_handed_over_is_not_set_by_hand(
    uow_factory: Factory,
) -> None:
    w = _world(uow_factory)
    talks = _action(uow_factory, w)
    with pytest.raises(ValidationError) as err:
        svc.change_status(uow_factory(), talks, m.ActionStatus.NOT_DONE, "  ")
    assert err.value.field == "status_reason"
    with pytest.raises(FollowUpError) as ferr:
        svc.change_status(uow_factory(), talks, m.ActionStatus.HANDED_OVER)
    assert ferr.value.code == FollowUpCode.STATUS_BY_HANDOVER_ONLY
    assert _get(uow_factory, w, talks).status == m.ActionStatus.AGREED
    svc.change_status(uow_factory(), talks, m.ActionStatus.NOT_DONE, "Ingen ledig tid")
    action = _get(uow_factory, w, talks)
    assert (action.status, action.status_reason) == (m.ActionStatus.NOT_DONE, "Ingen ledig tid")
    with pytest.raises(FollowUpError) as ferr:
        svc.propose_handover(uow_factory(), talks, w.ppt, None, today=TODAY)
    assert ferr.value.code == FollowUpCode.ACTION_CLOSED
    svc.change_status(uow_factory(), talks, m.ActionStatus.IN_PROGRESS)  # reopened
    action = _get(uow_factory, w, talks)
    assert (action.status, action.status_reason) == (m.ActionStatus.IN_PROGRESS, "")


def test_a_notification_is_marked_done_once(uow_factory: Factory) -> None:
    w = _world(uow_factory)
    with uow_factory() as uow:
        case = uow.cases.get(w.case_id)
        case.notifications.append(
            m.Notification(
                w.case_id, m.NotificationReason.PHASE_CHANGED, TODAY, recipient_service_id=w.school
            )
        )
        uow.commit()
        ident = case.notifications[0].id
    assert ident is not None
    with pytest.raises(ValidationError):
        notifications.mark_done(uow_factory(), ident, " ", today=TODAY)
    assert notifications.count_open(uow_factory()) == 1
    notifications.mark_done(uow_factory(), ident, "Hanne Test", today=TODAY, note="Telefon")
    n = get_case(uow_factory(), w.case_id).case.notifications[0]
    assert (n.done_on, n.done_by, n.note) == (TODAY, "Hanne Test", "Telefon")
    with pytest.raises(FollowUpError):
        notifications.mark_done(uow_factory(), ident, "Hanne Test", today=TODAY)
    assert notifications.count_open(uow_factory()) == 0
