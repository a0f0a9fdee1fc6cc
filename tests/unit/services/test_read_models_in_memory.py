"""The screens' read models on the in-memory unit of work: the case list and its search,
Oppfølging with its filters and counts, the evaluation tally, the info boxes.

No database, a few milliseconds each. That the in-memory answers are the databases'
answers is test_fake_contract.py's job; these check the rules the screens rely on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from familiemote.domain import model as m
from familiemote.domain.errors import ConcurrentChangeError
from familiemote.domain.evaluation_tally import TallyFileError
from familiemote.domain.followup import DUE_SOON_DAYS, FollowUpKind
from familiemote.services import actions, cases, evaluations, followup, info_boxes
from tests.support.fake_uow import FakeStore, FakeUnitOfWork

TODAY = dt.date(2026, 11, 22)
NOW = dt.datetime.combine(TODAY, dt.time(12, 0))
PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 6, 30))


def _store() -> tuple[FakeStore, int, int, int]:
    """A store with a school, a health centre and its nurse."""
    store = FakeStore()
    school = store.add_service("Skolen", m.ServiceKind.SKOLE, m.ServiceLevel.MUNICIPAL)
    hs = store.add_service("Helsestasjonen", m.ServiceKind.HELSESTASJON, m.ServiceLevel.MUNICIPAL)
    nurse = store.add_professional("Hanne Helsesykepleier", hs)
    return store, school, hs, nurse


def _case(store: FakeStore, child: str, days_ago: int, **kw: int | None) -> int:
    return cases.create_case(
        FakeUnitOfWork(store),
        cases.NewCase(
            child,
            2016,
            family=(cases.NewFamilyMember(f"{child}s mor", m.Relation.MOTHER, True),),
            **kw,  # type: ignore[arg-type]
        ),
        TODAY - dt.timedelta(days=days_ago),
    )


# -- the case list ----------------------------------------------------------------------------


def test_the_case_list_is_newest_first_and_a_search_needs_every_word() -> None:
    store, _school, hs, nurse = _store()
    ida = _case(store, "Ida", 30, initiating_service_id=hs, coordinator_id=nurse)
    per = _case(store, "Per", 10)
    aase = _case(store, "Åse", 10)  # the same day as Per, made later: before Per
    rows = cases.list_cases(FakeUnitOfWork(store), now=NOW)
    assert [r.id for r in rows] == [aase, per, ida]
    assert rows[2].coordinator_name == "Hanne Helsesykepleier" and rows[0].coordinator_name == ""

    def found(search: str) -> list[int]:
        return [r.id for r in cases.list_cases(FakeUnitOfWork(store), search, now=NOW)]

    assert found("ÅSE") == [aase]  # case-insensitive, æøå too
    assert found("mor") == [aase, per, ida]
    assert found("ida hanne") == [ida]  # every word, in any field searched
    assert found("ida per") == []
    assert found("100%") == []
    # the window's in-memory filter gives the same rows as the query
    for search in ("ÅSE", "mor", "ida hanne", "ida per"):
        assert [r.id for r in cases.filter_rows(rows, search)] == found(search)
    assert cases.count_cases(FakeUnitOfWork(store)) == 3


def test_a_closed_case_leaves_the_list_of_open_cases_but_not_the_whole_list() -> None:
    from familiemote.services import pathway

    store, *_ = _store()
    kept = _case(store, "Ida", 30)
    closed = _case(store, "Per", 20)
    decision = pathway.PhaseDecisionInput(TODAY, "Hanne", "Ferdig.")
    pathway.close_case(FakeUnitOfWork(store), closed, decision, TODAY)
    uow = FakeUnitOfWork(store)
    assert [r.id for r in cases.list_cases(uow, include_closed=False, now=NOW)] == [kept]
    all_rows = cases.list_cases(FakeUnitOfWork(store), include_closed=True, now=NOW)
    assert [(r.id, r.status) for r in all_rows] == [
        (closed, m.CaseStatus.CLOSED),
        (kept, m.CaseStatus.OPEN),
    ]


# -- Oppfølging -----------------------------------------------------------------------------


def _due_in(store: FakeStore, case_id: int, service: int, days: int, text: str) -> int:
    return actions.agree_action(
        FakeUnitOfWork(store),
        case_id,
        actions.NewAction(text, service, due_date=TODAY + dt.timedelta(days=days)),
        TODAY - dt.timedelta(days=20),  # agreed earlier: a deadline now past was not then
    )


def test_overdue_due_soon_and_later_actions_and_the_service_filter() -> None:
    store, school, hs, nurse = _store()
    case_id = _case(store, "Ida", 30, initiating_service_id=hs, coordinator_id=nurse)
    late = _due_in(store, case_id, school, -1, "For sent")
    soon = _due_in(store, case_id, hs, DUE_SOON_DAYS, "Snart")
    _due_in(store, case_id, hs, DUE_SOON_DAYS + 1, "Senere")
    rows = followup.overview(FakeUnitOfWork(store), TODAY)
    assert [(r.kind, r.item_id, r.late_days) for r in rows] == [
        (FollowUpKind.ACTION_OVERDUE, late, 1),
        (FollowUpKind.ACTION_DUE_SOON, soon, -DUE_SOON_DAYS),
    ]
    assert rows[0].service_name == "Skolen"
    at_school = followup.OverviewFilter(service_id=school)
    assert [r.item_id for r in followup.overview(FakeUnitOfWork(store), TODAY, at_school)] == [late]
    counts = followup.counts(rows)
    assert counts[FollowUpKind.ACTION_OVERDUE] == 1 and counts[FollowUpKind.REVIEW_DUE] == 0
    # «Alle åpne tiltak» has the later one too; the counts on the buttons agree
    every = followup.open_actions(FakeUnitOfWork(store), TODAY)
    assert [r.text for r in every] == ["For sent", "Snart", "Senere"]
    assert followup.view_counts(FakeUnitOfWork(store), TODAY) == (3, 0)
    assert followup.view_counts(FakeUnitOfWork(store), TODAY, at_school) == (1, 0)


def test_a_done_action_leaves_the_overview() -> None:
    store, school, *_ = _store()
    case_id = _case(store, "Ida", 30)
    late = _due_in(store, case_id, school, -3, "For sent")
    actions.change_status(FakeUnitOfWork(store), late, m.ActionStatus.DONE)
    assert followup.overview(FakeUnitOfWork(store), TODAY) == []
    assert followup.view_counts(FakeUnitOfWork(store), TODAY) == (0, 0)


def test_a_case_without_a_contact_person_is_held_by_its_initiating_service() -> None:
    store, school, _hs, nurse = _store()
    held_by_nurse = _case(store, "Ida", 30, initiating_service_id=school, coordinator_id=nurse)
    held_by_school = _case(store, "Per", 30, initiating_service_id=school)
    uow = FakeUnitOfWork(store)
    with uow:
        holders = uow.followup.holders([held_by_nurse, held_by_school], followup.OverviewFilter())
    assert (holders[held_by_nurse].service_name, holders[held_by_nurse].professional_name) == (
        "Helsestasjonen",  # the contact person's own service, not the initiating one
        "Hanne Helsesykepleier",
    )
    assert (holders[held_by_school].service_id, holders[held_by_school].professional_name) == (
        school,
        "",
    )


# -- evaluations ----------------------------------------------------------------------------


def test_the_tally_counts_a_blank_answer_only_against_its_own_statement() -> None:
    store = FakeStore()
    forms = [
        evaluations.NewEvaluation(*PERIOD, "Molde", m.Respondent.PARENT, 9, 5, 4, None, 5),
        evaluations.NewEvaluation(*PERIOD, "Molde", m.Respondent.CHILD, 12, 3, 4, 5, None),
        evaluations.NewEvaluation(*PERIOD, "Aukra", m.Respondent.PARENT, None, 4, 4, 4, 4),
    ]
    ids = evaluations.add_evaluations(FakeUnitOfWork(store), forms, TODAY)
    assert len(ids) == 3 and len(set(ids)) == 3
    tally = evaluations.evaluation_tally(lambda: FakeUnitOfWork(store), *PERIOD, "Molde")
    assert tally.forms == 2
    assert [i.n for i in tally.items] == [2, 2, 1, 1]
    assert [i.missing for i in tally.items] == [0, 0, 1, 1]
    assert evaluations.municipalities(FakeUnitOfWork(store)) == ["Aukra", "Molde"]
    evaluations.delete_evaluation(FakeUnitOfWork(store), ids[2])
    assert evaluations.municipalities(FakeUnitOfWork(store)) == ["Molde"]


def test_a_tally_file_is_read_in_once_and_never_from_this_database() -> None:
    neighbour = FakeStore()
    evaluations.add_evaluations(
        FakeUnitOfWork(neighbour),
        [evaluations.NewEvaluation(*PERIOD, "Aukra", m.Respondent.PARENT, 8, 4, 4, 4, 4)],
        TODAY,
    )
    raw = evaluations.dump_tally_file(
        evaluations.export_tally(lambda: FakeUnitOfWork(neighbour), *PERIOD, "Aukra", TODAY)
    ).encode()
    with pytest.raises(TallyFileError):  # exported here: it would count twice
        evaluations.import_tally(FakeUnitOfWork(neighbour), raw, TODAY)
    store = FakeStore()
    result = evaluations.import_tally(FakeUnitOfWork(store), raw, TODAY)
    assert (result.municipality, result.forms, result.replaced) == ("Aukra", 1, False)
    with pytest.raises(TallyFileError):
        evaluations.import_tally(FakeUnitOfWork(store), raw, TODAY)
    tally = evaluations.evaluation_tally(lambda: FakeUnitOfWork(store))
    assert tally.forms == 1 and tally.combined


# -- info boxes -----------------------------------------------------------------------------


def test_an_own_info_box_is_shown_guarded_against_a_stale_save_and_reset() -> None:
    store = FakeStore()
    shipped = info_boxes.shipped_boxes("nb")[0]
    own = dataclasses.replace(shipped, title="Vår egen tekst")
    assert info_boxes.save_box(FakeUnitOfWork(store), own, "nb", expected_version=0) == 1
    shown = info_boxes.get_box(FakeUnitOfWork(store), shipped.key, "nn")
    assert (shown.box.title, shown.own, shown.language) == ("Vår egen tekst", True, "nb")
    assert shown.updated_by == store.user_name
    with pytest.raises(ConcurrentChangeError):  # someone saved since version 0 was opened
        info_boxes.save_box(FakeUnitOfWork(store), own, "nb", expected_version=0)
    assert info_boxes.save_box(FakeUnitOfWork(store), own, "nb", expected_version=1) == 2
    assert info_boxes.reset_box(FakeUnitOfWork(store), shipped.key, "nb") is True
    assert info_boxes.reset_box(FakeUnitOfWork(store), shipped.key, "nb") is False
    back = info_boxes.get_box(FakeUnitOfWork(store), shipped.key, "nb")
    assert (back.box.title, back.own) == (shipped.title, False)
