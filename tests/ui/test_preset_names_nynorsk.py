"""Preset service names are stored once, in bokmål, and shown in the language in use.

The directory the first migration creates («Skole», «Helsestasjon og
skolehelsetjeneste», «Barnevernstjenesten» …) is stored in bokmål. A nynorsk user
must read «Skule», «Helsestasjon og skulehelseteneste» on every screen: the case's
tabs, the directory, the consent dialog. A name the municipality typed itself is
shown as typed. Saving a preset unchanged from a nynorsk screen keeps the stored
name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from familiemote.app import install_translators, uninstall_translators
from familiemote.domain.service_names import PRESET_SERVICES_NN
from familiemote.services import cases, demo, directory
from familiemote.services import consent as consent_service
from familiemote.ui.consent_dialog import ConsentDialog
from familiemote.ui.directory_dialog import DirectoryDialog
from tests.support.case_tabs import build_all_tabs
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY

# The presets whose nynorsk differs from the bokmål: a bokmål one on a nynorsk screen
# is a preset shown untranslated.
DIFFERENT = {nb: nn for nb, nn in PRESET_SERVICES_NN.items() if nb != nn}


def screen_text(root: QWidget) -> str:
    """Every text a user can read in ``root``: labels, buttons, lists, tables, combos."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabBar):
            out.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            root_index = QModelIndex()
            try:
                columns = model.columnCount(root_index)
            except TypeError:  # a list model keeps columnCount to itself: one column
                columns = 1
            for row in range(model.rowCount(root_index)):
                for column in range(columns):
                    value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                    out.append(str(value or ""))
    return "\n".join(out)


def bokmal_presets_in(text: str) -> list[str]:
    return [nb for nb in DIFFERENT if re.search(rf"(?<![\wæøå]){re.escape(nb)}(?![\wæøå])", text)]


@pytest.fixture
def nynorsk(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "nn")
    yield
    uninstall_translators(qapp, translators)


@pytest.fixture
def bokmal(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "nb")
    yield
    uninstall_translators(qapp, translators)


def _case_text(qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory) -> str:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    window.open_case(case_id)
    view = window.case_view
    qtbot.waitUntil(lambda: view.tabs.count() > 0 and view.isVisible(), timeout=60_000)
    build_all_tabs(view)  # every tab, as if each were clicked
    return screen_text(window)


def test_a_nynorsk_user_reads_the_preset_services_in_nynorsk_on_every_tab(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory, nynorsk: None
) -> None:
    text = _case_text(qtbot, make_window, ui_uow)
    assert bokmal_presets_in(text) == []
    # not vacuous: the demo's school and health station are on screen, in nynorsk
    assert "Skule" in text
    assert "Helsestasjon og skulehelseteneste" in text


def test_a_bokmal_user_reads_them_as_stored(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory, bokmal: None
) -> None:
    text = _case_text(qtbot, make_window, ui_uow)
    assert "Skole" in text and "Skule" not in text


def test_directory_and_consent_dialog_in_nynorsk(
    qtbot: QtBot, ui_uow: UowFactory, nynorsk: None
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    dialog = DirectoryDialog(ui_uow)
    qtbot.addWidget(dialog)
    text = screen_text(dialog)
    assert bokmal_presets_in(text) == []
    assert "Barnevernstenesta" in text and "Skule" in text

    detail = cases.get_case(ui_uow(), case_id)
    settings = consent_service.get_age_settings(ui_uow())
    consent = ConsentDialog(ui_uow, detail, TODAY, settings)
    qtbot.addWidget(consent)
    text = screen_text(consent)
    assert bokmal_presets_in(text) == []
    assert "Skule" in text


def test_saving_a_preset_unchanged_from_nynorsk_keeps_the_stored_name(
    qtbot: QtBot, ui_uow: UowFactory, nynorsk: None
) -> None:
    dialog = DirectoryDialog(ui_uow)
    qtbot.addWidget(dialog)
    editor = dialog.services
    row = next(i for i, s in enumerate(editor.services) if s.name == "Skole")
    editor.select_row(row)
    assert editor.name_edit.text() == "Skule"
    editor.phone_edit.setText("70 00 00 00")
    editor.save()
    stored = {s.name: s for s in directory.list_all_services(ui_uow())}
    assert "Skole" in stored and "Skule" not in stored
    assert stored["Skole"].phone == "70 00 00 00"
    # a name the user typed is the municipality's own, stored as typed
    editor.select_row(next(i for i, s in enumerate(editor.services) if s.name == "Skole"))
    editor.name_edit.setText("Skule i Ørsta")
    editor.save()
    names = {s.name for s in directory.list_all_services(ui_uow())}
    assert "Skule i Ørsta" in names and "Skole" not in names
