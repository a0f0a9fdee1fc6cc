"""An import refuses what the app's own forms refuse, in Norwegian, and stores nothing.

The file is the demo case exported from a real database, then changed the way a
hostile or careless hand would. Each refusal must be a typed error whose message
(familiemote.messages) names the place and the field as the user knows them, with
no internal name in it, quotes at most a short part of what was wrong, and leaves
every table as it was.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from familiemote.domain import validation as v
from familiemote.domain.errors import DomainError, TransferCode, TransferError
from familiemote.messages import error_text
from familiemote.services import cases, transfer
from familiemote.services.demo import create_demo_case
from familiemote.storage import orm
from tests.support import battery
from tests.support.fixture_types import UowFactory

TODAY = dt.date(2026, 11, 22)
NOW = dt.datetime(2026, 11, 22, 12, 0)
Doc = dict[str, Any]


def _counts(database: Any) -> dict[str, int]:
    """Rows in every table: the database is unchanged when none of these moved."""
    with database.engine.connect() as conn:
        return {
            t.name: int(conn.scalar(sa.select(sa.func.count()).select_from(t)) or 0)
            for t in orm.metadata.sorted_tables
        }


@pytest.fixture
def demo_doc(uow_factory: UowFactory) -> Doc:
    case_id = create_demo_case(uow_factory(), TODAY).case_id
    return transfer.export_case(uow_factory(), case_id, NOW)


def _participant(doc: Doc, kind: str) -> dict[str, Any]:
    return next(
        p for mt in doc["case"]["meetings"] for p in mt["participants"] if p["kind"] == kind
    )


def _reviewed_action(doc: Doc) -> dict[str, Any]:
    return next(a for a in doc["case"]["actions"] if a["reviews"])


def _handed_over_action(doc: Doc) -> dict[str, Any]:
    return next(a for a in doc["case"]["actions"] if a["handovers"])


def family_without_member(doc: Doc) -> None:
    _participant(doc, "family")["family_member"] = None


def professional_without_person_or_service(doc: Doc) -> None:
    p = _participant(doc, "professional")
    p["professional"] = None
    p["service"] = None


def consent_without_giver(doc: Doc) -> None:
    doc["case"]["consents"][0]["given_by"] = None
    doc["case"]["consents"][0]["given_by_child"] = False


def closed_without_date(doc: Doc) -> None:
    doc["case"]["status"] = "closed"
    doc["case"]["closed_on"] = None


def open_with_closing_date(doc: Doc) -> None:
    doc["case"]["closed_on"] = "2026-11-01"


def two_reviews_in_one_meeting(doc: Doc) -> None:
    reviews = _reviewed_action(doc)["reviews"]
    reviews.append(dict(reviews[0], note="En annen merknad"))


def two_pending_handovers(doc: Doc) -> None:
    handovers = _handed_over_action(doc)["handovers"]
    handovers.append(dict(handovers[0]))


def accepted_and_declined(doc: Doc) -> None:
    h = _handed_over_action(doc)["handovers"][0]
    h.update(accepted_on="2026-11-10", accepted_by="Per", declined_on="2026-11-10")


def description_over_the_form_limit(doc: Doc) -> None:
    doc["case"]["actions"][0]["description"] = "x" * (v.ACTION_TEXT_MAX + 1)


def phone_the_form_refuses(doc: Doc) -> None:
    doc["case"]["family_members"][0]["phone"] = "ring meg i morgen"


def recorded_by_empty(doc: Doc) -> None:
    doc["case"]["consents"][0]["recorded_by"] = "   "


def named_case_without_name(doc: Doc) -> None:
    doc["case"]["child_first_name"] = ""


def consent_valid_before_given(doc: Doc) -> None:
    doc["case"]["consents"][0]["valid_until"] = "2020-01-01"


def consent_for_nothing(doc: Doc) -> None:
    doc["case"]["consents"][0]["purposes"] = []


def meeting_time_with_timezone(doc: Doc) -> None:
    meeting = doc["case"]["meetings"][0]
    meeting["starts_at"] = meeting["starts_at"][:16] + "+05:00"


REFUSED: list[tuple[Callable[[Doc], None], str]] = [
    (family_without_member, "deltaker fra familien"),
    (professional_without_person_or_service, "fagperson eller en tjeneste"),
    (consent_without_giver, "gitt av én foresatt eller av ungdommen"),
    (closed_without_date, "avsluttet sak må ha datoen"),
    (open_with_closing_date, "åpen sak har ingen dato"),
    (two_reviews_in_one_meeting, "vurderes én gang i hvert møte"),
    (two_pending_handovers, "bare én overlevering som venter"),
    (accepted_and_declined, "både godtatt og avslått"),
    (description_over_the_form_limit, "Tiltaket kan ha høyst 2000 tegn"),
    (phone_the_form_refuses, "Telefon er ikke et gyldig telefonnummer"),
    (recorded_by_empty, "Registrert av må fylles ut"),
    (named_case_without_name, "Barnets fornavn må fylles ut"),
    (meeting_time_with_timezone, "i lokal tid uten tidssone"),
    (consent_valid_before_given, "Gyldig til kan ikke være før datoen samtykket ble gitt"),
    (consent_for_nothing, "Hva samtykket gjelder"),
]

INTERNAL_NAME = re.compile(r"\b[a-z]+_[a-z_]+\b|\[\d+\]|\bcase\.")


def _assert_plain(message: str) -> None:
    assert "Ingenting er lagret" in message, message
    assert not INTERNAL_NAME.search(message), message
    assert "Traceback" not in message


@pytest.mark.parametrize(("change", "says"), REFUSED, ids=[c.__name__ for c, _ in REFUSED])
def test_an_import_refuses_what_the_forms_refuse(
    database, uow_factory, demo_doc: Doc, change: Callable[[Doc], None], says: str
) -> None:
    doc = copy.deepcopy(demo_doc)
    change(doc)
    before = _counts(database)
    with pytest.raises(TransferError) as info:
        transfer.import_case(uow_factory(), json.dumps(doc, ensure_ascii=False), TODAY)
    message = error_text(info.value)
    assert says in message, message
    _assert_plain(message)
    lost = 0 if _counts(database) == before else 1
    assert not lost
    battery.record("import: states the forms refuse", 1, 1, 0, lost)


def test_the_unchanged_export_still_imports(database, uow_factory, demo_doc: Doc) -> None:
    """The refusals above are about the change, not the file: the file itself is accepted."""
    result = transfer.import_case(uow_factory(), json.dumps(demo_doc, ensure_ascii=False), TODAY)
    again = transfer.export_case(uow_factory(), result.case_id, NOW)
    assert again["case"] == demo_doc["case"]
    battery.record("import: states the forms refuse", 1, 0, 1, 0)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(lambda s: s.replace('"format": ', '"format": "x", "format": ', 1), id="top"),
        pytest.param(
            lambda s: s.replace(
                '"child_first_name": ', '"child_first_name": "A", "child_first_name": ', 1
            ),
            id="case",
        ),
        pytest.param(
            lambda s: s.replace('"description": ', '"description": "Falsk", "description": ', 1),
            id="action",
        ),
    ],
)
def test_a_key_twice_in_one_object_is_refused(
    database, uow_factory, demo_doc: Doc, raw: Callable[[str], str]
) -> None:
    text = raw(json.dumps(demo_doc, ensure_ascii=False))
    before = _counts(database)
    with pytest.raises(TransferError) as info:
        transfer.import_case(uow_factory(), text, TODAY)
    assert info.value.code is TransferCode.DUPLICATE_KEY
    message = error_text(info.value)
    assert "står to ganger" in message, message
    _assert_plain(message)
    assert _counts(database) == before
    battery.record("import: repeated JSON keys", 1, 1, 0, 0)


def test_a_ten_megabyte_unknown_key_is_quoted_only_in_part(
    database, uow_factory, demo_doc: Doc
) -> None:
    doc = copy.deepcopy(demo_doc)
    key = "hemmelig" + "x" * (10 * 1024 * 1024)
    doc["case"]["actions"][0][key] = 1
    before = _counts(database)
    with pytest.raises(TransferError) as info:
        transfer.import_case(uow_factory(), json.dumps(doc), TODAY)
    message = error_text(info.value)
    assert "hemmelig" in message and "tiltak nr. 1" in message, message[:300]
    assert len(message) < 400
    assert len(str(info.value)) < 400  # the exception itself never carries the whole key
    _assert_plain(message.replace(key[: transfer.QUOTE_MAX], ""))
    assert _counts(database) == before
    battery.record("import: huge unknown key", 1, 1, 0, 0)


def test_control_characters_in_an_unknown_key_are_not_echoed(uow_factory, demo_doc: Doc) -> None:
    doc = copy.deepcopy(demo_doc)
    doc["case"]["\x1b[2Jnøkkel\nneste"] = 1
    with pytest.raises(TransferError) as info:
        transfer.import_case(uow_factory(), json.dumps(doc), TODAY)
    message = error_text(info.value)
    assert "\x1b" not in message and "\n" not in message
    assert "?[2Jnøkkel?neste" in message
    battery.record("import: control characters in a key", 1, 1, 0, 0)


def test_searching_a_hundred_thousand_characters_is_refused_with_a_message(uow_factory) -> None:
    create_demo_case(uow_factory(), TODAY)
    tried = refused = 0
    for query in ("a " * 50_000, "x" * 100_000, "%_" * 50_000):
        tried += 1
        with pytest.raises(DomainError) as info:
            cases.list_cases(uow_factory(), query)
        assert error_text(info.value) == "Søket kan ha høyst 200 tegn."
        refused += 1
    assert len(cases.list_cases(uow_factory(), "sofie " * 33)) == 1  # 198 characters: searched
    # the window's filter as the user types: read up to the same length, never raises
    rows = cases.list_cases(uow_factory())
    assert cases.filter_rows(rows, "sofie " + "zq " * 50_000) == []
    assert len(cases.filter_rows(rows, "sofie " * 20_000)) == 1
    battery.record("search: 100,000 characters", tried, refused, 0, 0)


def test_a_meeting_time_with_a_timezone_is_converted_not_stripped() -> None:
    when = dt.datetime(2026, 11, 20, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    stored = v.check_meeting_time("starts_at", when, TODAY)
    assert stored.tzinfo is None
    assert stored == when.astimezone().replace(tzinfo=None)  # the same moment, local time
    naive = dt.datetime(2026, 11, 20, 14, 0)
    assert v.check_meeting_time("starts_at", naive, TODAY) == naive
    battery.record("times with a timezone", 2, 0, 2, 0)


def test_the_mismatch_message_fits_its_cause() -> None:
    from familiemote.domain.errors import ValidationCode, ValidationError

    birth = error_text(ValidationError("child_birth_year", ValidationCode.INCONSISTENT))
    epikrise = error_text(ValidationError("epikrise_sent_on", ValidationCode.INCONSISTENT))
    meeting = error_text(ValidationError("meeting_id", ValidationCode.INCONSISTENT))
    assert "fødselsdatoen" in birth
    assert "fødselsdato" not in epikrise and "oppsummerende møte" in epikrise
    assert "fødselsdato" not in meeting and "hører ikke til denne saken" in meeting


def test_the_command_line_refuses_such_a_file_without_a_traceback(
    tmp_path: Path, demo_doc: Doc
) -> None:
    doc = copy.deepcopy(demo_doc)
    two_reviews_in_one_meeting(doc)
    path = tmp_path / "sak.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "annen.sqlite"
    exe = shutil.which("familiemote") or str(Path(sys.executable).parent / "familiemote")
    env = {**os.environ, "FAMILIEMOTE_PASSPHRASE": "tre blå hvaler 2026"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [exe, *args], capture_output=True, text=True, env=env, timeout=120, check=False
        )

    assert run("demo", "--db", str(target)).returncode == 0
    before = target.read_bytes()
    done = run("import", str(path), "--db", str(target))
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "vurderes én gang i hvert møte" in done.stderr, done.stderr
    assert target.read_bytes() == before
    battery.record("import: states the forms refuse (command line)", 1, 1, 0, 0)


def test_a_pipe_a_folder_or_a_device_is_refused_and_never_replaced(
    database, uow_factory, tmp_path: Path
) -> None:
    """An import never waits on a pipe or reads a device; an export never replaces one."""
    case_id = create_demo_case(uow_factory(), TODAY).case_id
    fifo = tmp_path / "kø.json"
    os.mkfifo(fifo)
    before = _counts(database)
    tried = refused = 0
    for source in (fifo, tmp_path, Path("/dev/zero")):
        tried += 1
        with pytest.raises(TransferError) as info:
            transfer.import_case_file(uow_factory(), source, TODAY)
        assert info.value.code is TransferCode.NOT_A_FILE
        assert "er ikke en vanlig fil" in error_text(info.value)
        refused += 1
    tried += 1
    with pytest.raises(TransferError) as info:
        transfer.export_case_to_file(uow_factory(), case_id, fifo, NOW)
    assert info.value.code is TransferCode.NOT_A_FILE
    refused += 1
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still the pipe
    assert not list(tmp_path.glob(".familiemote-*"))  # no partial file beside it
    assert _counts(database) == before
    battery.record("import/export: pipe, folder, device", tried, refused, 0, 0)
