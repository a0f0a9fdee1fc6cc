"""What the family view reads, on SQLite and PostgreSQL: the family copy's rule, committed data."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from familiemote.domain import model as m
from familiemote.domain.errors import NotFoundError
from familiemote.services import actions, cases, demo, directory, meetings
from familiemote.services.family_view import family_view_data
from tests.support.fixture_types import UowFactory

TODAY = dt.date(2026, 11, 22)


def test_family_view_data_leaves_out_what_the_family_copy_leaves_out(
    uow_factory: UowFactory,
) -> None:
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    case = cases.get_case(uow_factory(), case_id).case
    meeting = sorted(case.meetings, key=lambda mt: mt.starts_at)[-1]
    assert meeting.id is not None
    hs = next(
        s for s in directory.list_services(uow_factory()) if s.kind == m.ServiceKind.HELSESTASJON
    )
    day = meeting.starts_at.date()
    hidden = actions.agree_action(
        uow_factory(),
        case_id,
        actions.NewAction("Intern drøfting", hs.id, meeting_id=meeting.id, internal=True),
        TODAY,
    )
    cancelled = actions.agree_action(
        uow_factory(),
        case_id,
        actions.NewAction("Avlyst tiltak", hs.id, meeting_id=meeting.id, due_date=day),
        TODAY,
    )
    actions.change_status(uow_factory(), cancelled, m.ActionStatus.CANCELLED, "Ikke aktuelt")
    actions.agree_action(
        uow_factory(),
        case_id,
        actions.NewAction(
            "Nytt tiltak", hs.id, meeting_id=meeting.id, family_part="Far", due_date=day
        ),
        TODAY,
    )
    meetings.save_text(
        uow_factory(), meeting.id, meetings.GuideField.INTERNAL_NOTES, "Bare for tjenestene"
    )
    cases.create_case(uow_factory(), cases.NewCase("Annen", 2016), TODAY)

    data = family_view_data(uow_factory(), meeting.id)
    assert data.child_first_name == "Sofie"
    assert [a.description for a in data.actions] == [
        "Henvisning til BUP etter sjekklisten for gode henvisninger",
        "Sende PPTs observasjon til fastlegen som vedlegg til henvisningen",
        "Nytt tiltak",
    ]
    new = data.actions[-1]
    assert (new.service, new.family_part, new.due_date) == (hs.name, "Far", day)
    assert data.actions[0].person == "Dr. Eva Eksempel"
    assert len(data.carried_over) == 3
    assert data.child_voice == meeting.child_voice
    assert data.decision == m.Decision.REFER_BUP
    # nothing of the snapshot holds an id, an internal note or another child
    flat = repr(dataclasses.asdict(data))
    for text in ("Intern drøfting", "Bare for tjenestene", "Annen", "Avlyst tiltak"):
        assert text not in flat
    assert "id" not in {f.name for f in dataclasses.fields(data)}
    assert hidden  # stored, only not shown


def test_a_missing_meeting_is_not_found(uow_factory: UowFactory) -> None:
    with pytest.raises(NotFoundError):
        family_view_data(uow_factory(), 999_999)
