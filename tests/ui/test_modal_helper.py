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


def test_each_shown_acts_on_every_dialog_once_and_skips_what_it_is_told(qtbot: QtBot) -> None:
    acted: list[Probe] = []
    kept = Probe()  # skipped: left for the test (as the server watch's offer is)

    def accept(dialog: Probe) -> None:
        acted.append(dialog)
        dialog.accept()

    stop = modal.each_shown(Probe, accept, skip=lambda dialog: dialog is kept)
    results = []
    for _ in range(2):  # (each result read at once: a late self-reject would change it)
        dialog = _exec_briefly(qtbot)
        results.append((dialog, dialog.result()))
    qtbot.addWidget(kept)
    QTimer.singleShot(1500, kept.reject)
    kept.exec()
    first, second = (dialog for dialog, _result in results)
    assert acted == [first, second] and first is not second
    assert [result for _dialog, result in results] == [QDialog.DialogCode.Accepted] * 2
    assert kept.result() == QDialog.DialogCode.Rejected
    stop()
    third = _exec_briefly(qtbot)
    assert acted == [first, second] and third.result() == QDialog.DialogCode.Rejected


def test_each_shown_does_not_act_twice_on_a_dialog_it_left_open(qtbot: QtBot) -> None:
    acted: list[Probe] = []
    modal.each_shown(Probe, acted.append)  # leaves it open: it closes itself later
    dialog = _exec_briefly(qtbot)
    assert acted == [dialog] and dialog.result() == QDialog.DialogCode.Rejected
