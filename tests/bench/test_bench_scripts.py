"""bench/make_data.py and bench/run.py still work: a tiny database, every measurement once.

Timings are not judged here (a test machine is busy with other things); what is
checked is that each figure is produced, from rows that are really there.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QApplication

from bench import run
from bench.make_data import make
from familiemote.storage import orm
from familiemote.storage.db import Database, open_database, sqlite_url


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Database]]:
    url = sqlite_url(Path(tmp_path_factory.mktemp("bench")) / "bench.sqlite")
    counts = make(url, scale=0.01)
    assert counts["cases"] == 20 and counts["meetings"] == 100 and counts["actions"] == 400
    assert counts["participants"] == 600 and counts["evaluation_forms"] == 50
    assert counts["action_reviews"] > 0  # earlier actions on later meetings' agendas
    db = open_database(url)
    yield url, db
    db.dispose()


def figure(row: run.Row) -> None:
    assert row.what and row.unit
    assert math.isfinite(row.value) and row.value > 0
    assert math.isfinite(row.baseline) and row.baseline > 0
    assert math.isfinite(row.ratio)


def test_the_same_seed_makes_the_same_data(tmp_path: Path) -> None:
    def cases(name: str) -> list[tuple[object, ...]]:
        url = sqlite_url(tmp_path / name)
        make(url, scale=0.005, seed=7)
        db = open_database(url)
        try:
            with db.engine.connect() as conn:
                return [tuple(r) for r in conn.execute(sa.select(orm.cases).order_by("id"))]
        finally:
            db.dispose()

    first = cases("a.sqlite")
    assert first and first == cases("b.sqlite")


def test_open_case_followup_and_print_figures(tiny: tuple[str, Database]) -> None:
    _url, db = tiny
    for row in (
        run.bench_open_case(db, 1),
        run.bench_followup(db, 1),
        run.bench_print(db, 1),
        run.bench_print_render(db, 1),
    ):
        figure(row)
    # the plain SQL baselines read real rows
    assert run.plain_case_rows(db, 1) > 1
    assert run.plain_followup_rows(db, run.TODAY)
    # the printed plan really has the pages the figure says
    meeting = run.three_page_plan(db)
    plan = run.print_plan(db, meeting)
    assert run.pdf_pages(plan) == 3
    # the baseline: the plan's own text, the same three fonts embedded, the same pages
    lines = run.pdf_text_lines(plan)
    baseline = run.reportlab_pdf(lines, 3)
    assert run.pdf_pages(baseline) == 3
    assert len(lines) > 30
    words = " ".join(lines).split()
    assert " ".join(run.pdf_text_lines(baseline)).split() == words  # wrapped at other places
    for face in (b"DejaVuSans-Bold", b"DejaVuSans-Oblique"):  # embedded, as the plan's
        assert face in baseline and face in plan


def test_search_figure(qapp: QApplication, tiny: tuple[str, Database]) -> None:
    _url, db = tiny
    row = run.bench_search(db)
    figure(row)
    assert row.ratio_goal == 1.0


def test_startup_figures_and_the_table(tiny: tuple[str, Database]) -> None:
    url, db = tiny
    rows = run.bench_startup(db, url, 1)
    assert len(rows) == 3
    for row in rows:
        figure(row)
    assert "case list of 20 cases" in rows[0].what  # the window showed the real list
    text = run.table(rows, url)
    assert "Machine:" in text and "SQLAlchemy" in text and "Qt " in text
    assert text.count("\n| ") == 1 + len(rows)  # the header and one line a figure


@pytest.fixture(scope="module")
def tiny_encrypted(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Path, Database, str]]:
    """An encrypted database with the app's audit trail, as --sizes makes them."""
    import os

    folder = Path(tmp_path_factory.mktemp("bench-enc"))
    anchors = str(folder / "anchors")
    old = os.environ.get("FAMILIEMOTE_AUDIT_DIR")
    os.environ["FAMILIEMOTE_AUDIT_DIR"] = anchors
    path = folder / "enc.sqlite"
    counts = make(
        sqlite_url(path),
        scale=0.01,
        passphrase=run.BENCH_PASSPHRASE,
        audit_per_case=30,
        heavy_cases=1,
        heavy_entries=400,
    )
    assert counts["audit_entries"] == 19 * 30 + 400
    db = open_database(sqlite_url(path), passphrase=run.BENCH_PASSPHRASE)
    try:
        yield path, db, anchors
    finally:
        db.dispose()
        if old is None:
            os.environ.pop("FAMILIEMOTE_AUDIT_DIR", None)
        else:
            os.environ["FAMILIEMOTE_AUDIT_DIR"] = old


def test_the_audit_trail_made_checks_as_the_apps_own(
    tiny_encrypted: tuple[Path, Database, str],
) -> None:
    """Chain, MAC and the case keys: the full check finds nothing, the content decrypts."""
    from familiemote.storage import audit, audit_check

    path, db, _anchors = tiny_encrypted
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted
    with db.engine.begin() as conn:
        report = audit_check.full_check(conn)
        assert report.problems == [] and report.total == 19 * 30 + 400
        heavy, heavy_n, _normal, normal_n = run.heavy_and_normal(db)
        assert (heavy_n, normal_n) == (400, 30)
        entries = audit.rows(conn, heavy)
        key = audit.case_key(conn, heavy, create=False)
        assert key is not None
        texts = [audit.decrypt(key, e.after, heavy) for e in entries if e.after]
        assert texts and all(t and t.startswith("{") for t in texts)
        assert all(e.mac for e in entries)  # signed under the installation's key


def test_the_real_window_figures(tiny_encrypted: tuple[Path, Database, str]) -> None:
    path, db, anchors = tiny_encrypted
    rows, extra = run.bench_real_window(db, path, 1, anchors)
    assert len(rows) == 7 and extra["kdf"] > 0
    for row in rows:
        figure(row)
    assert "(20 cases)" in rows[1].what  # the window painted the real list
    assert "(400 history entries)" in rows[3].what
    growth = run.growth_table({20: rows, 200: rows})
    assert growth.count("\n| ") == len(rows) and "flat, O(1)" in growth


def test_the_child_uses_the_apps_settings_keys() -> None:
    from bench import _child
    from familiemote.ui.first_run import KEY_FIRST_RUN_DONE
    from familiemote.ui.main_window import KEY_LAST_CASE
    from familiemote.ui.me_dialog import KEY_ASKED

    assert _child.KEY_FIRST_RUN_DONE == KEY_FIRST_RUN_DONE
    assert _child.KEY_ASKED == KEY_ASKED
    assert _child.KEY_LAST_CASE == KEY_LAST_CASE


def test_a_message_the_walk_cannot_answer_ends_the_run_with_its_text(
    tiny_encrypted: tuple[Path, Database, str], tmp_path: Path
) -> None:
    """Another window holding the database: the child says so and stops, not waits."""
    import os

    from familiemote.single_instance import acquire

    path, db, anchors = tiny_encrypted
    env = run.child_env(
        XDG_CONFIG_HOME=str(tmp_path),
        FAMILIEMOTE_AUDIT_DIR=anchors,
        FAMILIEMOTE_BENCH_PASSPHRASE=run.BENCH_PASSPHRASE,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    )
    _heavy, _n, normal, _m = run.heavy_and_normal(db)
    lock = acquire(path)  # as a second Familiemøte window on the same file would
    assert lock is not None
    try:
        with pytest.raises(RuntimeError, match="allerede åpen i et annet Familiemøte-vindu"):
            run.spawn_real(path, [normal], env)
    finally:
        lock.unlock()
