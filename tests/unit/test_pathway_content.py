"""The shipped pathway content loads into the typed model and matches the domain."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from familiemote.domain import model as m
from familiemote.domain.errors import ContentError
from familiemote.resources_path import resource_path
from familiemote.services import pathway
from familiemote.services.meetings import STEP_FIELDS


def raw() -> dict:  # type: ignore[type-arg]
    return json.loads(resource_path("content", "pathway_nb.json").read_text(encoding="utf-8"))


def test_content_describes_five_phases_with_three_parties() -> None:
    content = pathway.load_content()
    assert [p.phase for p in content.phases.values()] == list(m.Phase)
    for phase in content.phases.values():
        assert set(phase.responsibilities) == set(pathway.PARTIES)
        assert all(phase.responsibilities[p] for p in pathway.PARTIES)
        assert phase.responsibilities_are_default  # the reports give no task lists
        assert phase.decision_point and phase.sources
    five = content.phase(m.Phase.OPPFOLGING)
    assert any(d.days == 7 and "pikrise" in d.text for d in five.deadlines)
    one = content.phase(m.Phase.BEKYMRING)
    assert any(d.days == 28 and "astlege" in d.text for d in one.deadlines)


def test_checklist_and_guides() -> None:
    content = pathway.load_content()
    assert [e.item for e in content.checklist] == list(m.ChecklistItem)
    item5 = m.ChecklistItem.DOCUMENTATION_WITH_CONSENT
    assert "samtykke" in next(e.text for e in content.checklist if e.item == item5)
    family = [s.key for s in content.guide(m.MeetingKind.FAMILY)]
    assert family == [
        "formal_og_roller",
        "familiens_beskrivelse",
        "barnets_stemme",
        "tjenestenes_vurdering",
        "beslutning",
        "ansvar",
        "neste_mote",
    ]
    summary = [s.key for s in content.guide(m.MeetingKind.SUMMARY)]
    assert "epikrise" in summary
    # every text step the guide shows has somewhere to be stored
    special = {"formal_og_roller", "beslutning", "ansvar", "neste_mote", "epikrise"}
    assert set(family + summary) - special <= set(STEP_FIELDS)


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d["phases"].pop(),
        lambda d: d["phases"][0].update(key="ukjent"),
        lambda d: d["phases"][1]["responsibilities"].pop("familien"),
        lambda d: d["referral_checklist"]["items"].pop(),
        lambda d: d["meeting_guide"].pop("summary_meeting"),
        lambda d: d["meeting_guide"]["family_meeting"][0].update(prompt=""),
    ],
)
def test_broken_content_is_refused(breakage: Callable[[dict[str, Any]], object]) -> None:
    data = raw()
    breakage(data)
    with pytest.raises(ContentError):
        pathway.parse_content(data)
