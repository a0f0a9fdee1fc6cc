"""The one-folder PyInstaller build starts, fills the demo database, prints a plan and opens.

Builds packaging/familiemote.spec once per test session (about a minute) into a
temporary folder and runs the frozen executable as a user would, with no
Python environment around it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "riktig hest batteri stift"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("pyinstaller")
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    result = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
         str(ROOT / "packaging" / "familiemote.spec")],
        capture_output=True, text=True, check=False, cwd=out,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    exe = out / "dist" / "familiemote" / "familiemote"
    assert exe.is_file()
    yield exe
    shutil.rmtree(out, ignore_errors=True)


def clean_env(tmp_path: Path) -> dict[str, str]:
    """No Python environment: only what a user's session would have."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "FAMILIEMOTE_PASSPHRASE": PASSPHRASE,
        "LANG": "C.UTF-8",
    }


def run(exe: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True, timeout=120, check=False,
        cwd=env["HOME"],
    )


def test_frozen_app_runs_without_python(frozen_app: Path, tmp_path: Path) -> None:
    (tmp_path / "home").mkdir()
    env = clean_env(tmp_path)
    version = run(frozen_app, env, "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("familiemote ")

    db = tmp_path / "demo.sqlite"
    demo = run(frozen_app, env, "demo", "--db", str(db))
    assert demo.returncode == 0, demo.stderr
    assert "Eksempelsaken er lagt inn" in demo.stdout

    # the printing command line: fonts, ReportLab and the encrypted database in the bundle
    pdf = tmp_path / "plan.pdf"
    printed = run(
        frozen_app, env, "print", "plan", "--meeting", "2", "--db", str(db), "-o", str(pdf)
    )
    assert printed.returncode == 0, printed.stderr
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Sofie" in text
    assert "Oppfølgingsplan" in text or "oppfølgingsplan" in text.lower()

    # the page preview needs PDFium inside the bundle
    assert list(frozen_app.parent.rglob("libpdfium*")), "libpdfium missing from the bundle"

    # the window opens on the demo database and keeps running until closed
    proc = subprocess.Popen(
        [str(frozen_app), "--db", str(db)], env=env, cwd=env["HOME"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        time.sleep(8)
        assert proc.poll() is None, proc.communicate()
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert "Traceback" not in out + err
    assert os.path.getsize(db) > 0
