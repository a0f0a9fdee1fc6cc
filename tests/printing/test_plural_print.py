"""A printed count says one form as «1 utfylt skjema», not «1 utfylte skjemaer», in
bokmål and nynorsk (the results report of the families' evaluation forms)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from familiemote.domain import model as m
from familiemote.printing.tally import render_tally
from familiemote.services.evaluations import NewEvaluation, add_evaluations, evaluation_tally
from tests.support.fixture_types import UowFactory
from tests.support.pdf import qpdf_ok, text

TODAY = dt.date(2026, 11, 22)
AUTUMN = (dt.date(2026, 9, 1), dt.date(2026, 11, 30))
SAID = {
    "nb": {1: "1 utfylt skjema er registrert.", 2: "2 utfylte skjemaer er registrert."},
    "nn": {1: "1 utfylt skjema er registrert.", 2: "2 utfylte skjema er registrerte."},
}


def _form(score: int) -> NewEvaluation:
    return NewEvaluation(*AUTUMN, "Eksempel", m.Respondent.PARENT, 9, score, score, score, score)


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_one_form_and_two_forms(uow_factory: UowFactory, tmp_path: Path, lang: str) -> None:
    add_evaluations(uow_factory(), [_form(5)], TODAY)
    one = tmp_path / "one.pdf"
    render_tally(evaluation_tally(uow_factory, *AUTUMN), one, printed_on=TODAY, lang=lang)  # type: ignore[arg-type]
    qpdf_ok(one)
    body = " ".join(text(one).split())
    assert SAID[lang][1] in body, body[:400]

    add_evaluations(uow_factory(), [_form(4)], TODAY)
    two = tmp_path / "two.pdf"
    render_tally(evaluation_tally(uow_factory, *AUTUMN), two, printed_on=TODAY, lang=lang)  # type: ignore[arg-type]
    body = " ".join(text(two).split())
    assert SAID[lang][2] in body, body[:400]
    assert SAID[lang][1] not in body
