"""Extract the app's strings into the nynorsk translation and compile the .qm files.

    python scripts/update_translations.py           update resources/translations/*.ts, compile .qm
    python scripts/update_translations.py --check   exit 1 if a .ts misses strings from the code

The app's source strings are bokmål, so bokmål needs no translation file of its
own; nynorsk is `familiemote_nn.ts`. Translate new strings in Qt Linguist
(pyside6-linguist) or by editing the .ts, then run this script again.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
APP_TS = TRANSLATIONS / "familiemote_nn.ts"
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    files = sorted(
        str(p)
        for p in (ROOT / "familiemote").rglob("*.py")
        if "ui/forms" not in p.as_posix()  # the .ui files are the sources of those
    )
    files += sorted(str(p) for p in (ROOT / "forms").glob("*.ui"))
    return files


def lupdate(ts: Path) -> None:
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "nn_NO",
            *sources(),
            "-ts",
            str(ts),
        ],
        check=True,
    )


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, or None when unfinished or empty."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, source)] = (tr.text or "") if done and tr is not None and tr.text else None
    return out


def check() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        if APP_TS.exists():
            fresh.write_bytes(APP_TS.read_bytes())
        lupdate(fresh)
        wanted = messages(fresh)
    have = messages(APP_TS) if APP_TS.exists() else {}
    problems = []
    for key in sorted(wanted):
        if key not in have:
            problems.append(f"not in {APP_TS.name}: {key[0]}: {key[1]!r}")
        elif have[key] is None:
            problems.append(f"not translated: {key[0]}: {key[1]!r}")
    return problems


def compile_all() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main() -> int:
    if "--check" in sys.argv:
        problems = check()
        for p in problems:
            print(p)
        return 1 if problems else 0
    lupdate(APP_TS)
    compile_all()
    left = [p for p in check() if p.startswith("not translated")]
    print(f"{APP_TS.name}: {len(messages(APP_TS))} strings, {len(left)} not translated yet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
