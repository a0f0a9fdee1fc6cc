"""Changing the text size (Innstillinger > Tekststørrelse) while windows are open: their
headings follow at once, and stay larger than the text around them (they kept their
old size until the window was opened again, so at 150 % they read smaller than the
body text)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from familiemote.ui.main_window import MainWindow
from familiemote.ui.theme import apply_text_scale, base_font
from familiemote.ui.widgets import heading
from tests.support.fixture_types import MakeWindow


@pytest.fixture
def back_to_100() -> Iterator[None]:
    base_font()  # the system's size, noted before any scaling
    yield
    apply_text_scale(100)


def _choose(window: MainWindow, percent: int) -> None:
    menu = window.findChild(QMenu, "textSizeMenu")
    assert menu is not None
    action = next(a for a in menu.actions() if a.data() == percent)
    assert isinstance(action, QAction)
    action.trigger()


def _headings(window: MainWindow) -> list[QLabel]:
    return [
        label
        for label in window.findChildren(QLabel)
        if label.property("familiemoteFontScale") is not None
        and float(label.property("familiemoteFontScale")) > 1
    ]


def test_headings_of_open_windows_follow_a_new_text_size(
    qtbot: QtBot, make_window: MakeWindow, back_to_100: None
) -> None:
    window = make_window()
    window.open_demo_case()
    qtbot.waitUntil(lambda: window.current_case_id is not None, timeout=30000)
    extra = heading("Overskrift i et åpent vindu")  # a heading made before the change
    qtbot.addWidget(extra)
    extra.show()
    body = QApplication.font().pointSizeF()
    headings = [*_headings(window), extra]
    assert len(headings) > 3
    before = {id(h): h.font().pointSizeF() for h in headings}

    _choose(window, 150)

    larger = QApplication.font().pointSizeF()
    assert larger == pytest.approx(body * 1.5, rel=0.02)
    for label in headings:
        scale = float(label.property("familiemoteFontScale"))
        assert label.font().pointSizeF() == pytest.approx(larger * scale, rel=0.01), label.text()
        assert label.font().pointSizeF() > larger  # never smaller than the body text
        assert label.font().pointSizeF() > before[id(label)]
        assert label.font().bold()
    assert window.statusBar().currentMessage() == "Tekststørrelse 150 %."
