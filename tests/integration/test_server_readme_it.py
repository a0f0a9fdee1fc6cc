"""README «A municipality's shared server (for IT)», followed from start to end on a fresh
cluster: TLS, roles and group, REVOKE CONNECT FROM PUBLIC, pg_hba.conf (hostssl and
scram-sha-256 only), migrate --grant-to as the owner, two facilitators' logins, the
command line as each, then an encrypted backup of roles and data, the cluster emptied,
and a restore that brings both back (database rights included).

The README encrypts with the municipality's backup key (gpg --recipient); here a
passphrase (gpg --symmetric) stands in for it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from familiemote.domain.errors import DatabaseOpenCode, DatabaseOpenError
from familiemote.storage.db import open_database
from tests.support.pg_cluster import ADMIN, start_cluster

EXE = str(Path(sys.executable).parent / "familiemote")
PW = {"familiemote_owner": "eier-pw-1", "kari_hansen": "kari-pw-2", "per_olsen": "per-pw-3"}
GPG_PASS = "kommunens-backupnøkkel"


def test_the_readme_for_it_from_start_to_end(tmp_path: Path) -> None:
    cluster = start_cluster()  # step 1: listen_addresses, ssl = on with the CA's certificate
    try:
        # step 2: roles and the database
        cluster.sql(
            f"CREATE ROLE familiemote_owner LOGIN PASSWORD '{PW['familiemote_owner']}'",
            "CREATE ROLE familiemote_users NOLOGIN",
            "CREATE DATABASE familiemote OWNER familiemote_owner ENCODING 'UTF8'",
            "REVOKE CONNECT, TEMPORARY ON DATABASE familiemote FROM PUBLIC",
            "GRANT CONNECT ON DATABASE familiemote TO familiemote_users",
            f"CREATE ROLE kari_hansen LOGIN PASSWORD '{PW['kari_hansen']}' "
            "IN ROLE familiemote_users",
            f"CREATE ROLE per_olsen LOGIN PASSWORD '{PW['per_olsen']}' IN ROLE familiemote_users",
        )
        # step 3: pg_hba.conf, TLS and passwords only
        cluster.prepend_hba(
            "hostssl familiemote familiemote_owner 127.0.0.1/32 scram-sha-256",
            "hostssl familiemote +familiemote_users 127.0.0.1/32 scram-sha-256",
            "host all all 0.0.0.0/0 reject",
        )
        tls = {"sslmode": "verify-full", "sslrootcert": str(cluster.ca_crt)}

        def url(user: str) -> str:
            return cluster.tcp_url(user, "familiemote", **tls).replace("127.0.0.1", "localhost")

        def run(user: str, *argv: str) -> subprocess.CompletedProcess[str]:
            env = {k: v for k, v in os.environ.items() if k != "FAMILIEMOTE_DB"}
            env.update(PGPASSWORD=PW[user], PGPASSFILE="/nonexistent")
            return subprocess.run([EXE, *argv, "--db", url(user)], capture_output=True,
                                  text=True, env=env, timeout=120, stdin=subprocess.DEVNULL)

        # step 4: migrate and grant, as the owner
        migrated = run("familiemote_owner", "migrate", "--grant-to", "familiemote_users")
        assert migrated.returncode == 0, migrated.stderr
        assert "Rollen familiemote_users har nå disse rettighetene" in migrated.stdout
        # step 5: each facilitator, over TLS with verify-full
        demo = run("kari_hansen", "demo")
        assert demo.returncode == 0, demo.stderr
        listed = run("kari_hansen", "cases")
        assert listed.returncode == 0 and "Sofie" in listed.stdout, listed.stderr
        per = run("per_olsen", "cases")
        assert per.returncode == 0, per.stderr
        # no TLS: refused by pg_hba.conf, and told so
        plain = cluster.tcp_url("kari_hansen", "familiemote", PW["kari_hansen"], sslmode="disable")
        try:
            open_database(plain).dispose()
            raise AssertionError("a plain connection was let in")
        except DatabaseOpenError as err:
            assert err.code is DatabaseOpenCode.REFUSED
        # backups: roles and data, encrypted
        conn_args = ["-h", str(cluster.sock), "-p", str(cluster.port), "-U", ADMIN]
        gpg = ["gpg", "--batch", "--yes", "--pinentry-mode", "loopback",
               "--passphrase", GPG_PASS, "--homedir", str(tmp_path / "gnupg")]
        (tmp_path / "gnupg").mkdir(mode=0o700)
        roles_gpg, data_gpg = tmp_path / "roles.sql.gpg", tmp_path / "familiemote.dump.gpg"
        subprocess.run(
            f"{cluster.bindir}/pg_dumpall --roles-only {' '.join(conn_args)} | "
            f"{' '.join(gpg)} --symmetric --output {roles_gpg}",
            shell=True, check=True, capture_output=True,
        )
        subprocess.run(
            f"{cluster.bindir}/pg_dump --format=custom {' '.join(conn_args)} familiemote | "
            f"{' '.join(gpg)} --symmetric --output {data_gpg}",
            shell=True, check=True, capture_output=True,
        )
        for f in (roles_gpg, data_gpg):  # nothing readable in the files
            raw = f.read_bytes()
            assert b"Sofie" not in raw and b"kari_hansen" not in raw and b"SCRAM" not in raw
        # disaster: the database and the roles are gone
        cluster.sql(
            "DROP DATABASE familiemote WITH (FORCE)",
            "DROP ROLE kari_hansen", "DROP ROLE per_olsen", "DROP ROLE familiemote_users",
            "DROP ROLE familiemote_owner",
        )
        # restore: roles first, then the data (with --create: the database's own rights too)
        subprocess.run(
            f"{' '.join(gpg)} --decrypt {roles_gpg} | "
            f"{cluster.bindir}/psql -q {' '.join(conn_args)} -d postgres",
            shell=True, check=True, capture_output=True,
        )
        subprocess.run(
            f"{' '.join(gpg)} --decrypt {data_gpg} | "
            f"{cluster.bindir}/pg_restore --create {' '.join(conn_args)} --dbname postgres",
            shell=True, check=True, capture_output=True,
        )
        again = run("kari_hansen", "cases")
        assert again.returncode == 0 and "Sofie" in again.stdout, again.stderr
        engine = sa.create_engine(cluster.admin_url())
        with engine.connect() as conn:
            acl = conn.exec_driver_sql(
                "SELECT datacl::text FROM pg_database WHERE datname = 'familiemote'").scalar()
        engine.dispose()
        entries = (acl or "").strip("{}").split(",")
        assert not any(e.startswith("=") and "c" in e.split("/")[0] for e in entries), acl
        assert any(e.startswith("familiemote_users=") for e in entries), acl
    finally:
        cluster.remove()
        _stop_gpg_agent(tmp_path / "gnupg")


def _stop_gpg_agent(home: Path) -> None:
    """gpg started an agent for this home; it would outlive the test."""
    if home.is_dir():
        subprocess.run(
            ["gpgconf", "--kill", "gpg-agent"],
            env={**os.environ, "GNUPGHOME": str(home)},
            check=False,
            capture_output=True,
        )
