"""A fresh PostgreSQL cluster set up as a municipality's IT would: passwords
(scram-sha-256) over TCP, TLS with a certificate from a CA made here, an IT
superuser reached through the Unix socket. Used by the shared-server tests that
need what the test setup's trusting server cannot show (passwords, pg_hba
refusals, certificates), and that stop, suspend and resume the server.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from tests.support.pg import _bindir, start_on_free_port

ADMIN = "it_admin"


def make_ca(folder: Path, name: str) -> tuple[Path, Path]:
    """A throw-away certificate authority: (certificate, key)."""
    folder.mkdir(parents=True, exist_ok=True)
    crt, key = folder / f"{name}.crt", folder / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-new", "-nodes", "-newkey", "rsa:2048", "-days", "2",
         "-subj", f"/CN={name}", "-keyout", str(key), "-out", str(crt)],
        check=True, capture_output=True,
    )
    return crt, key


def make_server_cert(folder: Path, ca: tuple[Path, Path]) -> tuple[Path, Path]:
    """The server's certificate for localhost and 127.0.0.1, signed by ``ca``."""
    crt, key, csr = folder / "server.crt", folder / "server.key", folder / "server.csr"
    ext = folder / "san.ext"
    ext.write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    subprocess.run(
        ["openssl", "req", "-new", "-nodes", "-newkey", "rsa:2048", "-subj", "/CN=localhost",
         "-keyout", str(key), "-out", str(csr)],
        check=True, capture_output=True,
    )
    subprocess.run(
        ["openssl", "x509", "-req", "-in", str(csr), "-CA", str(ca[0]), "-CAkey", str(ca[1]),
         "-CAcreateserial", "-days", "2", "-extfile", str(ext), "-out", str(crt)],
        check=True, capture_output=True,
    )
    return crt, key


@dataclass
class Cluster:
    base: Path
    port: int
    bindir: Path
    run_as: list[str]
    ca_crt: Path
    stopped_pids: list[int] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def sock(self) -> Path:
        return self.base / "sock"

    def admin_url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{ADMIN}@/{database}?host={self.sock}&port={self.port}"

    def tcp_url(self, user: str, database: str, password: str | None = None, **query: str) -> str:
        url = sa.engine.URL.create(
            "postgresql+psycopg", username=user, password=password, host="127.0.0.1",
            port=self.port, database=database, query=query,
        )
        return url.render_as_string(hide_password=False)

    def sql(self, *statements: str, database: str = "postgres") -> None:
        engine = sa.create_engine(self.admin_url(database), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                for statement in statements:
                    conn.exec_driver_sql(statement)
        finally:
            engine.dispose()

    def prepend_hba(self, *lines: str) -> None:
        hba = self.data / "pg_hba.conf"
        hba.write_text("".join(f"{line}\n" for line in lines) + hba.read_text())
        self.sql("SELECT pg_reload_conf()")

    def _pg_ctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.run_as, str(self.bindir / "pg_ctl"), "-D", str(self.data), *args],
            capture_output=True, text=True,
        )

    def _start_on(self, port: int) -> subprocess.CompletedProcess[str]:
        options = (
            f"-p {port} -k {self.sock} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"
        )
        return self._pg_ctl("-o", options, "-w", "-t", "120", "-l",
                            str(self.sock / "server.log"), "start")

    def start(self) -> None:
        """Start again on the cluster's port (the URLs handed out name it)."""
        result = self._start_on(self.port)
        if result.returncode != 0:
            raise RuntimeError(f"PostgreSQL did not start: {result.stderr}")

    def first_start(self) -> None:
        """Start on a free port (another one if it is taken before the server binds it)."""
        self.port, result = start_on_free_port(self._start_on, self.sock / "server.log")
        if result.returncode != 0:
            raise RuntimeError(f"PostgreSQL did not start: {result.stderr}")

    def stop(self, mode: str = "fast") -> None:
        self.resume()
        self._pg_ctl("-m", mode, "-w", "stop")

    def _pids(self) -> list[int]:
        """The postmaster and every process it started (the sessions among them)."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        pids = [postmaster]
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == postmaster:
                pids.append(int(entry.name))
        return pids

    def suspend(self) -> None:
        """SIGSTOP the server and its sessions: connections stay open, nothing answers."""
        self.stopped_pids = self._pids()
        for pid in self.stopped_pids:
            os.kill(pid, signal.SIGSTOP)

    def resume(self) -> None:
        for pid in self.stopped_pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        self.stopped_pids = []

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.base, ignore_errors=True)


def start_cluster() -> Cluster:
    bindir = _bindir()
    base = Path(tempfile.mkdtemp(prefix="familiemote-it-"))
    base.chmod(0o755)
    data, sock, certs = base / "data", base / "sock", base / "certs"
    sock.mkdir()
    ca = make_ca(certs, "kommune-ca")
    pwfile = base / "pw"
    pwfile.write_text("it-admin-passord\n")
    run_as: list[str] = []
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(sock, user.pw_uid, user.pw_gid)
        os.chown(pwfile, user.pw_uid, user.pw_gid)
        os.chown(base, user.pw_uid, user.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [*run_as, str(bindir / "initdb"), "-D", str(data), "-U", ADMIN, "--pwfile", str(pwfile),
         "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale"],
        check=True, capture_output=True,
    )
    crt, key = make_server_cert(certs, ca)
    shutil.copy(crt, data / "server.crt")
    shutil.copy(key, data / "server.key")
    (data / "server.key").chmod(0o600)
    if run_as:
        user = pwd.getpwnam("postgres")
        for name in ("server.crt", "server.key"):
            os.chown(data / name, user.pw_uid, user.pw_gid)
    cluster = Cluster(base=base, port=0, bindir=bindir, run_as=run_as, ca_crt=ca[0])
    cluster.first_start()
    return cluster
