"""The case view's read path (Core queries into the domain objects) gives what the ORM loads."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import inspect

from familiemote.domain import model as m
from familiemote.domain.errors import NotFoundError
from familiemote.services import cases, demo
from tests.support.fixture_types import UowFactory

TODAY = dt.date(2026, 11, 22)


def snapshot(obj: Any) -> Any:
    """Every mapped value of ``obj`` and, recursively, of what its relationships hold."""
    mapper = inspect(type(obj))
    out: dict[str, Any] = {a.key: getattr(obj, a.key) for a in mapper.column_attrs}
    for rel in mapper.relationships:
        out[rel.key] = [snapshot(child) for child in getattr(obj, rel.key)]
    return out


def test_read_gives_the_same_case_as_get_with_every_collection(uow_factory: UowFactory) -> None:
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    cases.create_case(uow_factory(), cases.NewCase("Emil", 2014), TODAY)  # not read
    with uow_factory() as uow:
        loaded = uow.cases.get(case_id)
        expected = snapshot(loaded)
    with uow_factory() as uow:
        read = uow.cases.read(case_id)
    got = snapshot(read)
    assert got == expected
    # the demo case fills every collection, so none was compared empty
    for key in (
        "family_members",
        "meetings",
        "actions",
        "consents",
        "phase_decisions",
        "referrals",
        "child_views",
        "notifications",
    ):
        assert got[key], key
    assert any(a["handovers"] for a in got["actions"])
    assert any(a["reviews"] for a in got["actions"])
    assert any(c["scopes"] for c in got["consents"])
    assert all(mt["participants"] for mt in got["meetings"])
    # detached like an object from a closed session: readable, not tied to one
    assert inspect(read).detached
    assert inspect(read.meetings[0].participants[0]).detached


def test_get_case_reads_the_directory_like_the_orm(uow_factory: UowFactory) -> None:
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    detail = cases.get_case(uow_factory(), case_id)
    with uow_factory() as uow:
        services = {s.id: snapshot(s) for s in uow.directory.services(include_inactive=True)}
        people = {p.id: snapshot(p) for p in uow.directory.professionals(include_inactive=True)}
    assert {k: snapshot(v) for k, v in detail.services.items()} == services
    assert {k: snapshot(v) for k, v in detail.professionals.items()} == people
    assert list(detail.services) == list(services)  # the same order (level, name)
    assert detail.case.id == case_id and isinstance(detail.case, m.Case)


def test_a_case_read_can_be_changed_through_get_afterwards(uow_factory: UowFactory) -> None:
    case_id = cases.create_case(uow_factory(), cases.NewCase("Ida", 2015), TODAY)
    shown = cases.get_case(uow_factory(), case_id).case
    with uow_factory() as uow:
        case = uow.cases.get(case_id, expected_version=shown.version)
        case.concern_summary = "Endret"
        uow.commit()
    again = cases.get_case(uow_factory(), case_id).case
    assert again.concern_summary == "Endret" and again.version == shown.version + 1


def test_read_of_a_missing_case_raises_not_found(uow_factory: UowFactory) -> None:
    with pytest.raises(NotFoundError), uow_factory() as uow:
        uow.cases.read(4242)


def test_every_object_read_has_its_identity_and_no_pending_change(
    uow_factory: UowFactory,
) -> None:
    """Each object read is detached with its identity and nothing pending, as after a
    closed session; one without relationships of its own (the case's relationships
    hold plain lists: a read-only snapshot) is taken back by a session as a row
    already stored, not a new one. This fails if the way SQLAlchemy makes objects
    detached changes."""
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    with uow_factory() as uow:
        read = uow.cases.read(case_id)

    def every(obj: Any) -> Any:
        yield obj
        for rel in inspect(type(obj)).relationships:
            for child in getattr(obj, rel.key):
                yield from every(child)

    objects = list(every(read))
    assert len(objects) > 20
    for obj in objects:
        state = inspect(obj)
        assert state.detached and state.identity == (obj.id,), obj
        assert not state.modified and not state.expired_attributes, obj
    leaves = [obj for obj in objects if not inspect(type(obj)).relationships]
    assert {type(obj) for obj in leaves} >= {m.FamilyMember, m.Participant, m.Notification}
    with uow_factory() as uow:
        session = uow.sql
        session.add_all(leaves)
        assert all(inspect(obj).persistent for obj in leaves)
        assert not session.new and not session.dirty
        member = read.family_members[0]
        assert session.get(m.FamilyMember, member.id) is member  # no second copy loaded
