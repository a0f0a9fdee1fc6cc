"""The leaflet for the family and the invitation letter, read back with pdftotext in both
languages: one A4 page, fonts embedded, text at 11 pt or more, the facts the family needs."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from familiemote.domain import model as m
from familiemote.ics import MEETING_MINUTES
from familiemote.printing.invitation import InvitationData, render_invitation
from familiemote.printing.leaflet import LeafletData, render_leaflet
from familiemote.printing.plan import ContactPerson, PlanParticipant
from familiemote.services import demo
from familiemote.services.family_letters import invitation_calendar, invitation_data
from tests.support.fixture_types import UowFactory
from tests.support.pdf import assert_fonts_embedded, is_a4, pages, qpdf_ok, text

PRINTED = dt.date(2026, 11, 30)
CONTACT = ContactPerson(
    "Hanne Eksempel", "Helsesykepleier", "Helsestasjon og skolehelsetjeneste", "400 00 001"
)
INVITATION = InvitationData(
    child_first_name="Sofie",
    meeting_kind=m.MeetingKind.FAMILY,
    starts_at=dt.datetime(2026, 12, 14, 14, 0),
    place="Helsestasjonen, møterom 2",
    participants=(
        PlanParticipant("Kari Nordmann", m.ParticipantKind.FAMILY, relation=m.Relation.MOTHER),
        PlanParticipant(
            "Per Lærer", m.ParticipantKind.PROFESSIONAL, service="Skole", title="Kontaktlærer"
        ),
    ),
    contact=CONTACT,
)

LEAFLET_WORDS = {
    "nb": [
        "Hva er et familiemøte?",
        "Hvem kommer?",
        "frivillig",
        "trekke et ja tilbake",
        "Hva skjer etterpå?",
        "Deres kontaktperson",
    ],
    "nn": [
        "Kva er eit familiemøte?",
        "Kven kjem?",
        "frivillig",
        "trekkje eit ja tilbake",
        "Kva skjer etterpå?",
        "Kontaktpersonen dykkar",
    ],
}
INVITATION_WORDS = {
    "nb": [
        "Invitasjon til familiemøte",
        "mandag 14. desember 2026",
        "kl. 14.00 til 15.30",
        "Helsestasjonen, møterom 2",
        "Hvem er invitert",
        "Ta gjerne med",
        "Kontaktperson",
    ],
    "nn": [
        "Invitasjon til familiemøte",
        "måndag 14. desember 2026",
        "kl. 14.00 til 15.30",
        "Helsestasjonen, møterom 2",
        "Kven er inviterte",
        "Ta gjerne med",
        "Kontaktperson",
    ],
}


def _flat(pdf: Path) -> str:
    return " ".join(text(pdf).split())


def _smallest_body_word(pdf: Path) -> float:
    """The height (the font size) of the smallest word above the footer stamp, in points."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    import re

    heights = []
    for y_min, y_max in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', html):
        if float(y_min) < 842 - 25 * 2.835:  # above the footer (22 mm)
            heights.append(float(y_max) - float(y_min))
    return min(heights)


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_leaflet_reads_back_on_one_page(lang: str, tmp_path: Path) -> None:
    pdf = tmp_path / f"leaflet-{lang}.pdf"
    render_leaflet(LeafletData(CONTACT), pdf, printed_on=PRINTED, lang=lang)
    qpdf_ok(pdf)
    assert pages(pdf) == 1 and is_a4(pdf)
    assert_fonts_embedded(pdf)
    flat = _flat(pdf)
    for words in LEAFLET_WORDS[lang]:
        assert words in flat, words
    assert "Hanne Eksempel" in flat and "400 00 001" in flat
    assert "barnevernet" in flat  # the duty to report, said plainly
    assert _smallest_body_word(pdf) >= 11  # a word box is as high as its font size


def test_leaflet_without_a_contact_has_lines_to_write_on(tmp_path: Path) -> None:
    pdf = tmp_path / "blank.pdf"
    render_leaflet(LeafletData(None), pdf, printed_on=PRINTED, lang="nn")
    flat = _flat(pdf)
    assert "Namn: ____" in flat and "Telefon: ____" in flat
    assert pages(pdf) == 1


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_invitation_reads_back_on_one_page(lang: str, tmp_path: Path) -> None:
    pdf = tmp_path / f"invitation-{lang}.pdf"
    render_invitation(INVITATION, pdf, printed_on=PRINTED, lang=lang)
    qpdf_ok(pdf)
    assert pages(pdf) == 1 and is_a4(pdf)
    assert_fonts_embedded(pdf)
    flat = _flat(pdf)
    for words in INVITATION_WORDS[lang]:
        assert words in flat, words
    assert "Kari Nordmann" in flat and "Per Lærer (Kontaktlærer" in flat
    assert "400 00 001" in flat and "Sofie" in flat
    assert _smallest_body_word(pdf) >= 11


def test_invitation_of_a_stored_meeting_and_its_calendar_file(
    uow_factory: UowFactory, tmp_path: Path
) -> None:
    from familiemote.services.printing import meeting_choices

    case = demo.create_demo_case(uow_factory(), dt.date(2026, 11, 22))
    meeting_id, starts = meeting_choices(uow_factory(), case.case_id)[0]
    data = invitation_data(uow_factory(), meeting_id, ("Barnets helsekort",))
    pdf = tmp_path / "invitasjon.pdf"
    render_invitation(data, pdf, printed_on=PRINTED, lang="nb")
    flat = _flat(pdf)
    assert "Barnets helsekort" in flat and data.child_first_name in flat
    assert f"{starts:%H.%M}" in flat
    calendar = invitation_calendar(meeting_id, data, "nn")
    assert "BEGIN:VEVENT" in calendar and f"DTSTART:{starts:%Y%m%dT%H%M}" in calendar
    end = starts + dt.timedelta(minutes=MEETING_MINUTES)
    assert f"DTEND:{end:%Y%m%dT%H%M}" in calendar
