"""Sources are cited as a reader finds them (author, year, title, chapter), never as line
numbers of the seed texts: in the content files, the help boxes, the meeting guide's notes,
the README, and the printed documents."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from familiemote.domain import model as m
from familiemote.domain.errors import ContentError
from familiemote.resources_path import resource_path
from familiemote.services import help as help_service
from familiemote.services import pathway, sources
from familiemote.ui.help_panel import sources_text

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
LINE_REF = re.compile(r"\b\d{3}:\d+")


def _content_files() -> list[Path]:
    return sorted(Path(str(resource_path("content"))).glob("*.json"))


def _all_sources(node: object) -> list[str]:
    out: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "sources" and isinstance(value, list):
                out += [str(v) for v in value]
            elif key == "source" and isinstance(value, str):
                out.append(value)
            else:
                out += _all_sources(value)
    elif isinstance(node, list):
        for item in node:
            out += _all_sources(item)
    return out


def test_no_content_file_has_a_line_number_and_every_source_is_a_chapter() -> None:
    files = _content_files()
    assert {p.name for p in files} >= {"help_nb.json", "help_nn.json", "pathway_nb.json"}
    cited = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not LINE_REF.findall(text), path.name
        for source in _all_sources(json.loads(text)):
            number, chapter = sources.parse(source)
            assert number in sources.REPORTS, source
            assert chapter.startswith(("kap. ", "vedlegg ")), source
            cited += 1
    assert cited > 50


def test_a_line_number_is_refused() -> None:
    for bad in ("004:3514-3518", "004 kap. 8.3.2 (004:3514)", "8.3.2 Familiemøter"):
        with pytest.raises(ContentError):
            sources.parse(bad)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed texts are not beside the project")
def test_every_cited_chapter_is_a_heading_of_its_report() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    import cite_sources

    seen: set[str] = set()
    for path in _content_files():
        seen.update(_all_sources(json.loads(path.read_text(encoding="utf-8"))))
    for source in sorted(seen):
        number, chapter = sources.parse(source)
        lines = next(SEEDS.glob(f"{number}_*.txt")).read_text(encoding="utf-8").splitlines()
        heads = cite_sources.headings(lines) if number != "000" else []
        heads = heads if len(heads) > 20 else cite_sources.caps_headings(lines)
        titles = {
            (".".join(str(p) for p in parts), title.casefold()) for _at, parts, title in heads
        }
        if chapter.startswith("kap. "):
            num, _, title = chapter.removeprefix("kap. ").partition(" ")
        else:
            num, title = "", chapter.split(": ", 1)[1]
        assert (num, title.casefold()) in titles, source


def test_help_and_guide_notes_cite_author_year_title_and_chapter(qapp: QApplication) -> None:
    for lang in ("nb", "nn"):
        content = help_service.load_help(lang)
        for phase in m.Phase:
            text = sources_text(content.phase(phase).sources)
            assert text.startswith(("Kilde: ", "Kjelde: ")), text
            assert "Møreforsking Molde 2016, «Kvalitet i alle ledd», kap. " in text, text
            assert not LINE_REF.search(text), text
    for kind in m.MeetingKind:
        for step in pathway.load_content().guide(kind):
            if step.sources:
                cited = sources.cite(step.sources)
                assert "kap. " in cited or "vedlegg A: " in cited, cited
                assert not LINE_REF.search(cited), cited
    note = sources.cite(["004 kap. 8.3.2 Familiemøter", "004 kap. 8.4 Brukernes vurdering"])
    assert note == (
        "Skrove mfl., Møreforsking Molde 2016, «Kvalitet i alle ledd», kap. 8.3.2 Familiemøter "
        "og kap. 8.4 Brukernes vurdering"
    )


def test_the_meeting_guide_note_shows_the_chapter(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QLabel

    from familiemote.ui.meeting_common import note_box

    box = note_box("Hvorfor", "Tekst.", ("004 kap. 8.3.2 Familiemøter",))
    label = box.findChild(QLabel, "helpSource")
    assert label is not None
    assert label.text() == (
        "Kilde: Skrove mfl., Møreforsking Molde 2016, «Kvalitet i alle ledd», "
        "kap. 8.3.2 Familiemøter"
    )


def test_the_readme_cites_chapters_not_lines() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert not LINE_REF.findall(text)
    assert "«Kvalitet i alle ledd», kap. 8.3.2" in text


def test_printed_documents_have_no_line_numbers(tmp_path: Path) -> None:
    import datetime as dt

    from familiemote.printing.consent_form import render_consent_form
    from familiemote.printing.evaluation_form import render_evaluation_form
    from familiemote.printing.plan import render_plan
    from familiemote.services import demo
    from familiemote.services import printing as printing_service
    from familiemote.storage.db import open_database, sqlite_url
    from familiemote.storage.uow import SqlAlchemyUnitOfWork
    from tests.support.pdf import text

    today = dt.date(2026, 11, 22)
    db = open_database(sqlite_url(tmp_path / "p.sqlite"))
    try:
        uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
        result = demo.create_demo_case(uow(), today)
        meeting_id = printing_service.meeting_choices(uow(), result.case_id)[0][0]
        plan = printing_service.plan_data(uow(), meeting_id)
        consent = printing_service.consent_form_data_for_print(uow(), result.case_id, today)
        for lang in ("nb", "nn"):
            out = {
                "plan": tmp_path / f"plan-{lang}.pdf",
                "familie": tmp_path / f"familie-{lang}.pdf",
                "samtykke": tmp_path / f"samtykke-{lang}.pdf",
                "vurdering": tmp_path / f"vurdering-{lang}.pdf",
            }
            render_plan(plan, out["plan"], printed_on=today, lang=lang)  # type: ignore[arg-type]
            render_plan(plan, out["familie"], printed_on=today, family_copy=True, lang=lang)  # type: ignore[arg-type]
            render_consent_form(consent, out["samtykke"], printed_on=today, lang=lang)  # type: ignore[arg-type]
            render_evaluation_form(out["vurdering"], lang=lang)  # type: ignore[arg-type]
            for name, pdf in out.items():
                body = text(pdf)
                assert len(body) > 200, (name, lang)
                found = LINE_REF.findall(body)
                assert not found, (name, lang, found)
    finally:
        db.dispose()


def test_no_screen_text_cites_a_line_number() -> None:
    """Every string of the user interface (the translation file holds them all) and its
    nynorsk: a source is a chapter, never «000:8110-8112»."""
    import xml.etree.ElementTree as ET

    ts = ROOT / "resources" / "translations" / "familiemote_nn.ts"
    found = [
        text
        for message in ET.parse(ts).getroot().iter("message")
        for text in (message.findtext("source") or "", message.findtext("translation") or "")
        if LINE_REF.search(text)
    ]
    assert not found
