"""A case is shown only once its opening is committed to the read log (ui/open_log.py).

The log entry is written in a thread of its own while the tabs are built hidden.
These tests slow that write down, so a window that showed the case before the
commit would be caught: at the moment the case view is shown, its entry is read
back through a separate connection. A write that fails leaves the case unshown,
with the reason told in Norwegian; the read log is written for every opening.
"""

from __future__ import annotations

import time
from typing import Any
from unittest import mock

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.domain.errors import NotFoundError
from familiemote.services import access, cases, demo
from familiemote.storage.db import Database
from familiemote.ui import open_log
from familiemote.ui.main_window import MainWindow
from tests.support.fixture_types import MakeWindow, UowFactory
from tests.ui.conftest import TODAY

WAIT = 30_000
SLOW_S = 0.4  # the log write held back this long: far longer than building the tabs


def _second_case(uow_factory: UowFactory) -> int:
    return cases.create_case(
        uow_factory(),
        cases.NewCase(
            child_first_name="Emma",
            child_birth_year=2016,
            concern_summary="Uro på skolen.",
            family=(cases.NewFamilyMember("Kari Nordmann", m.Relation.MOTHER, True),),
        ),
        TODAY,
    )


def _opens(uow_factory: UowFactory, case_id: int) -> int:
    return [r.action for r in access.read_log(uow_factory(), case_id)].count("open")


class ShownWatch(QObject):
    """Notes, each time the case view is shown, which case it holds and how many
    openings of that case the read log holds at that moment."""

    def __init__(self, window: MainWindow, uow_factory: UowFactory) -> None:
        super().__init__()
        self.window, self.uow_factory = window, uow_factory
        self.seen: list[tuple[int | None, int]] = []
        window.case_view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            shown = self.window.case_view.detail
            case_id = shown.case.id if shown is not None else None
            count = _opens(self.uow_factory, case_id) if case_id is not None else 0
            self.seen.append((case_id, count))
        return False


def _slow_record_open(*args: Any, **kwargs: Any) -> bool:
    time.sleep(SLOW_S)
    return access.record_open(*args, **kwargs)


def test_every_opening_is_in_the_log_before_the_case_is_shown(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    first = demo.create_demo_case(ui_uow(), TODAY).case_id
    second = _second_case(ui_uow)
    window = make_window()
    watch = ShownWatch(window, ui_uow)
    with mock.patch.object(open_log, "record_open", _slow_record_open):
        for case_id in (first, second, first):
            window.select_case(case_id)
            qtbot.waitUntil(
                lambda c=case_id: (
                    window.current_case_id == c  # type: ignore[misc]
                    and window.right.currentWidget() is window.case_view
                    and window.case_view.isVisible()
                ),
                timeout=WAIT,
            )
    # each time the view was shown, the case it showed was already logged as opened
    assert [case_id for case_id, _ in watch.seen] == [first, second, first]
    assert all(count >= 1 for _, count in watch.seen), watch.seen
    # first and second logged once each; the first again within the quiet period is not
    assert _opens(ui_uow, first) == 1 and _opens(ui_uow, second) == 1


def test_reading_the_same_case_again_writes_no_second_entry(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    window.select_case(case_id)
    qtbot.waitUntil(lambda: window.case_view.isVisible(), timeout=WAIT)
    started = mock.MagicMock(side_effect=open_log.start)
    with mock.patch.object(open_log, "start", started):
        window.open_case(case_id)  # read again (as after a save): no new opening
    assert started.call_count == 0
    assert window.case_view.isVisible() and _opens(ui_uow, case_id) == 1


def test_a_failed_log_write_leaves_the_case_unshown_and_says_why(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory
) -> None:
    first = demo.create_demo_case(ui_uow(), TODAY).case_id
    second = _second_case(ui_uow)
    window = make_window()
    window.select_case(first)
    qtbot.waitUntil(lambda: window.case_view.isVisible(), timeout=WAIT)
    watch = ShownWatch(window, ui_uow)

    def refused(*_args: Any, **_kwargs: Any) -> bool:
        time.sleep(SLOW_S)  # fails only after the tabs are built
        raise NotFoundError("case", second)

    with (
        mock.patch.object(open_log, "record_open", refused),
        mock.patch.object(QMessageBox, "warning") as warning,
    ):
        window.select_case(second)
        qtbot.waitUntil(lambda: warning.call_count == 1, timeout=WAIT)
    text = warning.call_args.args[2]
    assert text.startswith("Saken ble ikke vist") and "loggen over hvem" in text
    assert watch.seen == []  # the second case was never shown
    assert window.current_case_id is None
    assert window.right.currentWidget() is window.no_case_label
    assert window.no_case_label.isVisible() and not window.case_view.isVisible()
    assert window.case_table.selectionModel().selectedRows() == []
    assert _opens(ui_uow, second) == 0
    # the next opening works as usual, and is logged
    window.select_case(second)
    qtbot.waitUntil(lambda: window.case_view.isVisible(), timeout=WAIT)
    assert window.current_case_id == second and _opens(ui_uow, second) == 1
    assert watch.seen == [(second, 1)]


def test_a_log_the_database_refuses_to_write_leaves_the_case_unshown(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory, ui_db: Database
) -> None:
    """A real failure of the write in the database (a trigger refuses the entry)."""
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    with ui_db.engine.begin() as conn:
        conn.execute(
            sa.text(
                "CREATE TRIGGER test_no_open BEFORE INSERT ON audit_log "
                "WHEN NEW.action = 'open' BEGIN SELECT RAISE(ABORT, 'refused'); END"
            )
        )
    window = make_window()
    watch = ShownWatch(window, ui_uow)
    with qtbot.capture_exceptions() as raised:
        window.select_case(case_id)
        qtbot.waitUntil(lambda: bool(raised), timeout=WAIT)
    # not a DomainError: handed on as it is (in the app, to its error hook), once
    assert len(raised) == 1 and "refused" in str(raised[0][1])
    assert watch.seen == []
    assert window.current_case_id is None
    assert window.right.currentWidget() is window.no_case_label
    assert _opens(ui_uow, case_id) == 0


@pytest.mark.parametrize("slow", [False, True])
def test_the_opening_is_announced_once_shown(
    qtbot: QtBot, make_window: MakeWindow, ui_uow: UowFactory, slow: bool
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    window = make_window()
    opened: list[tuple[int, bool]] = []
    window.case_opened.connect(lambda c: opened.append((c, window.case_view.isVisible())))
    patch = _slow_record_open if slow else access.record_open
    with mock.patch.object(open_log, "record_open", patch):
        window.select_case(case_id)
        qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    assert opened == [(case_id, True)]
    assert _opens(ui_uow, case_id) == 1
