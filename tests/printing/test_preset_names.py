"""Preset data in the language of the document: the services the app creates are
stored once (in bokmål) and printed in nynorsk on a nynorsk document."""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path

import sqlalchemy as sa

from familiemote.printing.consent_form import render_consent_form
from familiemote.printing.plan import render_plan
from familiemote.printing.texts import PRESET_SERVICES_NN, service_name
from familiemote.services.demo import create_demo_case
from familiemote.services.printing import consent_form_data_for_print, meeting_choices, plan_data
from familiemote.storage import orm
from tests.support.fixture_types import UowFactory
from tests.support.pdf import text

TODAY = dt.date(2026, 11, 22)
initial = importlib.import_module("familiemote.storage.migrations.versions.0001_initial_schema")


def test_every_preset_service_has_its_nynorsk() -> None:
    for name, _kind, _level in initial.DEFAULT_SERVICES:
        assert name in PRESET_SERVICES_NN, name
    assert service_name("nn", "Skole") == "Skule"
    assert service_name("nb", "Skole") == "Skole"
    assert service_name("nn", "Nordbyen skole") == "Nordbyen skole"  # the municipality's own


def test_the_child_welfare_service_is_spelt_as_the_law_spells_it(uow_factory: UowFactory) -> None:
    uow = uow_factory()
    with uow:
        names = set(uow.sql.scalars(sa.select(orm.services.c.name)))
    assert "Barnevernstjenesten" in names
    assert "Barneverntjenesten" not in names


def test_preset_services_print_in_nynorsk(uow_factory: UowFactory, tmp_path: Path) -> None:
    case_id = create_demo_case(uow_factory(), TODAY).case_id
    (second, _), _ = meeting_choices(uow_factory(), case_id)
    consent = tmp_path / "samtykke.pdf"
    render_consent_form(
        consent_form_data_for_print(uow_factory(), case_id, TODAY), consent,
        printed_on=TODAY, lang="nn",
    )
    plan = tmp_path / "plan.pdf"
    render_plan(plan_data(uow_factory(), second), plan, printed_on=TODAY, lang="nn")
    for pdf in (consent, plan):
        body = text(pdf)
        assert "Helsestasjon og skulehelseteneste" in body
        assert "Helsestasjon og skolehelsetjeneste" not in body
        assert "Pedagogisk-psykologisk tjeneste" not in body
    assert "Skule" in text(consent)
