"""The app as a screen reader and a keyboard-only user meet it: AT-SPI, real keys.

Starts the app on the demo database under Xvfb with the xcb platform plugin,
registered on the accessibility bus (a private D-Bus session, at-spi-bus-launcher,
at-spi2-registryd), and walks it with pyatspi, the interface Orca reads (the
walker, tests/support/atspi_walker.py, runs under the system Python that has
Debian's python3-pyatspi). It walks the main window with the demo case open (every
tab), the meeting guide and every window a button of the case page or a menu item
opens, presses real Tab and Shift+Tab keys, and fails on an interactive node
without a name, a field without a label, a table that keeps Tab, a control Tab
cannot reach, an empty Tab stop, and an error message that does not reach the bus.

The focus tour (what a screen reader says at the first 40 Tab stops of the main
window and of the meeting guide) is written next to the report; with
FAMILIEMOTE_WRITE_FOCUS_TOUR=1 it also replaces docs/accessibility/focus-tour.txt.

Skips only when the machine cannot run it (no Xvfb, D-Bus, AT-SPI or pyatspi);
with CI set, a missing piece fails instead (scripts/install-and-test.sh installs
them all).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# a real AT-SPI bus and a separate app process: far more than a few seconds
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
WALKER = ROOT / "tests" / "support" / "atspi_walker.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRY = "/usr/libexec/at-spi2-registryd"
COMMITTED_TOUR = ROOT / "docs" / "accessibility" / "focus-tour.txt"
FAULTY_TITLE = "Selvtest med feil med vilje"  # tests/support/atspi_app.py


def _missing() -> list[str]:
    missing = [
        tool for tool in ("Xvfb", "dbus-run-session", "dbus-send") if shutil.which(tool) is None
    ]
    missing += [path for path in (BUS_LAUNCHER, REGISTRY, SYSTEM_PYTHON) if not Path(path).exists()]
    if Path(SYSTEM_PYTHON).exists():
        probe = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, check=False
        )
        if probe.returncode != 0:
            missing.append("python3-pyatspi")
    return missing


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    missing = _missing()
    if missing:
        message = (
            f"the AT-SPI walk needs {', '.join(missing)} (Debian: xvfb dbus at-spi2-core "
            "python3-pyatspi; scripts/install-and-test.sh installs them)"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        number = numbers.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture(scope="module")
def walk(display: str, tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    out = tmp_path_factory.mktemp("atspi")
    workdir = out / "app"
    workdir.mkdir()
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "NO_AT_BRIDGE": "0",
        "PYTHONFAULTHANDLER": "1",  # a crash of the app prints where it was
        "PYTHONPATH": str(ROOT),
    }
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [
            "dbus-run-session",
            "--",
            SYSTEM_PYTHON,
            str(WALKER),
            "--out",
            str(out),
            sys.executable,
            "-m",
            "tests.support.atspi_app",
            str(workdir),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report_file = out / "report.json"
    assert result.returncode == 0 and report_file.exists(), result.stderr[-4000:]
    report = json.loads(report_file.read_text())
    tour = (out / "focus-tour.txt").read_text()
    report["tour_text"] = tour
    report["out"] = str(out)
    print(f"AT-SPI walk: {out}/report.json, focus tour {out}/focus-tour.txt")
    if os.environ.get("FAMILIEMOTE_WRITE_FOCUS_TOUR") == "1":
        COMMITTED_TOUR.parent.mkdir(parents=True, exist_ok=True)
        COMMITTED_TOUR.write_text(tour)
    return report


def test_the_walk_saw_the_main_window_the_guide_and_the_dialogs(walk: dict) -> None:  # type: ignore[type-arg]
    windows = "\n".join(walk["windows"])
    assert "frame «Familiemøte» (main window)" in windows
    assert "MeetingGuideDialog" in windows or "Møteguide" in windows, windows
    for dialog in ("NewCaseDialog", "ActionDialog", "ConsentDialog", "PhaseDialog"):
        assert dialog in windows, windows
    assert len(walk["windows"]) >= 12, windows


def test_no_accessibility_problems(walk: dict) -> None:  # type: ignore[type-arg]
    assert walk["app_exit"] == 0, "the app did not quit cleanly after the walk"
    problems = [p for p in walk["problems"] if FAULTY_TITLE not in p]
    assert problems == [], "\n".join(problems)


def test_the_walker_finds_every_fault_made_on_purpose(walk: dict) -> None:  # type: ignore[type-arg]
    """The self-test window (tests/support/atspi_app.py FaultyDialog): each fault is found."""
    found = "\n".join(p for p in walk["problems"] if FAULTY_TITLE in p)
    assert "no name: text «»" in found, found  # the field whose label is no buddy
    assert "no name: push button «»" in found, found
    assert "field without a label (its name is its value): combo box «Mor»" in found, found
    assert "the table keeps Tab: table «Felle»" in found, found
    assert "not reached by Tab: text «Telefon»" in found, found
    assert "the error «Navnet må fylles ut.» is not spoken" in found, found
    assert "the error «Navnet må fylles ut.» is not readable as text" in found, found


def test_the_focus_tour_moves_on_from_every_table(walk: dict) -> None:  # type: ignore[type-arg]
    main = walk["tours"]["main window (tab «Oversikt»)"]
    # the backup banner at the top first, then the search field, the case list once
    # and on into the case
    assert main[0] == "push button «Ta sikkerhetskopi nå …»", main
    assert main[1] == "push button «Minn meg på det igjen senere»", main
    assert main[2].startswith("text «Søk i saker»"), main
    assert main[3] == "table «Saker»", main
    assert sum("«Saker»" in stop for stop in main) == 1, main
    assert any("push button «Nytt møte»" in stop for stop in main), main
    assert walk["tours"]["meeting guide"], "the meeting guide was not toured"
