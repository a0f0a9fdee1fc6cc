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
import io
import os
import platform
import random
import re
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


@dataclass
class Started:
    ready: float  # seconds from spawn to the painted window
    case: float | None  # ... to the last case shown, when asked for
    rss_kib: int
    rows: int  # case list rows painted


def spawn_until_ready(args: list[str]) -> Started:
    start = time.perf_counter()
    seen: dict[str, tuple[float, str]] = {}
    with subprocess.Popen(
        [sys.executable, str(HERE / "_child.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            word, _, rest = line.strip().partition(" ")
            seen[word] = (time.perf_counter() - start, rest)
            if word == "RSS":
                break
        proc.wait(timeout=60)
    if "READY" not in seen or "RSS" not in seen:
        raise RuntimeError(f"child {args[0]} did not get ready: {seen!r}")
    return Started(
        ready=seen["READY"][0],
        case=seen["CASE"][0] if "CASE" in seen else None,
        rss_kib=int(seen["RSS"][1]),
        rows=int(seen["READY"][1] or 0),
    )


def first_listed_case(db: Database) -> int:
    """The case at the top of the case list (newest opened): the one reopened at start."""
    c = orm.cases
    with db.engine.connect() as conn:
        return int(
            conn.scalar(sa.select(c.c.id).order_by(c.c.opened_on.desc(), c.c.id.desc()).limit(1))
        )


def bench_startup(db: Database, url: str, repeat: int) -> list[Row]:
    last = str(first_listed_case(db))
    spawn_until_ready(["bare"])  # warm the file cache
    spawn_until_ready(["app", url])
    bare = [spawn_until_ready(["bare"]) for _ in range(repeat)]
    app = [spawn_until_ready(["app", url, "--last-case", last]) for _ in range(repeat)]
    base = statistics.median(b.ready for b in bare)
    return [
        Row(
            f"start to a usable main window (shown, case list of {app[0].rows} cases painted) "
            "vs a bare window with a label",
            statistics.median(a.ready for a in app),
            base,
            "s",
            "< 1.5x",
            1.5,
        ),
        Row(
            "start until the last opened case is shown (opened after the first paint) "
            "vs the bare window",
            statistics.median(a.case or float("nan") for a in app),
            base,
            "s",
            "(reported)",
        ),
        Row(
            "peak memory of the app (last case open) vs the bare window",
            max(a.rss_kib for a in app) / 1024,
            max(b.rss_kib for b in bare) / 1024,
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
        for child, parent, fk in (
            ("participants", "meetings", "meeting_id"),
            ("action_handovers", "actions", "action_id"),
            ("action_reviews", "actions", "action_id"),
            ("consent_scopes", "consents", "consent_id"),
        ):
            n += len(
                conn.exec_driver_sql(
                    f"SELECT x.* FROM {child} x JOIN {parent} p ON p.id = x.{fk} "
                    f"WHERE p.case_id = {case_id}"
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


def plain_followup_rows(db: Database, today: dt.date) -> list[tuple[object, ...]]:
    """The overdue and due-soon actions, with child, service and person, by plain SQL."""
    from familiemote.domain import followup as f
    from familiemote.domain import model as m

    horizon = today + dt.timedelta(days=f.DUE_SOON_DAYS)
    statuses = [s.value for s in m.OPEN_ACTION_STATUSES]
    marks = ", ".join("?" if db.url.get_backend_name() == "sqlite" else "%s" for _ in statuses)
    mark = "?" if db.url.get_backend_name() == "sqlite" else "%s"
    sql = (
        "SELECT a.id, c.id, c.child_first_name, c.demo_key, a.due_date, a.description, "
        "a.responsible_service_id, COALESCE(s.name, ''), a.responsible_professional_id, "
        "COALESCE(p.name, '') FROM actions a JOIN cases c ON c.id = a.case_id "
        "LEFT JOIN services s ON s.id = a.responsible_service_id "
        "LEFT JOIN professionals p ON p.id = a.responsible_professional_id "
        f"WHERE a.status IN ({marks}) AND a.due_date IS NOT NULL AND a.due_date <= {mark} "
        "ORDER BY a.due_date, c.id, a.id"
    )
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql, (*statuses, horizon)).all()]


def bench_followup(db: Database, repeat: int) -> Row:
    """The Oppfølging window's call (overdue + due soon) against the same rows by plain SQL."""
    from familiemote.domain.followup import FollowUpKind
    from familiemote.services.followup import OverviewFilter, overview

    flt = OverviewFilter(
        kinds=frozenset({FollowUpKind.ACTION_OVERDUE, FollowUpKind.ACTION_DUE_SOON})
    )
    found = overview(SqlAlchemyUnitOfWork(db.session_factory), TODAY, flt)
    plain = plain_followup_rows(db, TODAY)
    if len(found) != len(plain):  # the two must read the same rows to be compared
        raise RuntimeError(f"follow-up: the service found {len(found)}, plain SQL {len(plain)}")
    return Row(
        f"follow-up overview across all cases, overdue + due soon ({len(found)} rows) "
        "vs the same rows by plain SQL",
        median_time(lambda: overview(SqlAlchemyUnitOfWork(db.session_factory), TODAY, flt), repeat),
        median_time(lambda: plain_followup_rows(db, TODAY), repeat),
        "s",
        "< 3x",
        3.0,
    )


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def blank_pdf(pages: int) -> bytes:
    """ReportLab (Platypus, as the app's printing uses) rendering ``pages`` blank A4 pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer

    out = io.BytesIO()
    story: list[object] = []
    for i in range(pages):
        story.append(Spacer(1, 1))
        if i < pages - 1:
            story.append(PageBreak())
    SimpleDocTemplate(out, pagesize=A4).build(story)  # type: ignore[arg-type]
    return out.getvalue()


def print_plan(db: Database, meeting_id: int) -> bytes:
    """What Skriv ut > Oppfølgingsplan does: read the plan's data, render the PDF."""
    from familiemote.printing.plan import render_plan
    from familiemote.services.printing import plan_data

    data = plan_data(SqlAlchemyUnitOfWork(db.session_factory), meeting_id)
    out = io.BytesIO()
    render_plan(data, out, printed_on=TODAY)
    return out.getvalue()


def three_page_plan(db: Database, pages: int = 3, tries: int = 200) -> int:
    """A meeting whose follow-up plan prints on ``pages`` pages (a seeded pick among meetings)."""
    with db.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(sa.select(orm.meetings.c.id).order_by(orm.meetings.c.id))]
    for meeting_id in random.Random(3).sample(ids, min(tries, len(ids))):
        if pdf_pages(print_plan(db, meeting_id)) == pages:
            return meeting_id
    raise RuntimeError(f"no meeting among {tries} prints a plan of {pages} pages")


def bench_print(db: Database, repeat: int) -> Row:
    meeting_id = three_page_plan(db)
    pages = pdf_pages(print_plan(db, meeting_id))
    if pdf_pages(blank_pdf(pages)) != pages:
        raise RuntimeError("the blank document has the wrong page count")
    return Row(
        f"printing a follow-up plan of {pages} pages (meeting {meeting_id}: read + render) "
        f"vs ReportLab rendering {pages} blank pages",
        median_time(lambda: print_plan(db, meeting_id), repeat),
        median_time(lambda: blank_pdf(pages), repeat),
        "s",
        "(reported)",
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


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB RAM"
    except (OSError, ValueError):
        pass
    return "RAM unknown"


def machine() -> str:
    import PySide6
    import reportlab
    from PySide6.QtCore import qVersion

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, {_ram()}; "
        f"Python {platform.python_version()}, Qt {qVersion()} (PySide6 {PySide6.__version__}), "
        f"SQLAlchemy {sa.__version__}, ReportLab {reportlab.Version}"
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
        rows += bench_startup(db, url, args.repeat)
        rows.append(bench_open_case(db, args.repeat))
        rows.append(bench_followup(db, args.repeat))
        rows.append(bench_search(db))
        rows.append(bench_print(db, args.repeat))
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
