"""Export and import of a whole case, on SQLite and PostgreSQL."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from familiemote.domain.errors import TransferCode, TransferError, ValidationCode
from familiemote.services import audit as audit_service
from familiemote.services import cases, demo, transfer
from familiemote.storage import orm
from familiemote.storage.db import Database
from tests.support.fixture_types import UowFactory

TODAY = dt.date(2026, 11, 22)
NOW = dt.datetime(2026, 11, 22, 12, 0)


def _without_time(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


def _counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as conn:
        return {
            t.name: int(conn.scalar(sa.select(sa.func.count()).select_from(t)) or 0)
            for t in orm.metadata.sorted_tables
            if t.name not in {"audit_log"}
        }


@pytest.fixture
def demo_doc(uow_factory: UowFactory) -> dict[str, Any]:
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    return transfer.export_case(uow_factory(), case_id, NOW)


def test_export_holds_the_whole_case(demo_doc: dict[str, Any]) -> None:
    assert demo_doc["format"] == "familiemote-case" and demo_doc["version"] == 1
    case = demo_doc["case"]
    assert case["child_first_name"] == "Sofie"
    assert len(case["family_members"]) == 2 and len(case["meetings"]) == 2
    assert all(mt["participants"] for mt in case["meetings"])
    assert case["actions"] and case["consents"] and case["consents"][0]["scopes"]
    refs = {s["ref"] for s in demo_doc["services"]}
    assert {sc["service"] for c in case["consents"] for sc in c["scopes"]} <= refs
    assert {p["name"] for p in demo_doc["professionals"]} >= {"Hanne Eksempel", "Per Eksempel"}


def test_round_trip_gives_the_same_content(
    uow_factory: UowFactory, demo_doc: dict[str, Any]
) -> None:
    result = transfer.import_case(uow_factory(), json.dumps(demo_doc), TODAY)
    assert result.services_created == 0 and result.professionals_created == 0
    again = transfer.export_case(uow_factory(), result.case_id, NOW)
    assert again == demo_doc
    history = audit_service.case_history(uow_factory(), result.case_id)
    assert history[0].action == "import"


def test_import_into_another_database_creates_missing_directory_entries(
    demo_doc: dict[str, Any], tmp_path: Path
) -> None:
    from familiemote.storage.db import open_database, sqlite_url
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    doc = copy.deepcopy(demo_doc)
    doc["services"][0]["name"] = "BUP Nordfjord"
    db = open_database(sqlite_url(tmp_path / "other.sqlite"))
    try:
        make = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
        result = transfer.import_case(make(), json.dumps(doc), TODAY)
        assert result.services_created == 1
        assert result.professionals_created == len(doc["professionals"])
        assert _without_time(transfer.export_case(make(), result.case_id, NOW)) == _without_time(
            doc
        )
    finally:
        db.dispose()


def test_export_to_file_is_recorded(uow_factory: UowFactory, tmp_path: Path) -> None:
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    out = tmp_path / "sak.json"
    transfer.export_case_to_file(uow_factory(), case_id, out, NOW)
    assert json.loads(out.read_text("utf-8"))["case"]["child_first_name"] == "Sofie"
    assert audit_service.case_history(uow_factory(), case_id)[0].action == "export"
    named = tmp_path / "Sofie Nordmann.json"  # users name files after the child
    named.write_bytes(out.read_bytes())
    result = transfer.import_case_file(uow_factory(), named, TODAY)
    assert cases.get_case(uow_factory(), result.case_id).case.child_first_name == "Sofie"
    imported = audit_service.case_history(uow_factory(), result.case_id)
    event = next(e for e in imported if e.action == "import")
    assert "Nordmann" not in repr(event)  # ids only: not the file name


def _broken(doc: dict[str, Any], change: str) -> dict[str, Any] | str:
    d = copy.deepcopy(doc)
    c = d["case"]
    if change == "format":
        d["format"] = "something-else"
    elif change == "version":
        d["version"] = 2
    elif change == "type":
        c["child_birth_year"] = "2017"
    elif change == "dangling":
        c["meetings"][0]["participants"][0]["family_member"] = "F99"
        c["meetings"][0]["participants"][0]["kind"] = "family"
    elif change == "long":
        c["meetings"][1]["place"] = "x" * 100_000
    elif change == "control":
        c["family_members"][0]["name"] = "Kari\x00Nordmann"
    elif change == "date":
        c["actions"][-1]["due_date"] = "2301-01-01"
    elif change == "bad_date":
        c["opened_on"] = "2026-02-30"
    elif change == "future_birth":
        c["child_birth_year"] = 2030
        c["child_birth_date"] = None
    elif change == "unknown":
        c["national_id"] = "01011712345"
    elif change == "missing":
        del c["consents"][0]["scopes"]
    elif change == "duplicate":
        c["meetings"][1]["ref"] = c["meetings"][0]["ref"]
    elif change == "json":
        return json.dumps(d)[:-20]
    return d


@pytest.mark.parametrize(
    ("change", "code", "where"),
    [
        ("format", TransferCode.WRONG_FORMAT, "format"),
        ("version", TransferCode.NEWER_VERSION, "version"),
        ("type", TransferCode.WRONG_TYPE, "case.child_birth_year"),
        ("dangling", TransferCode.DANGLING_REFERENCE, "case.meetings[0].participants[0]"),
        ("long", TransferCode.INVALID_VALUE, "case.meetings[1].place"),
        ("control", TransferCode.INVALID_VALUE, "case.family_members[0].name"),
        ("date", TransferCode.INVALID_VALUE, "case.actions"),
        ("bad_date", TransferCode.INVALID_VALUE, "case.opened_on"),
        ("future_birth", TransferCode.INVALID_VALUE, "case.child_birth_year"),
        ("unknown", TransferCode.UNKNOWN_FIELD, "case.national_id"),
        ("missing", TransferCode.MISSING_FIELD, "case.consents[0].scopes"),
        ("duplicate", TransferCode.DUPLICATE_REFERENCE, "case.meetings[1].ref"),
        ("json", TransferCode.NOT_JSON, ""),
    ],
)
def test_a_file_that_is_not_what_it_claims_is_refused_and_nothing_stored(
    database: Database,
    uow_factory: UowFactory,
    demo_doc: dict[str, Any],
    change: str,
    code: TransferCode,
    where: str,
) -> None:
    before = _counts(database)
    bad = _broken(demo_doc, change)
    with pytest.raises(TransferError) as info:
        transfer.import_case(uow_factory(), bad if isinstance(bad, str) else json.dumps(bad), TODAY)
    assert info.value.code is code
    assert info.value.where.startswith(where)
    assert _counts(database) == before


def test_refusals_name_the_reason(demo_doc: dict[str, Any]) -> None:
    with pytest.raises(TransferError) as info:
        transfer.parse_case_file(json.dumps(_broken(demo_doc, "long")), TODAY)
    assert info.value.reason is ValidationCode.TOO_LONG and info.value.limit == 200
    with pytest.raises(TransferError) as info:
        transfer.parse_case_file(b"\xff\xfe not utf-8", TODAY)
    assert info.value.code is TransferCode.NOT_JSON
    with pytest.raises(TransferError) as info:
        transfer.parse_case_file("[" * 100_000 + "]" * 100_000, TODAY)
    assert info.value.code in {TransferCode.NOT_JSON, TransferCode.WRONG_FORMAT}
