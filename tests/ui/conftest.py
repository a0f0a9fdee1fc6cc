from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from familiemote.resources_path import resource_path
from familiemote.storage.db import Database, open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.main_window import MainWindow
from tests.support.fixture_types import MakeWindow, UowFactory

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(autouse=True)
def bokmaal_counts(qapp: QApplication) -> Iterator[None]:
    """As in the app in bokmål: a count's singular («1 sak») comes from familiemote_nb.
    A test that installs the nynorsk translators puts them in front of this one."""
    translator = QTranslator()
    assert translator.load("familiemote_nb", str(resource_path("translations")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def ui_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(sqlite_url(tmp_path / "ui.sqlite"))
    yield db
    db.dispose()


@pytest.fixture
def ui_uow(ui_db: Database) -> Callable[[], SqlAlchemyUnitOfWork]:
    return lambda: SqlAlchemyUnitOfWork(ui_db.session_factory)


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(
    qtbot: QtBot, ui_uow: UowFactory, settings_path: Path, ui_db: Database
) -> MakeWindow:
    def make() -> MainWindow:
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = MainWindow(ui_uow, settings, ui_db.display_location, today=lambda: TODAY)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture(params=["nb", "nn"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each test in bokmål and in nynorsk: the nynorsk translators installed as the
    program installs them for a user who chose it."""
    from familiemote.app import install_translators, uninstall_translators

    lang = str(request.param)
    translators = install_translators(qapp, lang) if lang == "nn" else []
    yield lang
    if translators:
        uninstall_translators(qapp, translators)
