"""The print option dialogs show their whole title, and «Forhåndsvis» carries no
diskette: the style's icon of a Save button (shown where the desktop gives dialog
buttons icons, as on a Linux desktop) would promise a save that a preview does not do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)
from pytestqt.qtbot import QtBot


class ButtonIcons(QProxyStyle):
    """The app's style, with icons on dialog buttons (as a desktop theme asks)."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: object = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)  # type: ignore[arg-type]


@pytest.fixture
def icons_on_buttons(qapp: QApplication) -> Iterator[None]:
    name = qapp.style().name()
    qapp.setStyle(ButtonIcons(QStyleFactory.create(name)))
    yield
    qapp.setStyle(QStyleFactory.create(name))


def _dialogs() -> dict[str, Callable[[], QDialog]]:
    from familiemote.ui.family_letters import InvitationDialog, LeafletDialog
    from familiemote.ui.print_actions import EvaluationOptionsDialog, PlanOptionsDialog

    when = dt.datetime(2026, 12, 14, 13, 0)
    return {
        "evaluation": EvaluationOptionsDialog,
        "plan": lambda: PlanOptionsDialog([(1, when)]),
        "leaflet": lambda: LeafletDialog([(1, "Kari Nordmann")], None),
        "invitation": lambda: InvitationDialog([(1, when)], when, lambda _d: None),
    }


@pytest.mark.parametrize("name", ["evaluation", "plan", "leaflet", "invitation"])
def test_a_print_options_dialog_shows_its_title_and_no_save_icon(
    qtbot: QtBot, icons_on_buttons: None, name: str
) -> None:
    dialog = _dialogs()[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    preview = buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert preview.text() == "&Forhåndsvis"
    assert not cancel.icon().isNull()  # the style does give dialog buttons icons here
    assert preview.icon().isNull()
    # the title as a window system writes it, in bold, and three title-bar buttons
    font = QFont(dialog.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    title = dialog.windowTitle()
    if QGuiApplication.applicationDisplayName():
        title += " \u2014 " + QGuiApplication.applicationDisplayName()
    assert dialog.width() >= metrics.horizontalAdvance(title) + 3 * metrics.height()
