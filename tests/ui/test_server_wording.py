"""«Om» and «Kom i gang» tell a server user the truth: the data is on the municipality's
server, not on this machine, and IT backs it up; a file user still reads about the
encrypted file and their own backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from familiemote.ui.about_dialog import AboutDialog
from familiemote.ui.first_run import FirstRunWizard

SERVER = "postgresql+psycopg://kari_hansen@server.kommune.no/familiemote"


def _text(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_about_on_a_server_and_on_a_file(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    server = AboutDialog(SERVER, settings)
    qtbot.addWidget(server)
    shown = _text(server)
    assert "kommunens databaseserver" in shown and "IT i kommunen tar sikkerhetskopi" in shown
    assert "kryptert på denne maskinen" not in shown and "Ta sikkerhetskopi" not in shown
    local = AboutDialog(str(tmp_path / "familiemote.sqlite"), settings)
    qtbot.addWidget(local)
    assert "Ta sikkerhetskopi" in _text(local) and "kryptert på denne maskinen" in _text(local)


def test_getting_started_on_a_server(qtbot: QtBot) -> None:
    wizard = FirstRunWizard(None, server=True)
    qtbot.addWidget(wizard)
    shown = _text(wizard.welcome)
    assert "kommunens databaseserver" in shown and "IT i kommunen tar sikkerhetskopi" in shown
    assert "kryptert på denne maskinen" not in shown
    local = FirstRunWizard(None)
    qtbot.addWidget(local)
    assert "kryptert på denne maskinen" in _text(local.welcome)
