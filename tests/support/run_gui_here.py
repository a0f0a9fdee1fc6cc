"""The program's own start (:func:`familiemote.app.run_gui`) run inside a test process."""

from __future__ import annotations

from pathlib import Path

import pytest


def leave_no_global_state(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """What a real start sets for the whole process (translators, text size, the
    exception hook, the user's settings) kept to this test: the translators and the
    hook are not installed, the text size is not applied, settings go to a file in
    ``tmp_path``."""
    from PySide6.QtCore import QSettings

    from familiemote import app

    monkeypatch.setattr(app, "install_translators", lambda qapp, language: [])
    monkeypatch.setattr(app, "_install_excepthook", lambda: None)
    monkeypatch.setattr("familiemote.ui.theme.apply_text_scale", lambda scale: None)
    settings_file = str(tmp_path / "s.ini")
    monkeypatch.setattr(
        app, "QSettings", lambda: QSettings(settings_file, QSettings.Format.IniFormat)
    )
