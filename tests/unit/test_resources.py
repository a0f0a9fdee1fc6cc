"""Shipped resources are present, current and consistent with the code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from familiemote.domain.model import Phase
from familiemote.resources_path import resource_path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_qt_forms_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_ui.py"), "--check"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_compiled_translations_are_current(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        out = tmp_path / (ts.stem + ".qm")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(out)], check=True)
        shipped = ts.with_suffix(".qm")
        assert shipped.exists(), f"{shipped.name} missing: run pyside6-lrelease {ts.name}"
        assert shipped.read_bytes() == out.read_bytes(), f"{shipped.name} is out of date"


def test_pathway_content_has_the_five_phases_in_order() -> None:
    content = json.loads(resource_path("content", "pathway_nb.json").read_text(encoding="utf-8"))
    assert [p["key"] for p in content["phases"]] == [p.value for p in Phase]
    assert [p["number"] for p in content["phases"]] == [1, 2, 3, 4, 5]
    assert len(content["referral_checklist"]["items"]) == 5
    epikrise = [d for d in content["phases"][4]["deadlines"] if d["days"] == 7]
    assert epikrise, "phase 5 must carry the 7-day epikrise deadline"


def test_fonts_with_norwegian_letters_are_shipped() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert resource_path("fonts", name).stat().st_size > 100_000


def test_resource_paths_are_those_importlib_resources_gives() -> None:
    """The start finds its files without importing importlib.resources; the same files."""
    from importlib.resources import as_file, files

    from familiemote.resources_path import resources_folder

    assert resources_folder() is not None  # this install is a folder on disk: the quick way
    for parts in (
        ("translations", "familiemote_nn.qm"),
        ("fonts", "DejaVuSans.ttf"),
        ("content", "pathway_nb.json"),
        ("translations",),
    ):
        with as_file(files("familiemote.resources").joinpath(*parts)) as expected:
            assert resource_path(*parts) == Path(expected)
