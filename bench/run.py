"""Measure Familiemøte at a municipality's scale, each figure against a baseline of the same run.

    python bench/run.py [--db FILE_OR_URL] [--write] [--repeat N]
    python bench/run.py --sizes 200,2000,20000 [--cache DIR] [--pairs 3]

Without --db a fresh database is made with bench/make_data.py (2,000 cases,
10,000 meetings, 40,000 actions, 60,000 participants, 5,000 evaluation forms).
Ratios, not seconds, are the figures: the machines this runs on are noisy, and a
baseline measured in the same run cancels most of that out. --write puts the
table into bench/results.md.

With --sizes, encrypted databases (SQLCipher, 75 audit entries a case, three cases
with 10,000) are made once into --cache, and each is measured where a user
waits, through the real ``familiemote --db`` start (bench/_child.py real: the
passphrase dialog, the list, clicking two cases and their Historikk, typing in
the search box), alternated with a bare PySide6 window, and in process otherwise;
then the growth table over the sizes.
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
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


def paired_medians(
    fn: Callable[[], object], baseline: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Medians of ``fn`` and ``baseline`` timed alternately (A/B), one warm-up each: a
    busy machine slows both alike instead of whichever ran during a busy moment."""
    fn()
    baseline()
    a: list[float] = []
    b: list[float] = []
    for _ in range(repeat):
        for call, out in ((fn, a), (baseline, b)):
            start = time.perf_counter()
            call()
            out.append(time.perf_counter() - start)
    return statistics.median(a), statistics.median(b)


PRINT_REPEAT = 11  # the print figures are short and cheap: more pairs, steadier medians


@dataclass
class Started:
    ready: float  # seconds from spawn to the painted window
    case: float | None  # ... to the last case shown, when asked for
    rss_kib: int
    rows: int  # case list rows painted


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a started app: as a user's, with bytecode written and read
    (a PYTHONDONTWRITEBYTECODE of a test shell would compile every module at every start)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


@contextmanager
def ended_after(proc: subprocess.Popen[str], seconds: float) -> Iterator[None]:
    """Kills a child still running after ``seconds``: one that hangs (a message nobody
    answers, a database another window holds) ends the bench with what it said
    instead of leaving it waiting on the child's output for ever."""
    timer = threading.Timer(seconds, proc.kill)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def spawn_until_ready(args: list[str]) -> Started:
    start = time.perf_counter()
    seen: dict[str, tuple[float, str]] = {}
    with subprocess.Popen(
        [sys.executable, str(HERE / "_child.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=child_env(),
    ) as proc, ended_after(proc, 60):
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


def pdf_text_lines(pdf: bytes) -> list[str]:
    """The text of a PDF, line by line (pdftotext, as the tests read documents back)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    return [" ".join(line.split()) for line in out.splitlines() if line.strip()]


BASELINE_FONTS = {"BL-Regular": "DejaVuSans.ttf", "BL-Bold": "DejaVuSans-Bold.ttf"}
BASELINE_FONTS["BL-Italic"] = "DejaVuSans-Oblique.ttf"


def register_baseline_fonts() -> None:
    """The app's three DejaVu files under names of their own (once, as the app does)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from familiemote.resources_path import resource_path

    for name, filename in BASELINE_FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))


def reportlab_pdf(lines: list[str], pages: int) -> bytes:
    """A plain ReportLab (Platypus) document with the app's three DejaVu fonts, embedded,
    the given text and ``pages`` A4 pages: the lines split evenly over the pages, short
    lines (headings, labels) in bold, the last line of a page in italic, the rest 10.5 pt
    regular, as the app's body text. The baseline the printed plan is measured against."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    register_baseline_fonts()
    body = ParagraphStyle("body", fontName="BL-Regular", fontSize=10.5, leading=13.5)
    bold = ParagraphStyle("bold", parent=body, fontName="BL-Bold", spaceBefore=4)
    italic = ParagraphStyle("italic", parent=body, fontName="BL-Italic")
    story: list[object] = []
    per_page = -(-len(lines) // pages)
    for page in range(pages):
        chunk = lines[page * per_page : (page + 1) * per_page] or ["–"]
        for i, line in enumerate(chunk):
            style = italic if i == len(chunk) - 1 else bold if len(line) <= 40 else body
            story.append(Paragraph(escape(line), style))
        if page < pages - 1:
            story.append(PageBreak())
    out = io.BytesIO()
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
    plan = print_plan(db, meeting_id)
    pages = pdf_pages(plan)
    lines = pdf_text_lines(plan)
    if pdf_pages(reportlab_pdf(lines, pages)) != pages:
        raise RuntimeError("the ReportLab baseline has the wrong page count")
    value, base = paired_medians(
        lambda: print_plan(db, meeting_id),
        lambda: reportlab_pdf(lines, pages),
        max(repeat, PRINT_REPEAT),
    )
    return Row(
        f"printing a follow-up plan of {pages} pages (meeting {meeting_id}: read + render) "
        f"vs ReportLab with the same three DejaVu fonts, the plan's text ({len(lines)} lines) "
        f"and {pages} pages",
        value,
        base,
        "s",
        "≤ 2x",
        2.0,
    )


def bench_print_render(db: Database, repeat: int) -> Row:
    """The plan's rendering alone (its data read once before): what the baseline does."""
    from familiemote.printing.plan import render_plan
    from familiemote.services.printing import plan_data

    meeting_id = three_page_plan(db)
    data = plan_data(SqlAlchemyUnitOfWork(db.session_factory), meeting_id)
    plan = print_plan(db, meeting_id)
    pages = pdf_pages(plan)
    lines = pdf_text_lines(plan)
    value, base = paired_medians(
        lambda: render_plan(data, io.BytesIO(), printed_on=TODAY),
        lambda: reportlab_pdf(lines, pages),
        max(repeat, PRINT_REPEAT),
    )
    return Row(
        f"rendering that plan's PDF alone (its data read before) vs the same ReportLab "
        f"baseline ({pages} pages)",
        value,
        base,
        "s",
        "≤ 2x",
        2.0,
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


# --- the real window on an encrypted database, sizes and growth ------------------------

BENCH_PASSPHRASE = "bench passphrase 2026"
SIZES = (200, 2000, 20000)
SCALE = {200: 0.1, 2000: 1.0, 20000: 10.0}


@dataclass
class RealStart:
    first: float  # s from spawn to the passphrase dialog painted
    ready_ms: float  # passphrase accepted to the case list painted
    rows: int
    case_ms: dict[int, float]  # click to the case painted
    hist_ms: dict[int, float]  # Historikk tab clicked to painted
    keys_ms: list[float]  # keystroke to the list repainted
    rss_kib: int


def spawn_real(path: Path, case_ids: list[int], env: dict[str, str]) -> RealStart:
    """``familiemote --db path`` started as a user does (bench/_child.py real)."""
    start = time.perf_counter()
    seen: dict[str, list[tuple[float, str]]] = {}
    with (
        tempfile.TemporaryFile(mode="w+") as errors,
        subprocess.Popen(  # errors: told on failure
            [
                sys.executable,
                str(HERE / "_child.py"),
                "real",
                str(path),
                ",".join(map(str, case_ids)),
            ],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env=env,
        ) as proc,
        ended_after(proc, 600),
    ):
        assert proc.stdout is not None
        for line in proc.stdout:
            word, _, rest = line.strip().partition(" ")
            seen.setdefault(word, []).append((time.perf_counter() - start, rest))
            if word in ("RSS", "FAILED"):
                break
        proc.wait(timeout=600)
        errors.seek(0)
        told = errors.read()[-3000:]
    if "RSS" not in seen:
        raise RuntimeError(f"the real start did not finish: {seen!r}\n{told}")
    rows, ready = seen["READY"][0][1].split()
    case_ms = {int(r.split()[0]): float(r.split()[1]) for _t, r in seen.get("CASE", [])}
    hist_ms = {int(r.split()[0]): float(r.split()[1]) for _t, r in seen.get("HIST", [])}
    return RealStart(
        first=seen["FIRST"][0][0],
        ready_ms=float(ready),
        rows=int(rows),
        case_ms=case_ms,
        hist_ms=hist_ms,
        keys_ms=[float(k) for k in seen["KEYS"][0][1].split(",") if k],
        rss_kib=int(seen["RSS"][0][1]),
    )


# The first frame is 0.1-0.2 s, inside the machine's noise of tens of ms: it gets more
# alternated pairs than the whole walk, each start cancelled at its first frame.
FIRST_FRAME_PAIRS_EACH = 3  # per pair of the whole walk


def spawn_first(path: Path, env: dict[str, str]) -> float:
    """Seconds from spawn to the passphrase dialog painted (bench/_child.py first)."""
    start = time.perf_counter()
    first = None
    with subprocess.Popen(
        [sys.executable, str(HERE / "_child.py"), "first", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as proc, ended_after(proc, 120):
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("FIRST") and first is None:
                first = time.perf_counter() - start
        proc.wait(timeout=120)
    if first is None:
        raise RuntimeError("the start was not painted")
    return first


def key_derivation_s() -> float:
    """SQLCipher 4's key derivation (PBKDF2-HMAC-SHA512, 256,000 iterations), in process."""
    import hashlib

    return median_time(
        lambda: hashlib.pbkdf2_hmac("sha512", BENCH_PASSPHRASE.encode(), b"s" * 16, 256_000), 3
    )


def heavy_and_normal(db: Database) -> tuple[int, int, int, int]:
    """A case with the most history and an ordinary one, with their entry counts."""
    with db.engine.connect() as conn:
        counts = conn.exec_driver_sql(
            "SELECT case_id, COUNT(*) FROM audit_log WHERE case_id IS NOT NULL "
            "GROUP BY case_id ORDER BY COUNT(*) DESC"
        ).all()
    heavy, normal = counts[0], counts[len(counts) // 2]
    return int(heavy[0]), int(heavy[1]), int(normal[0]), int(normal[1])


def bench_real_window(
    db: Database, path: Path, pairs: int, anchors: str
) -> tuple[list[Row], dict[str, float]]:
    heavy, heavy_n, normal, normal_n = heavy_and_normal(db)
    with db.engine.connect() as conn:
        n_cases = int(conn.exec_driver_sql("SELECT count(*) FROM cases").scalar() or 0)
    tmp = tempfile.mkdtemp(prefix="familiemote-bench-home-")
    env = child_env(
        XDG_CONFIG_HOME=tmp,
        FAMILIEMOTE_AUDIT_DIR=anchors,
        FAMILIEMOTE_BENCH_PASSPHRASE=BENCH_PASSPHRASE,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    )
    spawn_until_ready(["bare"])  # warm the file cache
    spawn_real(path, [normal], env)  # and the bytecode of every module on the way
    bare: list[Started] = []
    real: list[RealStart] = []
    for _ in range(pairs):  # A/B alternated
        bare.append(spawn_until_ready(["bare"]))
        real.append(spawn_real(path, [normal, heavy], env))
    bare_ready = [b.ready for b in bare]
    firsts = [r.first for r in real]
    for _ in range(FIRST_FRAME_PAIRS_EACH * pairs):  # A/B alternated: the start alone
        bare_ready.append(spawn_until_ready(["bare"]).ready)
        firsts.append(spawn_first(path, env))
    base = statistics.median(bare_ready)
    kdf = key_derivation_s()
    plain_normal = median_time(lambda: plain_case_rows(db, normal), 5)
    plain_heavy = median_time(lambda: plain_case_rows(db, heavy), 5)
    med = statistics.median
    keys = [k for r in real for k in r.keys_ms]
    p95 = statistics.quantiles(keys, n=20)[18] / 1000 if len(keys) > 1 else keys[0] / 1000
    case_normal = med(r.case_ms[normal] for r in real) / 1000
    case_heavy = med(r.case_ms[heavy] for r in real) / 1000
    rows = [
        Row(
            "start to the first frame (the passphrase dialog painted, real familiemote --db) "
            "vs a bare PySide6 window",
            med(firsts),
            base,
            "s",
            "≤ 1.5x",
            1.5,
        ),
        Row(
            f"passphrase accepted to the case list painted ({n_cases} cases) "
            "vs a bare window plus the key derivation"
            + (
                f" (its first {real[0].rows} rows; the rest read after)"
                if real[0].rows < n_cases
                else ""
            ),
            med(r.ready_ms for r in real) / 1000,
            base + kdf,
            "s",
            "≤ 3x",
            3.0,
        ),
        Row(
            f"click to a usable case in the window ({normal_n} history entries) "
            "vs the same rows by plain SQL",
            case_normal,
            plain_normal,
            "s",
            "≤ 3x and ≤ 150 ms",
            3.0 if case_normal <= 0.150 else 0.0,
        ),
        Row(
            f"click to a usable case in the window ({heavy_n} history entries) "
            "vs the same rows by plain SQL",
            case_heavy,
            plain_heavy,
            "s",
            "≤ 3x and ≤ 150 ms",
            3.0 if case_heavy <= 0.150 else 0.0,
        ),
        Row(
            f"its Historikk tab clicked to painted ({heavy_n} entries, first page) "
            "vs one frame at 60 Hz",
            med(r.hist_ms[heavy] for r in real) / 1000,
            1 / 60,
            "s",
            "(reported)",
        ),
        Row(
            "keystroke in the search box to the list repainted, 95th percentile, "
            "vs one frame at 60 Hz",
            p95,
            1 / 60,
            "s",
            "< 1.0x (16.7 ms)",
            1.0,
        ),
        Row(
            "peak memory, two cases and a history opened, vs a bare window",
            max(r.rss_kib for r in real) / 1024,
            max(b.rss_kib for b in bare) / 1024,
            "MiB",
            "≤ 2x at 2,000, ≤ 3x at 20,000",
            2.0 if real[0].rows <= 2000 else 3.0,
        ),
    ]
    return rows, {"kdf": kdf}


def bench_case_in_process(db: Database, repeat: int) -> list[Row]:
    from familiemote.services.cases import get_case

    heavy, heavy_n, normal, normal_n = heavy_and_normal(db)
    out = []
    for case_id, n in ((normal, normal_n), (heavy, heavy_n)):
        out.append(
            Row(
                f"get_case in process ({n} history entries) vs the same rows by plain SQL",
                median_time(
                    lambda c=case_id: get_case(SqlAlchemyUnitOfWork(db.session_factory), c), repeat
                ),
                median_time(lambda c=case_id: plain_case_rows(db, c), repeat),
                "s",
                "≤ 3x",
                3.0,
            )
        )
    return out


def order(values: list[float], sizes: list[int]) -> str:
    """How a figure grows with the data: the exponent k in value ~ size^k."""
    import math

    if len(values) < 2 or values[0] <= 0 or values[-1] <= 0:
        return "?"
    k = math.log(values[-1] / values[0]) / math.log(sizes[-1] / sizes[0])
    if k < 0.2:
        name = "flat, O(1)"
    elif k < 0.8:
        name = "sub-linear"
    elif k < 1.25:
        name = "linear, O(n)"
    else:
        name = "FASTER THAN LINEAR"
    return f"{name} (k = {k:.2f})"


def growth_table(by_size: dict[int, list[Row]]) -> str:
    sizes = sorted(by_size)
    lines = [
        "| measurement | " + " | ".join(f"{s:,} cases" for s in sizes) + " | order |",
        "|---|" + "---:|" * len(sizes) + "---|",
    ]
    first = by_size[sizes[0]]
    for i, row in enumerate(first):
        values = [by_size[s][i].value for s in sizes]
        what = re.sub(r"\(\d+ cases\)|\(\d+ rows\)", "", row.what).strip()
        cells = " | ".join(f"{v:.4g} {row.unit}" for v in values)
        lines.append(f"| {what} | {cells} | {order(values, sizes)} |")
    return "\n".join(lines)


def run_sizes(
    sizes: list[int], cache: Path, pairs: int, repeat: int
) -> tuple[dict[int, list[Row]], str]:
    anchors = str(cache / "anchors")
    os.environ["FAMILIEMOTE_AUDIT_DIR"] = anchors
    by_size: dict[int, list[Row]] = {}
    for size in sizes:
        path = cache / f"cases-{size}.sqlite"
        if not path.exists():
            print(f"making {path} ...", flush=True)
            part = path.with_name(path.name + ".part")
            for stale in cache.glob(path.name + ".part*"):
                stale.unlink()
            make(
                to_url(str(part)),
                SCALE.get(size, size / 2000),
                passphrase=BENCH_PASSPHRASE,
                audit_per_case=75,
                heavy_cases=3,
                heavy_entries=10_000,
            )
            part.rename(path)
        db = open_database(to_url(str(path)), passphrase=BENCH_PASSPHRASE)
        try:
            rows, _extra = bench_real_window(db, path, pairs, anchors)
            rows += bench_case_in_process(db, repeat)
            rows.append(bench_followup(db, repeat))
            rows.append(bench_print(db, repeat))
            rows.append(bench_print_render(db, repeat))
        finally:
            db.dispose()
        by_size[size] = rows
        print(f"\n## {size:,} cases\n\n" + table(rows, to_url(str(path))), flush=True)
    return by_size, growth_table(by_size)


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


BEGIN, END = "<!-- bench run.py --sizes: begin -->", "<!-- bench run.py --sizes: end -->"


def write_between_markers(
    target: Path, by_size: dict[int, list[Row]], growth: str, took: float
) -> None:
    """Put the measured tables into ``target`` between the markers (the text around stays)."""
    parts = [BEGIN, ""]
    for size, rows in by_size.items():
        parts += [f"### {size:,} cases", "", table(rows, "sqlite://"), ""]
    parts += ["### Growth over the sizes", "", growth, "", f"(the bench took {took:.0f} s)", END]
    text = target.read_text(encoding="utf-8") if target.exists() else ""
    block = "\n".join(parts)
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    target.write_text(text, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument(
        "--sizes",
        help="encrypted databases of these numbers of cases (e.g. 200,2000,20000), made once "
        "and kept in --cache; measured through the real window and in process",
    )
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "familiemote-bench"))
    ap.add_argument("--pairs", type=int, default=3, help="A/B pairs of window starts a size")
    args = ap.parse_args()
    started = time.perf_counter()
    if args.sizes:
        cache = Path(args.cache)
        cache.mkdir(parents=True, exist_ok=True)
        sizes = [int(s) for s in args.sizes.split(",")]
        by_size, growth = run_sizes(sizes, cache, args.pairs, args.repeat)
        print("\n## Growth over the sizes\n\n" + growth)
        took = time.perf_counter() - started
        print(f"\n(bench took {took:.0f} s)")
        if args.write:
            write_between_markers(HERE / "results.md", by_size, growth, took)
        return 0
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
        rows.append(bench_print_render(db, args.repeat))
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
