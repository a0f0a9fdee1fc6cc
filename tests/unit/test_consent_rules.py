"""Consent rules as behaviour.

Source: Kaurstad mfl., Møreforsking Molde for KS 2014, «Trygg oppvekst», the chapter
«Taushetsplikt, opplysningsplikt og samtykke».
"""

from __future__ import annotations

import datetime as dt

from familiemote.domain import consent as rules
from familiemote.domain import model as m

TODAY = dt.date(2026, 11, 22)
SHARE = m.ConsentPurpose.SHARE_BETWEEN_SERVICES
ATTACH = m.ConsentPurpose.REFERRAL_ATTACHMENTS
HS, PPT, SCHOOL, BUP = 1, 2, 3, 4
MOTHER, FATHER = 11, 12


def make_case(age: int = 9, *, guardians: int = 2) -> m.Case:
    birth = dt.date(TODAY.year - age, 3, 1)  # birthday passed this year
    family = [
        m.FamilyMember("Kari Nordmann", m.Relation.MOTHER, True, id=MOTHER),
        m.FamilyMember("Ola Nordmann", m.Relation.FATHER, True, id=FATHER),
    ][:guardians]
    family.append(m.FamilyMember("Mormor", m.Relation.GRANDPARENT, False, id=13))
    return m.Case("Sofie", birth.year, birth, family_members=family, id=1)


def give(
    case: m.Case,
    by: int | None,
    services: list[int],
    *,
    purposes: frozenset[m.ConsentPurpose] = frozenset(m.ConsentPurpose),
    given_on: dt.date = dt.date(2026, 9, 1),
    valid_until: dt.date | None = None,
    child: bool = False,
) -> m.Consent:
    consent = m.Consent(
        case_id=case.id,
        given_by_id=by,
        given_by_child=child,
        purposes=purposes,
        form=m.ConsentForm.WRITTEN,
        given_on=given_on,
        valid_until=valid_until,
        scopes=[m.ConsentScope(service_id=s) for s in services],
        id=len(case.consents) + 100,
    )
    case.consents.append(consent)
    return consent


class TestEveryGuardianConsents:
    def test_a_service_left_out_by_one_guardian_is_not_covered(self) -> None:
        case = make_case()
        give(case, MOTHER, [HS, PPT, SCHOOL, BUP])
        give(case, FATHER, [HS, PPT, BUP])  # a guardian may leave a service out
        assert rules.services_covered(case, SHARE, TODAY) == {HS, PPT, BUP}
        assert not rules.may_receive(case, SCHOOL, TODAY)
        assert rules.may_receive(case, BUP, TODAY)

    def test_one_guardian_alone_covers_nothing_while_the_other_is_unasked(self) -> None:
        case = make_case()
        give(case, MOTHER, [HS, PPT])
        assert rules.services_covered(case, SHARE, TODAY) == set()

    def test_a_consent_for_one_service_does_not_cover_another(self) -> None:
        case = make_case(guardians=1)
        give(case, MOTHER, [PPT])
        assert rules.may_receive(case, PPT, TODAY)
        assert not rules.may_receive(case, SCHOOL, TODAY)
        assert not rules.may_receive(case, BUP, TODAY)

    def test_a_consent_for_one_purpose_does_not_cover_another(self) -> None:
        case = make_case(guardians=1)
        give(case, MOTHER, [BUP], purposes=frozenset({m.ConsentPurpose.FAMILY_MEETING}))
        assert not rules.may_receive(case, BUP, TODAY)
        assert rules.services_covered(case, m.ConsentPurpose.FAMILY_MEETING, TODAY) == {BUP}

    def test_a_non_guardian_cannot_stand_in_for_a_guardian(self) -> None:
        case = make_case(guardians=1)
        give(case, 13, [HS])  # the grandmother
        assert not rules.may_receive(case, HS, TODAY)

    def test_a_case_without_stored_guardians_takes_any_recorded_consent(self) -> None:
        case = make_case(guardians=0)
        give(case, 13, [HS])
        assert rules.may_receive(case, HS, TODAY)


class TestWithdrawal:
    def test_withdrawn_service_stops_receiving_from_the_withdrawal_date(self) -> None:
        case = make_case()
        give(case, MOTHER, [HS, BUP])
        father = give(case, FATHER, [HS, BUP])
        father.scopes[1].withdrawn_on = dt.date(2026, 11, 10)
        assert rules.may_receive(case, BUP, dt.date(2026, 11, 9))
        assert not rules.may_receive(case, BUP, dt.date(2026, 11, 10))
        assert rules.may_receive(case, HS, dt.date(2026, 11, 10))  # the rest still stands

    def test_whole_withdrawal_stops_everything_but_history_keeps_the_earlier_day(self) -> None:
        case = make_case()
        give(case, MOTHER, [HS, PPT, BUP])
        father = give(case, FATHER, [HS, PPT, BUP])
        father.withdrawn_on = dt.date(2026, 11, 1)
        assert rules.services_covered(case, SHARE, TODAY) == set()
        before = rules.coverage_on(case, dt.date(2026, 10, 31))
        assert before[SHARE] == {HS, PPT, BUP}
        assert rules.coverage_on(case, dt.date(2026, 11, 1))[SHARE] == set()
        assert rules.coverage_on(case, dt.date(2026, 8, 31))[SHARE] == set()  # not yet given

    def test_history_lists_given_withdrawn_and_expiry_in_order(self) -> None:
        case = make_case(guardians=1)
        c = give(case, MOTHER, [HS, BUP], valid_until=dt.date(2027, 9, 1))
        c.scopes[1].withdrawn_on = dt.date(2026, 10, 5)
        c.scopes[1].withdrawal_note = "Telefon"
        events = rules.history(case)
        assert [(e.on, e.kind, e.service_id) for e in events] == [
            (dt.date(2026, 9, 1), rules.ConsentEventKind.GIVEN, None),
            (dt.date(2026, 10, 5), rules.ConsentEventKind.SERVICE_WITHDRAWN, BUP),
            (dt.date(2027, 9, 2), rules.ConsentEventKind.EXPIRES, None),
        ]
        assert events[1].note == "Telefon"

    def test_coverage_table_says_why_a_service_is_not_covered(self) -> None:
        case = make_case()
        give(case, MOTHER, [HS, SCHOOL, BUP])
        father = give(case, FATHER, [HS, BUP])
        father.scopes[1].withdrawn_on = dt.date(2026, 11, 10)
        table = {row.service_id: row for row in rules.coverage_table(case, TODAY)}
        assert table[HS].status is rules.CoverageStatus.VALID
        assert table[HS].given_by == (MOTHER, FATHER)
        assert table[SCHOOL].status is rules.CoverageStatus.PARTIAL
        assert table[SCHOOL].missing == (FATHER,)
        assert table[BUP].status is rules.CoverageStatus.WITHDRAWN
        assert table[BUP].ended_on == dt.date(2026, 11, 10)
        assert not table[BUP].covered


class TestExpiry:
    def test_status_is_valid_expiring_two_weeks_before_and_expired_after(self) -> None:
        case = make_case(guardians=1)
        c = give(case, MOTHER, [HS], valid_until=dt.date(2026, 12, 6))
        assert rules.consent_status(c, dt.date(2026, 11, 21)) is rules.ConsentStatus.VALID
        assert rules.consent_status(c, dt.date(2026, 11, 22)) is rules.ConsentStatus.EXPIRING
        assert rules.consent_status(c, dt.date(2026, 12, 6)) is rules.ConsentStatus.EXPIRING
        assert rules.consent_status(c, dt.date(2026, 12, 7)) is rules.ConsentStatus.EXPIRED
        assert rules.may_receive(case, HS, dt.date(2026, 12, 6))
        assert not rules.may_receive(case, HS, dt.date(2026, 12, 7))

    def test_withdrawn_wins_over_expiry(self) -> None:
        case = make_case(guardians=1)
        c = give(case, MOTHER, [HS], valid_until=dt.date(2026, 12, 1))
        c.withdrawn_on = dt.date(2026, 11, 20)
        assert rules.consent_status(c, TODAY) is rules.ConsentStatus.WITHDRAWN

    def test_coverage_runs_until_the_earliest_guardian_end(self) -> None:
        case = make_case()
        give(case, MOTHER, [HS], valid_until=dt.date(2027, 6, 1))
        give(case, FATHER, [HS], valid_until=dt.date(2026, 12, 1))
        row = rules.service_coverage(case, HS, TODAY)
        assert row.until == dt.date(2026, 12, 1)
        assert row.status is rules.CoverageStatus.EXPIRING
        later = rules.service_coverage(case, HS, dt.date(2026, 12, 2))
        assert later.status is rules.CoverageStatus.EXPIRED
        assert later.missing == (FATHER,)

    def test_a_renewed_consent_needs_no_renewal(self) -> None:
        case = make_case(guardians=1)
        old = give(case, MOTHER, [HS], valid_until=dt.date(2026, 11, 30))
        assert rules.needs_renewal(case, old, TODAY)
        give(case, MOTHER, [HS], given_on=dt.date(2026, 11, 20), valid_until=dt.date(2027, 11, 20))
        assert not rules.needs_renewal(case, old, TODAY)


class TestAgeSettings:
    def test_defaults_are_heard_7_co_consents_15_alone_16(self) -> None:
        s = rules.AgeSettings()
        assert (s.heard_from, s.co_consents_from, s.consents_alone_from) == (7, 15, 16)

    def test_who_is_asked_by_age(self) -> None:
        def asked(age: int) -> tuple[rules.ChildRole, tuple[rules.Party, ...]]:
            w = rules.who_must_be_asked(make_case(age), TODAY)
            return w.child_role, w.parties

        assert asked(6) == (rules.ChildRole.NOT_HEARD, (MOTHER, FATHER))
        assert asked(7) == (rules.ChildRole.HEARD, (MOTHER, FATHER))
        assert asked(15) == (rules.ChildRole.CO_CONSENTS, (MOTHER, FATHER, rules.CHILD))
        assert asked(16) == (rules.ChildRole.CONSENTS_ALONE, (rules.CHILD,))

    def test_changing_the_settings_changes_who_is_asked_and_what_is_covered(self) -> None:
        case = make_case(15)
        give(case, MOTHER, [HS])
        give(case, FATHER, [HS])
        assert not rules.may_receive(case, HS, TODAY)  # the 15-year-old must consent too
        later = rules.AgeSettings(heard_from=7, co_consents_from=16, consents_alone_from=18)
        assert rules.who_must_be_asked(case, TODAY, later).parties == (MOTHER, FATHER)
        assert rules.may_receive(case, HS, TODAY, later)
        give(case, None, [HS], child=True)
        assert rules.may_receive(case, HS, TODAY)
        earlier = rules.AgeSettings(heard_from=5, co_consents_from=12, consents_alone_from=15)
        assert rules.who_must_be_asked(case, TODAY, earlier).parties == (rules.CHILD,)
        assert rules.who_must_be_asked(make_case(6), TODAY, earlier).child_heard

    def test_from_consents_alone_the_guardians_no_longer_decide(self) -> None:
        case = make_case(16)
        give(case, MOTHER, [HS])
        give(case, FATHER, [HS])
        assert not rules.may_receive(case, HS, TODAY)
        give(case, None, [HS], child=True)
        assert rules.may_receive(case, HS, TODAY)

    def test_settings_out_of_order_are_refused(self) -> None:
        assert not rules.AgeSettings(10, 9, 16).is_ordered()
        assert not rules.AgeSettings(7, 15, 19).is_ordered()
        assert rules.AgeSettings(7, 16, 16).is_ordered()


class TestReferralItem5:
    def test_item_5_needs_valid_consent_for_attachments(self) -> None:
        case = make_case()
        assert not rules.may_attach_documentation(case, TODAY)
        only_share = frozenset({SHARE})
        give(case, MOTHER, [BUP], purposes=only_share)
        give(case, FATHER, [BUP], purposes=only_share)
        assert not rules.may_attach_documentation(case, TODAY)
        give(case, MOTHER, [BUP], purposes=frozenset({ATTACH}))
        father = give(case, FATHER, [BUP], purposes=frozenset({ATTACH}))
        assert rules.may_attach_documentation(case, TODAY, target_service_id=BUP)
        assert not rules.may_attach_documentation(case, TODAY, target_service_id=PPT)
        father.withdrawn_on = TODAY
        assert not rules.may_attach_documentation(case, TODAY)
