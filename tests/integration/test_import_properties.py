"""Random text and dates into case creation and import: stored exactly, or refused whole.

"Exactly" is as the app's forms store a text: an import cleans a text by the same
rule (surrounding white space trimmed, line breaks made uniform).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from familiemote.domain import model as m
from familiemote.domain.errors import DomainError, TransferError, ValidationError
from familiemote.services import cases, transfer
from familiemote.storage import orm
from familiemote.storage.db import Database, open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from tests.unit.test_properties import nasty

TODAY = dt.date(2026, 11, 22)
NOW = dt.datetime(2026, 11, 22, 12, 0)
FAST = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
dates = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    path: Path = tmp_path_factory.mktemp("props") / "props.sqlite"
    database = open_database(sqlite_url(path))
    yield database  # type: ignore[misc]
    database.dispose()


def _uow(db: Database) -> SqlAlchemyUnitOfWork:
    return SqlAlchemyUnitOfWork(db.session_factory)


def _case_rows(db: Database) -> tuple[int, int]:
    with db.engine.connect() as conn:
        return (
            int(conn.scalar(sa.select(sa.func.count()).select_from(orm.cases)) or 0),
            int(conn.scalar(sa.select(sa.func.count()).select_from(orm.family_members)) or 0),
        )


@FAST
@given(nasty, nasty, nasty)
def test_create_case_stores_exactly_or_nothing(
    db: Database, name: str, parent: str, text: str
) -> None:
    before = _case_rows(db)
    data = cases.NewCase(
        child_first_name=name,
        child_birth_year=2016,
        concern_summary=text,
        family=(cases.NewFamilyMember(parent, m.Relation.FATHER, True),),
    )
    try:
        case_id = cases.create_case(_uow(db), data, TODAY)
    except ValidationError:
        assert _case_rows(db) == before
        return
    stored = cases.get_case(_uow(db), case_id).case
    assert stored.child_first_name == name.strip()
    assert stored.family_members[0].name == parent.strip()
    assert stored.concern_summary == text.replace("\r\n", "\n").replace("\r", "\n").strip()


@pytest.fixture(scope="module")
def base_doc(db: Database) -> dict:  # type: ignore[type-arg]
    data = cases.NewCase(
        child_first_name="Base",
        child_birth_year=2016,
        family=(cases.NewFamilyMember("Forelder", m.Relation.MOTHER, True),),
    )
    case_id = cases.create_case(_uow(db), data, TODAY)
    return transfer.export_case(_uow(db), case_id, NOW)


FIELDS = st.sampled_from(
    [
        ("child_first_name",),
        ("concern_summary",),
        ("family_members", 0, "name"),
        ("family_members", 0, "phone"),
        ("opened_on",),
        ("closed_on",),
        ("child_birth_date",),
    ]
)


@FAST
@given(FIELDS, st.one_of(nasty, dates.map(dt.date.isoformat), st.integers(), st.none()))
def test_import_stores_exactly_or_refuses_whole(
    db: Database,
    base_doc: dict,
    path: tuple,
    value: object,  # type: ignore[type-arg]
) -> None:
    doc = json.loads(json.dumps(base_doc))
    target = doc["case"]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    before = _case_rows(db)
    try:
        text = json.dumps(doc, ensure_ascii=False)
    except UnicodeEncodeError:
        text = json.dumps(doc)
    try:
        result = transfer.import_case(_uow(db), text, TODAY)
    except TransferError:
        assert _case_rows(db) == before
        return
    except DomainError as err:  # any other refusal must be typed too, and store nothing
        assert _case_rows(db) == before, err
        return
    again = transfer.export_case(_uow(db), result.case_id, NOW)
    got = again["case"]
    for key in path[:-1]:
        got = got[key]
    if isinstance(value, str) and path[-1] == "concern_summary":  # as the form stores it
        value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    elif isinstance(value, str) and path[-1] in {"child_first_name", "name", "phone"}:
        value = value.strip()
    assert got[path[-1]] == value
