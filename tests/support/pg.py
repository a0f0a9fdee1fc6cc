"""A throw-away PostgreSQL server for the tests, started from Debian's binaries.

The server runs as the ``postgres`` system user when the tests run as root
(PostgreSQL refuses to run as root), listens on 127.0.0.1 on a free port, trusts
local connections, and is stopped and deleted when the test session ends.
Set FAMILIEMOTE_TEST_PG_URL to use a server of your own instead (each test then
creates and drops its own database on it).
"""

from __future__ import annotations

import glob
import os
import pwd
import random
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa


def _bindir() -> Path:
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
    )
    if not candidates:
        raise RuntimeError(
            "PostgreSQL is not installed: run scripts/install-and-test.sh, which installs it"
        )
    return Path(candidates[-1])


# Test servers listen on a port below Linux's ephemeral range (32768-60999): the
# kernel never hands such a port to an outgoing connection, so a port found free
# here stays free until the server binds it, unless another test server (a second
# xdist worker, a second copy of the suite) draws the same one at the same moment.
# That case is caught by starting again on another port (start_on_free_port).
PORT_RANGE = (20000, 32000)
PORT_TRIES = 8


def _free_port() -> int:
    """A port nothing on 127.0.0.1 listens on now, drawn at random from PORT_RANGE."""
    draw = random.SystemRandom()
    for _ in range(500):
        port = draw.randrange(*PORT_RANGE)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port between {PORT_RANGE[0]} and {PORT_RANGE[1]}")


def port_taken(log: Path) -> bool:
    """The server's log says it could not listen because the port was taken."""
    try:
        text = log.read_text(errors="replace")
    except OSError:
        return False
    return "could not bind" in text or "Address already in use" in text


def start_on_free_port(start: Callable[[int], subprocess.CompletedProcess[str]],
                       log: Path) -> tuple[int, subprocess.CompletedProcess[str]]:
    """Run ``start(port)`` on a free port; on a port taken between the check and the
    server's bind, again on another one. Returns the port and the last result."""
    for _ in range(PORT_TRIES):
        log.unlink(missing_ok=True)
        port = _free_port()
        result = start(port)
        if result.returncode == 0 or not port_taken(log):
            return port, result
    return port, result


@dataclass
class PgServer:
    admin_url: str
    base: Path | None
    bindir: Path | None
    run_as: list[str]

    def create_database(self) -> str:
        name = "fm_" + uuid.uuid4().hex[:12]
        engine = sa.create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        engine.dispose()
        return sa.make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        name = sa.make_url(url).database
        engine = sa.create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()

    def stop(self) -> None:
        if self.base is None or self.bindir is None:
            return
        subprocess.run(
            [*self.run_as, str(self.bindir / "pg_ctl"), "-D", str(self.base / "data"),
             "-m", "immediate", "stop"],
            check=False, capture_output=True,
        )
        shutil.rmtree(self.base, ignore_errors=True)


def start_server() -> PgServer:
    own = os.environ.get("FAMILIEMOTE_TEST_PG_URL")
    if own:
        return PgServer(admin_url=own, base=None, bindir=None, run_as=[])
    bindir = _bindir()
    base = Path(tempfile.mkdtemp(prefix="familiemote-pg-"))
    base.chmod(0o755)
    data, sock = base / "data", base / "sock"
    data.mkdir()
    sock.mkdir()
    run_as: list[str] = []
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        for path in (data, sock):
            os.chown(path, user.pw_uid, user.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [*run_as, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "familiemote",
         "-E", "UTF8", "--no-locale"],
        check=True, capture_output=True,
    )

    def start(port: int) -> subprocess.CompletedProcess[str]:
        options = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off"
        return subprocess.run(
            [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-t", "120",
             "-l", str(sock / "server.log"), "start"],
            capture_output=True, text=True,
        )

    port, result = start_on_free_port(start, sock / "server.log")
    if result.returncode != 0:
        log = (sock / "server.log").read_text() if (sock / "server.log").exists() else ""
        shutil.rmtree(base, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{log}")
    return PgServer(
        admin_url=f"postgresql+psycopg://familiemote@127.0.0.1:{port}/postgres",
        base=base, bindir=bindir, run_as=run_as,
    )
