"""Parent-facing documents in plain language: LIX of the running text, both languages.

LIX above 35 is hard going for many readers (tests/support/readability explains the
measure). What is measured is the app's own prose as printed; the plan's family copy
is measured with the meeting's free text left empty, since what the facilitator
types is theirs, and once with the free text of an ordinary meeting, for the record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest

from familiemote.domain import model as m
from familiemote.printing.consent_form import ConsentFormData, ConsentGuardian, render_consent_form
from familiemote.printing.evaluation_form import render_evaluation_form
from familiemote.printing.invitation import InvitationData, render_invitation
from familiemote.printing.leaflet import LeafletData, render_leaflet
from familiemote.printing.plan import (
    ContactPerson,
    PlanAction,
    PlanData,
    PlanParticipant,
    family_version,
    render_plan,
)
from tests.support.readability import MEASURED, body_paragraphs, lix, words

CEILING = 35.0
PRINTED = dt.date(2026, 11, 23)

CONSENT = ConsentFormData(
    child_first_name="Sofie",
    child_age=9,
    guardians=(ConsentGuardian("Kari Nordmann", m.Relation.MOTHER),),
    services=("Helsestasjonen", "PPT", "Skolen", "BUP"),
    contact_name="Hanne Eksempel",
    contact_service="Helsestasjonen",
    contact_phone="400 00 001",
)

PLAN = PlanData(
    child_first_name="Sofie",
    child_age=9,
    meeting_kind=m.MeetingKind.FAMILY,
    starts_at=dt.datetime(2026, 9, 13, 14, 0),
    place="Helsestasjonen, møterom 2",
    participants=(
        PlanParticipant("Kari Nordmann", m.ParticipantKind.FAMILY, relation=m.Relation.MOTHER),
        PlanParticipant(
            "Hanne Eksempel",
            m.ParticipantKind.PROFESSIONAL,
            service="Helsestasjonen",
            title="Helsesykepleier",
            roles=frozenset({m.Role.LEADER, m.Role.COORDINATOR}),
        ),
    ),
    family_description="Sofie gruer seg til skolen om morgenen. Hun sover dårlig.",
    child_voice="Sofie vil gjerne ha en fast plass i klassen.",
    decision=m.Decision.OTHER_MEASURES,
    decision_text="Vi prøver tiltakene i tre måneder og møtes igjen.",
    actions=(
        PlanAction(
            "Samtaler hver 14. dag",
            "Helsestasjonen",
            person="Hanne Eksempel",
            family_part="Foreldrene minner Sofie på timen",
            due_date=dt.date(2026, 10, 1),
            review_date=dt.date(2026, 12, 1),
        ),
    ),
    contact=ContactPerson("Hanne Eksempel", "Helsesykepleier", "Helsestasjonen", "400 00 001"),
    consent_services=("Helsestasjonen", "PPT"),
    guardians=("Kari Nordmann",),
)


def _measure(document: str, lang: str, paragraphs: list[str]) -> float:
    assert sum(len(words(p)) for p in paragraphs) >= 40, "too little text to measure"
    value = lix(paragraphs)
    MEASURED.append((document, lang, round(value, 1)))
    return value


def test_lix_counts_words_sentences_and_long_words() -> None:
    # 6 words, 2 sentences, 2 long words (more than six letters): 3 + 100 * 2/6
    assert lix(["Barnet sover dårlig. Foreldrene samarbeider godt."]) == pytest.approx(
        6 / 2 + 100 * 2 / 6
    )
    # a hard official sentence scores far above a plain one
    hard = ["Opplysningsplikten overfor barneverntjenesten gjelder uavhengig av samtykke."]
    easy = ["Du kan si nei. Barnet får hjelp likevel."]
    assert lix(hard) > 60 > CEILING > lix(easy)


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_consent_form_reads_plainly(lang: str) -> None:
    with body_paragraphs() as seen:
        render_consent_form(CONSENT, io.BytesIO(), printed_on=PRINTED, lang=lang)  # type: ignore[arg-type]
    value = _measure("Samtykkeskjema", lang, seen)
    assert value <= CEILING, "\n".join(seen)


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_family_copy_of_the_plan_reads_plainly(lang: str) -> None:
    empty = dataclasses.replace(
        PLAN, family_description="", child_voice="", services_view="", decision_text=""
    )
    with body_paragraphs() as own:
        render_plan(family_version(empty), io.BytesIO(), printed_on=PRINTED, lang=lang)  # type: ignore[arg-type]
    value = _measure("Oppfølgingsplan, familiens kopi (fast tekst)", lang, own)
    assert value <= CEILING, "\n".join(own)
    with body_paragraphs() as whole:
        render_plan(family_version(PLAN), io.BytesIO(), printed_on=PRINTED, lang=lang)  # type: ignore[arg-type]
    _measure("Oppfølgingsplan, familiens kopi (med møtetekst)", lang, whole)


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_evaluation_form_reads_plainly(lang: str, tmp_path: Path) -> None:
    pdf = tmp_path / "vurdering.pdf"
    render_evaluation_form(pdf, copies=1, lang=lang)  # type: ignore[arg-type]
    # drawn on the canvas, not from paragraphs: measured as printed, a block per paragraph
    printed = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    blocks = [" ".join(b.split()) for b in printed.split("\n\n") if b.strip()]
    value = _measure("Vurdering av samtalen", lang, blocks)
    assert value <= CEILING, "\n".join(blocks)


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_leaflet_for_the_family_reads_plainly(lang: str) -> None:
    with body_paragraphs() as seen:
        render_leaflet(LeafletData(PLAN.contact), io.BytesIO(), printed_on=PRINTED, lang=lang)
    value = _measure("Om familiemøtet (til familien)", lang, seen)
    assert value <= CEILING, "\n".join(seen)


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_invitation_reads_plainly(lang: str) -> None:
    invitation = InvitationData(
        child_first_name=PLAN.child_first_name,
        meeting_kind=PLAN.meeting_kind,
        starts_at=PLAN.starts_at,
        place=PLAN.place,
        participants=PLAN.participants,
        contact=PLAN.contact,
    )
    with body_paragraphs() as seen:
        render_invitation(invitation, io.BytesIO(), printed_on=PRINTED, lang=lang)
    # its own sentences; the table, the names and the bullet lists are not prose
    value = _measure("Invitasjon til møtet", lang, seen)
    assert value <= CEILING, "\n".join(seen)
