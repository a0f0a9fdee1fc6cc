"""No internal name reaches a user: every message the domain and services can raise, every
label, and every history entry of the demo case reads as Norwegian words.

The walk fails on a snake_case or camelCase name, a stored field name or an English enum
value, a Python literal, or a seed line reference (tests/support/identifiers.py).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from familiemote.domain import errors as e
from familiemote.domain import model as m
from familiemote.domain.evaluation_tally import TallyFileCode, TallyFileError
from familiemote.messages import FIELD_LABELS, FILE_FIELD_LABELS, error_text, field_label
from tests.support.identifiers import internal_names

ROOT = Path(__file__).resolve().parents[2]
# A field name where a ValidationError is raised or a text is cleaned (literal, or after a
# «prefix +»), found in the source so that a new field without a label fails here.
_RAISED = re.compile(
    r"(?:ValidationError\(|clean_text\(|clean_name\(|clean_email\(|clean_phone\(|\.clean\("
    r"|_check_range\(|check_meeting_time\(|_check_date\()\s*(?:prefix \+ |f)?"
    r"[\"']([a-z_\[\]{}.0-9]+)[\"']"
)
# names built at run time ("age_{attr}", "q{i}")
_EXPANDED = {
    "age_{attr}": ["age_heard_from", "age_co_consents_from", "age_consents_alone_from"],
    "q{i}": ["q1", "q2", "q3", "q4"],
}


def raised_fields() -> list[str]:
    found: set[str] = set()
    for path in (ROOT / "familiemote").rglob("*.py"):
        for name in _RAISED.findall(path.read_text(encoding="utf-8")):
            found.update(_EXPANDED.get(name, [name]))
    found.update(["q1", "q2", "q3", "q4", "retention_years"])
    return sorted(found)


def test_the_walk_finds_the_fields() -> None:
    fields = raised_fields()
    assert {"child_first_name", "child_age", "period_end", "description", "due_date"} <= set(fields)
    assert len(fields) > 40


@pytest.mark.parametrize("field", raised_fields())
def test_every_raised_field_has_a_label_and_every_message_reads_as_words(
    qapp: QApplication,
    field: str,
) -> None:
    base = field.rsplit(".", 1)[-1].split("[", 1)[0]
    assert base in FIELD_LABELS or base in FILE_FIELD_LABELS, field
    assert field_label(field) != "Feltet", field
    for code in e.ValidationCode:
        for limit in (None, 18):
            text = error_text(e.ValidationError(field, code, limit))
            assert not internal_names(text), (field, code, text)
            assert "{" not in text and "None" not in text, (field, code, text)


def test_an_age_out_of_range_says_what_is_allowed(qapp: QApplication) -> None:
    text = error_text(
        e.ValidationError("evaluations[0].child_age", e.ValidationCode.DATE_OUT_OF_RANGE, 25)
    )
    assert text == "Barnets alder må være mellom 0 og 25 år."
    text = error_text(e.ValidationError("period_end", e.ValidationCode.DATE_OUT_OF_RANGE))
    assert text == "Perioden til kan ikke være før perioden fra. Rett datoene."
    text = error_text(e.ValidationError("child_birth_year", e.ValidationCode.DATE_OUT_OF_RANGE, 25))
    assert "mellom 0 og 25 år" in text and "fødselsår" in text


def _every_other_error() -> list[e.DomainError]:
    where = "/home/anne/familiemote/kopi.sqlite"
    out: list[e.DomainError] = [
        e.NotFoundError("case", 3),
        e.ConcurrentChangeError("case 3: 1 -> 2"),
        e.SpecialistLimitError(2, 2),
        e.ConsentMissingError(4),
        e.AttachmentConsentError("attachments"),
        e.DiskFullError(where),
        TallyFileError(TallyFileCode.INVALID, "items[2].answers"),
    ]
    out += [e.DatabaseOpenError(c, where) for c in e.DatabaseOpenCode]
    out += [e.BackupError(c, where) for c in e.BackupCode]
    out += [e.PhaseDecisionError(c) for c in e.PhaseDecisionCode]
    out += [e.FollowUpError(c) for c in e.FollowUpCode]
    out += [e.AlreadyDecidedError(c, "Anne Dahl", dt.date(2026, 12, 1)) for c in e.FollowUpCode]
    out += [TallyFileError(c) for c in TallyFileCode]
    file_codes = {
        e.TransferCode.UNREADABLE,
        e.TransferCode.TOO_LARGE,
        e.TransferCode.NOT_JSON,
        e.TransferCode.NOT_A_FILE,
        e.TransferCode.CANNOT_WRITE,
    }
    for code in e.TransferCode:
        out.append(
            e.TransferError(
                code,
                "/home/anne/Sofie.json" if code in file_codes else "case.actions[1].due_date",
                e.ValidationCode.INVALID_DATE,
                2,  # a format version or a limit, where the message names one
                key="due_dato",
                field="due_date",
            )
        )
    return out


def test_every_other_error_reads_as_words(qapp: QApplication) -> None:
    for err in _every_other_error():
        try:
            text = error_text(err)
        except TypeError:  # a constructor this walk does not know: the message's own test
            continue
        # (the file format «åååå-mm-ddTtt:mm» is what an import file must hold)
        found = [w for w in internal_names(text) if w not in ("familiemote", "due_dato", "ddTtt")]
        assert not found, (type(err).__name__, getattr(err, "code", ""), text)


def test_every_label_reads_as_words(qapp: QApplication) -> None:
    from familiemote.ui.labels import _LABELS, label

    for member in _LABELS:
        assert isinstance(member, Enum)
        text = label(member)
        assert text and not internal_names(text), (member, text)
    for value in vars(m).values():
        if (
            isinstance(value, type)
            and issubclass(value, Enum)
            and value in {type(k) for k in _LABELS}
        ):
            assert all(member in _LABELS for member in value), value


def test_every_history_entry_of_the_demo_case_reads_as_words(
    qapp: QApplication, tmp_path: Path
) -> None:
    from familiemote.services import audit, cases, demo, me
    from familiemote.storage.db import open_database, sqlite_url
    from familiemote.storage.uow import SqlAlchemyUnitOfWork
    from familiemote.ui.history_words import Names, describe

    db = open_database(sqlite_url(tmp_path / "demo.sqlite"))
    try:
        uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
        case_id = demo.create_demo_case(uow(), dt.date(2026, 11, 22)).case_id
        audit.record_output(uow(), "print", "plan", case_id=case_id)
        names = Names.of(cases.get_case(uow(), case_id), me.user_names(uow()))
        entries = audit.case_history(uow(), case_id)
        assert len(entries) > 40
        for entry in entries:
            worded = describe(entry, names)
            text = f"{worded.sentence}\n{worded.details}"
            assert not internal_names(text), text
    finally:
        db.dispose()
