"""The shipped information boxes: every box in both languages, checked like the app reads them."""

from __future__ import annotations

import json

import pytest

from familiemote.domain.errors import ContentError
from familiemote.resources_path import resource_path
from familiemote.services import info_boxes as ib

# the boxes the report names (kap. 8.5.1), plus the family meeting itself
NAMED = {
    "forlopet",
    "familiemotet",
    "tjenester",
    "veiledere",
    "lenker",
    "helsebiblioteket",
    "akutt",
    "mestring",
    "adhd",
    "autisme",
}


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_every_box_is_shipped_in_both_languages(lang: str) -> None:
    boxes = ib.shipped_boxes(lang)
    assert {b.key for b in boxes} == NAMED
    assert [b.key for b in boxes] == [b.key for b in ib.shipped_boxes("nb")]  # same order
    for box in boxes:
        assert box.title and box.covers and box.blocks, box.key
        assert box.sources, f"{box.key}: no source"
    data = json.loads(resource_path("content", f"info_boxes_{lang}.json").read_text("utf-8"))
    assert data["language"] == lang


def test_nynorsk_is_a_translation_not_a_copy() -> None:
    nb = {b.key: b for b in ib.shipped_boxes("nb")}
    nn = {b.key: b for b in ib.shipped_boxes("nn")}
    for key in NAMED:
        assert nb[key].text() != nn[key].text(), key
        assert [b.kind for b in nb[key].blocks] == [b.kind for b in nn[key].blocks], key
    assert "Kva" in nn["familiemotet"].covers
    assert "Hva" in nb["familiemotet"].covers


def test_defaults_are_marked_where_the_reports_are_silent() -> None:
    marked = {b.key for b in ib.shipped_boxes("nb") if b.is_default}
    # the pathway and the family meeting come from the report; the rest are defaults
    assert {"forlopet", "familiemotet"}.isdisjoint(marked)
    assert {"akutt", "adhd", "autisme", "veiledere", "mestring"} <= marked


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_the_acute_route_names_four_numbers_in_order_and_all_are_to_fill_in(lang: str) -> None:
    acute = next(b for b in ib.shipped_boxes(lang) if b.key == ib.ACUTE_KEY)
    phones = [b for b in acute.blocks if b.kind == "phone"]
    labels = [p.label for p in phones]
    assert labels[0] == "Legevakt" and labels[-1] == "Politiet"
    assert "BUP" in labels[1] and "arnevern" in labels[2]
    assert all(p.number == "" for p in phones)  # the municipality's own numbers
    assert "Kommunen må fylle inn" in acute.text()


def test_links_are_text_and_carry_an_address() -> None:
    for box in ib.shipped_boxes("nb"):
        for block in box.blocks:
            if block.kind == "link":
                assert block.address.startswith("https://"), block


def test_a_box_with_a_line_number_or_an_unknown_block_is_refused() -> None:
    good = ib.shipped_boxes("nb")[0].to_json()
    with pytest.raises(ContentError):
        ib.parse_box({**good, "sources": ["004:3820"]})
    with pytest.raises(ContentError):
        ib.parse_box({**good, "blocks": [{"type": "html", "text": "<b>x</b>"}]})
    with pytest.raises(ContentError):
        ib.parse_box({**good, "title": ""})
