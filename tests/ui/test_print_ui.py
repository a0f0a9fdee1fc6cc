"""The print menu, the preview, and typing in returned evaluation forms by keyboard."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from familiemote.services.evaluations import list_evaluations
from familiemote.ui.evaluation_entry import EvaluationEntryDialog
from familiemote.ui.evaluation_report import BarChart, EvaluationReportDialog
from familiemote.ui.print_actions import PlanOptionsDialog
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.support.modal import when_shown

TODAY = dt.date(2026, 11, 22)


def test_print_menu_previews_the_consent_form_and_the_plan(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    window.open_demo_case()
    titles = [a.text() for a in window.menuBar().actions()]
    assert "Skriv &ut" in titles
    window.print_menu.consent_action.trigger()
    preview = window.print_menu.last_preview
    assert preview is not None and len(preview.page_labels) == 2  # one page per guardian
    preview.close()

    def choose_family_copy(dialog: PlanOptionsDialog) -> None:
        assert dialog.family_check.isChecked()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    shown = when_shown(PlanOptionsDialog, choose_family_copy, close_after=True)
    window.print_menu.plan_action.trigger()
    assert len(shown) == 1
    preview = window.print_menu.last_preview
    assert preview is not None and preview is not None
    assert preview.document.title == "Oppfølgingsplan, familiens kopi"
    assert len(preview.page_labels) >= 2
    assert b"%PDF" in preview.pdf[:8]


def test_forms_are_typed_in_by_keyboard(qtbot: QtBot, ui_uow: UowFactory) -> None:
    dialog = EvaluationEntryDialog(ui_uow, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.respondent.setFocus()
    # parent, age 9, scores 5 4 (blank) 5 -- the blank one by Tab
    qtbot.keyClicks(dialog.respondent, "f")
    assert dialog.focusWidget() is dialog.age
    qtbot.keyClicks(dialog.age, "9")
    qtbot.keyClick(dialog.age, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.scores[0], "5")
    qtbot.keyClicks(dialog.scores[1], "4")
    qtbot.keyClick(dialog.scores[2], Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.scores[3], "5")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)
    assert dialog.confirm_bar.isVisible()  # statement 3 is blank: Enter again saves
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)
    # a child who only answered item 1; a 7 is refused by the field
    qtbot.keyClicks(dialog.respondent, "b")
    qtbot.keyClick(dialog.age, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.scores[0], "7")
    assert dialog.scores[0].text() == ""
    qtbot.keyClicks(dialog.scores[0], "3")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)
    assert "«7»" in dialog.confirm_text.text()
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)
    rows = list_evaluations(ui_uow())
    assert [r.scores for r in rows] == [(5, 4, None, 5), (3, None, None, None)]
    assert [r.child_age for r in rows] == [9, None]
    assert [r.respondent.value if r.respondent else None for r in rows] == ["parent", "child"]
    assert "2" in dialog.count_label.text()
    assert dialog.focusWidget() is dialog.respondent and dialog.scores[0].text() == ""


def test_report_shows_n_per_item_and_exports_csv(
    qtbot: QtBot, ui_uow: UowFactory, tmp_path: Path
) -> None:
    from familiemote.domain import model as m
    from familiemote.services.evaluations import NewEvaluation, add_evaluations

    period = (dt.date(2026, 9, 1), dt.date(2026, 11, 30))
    add_evaluations(
        ui_uow(),
        [
            NewEvaluation(*period, "", m.Respondent.PARENT, 9, 5, 5, None, 4),
            NewEvaluation(*period, "", m.Respondent.CHILD, 12, 4, None, None, 4),
        ],
        TODAY,
    )
    dialog = EvaluationReportDialog(ui_uow, TODAY)
    qtbot.addWidget(dialog)
    assert "2 utfylte" in dialog.summary.text()
    n_column = [dialog.table.item(r, 1).text() for r in range(4)]
    assert n_column == ["2", "1", "0", "2"]
    assert dialog.table.item(0, 3 + 5).text() == "50,0 % (1)"  # one of two answered 5 on item 1
    assert dialog.table.item(3, 3 + 4).text() == "100,0 % (2)"
    charts = dialog.findChildren(BarChart)
    assert len(charts) == 4 and "4: 100,0 % (2)" in charts[3].accessibleDescription()
    out = tmp_path / "r.csv"
    dialog.export_csv(out)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[1][2] == "2" and rows[3][2] == "0"
