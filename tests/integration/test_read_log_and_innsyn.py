"""Who has looked (the read log) on SQLite, and the family's copy of everything («innsyn»).

The log works on a single laptop as on the server: every opening of the case
(once per user within half an hour), print, export and emergency access, with
who and when. The innsyn copy is read back with pdftotext in bokmål and nynorsk:
internal notes are in it and marked, an entry held back is left out and counted,
with its reason, and the copy itself is in the case's history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from familiemote.domain.errors import ValidationError
from familiemote.printing import innsyn as innsyn_pdf
from familiemote.services import access, demo, innsyn
from familiemote.services import audit as audit_service
from familiemote.storage.db import Database, open_database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from tests.cli.test_cli import run
from tests.support.pdf import assert_fonts_embedded, qpdf_ok, text

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def sqlite_demo(tmp_path: Path) -> Iterator[tuple[Database, int]]:
    db = open_database("sqlite:///" + str(tmp_path / "demo.sqlite"))
    case_id = demo.create_demo_case(SqlAlchemyUnitOfWork(db.session_factory), TODAY).case_id
    yield db, case_id
    db.dispose()


def test_every_opening_print_and_export_is_logged_with_who_and_when(
    sqlite_demo: tuple[Database, int],
) -> None:
    db, case_id = sqlite_demo

    def uow() -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(db.session_factory)

    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert access.record_open(uow(), case_id, now=now)
    assert not access.record_open(uow(), case_id, now=now + dt.timedelta(minutes=5))
    assert access.record_open(uow(), case_id, now=now + dt.timedelta(minutes=31))
    audit_service.record_output(uow(), "print", "plan", case_id=case_id)
    audit_service.record_output(uow(), "export", "case", case_id=case_id)
    access.take_emergency_access(uow(), case_id, "Legevakten ringte")
    log = access.read_log(uow(), case_id)
    assert [r.action for r in log] == ["open", "open", "print", "export", "emergency_access"]
    me = access.current_login(uow())
    assert {r.user_name for r in log} == {me}
    assert log[-1].reason == "Legevakten ringte"
    assert all(abs((r.at - now).total_seconds()) < 3600 for r in log)


def test_the_innsyn_copy_has_everything_marks_internal_notes_and_counts_what_is_held_back(
    sqlite_demo: tuple[Database, int], tmp_path: Path
) -> None:
    db, case_id = sqlite_demo

    def uow() -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(db.session_factory)

    access.record_open(uow(), case_id)
    keys = {key: (section, what) for key, section, what in innsyn.entry_keys(uow(), case_id)}
    assert keys["meeting:1"][0] == "Møter" and "kl." in keys["meeting:1"][1]
    assert all(what and "_" not in what for _section, what in keys.values())
    child_view = next(k for k in keys if k.startswith("child_view:"))
    with pytest.raises(ValidationError):  # a reason is needed
        innsyn.build_copy(uow(), case_id, held_back={child_view: "  "})
    with pytest.raises(ValidationError):  # only an entry that exists
        innsyn.build_copy(uow(), case_id, held_back={"meeting:999": "Grunn"})
    copy = innsyn.build_copy(uow(), case_id, held_back={child_view: "Hensyn til barnet"})
    out = {lang: tmp_path / f"innsyn-{lang}.pdf" for lang in ("nb", "nn")}
    for lang, path in out.items():
        innsyn_pdf.write_pdf(copy, path, language=lang)
        qpdf_ok(path)
        assert_fonts_embedded(path)
    nb = " ".join(text(out["nb"]).split())
    nn = " ".join(text(out["nn"]).split())
    # case, family, meetings with internal notes (marked), actions, consents, history, the log
    for words in ("Sofie", "Kari Nordmann", "Møter", "Tiltak", "Samtykke", "Interne notater",
                  "Intern opplysning", "Endringer i saken", "Hvem som har sett saken",
                  "åpnet saken", "1 opplysning er holdt tilbake", "Hensyn til barnet",
                  "Delta i familiemøter"):
        assert words in nb, words
    assert "liker å tegne" not in nb  # the child's words held back are not in the copy
    for words in ("Innsyn: alt som er lagra om barnet", "1 opplysning er halden tilbake",
                  "Kven som har sett saka", "opna saka", "Interne notat", "Førenamn"):
        assert words in nn, words
    assert "Hvem som har sett saken" not in nn
    # the copy is in the case's history, with what was held back and why
    innsyn.record_copy(uow(), copy)
    entry = next(e for e in audit_service.case_history(uow(), case_id) if e.action == "innsyn")
    after = {c.field: c.after for c in entry.changes}
    assert after["held_back"] == 1 and after["reasons"] == [f"{child_view}: Hensyn til barnet"]
    # only the log, for a family that asks for it
    log_pdf = tmp_path / "logg.pdf"
    innsyn_pdf.write_pdf(copy, log_pdf, language="nb", only_read_log=True)
    log_text = " ".join(text(log_pdf).split())
    assert "Hvem som har sett saken" in log_text and "Kari Nordmann" not in log_text


def test_innsyn_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(db)).returncode == 0
    pdf = tmp_path / "innsyn.pdf"
    result = run("innsyn", "--case", "1", "--sprak", "nn", "-o", str(pdf), "--db", str(db),
                 "--hold-back", "child_view:1=Omsyn til barnet")
    assert result.returncode == 0, result.stderr
    words = " ".join(text(pdf).split())
    assert "1 opplysning er halden tilbake" in words and "Omsyn til barnet" in words
    log = run("access", "log", "--case", "1", "--db", str(db))
    assert log.returncode == 0, log.stderr
    assert "laget innsynskopi" in log.stdout
    bad = run("innsyn", "--case", "1", "-o", str(pdf), "--db", str(db), "--hold-back", "x")
    assert bad.returncode == 1 and "TYPE:ID=GRUNN" in bad.stderr
