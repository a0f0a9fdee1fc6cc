"""Regenerate familiemote/ui/forms/ui_*.py from forms/*.ui (pyside6-uic).

python scripts/gen_ui.py           regenerate
python scripts/gen_ui.py --check   exit 1 if a generated file is out of date
"""

from __future__ import annotations

import ast
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


def import_line(module: str, names: list[str]) -> str:
    """One ``from module import ...`` statement laid out as uic writes it.

    uic puts a single name bare, and several in parentheses, four to a line,
    the continuation lines indented by four spaces.
    """
    if len(names) == 1:
        return f"from {module} import {names[0]}\n"
    rows = [", ".join(names[i : i + 4]) for i in range(0, len(names), 4)]
    return f"from {module} import (" + ",\n    ".join(rows) + ")\n"


def keep_used_imports(source: str) -> str:
    """``source`` with only the imported names its code uses.

    uic imports the same long list of Qt classes into every form (QGradient,
    QFontDatabase, QLocale, ...) whether the form uses them or not, and PySide6
    builds all of a class's enums the first time the class is imported: the
    unused names cost memory in every process that opens a form. Everything
    but the module-level ``from ... import`` statements is left as uic wrote it.
    """
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):  # from the end, so earlier line numbers stay valid
        if not isinstance(node, ast.ImportFrom) or node.module is None:
            continue
        if any(alias.asname is not None or alias.name == "*" for alias in node.names):
            continue  # uic writes neither; leave such a line alone
        names = [alias.name for alias in node.names if alias.name in used]
        assert node.end_lineno is not None
        start, end = node.lineno - 1, node.end_lineno
        lines[start:end] = [import_line(node.module, names)] if names else []
    return "".join(lines)


def generate(ui_file: Path, target: Path) -> None:
    subprocess.run([uic(), "--from-imports", str(ui_file), "-o", str(target)], check=True)
    # uic stamps its own version in a comment; drop it so upgrades of PySide6
    # do not make every generated file look out of date.
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [line for line in lines if "Created by: Qt User Interface Compiler" not in line]
    target.write_text(keep_used_imports("".join(lines)), encoding="utf-8")


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
