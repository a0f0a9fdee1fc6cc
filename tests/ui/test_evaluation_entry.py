"""Typing returned evaluation forms into the real dialog with QTest key events.

Every key goes to the widget that has the focus, as a keyboard would send it, so
the tests see what a nurse typing from a pile of forms sees: one save per Enter,
a refused key shown where it was typed, blanks and repeats confirmed before they
are stored, and a batch that can be checked, corrected and deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services.evaluations import evaluation_tally, list_evaluations
from familiemote.storage import orm
from familiemote.ui.evaluation_entry import EvaluationEntryDialog
from tests.support.evaluations import (
    HAND_N,
    HAND_PERCENT,
    HAND_RESPONDENTS,
    PERIOD,
    source_report_forms,
)
from tests.support.fixture_types import UowFactory

TODAY = dt.date(2026, 11, 22)
ENTER, TAB, ESC, BACKSPACE = "<enter>", "<tab>", "<esc>", "<backspace>"
_SPECIAL = {
    ENTER: Qt.Key.Key_Return,
    TAB: Qt.Key.Key_Tab,
    ESC: Qt.Key.Key_Escape,
    BACKSPACE: Qt.Key.Key_Backspace,
}


def type_keys(keys: Sequence[str]) -> None:
    """Press each key on whatever widget has the focus, as the keyboard does."""
    for key in keys:
        target = QApplication.focusWidget()
        assert target is not None, "no widget has the focus"
        if key in _SPECIAL:
            QTest.keyClick(target, _SPECIAL[key])
        else:
            QTest.keyClicks(target, key)


def stored(uow: UowFactory) -> list[tuple[object, ...]]:
    return [(r.respondent, r.child_age, r.scores) for r in list_evaluations(uow())]


@pytest.fixture
def dialog(qtbot: QtBot, ui_uow: UowFactory) -> EvaluationEntryDialog:
    dlg = EvaluationEntryDialog(ui_uow, TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    dlg.respondent.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.respondent, timeout=5000)
    return dlg


def test_one_enter_saves_one_form_and_the_counter_says_1_skjema(dialog, ui_uow) -> None:
    type_keys(["F", "9", TAB, "5", "5", "4", "5", ENTER])
    assert stored(ui_uow) == [(m.Respondent.PARENT, 9, (5, 5, 4, 5))]
    assert "tomt" not in dialog.message.text()
    assert "Skjema nr. 1 er lagret" in dialog.message.text()
    assert dialog.count_label.text() == "Lagret nå: 1 skjema"
    assert QApplication.focusWidget() is dialog.respondent  # ready for the next form
    type_keys(["B", "12", TAB, "4", "4", "4", "4", ENTER])
    assert len(stored(ui_uow)) == 2
    assert dialog.count_label.text() == "Lagret nå: 2 skjemaer"


def test_a_wrong_digit_is_shown_and_nothing_moves_quietly(dialog, ui_uow) -> None:
    """6, 4, 3, 2: the 6 is refused where it was typed, and the form is not saved as 4, 3, 2, blank
    without the nurse seeing it."""
    type_keys(["F", "9", TAB, "6"])
    assert dialog.scores[0].text() == ""
    assert QApplication.focusWidget() is dialog.scores[0]  # the cursor stays in its field
    assert dialog.scores[0].property("refused") is True  # the field marks itself
    assert "«6»" in dialog.message.text() and "0 til 5" in dialog.message.text()
    type_keys(["4", "3", "2", ENTER])
    assert stored(ui_uow) == []  # not saved on the first Enter
    assert dialog.confirm_bar.isVisible()
    warning = dialog.confirm_text.text()
    assert "«6»" in warning and "påstand 1" in warning
    assert "Påstand 4 er ikke besvart" in warning
    type_keys([ESC])  # back to the form, to the field where the key was refused
    assert not dialog.confirm_bar.isVisible()
    assert QApplication.focusWidget() is dialog.scores[0]
    type_keys(["5", "4", "3", "2", ENTER])  # typed again: each field takes its own digit
    assert stored(ui_uow) == [(m.Respondent.PARENT, 9, (5, 4, 3, 2))]


def test_minus_one_is_refused_not_stored_as_1(dialog, ui_uow) -> None:
    type_keys(["B", "10", TAB, "-"])
    assert "«-»" in dialog.message.text()
    assert QApplication.focusWidget() is dialog.scores[0]
    type_keys(["1", "3", "3", "3", ENTER])
    assert stored(ui_uow) == []
    assert "«-»" in dialog.confirm_text.text()
    type_keys([ESC])
    assert QApplication.focusWidget() is dialog.scores[0]
    type_keys(["0", "3", "3", "3", ENTER])
    assert stored(ui_uow) == [(m.Respondent.CHILD, 10, (0, 3, 3, 3))]


def test_letters_are_refused_with_a_message_in_every_field(dialog, ui_uow) -> None:
    type_keys(["Q"])
    assert dialog.respondent.text() == "" and "«Q»" in dialog.message.text()
    assert "F" in dialog.message.text() and "S" in dialog.message.text()
    assert QApplication.focusWidget() is dialog.respondent
    type_keys(["F", "a"])
    assert dialog.age.text() == "" and "«a»" in dialog.message.text()
    assert dialog.age.property("refused") is True
    type_keys(["9", "9"])  # 99 is no child's age
    assert dialog.age.text() == "9" and "«9»" in dialog.message.text()
    type_keys([TAB, "x"])
    assert dialog.scores[0].text() == "" and "«x»" in dialog.message.text()
    assert "Påstand 1" in dialog.message.text()
    type_keys(["5"])
    assert dialog.scores[0].property("refused") is False  # the mark goes with a good key
    assert QApplication.focusWidget() is dialog.scores[1]
    assert stored(ui_uow) == []


def test_blank_statements_are_saved_only_after_a_visible_confirmation(dialog, ui_uow) -> None:
    type_keys(["F", TAB, "5", TAB, TAB, "4", ENTER])
    assert stored(ui_uow) == []
    assert dialog.confirm_bar.isVisible()
    assert "Påstand 2 og 3 er ikke besvart" in dialog.confirm_text.text()
    type_keys([ENTER])  # confirmed: Enter again saves
    assert stored(ui_uow) == [(m.Respondent.PARENT, None, (5, None, None, 4))]
    assert not dialog.confirm_bar.isVisible()


def test_a_form_identical_to_the_previous_one_asks_first(dialog, ui_uow) -> None:
    type_keys(["F", "9", TAB, "5", "5", "5", "5", ENTER])
    type_keys(["F", "9", TAB, "5", "5", "5", "5", ENTER])
    assert len(stored(ui_uow)) == 1
    assert "likt det forrige" in dialog.confirm_text.text()
    type_keys([ESC])  # a slip: typed twice
    assert len(stored(ui_uow)) == 1
    type_keys([ENTER])  # no: it really is a second form with the same answers
    assert "likt det forrige" in dialog.confirm_text.text()
    type_keys([ENTER])
    assert len(stored(ui_uow)) == 2


def test_every_respondent_can_be_recorded(dialog, ui_uow) -> None:
    for key in ("F", "B", "S", TAB):
        type_keys([key, "8", TAB, "4", "5", "4", "5", ENTER])
        if dialog.confirm_bar.isVisible():  # the same answers as the form before
            type_keys([ENTER])
    assert [r for r, _, _ in stored(ui_uow)] == [
        m.Respondent.PARENT,
        m.Respondent.CHILD,
        m.Respondent.BOTH,
        None,
    ]
    assert dialog.batch.item(0, 1).text() == "Ikke oppgitt"  # newest first
    assert dialog.batch.item(1, 1).text() == "Begge sammen"


def test_the_batch_is_listed_newest_first_and_can_be_corrected_and_deleted(
    dialog, ui_uow, monkeypatch
) -> None:
    type_keys(["F", "9", TAB, "5", "5", "4", "5", ENTER])
    type_keys(["B", "11", TAB, "3", "4", "4", "4", ENTER])
    type_keys(["S", "7", TAB, "2", "3", "4", "5", ENTER])
    assert dialog.batch.rowCount() == 3
    assert [dialog.batch.item(r, 0).text() for r in range(3)] == ["3", "2", "1"]
    assert "3 skjemaer" in dialog.tally_label.text()
    # correct the middle one: select it, Enter loads it, type the right answers, Enter saves
    dialog.batch.setFocus()
    dialog.batch.selectRow(1)
    type_keys([ENTER])
    assert dialog.editing_id is not None
    assert dialog.scores[0].text() == "3" and dialog.age.text() == "11"
    assert "Retter skjema nr. 2" in dialog.mode_label.text()
    assert QApplication.focusWidget() is dialog.respondent
    type_keys(["B", TAB, "3", "5", "4", "4", ENTER])
    assert dialog.editing_id is None
    assert stored(ui_uow) == [
        (m.Respondent.PARENT, 9, (5, 5, 4, 5)),
        (m.Respondent.CHILD, 11, (3, 5, 4, 4)),
        (m.Respondent.BOTH, 7, (2, 3, 4, 5)),
    ]
    assert "Skjema nr. 2 er rettet" in dialog.message.text()
    assert dialog.batch.item(1, 3).text() == "3" and dialog.batch.item(1, 4).text() == "5"
    # delete the newest, after a question
    asked: list[str] = []

    def yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    dialog.batch.selectRow(0)
    dialog.delete_button.click()
    assert asked and "skjema nr. 3" in asked[0]
    assert len(stored(ui_uow)) == 2 and dialog.batch.rowCount() == 2
    assert "2 skjemaer" in dialog.tally_label.text()
    # the trail: that forms were added, corrected and deleted; never what they said
    with ui_uow() as uow:
        trail = uow.sql.execute(
            sa.select(orm.audit_log.c.action, orm.audit_log.c.before, orm.audit_log.c.after).where(
                orm.audit_log.c.entity == "evaluation_forms"
            )
        ).all()
    assert sorted(a for a, _, _ in trail) == ["delete", "insert", "insert", "insert", "update"]
    assert all(b == "" and a == "" for _, b, a in trail)


def test_period_and_age_errors_are_worded_without_internal_names(dialog, ui_uow) -> None:
    dialog.period_from.setDate(QDate(2026, 12, 1))
    dialog.period_to.setDate(QDate(2026, 11, 1))
    dialog.respondent.setFocus()
    type_keys(["F", "9", TAB, "5", "5", "5", "5", ENTER])
    text = dialog.message.text()
    assert "Perioden slutter før den begynner" in text
    assert "period" not in text and "_" not in text
    assert stored(ui_uow) == []


def test_typing_the_source_reports_79_forms_gives_its_figures_to_the_decimal(
    dialog, ui_uow
) -> None:
    """All 79 forms typed key by key, batch by municipality; blanks and repeats confirmed."""
    dialog.period_from.setDate(QDate(*PERIOD[0].timetuple()[:3]))
    dialog.period_to.setDate(QDate(*PERIOD[1].timetuple()[:3]))
    letters = {m.Respondent.PARENT: "F", m.Respondent.CHILD: "B", m.Respondent.BOTH: "S"}
    forms = sorted(source_report_forms(), key=lambda f: f.municipality)
    current = None
    for f in forms:
        if f.municipality != current:
            dialog.municipality.setText(f.municipality)
            dialog.respondent.setFocus()
            current = f.municipality
        keys = [letters[f.respondent] if f.respondent else TAB]
        keys += [str(f.child_age), TAB] if f.child_age is not None else [TAB]
        keys += [str(s) if s is not None else TAB for s in f.scores]
        type_keys([*keys, ENTER])
        if dialog.confirm_bar.isVisible():
            type_keys([ENTER])
    tally = evaluation_tally(ui_uow, *PERIOD)
    assert tally.forms == 79
    for item in tally.items:
        assert item.n == HAND_N[item.item]
        for score, expected in HAND_PERCENT[item.item].items():
            assert f"{item.percent(score):.1f}".replace(".", ",") == expected
    for key, expected in HAND_RESPONDENTS.items():
        assert f"{tally.respondents.percent(key):.1f}".replace(".", ",") == expected
    assert {p.municipality: p.counts.forms for p in tally.parts} == {
        "Smøla": 12,
        "Fræna": 18,
        "Molde": 19,
        "Averøy": 21,
        "": 9,
    }
    # the running tally of the last batch (Smøla, 12 forms) is on screen
    assert "12 skjemaer" in dialog.tally_label.text()


# --- the report on screen ----------------------------------------------------------------


def test_report_on_screen_reads_like_the_source_report_and_reads_in_another_municipality(
    qtbot, ui_uow, tmp_path, monkeypatch
) -> None:
    from familiemote.services.evaluations import add_evaluations, dump_tally_file, export_tally
    from familiemote.storage.db import open_database, sqlite_url
    from familiemote.storage.uow import SqlAlchemyUnitOfWork
    from familiemote.ui.evaluation_report import BarChart, EvaluationReportDialog

    forms = source_report_forms()
    other = open_database(sqlite_url(tmp_path / "molde.sqlite"))
    try:
        molde_uow = lambda: SqlAlchemyUnitOfWork(other.session_factory)  # noqa: E731
        add_evaluations(molde_uow(), [f for f in forms if f.municipality == "Molde"], TODAY)
        body = export_tally(molde_uow, *PERIOD, "Molde", TODAY)
    finally:
        other.dispose()
    tally_file = tmp_path / "molde.json"
    tally_file.write_text(dump_tally_file(body), encoding="utf-8")
    add_evaluations(ui_uow(), [f for f in forms if f.municipality != "Molde"], TODAY)

    dialog = EvaluationReportDialog(ui_uow, TODAY)
    qtbot.addWidget(dialog)
    dialog.date_from.setDate(QDate(2015, 1, 1))
    dialog.date_to.setDate(QDate(2015, 12, 31))
    assert "60 utfylte skjemaer" in dialog.summary.text()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(str(a[2])))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    text = dialog.import_tally(tally_file)
    assert "Molde" in text and "19 skjemaer" in text and "er lest inn" in text
    again = dialog.import_tally(tally_file)  # the same file again: refused, counted once
    assert "lest inn før" in again and "to ganger" in again and shown[-1] == again
    assert "79 utfylte skjemaer" in dialog.summary.text()
    assert dialog.table is not None
    assert dialog.table.item(0, 1).text() == "79"
    assert dialog.table.item(0, 3 + 5).text() == "73,4 % (58)"
    assert dialog.table.item(3, 3 + 3).text() == "5,2 % (4)"
    assert len(dialog.findChildren(BarChart)) == 4
    cells = {
        t.item(r, c).text()
        for t in dialog.findChildren(type(dialog.table))
        for r in range(t.rowCount())
        for c in range(t.columnCount())
        if t.item(r, c) is not None
    }
    assert {"80,8 %", "9,0 %", "10,3 %", "Molde (lest inn)", "Gyldige svar (N)"} <= cells
    # a file read in by mistake is removed again, after a question; it can be read in later
    from PySide6.QtWidgets import QInputDialog

    offered: list[list[str]] = []

    def first(*a: object, **k: object) -> tuple[str, bool]:
        offered.append(list(a[3]))  # type: ignore[call-overload]
        return offered[-1][0], True

    monkeypatch.setattr(QInputDialog, "getItem", first)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.remove_import_with_dialog()
    assert offered == [["Molde, 01.01.2015–31.12.2015: 19 skjemaer (lest inn 22.11.2026)"]]
    assert "60 utfylte skjemaer" in dialog.summary.text()
    assert "er lest inn" in dialog.import_tally(tally_file)
    assert "79 utfylte skjemaer" in dialog.summary.text()


def test_the_charts_measure_themselves_by_the_font_so_nothing_clips_at_200_percent(
    qtbot,
) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from familiemote.services.evaluations import EvaluationRow, compute_tally
    from familiemote.ui.evaluation_report import BarChart

    rows = [
        EvaluationRow(i, *PERIOD, "", f.respondent, f.child_age, f.scores, "", TODAY)
        for i, f in enumerate(source_report_forms(), start=1)
    ]
    item = compute_tally(rows).items[0]
    at_100 = BarChart(item)
    qtbot.addWidget(at_100)
    app_font = QApplication.font()
    big = QFont(app_font)
    big.setPointSizeF(app_font.pointSizeF() * 2)
    QApplication.setFont(big)  # what Innstillinger > Tekststørrelse 200 % does
    try:
        at_200 = BarChart(item)
        qtbot.addWidget(at_200)
        fm = QFontMetrics(at_200.font())
        assert at_200.font().pointSizeF() == pytest.approx(big.pointSizeF())
        # each of the 6 bars gets a slot wider than its label «100,0 %», bold
        bold = QFont(at_200.font())
        bold.setBold(True)
        plot = at_200.minimumWidth() - fm.horizontalAdvance("100 %") - 12
        assert plot / 6 >= QFontMetrics(bold).horizontalAdvance("100,0 %")
        assert at_200.minimumHeight() >= fm.height() * 10
        assert at_200.minimumWidth() > at_100.minimumWidth()
    finally:
        QApplication.setFont(app_font)


def test_every_alt_letter_does_one_thing_in_both_dialogs(dialog, ui_uow, qtbot) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    from familiemote.ui.evaluation_report import EvaluationReportDialog

    def clashes(window: QWidget) -> dict[str, list[str]]:
        seen: dict[str, list[str]] = {}
        texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
        texts += [
            label.text()
            for label in window.findChildren(QLabel)
            if label.isVisible() and label.buddy() is not None
        ]
        for text in texts:
            key = QKeySequence.mnemonic(text).toString()
            if key:
                seen.setdefault(key, []).append(text)
        return {k: v for k, v in seen.items() if len(v) > 1}

    type_keys(["F", "9", TAB, "5", ENTER])  # the confirmation bar is showing too
    assert dialog.confirm_bar.isVisible()
    assert clashes(dialog) == {}
    report = EvaluationReportDialog(ui_uow, TODAY)
    qtbot.addWidget(report)
    report.show()
    qtbot.waitExposed(report)
    assert clashes(report) == {}


def test_a_stray_esc_does_not_drop_a_typed_form(dialog, ui_uow) -> None:
    type_keys(["F", "9", TAB, "5", "5"])
    type_keys([ESC])
    assert dialog.isVisible() and "ikke lagret" in dialog.message.text()
    type_keys(["4", "4", ENTER])  # typing on saves it as usual
    assert stored(ui_uow) == [(m.Respondent.PARENT, 9, (5, 5, 4, 4))]
    type_keys(["B", ESC])
    type_keys([ESC])  # a second Esc closes without saving
    assert not dialog.isVisible()
    assert len(stored(ui_uow)) == 1


def test_the_newest_form_of_the_batch_counts_as_the_previous_one(qtbot, ui_uow) -> None:
    """Reopened the next day: the first form typed is compared with the batch's newest."""
    first = EvaluationEntryDialog(ui_uow, TODAY)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.activateWindow()
    first.respondent.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first.respondent, timeout=5000)
    type_keys(["F", "9", TAB, "5", "5", "5", "5", ENTER])
    first.close()
    again = EvaluationEntryDialog(ui_uow, TODAY)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.activateWindow()
    again.respondent.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is again.respondent, timeout=5000)
    type_keys(["F", "9", TAB, "5", "5", "5", "5", ENTER])
    assert "likt det forrige" in again.confirm_text.text()
    assert len(stored(ui_uow)) == 1
