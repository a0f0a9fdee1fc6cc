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
    for row in (run.bench_open_case(db, 1), run.bench_followup(db, 1), run.bench_print(db, 1)):
        figure(row)
    # the plain SQL baselines read real rows
    assert run.plain_case_rows(db, 1) > 1
    assert run.plain_followup_rows(db, run.TODAY)
    # the printed plan really has the pages the figure says
    meeting = run.three_page_plan(db)
    assert run.pdf_pages(run.print_plan(db, meeting)) == 3
    assert run.pdf_pages(run.blank_pdf(3)) == 3


def test_search_figure(qapp, tiny: tuple[str, Database]) -> None:  # type: ignore[no-untyped-def]
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
