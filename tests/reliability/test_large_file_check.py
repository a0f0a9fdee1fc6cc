"""A file too large to check at every open (the page check reads all of it) opens at
once and is checked in the background once the window is up; damage is still told.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from familiemote import app as app_module
from familiemote.domain.errors import DatabaseOpenCode, DatabaseOpenError
from familiemote.storage import db as db_module
from familiemote.storage.db import check_pages, open_database, sqlite_url
from tests.support.battery import record
from tests.support.hostile import PASSPHRASE, damage, digest, make_demo_db


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = make_demo_db(tmp_path / "demo.sqlite")
    damage(path)
    return path


def test_a_small_file_is_checked_at_open(damaged: Path) -> None:
    with pytest.raises(DatabaseOpenError) as info:
        open_database(sqlite_url(damaged), passphrase=PASSPHRASE)
    assert info.value.code is DatabaseOpenCode.DAMAGED


def test_a_large_file_opens_at_once_and_its_damage_is_found_afterwards(
    damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "PAGE_CHECK_AT_OPEN_MAX_BYTES", 0)  # "large"
    before = digest(damaged)
    db = open_database(sqlite_url(damaged), passphrase=PASSPHRASE, migrate=False)
    try:
        assert db.pages_unchecked
        assert check_pages(db), "the background check must find the damaged page"
    finally:
        db.dispose()
    assert digest(damaged) == before


def test_a_whole_large_file_passes_the_background_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_demo_db(tmp_path / "whole.sqlite")
    monkeypatch.setattr(db_module, "PAGE_CHECK_AT_OPEN_MAX_BYTES", 0)
    db = open_database(sqlite_url(path), passphrase=PASSPHRASE)
    try:
        assert db.pages_unchecked and check_pages(db) == []
    finally:
        db.dispose()


def test_the_window_tells_of_damage_found_in_the_background(
    qtbot: QtBot, damaged: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "PAGE_CHECK_AT_OPEN_MAX_BYTES", 0)
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(damaged, copy)
    db = open_database(sqlite_url(copy), passphrase=PASSPHRASE, migrate=False)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: told.append(text))
    )
    window = QWidget()
    qtbot.addWidget(window)
    try:
        app_module.check_pages_in_background(db, window)
        qtbot.waitUntil(lambda: bool(told), timeout=60000)
    finally:
        QApplication.processEvents()
        db.dispose()
    assert "skadet" in told[0] and "sikkerhetskopi" in told[0]
    record("damaged page, large file (checked after open)", tried=1, refused=1, stored=0, lost=0)
