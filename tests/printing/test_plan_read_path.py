"""The printed plan reads its case through the read path and prints the same as before.

``services.printing.plan_data`` reads the case with ``CaseRepository.read`` (one
plain query a table, nothing tracked for a change) instead of loading the whole
case for a change (``CaseRepository.get``), which cost about 80 % of reading a plan.
These tests print the same plans both ways and compare what they hold: the data
handed to the printing layer, and the text pdftotext reads off the pages. The
demo case on SQLite and PostgreSQL, and every meeting of a bench database
(bench/make_data.py: meetings with actions carried over, consents, many people).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import sqlalchemy as sa

from bench.make_data import make
from familiemote.printing.plan import PlanData, render_plan
from familiemote.services.demo import create_demo_case
from familiemote.services.printing import meeting_choices, plan_data
from familiemote.storage import orm
from familiemote.storage.db import Database, open_database, sqlite_url
from familiemote.storage.uow import CaseRepository, SqlAlchemyUnitOfWork
from tests.support.fixture_types import UowFactory
from tests.support.pdf import qpdf_ok, text

TODAY = dt.date(2026, 11, 22)
PRINTED = dt.date(2026, 11, 23)


def _read_path(uow_factory: Callable[[], Any], meeting_id: int) -> PlanData:
    """The plan as printed now: the whole-case load for a change is never used."""
    with mock.patch.object(CaseRepository, "get", side_effect=AssertionError("get used")):
        return plan_data(uow_factory(), meeting_id)


def _whole_case(uow_factory: Callable[[], Any], meeting_id: int) -> PlanData:
    """The plan as printed before: the case loaded whole, as for a change."""
    get = CaseRepository.get
    used: list[int] = []

    def whole(self: CaseRepository, case_id: int) -> Any:
        used.append(case_id)
        return get(self, case_id)

    with mock.patch.object(CaseRepository, "read", whole):
        data = plan_data(uow_factory(), meeting_id)
    assert used, "the plan no longer reads its case through CaseRepository.read"
    return data


def _same_pages(before: PlanData, after: PlanData, tmp_path: Path, name: str) -> str:
    paths = []
    for which, data in (("before", before), ("after", after)):
        path = tmp_path / f"{name}-{which}.pdf"
        render_plan(data, path, printed_on=PRINTED)
        qpdf_ok(path)
        paths.append(path)
    words = text(paths[0])
    assert words == text(paths[1])
    return words


def test_the_demo_plans_print_the_same_as_with_the_whole_case_loaded(
    uow_factory: UowFactory, tmp_path: Path
) -> None:
    case_id = create_demo_case(uow_factory(), TODAY).case_id
    for meeting_id, _ in meeting_choices(uow_factory(), case_id):
        after = _read_path(uow_factory, meeting_id)
        before = _whole_case(uow_factory, meeting_id)
        assert after == before
        words = _same_pages(before, after, tmp_path, f"demo-{meeting_id}")
        assert "Oppfølgingsplan" in words and "Sofie" in words


@pytest.fixture(scope="module")
def bench_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    url = sqlite_url(Path(tmp_path_factory.mktemp("plans")) / "bench.sqlite")
    make(url, scale=0.01)
    db = open_database(url)
    yield db
    db.dispose()


def test_every_meeting_of_a_bench_database_prints_the_same(
    bench_db: Database, tmp_path: Path
) -> None:
    def uow() -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(bench_db.session_factory)

    with bench_db.engine.connect() as conn:
        meeting_ids = [int(r[0]) for r in conn.execute(sa.select(orm.meetings.c.id))]
    assert len(meeting_ids) >= 100
    plans = {}
    for meeting_id in meeting_ids:
        after = _read_path(uow, meeting_id)
        assert after == _whole_case(uow, meeting_id), meeting_id
        plans[meeting_id] = after

    # the largest plans (the most actions carried over, then the most people) on paper
    def size(meeting_id: int) -> tuple[int, int]:
        return len(plans[meeting_id].carried_over), len(plans[meeting_id].participants)

    largest = sorted(plans, key=size)[-2:]
    assert plans[largest[-1]].carried_over  # the bench carries actions over
    for meeting_id in largest:
        before = _whole_case(uow, meeting_id)
        _same_pages(before, plans[meeting_id], tmp_path, f"bench-{meeting_id}")
