"""The progress window with «Avbryt» (ui/ops.py): while it waits, only it takes the
user's input, and a message opened over it meanwhile (a window's start may tell one)
can still be answered."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from familiemote.ui import ops


def test_a_message_over_the_progress_window_can_be_answered(qtbot: QtBot) -> None:
    behind = QLineEdit()
    qtbot.addWidget(behind)
    behind.show()
    release = threading.Event()
    seen: dict[str, object] = {}

    def open_box() -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Familiemøte", "Noe gikk galt.")
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.finished.connect(lambda result: seen.setdefault("answered", result))
        box.show()
        seen["box"] = box
        QTimer.singleShot(100, answer)

    def answer() -> None:
        # the window behind takes no keys while the wait runs
        QTest.keyClicks(behind, "x")
        seen["behind"] = behind.text()
        box = seen["box"]
        assert isinstance(box, QMessageBox)
        ok = box.button(QMessageBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        QTimer.singleShot(100, release.set)

    QTimer.singleShot(100, open_box)
    assert ops.wait_or_cancel(lambda: release.wait(30), None, "Henter sakene …") is True
    assert seen.get("behind") == ""
    assert "answered" in seen, "the click on the message's OK was held back"
    assert QApplication.overrideCursor() is None
