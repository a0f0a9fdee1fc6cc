"""A consent recorded later says which planned meetings it changed, and the case's
history has one event for it that names the participants (their own update rows are
then said by it). Held meetings are not changed. Real SQLite and PostgreSQL."""

from __future__ import annotations

from familiemote.domain import model as m
from familiemote.services import audit as audit_service
from familiemote.services import meetings
from familiemote.services.consent import MEETINGS_EVENT, NewConsent, record_consent_telling
from familiemote.ui import history_words
from tests.integration.test_meetings import TODAY, load, make_world
from tests.integration.test_own_service_and_later_consent import _plan
from tests.support.fixture_types import UowFactory


def test_the_consent_names_the_planned_meetings_it_opened(uow_factory: UowFactory) -> None:
    w = make_world(uow_factory, consent=False)
    held = meetings.plan_meeting(uow_factory(), w.case_id, _plan(w, -14), TODAY).meeting_id
    meetings.set_status(uow_factory(), held, m.MeetingStatus.HELD)
    planned = meetings.plan_meeting(uow_factory(), w.case_id, _plan(w, 14), TODAY).meeting_id

    recorded = record_consent_telling(
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
    (informed,) = recorded.now_informed
    assert (informed.meeting_id, informed.service_ids) == (planned, (w.school,))
    case = load(uow_factory, w.case_id)
    school_in = {
        mt.id: next(p for p in mt.participants if p.service_id == w.school) for mt in case.meetings
    }
    assert school_in[planned].receives_information and not school_in[held].receives_information

    history = audit_service.case_history(uow_factory(), w.case_id)
    (event,) = [e for e in history if e.action == MEETINGS_EVENT]
    after = {c.field: c.after for c in event.changes}
    assert after["consent_id"] == recorded.consent_id
    assert after["meeting_ids"] == [planned] and after["service_ids"] == [[w.school]]
    assert after["participant_ids"] == [school_in[planned].id]
    said = history_words.said_by_another(history)
    opened_row = next(
        e for e in history if e.entity == "participants" and e.entity_id == school_in[planned].id
        and e.action == "update"
    )
    assert opened_row.id in said and event.id not in said
