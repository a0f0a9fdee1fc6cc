"""What a held meeting means for the rules: BUP's two meetings before referral count the
meetings BUP has taken part in (held), not those only planned; a meeting closed as held
before its planned day is recorded on the day it was held, and the case list's
«Siste møte» shows it. On real SQLite and PostgreSQL databases."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from familiemote.app import install_translators, uninstall_translators
from familiemote.domain import meeting_rules as rules
from familiemote.domain import model as m
from familiemote.domain.errors import SpecialistLimitError
from familiemote.services import cases, meetings
from familiemote.ui.meeting_common import specialist_count_text
from tests.integration.test_meetings import TODAY, family_plan, load, make_world
from tests.support.fixture_types import UowFactory


@pytest.fixture
def bokmal(qapp: QApplication) -> Iterator[None]:
    """The app's bokmål translators: a count's singular («1 familiemøte») is in there."""
    installed = install_translators(qapp, "nb")
    yield
    uninstall_translators(qapp, installed)


def test_bup_has_taken_part_only_in_the_held_meetings(
    uow_factory: UowFactory, bokmal: None
) -> None:
    w = make_world(uow_factory)
    first = meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, -20), TODAY)
    meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 14), TODAY)
    detail = cases.get_case(uow_factory(), w.case_id)
    split = rules.specialist_meetings_split(detail.case, detail.services)
    assert (split.held, split.planned) == (0, 2)
    text = specialist_count_text(detail)
    assert text.startswith("BUP har deltatt i 0 av høyst 2 familiemøter før henvisning.")
    assert "BUP er også satt opp på 2 familiemøter som ikke er holdt ennå." in text

    meetings.set_status(uow_factory(), first.meeting_id, m.MeetingStatus.HELD)
    detail = cases.get_case(uow_factory(), w.case_id)
    assert specialist_count_text(detail) == (
        "BUP har deltatt i 1 av høyst 2 familiemøter før henvisning. "
        "BUP er også satt opp på 1 familiemøte som ikke er holdt ennå."
    )
    # the limit still counts the planned one: a third cannot be planned while two are set up
    with pytest.raises(SpecialistLimitError) as info:
        meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 40), TODAY)
    assert (info.value.count, info.value.limit) == (2, 2)
    assert len(load(uow_factory, w.case_id).meetings) == 2


def test_a_cancelled_meeting_is_no_meeting_with_bup(
    uow_factory: UowFactory, bokmal: None
) -> None:
    w = make_world(uow_factory)
    planned = meetings.plan_meeting(uow_factory(), w.case_id, family_plan(w, 14), TODAY)
    meetings.set_status(uow_factory(), planned.meeting_id, m.MeetingStatus.CANCELLED)
    detail = cases.get_case(uow_factory(), w.case_id)
    assert specialist_count_text(detail) == (
        "BUP har deltatt i 0 av høyst 2 familiemøter før henvisning."
    )
