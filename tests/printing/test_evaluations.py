"""Returned evaluation forms: typed in, tallied (missing answers lower only their item's N),
reported as PDF with tables and bar charts, and exported as CSV. On SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from familiemote.domain import model as m
from familiemote.domain.errors import ValidationError
from familiemote.printing.tally import GROUP_NAMES, STATEMENTS, render_tally
from familiemote.services.evaluations import (
    NewEvaluation,
    add_evaluations,
    compute_tally,
    delete_evaluation,
    evaluation_tally,
    list_evaluations,
    write_csv,
)
from tests.support.pdf import assert_fonts_embedded, pages, qpdf_ok, text

TODAY = dt.date(2026, 11, 22)
AUTUMN = (dt.date(2026, 9, 1), dt.date(2026, 11, 30))
SPRING = (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
P, C = m.Respondent.PARENT, m.Respondent.CHILD


def form(
    scores: tuple[int | None, int | None, int | None, int | None],
    respondent: m.Respondent | None = P,
    age: int | None = 9,
    period: tuple[dt.date, dt.date] = AUTUMN,
    municipality: str = "Eksempel",
) -> NewEvaluation:
    return NewEvaluation(period[0], period[1], municipality, respondent, age, *scores)


FORMS = [
    form((5, 5, 4, 5)),
    form((4, None, 4, 5), respondent=C, age=12),
    form((None, None, None, 3), respondent=None, age=None),
    form((0, 5, 5, None), age=14),
    form((5, 4, None, 4), respondent=C, age=8),
]


def test_missing_answers_lower_only_that_items_n(uow_factory) -> None:
    add_evaluations(uow_factory(), FORMS, TODAY)
    tally = evaluation_tally(uow_factory())
    assert tally.forms == 5
    assert [i.n for i in tally.items] == [4, 3, 3, 4]
    assert [i.missing for i in tally.items] == [1, 2, 2, 1]
    q1 = tally.items[0]
    assert q1.counts == (1, 0, 0, 0, 1, 2)
    assert q1.percent(5) == pytest.approx(50.0)
    assert q1.mean == pytest.approx(14 / 4)
    assert tally.items[3].counts == (0, 0, 0, 1, 1, 2)
    respondents = {g.key: g for g in tally.by_respondent}
    assert respondents["parent"].forms == 2 and respondents["child"].forms == 2
    assert respondents["missing"].forms == 1
    assert respondents["child"].ns == (2, 1, 1, 2)
    ages = {g.key: g.forms for g in tally.by_age}
    assert ages == {"0-5": 0, "6-9": 2, "10-12": 1, "13-15": 1, "16+": 0, "missing": 1}


def test_period_and_municipality_filters(uow_factory) -> None:
    add_evaluations(
        uow_factory(),
        [*FORMS, form((1, 1, 1, 1), period=SPRING), form((2, 2, 2, 2), municipality="Annen")],
        TODAY,
    )
    assert evaluation_tally(uow_factory()).forms == 7
    autumn = evaluation_tally(uow_factory(), dt.date(2026, 8, 1), dt.date(2026, 12, 31))
    assert autumn.forms == 6
    spring = evaluation_tally(uow_factory(), dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert spring.forms == 1 and spring.items[0].counts[1] == 1
    assert evaluation_tally(uow_factory(), municipality="Annen").forms == 1


def test_one_bad_form_stores_nothing(uow_factory) -> None:
    bad = form((5, 6, None, None))
    with pytest.raises(ValidationError) as info:
        add_evaluations(uow_factory(), [FORMS[0], bad], TODAY)
    assert info.value.field == "evaluations[1].q2"
    assert list_evaluations(uow_factory()) == []
    with pytest.raises(ValidationError):
        add_evaluations(uow_factory(), [form((1, 1, 1, 1), age=40)], TODAY)
    with pytest.raises(ValidationError):
        add_evaluations(uow_factory(), [form((1, 1, 1, 1), period=(AUTUMN[1], AUTUMN[0]))], TODAY)
    assert list_evaluations(uow_factory()) == []


def test_stored_forms_link_to_no_case_and_can_be_deleted(uow_factory) -> None:
    ids = add_evaluations(uow_factory(), FORMS[:2], TODAY)
    rows = list_evaluations(uow_factory())
    assert [r.id for r in rows] == ids
    assert rows[1].scores == (4, None, 4, 5)
    assert not hasattr(rows[0], "case_id")
    delete_evaluation(uow_factory(), ids[0])
    assert [r.id for r in list_evaluations(uow_factory())] == ids[1:]


def test_csv_export_reads_back_with_the_csv_module() -> None:
    rows_in = [
        *FORMS,
    ]
    from familiemote.services.evaluations import EvaluationRow

    rows = [
        EvaluationRow(
            i,
            f.period_start,
            f.period_end,
            "",
            f.respondent,
            f.child_age,
            (f.q1, f.q2, f.q3, f.q4),
            "",
            TODAY,
        )
        for i, f in enumerate(rows_in, start=1)
    ]
    buf = io.StringIO()
    write_csv(compute_tally(rows), buf, STATEMENTS, GROUP_NAMES)
    table = list(csv.reader(io.StringIO(buf.getvalue()), delimiter=";"))
    header = table[0]
    assert header[:4] == ["Påstand", "Tekst", "N", "Ubesvart"]
    first = dict(zip(header, table[1], strict=True))
    assert first["Tekst"] == "Jeg ble forstått og respektert"
    assert (first["N"], first["Ubesvart"], first["5"], first["5 %"]) == ("4", "1", "2", "50,0")
    assert first["Snitt"] == "3,50"
    assert [r[2] for r in table[1:5]] == ["4", "3", "3", "4"]
    flat = [cell for row in table for cell in row]
    assert "Barn/ungdom" in flat and "10–12 år" in flat and "Ikke oppgitt" in flat


def test_tally_report_pdf(uow_factory, tmp_path: Path) -> None:
    add_evaluations(uow_factory(), FORMS, TODAY)
    tally = evaluation_tally(uow_factory(), *AUTUMN)
    pdf = tmp_path / "tally.pdf"
    stamp = render_tally(tally, pdf, printed_on=TODAY)
    qpdf_ok(pdf)
    assert_fonts_embedded(pdf)
    body = text(pdf)
    assert "Periode: 01.09.2026–30.11.2026" in body
    assert "5 utfylte skjemaer" in body
    for i, statement in enumerate(STATEMENTS, start=1):
        assert f"{i}. {statement}" in body
    assert "N = 4 · ubesvart 1" in body and "N = 3 · ubesvart 2" in body
    assert "Antall 1 0 0 0 1 2 4" in body  # item 1 counts 0..5 and N
    assert "Prosent 25,0 % 0,0 % 0,0 % 0,0 % 25,0 % 50,0 %" in body
    assert "Hvem svarte" in body and "Barnets alder" in body
    assert "Nei, i liten grad" in body and "Ja, i stor grad" in body  # chart axis ends
    for p in range(1, pages(pdf) + 1):
        assert f"Kontrollsum {stamp}" in text(pdf, p, p)


def test_empty_tally_still_prints() -> None:
    buf = io.BytesIO()
    render_tally(compute_tally([]), buf, printed_on=TODAY)
    assert buf.getvalue().startswith(b"%PDF")
