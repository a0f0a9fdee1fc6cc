"""The database file under attack: a damaged page, things that are not our database at
--db, results that must be verified before «ferdig», files readable by others, and
print files left in the temp folder.

Each hostile input is tried through the installed command (a subprocess with a
timeout, so a hang fails) and the file is compared before and after.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from familiemote.domain.errors import DatabaseOpenCode, DatabaseOpenError
from familiemote.messages import error_text
from familiemote.storage.db import open_database, sqlite_url
from familiemote.storage.file_copies import check_database_file
from familiemote.temp_files import PRINT_TEMP_PREFIX, remove_stale_print_folders
from tests.support.battery import record
from tests.support.hostile import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    content,
    damage,
    digest,
    entries,
    make_demo_db,
    make_device_node,
    opens_with,
    refused_in_norwegian,
    run_cli,
)
from tests.support.run_gui_here import leave_no_global_state


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_db(tmp_path_factory.mktemp("template") / "demo.sqlite")


@pytest.fixture
def demo_db(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(template, target)
    os.chmod(target, 0o600)
    return target


@pytest.fixture
def damaged_db(demo_db: Path) -> Path:
    damage(demo_db)
    return demo_db


# -- a damaged page -------------------------------------------------------------------


def test_a_damaged_page_is_found_at_open_and_the_file_is_unchanged(damaged_db: Path) -> None:
    before = digest(damaged_db)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(sqlite_url(damaged_db), passphrase=PASSPHRASE)
    assert info.value.code is DatabaseOpenCode.DAMAGED
    text = error_text(info.value)
    assert "skadet" in text and "sikkerhetskopi" in text and "familiemote restore" in text
    assert digest(damaged_db) == before


def test_every_command_on_a_damaged_file_says_so_and_changes_nothing(
    damaged_db: Path, tmp_path: Path
) -> None:
    case_file = tmp_path / "sak.json"
    case_file.write_text("{}", encoding="utf-8")
    commands = {
        "passphrase": ["passphrase", "--db", str(damaged_db)],
        "backup": ["backup", "--db", str(damaged_db), "-o", str(tmp_path / "kopi.fmbak")],
        "import": ["import", "--db", str(damaged_db), str(case_file)],
        "export": [
            "export",
            "--db",
            str(damaged_db),
            "--case",
            "1",
            "-o",
            str(tmp_path / "u.json"),
        ],
        "print": [
            "print",
            "plan",
            "--meeting",
            "1",
            "--db",
            str(damaged_db),
            "-o",
            str(tmp_path / "p.pdf"),
        ],
        "demo": ["demo", "--db", str(damaged_db)],
    }
    before = digest(damaged_db)
    refused = 0
    for name, argv in commands.items():
        result = run_cli(*argv)
        assert refused_in_norwegian(result), (name, result.stderr)
        assert "er skadet" in result.stderr, (name, result.stderr)
        assert "familiemote restore" in result.stderr
        assert digest(damaged_db) == before, name
        refused += 1
    assert not (tmp_path / "kopi.fmbak").exists() and not (tmp_path / "p.pdf").exists()
    # the failure the battery found: «byttet», exit 0, and the new passphrase opens nothing
    assert opens_with(damaged_db, PASSPHRASE)
    record(
        "damaged page (bytes 40960-45055)", tried=len(commands), refused=refused, stored=0, lost=0
    )


# -- success is verified before it is reported -------------------------------------------


def test_passphrase_change_is_verified_then_reported(demo_db: Path) -> None:
    expected = content(demo_db)
    result = run_cli("passphrase", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert "er byttet og kontrollert" in result.stdout
    assert opens_with(demo_db, NEW_PASSPHRASE)
    assert not opens_with(demo_db, PASSPHRASE)
    assert content(demo_db, NEW_PASSPHRASE) == expected  # row counts and the audit head
    assert stat.S_IMODE(demo_db.stat().st_mode) == 0o600
    assert not [p for p in demo_db.parent.iterdir() if p.name.startswith(".")]
    record("verified results (rekey, backup, restore)", tried=1, refused=0, stored=1, lost=0)


def test_backup_and_restore_are_verified_then_reported(demo_db: Path, tmp_path: Path) -> None:
    expected = content(demo_db)
    backup = tmp_path / "kopi.fmbak"
    made = run_cli("backup", "--db", str(demo_db), "-o", str(backup))
    assert made.returncode == 0, made.stderr
    assert "kontrollert" in made.stdout
    backup_content = content(backup)
    # the backup records itself in the audit trail after the copy: same rows otherwise
    assert backup_content == expected
    target = tmp_path / "ny" / "gjenopprettet.sqlite"
    target.parent.mkdir()
    restored = run_cli("restore", "--db", str(target), str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "kontrollert" in restored.stdout
    assert content(target) == backup_content
    for made_file in (backup, target):
        assert stat.S_IMODE(made_file.stat().st_mode) == 0o600, made_file
    record("verified results (rekey, backup, restore)", tried=2, refused=0, stored=2, lost=0)


# -- restore and passphrase touch only a Familiemøte database ------------------------------


def _targets(folder: Path) -> dict[str, Path]:
    """Each kind of thing that is not a Familiemøte database, made at a path in ``folder``."""
    made: dict[str, Path] = {}
    fifo = folder / "fifo"
    os.mkfifo(fifo)
    made["FIFO"] = fifo
    device = folder / "enhet"
    if make_device_node(device):
        made["device node (mknod c 1 3)"] = device
    other = folder / "annet-program.sqlite"
    import sqlite3

    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('en annen app sine data')")
    conn.commit()
    conn.close()
    made["another program's SQLite file"] = other
    text_file = folder / "notater.txt"
    text_file.write_text("Handleliste: melk, brød\n" * 200, encoding="utf-8")
    made["text file"] = text_file
    return made


def _state(path: Path) -> tuple[int, int, int, str]:
    st = os.lstat(path)
    kind = stat.S_IFMT(st.st_mode)
    data = digest(path) if stat.S_ISREG(st.st_mode) else ""
    return (kind, stat.S_IMODE(st.st_mode), st.st_ino, data)


def test_restore_and_passphrase_refuse_what_is_not_our_database(
    template: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "kopi.fmbak"
    shutil.copyfile(template, backup)
    folder = tmp_path / "mål"
    folder.mkdir()
    targets = _targets(folder)
    read_only = folder / "skrivebeskyttet.sqlite"
    shutil.copyfile(template, read_only)
    os.chmod(read_only, 0o400)
    targets["read-only file"] = read_only
    tried = refused = 0
    for kind, target in targets.items():
        for command in (
            ["restore", "--db", str(target), str(backup)],
            ["passphrase", "--db", str(target)],
        ):
            before = _state(target)
            names = entries(folder)
            try:
                result = run_cli(*command, timeout=30)
            except subprocess.TimeoutExpired:  # pragma: no cover - the bug this guards
                pytest.fail(f"{command[0]} hung on a {kind}")
            tried += 1
            assert refused_in_norwegian(result), (kind, command[0], result.stderr)
            assert _state(target) == before, (kind, command[0])
            assert entries(folder) == names, (kind, command[0])  # nothing renamed aside or left
            if kind == "read-only file":
                assert "skrivebeskyttet" in result.stderr
            else:
                assert "ikke en Familiemøte-database" in result.stderr, result.stderr
            refused += 1
    record("restore/passphrase on what is not our database", tried, refused, stored=0, lost=0)


def test_a_read_only_folder_is_named_as_such(template: Path, tmp_path: Path) -> None:
    folder = tmp_path / "lesbar"
    folder.mkdir()
    db = folder / "db.sqlite"
    shutil.copyfile(template, db)
    backup = tmp_path / "kopi.fmbak"
    shutil.copyfile(template, backup)
    os.chmod(folder, 0o555)
    try:
        before = digest(db)
        for command in (["restore", "--db", str(db), str(backup)], ["passphrase", "--db", str(db)]):
            result = run_cli(*command)
            assert refused_in_norwegian(result), result.stderr
            assert "Mappen" in result.stderr and "skrivebeskyttet" in result.stderr
            assert "annet Familiemøte-vindu" not in result.stderr
            assert "åpen i et Familiemøte-vindu" not in result.stderr
            assert digest(db) == before
            assert entries(folder) == {"db.sqlite"}
    finally:
        os.chmod(folder, 0o755)
    record("restore/passphrase on what is not our database", tried=2, refused=2, stored=0, lost=0)


def test_restore_into_a_new_path_and_over_a_damaged_database(
    template: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "kopi.fmbak"
    shutil.copyfile(template, backup)
    damaged = tmp_path / "skadet.sqlite"
    shutil.copyfile(template, damaged)
    damage(damaged)
    before = digest(damaged)
    result = run_cli("restore", "--db", str(damaged), str(backup))
    assert result.returncode == 0, result.stderr
    check_database_file(damaged, PASSPHRASE)
    kept = list(tmp_path.glob("skadet.sqlite.before-restore-*"))
    assert len(kept) == 1 and digest(kept[0]) == before  # the damaged file kept aside, as it was
    record("verified results (rekey, backup, restore)", tried=1, refused=0, stored=1, lost=0)


# -- nothing readable by others -------------------------------------------------------------


def test_the_database_its_journals_and_backups_are_owner_only(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # the usual default, which would give 0644
    try:
        path = tmp_path / "ny.sqlite"
        db = open_database(sqlite_url(path), passphrase=PASSPHRASE)
        try:
            from familiemote.services import demo
            from familiemote.storage.uow import SqlAlchemyUnitOfWork

            demo.create_demo_case(SqlAlchemyUnitOfWork(db.session_factory))
            # while the database is open, its WAL and shared-memory files exist
            modes = {
                p.name: stat.S_IMODE(p.stat().st_mode)
                for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"))
            }
            import datetime as dt

            from familiemote.services.backup import make_backup

            backup = tmp_path / "kopi.fmbak"
            make_backup(db, backup, dt.datetime(2026, 11, 22, 12, 0))
            modes[backup.name] = stat.S_IMODE(backup.stat().st_mode)
        finally:
            db.dispose()
    finally:
        os.umask(old_umask)
    assert modes == {name: 0o600 for name in modes}, modes
    # a database made by an earlier version (0644) is made owner-only when opened
    os.chmod(path, 0o644)
    open_database(sqlite_url(path), passphrase=PASSPHRASE).dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# -- print files left in the temp folder ------------------------------------------------------

_PRINTER = """
import sys, time
from familiemote.temp_files import private_temp_dir
with private_temp_dir() as folder:
    (folder / "plan.pdf").write_bytes(b"%PDF-1.4 Sofie Nordmann")
    print(folder, flush=True)
    time.sleep(600)
"""


def test_a_print_killed_midway_leaves_nothing_after_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp_root = tmp_path / "tmp"
    temp_root.mkdir()
    env = {**os.environ, "TMPDIR": str(temp_root)}
    running = subprocess.Popen(
        [sys.executable, "-c", _PRINTER], stdout=subprocess.PIPE, text=True, env=env
    )
    assert running.stdout is not None
    folder = Path(running.stdout.readline().strip())
    assert folder.parent == temp_root and folder.name.startswith(PRINT_TEMP_PREFIX)
    assert (folder / "plan.pdf").exists()
    # a print in another window that is still running keeps its folder
    assert remove_stale_print_folders(temp_root) == []
    running.send_signal(signal.SIGKILL)
    running.wait(timeout=30)
    running.stdout.close()
    assert (folder / "plan.pdf").exists()  # what the battery found: the PDF left behind
    # the next start cleans up: run_gui calls this before anything else
    monkeypatch.setattr("tempfile.tempdir", str(temp_root))
    assert remove_stale_print_folders() == [folder]
    assert not folder.exists()
    # a folder from an older version (no process id in the name) goes once it is old
    legacy = temp_root / f"{PRINT_TEMP_PREFIX}abc123"
    legacy.mkdir()
    (legacy / "plan.pdf").write_bytes(b"%PDF")
    assert remove_stale_print_folders(temp_root) == []
    hour_ago = time.time() - 7200
    os.utime(legacy, (hour_ago, hour_ago))
    assert remove_stale_print_folders(temp_root) == [legacy]


def test_the_app_start_cleans_the_temp_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    from familiemote import app
    from familiemote.settings import DatabaseChoice

    calls: list[object] = []

    def cleanup(*args: object) -> list[Path]:
        calls.append(args)
        return []

    monkeypatch.setattr("familiemote.temp_files.remove_stale_print_folders", cleanup)
    leave_no_global_state(monkeypatch, tmp_path)
    # a database that cannot be opened: run_gui stops after telling so
    monkeypatch.setattr(app, "_message_box", lambda parent: lambda text: calls.append(text))
    monkeypatch.setenv("FAMILIEMOTE_PASSPHRASE", PASSPHRASE)
    missing = tmp_path / "finnes-ikke" / "db.sqlite"
    assert app.run_gui(DatabaseChoice(sqlite_url(missing), is_default=False)) == 1
    assert calls and calls[0] == ()  # the clean-up ran first
    assert any(isinstance(c, str) and "finnes ikke" in c for c in calls)


# -- the damaged file in the app ---------------------------------------------------------------


def _answer_damaged_box(qtbot: Any, restore: bool) -> list[str]:
    """Click a button on the damaged-database box once it shows; its text is returned."""
    from familiemote.ui.security import DamagedDatabaseBox
    from tests.support.modal import when_shown

    seen: list[str] = []

    def answer(box: DamagedDatabaseBox) -> None:
        seen.append(box.text())
        (box.restore_button if restore else box.quit_button).click()

    when_shown(DamagedDatabaseBox, answer, close_after=True)
    return seen


def test_the_app_tells_of_a_damaged_file_and_offers_to_restore_a_backup(
    damaged_db: Path, template: Path, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from familiemote.app import ask_passphrase_and_open
    from familiemote.settings import DatabaseChoice

    monkeypatch.setenv("FAMILIEMOTE_PASSPHRASE", PASSPHRASE)
    choice = DatabaseChoice(sqlite_url(damaged_db), is_default=False)
    before = digest(damaged_db)
    reports: list[str] = []
    # «Avslutt»: nothing opens, nothing changes, no second message on top
    seen = _answer_damaged_box(qtbot, restore=False)
    assert ask_passphrase_and_open(choice, reports.append) is None
    assert seen and "er skadet" in seen[0] and "sikkerhetskopi" in seen[0]
    assert reports == []
    assert digest(damaged_db) == before
    # «Gjenopprett fra sikkerhetskopi …»: the backup replaces it, the damaged file is kept
    backup = tmp_path / "kopi.fmbak"
    shutil.copyfile(template, backup)
    monkeypatch.setattr(
        "familiemote.ui.security.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(backup), ""),
    )
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    _answer_damaged_box(qtbot, restore=True)
    db = ask_passphrase_and_open(choice, reports.append)
    assert db is not None, reports
    try:
        from familiemote.services import cases
        from familiemote.storage.uow import SqlAlchemyUnitOfWork

        assert cases.count_cases(SqlAlchemyUnitOfWork(db.session_factory)) == 1
    finally:
        db.dispose()
    assert infos and "gjenopprettet" in infos[0] and "kontrollert" in infos[0]
    kept = list(damaged_db.parent.glob("demo.sqlite.before-restore-*"))
    assert len(kept) == 1 and digest(kept[0]) == before
    record("damaged page (bytes 40960-45055)", tried=2, refused=1, stored=1, lost=0)


def test_the_app_in_a_read_only_folder_says_so_not_open_elsewhere(
    template: Path, tmp_path: Path, qapp: object
) -> None:
    from familiemote.app import instance_lock_or_explain

    folder = tmp_path / "lesbar"
    folder.mkdir()
    db = folder / "db.sqlite"
    shutil.copyfile(template, db)
    os.chmod(folder, 0o555)
    told: list[str] = []
    try:

        def retry(text: str) -> bool:
            told.append(text)
            return False

        assert instance_lock_or_explain(db, retry) is None
    finally:
        os.chmod(folder, 0o755)
    assert len(told) == 1
    assert "Mappen" in told[0] and "skrivebeskyttet" in told[0]
    assert "Familiemøte-vindu" not in told[0]
    assert entries(folder) == {"db.sqlite"}


def test_a_backup_onto_a_fifo_or_a_device_is_refused(demo_db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "kopi-fifo"
    os.mkfifo(fifo)
    targets = {"FIFO": fifo}
    device = tmp_path / "kopi-enhet"
    if make_device_node(device):
        targets["device node"] = device
    for kind, target in targets.items():
        before = _state(target)
        try:
            result = run_cli("backup", "--db", str(demo_db), "-o", str(target), timeout=30)
        except subprocess.TimeoutExpired:  # pragma: no cover - the failure this guards
            pytest.fail(f"backup hung on a {kind}")
        assert refused_in_norwegian(result), (kind, result.stderr)
        assert "Kunne ikke skrive" in result.stderr
        assert _state(target) == before, kind
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    record("restore/passphrase on what is not our database", len(targets), len(targets), 0, 0)
