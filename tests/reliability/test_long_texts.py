"""Anything the services accept prints: long texts split across pages, never a LayoutError.

Each text is generated at its field's limit (the limits are those of
familiemote.domain.validation, the same rules the forms and the import use), run
through that rule, and printed in every document that shows it: the plan (the
services' and the family's copy), the consent form and the evaluation report.
The PDF is read back with qpdf and pdftotext: every word is there, and a table
that continues on the next page repeats its header.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.printing.consent_form import ConsentFormData, ConsentGuardian, render_consent_form
from familiemote.printing.plan import (
    CarriedAction,
    ContactPerson,
    PlanAction,
    PlanData,
    PlanParticipant,
    family_version,
    render_plan,
)
from familiemote.services import actions, meetings
from familiemote.services.demo import create_demo_case
from familiemote.services.printing import meeting_choices, plan_data
from tests.support import battery
from tests.support.pdf import pages, qpdf_ok, text

TODAY = dt.date(2026, 11, 22)
PRINTED = dt.date(2026, 11, 23)
FEW = settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Short stems (a number is added to each word to make it unique): a word always fits
# the narrowest column a user's text is printed in, so pdftotext gives it back whole.
STEM = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøåÆØÅWM&<>'\"", min_size=1, max_size=5)


def _fill(parts: list[tuple[str, str]], limit: int) -> str:
    """Words and separators repeated (each word numbered) to exactly ``limit`` characters."""
    out: list[str] = []
    size = n = 0
    while size < limit:
        stem, sep = parts[n % len(parts)]
        piece = f"{stem}{n}{sep}"
        out.append(piece)
        size += len(piece)
        n += 1
    text_ = "".join(out)[:limit].rstrip()
    return text_ + "x" * (limit - len(text_))  # a full last word: exactly at the limit


Recipe = list[tuple[str, str]]
LINE_SEPS = st.sampled_from([" ", " ", " ", "\n"])
RECIPE = st.lists(st.tuples(STEM, LINE_SEPS), min_size=1, max_size=12)


def build(recipe: Recipe, rule: v.TextRule) -> str:
    """A text of exactly the rule's limit, which the rule accepts unchanged.

    Hypothesis draws only the small recipe; the text itself (up to 20,000
    characters) is built here, so no long string goes through its reporting.
    """
    parts = recipe if rule.multiline else [(w, " ") for w, _ in recipe]
    built = _fill(parts, rule.max_len)
    assert rule.clean("field", built) == built
    return built


def _words(*texts: str) -> set[str]:
    return {w for t in texts for w in t.split()}


def _missing(pdf: Path, expected: set[str]) -> set[str]:
    """The expected words the PDF does not show (a name may be followed by "," or ".")."""
    tokens = text(pdf).split()
    printed = set(tokens) | {t.rstrip(",.:") for t in tokens}
    return expected - printed


LONG_FIELDS = (
    "family_description",
    "child_voice",
    "services_view",
    "decision_text",
    "next_meeting_note",
    "internal_notes",
)


@st.composite
def plans(draw: st.DrawFn) -> tuple[frozenset[str], int, list[Recipe]]:
    """Which meeting texts are at their limit, how many actions, and the recipes."""
    long_fields = draw(st.sets(st.sampled_from(LONG_FIELDS), min_size=1, max_size=2))
    n_actions = draw(st.integers(1, 3))
    recipes = draw(st.lists(RECIPE, min_size=40, max_size=40))
    return frozenset(long_fields), n_actions, recipes


def build_plan(long_fields: frozenset[str], n_actions: int, recipes: list[Recipe]) -> PlanData:
    """A plan whose user texts sit at their limits: names, place, meeting texts, actions."""
    pool = iter(recipes * 4)

    def name() -> str:
        return build(next(pool), v.NAME)

    texts = {f: build(next(pool), v.LONG_TEXT) if f in long_fields else "" for f in LONG_FIELDS}
    acts = tuple(
        PlanAction(
            description=build(next(pool), v.ACTION_TEXT),
            service=name(),
            person=name(),
            family_part=build(next(pool), v.ACTION_TEXT),
            others_involved=build(next(pool), v.ACTION_TEXT),
            due_date=TODAY,
            review_date=TODAY,
            internal=i == 1,
        )
        for i in range(n_actions)
    )
    carried = CarriedAction(
        action=dataclasses.replace(acts[0], internal=False),
        agreed_on=TODAY,
        outcome=m.ReviewOutcome.CONTINUED,
        note=build(next(pool), v.ACTION_TEXT),
    )
    return PlanData(
        child_first_name=name(),
        child_age=9,
        meeting_kind=m.MeetingKind.FAMILY,
        starts_at=dt.datetime(2026, 11, 20, 14, 0),
        place=build(next(pool), v.SHORT_TEXT),
        participants=(
            PlanParticipant(name(), m.ParticipantKind.FAMILY, relation=m.Relation.MOTHER),
            PlanParticipant(name(), m.ParticipantKind.PROFESSIONAL, service=name(), title=name()),
        ),
        actions=acts,
        carried_over=(carried,),
        contact=ContactPerson(name(), title=name(), service=name()),
        consent_services=(name(),),
        guardians=(name(),),
        **texts,
    )


def _plan_words(data: PlanData) -> set[str]:
    words = _words(
        data.child_first_name,
        data.place,
        *(getattr(data, f) for f in LONG_FIELDS if f != "internal_notes" or not data.family_copy),
        *(p.name for p in data.participants),
        *data.consent_services,
        *data.guardians,
    )
    for a in data.actions:
        words |= _words(a.description, a.family_part, a.others_involved, a.service, a.person)
    for c in data.carried_over:
        words |= _words(c.action.description, c.note)
    return words


@FEW
@given(drawn=plans())
def test_a_plan_with_every_text_at_its_limit_prints_on_both_copies(
    tmp_path: Path, drawn: tuple[frozenset[str], int, list[Recipe]]
) -> None:
    data = build_plan(*drawn)
    tried = stored = 0
    for copy in (data, family_version(data)):
        tried += 1
        pdf = tmp_path / "plan.pdf"
        render_plan(copy, pdf, printed_on=PRINTED, family_copy=copy.family_copy)
        qpdf_ok(pdf)
        assert pages(pdf) > 1
        assert not _missing(pdf, _plan_words(copy))
        stored += 1
    battery.record("long texts: plan at the field limits", tried, 0, stored, tried - stored)


@FEW
@given(
    recipes=st.lists(RECIPE, min_size=34, max_size=34),
    n_guardians=st.integers(1, 3),
    n_services=st.integers(1, 30),
)
def test_a_consent_form_with_names_at_their_limit_prints(
    tmp_path: Path, recipes: list[Recipe], n_guardians: int, n_services: int
) -> None:
    names = [build(r, v.NAME) for r in recipes]
    child, contact, contact_service = names[:3]
    guardians = names[3 : 3 + n_guardians]
    services = names[4 : 4 + n_services]
    data = ConsentFormData(
        child_first_name=child,
        child_age=15,
        guardians=tuple(ConsentGuardian(g, m.Relation.MOTHER) for g in guardians),
        services=tuple(services),
        contact_name=contact,
        contact_service=contact_service,
        contact_phone="+47 (55) 12-34-56 78",
    )
    pdf = tmp_path / "consent.pdf"
    render_consent_form(data, pdf, printed_on=PRINTED)
    qpdf_ok(pdf)
    assert not _missing(pdf, _words(child, *guardians, *services, contact, contact_service))
    # one form per signer, each starting on a page of its own
    assert pages(pdf) >= len(guardians)
    battery.record("long texts: consent form at the field limits", 1, 0, 1, 0)


# -- through the services: what a user can store, printed -----------------------------------


def _action_at_limit(n: int) -> str:
    words = " ".join(f"tiltak{n}ord{i}" for i in range(400))
    return words[: v.ACTION_TEXT_MAX].rsplit(" ", 1)[0]


SHORT_LINES = "\n".join(f"linje{i} kort" for i in range(120))


@pytest.mark.parametrize(
    "field_text",
    [
        pytest.param({"description": _action_at_limit(1)}, id="description-2000"),
        pytest.param({"description": "Kort", "family_part": _action_at_limit(2)}, id="family-2000"),
        pytest.param({"description": SHORT_LINES}, id="120-short-lines"),
        pytest.param(
            {
                "description": _action_at_limit(3),
                "family_part": _action_at_limit(4),
                "others_involved": _action_at_limit(5),
            },
            id="all-three-2000",
        ),
    ],
)
def test_an_action_stored_through_the_services_prints_on_both_copies(
    uow_factory, tmp_path: Path, field_text: dict[str, str]
) -> None:
    case_id = create_demo_case(uow_factory(), TODAY).case_id
    (latest, _), *_ = meeting_choices(uow_factory(), case_id)
    with uow_factory() as uow:
        service_id = uow.directory.services()[0].id
    data = actions.NewAction(service_id=service_id, meeting_id=latest, **field_text)  # type: ignore[arg-type]
    actions.agree_action(uow_factory(), case_id, data, TODAY)
    meetings.save_text(
        uow_factory(), latest, meetings.GuideField.FAMILY_DESCRIPTION, "ord " * 4998 + "slutt"
    )
    plan = plan_data(uow_factory(), latest)
    expected = _words(*field_text.values())
    for copy in (False, True):
        pdf = tmp_path / f"plan-{copy}.pdf"
        render_plan(plan, pdf, printed_on=PRINTED, family_copy=copy)
        qpdf_ok(pdf)
        assert not _missing(pdf, expected)
        body = text(pdf)
        assert "slutt" in body
        # the action table continues on the next page under its own header
        assert body.count("Tiltak Ansvarlig Frist") >= 2
    battery.record("long texts: action stored through the services, printed", 2, 0, 2, 0)


def test_the_stamp_of_a_long_name_stays_on_the_paper(tmp_path: Path) -> None:
    name = "Wilhelmine" * 10  # 100 characters: the longest first name the forms accept
    data = ConsentFormData(child_first_name=name, child_age=8, guardians=(), services=("PPT",))
    pdf = tmp_path / "consent.pdf"
    render_consent_form(data, pdf, printed_on=PRINTED)
    qpdf_ok(pdf)
    body = text(pdf)
    assert "Side 1 av 1" in body
    assert "Kontrollsum" in body


def test_the_evaluation_report_prints_a_municipality_at_its_limit(tmp_path: Path) -> None:
    from familiemote.printing.tally import render_tally
    from familiemote.services.evaluations import compute_tally

    name = " ".join(f"kommune{i}" for i in range(12))[: v.NAME_MAX].rsplit(" ", 1)[0]
    pdf = tmp_path / "report.pdf"
    render_tally(compute_tally([], municipality=name), pdf, printed_on=PRINTED)
    qpdf_ok(pdf)
    assert not _missing(pdf, _words(name))
    battery.record("long texts: evaluation report at the field limits", 1, 0, 1, 0)
