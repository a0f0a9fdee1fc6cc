"""Every user-visible string exists in bokmål and nynorsk.

- the app's strings: every string is found by scripts/i18n_extract.py (no text
  handed to Qt outside tr(), no dynamic tr() whose strings are not marked), has
  a nynorsk translation in resources/translations/familiemote_nn.ts, and the
  shipped .qm is compiled from the .ts as it is now;
- Qt's own strings (buttons, file and print dialogs, wizard, context menus): the
  source strings are English, so bokmål needs qtbase_nb (ours) and nynorsk
  uses qtbase_nn from PySide6; every string of the dialogs the app opens has a
  bokmål translation;
- printed documents: every printed text has its nynorsk in printing/texts.py
  (or evaluation_form.TEXTS), the pathway content has pathway_nn.json, and
  neither uses bokmål word forms.
"""

from __future__ import annotations

import ast
import json
import re
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from familiemote.printing import common, consent_form, evaluation_form, tally, texts

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from i18n_extract import Message, Problem, extract, numerus_keys, untranslated  # noqa: E402
from update_translations import (  # noqa: E402
    APP_TS,
    BIN,
    NB_TS,
    TRANSLATIONS,
    check,
    check_against,
    read_ts,
)

PRINTING = ROOT / "familiemote" / "printing"
CONTENT = ROOT / "resources" / "content"


def _listing(problems: list[Any], limit: int = 60) -> str:
    shown = "\n".join(str(p) for p in problems[:limit])
    more = f"\n… and {len(problems) - limit} more" if len(problems) > limit else ""
    return f"{len(problems)} problem(s):\n{shown}{more}"


# --- the app's strings -------------------------------------------------------------------


def test_every_tr_call_can_be_extracted() -> None:
    _, problems = extract()
    assert not problems, _listing(problems)


def test_tr_on_another_object_is_a_problem(tmp_path: Path) -> None:
    """``window.tr("…")`` is looked up under the window's class at run time, so the
    extractor cannot file it; such strings once stayed bokmål in the nynorsk menus."""
    sample = tmp_path / "menu.py"
    sample.write_text(
        "class Menu:\n"
        "    def __init__(self, window):\n"
        '        window.tr("Skriv &ut")\n'
        '        self.window.tr("Velg en sak i listen først.")\n'
        '        self.tr("Dette er greit")\n',
        encoding="utf-8",
    )
    messages, problems = extract([sample])
    assert [p.line for p in problems] == [3, 4]
    assert [m.source for m in messages] == ["Dette er greit"]


def test_no_text_reaches_qt_without_tr() -> None:
    problems = untranslated()
    assert not problems, "wrap these in self.tr() / QCoreApplication.translate():\n" + _listing(
        problems
    )


def test_the_scanner_finds_untranslated_text(tmp_path: Path) -> None:
    """The check above must be able to fail: a file with every kind of slip."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton\n"
        'TITLE = "Lagre plan"\n'
        "class W:\n"
        "    def build(self, n):\n"
        '        QLabel("Barnets navn")\n'
        '        self.button.setText(f"Lagre {n} tiltak")\n'
        '        QMessageBox.warning(self, "Feil", self.tr("Noe gikk galt"))\n'
        "        self.setWindowTitle(TITLE)\n"
        '        self.combo.addItem("Bokmål", "nb")\n'
        '        self.tabs.addTab(self.page, self.tr("&Oversikt"))\n'
        '        QPushButton(self.tr("&Lagre"))\n'
        '        QLabel("<b>{}</b>")\n'
        '        QLabel("Familiemøte")\n'
        '        QLabel("Ikke dette")  # i18n: not text\n',
        encoding="utf-8",
    )
    found = untranslated([sample])
    texts_found = {p.what.split("untranslated text ")[1] for p in found}
    assert texts_found == {
        "'Barnets navn'",
        "'Lagre '",
        "' tiltak'",
        "'Feil'",
        "'Lagre plan'",
        "'Bokmål'",
    }, found
    assert all(isinstance(p, Problem) for p in found)


def test_every_string_has_a_nynorsk_translation() -> None:
    """Fails, listing them, until every string of the UI is translated into nynorsk."""
    problems = check()
    assert not problems, (
        "strings without nynorsk (run scripts/update_translations.py, translate in "
        f"{APP_TS.name}):\n" + _listing(problems)
    )


# --- counts: Qt's plural forms -----------------------------------------------------------

# a number field in a message, and the word after it (past «av {total}» / «av høyst {limit}»)
_COUNT = re.compile(
    r"\{(?:n|count|total|days|hours|left|limit|copies|held|forms|\w+_count)\}\)?"
    r" (?:av (?:høyst )?\{\w+\} )?([\wæøåÆØÅ]+)"
)
# the word after a count that needs the singular for one: plural nouns and adjectives
# («skjemaer», «dager», «åpne», «utfylte»), and the few forms that are the same in the
# singular of the source but not the plural («forfalt», «invitert», «overlevering»)
_PLURAL = re.compile(r"^\w{2,}(?:er|ne|te)$|^(?:nye|forfalt|invitert|overlevering)$")


def count_without_forms(messages: list[Message]) -> list[str]:
    """Messages that put a number before a word that changes for one, without plural
    forms: «{n} saker slettes» shows «1 saker slettes». Their text must be a count
    (``self.tr("%n saker slettes", "", n)``) with a singular in bokmål and nynorsk."""
    out = []
    for msg in messages:
        if msg.numerus:
            continue
        words = [w for w in _COUNT.findall(msg.source) if _PLURAL.match(w)]
        if words or "(er)" in msg.source:
            out.append(f"{msg.path}:{msg.line}: {msg.context}: {msg.source!r}")
    return sorted(set(out))


def test_every_count_on_screen_has_plural_forms() -> None:
    messages, _ = extract()
    assert numerus_keys(messages)  # the counts were found
    problems = count_without_forms(messages)
    assert not problems, (
        "give these counts singular and plural forms (self.tr(\"%n saker …\", \"\", n), "
        f"forms in {NB_TS.name} and {APP_TS.name}):\n" + _listing(problems)
    )


def test_the_count_checks_can_fail(tmp_path: Path) -> None:
    """A count string without plural forms, a count without %n, and a count whose forms
    are missing in bokmål or nynorsk, or have one form only, are each caught."""
    sample = tmp_path / "counts.py"
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "class Dialog:\n"
        "    def texts(self, n):\n"
        '        self.tr("{n} saker slettes").format(n=n)\n'
        '        self.tr("Familiens kopi og {n} skjema(er)").format(n=n)\n'
        '        self.tr("{n} år")\n'
        '        self.tr("Påstand {n} er ikke besvart.")\n'
        '        self.tr("%n saker slettes", "", n)\n'
        '        QCoreApplication.translate("Dialog", "%n dager", None, n)\n'
        '        self.tr("saker slettes", "", n)\n'
        '        self.tr("%n saker")\n'
        "def tr(text, n=-1):\n"
        '    return QCoreApplication.translate("Mod", text, None, n)\n'
        'tr("%n møter", 2)\n'
        'tr("Lagre")\n',
        encoding="utf-8",
    )
    messages, problems = extract([sample])
    assert [p.line for p in problems] == [10, 11]  # a count without %n, %n without a count
    # a helper that passes its count on: a call with a count is a count, one without is not
    assert [m.line for m in messages if m.numerus] == [8, 9, 10, 14]
    assert [m.source for m in messages if m.line == 15] == ["Lagre"]
    flagged = count_without_forms(messages)
    assert [f.split(":")[1] for f in flagged] == ["4", "5"]

    ctx = "Dialog"
    deleted, days = (ctx, "%n saker slettes", ""), (ctx, "%n dager", "")
    wanted, numerus = [deleted, days], {deleted, days}
    nn = {deleted: ["%n sak blir sletta", "%n saker blir sletta"], days: ["%n dag", "%n dagar"]}
    nb = {deleted: ["%n sak slettes", "%n saker slettes"], days: ["%n dag", "%n dager"]}
    assert check_against(wanted, numerus, nn, nb) == []
    assert check_against(wanted, numerus, nn, {deleted: nb[deleted]}) == [
        f"no bokmål forms in {NB_TS.name}: Dialog: '%n dager'"
    ]
    one_form = check_against(wanted, numerus, {**nn, days: ["%n dag"]}, nb)
    assert len(one_form) == 1 and "without its 2 forms" in one_form[0]
    plain = check_against(wanted, numerus, {**nn, days: "%n dagar"}, nb)
    assert len(plain) == 1 and "without its 2 forms" in plain[0]
    no_number = check_against(wanted, numerus, nn, {**nb, days: ["ein dag", "%n dager"]})
    assert len(no_number) == 1 and "lacks %n" in no_number[0]
    untranslated_ = check_against(wanted, numerus, {deleted: None, days: nn[days]}, nb)
    assert untranslated_ == ["not translated: Dialog: '%n saker slettes'"]


@pytest.mark.parametrize("ts", [NB_TS, APP_TS], ids=lambda p: p.name)
def test_compiled_counts_say_one_and_many(ts: Path, qapp: QApplication) -> None:
    """Every count's forms reach the shipped .qm: Qt picks the first for 1, the second
    for 0 and 2 or more (bokmål and nynorsk)."""
    forms = {key: value for key, value in read_ts(ts).items() if isinstance(value, list)}
    assert len(forms) >= 15
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    wrong = []
    for (ctx, source, comment), (one, many) in forms.items():
        for n, form in ((1, one), (2, many), (0, many), (21, many)):
            got = translator.translate(ctx, source, comment or None, n)
            if got != form:  # QTranslator gives the form; translate() puts the number in
                wrong.append(f"{ctx}: {source!r} for {n}: {got!r}")
    assert not wrong, _listing(wrong)


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_shipped_qm_is_compiled_from_the_ts(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True
    )
    shipped = ts.with_suffix(".qm")
    assert shipped.is_file(), f"{shipped.name} is missing: run scripts/update_translations.py"
    assert shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped.name} is older than {ts.name}: run scripts/update_translations.py"
    )


# --- Qt's own strings --------------------------------------------------------------------

# The Qt classes whose strings the app's users see: message boxes, button boxes, the
# text fields' context menus, the file dialogs, the print dialog (Linux: Qt's own), the
# first-run wizard, scroll bars.
QT_CONTEXTS = (
    "QPlatformTheme",
    "QDialogButtonBox",
    "QMessageBox",
    "QLineEdit",
    "QWidgetTextControl",
    "QAbstractSpinBox",
    "QComboBox",
    "QDialog",
    "QInputDialog",
    "QProgressDialog",
    "QScrollBar",
    "QWizard",
    "QFileDialog",
    "QFileSystemModel",
    "QPrintDialog",
    "QPageSetupWidget",
    "QPrintPropertiesDialog",
    "QPrintPropertiesWidget",
    "QPrintSettingsOutput",
    "QPrintWidget",
    "QCupsJobWidget",
    "QCupsPrinterSupport",
)
NOT_SHOWN = re.compile(r"About Qt|Qt is a C\+\+ toolkit")  # the app has no "About Qt"

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def qm_messages(path: Path) -> list[tuple[str, str, str]]:
    """(context, source, comment) of every message in a compiled .qm file."""
    data = path.read_bytes()
    assert data[:16] == _QM_MAGIC, f"{path} is not a .qm file"
    pos, body = 16, b""
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        if tag == 0x69:  # the messages block
            body = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
    out: list[tuple[str, str, str]] = []
    current: dict[int, str] = {}
    p = 0
    while p < len(body):
        tag = body[p]
        p += 1
        if tag == 1:  # end of a message
            out.append((current.get(7, ""), current.get(6, ""), current.get(8, "")))
            current = {}
        elif tag == 3:  # a translation (UTF-16)
            length = struct.unpack(">I", body[p : p + 4])[0]
            p += 4 + (0 if length == 0xFFFFFFFF else length)
        elif tag in (6, 7, 8):  # source text, context, comment (UTF-8)
            length = struct.unpack(">I", body[p : p + 4])[0]
            current[tag] = body[p + 4 : p + 4 + length].decode("utf-8")
            p += 4 + length
        elif tag == 5:  # obsolete hash
            p += 4
        else:
            raise AssertionError(f"unexpected tag {tag} in {path}")
    return out


def _qt_nn() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_nn.qm"


def test_qt_dialogs_are_translated_into_bokmaal(qapp: QApplication) -> None:
    """Qt ships no bokmål: our qtbase_nb must cover every string of the dialogs the app
    opens. Qt's own nynorsk catalogue lists those strings for the Qt version in use."""
    reference = [
        (ctx, src, comment)
        for ctx, src, comment in qm_messages(_qt_nn())
        if ctx in QT_CONTEXTS and not NOT_SHOWN.search(src)
    ]
    assert len(reference) > 200  # the catalogue was read
    nb = QTranslator()
    assert nb.load(str(TRANSLATIONS / "qtbase_nb.qm"))
    missing = [
        f"{ctx}: {src!r}"
        for ctx, src, comment in reference
        if not nb.translate(ctx, src, comment or None)
    ]
    assert not missing, "add these to resources/translations/qtbase_nb.ts:\n" + _listing(missing)


def test_qt_nynorsk_catalogue_is_there() -> None:
    """Nynorsk uses PySide6's own qtbase_nn.qm (also bundled by packaging/familiemote.spec)."""
    names = {ctx for ctx, _, _ in qm_messages(_qt_nn())}
    assert {"QFileDialog", "QPrintDialog", "QPlatformTheme"} <= names
    spec = (ROOT / "packaging" / "familiemote.spec").read_text(encoding="utf-8")
    assert "qtbase_nn.qm" in spec


# --- printed documents -------------------------------------------------------------------

_BOKMAAL = re.compile(
    r"\b(ikke|hva|hvem|hvor|hvordan|hvis|jeg|fra|bare|også|tjenesten?e?|tjenester|skolen?"
    r"|ansvarlig|mulig|navn|navnet|uke|uker|måned|måneder|velg|åpne|avsluttet|henvisning\w*"
    r"|foresatte?|noe|noen|gjelder|sier|etter hvert|ennå)\b",
    re.IGNORECASE,
)


def _printed_literals() -> list[tuple[str, int, str]]:
    """Every literal text passed to tx(lang, …) or s.t(…) in familiemote/printing."""
    found: list[tuple[str, int, str]] = []

    def literals(node: ast.AST) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.IfExp):
            return literals(node.body) + literals(node.orelse)
        return []

    for path in sorted(PRINTING.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            if isinstance(f, ast.Name) and f.id == "tx" and len(node.args) == 2:
                arg = node.args[1]
            elif isinstance(f, ast.Attribute) and f.attr == "t" and len(node.args) == 1:
                arg = node.args[0]
            else:
                continue
            found += [(path.name, node.lineno, text) for text in literals(arg)]
    return found


def test_every_printed_text_has_nynorsk() -> None:
    printed = _printed_literals()
    assert len(printed) > 100  # the scan found the texts
    texts_ = {t for _, _, t in printed}
    texts_ |= set(common.LABELS.values())
    texts_ |= {t for pair in consent_form.PURPOSE_TEXTS.values() for t in pair}
    texts_ |= set(tally.GROUP_NAMES.values())
    missing = sorted(t for t in texts_ if t not in texts.NN)
    assert not missing, "add to familiemote/printing/texts.py NN:\n" + _listing(missing)


def test_printed_nynorsk_keeps_placeholders_and_is_nynorsk() -> None:
    field = re.compile(r"{\w*}")
    problems = []
    for nb, nn in texts.NN.items():
        if sorted(field.findall(nb)) != sorted(field.findall(nn)):
            problems.append(f"placeholders differ: {nb!r} -> {nn!r}")
        if _BOKMAAL.search(nn):
            problems.append(f"bokmål word {_BOKMAAL.search(nn).group(0)!r} in {nn!r}")  # type: ignore[union-attr]
    assert not problems, _listing(problems)
    assert texts.tx("nn", "Sted og dato") == "Stad og dato"
    assert texts.tx("nb", "Sted og dato") == "Sted og dato"


def test_evaluation_form_texts_in_both_languages() -> None:
    nb, nn = evaluation_form.TEXTS["nb"], evaluation_form.TEXTS["nn"]
    assert set(nb) == set(nn)
    for key in nb:
        if isinstance(nn[key], str):
            assert not _BOKMAAL.search(str(nn[key])), (key, nn[key])
    assert nn["statements"] != nb["statements"]
    assert tally.statements("nn") == nn["statements"]


# --- the pathway content ------------------------------------------------------------------

_KEPT = ("key", "number", "days", "source", "sources", "format_version")


def _shape(nb: Any, nn: Any, path: str, problems: list[str], texts_: list[str]) -> None:
    if type(nb) is not type(nn):
        problems.append(f"{path}: {type(nb).__name__} vs {type(nn).__name__}")
    elif isinstance(nb, dict):
        if set(nb) != set(nn):
            problems.append(f"{path}: keys {sorted(set(nb) ^ set(nn))}")
        for k in set(nb) & set(nn):
            if k in _KEPT or k == "responsibilities_are_default":
                if nb[k] != nn[k]:
                    problems.append(f"{path}/{k}: must be the same in both languages")
            else:
                _shape(nb[k], nn[k], f"{path}/{k}", problems, texts_)
    elif isinstance(nb, list):
        if len(nb) != len(nn):
            problems.append(f"{path}: {len(nb)} vs {len(nn)} entries")
        for i, (a, b) in enumerate(zip(nb, nn, strict=False)):
            _shape(a, b, f"{path}[{i}]", problems, texts_)
    elif isinstance(nn, str):
        texts_.append(nn)


def test_pathway_content_in_nynorsk() -> None:
    from familiemote.services import pathway

    nb = json.loads((CONTENT / "pathway_nb.json").read_text(encoding="utf-8"))
    nn = json.loads((CONTENT / "pathway_nn.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    nn_texts: list[str] = []
    _shape(nb, nn, "", problems, nn_texts)
    for text in nn_texts:
        hit = _BOKMAAL.search(text)
        if hit:
            problems.append(f"bokmål word {hit.group(0)!r} in {text!r}")
    assert not problems, _listing(problems)
    content = pathway.load_content("nn")
    assert content.rules[0].text.startswith("Ein kontaktperson")
    assert pathway.load_content("nb").rules[0].text.startswith("En kontaktperson")
    assert pathway.load_content("se") == pathway.load_content("nb")  # no file: bokmål
