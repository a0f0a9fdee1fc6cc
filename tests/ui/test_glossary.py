"""Hjelp > Ordliste: one term for one thing, in both languages, searchable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from familiemote.services.glossary import load_glossary
from familiemote.ui.glossary_dialog import GlossaryDialog
from familiemote.ui.language import set_ui_language
from tests.support.a11y import problems
from tests.support.fixture_types import MakeWindow
from tests.support.modal import when_shown

ROOT = Path(__file__).resolve().parents[2]
# the roles a nurse must tell apart («Koordinator» once meant two of them)
ROLES = {"nb": ("Kontaktperson", "Koordinator", "Stafettholder", "Initiativtaker"),
         "nn": ("Kontaktperson", "Koordinator", "Stafetthaldar", "Initiativtakar")}


def _rows(dialog: GlossaryDialog) -> list[tuple[str, str]]:
    t = dialog.table
    return [(t.item(r, 0).text(), t.item(r, 1).text()) for r in range(t.rowCount())]  # type: ignore[union-attr]


def test_every_term_in_both_languages_and_the_document_is_current() -> None:
    nb, nn = load_glossary("nb"), load_glossary("nn")
    assert len(nb) == len(nn) >= 20
    for lang, terms in (("nb", nb), ("nn", nn)):
        words = [t.term for t in terms]
        assert len(set(words)) == len(words), "a term listed twice"
        for role in ROLES[lang]:
            assert role in words, (lang, role)
    check = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "ordliste.py"), "--check"],
        capture_output=True, text=True, check=False,
    )
    assert check.returncode == 0, check.stdout


def test_the_glossary_opens_from_the_help_menu_and_narrows_as_you_type(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    opened: list[GlossaryDialog] = []

    def check(dialog: GlossaryDialog) -> None:
        opened.append(dialog)
        try:
            assert not problems(dialog)
            rows = _rows(dialog)
            assert len(rows) == len(load_glossary("nb"))
            qtbot.keyClicks(dialog.search, "stafett")
            shown = _rows(dialog)
            assert shown and all("stafett" in f"{w} {m}".casefold() for w, m in shown)
            assert "Stafettholder" in [w for w, _ in shown]
            dialog.search.clear()
            qtbot.keyClicks(dialog.search, "finnes ikke i lista")
            assert dialog.table.rowCount() == 0
            assert "Ingen ord" in dialog.count_label.text()
        finally:
            dialog.reject()

    seen = when_shown(GlossaryDialog, check)
    window.glossary_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    assert seen


def test_the_glossary_in_nynorsk(qtbot: QtBot) -> None:
    set_ui_language("nn")
    try:
        dialog = GlossaryDialog()
        qtbot.addWidget(dialog)
        words = [w for w, _ in _rows(dialog)]
        assert "Stafetthaldar" in words and "Avgjerd" in words and "Stafettholder" not in words
    finally:
        set_ui_language(None)
