"""Help texts for the phases of the pathway and the steps of the meeting guide.

The texts are editable content (``resources/content/help_<language>.json``):
for each phase and guide step, what it is for ("purpose"), what the research
found ("found") and the source lines in the reports. A translation
(``help_nn.json``) has the same keys; whatever it lacks, or a language without a
file, falls back to bokmål, entry by entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from familiemote.domain import model as m
from familiemote.domain.errors import ContentError
from familiemote.resources_path import resource_path
from familiemote.services import sources
from familiemote.services.pathway import read_content_json

FALLBACK_LANGUAGE = "nb"
GUIDE_KEYS = {m.MeetingKind.FAMILY: "family_meeting", m.MeetingKind.SUMMARY: "summary_meeting"}


@dataclass(frozen=True)
class SourceRef:
    report: str  # author, year and title (services.sources.REPORTS)
    ref: str  # the chapter, e.g. "kap. 8.3.2 Familiemøter"


@dataclass(frozen=True)
class HelpText:
    purpose: str
    found: str
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class HelpContent:
    phases: dict[m.Phase, HelpText]
    steps: dict[tuple[m.MeetingKind, str], HelpText]

    def phase(self, phase: m.Phase) -> HelpText:
        return self.phases[phase]

    def step(self, kind: m.MeetingKind, key: str) -> HelpText | None:
        return self.steps.get((kind, key))


def _text(d: dict[str, Any], key: str, where: str) -> str:
    value = d.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"help {where}: missing text {key!r}")
    return value.strip()


def _entry(raw: Any, reports: dict[str, str], where: str) -> HelpText:
    if not isinstance(raw, dict):
        raise ContentError(f"help {where}: not an object")
    refs = raw.get("sources", [])
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        raise ContentError(f"help {where}: 'sources' must be a list of texts")
    return HelpText(
        purpose=_text(raw, "purpose", where),
        found=_text(raw, "found", where),
        sources=tuple(_source(r, reports, where) for r in refs),
    )


def _source(text: str, reports: dict[str, str], where: str) -> SourceRef:
    try:
        number, chapter = sources.parse(text)
    except ContentError as err:
        raise ContentError(f"help {where}: {err}") from err
    return SourceRef(sources.report_name(number, reports), chapter)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``over`` on top of ``base``, recursively: a translation may lack entries."""
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = _merge(base[key], value)
        else:
            merged[key] = value
    return merged


def parse_help(data: dict[str, Any]) -> HelpContent:
    """Check and convert the JSON; every phase needs a text. Raises :class:`ContentError`."""
    reports = data.get("reports", {})
    if not isinstance(reports, dict):
        raise ContentError("help: 'reports' must be an object")
    raw_phases = data.get("phases", {})
    if not isinstance(raw_phases, dict):
        raise ContentError("help: 'phases' must be an object")
    try:
        phases = {m.Phase(k): _entry(v, reports, k) for k, v in raw_phases.items()}
    except ValueError as exc:
        raise ContentError(f"help: {exc}") from exc
    if set(phases) != set(m.Phase):
        raise ContentError("help: every phase needs a help text")
    steps: dict[tuple[m.MeetingKind, str], HelpText] = {}
    guide = data.get("meeting_guide", {})
    for kind, name in GUIDE_KEYS.items():
        for key, raw in dict(guide.get(name, {})).items():
            steps[(kind, key)] = _entry(raw, reports, f"{name}/{key}")
    return HelpContent(phases=phases, steps=steps)


def load_help_files(folder: Path, language: str) -> HelpContent:
    """``help_<language>.json`` over ``help_nb.json`` from ``folder``."""
    data = read_content_json(folder / f"help_{FALLBACK_LANGUAGE}.json")
    own = folder / f"help_{language}.json"
    if language != FALLBACK_LANGUAGE and own.is_file():
        data = _merge(data, read_content_json(own))
    return parse_help(data)


@lru_cache(maxsize=4)
def load_help(language: str = FALLBACK_LANGUAGE) -> HelpContent:
    """The shipped help texts in ``language`` (read once per language)."""
    return load_help_files(resource_path("content"), language)
