"""Measure Familiemøte at a municipality's scale, each figure against a baseline of the same run.

    python bench/run.py [--db FILE_OR_URL] [--write] [--repeat N]

Without --db a fresh database is made with bench/make_data.py (2,000 cases,
10,000 meetings, 40,000 actions, 60,000 participants, 5,000 evaluation forms).
Ratios, not seconds, are the figures: the machines this runs on are noisy, and a
baseline measured in the same run cancels most of that out. --write puts the
table into bench/results.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.make_data import make  # noqa: E402
from familiemote.settings import to_url  # noqa: E402
from familiemote.storage import orm  # noqa: E402
from familiemote.storage.db import Database, open_database  # noqa: E402
from familiemote.storage.uow import SqlAlchemyUnitOfWork  # noqa: E402

TODAY = dt.date(2026, 11, 22)


@dataclass
class Row:
    what: str
    value: float
    baseline: float
    unit: str
    goal: str
    ratio_goal: float | None = None  # None: the value itself is judged

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def verdict(self) -> str:
        if self.ratio_goal is None:
            return ""
        return "ok" if self.ratio <= self.ratio_goal else "OVER GOAL"


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def spawn_until_ready(args: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "_child.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if not line.startswith("READY"):
        raise RuntimeError(f"child did not get ready: {line!r}")
    return elapsed, int(line.split()[1])


def bench_startup(url: str, repeat: int) -> list[Row]:
    spawn_until_ready(["bare"])  # warm the file cache
    spawn_until_ready(["app", url])
    bare = [spawn_until_ready(["bare"]) for _ in range(repeat)]
    app = [spawn_until_ready(["app", url, "--open-first"]) for _ in range(repeat)]
    return [
        Row(
            "start to a usable main window (first case open) vs a bare window with a label",
            statistics.median(t for t, _ in app),
            statistics.median(t for t, _ in bare),
            "s",
            "< 1.5x",
            1.5,
        ),
        Row(
            "peak memory of the app vs the bare window",
            max(r for _, r in app) / 1024,
            max(r for _, r in bare) / 1024,
            "MiB",
            "(reported)",
        ),
    ]


def plain_case_rows(db: Database, case_id: int) -> int:
    """The same rows get_case reads, with plain SQL and no mapping."""
    n = 0
    with db.engine.connect() as conn:
        n += len(conn.exec_driver_sql(f"SELECT * FROM cases WHERE id = {case_id}").all())
        for table in (
            "family_members",
            "meetings",
            "actions",
            "consents",
            "phase_decisions",
            "referrals",
            "child_views",
            "notifications",
        ):
            n += len(conn.exec_driver_sql(f"SELECT * FROM {table} WHERE case_id = {case_id}").all())
        n += len(
            conn.exec_driver_sql(
                "SELECT p.* FROM participants p JOIN meetings m ON m.id = p.meeting_id "
                f"WHERE m.case_id = {case_id}"
            ).all()
        )
        n += len(conn.exec_driver_sql("SELECT * FROM services").all())
        n += len(conn.exec_driver_sql("SELECT * FROM professionals").all())
    return n


def bench_open_case(db: Database, repeat: int) -> Row:
    from familiemote.services.cases import get_case

    with db.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(sa.select(orm.cases.c.id))]
    picks = random.Random(1).sample(ids, min(30, len(ids)))

    def service() -> None:
        for case_id in picks:
            get_case(SqlAlchemyUnitOfWork(db.session_factory), case_id)

    def plain() -> None:
        for case_id in picks:
            plain_case_rows(db, case_id)

    return Row(
        "opening a case with its history vs the same rows by plain SQL",
        median_time(service, repeat) / len(picks),
        median_time(plain, repeat) / len(picks),
        "s",
        "< 3x",
        3.0,
    )


def bench_search(db: Database) -> Row:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from familiemote.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    tmp = tempfile.mkdtemp()
    window = MainWindow(
        lambda: SqlAlchemyUnitOfWork(db.session_factory),
        QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat),
        db.display_location,
        today=lambda: TODAY,
    )
    window.show()
    app.processEvents()
    times = []
    for word in ("Mathias Hansen", "Åse Ødegård", "sofie berg", "Øystein", "Emma Lund"):
        for i in range(1, len(word) + 1):
            # a keystroke: the text changes, the window filters and repaints
            start = time.perf_counter()
            window.search_edit.setText(word[:i])
            app.processEvents()
            times.append(time.perf_counter() - start)
        window.search_edit.setText("")
    window.close()
    p95 = statistics.quantiles(times, n=20)[18]
    return Row(
        "search as you type: 95th percentile per keystroke vs one frame at 60 Hz",
        p95,
        1 / 60,
        "s",
        "< 1.0x (16.7 ms)",
        1.0,
    )


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}, "
        f"Python {platform.python_version()}"
    )


def table(rows: list[Row], url: str) -> str:
    lines = [
        f"Machine: {machine()}  ",
        f"Database: {sa.make_url(url).get_backend_name()}, run {dt.datetime.now():%Y-%m-%d %H:%M}",
        "",
        "| measurement | value | baseline | ratio | goal | |",
        "|---|---:|---:|---:|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.what} | {r.value:.4g} {r.unit} | {r.baseline:.4g} {r.unit} | "
            f"{r.ratio:.2f}x | {r.goal} | {r.verdict} |"
        )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    started = time.perf_counter()
    if args.db:
        url = to_url(args.db)
    else:
        folder = tempfile.mkdtemp(prefix="familiemote-bench-")
        url = to_url(os.path.join(folder, "bench.sqlite"))
        print("making the data ...", flush=True)
        make(url)
    db = open_database(url)
    rows: list[Row] = []
    try:
        rows += bench_startup(url, args.repeat)
        rows.append(bench_open_case(db, args.repeat))
        rows.append(bench_search(db))
    finally:
        db.dispose()
    out = table(rows, url)
    print(out)
    print(f"\n(bench took {time.perf_counter() - started:.0f} s)")
    if args.write:
        (HERE / "results.md").write_text(
            "# Benchmark results\n\nMade by `python bench/run.py --write`.\n\n" + out + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
