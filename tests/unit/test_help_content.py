"""The shipped help texts: every phase and guide step has one; translations fall back to bokmål."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from familiemote.domain import model as m
from familiemote.domain.errors import ContentError
from familiemote.resources_path import resource_path
from familiemote.services import help as help_service
from familiemote.services import pathway


def test_every_phase_and_guide_step_has_help_with_a_named_source() -> None:
    content = help_service.load_help("nb")
    guides = pathway.load_content().guides
    for phase in m.Phase:
        text = content.phase(phase)
        assert len(text.purpose) > 40 and len(text.found) > 40, phase
        assert text.sources and all(
            "Møreforsking" in s.report or "Deloitte" in s.report or "KS" in s.report
            for s in text.sources
        ), phase
    for kind, steps in guides.items():
        for step in steps:
            text = content.step(kind, step.key)
            assert text is not None, (kind, step.key)
            assert text.purpose and text.found and text.sources, (kind, step.key)
            # every cited report has a readable name, not just its file number
            assert all(not s.report[:3].isdigit() for s in text.sources), (kind, step.key)


def test_a_translation_overrides_entry_by_entry_and_falls_back_to_bokmaal(tmp_path: Path) -> None:
    shutil.copy(resource_path("content", "help_nb.json"), tmp_path / "help_nb.json")
    nn = {
        "phases": {
            "bekymring": {
                "purpose": "Kva fasen er til.",
                "found": "Kva dei fann.",
                "sources": ["004 kap. 8.3.2 Familiemøter"],
            }
        }
    }
    (tmp_path / "help_nn.json").write_text(json.dumps(nn), encoding="utf-8")
    content = help_service.load_help_files(tmp_path, "nn")
    assert content.phase(m.Phase.BEKYMRING).purpose == "Kva fasen er til."
    nb = help_service.load_help_files(tmp_path, "nb")
    assert content.phase(m.Phase.OPPFOLGING) == nb.phase(m.Phase.OPPFOLGING)
    # a language without a file is bokmål
    assert help_service.load_help_files(tmp_path, "se") == nb


def test_a_phase_without_help_is_refused(tmp_path: Path) -> None:
    data = json.loads(resource_path("content", "help_nb.json").read_text(encoding="utf-8"))
    del data["phases"]["utredning"]
    (tmp_path / "help_nb.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError):
        help_service.load_help_files(tmp_path, "nb")
