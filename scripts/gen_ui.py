"""Regenerate familiemote/ui/forms/ui_*.py from forms/*.ui (pyside6-uic).

python scripts/gen_ui.py           regenerate
python scripts/gen_ui.py --check   exit 1 if a generated file is out of date
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "familiemote" / "ui" / "forms"


def uic() -> str:
    exe = shutil.which("pyside6-uic") or str(Path(sys.executable).parent / "pyside6-uic")
    return exe


def generate(ui_file: Path, target: Path) -> None:
    subprocess.run([uic(), "--from-imports", str(ui_file), "-o", str(target)], check=True)
    # uic stamps its own version in a comment; drop it so upgrades of PySide6
    # do not make every generated file look out of date.
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [line for line in lines if "Created by: Qt User Interface Compiler" not in line]
    target.write_text("".join(lines), encoding="utf-8")


def main() -> int:
    check = "--check" in sys.argv
    stale = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        target = OUT / f"ui_{ui_file.stem}.py"
        if check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / target.name
                generate(ui_file, fresh)
                if not target.exists() or fresh.read_text() != target.read_text():
                    stale.append(target.name)
        else:
            generate(ui_file, target)
    if stale:
        print("out of date (run python scripts/gen_ui.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
