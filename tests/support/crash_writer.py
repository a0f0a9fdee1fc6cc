"""A writer for tests/integration/test_crash_safety.py, meant to be killed.

    python -m tests.support.crash_writer DB_URL PASSPHRASE REPORTED_FILE

Imports everything once, then on each line "go" read from stdin forks a child
that opens the database and creates cases as fast as it can, appending each
case's id to REPORTED_FILE with a single write() *after* its commit returned
(so a reported id was saved); after the first it also prints "writing". The
parent prints the child's pid, waits for it (the test SIGKILLs it) and prints
"done". Forking from a warmed-up parent keeps each run cheap enough for hundreds
of kills.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile

from familiemote.services import cases
from familiemote.storage.db import open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork

TODAY = dt.date(2026, 11, 22)


def write_forever(url: str, passphrase: str, reported: str) -> None:
    db = open_database(url, passphrase=passphrase or None, migrate=False)
    fd = os.open(reported, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    n = 0
    while True:
        if n == 1:
            os.write(1, b"writing\n")
        n += 1
        case_id = cases.create_case(
            SqlAlchemyUnitOfWork(db.session_factory),
            cases.NewCase(f"Barn{os.getpid()}x{n}", 2016, concern_summary="x" * (n % 300)),
            TODAY,
        )
        os.write(fd, f"{case_id} Barn{os.getpid()}x{n}\n".encode())


def warm_up(passphrase: str) -> None:
    """Import and configure everything once (mappers, migrations) on a scratch file."""
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(sqlite_url(os.path.join(tmp, "warm.sqlite")), passphrase=passphrase)
        cases.create_case(SqlAlchemyUnitOfWork(db.session_factory), cases.NewCase("Varm", 2016))
        db.dispose()


def main() -> int:
    url, passphrase, reported = sys.argv[1:4]
    warm_up(passphrase)
    for line in sys.stdin:
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(url, passphrase, reported)
            finally:
                os._exit(1)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
