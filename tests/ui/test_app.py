from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from familiemote.app import install_translators, open_or_explain, uninstall_translators
from familiemote.settings import DatabaseChoice
from familiemote.storage.db import sqlite_url


def test_qt_own_strings_are_bokmaal(qapp: QApplication) -> None:
    translators = install_translators(qapp, "nb")
    try:
        assert translators, "the bokmål translation of Qt's strings did not load"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Lim inn"
    finally:
        uninstall_translators(qapp, translators)


def test_nynorsk_loads_qts_own_nynorsk(qapp: QApplication) -> None:
    translators = install_translators(qapp, "nn")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        assert QCoreApplication.translate("QPlatformTheme", "&No") != "&No"
    finally:
        uninstall_translators(qapp, translators)


def test_bad_database_is_reported_in_norwegian_and_left_alone(
    tmp_path: Path, qapp: QApplication
) -> None:
    path = tmp_path / "bilde.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    reports: list[str] = []
    db = open_or_explain(DatabaseChoice(sqlite_url(path), is_default=False), reports.append)
    assert db is None
    assert len(reports) == 1 and "ikke en Familiemøte-database" in reports[0]
    assert path.read_bytes() == b"\x89PNG\r\n\x1a\n" + b"\x00" * 200


def test_good_database_opens(tmp_path: Path, qapp: QApplication) -> None:
    reports: list[str] = []
    db = open_or_explain(DatabaseChoice(sqlite_url(tmp_path / "ok.sqlite"), False), reports.append)
    assert db is not None and reports == []
    db.dispose()
