"""Storage on real databases: SQLite files and a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from familiemote.domain import model as m
from familiemote.domain.errors import ConcurrentChangeError, NotFoundError, ValidationError
from familiemote.services import cases, demo, directory
from familiemote.storage import orm
from familiemote.storage.db import Database, head_revision, open_database
from tests.support.fixture_types import UowFactory

TODAY = dt.date(2026, 11, 22)


def test_migration_from_empty_database_reaches_head_and_matches_the_model(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn)
            assert ctx.get_current_heads() == (head_revision(),)
            # the migrations build exactly the schema the mapping expects
            assert compare_metadata(ctx, orm.metadata) == []
    finally:
        db.dispose()


def test_opening_twice_does_not_migrate_or_seed_again(db_url: str) -> None:
    open_database(db_url).dispose()
    db = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            count = conn.scalar(sa.select(sa.func.count()).select_from(orm.services))
        assert count == 12
    finally:
        db.dispose()


def test_service_directory_is_preloaded(uow_factory: UowFactory) -> None:
    services = directory.list_services(uow_factory())
    kinds = {s.kind for s in services}
    assert kinds == set(m.ServiceKind) - {m.ServiceKind.OTHER}
    bup = next(s for s in services if s.kind is m.ServiceKind.BUP)
    assert bup.level is m.ServiceLevel.SPECIALIST
    assert "BUP" in bup.name


def test_demo_round_trip(uow_factory: UowFactory) -> None:
    result = demo.create_demo_case(uow_factory(), TODAY)
    assert result.created
    detail = cases.get_case(uow_factory(), result.case_id)
    c = detail.case
    assert c.child_first_name == "Sofie"
    assert c.child_age(TODAY) == 9
    assert c.phase is m.Phase.VURDERING
    assert detail.service_name(c.concern_service_id) == "Skole"
    assert detail.professional_name(c.coordinator_id) == "Hanne Eksempel"
    assert [f.name for f in c.guardians] == ["Kari Nordmann", "Ola Nordmann"]
    assert len(c.meetings) == 2
    assert c.meetings[0].starts_at < c.meetings[1].starts_at
    for meeting in c.meetings:
        kinds = {detail.services[p.service_id].kind for p in meeting.participants if p.service_id}
        assert {m.ServiceKind.HELSESTASJON, m.ServiceKind.PPT, m.ServiceKind.SKOLE,
                m.ServiceKind.BUP} <= kinds
    leader = [p for p in c.meetings[0].participants if m.Role.LEADER in p.roles]
    assert len(leader) == 1 and leader[0].roles == {m.Role.LEADER, m.Role.COORDINATOR}
    assert {a.meeting_id for a in c.actions} == {mt.id for mt in c.meetings}
    assert any(a.status is m.ActionStatus.DONE for a in c.actions)
    # one guardian for all services, the other leaving the school out
    scopes = {
        detail.family_member(x.given_by_id).name: {  # type: ignore[union-attr]
            detail.services[s.service_id].kind for s in x.scopes
        }
        for x in c.consents
    }
    assert m.ServiceKind.SKOLE in scopes["Kari Nordmann"]
    assert m.ServiceKind.SKOLE not in scopes["Ola Nordmann"]
    assert scopes["Kari Nordmann"] - scopes["Ola Nordmann"] == {m.ServiceKind.SKOLE}


def test_demo_twice_adds_nothing(uow_factory: UowFactory, database: Database) -> None:
    first = demo.create_demo_case(uow_factory(), TODAY)
    with database.engine.connect() as conn:
        before = {t.name: conn.scalar(sa.select(sa.func.count()).select_from(t))
                  for t in orm.metadata.sorted_tables}
    second = demo.create_demo_case(uow_factory(), TODAY)
    with database.engine.connect() as conn:
        after = {t.name: conn.scalar(sa.select(sa.func.count()).select_from(t))
                 for t in orm.metadata.sorted_tables}
    assert second == demo.DemoResult(first.case_id, created=False)
    assert before == after


def new_case(name: str = "Åsmund", **kw: object) -> cases.NewCase:
    data: dict[str, object] = {"child_first_name": name, "child_birth_year": 2016}
    data.update(kw)
    return cases.NewCase(**data)  # type: ignore[arg-type]


def test_create_case_stores_what_was_given(uow_factory: UowFactory) -> None:
    services = {s.kind: s for s in directory.list_services(uow_factory())}
    person = directory.add_professional(
        uow_factory(),
        directory.NewProfessional("Åse Ødegård", services[m.ServiceKind.PPT].id, "Rådgiver"),
    )
    case_id = cases.create_case(
        uow_factory(),
        new_case(
            "  Åsmund ",
            child_birth_year=None,
            child_birth_date=dt.date(2016, 5, 17),
            concern_service_id=services[m.ServiceKind.BARNEHAGE].id,
            initiating_service_id=services[m.ServiceKind.HELSESTASJON].id,
            coordinator_id=person,
            concern_summary="Linje 1\r\nLinje 2 😀",
            family=(cases.NewFamilyMember("Øystein Ås", m.Relation.FATHER, True),),
        ),
        TODAY,
    )
    detail = cases.get_case(uow_factory(), case_id)
    c = detail.case
    assert c.child_first_name == "Åsmund"
    assert (c.child_birth_year, c.child_birth_date) == (2016, dt.date(2016, 5, 17))
    assert c.concern_summary == "Linje 1\nLinje 2 😀"
    assert c.opened_on == TODAY
    assert c.phase is m.Phase.BEKYMRING and c.status is m.CaseStatus.OPEN
    assert detail.professional_name(c.coordinator_id) == "Åse Ødegård"
    assert [(f.name, f.relation, f.is_guardian) for f in c.family_members] == [
        ("Øystein Ås", m.Relation.FATHER, True)
    ]


def test_invalid_case_is_refused_and_nothing_is_stored(uow_factory: UowFactory) -> None:
    bad_family = (
        cases.NewFamilyMember("Kari", m.Relation.MOTHER, True),
        cases.NewFamilyMember("Ola\x00", m.Relation.FATHER, True),
    )
    with pytest.raises(ValidationError) as info:
        cases.create_case(uow_factory(), new_case(family=bad_family), TODAY)
    assert info.value.field == "family[1].name"
    with pytest.raises(NotFoundError):
        cases.create_case(uow_factory(), new_case(initiating_service_id=99999), TODAY)
    assert cases.count_cases(uow_factory()) == 0
    assert cases.list_cases(uow_factory()) == []


def test_search_is_case_insensitive_for_norwegian_letters_and_escapes_wildcards(
    uow_factory: UowFactory,
) -> None:
    ids = {
        name: cases.create_case(
            uow_factory(),
            new_case(name, family=(cases.NewFamilyMember(parent, m.Relation.MOTHER, True),)),
            TODAY,
        )
        for name, parent in [("Åse", "Ørjan Lie"), ("Emil", "Kari 100% Hansen"), ("Ida", "Per_Li")]
    }

    everything = cases.list_cases(uow_factory())

    def found(text: str) -> set[int]:
        in_sql = {r.id for r in cases.list_cases(uow_factory(), text)}
        in_memory = {r.id for r in cases.filter_rows(everything, text)}
        assert in_sql == in_memory, text  # the window's filter follows the same rule
        return in_sql

    assert found("åse") == {ids["Åse"]}
    assert found("ØRJAN") == {ids["Åse"]}
    assert found("ørjan åse") == {ids["Åse"]}  # every word must match
    assert found("ørjan emil") == set()
    assert found("100%") == {ids["Emil"]}
    assert found("%") == {ids["Emil"]}
    assert found("_") == {ids["Ida"]}
    assert found("") == set(ids.values())


def test_list_shows_last_and_next_meeting(uow_factory: UowFactory) -> None:
    result = demo.create_demo_case(uow_factory(), TODAY)
    now = dt.datetime.combine(TODAY, dt.time(12))
    [row] = cases.list_cases(uow_factory(), now=now)
    assert row.id == result.case_id and row.is_demo
    assert row.last_meeting == dt.datetime.combine(TODAY - dt.timedelta(days=14), dt.time(8, 30))
    assert row.next_meeting is None
    assert row.coordinator_name == "Hanne Eksempel"


def test_concurrent_change_is_refused_not_overwritten(database: Database) -> None:
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    def uow() -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(database.session_factory)

    case_id = cases.create_case(uow(), new_case(), TODAY)
    # two users open the same case on their screens
    seen_by_a = cases.get_case(uow(), case_id).case.version
    seen_by_b = cases.get_case(uow(), case_id).case.version
    with uow() as a:
        a.cases.get(case_id, expected_version=seen_by_a).concern_summary = "Første"
        a.commit()
    with uow() as b, pytest.raises(ConcurrentChangeError):
        b.cases.get(case_id, expected_version=seen_by_b).concern_summary = "Andre"
    stored = cases.get_case(uow(), case_id).case
    assert stored.concern_summary == "Første"
    assert stored.version == seen_by_a + 1


def test_version_column_guards_the_window_up_to_the_commit(database: Database) -> None:
    """Both read version 1 inside their sessions; the second UPDATE finds no row to change."""
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    case_id = cases.create_case(SqlAlchemyUnitOfWork(database.session_factory), new_case(), TODAY)
    with SqlAlchemyUnitOfWork(database.session_factory) as b:
        stale = b.cases.get(case_id)
        b.session.expunge(stale)
    with SqlAlchemyUnitOfWork(database.session_factory) as a:
        a.cases.get(case_id).concern_summary = "Første"
        a.commit()
    with SqlAlchemyUnitOfWork(database.session_factory) as b:
        stale.concern_summary = "Andre"
        b.session.add(stale)
        with pytest.raises(ConcurrentChangeError):
            b.commit()
    stored = cases.get_case(SqlAlchemyUnitOfWork(database.session_factory), case_id).case
    assert stored.concern_summary == "Første"


def test_deleting_a_case_removes_everything_it_holds(
    uow_factory: UowFactory, database: Database
) -> None:
    result = demo.create_demo_case(uow_factory(), TODAY)
    cases.delete_case(uow_factory(), result.case_id)
    with pytest.raises(NotFoundError):
        cases.get_case(uow_factory(), result.case_id)
    with database.engine.connect() as conn:
        for table in (orm.cases, orm.family_members, orm.meetings, orm.participants,
                      orm.actions, orm.consents, orm.consent_scopes):
            assert conn.scalar(sa.select(sa.func.count()).select_from(table)) == 0, table.name


def test_database_from_the_first_release_is_upgraded_with_its_data(tmp_path: Path) -> None:
    """A file made by schema 0001 opens in this version; what it held is still there."""
    from alembic import command

    from familiemote.storage.db import alembic_config, sqlite_url

    url = sqlite_url(tmp_path / "old.sqlite")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        cfg = alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO cases (child_first_name, child_birth_year, phase, status, opened_on, "
            "search_text, version) "
            "VALUES ('Åse', 2015, 'bekymring', 'open', '2025-01-02', 'åse', 1)"
        )
        conn.exec_driver_sql(
            "INSERT INTO meetings (case_id, kind, starts_at, status) "
            "VALUES (1, 'familiemote', '2025-02-03 10:00:00.000000', 'held')"
        )
    engine.dispose()
    db = open_database(url)
    try:
        from familiemote.storage.uow import SqlAlchemyUnitOfWork

        detail = cases.get_case(SqlAlchemyUnitOfWork(db.session_factory), 1)
        assert detail.case.child_first_name == "Åse"
        assert detail.case.anonymous is False
        assert detail.case.meetings[0].version == 1
        assert detail.case.meetings[0].bup_override_reason == ""
    finally:
        db.dispose()
