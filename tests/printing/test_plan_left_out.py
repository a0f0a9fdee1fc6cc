"""The services' copy of the plan says why a service is left out of «Hvem planen deles
med»; the family's copy does not. The demo case on SQLite and PostgreSQL: the father
left the school out of his consent."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from familiemote.domain import model as m
from familiemote.printing.plan import family_version, render_plan
from familiemote.services.demo import create_demo_case
from familiemote.services.printing import meeting_choices, plan_data
from tests.support.fixture_types import UowFactory
from tests.support.pdf import qpdf_ok, text

TODAY = dt.date(2026, 11, 22)


def _one_line(pdf: Path) -> str:
    return " ".join(text(pdf).split())


def test_service_copy_says_the_father_has_not_consented_to_the_school(
    uow_factory: UowFactory, tmp_path: Path
) -> None:
    case_id = create_demo_case(uow_factory(), TODAY).case_id
    (_, _), (first, _) = meeting_choices(uow_factory(), case_id)
    data = plan_data(uow_factory(), first)
    assert [(x.service, x.missing, x.status) for x in data.left_out] == [
        ("Skole", (m.Relation.FATHER,), "none")
    ]
    services = tmp_path / "services.pdf"
    render_plan(data, services, printed_on=TODAY)
    qpdf_ok(services)
    body = _one_line(services)
    assert "Planen deles ikke med disse tjenestene:" in body
    assert "Skole: far har ikke samtykket" in body

    family = tmp_path / "family.pdf"
    render_plan(family_version(data), family, printed_on=TODAY)
    family_body = _one_line(family)
    assert "Hvem planen deles med" in family_body
    assert "har ikke samtykket" not in family_body and "deles ikke med disse" not in family_body

    nn = tmp_path / "nn.pdf"
    render_plan(data, nn, printed_on=TODAY, lang="nn")
    assert "Skule: far har ikkje samtykt" in _one_line(
        nn
    ) or "Skole: far har ikkje samtykt" in _one_line(nn)


def test_withdrawn_and_fully_covered(uow_factory: UowFactory, tmp_path: Path) -> None:
    case_id = create_demo_case(uow_factory(), TODAY).case_id
    (_, _), (first, _) = meeting_choices(uow_factory(), case_id)
    data = plan_data(uow_factory(), first)
    withdrawn = dataclasses.replace(
        data,
        left_out=(
            dataclasses.replace(
                data.left_out[0], missing=(m.Relation.FATHER, m.Relation.MOTHER), status="withdrawn"
            ),
        ),
    )
    pdf = tmp_path / "w.pdf"
    render_plan(withdrawn, pdf, printed_on=TODAY)
    assert "Skole: far og mor har trukket samtykket tilbake" in _one_line(pdf)
    covered = dataclasses.replace(data, left_out=())
    pdf2 = tmp_path / "c.pdf"
    render_plan(covered, pdf2, printed_on=TODAY)
    assert "deles ikke med disse" not in _one_line(pdf2)
