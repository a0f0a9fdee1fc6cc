"""Every document that leaves the app is in the audit trail: who, what document,
which case, when; ids only. A user prints and saves a plan, exports the case and
a calendar file, takes a backup, then reads the case's history tab."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from familiemote.services import audit as audit_service
from familiemote.services import backup as backup_service
from familiemote.services import demo, transfer
from familiemote.services.cases import CaseDetail
from familiemote.services.printing import meeting_choices
from familiemote.storage import audit as audit_store
from familiemote.storage.db import open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.ics_export import CalendarExportDialog
from familiemote.ui.print_actions import PreviewDialog, consent_document, plan_document
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY

CHILD = "Sofie"


def _events(ui_uow: UowFactory, case_id: int) -> list[tuple[str, dict]]:  # type: ignore[type-arg]
    return [
        (e.action, {c.field: c.after for c in e.changes})
        for e in audit_service.case_history(ui_uow(), case_id)
        if e.action not in ("insert", "update", "delete")
    ]


def test_print_save_export_and_calendar_are_in_the_history_tab(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory, tmp_path: Path
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    meeting_id = meeting_choices(ui_uow(), case_id)[0][0]

    # print the plan (to a PDF printer: the path without CUPS) and save it as PDF
    preview = PreviewDialog(plan_document(ui_uow, meeting_id, False, TODAY))
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 0
    preview = PreviewDialog(plan_document(ui_uow, meeting_id, True, TODAY))
    qtbot.addWidget(preview)
    preview.save_to(tmp_path / f"{CHILD}-plan.pdf")
    consent = PreviewDialog(consent_document(ui_uow, case_id, TODAY))
    qtbot.addWidget(consent)
    consent.save_to(tmp_path / "samtykke.pdf")
    # export the whole case, and a calendar file
    transfer.export_case_to_file(ui_uow(), case_id, tmp_path / f"{CHILD}.json")
    detail = demo_detail(ui_uow, case_id)
    calendar = CalendarExportDialog(detail, TODAY, uow_factory=ui_uow)
    qtbot.addWidget(calendar)
    calendar.choose_path = lambda: str(tmp_path / f"{CHILD}.ics")
    calendar.items.item(0).setCheckState(Qt.CheckState.Checked)
    calendar.save()
    assert calendar.saved_path is not None

    events = _events(ui_uow, case_id)
    assert [(a, d["document"]) for a, d in events] == [
        ("calendar", "calendar"),
        ("export", "case_export"),
        ("save_pdf", "consent_form"),
        ("save_pdf", "plan_family_copy"),
        ("print", "plan"),
    ]
    assert events[-1][1]["meeting_id"] == meeting_id
    assert events[0][1]["meeting_ids"] or events[0][1]["action_ids"]
    # ids only: no file name (the user's, here with the child's name) and no case text
    for _action, details in events:
        assert all(CHILD not in str(v) for v in details.values())

    # the history tab shows them in words
    window = make_window()
    window.select_case(case_id)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=30000)
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier
    )
    table = window.case_view.history_panel.findChild(QTableWidget, "historyTable")
    assert table is not None
    shown = [table.item(r, 1).text() for r in range(5)]
    assert " lagret en kalenderfil (.ics) med " in shown[0]
    assert shown[1].endswith(" eksporterte hele saken til en fil.")
    assert shown[2].endswith(" lagret samtykkeskjemaet som PDF.")
    assert " lagret familiens kopi av oppfølgingsplanen for familiemøtet " in shown[3]
    assert shown[3].endswith(" som PDF.")
    assert " skrev ut oppfølgingsplanen for familiemøtet " in shown[4]


def demo_detail(ui_uow: UowFactory, case_id: int) -> CaseDetail:
    from familiemote.services import cases

    return cases.get_case(ui_uow(), case_id)


def test_a_backup_is_in_the_audit_trail(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "kryptert.sqlite"), passphrase="blå hval svømmer 42")
    try:
        uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
        demo.create_demo_case(uow(), TODAY)
        backup_service.make_backup(db, tmp_path / "kopi.fmbak", dt.datetime(2026, 11, 22, 12))
        with db.engine.connect() as conn:
            last = audit_store.rows(conn)[-1]
        assert (last.action, last.case_id, last.entity) == ("backup", None, "app")
        assert last.user_name
        assert audit_service.verify_audit_trail(uow()) == []
    finally:
        db.dispose()
