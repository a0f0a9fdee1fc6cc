"""The follow-up overview across all cases, on a database with a few thousand actions.

The fixture is generated here with a fixed seed; the expected rows are computed
from the generated data in plain Python (an independent oracle) and compared
with what the set-based queries return.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import sqlalchemy as sa

from familiemote.domain import model as m
from familiemote.domain.followup import FollowUpKind
from familiemote.services import actions as action_service
from familiemote.services import followup
from familiemote.services.demo import create_demo_case
from familiemote.storage import orm
from familiemote.storage.uow import SqlAlchemyUnitOfWork

TODAY = dt.date(2026, 11, 22)
N_CASES = 200
N_ACTIONS = 3000
Factory = Callable[[], SqlAlchemyUnitOfWork]


@dataclass
class Generated:
    actions: list[dict[str, Any]]
    meetings: list[dict[str, Any]]
    notifications: list[dict[str, Any]]
    services: list[int]
    people: dict[int, int]  # professional -> service


@pytest.fixture
def generated(database: Any) -> Iterator[Generated]:
    rnd = random.Random(4)
    engine = database.engine
    with engine.begin() as conn:
        services = [r.id for r in conn.execute(sa.select(orm.services.c.id))]
        people: dict[int, int] = {}
        for i in range(30):
            service = services[i % len(services)]
            pid = conn.execute(
                sa.insert(orm.professionals)
                .values(name=f"Person {i:02d}", service_id=service)
                .returning(orm.professionals.c.id)
            ).scalar_one()
            people[pid] = service
        case_rows = [
            {
                "child_first_name": f"Barn{i}",
                "child_birth_year": 2015,
                "phase": m.Phase.BEKYMRING.value,
                "status": m.CaseStatus.OPEN.value,
                "opened_on": dt.date(2024, 1, 1),
                "initiating_service_id": rnd.choice(services),
                "coordinator_id": rnd.choice([None, *people]),
                "version": 1,
            }
            for i in range(N_CASES)
        ]
        conn.execute(sa.insert(orm.cases), case_rows)
        case_ids = [r.id for r in conn.execute(sa.select(orm.cases.c.id))]
        meetings = []
        for case_id in case_ids:
            for _ in range(2):
                kind = m.MeetingKind.SUMMARY if rnd.random() < 0.1 else m.MeetingKind.FAMILY
                meetings.append(
                    {
                        "case_id": case_id,
                        "kind": kind.value,
                        "starts_at": dt.datetime.combine(
                            TODAY - dt.timedelta(days=rnd.randint(-20, 400)), dt.time(9, 0)
                        ),
                        "status": rnd.choice(
                            [m.MeetingStatus.HELD.value] * 4 + [m.MeetingStatus.CANCELLED.value]
                        ),
                        "decision": None if rnd.random() < 0.3 else m.Decision.NEW_MEETING.value,
                        "epikrise_sent_on": None if rnd.random() < 0.5 else TODAY,
                        "version": 1,
                        "place": "",
                        "decision_text": "",
                        "family_description": "",
                        "child_voice": "",
                        "services_view": "",
                        "next_meeting_note": "",
                        "internal_notes": "",
                        "bup_override_reason": "",
                    }
                )
        conn.execute(sa.insert(orm.meetings), meetings)
        statuses = [s.value for s in m.ActionStatus if s != m.ActionStatus.HANDED_OVER]
        actions = []
        for i in range(N_ACTIONS):
            person = rnd.choice([None, *people])
            actions.append(
                {
                    "case_id": rnd.choice(case_ids),
                    "description": f"Tiltak {i}",
                    "responsible_service_id": people[person] if person else rnd.choice(services),
                    "responsible_professional_id": person,
                    "due_date": None
                    if rnd.random() < 0.3
                    else TODAY + dt.timedelta(days=rnd.randint(-100, 100)),
                    "review_date": None
                    if rnd.random() < 0.2
                    else TODAY + dt.timedelta(days=rnd.randint(-30, 200)),
                    "status": rnd.choice(statuses),
                    "version": 1,
                    "others_involved": "",
                    "family_part": "",
                    "status_reason": "",
                    "internal": False,
                }
            )
        conn.execute(sa.insert(orm.actions), actions)
        notes = [
            {
                "case_id": rnd.choice(case_ids),
                "reason": m.NotificationReason.PHASE_CHANGED.value,
                "created_on": TODAY - dt.timedelta(days=rnd.randint(0, 60)),
                "recipient_service_id": rnd.choice(services),
                "recipient_text": rnd.choice(["", "Kontaktlærer"]),
                "done_on": None if rnd.random() < 0.5 else TODAY,
                "done_by": "",
                "note": "",
            }
            for _ in range(300)
        ]
        conn.execute(sa.insert(orm.notifications), notes)
    yield Generated(actions, meetings, notes, services, people)


def _expected(g: Generated, flt: followup.OverviewFilter) -> dict[FollowUpKind, int]:
    horizon = TODAY + dt.timedelta(days=14)
    open_ = {m.ActionStatus.AGREED.value, m.ActionStatus.IN_PROGRESS.value}
    out = dict.fromkeys(FollowUpKind, 0)
    for a in g.actions:
        if a["status"] not in open_:
            continue
        if flt.service_id is not None and a["responsible_service_id"] != flt.service_id:
            continue
        if flt.professional_id is not None and a["responsible_professional_id"] != (
            flt.professional_id
        ):
            continue
        due, review = a["due_date"], a["review_date"]
        if due is not None and due < TODAY:
            out[FollowUpKind.ACTION_OVERDUE] += 1
        elif due is not None and due <= horizon:
            out[FollowUpKind.ACTION_DUE_SOON] += 1
        if review is not None and review <= horizon:
            out[FollowUpKind.REVIEW_DUE] += 1
    if flt.service_id is None and flt.professional_id is None:
        for mt in g.meetings:
            if mt["status"] == m.MeetingStatus.CANCELLED.value:
                continue
            day = mt["starts_at"].date()
            if day < TODAY and mt["decision"] is None:
                out[FollowUpKind.MEETING_NO_DECISION] += 1
            if (
                mt["kind"] == m.MeetingKind.SUMMARY.value
                and day <= TODAY
                and mt["epikrise_sent_on"] is None
            ):
                out[FollowUpKind.EPIKRISE_DUE] += 1
        out[FollowUpKind.NOTIFICATION_OPEN] = sum(1 for n in g.notifications if not n["done_on"])
    return out


def _count_statements(engine: sa.Engine) -> list[str]:
    seen: list[str] = []
    sa.event.listen(engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def test_overview_matches_the_data_and_is_set_based(
    generated: Generated, uow_factory: Factory, database: Any
) -> None:
    statements = _count_statements(database.engine)
    started = time.perf_counter()
    rows = followup.overview(uow_factory(), TODAY)
    elapsed = time.perf_counter() - started
    assert followup.counts(rows) == _expected(generated, followup.OverviewFilter())
    assert rows[0].late_days >= rows[-1].late_days  # the most overdue first
    assert all(r.is_late for r in rows if r.kind == FollowUpKind.ACTION_OVERDUE)
    assert not any(r.is_late for r in rows if r.kind == FollowUpKind.ACTION_DUE_SOON)
    # One statement per kind, whatever the number of cases: no loop over cases.
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    # (+1 for consents: the cases with a consent ending soon are read one by one)
    assert len(selects) <= 7
    assert elapsed < 3.0, f"overview took {elapsed:.2f}s"


def test_overview_filters_by_service_person_and_kind(
    generated: Generated, uow_factory: Factory
) -> None:
    service = generated.services[0]
    flt = followup.OverviewFilter(
        kinds=frozenset(
            {FollowUpKind.ACTION_OVERDUE, FollowUpKind.ACTION_DUE_SOON, FollowUpKind.REVIEW_DUE}
        ),
        service_id=service,
    )
    rows = followup.overview(uow_factory(), TODAY, flt)
    assert rows and {r.service_id for r in rows} == {service}
    assert followup.counts(rows) == _expected(generated, flt)

    person = next(iter(generated.people))
    flt = followup.OverviewFilter(
        kinds=frozenset({FollowUpKind.ACTION_OVERDUE}), professional_id=person
    )
    rows = followup.overview(uow_factory(), TODAY, flt)
    assert {r.kind for r in rows} <= {FollowUpKind.ACTION_OVERDUE}
    assert len(rows) == _expected(generated, flt)[FollowUpKind.ACTION_OVERDUE]
    assert {r.professional_name for r in rows} <= {f"Person {i:02d}" for i in range(30)}

    by_child = followup.overview(
        uow_factory(), TODAY, followup.OverviewFilter(sort=followup.SortKey.CHILD)
    )
    names = [r.child_first_name.casefold() for r in by_child]
    assert names == sorted(names)


def test_overdue_across_the_date_boundary(uow_factory: Factory) -> None:
    """Due today is not overdue; the day after, it is."""
    demo = create_demo_case(uow_factory(), TODAY)
    with uow_factory() as uow:
        hs = uow.directory.service_by_kind(m.ServiceKind.HELSESTASJON)
        assert hs is not None
    action_id = action_service.agree_action(
        uow_factory(),
        demo.case_id,
        action_service.NewAction("Ring foreldrene", hs.id, due_date=TODAY),
        today=TODAY,
    )

    def kind_of(day: dt.date) -> set[FollowUpKind]:
        rows = followup.overview(uow_factory(), day)
        return {
            r.kind for r in rows if r.item_id == action_id and r.kind != FollowUpKind.REVIEW_DUE
        }

    assert kind_of(TODAY) == {FollowUpKind.ACTION_DUE_SOON}
    assert kind_of(TODAY + dt.timedelta(days=1)) == {FollowUpKind.ACTION_OVERDUE}
    assert kind_of(TODAY - dt.timedelta(days=14)) == {FollowUpKind.ACTION_DUE_SOON}
    assert kind_of(TODAY - dt.timedelta(days=15)) == set()  # not yet in the two-week window
    action_service.change_status(uow_factory(), action_id, m.ActionStatus.DONE)
    assert kind_of(TODAY + dt.timedelta(days=1)) == set()  # done is never overdue


def test_overview_lists_what_is_overdue_in_the_demo(uow_factory: Factory) -> None:
    demo = create_demo_case(uow_factory(), TODAY)
    rows = followup.overview(uow_factory(), TODAY, followup.OverviewFilter(case_id=demo.case_id))
    overdue = {r.text for r in rows if r.kind == FollowUpKind.ACTION_OVERDUE}
    # The GP's referral was due a week after the second meeting (two weeks ago).
    assert "Henvisning til BUP etter sjekklisten for gode henvisninger" in overdue
    assert all(r.child_first_name == "Sofie" and r.is_demo for r in rows)
    told = [r for r in rows if r.kind == FollowUpKind.NOTIFICATION_OPEN]
    assert [r.text.split(":")[0] for r in told] == ["Fastlege"]
