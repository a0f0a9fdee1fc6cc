"""Consent rules reach every place they matter: the follow-up overview, the
meeting planner, the printed plan and the printed consent form, all under the
municipality's age settings. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from familiemote.domain import consent as rules
from familiemote.domain import model as m
from familiemote.domain.errors import ConsentMissingError
from familiemote.domain.followup import FollowUpKind
from familiemote.services import consent as svc
from familiemote.services import followup
from familiemote.services import meetings as meeting_service
from familiemote.services.printing import consent_form_data_for_print, plan_data
from tests.integration.test_consent import TODAY, consent, family_case, services
from tests.support.fixture_types import UowFactory

CONSENT_KINDS = {FollowUpKind.CONSENT_EXPIRING, FollowUpKind.CONSENT_EXPIRED}


def _consent_rows(
    uow_factory: UowFactory, case_id: int, day: dt.date = TODAY
) -> list[followup.FollowUpRow]:
    rows = followup.overview(uow_factory(), day, followup.OverviewFilter(case_id=case_id))
    return [r for r in rows if r.kind in CONSENT_KINDS]


def test_expiring_and_expired_consents_are_in_the_overview(uow_factory: UowFactory) -> None:
    hs = services(uow_factory)[m.ServiceKind.HELSESTASJON]
    case_id, mother, father = family_case(uow_factory)
    svc.record_consent(
        uow_factory(),
        case_id,
        consent(mother, [hs], valid_until=TODAY + dt.timedelta(days=10)),
        TODAY,
    )
    svc.record_consent(
        uow_factory(),
        case_id,
        consent(father, [hs], valid_until=TODAY - dt.timedelta(days=3)),
        TODAY,
    )
    rows = _consent_rows(uow_factory, case_id)
    assert [(r.kind, r.text, r.day, r.late_days) for r in rows] == [
        (FollowUpKind.CONSENT_EXPIRED, "Ola Nordmann", TODAY - dt.timedelta(days=3), 3),
        (FollowUpKind.CONSENT_EXPIRING, "Kari Nordmann", TODAY + dt.timedelta(days=10), -10),
    ]
    assert all(r.is_deadline and r.child_first_name == "Sofie" for r in rows)
    # the kind filter works for consents too
    only = followup.overview(
        uow_factory(),
        TODAY,
        followup.OverviewFilter(kinds=frozenset({FollowUpKind.CONSENT_EXPIRED}), case_id=case_id),
    )
    assert [r.kind for r in only] == [FollowUpKind.CONSENT_EXPIRED]
    # three weeks earlier the mother's consent is not yet due; the father's is expiring
    early = _consent_rows(uow_factory, case_id, TODAY - dt.timedelta(days=14))
    assert [(r.kind, r.text) for r in early] == [(FollowUpKind.CONSENT_EXPIRING, "Ola Nordmann")]
    # a renewal from the father removes his row
    svc.record_consent(uow_factory(), case_id, consent(father, [hs], given_on=TODAY), TODAY)
    assert [r.text for r in _consent_rows(uow_factory, case_id)] == ["Kari Nordmann"]


def _teen_with_guardian_consent(uow_factory: UowFactory) -> tuple[int, int]:
    """A 15-year-old (co-consents under the defaults) whose guardians consented to PPT."""
    ppt = services(uow_factory)[m.ServiceKind.PPT]
    case_id, mother, father = family_case(uow_factory, birth_year=2011)
    for guardian in (mother, father):
        svc.record_consent(uow_factory(), case_id, consent(guardian, [ppt]), TODAY)
    return case_id, ppt


def _meeting(service_id: int) -> meeting_service.MeetingPlan:
    return meeting_service.MeetingPlan(
        kind=m.MeetingKind.FAMILY,
        starts_at=dt.datetime(2026, 12, 3, 9, 0),
        participants=(
            meeting_service.ParticipantInput(
                kind=m.ParticipantKind.PROFESSIONAL, service_id=service_id
            ),
        ),
    )


def test_age_settings_apply_to_planner_plan_and_form(uow_factory: UowFactory) -> None:
    case_id, ppt = _teen_with_guardian_consent(uow_factory)
    # defaults (7, 15, 16): the young person must consent too, so PPT is not covered
    with pytest.raises(ConsentMissingError):
        meeting_service.plan_meeting(uow_factory(), case_id, _meeting(ppt), TODAY)
    form = consent_form_data_for_print(uow_factory(), case_id, TODAY)
    assert [(g.name, g.is_child) for g in form.guardians][-1] == ("Sofie", True)

    svc.save_age_settings(uow_factory(), rules.AgeSettings(7, 16, 18))
    result = meeting_service.plan_meeting(uow_factory(), case_id, _meeting(ppt), TODAY)
    plan = plan_data(uow_factory(), result.meeting_id)
    assert "PPT" in " ".join(plan.consent_services)
    form = consent_form_data_for_print(uow_factory(), case_id, TODAY)
    assert not any(g.is_child for g in form.guardians)


def test_printed_form_comes_from_the_consent_service(uow_factory: UowFactory) -> None:
    case_id, _ppt = _teen_with_guardian_consent(uow_factory)
    source = svc.consent_form_data(uow_factory(), case_id, TODAY)
    printed = consent_form_data_for_print(uow_factory(), case_id, TODAY)
    assert printed.services == tuple(s.name for s in source.services if s.in_case)
    assert [(g.name, g.relation, g.is_child) for g in printed.guardians] == [
        (s.name, s.relation, s.is_child) for s in source.signers
    ]
    assert printed.child_heard == source.child_heard
    assert printed.purposes == source.purposes
    assert (printed.contact_name, printed.contact_service, printed.contact_phone) == (
        source.coordinator_name,
        source.coordinator_service,
        source.coordinator_phone,
    )
