"""The shared server as IT sets it up, and what users meet when it refuses, goes silent or
goes away: a fresh cluster with passwords and TLS (tests/support/pg_cluster.py).

- each refusal is told in its own words, with what to check;
- a server suspended (SIGSTOP on the postmaster and its sessions) or stopped
  during a save ends the wait within the timeouts, is told as such, loses nothing
  that was saved, and the next save works once the server is back;
- every command of the command line with the server suspended or stopped: a
  bounded wait, the message, nothing of the demo case on standard error;
- migrate --grant-to by a non-owner and to a missing group grants nothing and says so.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from familiemote.domain.errors import DatabaseOpenCode, DatabaseOpenError
from familiemote.error_report import server_trouble
from familiemote.messages import database_error_text
from familiemote.services import cases
from familiemote.storage.db import open_database
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from tests.support.pg_cluster import Cluster, make_ca, start_cluster

EXE = str(Path(sys.executable).parent / "familiemote")
TODAY = dt.date(2026, 11, 22)
PW = {"fm_eier": "eier-passord-1", "kari": "karis-passord-2", "per": "pers-passord-3",
      "utenfor": "utenfor-passord-4"}
# what the demo case holds that must never reach an error output
DEMO_SECRETS = ["Sofie", "samlivsbrudd", "Dagboken", "Hanne", "Orientert på telefon"]
SHORT = {"FAMILIEMOTE_PG_CONNECT_TIMEOUT": "2", "FAMILIEMOTE_PG_CLIENT_TIMEOUT": "3",
         "FAMILIEMOTE_PG_STATEMENT_TIMEOUT": "3"}


@dataclass
class Town:
    cluster: Cluster
    db: str = "familiemote"
    group: str = "familiemote_brukere"

    def url(self, user: str, password: str | None = None, **query: str) -> str:
        return self.cluster.tcp_url(user, self.db, password, **query)


@pytest.fixture(scope="module")
def town() -> Iterator[Town]:
    cluster = start_cluster()
    town = Town(cluster)
    try:
        cluster.sql(
            f"CREATE ROLE fm_eier LOGIN PASSWORD '{PW['fm_eier']}'",
            f"CREATE ROLE {town.group} NOLOGIN",
            f"CREATE ROLE kari LOGIN PASSWORD '{PW['kari']}' IN ROLE {town.group}",
            f"CREATE ROLE per LOGIN PASSWORD '{PW['per']}' IN ROLE {town.group}",
            f"CREATE ROLE utenfor LOGIN PASSWORD '{PW['utenfor']}'",
            "CREATE ROLE mallory LOGIN PASSWORD 'm'",
            f"CREATE DATABASE {town.db} OWNER fm_eier",
            f"REVOKE CONNECT, TEMPORARY ON DATABASE {town.db} FROM PUBLIC",
            f"GRANT CONNECT ON DATABASE {town.db} TO {town.group}",
        )
        cluster.prepend_hba("host all mallory 127.0.0.1/32 reject")
        env = _env(PGPASSWORD=PW["fm_eier"])
        result = subprocess.run(
            [EXE, "migrate", "--db", town.url("fm_eier"), "--grant-to", town.group],
            capture_output=True, text=True, env=env, timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "audit_log" in result.stdout and "INSERT, SELECT" in result.stdout
        demo = subprocess.run(
            [EXE, "demo", "--db", town.url("kari")], capture_output=True, text=True,
            env=_env(PGPASSWORD=PW["kari"]), timeout=120,
        )
        assert demo.returncode == 0, demo.stderr
        yield town
    finally:
        cluster.remove()


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PGPASSWORD", "FAMILIEMOTE_DB")}
    env["PGPASSFILE"] = "/nonexistent/pgpass"
    env.update(extra)
    return env


@pytest.fixture
def no_pgpass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")


def _refusal(url: str) -> DatabaseOpenError:
    with pytest.raises(DatabaseOpenError) as info:
        open_database(url).dispose()
    return info.value


def test_each_refusal_is_told_in_its_own_words(town: Town, no_pgpass: None, tmp_path: Path) -> None:
    wrong_ca, _ = make_ca(tmp_path / "other", "annen-ca")
    cases_ = {
        DatabaseOpenCode.PASSWORD_MISSING: (town.url("kari"), "PGPASSWORD"),
        DatabaseOpenCode.LOGIN_FAILED: (town.url("kari", "feil"), "passordet"),
        DatabaseOpenCode.REFUSED: (town.url("mallory", "m"), "pg_hba.conf"),
        DatabaseOpenCode.NO_ACCESS: (town.url("utenfor", PW["utenfor"]), "gruppen"),
        DatabaseOpenCode.NO_SUCH_DATABASE: (
            town.cluster.tcp_url("kari", "familiemøte_feil", PW["kari"]), "ingen database"),
        DatabaseOpenCode.CERTIFICATE: (
            town.url("kari", PW["kari"], sslmode="verify-full", sslrootcert=str(wrong_ca)),
            "CA-filen"),
        DatabaseOpenCode.UNREACHABLE: (
            town.cluster.tcp_url("kari", town.db, PW["kari"]).replace(
                f":{town.cluster.port}/", ":1/"), "tar imot tilkoblinger"),
    }
    texts: dict[DatabaseOpenCode, str] = {}
    for code, (url, advice) in cases_.items():
        err = _refusal(url)
        assert err.code is code, (code, err.detail)
        text = database_error_text(err)
        assert advice in text, (code, text)
        for secret in PW.values():
            assert secret not in text and secret not in str(err)
        texts[code] = text
    assert len(set(texts.values())) == len(texts)  # no two refusals read alike
    # a CA file that does not exist is a certificate problem too
    missing = _refusal(town.url("kari", PW["kari"], sslmode="verify-full",
                                sslrootcert=str(tmp_path / "finnes-ikke.crt")))
    assert missing.code is DatabaseOpenCode.CERTIFICATE
    # the right CA, verify-full: opens
    db = open_database(town.url("kari", PW["kari"], sslmode="verify-full",
                                sslrootcert=str(town.cluster.ca_crt)))
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT ssl FROM pg_stat_ssl "
                                        "WHERE pid = pg_backend_pid()").scalar() is True
    finally:
        db.dispose()


def _new_case(db_url: str, name: str) -> int:
    db = open_database(db_url)
    try:
        return cases.create_case(SqlAlchemyUnitOfWork(db.session_factory),
                                 cases.NewCase(name, 2018), TODAY)
    finally:
        db.dispose()


@pytest.mark.parametrize("how", ["suspend", "stop"])
def test_a_silent_or_stopped_server_during_a_save_is_bounded_told_and_recovered(
    town: Town, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in SHORT.items():
        monkeypatch.setenv(key, value)
    db = open_database(town.url("kari", PW["kari"]))
    uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
    try:
        before = {r.id for r in cases.list_cases(uow())}
        (town.cluster.suspend if how == "suspend" else town.cluster.stop)()
        try:
            started = time.monotonic()
            with pytest.raises(Exception) as info:
                cases.create_case(uow(), cases.NewCase("Under bortfall", 2018), TODAY)
            waited = time.monotonic() - started
        finally:
            if how == "suspend":
                town.cluster.resume()
            else:
                town.cluster.start()
        assert waited < 30, waited  # only a hang would come near: the bounds are 2-3 s
        trouble = server_trouble(info.value, db.display_location)
        assert trouble is not None, repr(info.value)
        assert trouble.code is DatabaseOpenCode.NOT_ANSWERING
        assert "svarer ikke" in database_error_text(trouble)
        # back: the same save works on the same Database (the pool reconnects)
        new_id = cases.create_case(uow(), cases.NewCase("Etter bortfall", 2018), TODAY)
        rows = {r.id: r.child_first_name for r in cases.list_cases(uow())}
        assert before <= set(rows)  # nothing saved before was lost
        assert rows[new_id] == "Etter bortfall"
        assert "Under bortfall" not in rows.values()  # the failed save left nothing half-done
    finally:
        db.dispose()


COMMANDS = [
    ["cases"],
    ["meetings", "--case", "1"],
    ["export", "--case", "1", "-o", "{tmp}/sak.json"],
    ["import", "{tmp}/sak.json"],
    ["print", "plan", "--meeting", "2", "-o", "{tmp}/plan.pdf"],
    ["historikk"],
    ["access", "list", "--case", "1"],
    ["innsyn", "--case", "1", "-o", "{tmp}/innsyn.pdf"],
    ["demo"],
    ["migrate"],
]


def test_every_command_with_the_server_gone_is_bounded_and_leaks_nothing(
    town: Town, tmp_path: Path
) -> None:
    env = _env(PGPASSWORD=PW["kari"], **SHORT)
    # a case file to import, made while the server answers
    made = subprocess.run(
        [EXE, "export", "--db", town.url("kari"), "--case", "1", "-o", str(tmp_path / "sak.json")],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "sak.json").exists()
    for how in ("suspend", "stop"):
        (town.cluster.suspend if how == "suspend" else town.cluster.stop)()
        try:
            for command in COMMANDS:
                argv = [a.replace("{tmp}", str(tmp_path)) for a in command]
                started = time.monotonic()
                result = subprocess.run(
                    [EXE, *argv, "--db", town.url("kari")],
                    capture_output=True, text=True, env=env, timeout=90,
                )
                waited = time.monotonic() - started
                said = result.stderr + result.stdout
                assert result.returncode != 0, (how, command, said)
                assert waited < 60, (how, command, waited)
                assert "databaseserveren" in said.lower(), (how, command, said)
                for secret in [*DEMO_SECRETS, *PW.values()]:
                    assert secret not in said, (how, command, secret, said)
        finally:
            if how == "suspend":
                town.cluster.resume()
            else:
                town.cluster.start()
    # back: the commands work again
    again = subprocess.run([EXE, "cases", "--db", town.url("kari")],
                           capture_output=True, text=True, env=env, timeout=120)
    assert again.returncode == 0 and "Sofie" in again.stdout, again.stderr


@pytest.mark.parametrize("how", ["stopped", "statement timeout"])
def test_server_lost_in_the_middle_of_import_and_print(
    town: Town, tmp_path: Path, how: str
) -> None:
    """The commands the server once left with a traceback holding the case: the table they
    need is held locked, so each waits mid-way; then the server is stopped (or the
    statement timeout cancels the wait)."""
    env = _env(PGPASSWORD=PW["kari"])
    exported = subprocess.run(
        [EXE, "export", "--db", town.url("kari"), "--case", "1", "-o", str(tmp_path / "s.json")],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert exported.returncode == 0, exported.stderr
    env.update({"FAMILIEMOTE_PG_STATEMENT_TIMEOUT": "60" if how == "stopped" else "2",
                "FAMILIEMOTE_PG_CLIENT_TIMEOUT": "60"})
    for argv in (["import", str(tmp_path / "s.json")],
                 ["print", "plan", "--meeting", "2", "-o", str(tmp_path / "p.pdf")]):
        admin = sa.create_engine(town.cluster.admin_url(town.db))
        conn = admin.connect()
        trans = conn.begin()
        conn.exec_driver_sql("LOCK TABLE cases, meetings IN ACCESS EXCLUSIVE MODE")
        process = subprocess.Popen([EXE, *argv, "--db", town.url("kari")], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            watcher = sa.create_engine(town.cluster.admin_url(town.db),
                                       isolation_level="AUTOCOMMIT")
            with watcher.connect() as w:
                while time.monotonic() < deadline and process.poll() is None:
                    waiting = w.exec_driver_sql(
                        "SELECT count(*) FROM pg_stat_activity WHERE usename = 'kari' "
                        "AND wait_event_type = 'Lock'").scalar()
                    if waiting:
                        break
                    time.sleep(0.2)
            watcher.dispose()
            assert process.poll() is None, process.communicate()
            if how == "stopped":
                town.cluster.stop("immediate")
            out, err = process.communicate(timeout=90)
        finally:
            if process.poll() is None:
                process.kill()
            if how == "stopped":
                admin.dispose()
                town.cluster.start()
            else:
                trans.rollback()
                conn.close()
                admin.dispose()
        said = out + err
        assert process.returncode == 1, (argv, said)
        assert "databaseserveren" in said.lower() and "svarer ikke" in said, (argv, said)
        for secret in [*DEMO_SECRETS, *PW.values()]:
            assert secret not in said, (argv, secret, said)


def test_listing_cases_and_meetings(town: Town) -> None:
    env = _env(PGPASSWORD=PW["kari"])
    listed = subprocess.run([EXE, "cases", "--db", town.url("kari")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert listed.returncode == 0, listed.stderr
    line = next(x for x in listed.stdout.splitlines() if "Sofie" in x)
    assert line.split()[0] == "1" and "2017" in line
    meetings = subprocess.run([EXE, "meetings", "--db", town.url("kari"), "--case", "1"],
                              capture_output=True, text=True, env=env, timeout=120)
    assert meetings.returncode == 0, meetings.stderr
    assert "Sak 1 (Sofie)" in meetings.stdout and "21.09.2026 kl. 14.00" in meetings.stdout
    assert "samlivsbrudd" not in listed.stdout + meetings.stdout


def test_grant_to_checks_owner_and_group(town: Town) -> None:
    as_user = subprocess.run(
        [EXE, "migrate", "--db", town.url("kari"), "--grant-to", town.group],
        capture_output=True, text=True, env=_env(PGPASSWORD=PW["kari"]), timeout=120,
    )
    assert as_user.returncode == 1
    assert "eies av «fm_eier»" in as_user.stderr and "Ingenting er gitt" in as_user.stderr
    assert "rettighetene" not in as_user.stdout
    typo = subprocess.run(
        [EXE, "migrate", "--db", town.url("fm_eier"), "--grant-to", "familiemote_bruker"],
        capture_output=True, text=True, env=_env(PGPASSWORD=PW["fm_eier"]), timeout=120,
    )
    assert typo.returncode == 1 and "Traceback" not in typo.stderr
    assert "«familiemote_bruker» finnes ikke" in typo.stderr


def test_no_password_in_a_script_is_told_and_a_terminal_is_not_needed(town: Town) -> None:
    result = subprocess.run([EXE, "cases", "--db", town.url("kari")], capture_output=True,
                            text=True, env=_env(), timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert "PGPASSWORD" in result.stderr and "Traceback" not in result.stderr
    # PGPASSFILE (.pgpass) is read too
    pgpass = Path(os.environ.get("TMPDIR", "/tmp")) / f"h22-pgpass-{os.getpid()}"
    pgpass.write_text(f"127.0.0.1:{town.cluster.port}:{town.db}:kari:{PW['kari']}\n")
    pgpass.chmod(0o600)
    try:
        env = _env(PGPASSFILE=str(pgpass))
        ok = subprocess.run([EXE, "cases", "--db", town.url("kari")], capture_output=True,
                            text=True, env=env, timeout=120, stdin=subprocess.DEVNULL)
        assert ok.returncode == 0 and "Sofie" in ok.stdout, ok.stderr
    finally:
        pgpass.unlink()
    assert sa  # the module is used by the fixtures' URLs


def test_timeouts_bound_a_statement_and_a_migration_may_run_long(
    town: Town, monkeypatch: pytest.MonkeyPatch
) -> None:
    from familiemote.storage import pg_options

    monkeypatch.setenv("FAMILIEMOTE_PG_STATEMENT_TIMEOUT", "1")
    monkeypatch.setenv("FAMILIEMOTE_PG_CLIENT_TIMEOUT", "1.5")
    db = open_database(town.url("kari", PW["kari"]))
    try:
        with pytest.raises(sa.exc.OperationalError) as info, db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT pg_sleep(3)")
        trouble = server_trouble(info.value)
        assert trouble is not None and trouble.code is DatabaseOpenCode.NOT_ANSWERING
        with db.engine.connect() as conn, conn.begin():  # as _migrate does
            pg_options.without_timeouts(conn)
            assert conn.exec_driver_sql("SELECT pg_sleep(2.5), 1").one()[1] == 1
            conn.info.pop(pg_options.NO_TIMEOUT)
    finally:
        db.dispose()
