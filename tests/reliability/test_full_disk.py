"""A full disk: saving, backing up, restoring and printing fail with a Norwegian message,
leave no partial file, and lose nothing that was saved.

The disk is a 2 MB tmpfs mounted for the test (root with CAP_SYS_ADMIN, as in the
project's test container). Where mounting is impossible those tests skip and say so;
the last two tests need no mount: they run the save and the print in a subprocess
whose file size is limited (``ulimit -f``, RLIMIT_FSIZE), which fails the writes the
same way.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from familiemote.domain.errors import BackupCode, BackupError, DiskFullError
from familiemote.messages import error_text
from familiemote.services import backup as backup_service
from familiemote.services import cases
from familiemote.services.printing import meeting_choices
from familiemote.storage.db import open_database, sqlite_url
from familiemote.storage.file_copies import check_database_file
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from tests.support.battery import record
from tests.support.hostile import (
    PASSPHRASE,
    TODAY,
    content,
    digest,
    entries,
    fill,
    make_demo_db,
    refused_in_norwegian,
    run_cli,
    small_filesystem,
)

NOW = dt.datetime(2026, 11, 22, 12, 0)
CLASS = "full disk (save, backup, restore, print)"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_db(tmp_path_factory.mktemp("template") / "demo.sqlite")


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    with small_filesystem(tmp_path / "liten-disk") as mounted:
        if mounted is None:
            pytest.skip(
                "cannot mount a 2 MB tmpfs here (needs root and CAP_SYS_ADMIN); the "
                "ulimit -f tests below cover saving and printing without a mount"
            )
        yield mounted


def _uow(db: object) -> SqlAlchemyUnitOfWork:
    return SqlAlchemyUnitOfWork(db.session_factory)  # type: ignore[attr-defined]


def _new_case(number: int) -> cases.NewCase:
    return cases.NewCase(
        f"Barn{number}", 2017, concern_summary="Bekymring som fyller disken. " * 60
    )


def test_saving_on_a_full_disk_is_refused_and_nothing_saved_is_lost(
    template: Path, small_fs: Path
) -> None:
    path = small_fs / "db.sqlite"
    shutil.copyfile(template, path)
    db = open_database(sqlite_url(path), passphrase=PASSPHRASE)
    saved: list[int] = []
    refusals: list[DiskFullError] = []
    try:
        start = cases.count_cases(_uow(db))
        fill(small_fs, leave=96 * 1024)  # room for a few saves, then none
        for number in range(400):
            try:
                saved.append(cases.create_case(_uow(db), _new_case(number), TODAY))
            except DiskFullError as err:
                refusals.append(err)
                if len(refusals) == 3:  # a second and third try are refused the same way
                    break
        assert refusals, "the disk never filled up"
        text = error_text(refusals[0])
        assert "ikke plass på disken" in text and "i behold" in text
        assert cases.count_cases(_uow(db)) == start + len(saved)
    finally:
        db.dispose()
    (small_fs / "filler.bin").unlink()
    db = open_database(sqlite_url(path), passphrase=PASSPHRASE)
    try:
        ids = {row.id for row in cases.list_cases(_uow(db))}
        lost = [ident for ident in saved if ident not in ids]
        assert lost == []
        assert cases.count_cases(_uow(db)) == start + len(saved)
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        cases.create_case(_uow(db), _new_case(999), TODAY)  # space again: saving works
    finally:
        db.dispose()
    record(
        CLASS,
        tried=len(saved) + len(refusals),
        refused=len(refusals),
        stored=len(saved),
        lost=len(lost),
    )


def test_the_new_case_form_on_a_full_disk_says_so_and_keeps_what_was_typed(
    template: Path, small_fs: Path, qtbot: Any
) -> None:
    from familiemote.ui.new_case_dialog import NewCaseDialog

    path = small_fs / "db.sqlite"
    shutil.copyfile(template, path)
    db = open_database(sqlite_url(path), passphrase=PASSPHRASE)
    try:
        before = cases.count_cases(_uow(db))
        fill(small_fs)
        dialog = NewCaseDialog(lambda: _uow(db), today=TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ui.childNameEdit.setText("Fullt")
        dialog.ui.concernEdit.setPlainText("Skrevet mens disken var full. " * 40)
        dialog.submit()
        assert dialog.result() == 0  # not accepted: still open
        shown = dialog.error_label.text()
        assert "ikke plass på disken" in shown, shown
        assert "Skrevet mens disken var full." in dialog.ui.concernEdit.toPlainText()
        assert cases.count_cases(_uow(db)) == before
    finally:
        db.dispose()
    record(CLASS, tried=1, refused=1, stored=0, lost=0)


def test_a_backup_onto_a_full_disk_is_refused_and_leaves_nothing(
    template: Path, small_fs: Path, tmp_path: Path
) -> None:
    path = tmp_path / "db.sqlite"
    shutil.copyfile(template, path)
    fill(small_fs)
    target = small_fs / "kopi.fmbak"
    db = open_database(sqlite_url(path), passphrase=PASSPHRASE)
    try:
        with pytest.raises(BackupError) as info:
            backup_service.make_backup(db, target, NOW)
        assert info.value.code is BackupCode.CANNOT_WRITE
        assert "plass på disken" in error_text(info.value)
        assert backup_service.last_backup_at(_uow(db)) is None  # not recorded as taken
    finally:
        db.dispose()
    assert entries(small_fs) == {"filler.bin"}
    result = run_cli("backup", "--db", str(path), "-o", str(target))
    assert refused_in_norwegian(result), result.stderr
    assert entries(small_fs) == {"filler.bin"}
    check_database_file(path, PASSPHRASE)
    record(CLASS, tried=2, refused=2, stored=0, lost=0)


def test_a_restore_onto_a_full_disk_is_refused_and_changes_nothing(
    template: Path, small_fs: Path, tmp_path: Path
) -> None:
    path = small_fs / "db.sqlite"
    shutil.copyfile(template, path)
    backup = tmp_path / "kopi.fmbak"
    shutil.copyfile(template, backup)
    fill(small_fs)
    before = digest(path)
    with pytest.raises(BackupError) as info:
        backup_service.restore_backup(path, backup, PASSPHRASE, NOW)
    assert info.value.code is BackupCode.CANNOT_WRITE
    assert digest(path) == before
    assert _without_journals(small_fs) == {"filler.bin", "db.sqlite"}
    result = run_cli("restore", "--db", str(path), str(backup))
    assert refused_in_norwegian(result), result.stderr
    assert digest(path) == before
    assert _without_journals(small_fs) == {"filler.bin", "db.sqlite"}
    wal = small_fs / "db.sqlite-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # nothing was written to the database
    record(CLASS, tried=2, refused=2, stored=0, lost=0)


def _without_journals(folder: Path) -> set[str]:
    """The folder's files but SQLite's own -wal and -shm, which any reader of a WAL database
    makes beside it."""
    return {name for name in entries(folder) if not name.endswith(("-wal", "-shm"))}


def test_printing_onto_a_full_disk_is_refused_and_leaves_no_partial_pdf(
    template: Path, small_fs: Path, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from familiemote.ui.print_actions import PreviewDialog, plan_document, print_document

    path = tmp_path / "db.sqlite"
    shutil.copyfile(template, path)
    before = content(path)
    fill(small_fs)
    # the command line
    result = run_cli(
        "print", "plan", "--meeting", "1", "--db", str(path), "-o", str(small_fs / "plan.pdf")
    )
    assert refused_in_norwegian(result), result.stderr
    assert "Kunne ikke skrive" in result.stderr
    assert entries(small_fs) == {"filler.bin"}  # no hidden .familiemote-… partial file
    # Lagre som PDF in the window
    db = open_database(sqlite_url(path), passphrase=PASSPHRASE)
    try:

        def uow() -> SqlAlchemyUnitOfWork:
            return _uow(db)

        meeting_id = meeting_choices(uow(), 1)[0][0]
        document = plan_document(uow, meeting_id, False, TODAY)
        preview = PreviewDialog(document)
        qtbot.addWidget(preview)
        warnings: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
        preview.save_to(small_fs / "plan.pdf")
        assert warnings and "ble ikke lagret" in warnings[0]
        assert entries(small_fs) == {"filler.bin"}
        # Skriv ut: the PDF for the printer goes to the temp folder, here the full disk
        monkeypatch.setattr("tempfile.tempdir", str(small_fs))
        with pytest.raises(OSError):
            print_document(document, "ingen-skriver")
        assert entries(small_fs) == {"filler.bin"}
    finally:
        db.dispose()
    assert content(path) == before  # nothing recorded as printed or saved
    record(CLASS, tried=3, refused=3, stored=0, lost=0)


# -- without a mount: a file-size limit in a subprocess ---------------------------------

_LIMITED_SAVE = textwrap.dedent(
    """
    import resource, sys
    from familiemote.domain.errors import DiskFullError
    from familiemote.messages import error_text
    from familiemote.services import cases
    from familiemote.storage.db import open_database, sqlite_url
    from familiemote.storage.uow import SqlAlchemyUnitOfWork
    path, limit = sys.argv[1], int(sys.argv[2])
    db = open_database(sqlite_url(path), passphrase=sys.argv[3])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    saved = 0
    for n in range(2000):
        try:
            cases.create_case(SqlAlchemyUnitOfWork(db.session_factory),
                              cases.NewCase(f"Barn{n}", 2017, concern_summary="x " * 900))
            saved += 1
        except DiskFullError as err:
            print(saved, error_text(err), sep="\\n")
            break
    db.dispose()
    """
)


def test_saving_past_a_file_size_limit_is_refused_and_nothing_saved_is_lost(
    template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "db.sqlite"
    shutil.copyfile(template, path)
    start = content(path)[0]["cases"]
    limit = path.stat().st_size + 256 * 1024  # the WAL may grow to this size, no further
    result = subprocess.run(
        [sys.executable, "-c", _LIMITED_SAVE, str(path), str(limit), PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) >= 2, result.stdout  # the limit was reached and told
    saved = int(lines[0])
    assert "ikke plass på disken" in lines[1]
    assert content(path)[0]["cases"] == start + saved
    check_database_file(path, PASSPHRASE)
    record(CLASS + " [ulimit -f]", tried=saved + 1, refused=1, stored=saved, lost=0)


def test_printing_past_a_file_size_limit_leaves_no_partial_pdf(
    template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "db.sqlite"
    shutil.copyfile(template, path)
    out = tmp_path / "ut"
    out.mkdir()
    env = {**os.environ, "FAMILIEMOTE_PASSPHRASE": PASSPHRASE}
    script = (
        "import resource, sys; from familiemote.cli import main; "
        "resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536)); sys.exit(main(sys.argv[1:]))"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "print",
            "plan",
            "--meeting",
            "1",
            "--db",
            str(path),
            "-o",
            str(out / "plan.pdf"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert refused_in_norwegian(result), result.stderr
    assert "Kunne ikke skrive" in result.stderr, result.stderr
    assert entries(out) == set()
    record(CLASS + " [ulimit -f]", tried=1, refused=1, stored=0, lost=0)
