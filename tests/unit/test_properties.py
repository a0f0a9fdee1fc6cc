"""Random input into the domain's validation: a clean value or a typed refusal, never a crash."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from familiemote.domain import validation as v
from familiemote.domain.errors import ValidationCode, ValidationError
from familiemote.services import cases

TODAY = dt.date(2026, 11, 22)
FAST = settings(max_examples=50, deadline=None)

# Text a user might paste: control characters and NUL, emoji, right-to-left
# text, SQL-looking text, and now and then something very long.
nasty = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(["\x00", "\x1b", "\u202e", "\u200f", "\t", "\n", "\r"])),
    st.sampled_from(
        [
            "Robert'); DROP TABLE cases;--",
            "مرحبا بالعالم",
            "שלום עולם",
            "👩‍👧‍👦 Nordmann 🇳🇴",
            "Ærlig Øystein Åsen",
            "x" * 100_000,
            "\ud800",
        ]
    ),
    st.text(min_size=95, max_size=105),
)


def _has_control(text: str, allowed: set[str]) -> bool:
    return any(ch not in allowed and unicodedata.category(ch) in {"Cc", "Cs"} for ch in text)


@FAST
@given(nasty)
def test_clean_name_returns_clean_text_or_a_typed_refusal(text: str) -> None:
    try:
        cleaned = v.clean_name("name", text)
    except ValidationError as err:
        assert err.code in {
            ValidationCode.CONTROL_CHARACTERS,
            ValidationCode.TOO_LONG,
            ValidationCode.REQUIRED,
        }
        if err.code is ValidationCode.CONTROL_CHARACTERS:
            assert _has_control(text, set())
        return
    assert cleaned == text.strip() and cleaned
    assert len(cleaned) <= v.NAME_MAX
    assert not _has_control(cleaned, set())


@FAST
@given(nasty)
def test_multiline_text_keeps_lines_and_refuses_other_control_characters(text: str) -> None:
    try:
        cleaned = v.clean_text("concern_summary", text, max_len=v.LONG_TEXT_MAX, multiline=True)
    except ValidationError as err:
        assert err.code in {ValidationCode.CONTROL_CHARACTERS, ValidationCode.TOO_LONG}
        return
    assert not _has_control(cleaned, {"\n", "\t"})
    assert "\r" not in cleaned and len(cleaned) <= v.LONG_TEXT_MAX


@FAST
@given(
    st.one_of(st.none(), st.integers(min_value=-10_000, max_value=10_000)),
    st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
)
def test_birth_is_accepted_only_in_range(year: int | None, born: dt.date | None) -> None:
    try:
        got_year, got_date = v.check_birth(year, born, TODAY)
    except ValidationError as err:
        assert err.field in {"child_birth_year", "child_birth_date"}
        return
    assert TODAY.year - v.OLDEST_AGE <= got_year <= TODAY.year
    assert got_date is None or (got_date <= TODAY and got_date.year == got_year)


@FAST
@given(nasty, nasty, st.integers(min_value=1990, max_value=2030))
def test_building_a_case_validates_everything_first(name: str, parent: str, year: int) -> None:
    data = cases.NewCase(
        child_first_name=name,
        child_birth_year=year,
        family=(cases.NewFamilyMember(parent, cases.m.Relation.MOTHER, True),),
    )
    try:
        case = cases.build_case(data, TODAY)
    except ValidationError:
        return
    assert case.child_first_name == name.strip()
    assert case.family_members[0].name == parent.strip()
