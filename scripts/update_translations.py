"""Extract the app's strings into the nynorsk translation and compile the .qm files.

    python scripts/update_translations.py           update resources/translations/*.ts, compile .qm
    python scripts/update_translations.py --check   exit 1 if a string lacks a translation
    python scripts/update_translations.py --import F.json   take translations from a JSON file
                                                    {"Context": {"source": "translation"}}

The app's source strings are bokmål, so bokmål needs no translation file of its
own; nynorsk is `familiemote_nn.ts`. The strings are found by
scripts/i18n_extract.py (pyside6-lupdate misses the module-level tr helpers).
Translate new strings in Qt Linguist (pyside6-linguist) or by editing the .ts,
then run this script again.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from i18n_extract import ROOT, extract, unique

TRANSLATIONS = ROOT / "resources" / "translations"
APP_TS = TRANSLATIONS / "familiemote_nn.ts"
BIN = Path(sys.executable).parent
Key = tuple[str, str, str]  # context, source, disambiguation


def read_ts(ts: Path) -> dict[Key, str | None]:
    """(context, source, comment) -> translation, or None when unfinished or empty."""
    out: dict[Key, str | None] = {}
    if not ts.exists():
        return out
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            tr = message.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            text = tr.text if tr is not None else None
            out[(name, source, comment)] = text if done and text else None
    return out


def write_ts(ts: Path, wanted: list[Key], have: dict[Key, str | None]) -> None:
    root = ET.Element("TS", version="2.1", language="nn_NO", sourcelanguage="nb_NO")
    by_context: dict[str, list[Key]] = {}
    for key in wanted:
        by_context.setdefault(key[0], []).append(key)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for key in by_context[name]:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = key[1]
            if key[2]:
                ET.SubElement(message, "comment").text = key[2]
            tr = ET.SubElement(message, "translation")
            if have.get(key):
                tr.text = have[key]
            else:
                tr.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def wanted_keys() -> tuple[list[Key], list[str]]:
    messages, problems = extract()
    return list(unique(messages)), [str(p) for p in problems]


def check() -> list[str]:
    wanted, problems = wanted_keys()
    have = read_ts(APP_TS)
    for key in wanted:
        if key not in have:
            problems.append(f"not in {APP_TS.name}: {key[0]}: {key[1]!r}")
        elif have[key] is None:
            problems.append(f"not translated: {key[0]}: {key[1]!r}")
    return problems


def import_json(path: Path, have: dict[Key, str | None]) -> int:
    data = json.loads(path.read_text(encoding="utf-8"))
    count = 0
    for context, entries in data.items():
        for source, translation in entries.items():
            if translation:
                have[(context, source, "")] = translation
                count += 1
    return count


def compile_all() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = check()
        for p in problems:
            print(p)
        return 1 if problems else 0
    wanted, problems = wanted_keys()
    have = read_ts(APP_TS)
    if "--import" in argv:
        for name in argv[argv.index("--import") + 1:]:
            print(f"{name}: {import_json(Path(name), have)} translations")
    write_ts(APP_TS, wanted, have)
    compile_all()
    left = sum(1 for key in wanted if not have.get(key))
    for p in problems:
        print(p)
    print(f"{APP_TS.name}: {len(wanted)} strings, {left} not translated yet")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
