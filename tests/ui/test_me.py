"""«Meg»: asked once, kept per login, and used where the user's name was retyped before."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.domain.consent import AgeSettings
from familiemote.domain.errors import DatabaseOpenCode, DatabaseOpenError
from familiemote.services import cases, demo, directory
from familiemote.services import me as me_service
from familiemote.storage.db import Database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui import ops
from familiemote.ui.consent_dialog import ConsentDialog
from familiemote.ui.directory_dialog import DirectoryDialog
from familiemote.ui.followup_view import FollowUpView
from familiemote.ui.me_dialog import KEY_ASKED, MeDialog, ask_at_start
from familiemote.ui.meeting_planner import COL_INVITED, COL_LEADER, COL_WRITER, MeetingPlannerDialog
from tests.support.fixture_types import UowFactory
from tests.ui.conftest import TODAY


def _service(ui_uow: UowFactory, kind: m.ServiceKind) -> int:
    return next(s.id for s in directory.list_services(ui_uow()) if s.kind == kind)


def test_me_is_saved_once_per_login_and_is_a_person_in_the_directory(
    qtbot: QtBot, ui_uow: UowFactory, ui_db: Database
) -> None:
    assert me_service.get_me(ui_uow()) is None
    dialog = MeDialog(ui_uow)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    assert dialog.isVisible() and dialog.focusWidget() is dialog.name_edit  # a name is needed
    assert dialog.error_label.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Hanne Helse")
    hs = _service(ui_uow, m.ServiceKind.HELSESTASJON)
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findData(hs))
    qtbot.keyClicks(dialog.title_edit, "Helsesykepleier")
    dialog.submit()
    assert not dialog.isVisible()
    me = me_service.get_me(ui_uow())
    assert me is not None and (me.name, me.service_id, me.title) == (
        "Hanne Helse",
        hs,
        "Helsesykepleier",
    )
    people = [p for p in directory.list_professionals(ui_uow()) if p.name == "Hanne Helse"]
    assert [p.id for p in people] == [me.professional_id]
    # saved again: the same person, updated, not a second one
    me_service.save_me(ui_uow(), "Hanne Helse-Berg", hs, "Helsesykepleier")
    assert [p.name for p in directory.list_professionals(ui_uow())].count("Hanne Helse") == 0
    # another login on the same database has its own «Meg»
    other = SqlAlchemyUnitOfWork(ui_db.session_factory, user_name="kollega")
    assert me_service.get_me(other) is None


def test_me_leads_new_meetings_and_records_consents(qtbot: QtBot, ui_uow: UowFactory) -> None:
    result = demo.create_demo_case(ui_uow(), TODAY)
    hs = _service(ui_uow, m.ServiceKind.HELSESTASJON)
    me_service.save_me(ui_uow(), "Hanne Eksempel", hs)  # the demo's nurse: the same person
    me = me_service.get_me(ui_uow())
    assert me is not None
    detail = cases.get_case(ui_uow(), result.case_id)
    planner = MeetingPlannerDialog(ui_uow, detail, TODAY)
    qtbot.addWidget(planner)
    row = planner.row_of("Hanne Eksempel")
    assert planner._checked(row, COL_INVITED)
    assert planner._checked(row, COL_LEADER) and planner._checked(row, COL_WRITER)
    consent = ConsentDialog(ui_uow, detail, TODAY, demo_settings(ui_uow))
    qtbot.addWidget(consent)
    assert consent.recorder_edit.text() == "Hanne Eksempel"


def demo_settings(ui_uow: UowFactory) -> AgeSettings:
    from familiemote.services import consent as consent_service

    return consent_service.get_age_settings(ui_uow())


def test_mine_tiltak_shows_only_what_i_answer_for(qtbot: QtBot, ui_uow: UowFactory) -> None:
    demo.create_demo_case(ui_uow(), TODAY)
    view = FollowUpView(ui_uow, lambda: TODAY)
    qtbot.addWidget(view)
    everyone = view.model.rowCount()
    hs = _service(ui_uow, m.ServiceKind.HELSESTASJON)
    me_service.save_me(ui_uow(), "Hanne Eksempel", hs)
    view.mine_button.setChecked(True)
    me = me_service.get_me(ui_uow())
    assert me is not None and view.person_combo.currentData() == me.professional_id
    mine = [view.model.row_at(r) for r in range(view.model.rowCount())]
    assert 0 < len(mine) < everyone
    view.person_combo.setCurrentIndex(0)  # everyone again, chosen by hand
    assert not view.mine_button.isChecked()
    assert view.model.rowCount() == everyone
    view.mine_button.setChecked(True)
    view.mine_button.setChecked(False)
    assert view.model.rowCount() == everyone


def test_asked_once_at_start(qtbot: QtBot, ui_uow: UowFactory, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    parent = FollowUpView(ui_uow, lambda: TODAY)
    qtbot.addWidget(parent)
    ask_at_start(parent, ui_uow, settings)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, MeDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=30000,
    )
    assert settings.value(KEY_ASKED, False, type=bool)
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MeDialog):
            w.reject()
    ask_at_start(parent, ui_uow, settings)  # not again
    QApplication.processEvents()
    assert not any(
        isinstance(w, MeDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_asked_at_start_without_reading_on_the_gui_thread(
    qtbot: QtBot, ui_uow: UowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At the start this runs before the window is painted: whether the user is known
    is read in a worker thread (a slow server holds neither the paint nor the window),
    and a read that fails asks nothing and asks again at the next start."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    parent = FollowUpView(ui_uow, lambda: TODAY)
    qtbot.addWidget(parent)
    read_in: list[str] = []
    real_get_me = me_service.get_me

    def get_me(uow: object) -> object:
        read_in.append(threading.current_thread().name)
        return real_get_me(uow)  # type: ignore[arg-type]

    monkeypatch.setattr(me_service, "get_me", get_me)
    ask_at_start(parent, ui_uow, settings)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, MeDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=30000,
    )
    # the question's read (the dialog then reads what to fill in, as it does from the menu)
    assert read_in and read_in[0] != threading.main_thread().name, read_in
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MeDialog):
            w.reject()

    def gone(uow: object) -> object:
        raise DatabaseOpenError(DatabaseOpenCode.UNREACHABLE, "server")

    monkeypatch.setattr(me_service, "get_me", gone)
    again = QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat)
    qtbot.waitUntil(lambda: not parent.findChildren(ops.BackgroundOp), timeout=30000)
    ask_at_start(parent, ui_uow, again)
    assert parent.findChildren(ops.BackgroundOp)  # the read, under way
    qtbot.waitUntil(lambda: not parent.findChildren(ops.BackgroundOp), timeout=30000)
    assert not again.value(KEY_ASKED, False, type=bool)  # asked again next time
    assert not any(
        isinstance(w, (MeDialog, QMessageBox)) and w.isVisible()
        for w in QApplication.topLevelWidgets()
    )


def test_katalog_starts_a_new_blank_person_after_a_save(qtbot: QtBot, ui_uow: UowFactory) -> None:
    dialog = DirectoryDialog(ui_uow)
    qtbot.addWidget(dialog)
    dialog.show()
    people = dialog.people
    people.start_new()
    qtbot.keyClicks(people.name_edit, "Første Person")
    people.save_button.click()
    assert people.name_edit.text() == "" and people.current_id is None
    assert "Første Person" in people.saved_label.text()
    qtbot.keyClicks(people.name_edit, "Andre Person")
    people.save_button.click()
    names = [p.name for p in directory.list_professionals(ui_uow())]
    assert "Første Person" in names and "Andre Person" in names  # not overwritten
