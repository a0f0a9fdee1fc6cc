"""A save made in place, with no dialog of its own (the meeting guide's notes, someone
who came unannounced), when the database server drops (a fresh cluster, stopped
under the running window):

* what was typed stays where it was typed, the guide says what happened, and
  closing the guide now asks first instead of losing it;
* when the server answers again the watch offers to save it, as it does for a
  dialog: «Lagre nå» stores it, once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from familiemote import app as app_module
from familiemote.services import cases, directory
from familiemote.services.meetings import GuideField
from familiemote.storage.db import Database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.meeting_guide import MeetingGuideDialog
from familiemote.ui.server_watch import server_watch
from tests.support.modal import when_shown
from tests.support.pg_cluster import Cluster
from tests.support.server_case import cluster_owned_by, open_with_demo_case
from tests.ui.conftest import TODAY
from tests.ui.test_security import make

pytestmark = pytest.mark.slow

PASSWORD = "kari sitt passord 5"
WAIT = 60_000


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    yield from cluster_owned_by("kari", PASSWORD)


@pytest.fixture
def server_db(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    db = open_with_demo_case(cluster, "kari", PASSWORD, monkeypatch, TODAY)
    watch = server_watch()
    watch.timer.setInterval(300)  # ask the silent server again often
    old = sys.excepthook
    app_module._install_excepthook()
    yield db
    sys.excepthook = old
    watch.timer.stop()
    watch.is_lost = False
    db.dispose()


def _guide(qtbot: QtBot, db: Database, tmp_path: Path) -> MeetingGuideDialog:
    window, _controls = make(qtbot, db, tmp_path)  # the main window shown: the app's runner
    uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
    case_id = cases.list_cases(uow())[0].id
    detail = cases.get_case(uow(), case_id)
    meeting = detail.case.meetings[-1]
    assert meeting.id is not None
    guide = MeetingGuideDialog(uow, detail, meeting.id, TODAY, window)
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    return guide


def _press(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    assert isinstance(button, QPushButton)
    button.click()


def _offer_when_back(qtbot: QtBot, cluster: Cluster) -> QMessageBox:
    """The server started again: the watch says so and offers the kept save."""
    cluster.start()
    watch = server_watch()
    qtbot.waitUntil(lambda: not watch.is_lost, timeout=WAIT)
    qtbot.waitUntil(lambda: watch.offer is not None, timeout=WAIT)
    offer = watch.offer
    assert offer is not None
    return offer


def _offered_and_saved(qtbot: QtBot, cluster: Cluster) -> None:
    """The server back: the offer says so; «Lagre nå»."""
    offer = _offer_when_back(qtbot, cluster)
    assert "tilbake" in offer.text() and "står fortsatt der du skrev det" in offer.text()
    _press(offer, "Lagre nå")


@pytest.mark.qt_no_exception_capture
def test_notes_typed_in_the_guide_survive_a_dropped_server_and_are_saved_when_it_returns(
    qtbot: QtBot, server_db: Database, cluster: Cluster, tmp_path: Path
) -> None:
    uow = lambda: SqlAlchemyUnitOfWork(server_db.session_factory)  # noqa: E731
    guide = _guide(qtbot, server_db, tmp_path)
    guide.go_to_key("tjenestenes_vurdering")
    edit = guide.text_edits[GuideField.SERVICES_VIEW]
    text = "Skolen ser mindre fravær etter jul."
    cluster.stop()
    try:
        edit.selectAll()
        qtbot.keyClicks(edit, text)
        guide.flush()  # what the autosave does a moment after the typing stops
        # kept where it was typed, told in words, not saved
        assert edit.toPlainText() == text
        assert guide.waiting_for_server
        assert guide.error_label.isVisible()
        assert "Forbindelsen til databaseserveren ble brutt" in guide.error_label.text()
        assert "Ikke lagret" in guide.status_label.text()
        # closing now would lose it: asked first, and «Ikke lukk» keeps the guide open
        asked: list[str] = []

        def stay(box: QMessageBox) -> None:
            asked.append(box.text())
            _press(box, "Ikke lukk")

        when_shown(QMessageBox, stay)
        guide.reject()
        assert asked and "går det tapt" in asked[0]
        assert guide.isVisible() and edit.toPlainText() == text
    except BaseException:
        cluster.start()
        raise
    _offered_and_saved(qtbot, cluster)
    case_id = guide.detail.case.id
    assert case_id is not None

    def stored() -> str | None:
        meeting = cases.get_case(uow(), case_id).case.meetings[-1]
        return meeting.services_view

    qtbot.waitUntil(lambda: stored() == text, timeout=WAIT)
    assert not guide.waiting_for_server and not guide.error_label.isVisible()
    assert "Lagret" in guide.status_label.text()
    guide.reject()  # nothing left unsaved: closes without asking
    assert not guide.isVisible()
    assert QApplication.activeModalWidget() is None


@pytest.mark.qt_no_exception_capture
def test_someone_who_came_unannounced_is_added_once_when_the_server_returns(
    qtbot: QtBot, server_db: Database, cluster: Cluster, tmp_path: Path
) -> None:
    uow = lambda: SqlAlchemyUnitOfWork(server_db.session_factory)  # noqa: E731
    guide = _guide(qtbot, server_db, tmp_path)
    attendance = guide.attendance
    school = next(s for s in directory.list_services(uow()) if s.name == "Skole")
    before = attendance.table.rowCount()
    cluster.stop()
    try:
        attendance.walk_in.setText("Tone Lærer")
        attendance.walk_in_service.setCurrentIndex(attendance.walk_in_service.findData(school.id))
        attendance.walk_in_title.setText("Kontaktlærer")
        attendance.add_walk_in()  # «Legg til»
        assert attendance.walk_in.text() == "Tone Lærer"  # kept
        assert attendance.walk_in_title.text() == "Kontaktlærer"
        assert "Ikke lagt til" in attendance.error_label.text()
        assert "Forbindelsen til databaseserveren ble brutt" in attendance.error_label.text()
    except BaseException:
        cluster.start()
        raise
    _offered_and_saved(qtbot, cluster)
    qtbot.waitUntil(lambda: attendance.table.rowCount() == before + 1, timeout=WAIT)
    people = [p for p in directory.list_professionals(uow()) if p.name == "Tone Lærer"]
    assert len(people) == 1 and people[0].title == "Kontaktlærer"
    meeting = cases.get_case(uow(), guide.detail.case.id or 0).case.meetings[-1]
    assert [p.professional_id for p in meeting.participants].count(people[0].id) == 1


def _walk_in_kept(guide: MeetingGuideDialog, cluster: Cluster, name: str, school: int) -> None:
    """Someone who came unannounced is added while the server is gone: kept, not added."""
    attendance = guide.attendance
    cluster.stop()
    try:
        attendance.walk_in.setText(name)
        attendance.walk_in_service.setCurrentIndex(attendance.walk_in_service.findData(school))
        attendance.walk_in_title.setText("Kontaktlærer")
        attendance.add_walk_in()  # «Legg til»
        assert "Ikke lagt til" in attendance.error_label.text()
    except BaseException:
        cluster.start()
        raise


def _put_off(qtbot: QtBot, cluster: Cluster) -> None:
    """The server back: the offer comes, and «Senere» puts it off."""
    _press(_offer_when_back(qtbot, cluster), "Senere")
    qtbot.waitUntil(lambda: server_watch().offer is None, timeout=WAIT)


def _walk_ins(uow: Callable[[], SqlAlchemyUnitOfWork], name: str) -> list[int]:
    """The ids of the people of that name in the directory."""
    return [p.id or 0 for p in directory.list_professionals(uow()) if p.name == name]


@pytest.mark.qt_no_exception_capture
def test_a_walk_in_put_off_with_later_is_asked_about_when_the_guide_closes(
    qtbot: QtBot, server_db: Database, cluster: Cluster, tmp_path: Path
) -> None:
    uow = lambda: SqlAlchemyUnitOfWork(server_db.session_factory)  # noqa: E731
    guide = _guide(qtbot, server_db, tmp_path)
    school = next(s for s in directory.list_services(uow()) if s.name == "Skole")
    _walk_in_kept(guide, cluster, "Siri Sosionom", school.id or 0)
    _put_off(qtbot, cluster)
    assert guide.attendance.walk_in.text() == "Siri Sosionom"  # still where it was typed
    assert _walk_ins(uow, "Siri Sosionom") == []
    asked: list[str] = []

    def save_now(box: QMessageBox) -> None:
        asked.append(box.text())
        _press(box, "Lagre nå")

    when_shown(QMessageBox, save_now)
    guide.reject()  # closing the guide: asked first, «Lagre nå» adds the person, once
    assert asked and "ikke lagret ennå" in asked[0], asked
    qtbot.waitUntil(lambda: not guide.isVisible(), timeout=WAIT)
    added = _walk_ins(uow, "Siri Sosionom")
    assert len(added) == 1
    meeting = cases.get_case(uow(), guide.detail.case.id or 0).case.meetings[-1]
    assert [p.professional_id for p in meeting.participants].count(added[0]) == 1


@pytest.mark.qt_no_exception_capture
def test_a_walk_in_put_off_with_later_is_offered_again_at_the_next_change(
    qtbot: QtBot, server_db: Database, cluster: Cluster, tmp_path: Path
) -> None:
    uow = lambda: SqlAlchemyUnitOfWork(server_db.session_factory)  # noqa: E731
    guide = _guide(qtbot, server_db, tmp_path)
    school = next(s for s in directory.list_services(uow()) if s.name == "Skole")
    before = guide.attendance.table.rowCount()
    _walk_in_kept(guide, cluster, "Per Pedagog", school.id or 0)
    _put_off(qtbot, cluster)
    assert _walk_ins(uow, "Per Pedagog") == []
    # the next change in the guide: a note typed and saved
    guide.go_to_key("tjenestenes_vurdering")
    edit = guide.text_edits[GuideField.SERVICES_VIEW]
    edit.selectAll()
    qtbot.keyClicks(edit, "Skolen melder bedre oppmøte.")
    assert guide.flush()
    watch = server_watch()
    qtbot.waitUntil(lambda: watch.offer is not None, timeout=WAIT)  # offered again
    offer = watch.offer
    assert offer is not None and "står fortsatt der du skrev det" in offer.text()
    _press(offer, "Lagre nå")
    qtbot.waitUntil(lambda: guide.attendance.table.rowCount() == before + 1, timeout=WAIT)
    assert len(_walk_ins(uow, "Per Pedagog")) == 1
    guide.reject()  # nothing waits: closes without asking
    assert not guide.isVisible()


@pytest.mark.qt_no_exception_capture
def test_closing_the_guide_with_a_walk_in_kept_for_the_gone_server_asks_first(
    qtbot: QtBot, server_db: Database, cluster: Cluster, tmp_path: Path
) -> None:
    uow = lambda: SqlAlchemyUnitOfWork(server_db.session_factory)  # noqa: E731
    guide = _guide(qtbot, server_db, tmp_path)
    school = next(s for s in directory.list_services(uow()) if s.name == "Skole")
    _walk_in_kept(guide, cluster, "Åse Assistent", school.id or 0)
    try:
        asked: list[str] = []

        def stay(box: QMessageBox) -> None:
            asked.append(box.text())
            assert "Lagre nå" not in [b.text().replace("&", "") for b in box.buttons()]
            _press(box, "Ikke lukk")

        when_shown(QMessageBox, stay)
        guide.reject()
        assert asked and "svarer ikke" in asked[0], asked
        assert guide.isVisible() and guide.attendance.walk_in.text() == "Åse Assistent"
    except BaseException:
        cluster.start()
        raise
    _offered_and_saved(qtbot, cluster)
    qtbot.waitUntil(lambda: len(_walk_ins(uow, "Åse Assistent")) == 1, timeout=WAIT)


@pytest.mark.qt_no_exception_capture
def test_the_error_line_of_a_walk_in_put_off_with_later_says_the_server_is_back(
    qtbot: QtBot, server_db: Database, cluster: Cluster, tmp_path: Path
) -> None:
    """Once the server answers and «Senere» is chosen, the walk-in's line no longer says
    the connection is broken: it says the server is back and the person is not added
    yet. «Legg til» again adds the person once, and the line goes."""
    uow = lambda: SqlAlchemyUnitOfWork(server_db.session_factory)  # noqa: E731
    guide = _guide(qtbot, server_db, tmp_path)
    attendance = guide.attendance
    school = next(s for s in directory.list_services(uow()) if s.name == "Skole")
    before = attendance.table.rowCount()
    _walk_in_kept(guide, cluster, "Berit Barnevern", school.id or 0)
    assert "ble brutt" in attendance.error_label.text()
    _put_off(qtbot, cluster)
    line = attendance.error_label
    assert line.isVisible()  # not added yet, and it says so
    assert line.text().startswith("⚠ Ikke lagt til: ")  # told as the first time was
    assert "ble brutt" not in line.text() and "svarer ikke" not in line.text()
    assert "databaseserveren er tilbake, men dette er ikke lagret ennå" in line.text()
    assert line.accessibleName() == line.text().removeprefix("⚠ ")  # what a reader says
    assert attendance.walk_in.text() == "Berit Barnevern"  # still where it was typed
    assert _walk_ins(uow, "Berit Barnevern") == []
    attendance.add_walk_in()  # «Legg til» again
    qtbot.waitUntil(lambda: attendance.table.rowCount() == before + 1, timeout=WAIT)
    assert not line.isVisible()
    assert len(_walk_ins(uow, "Berit Barnevern")) == 1
    guide.reject()  # nothing waits: closes without asking
    assert not guide.isVisible()


@pytest.mark.qt_no_exception_capture
def test_a_walk_in_put_off_with_later_says_the_connection_is_broken_when_it_breaks_again(
    qtbot: QtBot, server_db: Database, cluster: Cluster, tmp_path: Path
) -> None:
    """Put off with «Senere», then the server goes again (a note typed in the guide meets
    it): the walk-in's line says the connection is broken again, not that it is back.
    When the server returns, both are offered and «Lagre nå» saves both."""
    uow = lambda: SqlAlchemyUnitOfWork(server_db.session_factory)  # noqa: E731
    guide = _guide(qtbot, server_db, tmp_path)
    line = guide.attendance.error_label
    school = next(s for s in directory.list_services(uow()) if s.name == "Skole")
    _walk_in_kept(guide, cluster, "Geir Gjenbrudd", school.id or 0)
    _put_off(qtbot, cluster)
    assert "databaseserveren er tilbake" in line.text()
    guide.go_to_key("tjenestenes_vurdering")
    edit = guide.text_edits[GuideField.SERVICES_VIEW]
    cluster.stop()
    try:
        edit.selectAll()
        qtbot.keyClicks(edit, "Skolen ser bedring.")
        assert not guide.flush()  # met the gone server
        assert server_watch().is_lost
        # (the line is on the first step: shown there, not hidden)
        assert not line.isHidden() and line.text().startswith("⚠ Ikke lagt til: ")
        assert "ble brutt" in line.text() and "serveren er tilbake" not in line.text()
        assert line.accessibleName() == line.text().removeprefix("⚠ ")
    except BaseException:
        cluster.start()
        raise
    _offered_and_saved(qtbot, cluster)
    qtbot.waitUntil(lambda: len(_walk_ins(uow, "Geir Gjenbrudd")) == 1, timeout=WAIT)
    case_id = guide.detail.case.id or 0
    qtbot.waitUntil(
        lambda: cases.get_case(uow(), case_id).case.meetings[-1].services_view
        == "Skolen ser bedring.",
        timeout=WAIT,
    )
    assert line.isHidden()
