"""tests/support/modal.py: a poller acts on its own dialog only, never a later test's."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.support import modal


class Probe(QDialog):
    pass


def _exec_briefly(qtbot: QtBot) -> Probe:
    """Open a modal Probe; it closes itself after a while if nobody else does."""
    dialog = Probe()
    qtbot.addWidget(dialog)
    QTimer.singleShot(1500, dialog.reject)
    dialog.exec()
    return dialog


def test_the_poller_acts_on_the_dialog_once(qtbot: QtBot) -> None:
    acted: list[Probe] = []

    def accept(dialog: Probe) -> None:
        acted.append(dialog)
        dialog.accept()

    seen = modal.when_shown(Probe, accept)
    dialog = _exec_briefly(qtbot)
    assert seen == [dialog] and acted == [dialog]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_stopped_poller_leaves_the_next_dialog_alone(qtbot: QtBot) -> None:
    acted: list[Probe] = []
    modal.when_shown(Probe, acted.append)
    modal.stop_all()  # what tests/conftest.py does at the end of every test
    dialog = _exec_briefly(qtbot)
    assert acted == [] and dialog.result() == QDialog.DialogCode.Rejected


def test_a_poller_past_its_ceiling_gives_up(qtbot: QtBot) -> None:
    acted: list[Probe] = []
    modal.when_shown(Probe, acted.append, give_up_ms=0)
    qtbot.wait(50)
    dialog = _exec_briefly(qtbot)
    assert acted == [] and dialog.result() == QDialog.DialogCode.Rejected
