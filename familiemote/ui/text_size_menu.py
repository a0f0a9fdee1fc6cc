"""Innstillinger > Tekststørrelse: 100, 125, 150 or 200 % of the system's text size."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMainWindow, QMenu

from familiemote.ui.theme import TEXT_SCALES, set_text_scale, text_scale
from familiemote.ui.widgets import choice_menu


def _tr(text: str) -> str:
    return QCoreApplication.translate("TextSizeMenu", text)


def add_text_size_menu(window: QMainWindow, menu: QMenu, settings: QSettings) -> QMenu:
    """A submenu of checkable sizes; a choice is stored and applied at once."""
    mnemonics = {
        100: _tr("&100 % (som systemet)"),
        125: _tr("1&25 %"),
        150: _tr("1&50 %"),
        200: _tr("&200 %"),
    }
    sub = choice_menu(
        menu,
        _tr("&Tekststørrelse"),
        [(percent, mnemonics[percent]) for percent in TEXT_SCALES],
        text_scale(settings),
        lambda percent: _choose(window, settings, percent),
    )
    window.setProperty("textSizeMenu", True)
    sub.setObjectName("textSizeMenu")
    return sub


def _choose(window: QMainWindow, settings: QSettings, percent: int) -> None:
    set_text_scale(settings, percent)
    window.statusBar().showMessage(
        _tr("Tekststørrelse {percent} %.").format(percent=percent),
        8000,
    )
