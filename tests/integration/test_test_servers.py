"""The test set-up's own PostgreSQL servers start on a port nobody else holds.

Two xdist workers, or a second copy of the suite beside this one, start servers at
the same time; a port found free can be taken before the server binds it. The
server must then start on another port instead of failing the session.
"""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.support import pg


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A port in the test servers' range that something else listens on."""
    with socket.socket() as s:
        port = pg._free_port()
        s.bind(("127.0.0.1", port))
        s.listen()
        yield port


def test_a_port_taken_before_the_bind_is_replaced_by_another(
    taken_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    draws = [taken_port]
    real_free_port = pg._free_port

    def first_the_taken_one() -> int:
        return draws.pop() if draws else real_free_port()

    monkeypatch.setattr(pg, "_free_port", first_the_taken_one)
    server = pg.start_server()
    try:
        port = sa.make_url(server.admin_url).port
        assert port is not None and port != taken_port
        assert not draws  # the taken port was tried first
        engine = sa.create_engine(server.admin_url)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT 1").scalar() == 1
        engine.dispose()
    finally:
        server.stop()


def test_a_start_that_fails_for_another_reason_is_not_retried(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    tries: list[int] = []

    def broken(port: int) -> subprocess.CompletedProcess[str]:
        tries.append(port)
        log.write_text("FATAL:  data directory has wrong ownership\n")
        return subprocess.CompletedProcess([], 1, "", "could not start server")

    port, result = pg.start_on_free_port(broken, log)
    assert result.returncode == 1 and tries == [port]


def test_ports_are_drawn_below_the_kernels_ephemeral_range() -> None:
    ephemeral = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
    low = int(ephemeral[0])
    for _ in range(50):
        assert pg.PORT_RANGE[0] <= pg._free_port() < min(pg.PORT_RANGE[1], low)
