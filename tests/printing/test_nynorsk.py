"""The printed documents in nynorsk, read back with pdftotext.

Each document is printed from the same data in bokmål and in nynorsk: the
nynorsk words are on the nynorsk paper and the bokmål words are not, what the
meeting wrote is printed as written, and the checksum (over the content) is the
same in both languages.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from familiemote.domain import model as m
from familiemote.printing.consent_form import ConsentFormData, ConsentGuardian, render_consent_form
from familiemote.printing.evaluation_form import render_evaluation_form
from familiemote.printing.plan import (
    CarriedAction,
    ContactPerson,
    PlanAction,
    PlanData,
    PlanParticipant,
    render_plan,
)
from familiemote.printing.tally import render_tally
from familiemote.printing.texts import Lang
from familiemote.services.evaluations import evaluation_tally
from tests.support.fixture_types import UowFactory
from tests.support.pdf import assert_fonts_embedded, qpdf_ok, text

PRINTED = dt.date(2026, 11, 23)

PLAN = PlanData(
    child_first_name="Sofie",
    child_age=9,
    meeting_kind=m.MeetingKind.FAMILY,
    starts_at=dt.datetime(2026, 9, 13, 14, 0),
    place="Helsestasjonen, møterom 2",
    participants=(
        PlanParticipant("Kari Nordmann", m.ParticipantKind.FAMILY, relation=m.Relation.MOTHER),
        PlanParticipant("Sofie", m.ParticipantKind.CHILD),
        PlanParticipant(
            "Hanne Eksempel",
            m.ParticipantKind.PROFESSIONAL,
            service="Helsestasjonen",
            title="Helsesykepleier",
            roles=frozenset({m.Role.LEADER, m.Role.COORDINATOR}),
        ),
        PlanParticipant(
            "Per Eksempel",
            m.ParticipantKind.PROFESSIONAL,
            service="PPT",
            attendance=m.Attendance.ABSENT_WITHOUT_NOTICE,
        ),
    ),
    family_description="Sofie gruer seg til skolen.",
    child_voice="",
    decision=m.Decision.OTHER_MEASURES,
    actions=(
        PlanAction(
            "Støttesamtaler hver 14. dag",
            "Helsestasjonen",
            person="Hanne Eksempel",
            family_part="Foreldrene minner Sofie på timen",
            due_date=dt.date(2026, 10, 1),
            review_date=dt.date(2026, 12, 1),
        ),
    ),
    carried_over=(
        CarriedAction(
            PlanAction("Søvndagbok", "Familien", status=m.ActionStatus.IN_PROGRESS),
            agreed_on=dt.date(2026, 6, 1),
        ),
    ),
    contact=ContactPerson("Hanne Eksempel", "Helsesykepleier", "Helsestasjonen", "12345678"),
    consent_services=("Helsestasjonen", "PPT"),
    guardians=("Kari Nordmann",),
)

CONSENT = ConsentFormData(
    child_first_name="Sofie",
    child_age=9,
    guardians=(ConsentGuardian("Kari Nordmann", m.Relation.MOTHER),),
    services=("Helsestasjonen", "PPT", "Skolen"),
    contact_name="Hanne Eksempel",
    contact_service="Helsestasjonen",
    contact_phone="12345678",
)


def _both(render: Callable[[Path, Lang], object], tmp_path: Path) -> tuple[str, str, str, str]:
    """(bokmål text, nynorsk text, bokmål checksum, nynorsk checksum)."""
    out: dict[str, tuple[str, str]] = {}
    langs: tuple[Lang, Lang] = ("nb", "nn")
    for lang in langs:
        pdf = tmp_path / f"{lang}.pdf"
        checksum = render(pdf, lang)
        qpdf_ok(pdf)
        assert_fonts_embedded(pdf)
        out[lang] = (text(pdf), str(checksum))
    return out["nb"][0], out["nn"][0], out["nb"][1], out["nn"][1]


def test_plan_in_nynorsk(tmp_path: Path) -> None:
    nb, nn, nb_sum, nn_sum = _both(
        lambda pdf, lang: render_plan(PLAN, pdf, printed_on=PRINTED, lang=lang), tmp_path
    )
    for word in (
        "Kven var med",
        "Namn",
        "Deltek som",
        "Møteleiar",
        "Ikkje til stades",
        "Avgjerd",
        "Andre tiltak, inga tilvising no",
        "Tiltak vi vart samde om: kven gjer kva, når",
        "Ansvarleg",
        "Ny vurdering",
        "Tiltak frå tidlegare møte",
        "ikkje vurdert enno",
        "Kven planen blir delt med",
        "tenestene",
        "Ikkje skrive ned i møtet.",  # the child's voice was left empty
        "Underskrift, føresett: Kari Nordmann",
        "Stad og dato",
        "Skrive ut 23.11.2026",
        "Side 1 av",
    ):
        assert word in nn, word
    for word in ("Hvem var med", "Beslutning", "Ansvarlig", "tjenestene", "ikke", "foresatt"):
        assert word not in nn, word
        assert word in nb, word
    # what the meeting wrote is printed as written, in both
    for written in ("Sofie gruer seg til skolen.", "Støttesamtaler hver 14. dag"):
        assert written in nb and written in nn
    assert nb_sum == nn_sum  # the checksum is over the content, not the wording
    assert nb_sum in nn


def test_plan_pdf_says_its_language(tmp_path: Path) -> None:
    pdf = tmp_path / "plan.pdf"
    render_plan(PLAN, pdf, printed_on=PRINTED, lang="nn")
    qpdf_ok(pdf)
    raw = pdf.read_bytes()
    assert b"nn-NO" in raw and b"nb-NO" not in raw


def test_consent_form_in_nynorsk(tmp_path: Path) -> None:
    nb, nn, nb_sum, nn_sum = _both(
        lambda pdf, lang: render_consent_form(CONSENT, pdf, printed_on=PRINTED, lang=lang),
        tmp_path,
    )
    for word in (
        "Føresett som samtykkjer: Kari Nordmann",
        "Felles samtykkeskjema for tenestene som hjelper barnet",
        "Du vel sjølv kva tenester",
        "Teneste",
        "Anna teneste:",
        "Samtykket gjeld til og med (dato):",
        "Underskrift, føresett: Kari Nordmann",
        "Barnet skal få seie kva det meiner",
        "Denne plikta gjeld òg om du ikkje har sagt ja her.",
        "tenesta kan vere med på familiemøte om barnet.",
    ):
        assert word in nn, word
    for word in ("Foresatt som samtykker", "tjenester", "Underskrift, foresatt", "gjelder"):
        assert word not in nn, word
        assert word in nb, word
    assert nb_sum == nn_sum


def test_evaluation_form_in_nynorsk(tmp_path: Path) -> None:
    nb, nn, _, _ = _both(
        lambda pdf, lang: render_evaluation_form(pdf, copies=1, lang=lang), tmp_path
    )
    for word in ("Eg vart forstått og respektert", "ikkje skriv namn", "annan føresett"):
        assert word in nn, word
    for word in ("Jeg ble forstått", "ikke skriv navn", "annen foresatt"):
        assert word not in nn, word
        assert word in nb, word


def test_tally_in_nynorsk(uow_factory: UowFactory, tmp_path: Path) -> None:
    tally = evaluation_tally(uow_factory(), dt.date(2026, 1, 1), None, "Eksempel kommune")
    nb, nn, nb_sum, nn_sum = _both(
        lambda pdf, lang: render_tally(tally, pdf, printed_on=PRINTED, lang=lang), tmp_path
    )
    for word in (
        "Vurdering av samtalen: resultat",
        "frå 01.01.2026",
        "Kven svara",
        "Alderen til barnet",
        "Ingen skjema er registrerte for perioden.",
        "Eg vart forstått og respektert",
        "utan svar",
    ):
        assert word in nn, word
    for word in ("Hvem svarte", "Barnets alder", "skjemaer", "ubesvart"):
        assert word not in nn, word
        assert word in nb, word
    assert nb_sum == nn_sum


@pytest.mark.parametrize("document", ["plan", "consent"])
def test_unknown_language_is_refused(document: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        if document == "plan":
            render_plan(PLAN, tmp_path / "x.pdf", printed_on=PRINTED, lang="en")  # type: ignore[arg-type]
        else:
            render_consent_form(CONSENT, tmp_path / "x.pdf", printed_on=PRINTED, lang="en")  # type: ignore[arg-type]


def test_cli_prints_the_evaluation_form_in_nynorsk(tmp_path: Path) -> None:
    out = tmp_path / "skjema.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "familiemote",
            "print",
            "evaluation",
            "--sprak",
            "nn",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    body = text(out)
    assert "Eg vart forstått og respektert" in body
    assert "Jeg ble forstått" not in body
