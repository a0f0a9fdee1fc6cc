"""Crash safety: a writer SIGKILLed at random moments, hundreds of times, loses nothing
that was reported saved, and the encrypted database stays whole."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlcipher3

from familiemote.storage.db import open_database, sqlite_url

PASSPHRASE = "krasj og brak 2026"
WORKERS = 2  # each on its own file, so the kills add up in parallel
KILLS_PER_WORKER = 100  # a fixed amount of work, however slow the machine: no time budget
HANG_CEILING_S = 600.0  # catches a hang, not a slow machine
ROOT = Path(__file__).resolve().parents[2]


def kill_repeatedly(path: Path, reported: Path, seed: int) -> int:
    """Start a writer on ``path`` and SIGKILL it at random moments; returns the kills."""
    writer = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.crash_writer",
            sqlite_url(path),
            PASSPHRASE,
            str(reported),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert writer.stdin is not None and writer.stdout is not None
    rng = random.Random(seed)
    kills = 0
    # Only a hang stops the loop early: the watchdog ends the writer, readline() then
    # returns "" and the test fails with the kills so far.
    watchdog = threading.Timer(HANG_CEILING_S, writer.kill)
    watchdog.start()
    try:
        while kills < KILLS_PER_WORKER:
            writer.stdin.write("go\n")
            child = int(writer.stdout.readline())
            if kills % 4 == 0:
                # while it opens the database (opening takes 0.1-0.4 s)
                time.sleep(rng.uniform(0.0, 0.3))
            else:
                # while it commits one case after another (each takes a few ms)
                assert writer.stdout.readline().strip() == "writing"
                time.sleep(rng.uniform(0.0, 0.06))
            os.kill(child, signal.SIGKILL)
            while (line := writer.stdout.readline().strip()) != "done":
                assert line == "writing", line
            kills += 1
    finally:
        watchdog.cancel()
        writer.stdin.close()
        writer.wait(timeout=30)
        writer.stdout.close()
    return kills


def check_database(path: Path, reported: Path) -> int:
    """Opens, passes integrity_check, holds every reported change; returns how many."""
    saved = {}
    for line in reported.read_text(encoding="ascii").splitlines():
        case_id, name = line.split()
        saved[int(case_id)] = name
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = dict(conn.execute("SELECT id, child_first_name FROM cases").fetchall())
    finally:
        conn.close()
    missing = {i: n for i, n in saved.items() if stored.get(i) != n}
    assert not missing, f"{len(missing)} changes reported saved are gone: {list(missing)[:5]}"
    open_database(sqlite_url(path), passphrase=PASSPHRASE).dispose()  # and the app opens it
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert b"Barn" not in raw
    return len(saved)


@pytest.mark.slow
def test_killed_writer_loses_nothing_reported_saved(tmp_path: Path) -> None:
    paths = [tmp_path / f"krasj{i}.sqlite" for i in range(WORKERS)]
    for path in paths:
        open_database(sqlite_url(path), passphrase=PASSPHRASE).dispose()  # created, migrated
    reports = [tmp_path / f"reported{i}.txt" for i in range(WORKERS)]
    with ThreadPoolExecutor(WORKERS) as pool:
        kills = list(pool.map(kill_repeatedly, paths, reports, range(WORKERS)))
    assert kills == [KILLS_PER_WORKER] * WORKERS, f"the writers stopped early: {kills}"
    saved = [check_database(path, reported) for path, reported in zip(paths, reports, strict=True)]
    assert sum(saved) > sum(kills), "the writers hardly wrote anything between kills"
