from __future__ import annotations

import datetime as dt

import pytest

from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.domain.errors import ValidationCode, ValidationError

TODAY = dt.date(2026, 11, 22)


def case(**kw: object) -> m.Case:
    kw.setdefault("child_birth_year", 2017)
    return m.Case(child_first_name="Sofie", **kw)  # type: ignore[arg-type]


class TestChildAge:
    def test_age_from_birth_date_turns_on_the_birthday(self) -> None:
        c = case(child_birth_date=dt.date(2017, 11, 23))
        assert c.child_age(dt.date(2026, 11, 22)) == 8
        assert c.child_age(dt.date(2026, 11, 23)) == 9

    def test_age_on_29_february_birthday(self) -> None:
        c = case(child_birth_date=dt.date(2016, 2, 29), child_birth_year=2016)
        assert c.child_age(dt.date(2025, 2, 28)) == 8
        assert c.child_age(dt.date(2025, 3, 1)) == 9

    def test_age_from_birth_year_only(self) -> None:
        assert case().child_age(TODAY) == 9


class TestPhases:
    def test_five_phases_in_pathway_order(self) -> None:
        assert [p.number for p in m.Phase] == [1, 2, 3, 4, 5]
        assert m.Phase.OPPFOLGING.number == 5


class TestSearchText:
    def test_folds_case_including_norwegian_letters(self) -> None:
        c = case(family_members=[m.FamilyMember("ØYVIND Ås", m.Relation.FATHER, True)])
        c.refresh_search_text(["Hanne Æra"])
        assert c.search_text == "sofie øyvind ås hanne æra"

    def test_whitespace_is_collapsed(self) -> None:
        assert m.normalise_search("  Kari \n\t Nordmann ") == "kari nordmann"


class TestConsentCovers:
    def consent(self) -> m.Consent:
        return m.Consent(
            case_id=1,
            given_by_id=1,
            purposes=frozenset({m.ConsentPurpose.SHARE_BETWEEN_SERVICES}),
            form=m.ConsentForm.WRITTEN,
            given_on=dt.date(2026, 1, 10),
            valid_until=dt.date(2026, 12, 31),
            scopes=[
                m.ConsentScope(service_id=1),
                m.ConsentScope(service_id=2, withdrawn_on=dt.date(2026, 6, 1)),
            ],
        )

    def test_covers_named_service_for_named_purpose(self) -> None:
        assert self.consent().covers(1, m.ConsentPurpose.SHARE_BETWEEN_SERVICES, TODAY)

    def test_does_not_cover_another_service_or_purpose(self) -> None:
        c = self.consent()
        assert not c.covers(3, m.ConsentPurpose.SHARE_BETWEEN_SERVICES, TODAY)
        assert not c.covers(1, m.ConsentPurpose.REFERRAL_ATTACHMENTS, TODAY)

    def test_withdrawal_applies_from_its_date_not_before(self) -> None:
        c = self.consent()
        purpose = m.ConsentPurpose.SHARE_BETWEEN_SERVICES
        assert c.covers(2, purpose, dt.date(2026, 5, 31))
        assert not c.covers(2, purpose, dt.date(2026, 6, 1))

    def test_not_before_given_nor_after_end_date(self) -> None:
        c = self.consent()
        purpose = m.ConsentPurpose.SHARE_BETWEEN_SERVICES
        assert not c.covers(1, purpose, dt.date(2026, 1, 9))
        assert c.covers(1, purpose, dt.date(2026, 12, 31))
        assert not c.covers(1, purpose, dt.date(2027, 1, 1))


class TestCleanText:
    def test_strips_and_keeps_norwegian_emoji_and_rtl(self) -> None:
        for text in ["  Åse Øren  ", "Glad 😀", "مرحبا", "Robert'); DROP TABLE cases;--"]:
            assert v.clean_text("f", text, max_len=100) == text.strip()

    @pytest.mark.parametrize("bad", ["a\x00b", "a\x07b", "line\nbreak", "\ud800"])
    def test_refuses_control_characters_in_single_line_fields(self, bad: str) -> None:
        with pytest.raises(ValidationError) as info:
            v.clean_text("name", bad, max_len=100)
        assert info.value.code is ValidationCode.CONTROL_CHARACTERS
        assert info.value.field == "name"

    def test_multiline_keeps_newlines_and_tabs_but_not_nul(self) -> None:
        assert v.clean_text("t", "a\r\nb\tc", max_len=100, multiline=True) == "a\nb\tc"
        with pytest.raises(ValidationError):
            v.clean_text("t", "a\nb\x00", max_len=100, multiline=True)

    def test_required_and_too_long(self) -> None:
        with pytest.raises(ValidationError) as info:
            v.clean_text("name", "   ", max_len=10, required=True)
        assert info.value.code is ValidationCode.REQUIRED
        with pytest.raises(ValidationError) as info:
            v.clean_text("name", "x" * 11, max_len=10)
        assert info.value.code is ValidationCode.TOO_LONG
        assert info.value.limit == 10
        assert v.clean_text("name", "x" * 10, max_len=10) == "x" * 10

    def test_hundred_thousand_characters_are_refused(self) -> None:
        with pytest.raises(ValidationError):
            v.clean_text("t", "x" * 100_000, max_len=v.LONG_TEXT_MAX, multiline=True)


class TestBirth:
    def test_birth_date_in_future_refused(self) -> None:
        with pytest.raises(ValidationError) as info:
            v.check_birth(None, TODAY + dt.timedelta(days=1), TODAY)
        assert info.value.code is ValidationCode.DATE_IN_FUTURE

    def test_birth_year_in_future_refused(self) -> None:
        with pytest.raises(ValidationError) as info:
            v.check_birth(2027, None, TODAY)
        assert info.value.code is ValidationCode.DATE_IN_FUTURE

    def test_too_old_refused(self) -> None:
        with pytest.raises(ValidationError) as info:
            v.check_birth(1990, None, TODAY)
        assert info.value.code is ValidationCode.DATE_OUT_OF_RANGE

    def test_year_must_match_date(self) -> None:
        with pytest.raises(ValidationError) as info:
            v.check_birth(2016, dt.date(2017, 3, 1), TODAY)
        assert info.value.code is ValidationCode.INCONSISTENT

    def test_year_taken_from_date(self) -> None:
        assert v.check_birth(None, dt.date(2017, 3, 1), TODAY) == (2017, dt.date(2017, 3, 1))
        assert v.check_birth(2017, None, TODAY) == (2017, None)

    def test_year_required_without_date(self) -> None:
        with pytest.raises(ValidationError) as info:
            v.check_birth(None, None, TODAY)
        assert info.value.code is ValidationCode.REQUIRED


class TestContact:
    def test_email_and_phone(self) -> None:
        assert v.clean_email("email", " kari@eksempel.no ") == "kari@eksempel.no"
        assert v.clean_phone("phone", "+47 900 00 001") == "+47 900 00 001"
        assert v.clean_email("email", "") == ""
        with pytest.raises(ValidationError):
            v.clean_email("email", "kari(at)eksempel")
        with pytest.raises(ValidationError):
            v.clean_phone("phone", "ring meg")
