"""Dialogs whose fixed part is a Designer form (forms/*.ui), with the parts built from
data (participants, box parts, the batch) still filled in by code.

For each: the compiled form is what is on screen; the form's class is the dialog's
class, so its strings are looked up in the dialog's own translation context (the
nynorsk applies); no two controls share an Alt key, and every label's Alt key puts
the cursor in its own field, pressed as a keyboard user would; every control has a
name and is reached by Tab. Two dialogs are also checked for their Tab order.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from familiemote.app import install_translators, uninstall_translators
from familiemote.services import cases, demo
from familiemote.services import info_boxes as ib
from familiemote.ui.theme import apply_text_scale
from tests.support.a11y import accessible_name, controls, problems, tab_order
from tests.support.fixture_types import UowFactory
from tests.ui.conftest import TODAY

FORMS = Path(__file__).resolve().parents[2] / "forms"
Make = Callable[[UowFactory], QDialog]


def _detail(uow: UowFactory) -> cases.CaseDetail:
    return cases.get_case(uow(), demo.create_demo_case(uow(), TODAY).case_id)


def _planner(uow: UowFactory) -> QDialog:
    from familiemote.ui.meeting_planner import MeetingPlannerDialog

    return MeetingPlannerDialog(uow, _detail(uow), TODAY)


def _login(_uow: UowFactory) -> QDialog:
    from familiemote.ui.server_login import ServerLoginDialog

    url = make_url("postgresql://kari@server.kommune.no/familiemote")
    return ServerLoginDialog(url, lambda _candidate: None)


def _emergency(uow: UowFactory) -> QDialog:
    from familiemote.ui.case_access import EmergencyAccessDialog

    return EmergencyAccessDialog(uow)


def _innsyn(uow: UowFactory) -> QDialog:
    from familiemote.ui.case_access import InnsynDialog

    return InnsynDialog(uow, _detail(uow))


def _info_box_editor(uow: UowFactory) -> QDialog:
    from familiemote.ui.info_boxes_editor import InfoBoxEditor

    return InfoBoxEditor(uow, ib.get_box(uow(), ib.ACUTE_KEY, "nb"), "nb")


def _acute(uow: UowFactory) -> QDialog:
    from familiemote.ui.acute import AcuteDialog, read_acute

    return AcuteDialog(read_acute(uow))


def _status(uow: UowFactory) -> QDialog:
    from familiemote.ui.panels.actions.status_dialog import StatusDialog

    return StatusDialog(uow, next(a for a in _detail(uow).case.actions if a.is_open))


def _notification(uow: UowFactory) -> QDialog:
    from familiemote.ui.panels.actions.notification_dialog import NotificationDialog

    detail = _detail(uow)
    notification = detail.case.notifications[0]
    return NotificationDialog(uow, detail, notification, TODAY)


def _evaluation(uow: UowFactory) -> QDialog:
    from familiemote.ui.evaluation_entry import EvaluationEntryDialog

    return EvaluationEntryDialog(uow, TODAY)


DIALOGS: dict[str, tuple[Make, str]] = {
    "planner": (_planner, "meeting_planner_dialog.ui"),
    "server_login": (_login, "server_login_dialog.ui"),
    "emergency": (_emergency, "emergency_access_dialog.ui"),
    "innsyn": (_innsyn, "innsyn_dialog.ui"),
    "info_box_editor": (_info_box_editor, "info_box_editor.ui"),
    "acute": (_acute, "acute_dialog.ui"),
    "status": (_status, "status_dialog.ui"),
    "notification": (_notification, "notification_dialog.ui"),
    "evaluation": (_evaluation, "evaluation_entry_dialog.ui"),
}


def _shown(qtbot: QtBot, uow: UowFactory, name: str) -> QDialog:
    dialog = DIALOGS[name][0](uow)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # keys go to the window in front, as on a desktop
    qtbot.waitUntil(dialog.isActiveWindow, timeout=10_000)
    return dialog


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


@pytest.mark.parametrize("name", list(DIALOGS))
def test_the_designer_form_is_what_is_on_screen(
    qtbot: QtBot, ui_uow: UowFactory, name: str
) -> None:
    dialog = _shown(qtbot, ui_uow, name)
    tree = ET.parse(FORMS / DIALOGS[name][1])
    # the form's class is the dialog's: retranslateUi looks its strings up there
    assert tree.findtext("class") == type(dialog).__name__
    assert type(dialog.ui).__name__ == f"Ui_{type(dialog).__name__}"  # type: ignore[attr-defined]
    names = [str(w.get("name")) for w in tree.iter("widget")][1:]  # the top widget aside
    assert len(names) >= 3
    for object_name in names:
        widget = getattr(dialog.ui, object_name)  # type: ignore[attr-defined]
        assert isinstance(widget, QWidget) and widget.window() is dialog, object_name


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_alt_key_is_unique_and_reaches_its_field(
    qtbot: QtBot, ui_uow: UowFactory, name: str
) -> None:
    dialog = _shown(qtbot, ui_uow, name)
    keys: dict[str, list[str]] = {}
    labels: list[tuple[str, QWidget]] = []
    for label in dialog.findChildren(QLabel):
        buddy = label.buddy()
        key = _mnemonic(label.text())
        if key and label.isVisible() and buddy is not None and buddy.isEnabled():
            keys.setdefault(key, []).append(label.text())
            labels.append((key, buddy))
    for button in dialog.findChildren(QAbstractButton):
        key = _mnemonic(button.text())
        if key and button.isVisible() and button.isEnabled():
            keys.setdefault(key, []).append(button.text())
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}
    if name != "acute":  # the acute route has one button and no field
        assert labels
    for key, buddy in labels:
        start = QApplication.focusWidget() or dialog
        letter = Qt.Key(ord(key.rsplit("+", 1)[-1].upper()))  # «Alt+D»: Key_D
        qtbot.keyClick(start, letter, Qt.KeyboardModifier.AltModifier)
        target = buddy.focusProxy() or buddy
        qtbot.waitUntil(target.hasFocus, timeout=10_000)
        assert accessible_name(buddy), key


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_control_is_named_and_reached_by_tab(
    qtbot: QtBot, ui_uow: UowFactory, name: str
) -> None:
    dialog = _shown(qtbot, ui_uow, name)
    assert len(controls(dialog)) >= (1 if name == "acute" else 2)
    assert problems(dialog) == []


def _tab_names(dialog: QDialog, count: int) -> list[str]:
    """The names Tab reaches (the text line inside a date field is the field itself)."""
    reached = [w for w in tab_order(dialog) if not isinstance(w.parent(), QAbstractSpinBox)]
    return [accessible_name(w) or type(w).__name__ for w in reached][:count]


def test_the_planner_is_filled_in_top_down_by_tab(qtbot: QtBot, ui_uow: UowFactory) -> None:
    dialog = _shown(qtbot, ui_uow, "planner")
    dialog.ui.kind.setFocus()  # type: ignore[attr-defined]
    assert _tab_names(dialog, 5) == [
        "Tidspunkt",
        "Sted",
        "Deltakere",
        "Legg til tjeneste eller person i katalogen",
        "Lagre møtet",
    ]


def test_an_evaluation_form_is_typed_left_to_right(qtbot: QtBot, ui_uow: UowFactory) -> None:
    dialog = _shown(qtbot, ui_uow, "evaluation")
    dialog.ui.periodFrom.setFocus()  # type: ignore[attr-defined]
    assert _tab_names(dialog, 10) == [
        "Periode til",
        "Kommune",
        "Hvem svarte",
        "Barnets alder",
        "Påstand 1",
        "Påstand 2",
        "Påstand 3",
        "Påstand 4",
        "Kommentar",
        "Lagre skjemaet (Enter)",
    ]


def test_a_notification_reads_its_recipient(qtbot: QtBot, ui_uow: UowFactory) -> None:
    dialog = _shown(qtbot, ui_uow, "notification")
    recipient = dialog.ui.recipient  # type: ignore[attr-defined]
    assert recipient.text() and recipient.accessibleName() == "Mottaker"


@pytest.fixture
def text_150() -> Iterator[None]:
    apply_text_scale(150)
    yield
    apply_text_scale(100)


@pytest.mark.usefixtures("text_150")
def test_the_planner_shows_names_whole_at_150_percent(qtbot: QtBot, ui_uow: UowFactory) -> None:
    """On a 1280x720 screen (the dialog is 95 % of it) at 150 % text, no word of a name
    is cut (it read «K… N…»), a phone number stays on one line, and no row is lower
    than its wrapped text."""
    from familiemote.ui.meeting_planner import COL_CONTACT, COL_NAME

    dialog = _shown(qtbot, ui_uow, "planner")
    dialog.resize(1100, 684)
    table = dialog.ui.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.viewport().width() > 900, timeout=10_000)
    margins = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    metrics = table.fontMetrics()
    words = {
        word for row in range(table.rowCount()) for word in table.item(row, COL_NAME).text().split()
    }
    assert len(words) > 5
    widest = max(metrics.horizontalAdvance(word) for word in words)
    assert widest <= table.columnWidth(COL_NAME) - margins
    phone = metrics.horizontalAdvance("900 00 001,")
    assert phone <= table.columnWidth(COL_CONTACT) - margins
    for row in range(table.rowCount()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row), row  # no line cut off


def _nynorsk() -> dict[tuple[str, str], str]:
    """(context, bokmål source) -> nynorsk, from the translation file."""
    out: dict[tuple[str, str], str] = {}
    root = ET.parse(FORMS.parent / "resources" / "translations" / "familiemote_nn.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message.findtext("translation") or ""
    return out


def _texts_on_screen(dialog: QDialog) -> set[str]:
    texts = {dialog.windowTitle()}
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        texts.update((widget.accessibleName(), widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QTableWidget):
            for col in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(col)
                texts.add(item.text() if item is not None else "")
    return {" ".join(t.split()) for t in texts}


# set again by the dialog once a part is chosen (the kind of the part, «Overskrift» …)
CHANGED_IN_CODE = {("InfoBoxEditor", "Teksten")}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_the_form_reads_in_nynorsk(
    qtbot: QtBot, qapp: QApplication, ui_uow: UowFactory, name: str
) -> None:
    """The form's strings are found in the dialog's translation context: in nynorsk
    every text of the form is its nynorsk (a wrong ``<class>`` leaves them bokmål)."""
    tree = ET.parse(FORMS / DIALOGS[name][1])
    context = tree.findtext("class") or ""
    sources = [
        s.text
        for s in tree.iter("string")
        if s.text and s.get("notr") != "true" and (context, s.text) not in CHANGED_IN_CODE
    ]
    nynorsk = _nynorsk()
    expected = {" ".join(nynorsk[(context, source)].split()) for source in sources}
    assert expected - set(map(" ".join, map(str.split, sources))), "no text differs"
    translators = install_translators(qapp, "nn")
    try:
        dialog = _shown(qtbot, ui_uow, name)
        assert expected - _texts_on_screen(dialog) == set()
    finally:
        uninstall_translators(qapp, translators)
