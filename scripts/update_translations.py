"""Extract the app's strings into the nynorsk translation and compile the .qm files.

    python scripts/update_translations.py           update resources/translations/*.ts, compile .qm
    python scripts/update_translations.py --check   exit 1 if a string lacks a translation
    python scripts/update_translations.py --import F.json   take nynorsk from a JSON file
                                                    {"Context": {"source": "translation"}}
    python scripts/update_translations.py --import-nb F.json   take bokmål plural forms

The app's source strings are bokmål; nynorsk is `familiemote_nn.ts`. The
strings are found by scripts/i18n_extract.py (pyside6-lupdate misses the
module-level tr helpers). Translate new strings in Qt Linguist
(pyside6-linguist) or by editing the .ts, then run this script again.

Counts use Qt's plural forms (``self.tr("%n saker slettes", "", n)``, see
i18n_extract.py). Their source is the bokmål plural, so bokmål needs a small
file of its own, `familiemote_nb.ts`, with the singular and plural of each
count message and nothing else; nynorsk gives both forms too. In a JSON file a
count's translation is the pair [singular, plural]:
{"Context": {"%n saker slettes": ["%n sak slettes", "%n saker slettes"]}}.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from i18n_extract import ROOT, extract, numerus_keys, unique

TRANSLATIONS = ROOT / "resources" / "translations"
APP_TS = TRANSLATIONS / "familiemote_nn.ts"
NB_TS = TRANSLATIONS / "familiemote_nb.ts"  # the plural forms of the counts, nothing else
BIN = Path(sys.executable).parent
Key = tuple[str, str, str]  # context, source, disambiguation
# a plain message's text, a count's [singular, plural], None when not translated yet
Translation = str | list[str] | None
FORMS = 2  # bokmål and nynorsk: one, and everything else (0, 2, 3 …)
_FIELD = re.compile(r"{\w*}")


def read_ts(ts: Path) -> dict[Key, Translation]:
    """(context, source, comment) -> translation, or None when unfinished or empty."""
    out: dict[Key, Translation] = {}
    if not ts.exists():
        return out
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            tr = message.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            key = (name, source, comment)
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
                out[key] = forms if done and forms and all(forms) else None
                continue
            text = tr.text if tr is not None else None
            out[key] = text if done and text else None
    return out


def write_ts(ts: Path, wanted: list[Key], have: dict[Key, Translation],
             numerus: set[Key] | None = None, language: str = "nn_NO") -> None:
    numerus = numerus or set()
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="nb_NO")
    by_context: dict[str, list[Key]] = {}
    for key in wanted:
        by_context.setdefault(key[0], []).append(key)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for key in by_context[name]:
            message = ET.SubElement(context, "message")
            if key in numerus:
                message.set("numerus", "yes")
            ET.SubElement(message, "source").text = key[1]
            if key[2]:
                ET.SubElement(message, "comment").text = key[2]
            tr = ET.SubElement(message, "translation")
            value = have.get(key)
            if key in numerus:
                forms = value if isinstance(value, list) and len(value) == FORMS else None
                for i in range(FORMS):
                    ET.SubElement(tr, "numerusform").text = forms[i] if forms else None
                if not forms:
                    tr.set("type", "unfinished")
            elif isinstance(value, str) and value:
                tr.text = value
            else:
                tr.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def wanted_keys() -> tuple[list[Key], list[str], set[Key]]:
    """Every message, the extractor's problems, and which messages are counts."""
    messages, problems = extract()
    return list(unique(messages)), [str(p) for p in problems], numerus_keys(messages)


def form_problems(key: Key, value: Translation, is_count: bool) -> list[str]:
    """What is wrong with one translation, given whether its message is a count."""
    where = f"{key[0]}: {key[1]!r}"
    if not is_count:
        return [f"a count's forms for a message that is not a count: {where}"] if isinstance(
            value, list) else []
    if not isinstance(value, list) or len(value) != FORMS or not all(value):
        return [f"a count without its {FORMS} forms (singular, plural): {where}"]
    wanted = sorted(_FIELD.findall(key[1]))
    return [
        f"form {form!r} of {where} lacks %n or has other {{fields}} than the source"
        for form in value
        if "%n" not in form or sorted(_FIELD.findall(form)) != wanted
    ]


def check_against(wanted: list[Key], numerus: set[Key], nn: Mapping[Key, Translation],
                  nb: Mapping[Key, Translation]) -> list[str]:
    """Every message has its nynorsk in ``nn``, every count its nynorsk and bokmål forms."""
    problems: list[str] = []
    for key in wanted:
        is_count = key in numerus
        if key not in nn:
            problems.append(f"not in {APP_TS.name}: {key[0]}: {key[1]!r}")
        elif nn[key] is None:
            problems.append(f"not translated: {key[0]}: {key[1]!r}")
        else:
            problems += [f"{APP_TS.name}: {p}" for p in form_problems(key, nn[key], is_count)]
        if is_count:
            if nb.get(key) is None:
                problems.append(f"no bokmål forms in {NB_TS.name}: {key[0]}: {key[1]!r}")
            else:
                problems += [f"{NB_TS.name}: {p}" for p in form_problems(key, nb[key], True)]
    return problems


def check() -> list[str]:
    wanted, problems, numerus = wanted_keys()
    return problems + check_against(wanted, numerus, read_ts(APP_TS), read_ts(NB_TS))


def import_json(path: Path, have: dict[Key, Translation]) -> int:
    """Take translations from ``{"Context": {"source": "text" or [singular, plural]}}``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    count = 0
    for context, entries in data.items():
        for source, translation in entries.items():
            if isinstance(translation, list):
                if len(translation) != FORMS or not all(isinstance(f, str) and f
                                                        for f in translation):
                    raise SystemExit(f"{path}: {context}: {source!r}: a count needs "
                                     f"{FORMS} forms, [singular, plural]")
                have[(context, source, "")] = list(translation)
                count += 1
            elif translation:
                have[(context, source, "")] = translation
                count += 1
    return count


def _files_after(argv: list[str], option: str) -> list[str]:
    if option not in argv:
        return []
    rest = argv[argv.index(option) + 1:]
    ends = [i for i, a in enumerate(rest) if a.startswith("--")]
    return rest[: ends[0]] if ends else rest


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
    wanted, problems, numerus = wanted_keys()
    have = read_ts(APP_TS)
    nb = read_ts(NB_TS)
    for name in _files_after(argv, "--import"):
        print(f"{name}: {import_json(Path(name), have)} translations")
    for name in _files_after(argv, "--import-nb"):
        print(f"{name}: {import_json(Path(name), nb)} bokmål plural forms")
    write_ts(APP_TS, wanted, have, numerus)
    counts = [key for key in wanted if key in numerus]
    write_ts(NB_TS, counts, nb, numerus, language="nb_NO")
    compile_all()
    left = sum(1 for key in wanted if not have.get(key))
    for p in problems:
        print(p)
    print(f"{APP_TS.name}: {len(wanted)} strings, {left} not translated yet")
    nb_left = sum(1 for key in counts if not nb.get(key))
    print(f"{NB_TS.name}: {len(counts)} counts, {nb_left} without their bokmål forms yet")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
