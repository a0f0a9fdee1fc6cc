"""The follow-up plan and the consent form of the demo case, read back with poppler and qpdf.

The data comes from a real database (SQLite and PostgreSQL) through the service
that gathers it, so a broken query breaks these tests too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from pathlib import Path

import sqlalchemy as sa

from familiemote.domain import model as m
from familiemote.printing.consent_form import render_consent_form
from familiemote.printing.plan import family_version, plan_checksum, render_plan
from familiemote.services.demo import create_demo_case
from familiemote.services.printing import (
    consent_form_data_for_print,
    meeting_choices,
    plan_data,
)
from familiemote.storage import orm
from tests.support.fixture_types import UowFactory
from tests.support.pdf import assert_fonts_embedded, is_a4, pages, qpdf_ok, text

TODAY = dt.date(2026, 11, 22)
PRINTED = dt.date(2026, 11, 23)
INTERNAL_NOTE = "Far ønsker at det ikke skrives noe om foreldrenes samlivsbrudd."


def _demo(uow_factory: UowFactory) -> tuple[int, int, int]:
    """The demo case id and its (first, second) meeting ids."""
    case_id = create_demo_case(uow_factory(), TODAY).case_id
    (second, _), (first, _) = meeting_choices(uow_factory(), case_id)
    return case_id, first, second


def test_plan_of_the_first_meeting_holds_everything_agreed(uow_factory, tmp_path: Path) -> None:
    _, first, _ = _demo(uow_factory)
    data = plan_data(uow_factory(), first)
    pdf = tmp_path / "plan.pdf"
    stamp = render_plan(data, pdf, printed_on=PRINTED)
    qpdf_ok(pdf)
    assert_fonts_embedded(pdf)
    assert is_a4(pdf)
    body = text(pdf)
    assert "Oppfølgingsplan" in body
    assert "Sofie, 9 år" in body
    assert "13.09.2026 kl. 14.00" in body
    assert "Helsestasjonen, møterom 2" in body
    for name in (
        "Kari Nordmann",
        "Ola Nordmann",
        "Hanne Eksempel",
        "Per Eksempel",
        "Lise Eksempel",
        "Bjørn Eksempel",
    ):
        assert name in body
    for role in ("Møteleder, Kontaktperson", "Referent", "Mor", "Far", "Barnet"):
        assert role in body
    assert "gruet seg til skolen siden høstferien" in body  # family's description
    assert "friminuttene er det verste" in body  # the child's voice
    assert "Andre tiltak, ikke henvisning nå" in body
    for action in (
        "Fast plass ved siden av en trygg venn og voksenstyrte aktiviteter i friminuttene",
        "Observasjon i klassen og samtale med kontaktlærer",
        "Støttesamtaler med Sofie på helsestasjonen hver 14. dag",
        "Søvndagbok i fire uker, tas med til neste møte",
    ):
        assert action in body
    assert "Foreldrene fører dagboken sammen med Sofie." in body
    for a in data.actions:  # every due and review date (the demo's dates move with reviews)
        for day in (a.due_date, a.review_date):
            if day is not None:
                assert day.strftime("%d.%m.%Y") in body
        assert a.person in body
    assert "Nytt familiemøte om ca. 8 uker" in body
    assert "400 00 001" in body  # the contact person can be reached
    assert INTERNAL_NOTE in body  # the services' copy keeps it
    # no birth date, no internal ids or codes
    assert "id" not in re.findall(r"\b[a-z_]+\b", body)
    assert "other_measures" not in body and "demo-sofie" not in body
    # the version stamp on every page, with the same checksum
    n = pages(pdf)
    assert n >= 2
    for page in range(1, n + 1):
        page_text = text(pdf, page, page)
        assert f"Kontrollsum {stamp}" in page_text
        assert "Familiemøte 13.09.2026" in page_text
        assert "Skrevet ut 23.11.2026" in page_text
        assert f"Side {page} av {n}" in page_text
    assert re.fullmatch(r"[0-9a-f]{8}", stamp)


def test_plan_of_the_second_meeting_lists_the_open_actions_carried_over(
    uow_factory, tmp_path: Path
) -> None:
    _, _, second = _demo(uow_factory)
    data = plan_data(uow_factory(), second)
    assert len(data.carried_over) == 3  # the done PPT observation is not carried
    pdf = tmp_path / "plan2.pdf"
    render_plan(data, pdf, printed_on=PRINTED)
    body = text(pdf)
    carried = body[body.index("Tiltak fra tidligere møter") : body.index("Neste møte")]
    assert "Fast plass ved siden av en trygg venn" in carried
    assert "Observasjon i klassen" not in carried
    for c in data.carried_over:
        assert c.action.description in carried
        assert c.outcome is not None
        assert c.note in carried
    assert "Vurdert i møtet: Fortsetter" in carried
    assert "Henvisning til BUP etter sjekklisten for gode henvisninger" in body
    assert "Dr. Eva Eksempel" in body


def test_family_copy_leaves_out_internal_notes_and_internal_actions(
    uow_factory, tmp_path: Path
) -> None:
    _, first, _ = _demo(uow_factory)
    with uow_factory() as uow:
        uow.sql.execute(
            sa.update(orm.actions)
            .where(orm.actions.c.description.like("Søvndagbok%"))
            .values(internal=True)
        )
        uow.commit()
    data = plan_data(uow_factory(), first)
    full, family = tmp_path / "full.pdf", tmp_path / "family.pdf"
    full_sum = render_plan(data, full, printed_on=PRINTED)
    family_sum = render_plan(data, family, printed_on=PRINTED, family_copy=True)
    qpdf_ok(family)
    assert_fonts_embedded(family)
    full_text, family_text = text(full), text(family)
    assert INTERNAL_NOTE in full_text and "Søvndagbok" in full_text
    assert INTERNAL_NOTE not in family_text
    assert "samlivsbrudd" not in family_text
    assert "Søvndagbok" not in family_text
    assert "Interne notater" not in family_text
    assert "Støttesamtaler med Sofie" in family_text  # not internal: stays
    assert "familiens kopi" in family_text
    assert full_sum != family_sum
    assert f"Kontrollsum {family_sum}" in family_text


def test_checksum_matches_the_stored_record_and_changes_with_it(uow_factory) -> None:
    _, first, _ = _demo(uow_factory)
    data = plan_data(uow_factory(), first)
    buf1, buf2 = io.BytesIO(), io.BytesIO()
    a = render_plan(data, buf1, printed_on=PRINTED)
    b = render_plan(plan_data(uow_factory(), first), buf2, printed_on=PRINTED + dt.timedelta(3))
    assert a == b == plan_checksum(data)  # same record, other print day: same sum
    changed = dataclasses.replace(data, decision_text=data.decision_text + " Endret.")
    assert plan_checksum(changed) != a
    assert plan_checksum(family_version(data)) != a


def test_only_services_with_valid_consent_are_listed_as_recipients(
    uow_factory, tmp_path: Path
) -> None:
    case_id, first, _ = _demo(uow_factory)
    data = plan_data(uow_factory(), first)
    assert "Skole" not in data.consent_services  # the father left the school out
    assert "Fastlege" in data.consent_services
    # Both parents withdraw everything the day before the meeting.
    with uow_factory() as uow:
        uow.sql.execute(
            sa.update(orm.consents)
            .where(orm.consents.c.case_id == case_id)
            .values(withdrawn_on=dt.date(2026, 9, 12))
        )
        uow.commit()
    data = plan_data(uow_factory(), first)
    assert data.consent_services == ()
    pdf = tmp_path / "no-consent.pdf"
    render_plan(data, pdf, printed_on=PRINTED)
    body = text(pdf)
    shared = body[body.index("Hvem planen deles med") : body.index("Planen deles ikke med")]
    assert "ikke gitt gyldig samtykke" in shared
    for service in ("Fastlege", "Pedagogisk-psykologisk", "Barne- og ungdomspsykiatrisk"):
        assert service not in shared
    # the services' copy says why each is left out
    left_out = " ".join(body[body.index("Planen deles ikke med") :].split())
    assert "Fastlege: mor og far har trukket samtykket tilbake" in left_out


def test_consent_form_one_page_per_guardian(uow_factory, tmp_path: Path) -> None:
    case_id, _, _ = _demo(uow_factory)
    data = consent_form_data_for_print(uow_factory(), case_id, TODAY)
    pdf = tmp_path / "consent.pdf"
    stamp = render_consent_form(data, pdf, printed_on=PRINTED)
    qpdf_ok(pdf)
    assert_fonts_embedded(pdf)
    assert is_a4(pdf)
    assert pages(pdf) == 2
    for page, guardian in ((1, "Kari Nordmann"), (2, "Ola Nordmann")):
        body = text(pdf, page, page)
        assert f"Foresatt som samtykker: {guardian}" in body
        other = "Ola Nordmann" if page == 1 else "Kari Nordmann"
        assert other not in body
        assert "Sofie, 9 år" in body
        for service in ("Skole", "Fastlege", "Helsestasjon og skolehelsetjeneste"):
            assert service in body
        for purpose in (
            "Familiemøter",
            "Dele opplysninger",
            "Vedlegg til henvisning",
            "Tverrfaglig team",
        ):
            assert purpose in body
        assert "frivillig" in body and "trekke samtykket tilbake" in body
        assert f"Underskrift, foresatt: {guardian}" in body
        assert "Sted og dato" in body
        assert f"Kontrollsum {stamp}" in body


def test_consent_form_without_guardians_has_one_blank_page(tmp_path: Path) -> None:
    from familiemote.printing.consent_form import ConsentFormData

    data = ConsentFormData(child_first_name="Åse", child_age=5, guardians=(), services=("PPT",))
    pdf = tmp_path / "blank.pdf"
    render_consent_form(data, pdf, printed_on=PRINTED)
    assert pages(pdf) == 1
    body = text(pdf)
    assert "Åse, 5 år" in body and "PPT" in body
    assert "Barnet skal få si sin mening" not in body  # under 7


def test_a_long_plan_splits_its_table_and_repeats_the_header(tmp_path: Path) -> None:
    from familiemote.printing.plan import PlanAction, PlanData

    actions = tuple(
        PlanAction(description=f"Tiltak nummer {i} med en lang beskrivelse " * 3, service="PPT")
        for i in range(40)
    )
    data = PlanData(
        child_first_name="Ola",
        child_age=12,
        meeting_kind=m.MeetingKind.FAMILY,
        starts_at=dt.datetime(2026, 11, 2, 9, 0),
        actions=actions,
    )
    pdf = tmp_path / "long.pdf"
    render_plan(data, pdf, printed_on=PRINTED)
    n = pages(pdf)
    assert n >= 3
    with_actions = [p for p in range(1, n + 1) if "Tiltak nummer" in text(pdf, p, p)]
    assert len(with_actions) >= 2
    for p in with_actions:
        assert "Tiltak Ansvarlig Frist Ny vurdering" in text(pdf, p, p)
    assert "Tiltak nummer 39" in text(pdf)
