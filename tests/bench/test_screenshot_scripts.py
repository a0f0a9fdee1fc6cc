"""The screenshot scripts that take their shots from the widgets themselves still run:
each is run whole (offscreen, as the suite's Qt is), and every PNG it names is written,
at the size of the window it shows.

CI does not otherwise run these scripts; this keeps their set-up (scripts/shots.py) and
the app's classes they drive from drifting apart unnoticed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
STEPS = (
    "formal-og-roller",
    "gjennomgang",
    "familiens-beskrivelse",
    "barnets-stemme",
    "tjenestenes-vurdering",
    "beslutning",
    "ansvar",
    "neste-mote",
    "avslutt",
)


def run_script(name: str, out: Path, *args: str) -> dict[str, QImage]:
    """``scripts/<name>`` run into ``out``; the PNGs it wrote, by file name."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / name), str(out), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,  # only a hang; a run takes some seconds
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    images = {p.name: QImage(str(p)) for p in out.glob("*.png")}
    for path, image in images.items():
        assert not image.isNull() and image.width() > 200 and image.height() > 200, path
    return images


def test_first_run_and_guide_screenshots(tmp_path: Path) -> None:
    images = run_script("screenshots_first_run_and_guide.py", tmp_path, "150", "nn")
    names = (
        "first-run-1-velkommen",
        "first-run-2-passordfrase",
        "first-run-3-eksempelsak",
        "om-familiemote",
        "hovedvindu-eksempelsak",
        "hovedvindu-hjelp-om-fasen",
        "moteguide-hjelp",
    )
    assert sorted(images) == sorted(f"{name}-150-nn.png" for name in names)
    for name in ("hovedvindu-eksempelsak", "hovedvindu-hjelp-om-fasen"):
        assert images[f"{name}-150-nn.png"].size().toTuple() == (1400, 900)


def test_meeting_guide_screenshots(tmp_path: Path) -> None:
    images = run_script("screenshots_meeting.py", tmp_path)
    assert sorted(images) == sorted(
        f"moteguide-steg-{i}-{key}.png" for i, key in enumerate(STEPS, start=1)
    )
    assert {image.size().toTuple() for image in images.values()} == {(1366, 768)}


def test_meetings_tab_screenshots(tmp_path: Path) -> None:
    images = run_script("screenshots_moter.py", tmp_path, "--scales", "150", "--lang", "nn")
    assert sorted(images) == ["moter-1280x720-150-nn.png", "moter-1400x900-150-nn.png"]
    assert images["moter-1280x720-150-nn.png"].size().toTuple() == (1280, 720)


def test_200_percent_screenshots(tmp_path: Path) -> None:
    images = run_script("screenshots_200.py", tmp_path, "--lang", "nn")
    assert sorted(images) == [
        "moteguide-avslutt-1280x720-200-nn.png",
        "moteguide-oppmote-1280x720-200-nn.png",
        "moteguide-tiltak-1280x720-200-nn.png",
        "moter-1280x720-200-nn.png",
        "moter-1280x720-200-uten-liste-nn.png",
    ]
    assert {image.size().toTuple() for image in images.values()} == {(1280, 720)}
