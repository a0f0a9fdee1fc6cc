"""Innstillinger > Språk, and the language applied at start as app.py does it."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from familiemote.app import install_translators, uninstall_translators
from familiemote.services.demo import create_demo_case
from familiemote.services.printing import meeting_choices
from familiemote.ui.language import (
    KEY_LANGUAGE,
    choose_language,
    set_ui_language,
    system_language,
    ui_language,
)
from familiemote.ui.print_actions import consent_document, plan_document
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
LRELEASE = Path(__import__("sys").executable).parent / "pyside6-lrelease"

# A string of the main window and its nynorsk, compiled like the real catalogue.
FIXTURE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Innstillinger</source>
        <translation>&amp;Innstillingar</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def nynorsk_at_start(qapp: QApplication, settings: QSettings) -> Iterator[list[QTranslator]]:
    """Start as app.run_gui does with ``ui/language = nn`` stored."""
    settings.setValue(KEY_LANGUAGE, "nn")
    translators = install_translators(qapp, choose_language(settings))
    yield translators
    uninstall_translators(qapp, translators)


def test_default_language_follows_the_system_locale(settings: QSettings) -> None:
    assert system_language(QLocale("nn_NO")) == "nn"
    assert system_language(QLocale("nn")) == "nn"
    assert system_language(QLocale("nb_NO")) == "nb"
    assert system_language(QLocale("en_US")) == "nb"
    assert system_language(QLocale("se_NO")) == "nb"  # nordsamisk: bokmål
    assert choose_language(settings, QLocale("nn_NO")) == "nn"  # nothing stored
    settings.setValue(KEY_LANGUAGE, "nb")
    assert choose_language(settings, QLocale("nn_NO")) == "nb"  # the stored choice wins
    settings.setValue(KEY_LANGUAGE, "klingon")
    assert choose_language(settings, QLocale("en_US")) == "nb"  # nonsense is ignored


def test_nynorsk_setting_is_applied_at_start(
    qapp: QApplication, qtbot: QtBot, nynorsk_at_start: list[QTranslator]
) -> None:
    assert ui_language() == "nn"
    # Qt's own buttons come from PySide6's nynorsk catalogue
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Leit i:"
    assert QCoreApplication.translate("QPlatformTheme", "&No") == "&Nei"
    # the app's own nynorsk catalogue is installed (last: it is looked up first)
    loaded = [Path(t.filePath()).name for t in nynorsk_at_start]
    assert loaded[-1] == "familiemote_nn.qm", loaded
    assert QLocale().name() == "nn_NO"  # dates and the calendar popup


def test_app_strings_are_looked_up_in_their_context(
    qapp: QApplication,
    make_window: MakeWindow,
    nynorsk_at_start: list[QTranslator],
    tmp_path: Path,
) -> None:
    """A window built after the translators shows the nynorsk of its strings."""
    ts = tmp_path / "fixture_nn.ts"
    ts.write_text(FIXTURE_TS, encoding="utf-8")
    qm = tmp_path / "fixture_nn.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    fixture = QTranslator()
    assert fixture.load(str(qm))
    assert fixture.translate("MainWindow", "&Innstillinger") == "&Innstillingar"
    qapp.installTranslator(fixture)
    try:
        window = make_window()
        titles = [a.text() for a in window.menuBar().actions()]
        assert "&Innstillingar" in titles, titles
    finally:
        qapp.removeTranslator(fixture)


def test_bokmaal_at_start_translates_qt_dialogs(
    qapp: QApplication, qtbot: QtBot, settings: QSettings
) -> None:
    settings.setValue(KEY_LANGUAGE, "nb")
    translators = install_translators(qapp, choose_language(settings))
    try:
        assert ui_language() == "nb"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Se i:"
        assert QCoreApplication.translate("QPrintDialog", "&Print") == "&Skriv ut"
        assert QCoreApplication.translate("QWizard", "&Next >") == "&Neste >"
    finally:
        uninstall_translators(qapp, translators)
    assert ui_language() == "nb"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"


def test_language_menu_stores_the_choice_for_the_next_start(
    make_window: MakeWindow, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a: told.append(text)
    )
    window = make_window()
    menu = window.language_menu
    assert menu.title() == "&Språk"
    actions = {a.text(): a for a in menu.actions()}
    assert set(actions) == {"&Bokmål", "&Nynorsk"}
    # nothing stored yet: the system locale's language is ticked
    ticked = "&Nynorsk" if system_language() == "nn" else "&Bokmål"
    assert [a.text() for a in menu.actions() if a.isChecked()] == [ticked]
    actions["&Nynorsk"].trigger()
    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert stored.value(KEY_LANGUAGE) == "nn"
    assert actions["&Nynorsk"].isChecked() and not actions["&Bokmål"].isChecked()
    assert len(told) == 1 and "neste gang programmet startes" in told[0]
    assert ui_language() == "nb"  # applied after a restart, not now
    actions["&Bokmål"].trigger()  # back to the language in use: nothing to restart
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value(KEY_LANGUAGE) == "nb"
    assert len(told) == 1


def test_print_from_the_app_uses_its_language(ui_uow: UowFactory) -> None:
    case_id = create_demo_case(ui_uow(), TODAY).case_id
    (meeting_id, _), *_ = meeting_choices(ui_uow(), case_id)
    set_ui_language("nn")
    try:
        plan = plan_document(ui_uow, meeting_id, False, TODAY)
        consent = consent_document(ui_uow, case_id, TODAY)
    finally:
        set_ui_language(None)
    assert plan.title == "Oppfølgingsplan"
    assert consent.title == "Samtykkeskjema"
    for doc, nynorsk, bokmaal in (
        (plan, "Kven var med", "Hvem var med"),
        (consent, "Føresett som samtykkjer", "Foresatt som samtykker"),
    ):
        body = _pdf_text(doc.pdf_bytes())
        assert nynorsk in body and bokmaal not in body
    bokmaal_plan = plan_document(ui_uow, meeting_id, True, TODAY)
    assert bokmaal_plan.title == "Oppfølgingsplan, familiens kopi"
    assert "Hvem var med" in _pdf_text(bokmaal_plan.pdf_bytes())


def _pdf_text(data: bytes) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    return " ".join(result.stdout.decode("utf-8").split())
