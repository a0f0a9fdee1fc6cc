"""Consent use cases on real SQLite and PostgreSQL databases."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa

from familiemote.domain import consent as rules
from familiemote.domain import model as m
from familiemote.domain.errors import NotFoundError, ValidationCode, ValidationError
from familiemote.services import cases, demo
from familiemote.services import consent as svc
from familiemote.storage import orm
from tests.support.fixture_types import UowFactory

TODAY = dt.date(2026, 11, 22)
ALL = frozenset(m.ConsentPurpose)


def services(uow_factory: UowFactory) -> dict[m.ServiceKind, int]:
    with uow_factory() as uow:
        return {s.kind: s.id for s in uow.directory.services() if s.id is not None}


def family_case(uow_factory: UowFactory, birth_year: int = 2017) -> tuple[int, int, int]:
    case_id = cases.create_case(
        uow_factory(),
        cases.NewCase(
            "Sofie",
            birth_year,
            family=(
                cases.NewFamilyMember("Kari Nordmann", m.Relation.MOTHER, True),
                cases.NewFamilyMember("Ola Nordmann", m.Relation.FATHER, True),
                cases.NewFamilyMember("Mormor", m.Relation.GRANDPARENT, False),
            ),
        ),
        TODAY,
    )
    detail = cases.get_case(uow_factory(), case_id)
    mother, father = (g.id for g in detail.case.guardians)
    assert mother is not None and father is not None
    return case_id, mother, father


def consent(by: int | None, sids: list[int], **kw: Any) -> svc.NewConsent:
    return svc.NewConsent(
        given_by_id=by,
        service_ids=tuple(sids),
        purposes=kw.pop("purposes", ALL),
        form=kw.pop("form", m.ConsentForm.WRITTEN),
        given_on=kw.pop("given_on", dt.date(2026, 9, 1)),
        recorded_by=kw.pop("recorded_by", "Hanne Eksempel"),
        **kw,
    )


def load(uow_factory: UowFactory, case_id: int) -> m.Case:
    return cases.get_case(uow_factory(), case_id).case


def test_record_per_guardian_and_withdraw_one_service(uow_factory: UowFactory) -> None:
    s = services(uow_factory)
    hs, ppt, bup = s[m.ServiceKind.HELSESTASJON], s[m.ServiceKind.PPT], s[m.ServiceKind.BUP]
    case_id, mother, father = family_case(uow_factory)
    svc.record_consent(uow_factory(), case_id, consent(mother, [hs, ppt, bup]), TODAY)
    father_consent = svc.record_consent(
        uow_factory(), case_id, consent(father, [hs, ppt, bup], form=m.ConsentForm.ORAL), TODAY
    )
    case = load(uow_factory, case_id)
    purpose = m.ConsentPurpose.SHARE_BETWEEN_SERVICES
    assert rules.services_covered(case, purpose, TODAY) == {hs, ppt, bup}

    svc.withdraw_consent(
        uow_factory(), case_id, father_consent, dt.date(2026, 11, 10), "Far ringte", TODAY, bup
    )
    case = load(uow_factory, case_id)
    assert rules.may_receive(case, bup, dt.date(2026, 11, 9))
    assert not rules.may_receive(case, bup, dt.date(2026, 11, 10))
    assert rules.services_covered(case, purpose, TODAY) == {hs, ppt}
    # nothing deleted: both consents and all their services are still stored
    with uow_factory() as uow:
        scopes = uow.sql.execute(sa.select(orm.consent_scopes)).all()
    assert len(scopes) == 6
    withdrawn = [r for r in scopes if r.withdrawn_on is not None]
    assert [(r.service_id, r.withdrawal_note) for r in withdrawn] == [(bup, "Far ringte")]
    assert rules.coverage_on(case, dt.date(2026, 10, 1))[purpose] == {hs, ppt, bup}


def test_whole_withdrawal_and_refusals_leave_data_as_it_was(uow_factory: UowFactory) -> None:
    s = services(uow_factory)
    hs = s[m.ServiceKind.HELSESTASJON]
    case_id, mother, _father = family_case(uow_factory)
    cid = svc.record_consent(uow_factory(), case_id, consent(mother, [hs]), TODAY)
    with pytest.raises(ValidationError) as err:
        svc.withdraw_consent(uow_factory(), case_id, cid, TODAY, "   ", TODAY)
    assert err.value.code is ValidationCode.REQUIRED
    with pytest.raises(ValidationError) as err:
        svc.withdraw_consent(uow_factory(), case_id, cid, dt.date(2026, 8, 1), "Brev", TODAY)
    assert err.value.code is ValidationCode.BEFORE_START
    assert load(uow_factory, case_id).consents[0].withdrawn_on is None

    svc.withdraw_consent(uow_factory(), case_id, cid, TODAY, "Brev fra mor", TODAY)
    stored = load(uow_factory, case_id).consents[0]
    assert (stored.withdrawn_on, stored.withdrawal_note) == (TODAY, "Brev fra mor")
    with pytest.raises(ValidationError) as err:
        svc.withdraw_consent(uow_factory(), case_id, cid, TODAY, "igjen", TODAY)
    assert err.value.code is ValidationCode.ALREADY_WITHDRAWN
    assert load(uow_factory, case_id).consents[0].withdrawal_note == "Brev fra mor"


def test_record_consent_refuses_bad_input(uow_factory: UowFactory) -> None:
    hs = services(uow_factory)[m.ServiceKind.HELSESTASJON]
    case_id, mother, _ = family_case(uow_factory)
    grandmother = next(f.id for f in load(uow_factory, case_id).family_members if not f.is_guardian)
    bad = [
        (consent(mother, []), "consent_services", ValidationCode.NONE_CHOSEN),
        (
            consent(mother, [hs], purposes=frozenset()),
            "consent_purposes",
            ValidationCode.NONE_CHOSEN,
        ),
        (consent(grandmother, [hs]), "consent_given_by", ValidationCode.NOT_A_GUARDIAN),
        (consent(None, [hs], given_by_child=True), "consent_given_by", ValidationCode.TOO_YOUNG),
        (consent(None, [hs]), "consent_given_by", ValidationCode.REQUIRED),
        (
            consent(mother, [hs], given_on=TODAY + dt.timedelta(days=1)),
            "consent_given_on",
            ValidationCode.DATE_IN_FUTURE,
        ),
        (
            consent(mother, [hs], valid_until=dt.date(2026, 8, 31)),
            "consent_valid_until",
            ValidationCode.BEFORE_START,
        ),
        (consent(mother, [hs], recorded_by=""), "consent_recorded_by", ValidationCode.REQUIRED),
    ]
    for data, field, code in bad:
        with pytest.raises(ValidationError) as err:
            svc.record_consent(uow_factory(), case_id, data, TODAY)
        assert (err.value.field, err.value.code) == (field, code)
    with pytest.raises(NotFoundError):
        svc.record_consent(uow_factory(), case_id, consent(mother, [hs, 99999]), TODAY)
    assert load(uow_factory, case_id).consents == []


def test_age_settings_are_stored_and_change_who_is_asked(uow_factory: UowFactory) -> None:
    hs = services(uow_factory)[m.ServiceKind.HELSESTASJON]
    assert svc.get_age_settings(uow_factory()) == rules.AgeSettings(7, 15, 16)
    case_id, mother, father = family_case(uow_factory, birth_year=2011)  # 15 this year
    # with the defaults the 15-year-old consents too, so the guardians alone are not enough
    for guardian in (mother, father):
        svc.record_consent(uow_factory(), case_id, consent(guardian, [hs]), TODAY)
    settings = svc.get_age_settings(uow_factory())
    assert not rules.may_receive(load(uow_factory, case_id), hs, TODAY, settings)
    form = svc.consent_form_data(uow_factory(), case_id, TODAY)
    assert [(x.name, x.is_child) for x in form.signers] == [
        ("Kari Nordmann", False),
        ("Ola Nordmann", False),
        ("Sofie", True),
    ]

    svc.save_age_settings(uow_factory(), rules.AgeSettings(7, 16, 18))
    settings = svc.get_age_settings(uow_factory())
    assert settings == rules.AgeSettings(7, 16, 18)
    assert rules.may_receive(load(uow_factory, case_id), hs, TODAY, settings)
    form = svc.consent_form_data(uow_factory(), case_id, TODAY)
    assert [x.is_child for x in form.signers] == [False, False]

    with pytest.raises(ValidationError) as err:
        svc.save_age_settings(uow_factory(), rules.AgeSettings(16, 15, 18))
    assert err.value.code is ValidationCode.AGES_OUT_OF_ORDER
    assert svc.get_age_settings(uow_factory()) == rules.AgeSettings(7, 16, 18)


def test_child_view_is_recorded_apart_from_consent(uow_factory: UowFactory) -> None:
    case_id, _, _ = family_case(uow_factory)
    svc.record_child_view(
        uow_factory(), case_id, "Vil ikke at klassen skal vite", TODAY, "Hanne", TODAY
    )
    case = load(uow_factory, case_id)
    assert [(v.text, v.recorded_on) for v in case.child_views] == [
        ("Vil ikke at klassen skal vite", TODAY)
    ]
    assert case.consents == []
    with pytest.raises(ValidationError):
        svc.record_child_view(uow_factory(), case_id, "", TODAY, "Hanne", TODAY)


def test_anonymous_consultation_stores_no_names_and_becomes_a_named_case(
    uow_factory: UowFactory,
) -> None:
    ppt = services(uow_factory)[m.ServiceKind.PPT]
    case_id = svc.create_anonymous_case(
        uow_factory(),
        svc.NewAnonymousCase(
            child_birth_year=2016,
            concern_summary="Jente, 10 år, mye fravær",
            concern_service_id=ppt,
        ),
        TODAY,
    )
    with uow_factory() as uow:
        row = uow.sql.execute(sa.select(orm.cases).where(orm.cases.c.id == case_id)).one()
        members = uow.sql.execute(sa.select(orm.family_members)).all()
    assert row.anonymous is True
    assert row.child_first_name == ""
    assert row.search_text == ""
    assert members == []
    assert [r.id for r in cases.list_cases(uow_factory())] == [case_id]

    svc.name_anonymous_case(
        uow_factory(),
        case_id,
        svc.NamedCase(
            "Emma",
            family=(cases.NewFamilyMember("Nina Hansen", m.Relation.MOTHER, True),),
        ),
        TODAY,
    )
    case = load(uow_factory, case_id)
    assert (case.anonymous, case.child_first_name, case.child_birth_year) == (False, "Emma", 2016)
    assert [g.name for g in case.guardians] == ["Nina Hansen"]
    assert [r.id for r in cases.list_cases(uow_factory(), "nina")] == [case_id]
    svc.record_consent(uow_factory(), case_id, consent(case.guardians[0].id, [ppt]), TODAY)
    assert rules.may_receive(load(uow_factory, case_id), ppt, TODAY)
    with pytest.raises(ValidationError) as err:
        svc.name_anonymous_case(uow_factory(), case_id, svc.NamedCase("Emma"), TODAY)
    assert err.value.code is ValidationCode.NOT_ANONYMOUS


def test_demo_case_carries_its_consent(uow_factory: UowFactory) -> None:
    result = demo.create_demo_case(uow_factory(), TODAY)
    s = services(uow_factory)
    case = load(uow_factory, result.case_id)
    covered = rules.services_covered(case, m.ConsentPurpose.SHARE_BETWEEN_SERVICES, TODAY)
    assert s[m.ServiceKind.SKOLE] not in covered  # the father left the school out
    assert {
        s[k] for k in (m.ServiceKind.HELSESTASJON, m.ServiceKind.PPT, m.ServiceKind.BUP)
    } <= covered
    assert rules.may_attach_documentation(case, TODAY, s[m.ServiceKind.BUP])
    form = svc.consent_form_data(uow_factory(), result.case_id, TODAY)
    assert [x.name for x in form.signers] == ["Kari Nordmann", "Ola Nordmann"]
    assert form.child_heard and not form.child_consents
    assert form.purposes == tuple(m.ConsentPurpose)
    flags = [x.in_case for x in form.services]
    assert flags == sorted(flags, reverse=True)  # the case's services come first
    assert {x.id for x in form.services if x.in_case} >= {
        s[m.ServiceKind.SKOLE],
        s[m.ServiceKind.BUP],
    }
    assert form.coordinator_name == "Hanne Eksempel"


def test_expiring_consents_for_the_follow_up_overview(uow_factory: UowFactory) -> None:
    hs = services(uow_factory)[m.ServiceKind.HELSESTASJON]
    case_id, mother, father = family_case(uow_factory)
    soon = svc.record_consent(
        uow_factory(), case_id, consent(mother, [hs], valid_until=dt.date(2026, 12, 1)), TODAY
    )
    svc.record_consent(
        uow_factory(), case_id, consent(father, [hs], valid_until=dt.date(2027, 6, 1)), TODAY
    )
    found = svc.expiring_consents(uow_factory(), TODAY)
    assert [(e.consent_id, e.given_by_name, e.status, e.days_left) for e in found] == [
        (soon, "Kari Nordmann", rules.ConsentStatus.EXPIRING, 9)
    ]
    later = svc.expiring_consents(uow_factory(), dt.date(2026, 12, 3))
    assert [(e.consent_id, e.status) for e in later] == [(soon, rules.ConsentStatus.EXPIRED)]
    # a renewal takes it off the list
    svc.record_consent(
        uow_factory(),
        case_id,
        consent(mother, [hs], given_on=TODAY, valid_until=dt.date(2027, 11, 22)),
        TODAY,
    )
    assert svc.expiring_consents(uow_factory(), dt.date(2026, 12, 3)) == []
