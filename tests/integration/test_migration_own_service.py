"""Migration 0013: planned meetings stored before the rule «the coordinator's own
service never discusses its own case anonymously» are corrected; held and cancelled
meetings, and every other service, keep what they recorded. The change is in the
case's history and the trail still verifies. Real SQLite and PostgreSQL databases."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import command

from familiemote.domain import model as m
from familiemote.services import audit as audit_service
from familiemote.services import meetings
from familiemote.storage import orm
from familiemote.storage.db import Database, alembic_config
from tests.integration.test_meetings import load, make_world
from tests.integration.test_own_service_and_later_consent import _plan, _receives
from tests.support.fixture_types import UowFactory

TODAY = dt.date(2026, 11, 22)


def _migrate(database: Database, to: str, *, down: bool = False) -> None:
    with database.engine.begin() as conn:
        cfg = alembic_config(database.engine)
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, to)


def test_planned_meetings_stored_with_the_own_service_anonymous_are_corrected(
    uow_factory: UowFactory, database: Database
) -> None:
    w = make_world(uow_factory, consent=False)
    held = meetings.plan_meeting(uow_factory(), w.case_id, _plan(w, -14), TODAY).meeting_id
    meetings.set_status(uow_factory(), held, m.MeetingStatus.HELD)
    cancelled = meetings.plan_meeting(uow_factory(), w.case_id, _plan(w, 7), TODAY).meeting_id
    meetings.set_status(uow_factory(), cancelled, m.MeetingStatus.CANCELLED)
    planned = meetings.plan_meeting(uow_factory(), w.case_id, _plan(w, 14), TODAY).meeting_id

    # the state an earlier version stored: the coordinator's service «drøfter anonymt»
    _migrate(database, "0012", down=True)
    p = orm.participants
    with database.engine.begin() as conn:
        conn.execute(p.update().where(p.c.service_id == w.hs).values(receives_information=False))
    for meeting_id in (held, cancelled, planned):
        assert _receives(uow_factory, w.case_id, meeting_id) == {w.hs: False, w.school: False}
    history_before = len(audit_service.case_history(uow_factory(), w.case_id))

    _migrate(database, "head")

    assert _receives(uow_factory, w.case_id, planned) == {w.hs: True, w.school: False}
    # what happened stays as it was recorded
    assert _receives(uow_factory, w.case_id, held) == {w.hs: False, w.school: False}
    assert _receives(uow_factory, w.case_id, cancelled) == {w.hs: False, w.school: False}

    history = audit_service.case_history(uow_factory(), w.case_id)
    assert len(history) == history_before + 1  # one entry, the app's (no server entry)
    newest = history[0]
    nurse_row = next(mt for mt in load(uow_factory, w.case_id).meetings if mt.id == planned)
    assert (newest.entity, newest.action) == ("participants", "update")
    assert newest.entity_id in {x.id for x in nurse_row.participants if x.service_id == w.hs}
    assert [(c.field, c.before, c.after) for c in newest.changes] == [
        ("receives_information", False, True)
    ]
    assert audit_service.verify_audit_trail(uow_factory()) == []

    # run again (a second upgrade after a downgrade): nothing left to correct
    _migrate(database, "0012", down=True)
    _migrate(database, "head")
    assert len(audit_service.case_history(uow_factory(), w.case_id)) == len(history)
    with database.engine.connect() as conn:
        anonymous_own = conn.scalar(
            sa.select(sa.func.count())
            .select_from(p.join(orm.meetings, orm.meetings.c.id == p.c.meeting_id))
            .where(p.c.service_id == w.hs, orm.meetings.c.status == "planned")
            .where(p.c.receives_information == sa.false())
        )
    assert anonymous_own == 0
