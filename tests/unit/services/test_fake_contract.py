"""The in-memory unit of work answers as the databases do (a contract test).

The same scenario (a small municipality: three services, four people, four cases with
meetings, actions, a handover, consents, notifications, a print, evaluation forms, a
tally read in, an own info box) is built through the services on FakeUnitOfWork, on
SQLite and on PostgreSQL. Then:

* each read model is asked the same questions on every backend and must give the
  answers written here by hand (an oracle independent of both implementations);
* on SQLite and PostgreSQL, every answer of the read models (the case list with
  searches, the whole Oppfølging overview with each filter and sort, the counts,
  the evaluation tally with follow-through, the imports, the info boxes, the
  retention and consent lists) is compared with what the in-memory one gives for
  the same scenario, field by field, with ids replaced by what they name.

So a change to a query in familiemote/storage/queries/ that the fake does not follow
(or the other way round) fails here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from familiemote.domain import model as m
from familiemote.domain.errors import ConcurrentChangeError
from familiemote.domain.evaluation_tally import TallyFileError
from familiemote.domain.followup import FollowUpKind
from familiemote.services import (
    actions,
    audit,
    cases,
    consent,
    directory,
    evaluations,
    followup,
    info_boxes,
    meetings,
    notifications,
    pathway,
    printing,
    retention,
)
from familiemote.services.meetings import MeetingPlan, ParticipantInput
from familiemote.storage.uow import UnitOfWork
from tests.support.fake_uow import FakeStore, FakeUnitOfWork

TODAY = dt.date(2026, 11, 22)
NOW = dt.datetime.combine(TODAY, dt.time(12, 0))
P = m.ParticipantKind
PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 6, 30))

Factory = Callable[[], UnitOfWork]


@pytest.fixture(params=["memory", "sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Factory]]:
    """A new unit of work per call, on an empty store of the parameter's kind."""
    if request.param == "memory":
        store = FakeStore()
        yield "memory", lambda: FakeUnitOfWork(store)
        return
    yield from _real(request, tmp_path)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def database_backend(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[str, Factory]]:
    yield from _real(request, tmp_path)


def _real(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Factory]]:
    from familiemote.storage.db import open_database
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    server = None
    if request.param == "sqlite":
        url = "sqlite:///" + str(tmp_path / "contract.sqlite")
    else:
        server = request.getfixturevalue("pg_server")
        url = server.create_database()
    db = open_database(url)
    try:
        yield request.param, lambda: SqlAlchemyUnitOfWork(db.session_factory)
    finally:
        db.dispose()
        if server is not None:
            server.drop_database(url)


# -- the scenario ---------------------------------------------------------------------------


@dataclass
class World:
    """The ids the scenario made, by what they name (each backend gives its own ids)."""

    make: Factory
    services: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    cases: dict[str, int] = field(default_factory=dict)
    meetings: dict[str, int] = field(default_factory=dict)
    actions: dict[str, int] = field(default_factory=dict)
    members: dict[str, int] = field(default_factory=dict)

    def labels(self) -> dict[str, dict[int, str]]:
        """id -> name for every kind of record, read back from the store."""
        out: dict[str, dict[int, str]] = {
            "service": {v: k for k, v in self.services.items()},
            "person": {v: k for k, v in self.people.items()},
            "case": {v: k for k, v in self.cases.items()},
            "meeting": {v: k for k, v in self.meetings.items()},
            "action": {v: k for k, v in self.actions.items()},
            "notification": {},
            "consent": {},
        }
        for name, case_id in self.cases.items():
            uow = self.make()
            with uow:
                case = uow.cases.read(case_id)
            givers = {f.id: f.name for f in case.family_members}
            for k in case.consents:
                assert k.id is not None
                out["consent"][k.id] = f"{name}: {givers.get(k.given_by_id, 'barnet')}"
            for n in case.notifications:
                assert n.id is not None
                to = out["service"].get(n.recipient_service_id or -1, n.recipient_text)
                out["notification"][n.id] = f"{name}: {to}"
        return out


def _service(w: World, name: str, kind: m.ServiceKind, level: m.ServiceLevel) -> None:
    w.services[name] = directory.add_service(w.make(), directory.NewService(name, kind, level))


def _person(w: World, name: str, service: str | None) -> None:
    sid = w.services[service] if service else None
    w.people[name] = directory.add_professional(w.make(), directory.NewProfessional(name, sid))


def _case(
    w: World, child: str, opened_days_ago: int, initiating: str, coordinator: str | None
) -> int:
    family = (
        cases.NewFamilyMember(f"{child}s mor", m.Relation.MOTHER, True),
        cases.NewFamilyMember(f"{child}s far", m.Relation.FATHER, True),
    )
    case_id = cases.create_case(
        w.make(),
        cases.NewCase(
            child,
            2016,
            concern_service_id=w.services["Skolen"],
            initiating_service_id=w.services[initiating],
            coordinator_id=w.people[coordinator] if coordinator else None,
            family=family,
        ),
        TODAY - dt.timedelta(days=opened_days_ago),
    )
    w.cases[child] = case_id
    uow = w.make()
    with uow:
        for f in uow.cases.read(case_id).family_members:
            assert f.id is not None
            w.members[f.name] = f.id
    return case_id


def _consent(w: World, child: str, who: str, services: tuple[str, ...], until: dt.date) -> None:
    consent.record_consent(
        w.make(),
        w.cases[child],
        consent.NewConsent(
            given_by_id=w.members[f"{child}s {who}"],
            service_ids=tuple(w.services[s] for s in services),
            purposes=frozenset(m.ConsentPurpose),
            form=m.ConsentForm.WRITTEN,
            given_on=TODAY - dt.timedelta(days=100),
            recorded_by="Hanne Helsesykepleier",
            valid_until=until,
        ),
        TODAY,
    )


def _meeting(
    w: World,
    label: str,
    child: str,
    kind: m.MeetingKind,
    at: dt.datetime,
    people: tuple[str, ...],
) -> int:
    participants = [
        ParticipantInput(P.FAMILY, family_member_id=w.members[f"{child}s mor"]),
        ParticipantInput(P.CHILD),
    ]
    for i, name in enumerate(people):
        roles = frozenset({m.Role.LEADER}) if i == 0 else frozenset()
        participants.append(
            ParticipantInput(P.PROFESSIONAL, professional_id=w.people[name], roles=roles)
        )
    result = meetings.plan_meeting(
        w.make(),
        w.cases[child],
        MeetingPlan(kind=kind, starts_at=at, place="Rådhuset", participants=tuple(participants)),
        TODAY,
    )
    w.meetings[label] = result.meeting_id
    return result.meeting_id


def _action(
    w: World,
    child: str,
    description: str,
    service: str,
    person: str | None = None,
    *,
    meeting: str | None = None,
    due: int | None = None,
    review: int | None = None,
) -> None:
    w.actions[description] = actions.agree_action(
        w.make(),
        w.cases[child],
        actions.NewAction(
            description,
            w.services[service],
            w.people[person] if person else None,
            meeting_id=w.meetings[meeting] if meeting else None,
            due_date=TODAY + dt.timedelta(days=due) if due is not None else None,
            review_date=TODAY + dt.timedelta(days=review) if review is not None else None,
        ),
        TODAY,
    )


def _at(days: int, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(hour, 0))


def build(make: Factory) -> World:
    w = World(make)
    _service(w, "Skolen", m.ServiceKind.SKOLE, m.ServiceLevel.MUNICIPAL)
    _service(w, "Helsestasjonen", m.ServiceKind.HELSESTASJON, m.ServiceLevel.MUNICIPAL)
    _service(w, "BUP Nordmøre", m.ServiceKind.BUP, m.ServiceLevel.SPECIALIST)
    _person(w, "Hanne Helsesykepleier", "Helsestasjonen")
    _person(w, "Bjørn Psykolog", "BUP Nordmøre")
    _person(w, "Liv Lærer", "Skolen")
    _person(w, "Ulla Uten Tjeneste", None)

    _case(w, "Ida", 120, "Helsestasjonen", "Hanne Helsesykepleier")
    _case(w, "Per", 60, "Skolen", None)
    _case(w, "Åse", 60, "Helsestasjonen", "Liv Lærer")  # the same day as Per: id decides
    _case(w, "Siri", 30, "Skolen", "Ulla Uten Tjeneste")  # the holder's service: Skolen

    everyone = ("Skolen", "Helsestasjonen", "BUP Nordmøre")
    for who in ("mor", "far"):
        _consent(w, "Ida", who, everyone, TODAY + dt.timedelta(days=300))
        _consent(w, "Åse", who, everyone, TODAY + dt.timedelta(days=300))
    _consent(w, "Per", "mor", ("Skolen",), TODAY + dt.timedelta(days=5))  # ends soon
    _consent(w, "Per", "far", ("Skolen",), TODAY - dt.timedelta(days=2))  # has ended

    team = ("Hanne Helsesykepleier", "Liv Lærer", "Bjørn Psykolog")
    first = _meeting(w, "Ida første", "Ida", m.MeetingKind.FAMILY, _at(-40), team)
    meetings.set_status(w.make(), first, m.MeetingStatus.HELD)
    summary = _meeting(w, "Ida oppsummering", "Ida", m.MeetingKind.SUMMARY, _at(-3), team)
    meetings.set_status(w.make(), summary, m.MeetingStatus.HELD)
    meetings.record_decision(w.make(), summary, m.Decision.NEW_MEETING, "Vi fortsetter.")
    local = team[:2]  # BUP takes part in two family meetings before a referral
    cancelled = _meeting(w, "Ida avlyst", "Ida", m.MeetingKind.FAMILY, _at(-1), local)
    meetings.set_status(w.make(), cancelled, m.MeetingStatus.CANCELLED)
    moved = _meeting(w, "Ida flyttet", "Ida", m.MeetingKind.FAMILY, _at(7), local)
    meetings.set_status(w.make(), moved, m.MeetingStatus.CANCELLED)
    _meeting(w, "Ida neste", "Ida", m.MeetingKind.FAMILY, _at(14, 10), local)
    _meeting(w, "Ida om seks uker", "Ida", m.MeetingKind.FAMILY, _at(45), local)
    sent = _meeting(w, "Åse oppsummering", "Åse", m.MeetingKind.SUMMARY, _at(-5), ("Liv Lærer",))
    meetings.record_decision(w.make(), sent, m.Decision.CLOSE, "Saken avsluttes.")
    meetings.record_epikrise_sent(w.make(), sent, TODAY - dt.timedelta(days=1), TODAY)
    _meeting(w, "Åse i dag", "Åse", m.MeetingKind.FAMILY, _at(0, 8), ("Liv Lærer",))
    talk = _meeting(w, "Åse samtale", "Åse", m.MeetingKind.FAMILY, _at(-20), ("Liv Lærer",))
    meetings.record_decision(w.make(), talk, None, "Avtalt uten et av vedtakene.")
    _consent(w, "Åse", "mor", ("Skolen",), TODAY + dt.timedelta(days=3))  # the case closes

    m1 = "Ida første"
    _action(w, "Ida", "Kartlegge lesing", "Skolen", "Liv Lærer", meeting=m1, due=-5)
    _action(w, "Ida", "Samtale hos helsesykepleier", "Helsestasjonen", meeting=m1, due=3)
    _action(w, "Ida", "Utredning", "BUP Nordmøre", "Bjørn Psykolog", meeting=m1, review=2)
    _action(w, "Ida", "Foreldreveiledning", "Helsestasjonen", meeting=m1, due=40, review=60)
    _action(w, "Ida", "Leksehjelp", "Skolen", meeting=m1, due=-30)
    actions.change_status(w.make(), w.actions["Leksehjelp"], m.ActionStatus.DONE)
    _action(w, "Åse", "Fritidsaktivitet", "Skolen", "Liv Lærer", due=10)
    actions.propose_handover(
        w.make(),
        w.actions["Kartlegge lesing"],
        w.services["BUP Nordmøre"],
        w.people["Bjørn Psykolog"],
        TODAY - dt.timedelta(days=1),
    )
    actions.propose_handover(
        w.make(),
        w.actions["Foreldreveiledning"],
        w.services["Skolen"],
        None,
        TODAY - dt.timedelta(days=2),
    )
    actions.decline_handover(
        w.make(), w.actions["Foreldreveiledning"], "Liv Lærer", "Ikke vår oppgave.", TODAY
    )
    actions.put_open_actions_on_agenda(w.make(), summary)
    actions.record_review_outcome(
        w.make(),
        w.actions["Utredning"],
        summary,
        actions.ReviewDecision(m.ReviewOutcome.CONTINUED, new_date=TODAY + dt.timedelta(days=2)),
        TODAY,
    )
    actions.record_review_outcome(
        w.make(),
        w.actions["Samtale hos helsesykepleier"],
        summary,
        actions.ReviewDecision(m.ReviewOutcome.CONTINUED, new_date=TODAY + dt.timedelta(days=3)),
        TODAY,
    )

    decided = pathway.PhaseDecisionInput(TODAY - dt.timedelta(days=2), "Hanne", "Kartlagt.")
    pathway.move_case(w.make(), w.cases["Ida"], m.Phase.VURDERING, decided, TODAY)
    closing = pathway.PhaseDecisionInput(TODAY - dt.timedelta(days=1), "Liv", "Ferdig.")
    pathway.close_case(w.make(), w.cases["Åse"], closing, TODAY)
    uow = w.make()
    with uow:  # notifications typed by hand: to a service with a note, to someone outside
        case = uow.cases.get(w.cases["Per"])
        for service_id, text in ((w.services["Skolen"], "rektor"), (None, "Fastlegen")):
            case.notifications.append(
                m.Notification(
                    case.id,
                    m.NotificationReason.PHASE_CHANGED,
                    TODAY - dt.timedelta(days=4),
                    recipient_service_id=service_id,
                    recipient_text=text,
                )
            )
        uow.commit()
    uow = w.make()
    with uow:
        told = uow.cases.read(w.cases["Ida"]).notifications[0]
    assert told.id is not None
    notifications.mark_done(w.make(), told.id, "Hanne Helsesykepleier", TODAY)

    audit.record_output(w.make(), "print", "plan", meeting_id=first)
    later = _meeting(w, "Ida senere", "Ida", m.MeetingKind.FAMILY, _at(-2, 14), local)
    actions.put_open_actions_on_agenda(w.make(), later)
    actions.record_review_outcome(
        w.make(),
        w.actions["Utredning"],
        later,
        actions.ReviewDecision(
            m.ReviewOutcome.CHANGED,
            new_date=TODAY + dt.timedelta(days=2),
            new_description="Utredning hos BUP",
        ),
        TODAY,
    )

    forms = [
        evaluations.NewEvaluation(*PERIOD, "Molde", m.Respondent.PARENT, 9, 5, 4, 5, None),
        evaluations.NewEvaluation(*PERIOD, "Molde", m.Respondent.CHILD, 12, 3, 3, None, 4),
        evaluations.NewEvaluation(*PERIOD, "", m.Respondent.BOTH, None, 5, 5, 5, 5),
        evaluations.NewEvaluation(
            dt.date(2025, 1, 1), dt.date(2025, 6, 30), "Molde", None, 4, 2, 2, 2, 2
        ),
    ]
    evaluations.add_evaluations(w.make(), forms, TODAY)
    evaluations.import_tally(w.make(), neighbour_tally(), TODAY)

    box = info_boxes.shipped_boxes("nb")[0]
    own = dataclasses.replace(box, title="Kommunens egen tekst")
    info_boxes.save_box(w.make(), own, "nb", expected_version=0)
    info_boxes.save_box(w.make(), own, "nn", expected_version=0)
    assert info_boxes.reset_box(w.make(), own.key, "nn") is True
    return w


def neighbour_tally() -> bytes:
    """A tally file exported by another municipality's database (Aukra)."""
    store = FakeStore()
    evaluations.add_evaluations(
        FakeUnitOfWork(store),
        [
            evaluations.NewEvaluation(*PERIOD, "Aukra", m.Respondent.PARENT, 8, 4, 4, 4, 4),
            evaluations.NewEvaluation(*PERIOD, "Aukra", m.Respondent.PARENT, 14, 5, 3, 5, 5),
        ],
        TODAY,
    )
    body = evaluations.export_tally(lambda: FakeUnitOfWork(store), *PERIOD, "Aukra", TODAY)
    return evaluations.dump_tally_file(body).encode()


# -- the answers, with ids replaced by what they name ----------------------------------------

_ITEM_KIND = {
    FollowUpKind.ACTION_OVERDUE: "action",
    FollowUpKind.ACTION_DUE_SOON: "action",
    FollowUpKind.ACTION_OPEN: "action",
    FollowUpKind.REVIEW_DUE: "action",
    FollowUpKind.HANDOVER_PENDING: "action",
    FollowUpKind.MEETING_NO_DECISION: "meeting",
    FollowUpKind.EPIKRISE_DUE: "meeting",
    FollowUpKind.MEETING_PLANNED: "meeting",
    FollowUpKind.NOTIFICATION_OPEN: "notification",
    FollowUpKind.CONSENT_EXPIRING: "consent",
    FollowUpKind.CONSENT_EXPIRED: "consent",
}


def _named(labels: dict[str, dict[int, str]], kind: str, ident: int | None) -> str | None:
    return None if ident is None else labels[kind].get(ident, f"? {kind} {ident}")


def followup_row(labels: dict[str, dict[int, str]], r: followup.FollowUpRow) -> dict[str, Any]:
    d = dataclasses.asdict(r)
    d["item_id"] = _named(labels, _ITEM_KIND[r.kind], r.item_id)
    d["case_id"] = _named(labels, "case", r.case_id)
    d["service_id"] = _named(labels, "service", r.service_id)
    d["professional_id"] = _named(labels, "person", r.professional_id)
    return d


def case_row(labels: dict[str, dict[int, str]], r: cases.CaseRow) -> dict[str, Any]:
    d = dataclasses.asdict(r)
    d["id"] = _named(labels, "case", r.id)
    return d


def answers(w: World) -> dict[str, Any]:
    """Every read model's answer to the questions the screens ask."""
    labels = w.labels()
    make = w.make
    out: dict[str, Any] = {}
    for search in ("", "ida", "åse", "ÅSE MOR", "mor", "hanne", "ingen slik", "50%_"):
        for closed in (True, False):
            rows = cases.list_cases(make(), search, include_closed=closed, now=NOW)
            out[f"list {search!r} {closed}"] = [case_row(labels, r) for r in rows]
    out["count"] = cases.count_cases(make())

    filters = [followup.OverviewFilter()]
    for sort in followup.SortKey:
        filters.append(followup.OverviewFilter(sort=sort))
    for service in w.services.values():
        filters.append(followup.OverviewFilter(service_id=service))
    for person in w.people.values():
        filters.append(followup.OverviewFilter(professional_id=person))
    for case_id in w.cases.values():
        filters.append(followup.OverviewFilter(case_id=case_id))
    filters.append(followup.OverviewFilter(kinds=frozenset({FollowUpKind.ACTION_OVERDUE})))
    for i, flt in enumerate(filters):
        out[f"overview {i}"] = [
            followup_row(labels, r) for r in followup.overview(make(), TODAY, flt)
        ]
        out[f"open actions {i}"] = [
            followup_row(labels, r) for r in followup.open_actions(make(), TODAY, flt)
        ]
        out[f"upcoming {i}"] = [
            followup_row(labels, r) for r in followup.upcoming_meetings(make(), TODAY, flt)
        ]
        out[f"counts {i}"] = followup.view_counts(make(), TODAY, flt)

    tally = evaluations.evaluation_tally(make, with_follow_through=True)
    out["tally"] = dataclasses.asdict(tally)
    out["tally 2026 Molde"] = dataclasses.asdict(
        evaluations.evaluation_tally(make, *PERIOD, "Molde")
    )
    out["follow-through"] = dataclasses.asdict(evaluations.follow_through(make(), None, None))
    out["evaluations"] = [
        dataclasses.replace(r, id=0) for r in evaluations.list_evaluations(make())
    ]
    out["batch"] = [
        dataclasses.replace(r, id=0) for r in evaluations.batch(make(), *PERIOD, "Molde")
    ]
    out["municipalities"] = evaluations.municipalities(make())
    out["imports"] = [dataclasses.replace(r, id=0) for r in evaluations.list_imports(make())]

    for language in ("nb", "nn"):
        out[f"boxes {language}"] = [
            (b.box.key, b.box.title, b.own, b.language, b.version)
            for b in info_boxes.list_boxes(make(), language)
        ]

    out["due for deletion"] = [
        dataclasses.replace(d, id=0, child_first_name=labels["case"][d.id])
        for d in retention.cases_due_for_deletion(make(), TODAY + dt.timedelta(3650))
    ]
    out["expiring consents"] = [
        dataclasses.replace(e, case_id=0, consent_id=0)
        for e in consent.expiring_consents(make(), TODAY)
    ]
    out["open notifications"] = notifications.count_open(make())
    uow = make()
    with uow:
        out["meeting list of Ida"] = [
            (labels["meeting"][i], at, kind, status)
            for i, at, kind, status in uow.case_queries.meeting_list(w.cases["Ida"])
        ]
        out["names"] = [uow.case_queries.child_first_name(i) for i in [*w.cases.values(), -1]]
    out["meetings of Ida"] = [
        (labels["meeting"][i], at) for i, at in printing.meeting_choices(make(), w.cases["Ida"])
    ]
    uow = make()
    with uow:
        out["members in use"] = {
            name: uow.case_queries.member_in_use(ident) for name, ident in w.members.items()
        }
        out["any case"] = uow.case_queries.any_case()
        # asked straight, as the services narrow them further
        out["consents ending"] = sorted(
            labels["case"][i]
            for i in uow.case_queries.with_consent_ending_by(TODAY + dt.timedelta(days=14))
        )
        out["closed"] = [(labels["case"][i], *rest) for i, *rest in uow.case_queries.closed()]
    return out


def _ids(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["kind"].name, r["item_id"]) for r in rows]


# -- the contract ---------------------------------------------------------------------------


def test_the_case_list_answers_the_same_on_every_backend(backend: tuple[str, Factory]) -> None:
    w = build(backend[1])
    got = answers(w)
    assert got["count"] == 4 and got["any case"] is True
    assert got["consents ending"] == ["Per"]  # Åse's ends too, but her case is closed
    assert got["closed"] == [("Åse", "Åse", 2016, TODAY - dt.timedelta(days=1))]
    # newest first; Per and Åse were opened the same day: the later one (Åse) first
    assert [r["id"] for r in got["list '' True"]] == ["Siri", "Åse", "Per", "Ida"]
    assert [r["id"] for r in got["list '' False"]] == ["Siri", "Per", "Ida"]  # Åse is closed
    assert [r["id"] for r in got["list 'ÅSE MOR' True"]] == ["Åse"]
    assert [r["id"] for r in got["list 'hanne' True"]] == ["Ida"]  # the contact person
    assert got["list 'ingen slik' True"] == [] and got["list '50%_' True"] == []
    ida = got["list 'ida' True"][0]
    assert ida["coordinator_name"] == "Hanne Helsesykepleier"
    assert ida["phase"] is m.Phase.VURDERING
    # «Ida senere», planned and its time passed; «Ida avlyst» (-1) was cancelled, never held
    assert ida["last_meeting"] == _at(-2, 14)
    assert ida["next_meeting"] == _at(14, 10)
    assert len(got["list 'ida' True"]) == 1  # no other case holds «ida»
    assert got["list '' True"][2]["coordinator_name"] == ""  # Per: nobody
    assert got["meetings of Ida"][0] == ("Ida om seks uker", _at(45))
    assert [(label, status) for label, _at_, _kind, status in got["meeting list of Ida"]] == [
        ("Ida første", m.MeetingStatus.HELD),
        ("Ida oppsummering", m.MeetingStatus.HELD),
        ("Ida senere", m.MeetingStatus.PLANNED),
        ("Ida avlyst", m.MeetingStatus.CANCELLED),
        ("Ida flyttet", m.MeetingStatus.CANCELLED),
        ("Ida neste", m.MeetingStatus.PLANNED),
        ("Ida om seks uker", m.MeetingStatus.PLANNED),
    ]
    assert got["names"] == ["Ida", "Per", "Åse", "Siri", None]
    assert got["members in use"] == {
        "Idas mor": True,  # consented and took part
        "Idas far": True,  # consented
        "Pers mor": True,
        "Pers far": True,
        "Åses mor": True,
        "Åses far": True,
        "Siris mor": False,
        "Siris far": False,
    }


def test_the_follow_up_overview_answers_the_same_on_every_backend(
    backend: tuple[str, Factory],
) -> None:
    w = build(backend[1])
    got = answers(w)
    everything = got["overview 0"]
    assert _ids(everything) == [  # by date
        ("MEETING_NO_DECISION", "Ida første"),  # held 40 days ago, nothing decided
        ("ACTION_OVERDUE", "Kartlegge lesing"),
        ("NOTIFICATION_OPEN", "Per: Skolen"),
        ("NOTIFICATION_OPEN", "Per: Fastlegen"),
        ("MEETING_NO_DECISION", "Ida senere"),  # Åse's talk has a decision in words only
        ("NOTIFICATION_OPEN", "Ida: Helsestasjonen"),  # the phase change; Skolen was told
        ("CONSENT_EXPIRED", "Per: Pers far"),
        ("HANDOVER_PENDING", "Kartlegge lesing"),
        ("NOTIFICATION_OPEN", "Åse: Skolen"),  # closed yesterday: still to be told
        ("NOTIFICATION_OPEN", "Åse: Helsestasjonen"),
        ("REVIEW_DUE", "Utredning"),
        ("ACTION_DUE_SOON", "Samtale hos helsesykepleier"),  # continued to in three days
        ("EPIKRISE_DUE", "Ida oppsummering"),  # the epikrise of Åse's summary was sent
        ("CONSENT_EXPIRING", "Per: Pers mor"),
        ("ACTION_DUE_SOON", "Fritidsaktivitet"),
    ]
    assert sorted(r["item_id"] for r in everything if r["kind"].name == "NOTIFICATION_OPEN") == (
        sorted(_open_notifications(w))
    )
    told = [r["text"] for r in everything if r["case_id"] == "Per" and r["day"] == _at(-4).date()]
    assert told == ["Skolen: rektor", "Fastlegen"]
    # the handover declined is not pending; the review changed the action's text
    assert [r["text"] for r in everything if r["kind"].name == "REVIEW_DUE"] == [
        "Utredning hos BUP"
    ]
    handover = next(r for r in everything if r["kind"] is FollowUpKind.HANDOVER_PENDING)
    assert (handover["service_name"], handover["professional_name"]) == (
        "BUP Nordmøre",
        "Bjørn Psykolog",
    )
    per = next(r for r in everything if r["case_id"] == "Per")
    assert (per["service_name"], per["professional_name"]) == ("Skolen", "")
    # Siri's contact person has no service: the case is held by its initiating service
    siri = got[f"overview {_filter_index(w, 'case', 'Siri')}"]
    assert all(r["service_name"] == "Skolen" for r in siri)
    # the filter on a person: Bjørn holds the handover and the review
    bjorn = got[f"overview {_filter_index(w, 'person', 'Bjørn Psykolog')}"]
    assert sorted(_ids(bjorn)) == [
        ("HANDOVER_PENDING", "Kartlegge lesing"),
        ("REVIEW_DUE", "Utredning"),
    ]
    assert got["counts 0"] == (5, 3)  # open actions; planned meetings from today on
    assert [r["item_id"] for r in got["upcoming 0"]] == [
        "Åse i dag",
        "Ida neste",
        "Ida om seks uker",
    ]
    assert [r["item_id"] for r in got["open actions 0"]] == [
        "Kartlegge lesing",
        "Samtale hos helsesykepleier",
        "Fritidsaktivitet",
        "Foreldreveiledning",
        "Utredning",  # no deadline: last, by its review date
    ]


def test_evaluations_and_info_boxes_answer_the_same_on_every_backend(
    backend: tuple[str, Factory],
) -> None:
    w = build(backend[1])
    got = answers(w)
    assert got["municipalities"] == ["Aukra", "Molde"]
    assert got["tally"]["forms"] == 6  # four typed in here, two read in from Aukra
    assert got["tally 2026 Molde"]["forms"] == 2  # Molde's own of 2026: no blank, no Aukra
    follow = got["follow-through"]
    assert (follow["meetings_held"], follow["families_reached"], follow["actions_agreed"]) == (
        2,
        1,
        5,
    )
    assert follow["meetings_without_plan"] == 1  # the summary was never printed
    assert follow["outcomes"]["continued"] == 2 and follow["outcomes"]["done"] == 1
    assert [(i.municipality, i.forms) for i in got["imports"]] == [("Aukra", 2)]
    boxes_nb, boxes_nn = got["boxes nb"], got["boxes nn"]
    assert boxes_nb[0][1:] == ("Kommunens egen tekst", True, "nb", 1)
    assert boxes_nn[0][1:] == ("Kommunens egen tekst", True, "nb", 1)  # nynorsk falls back
    assert not any(b[2] for b in boxes_nb[1:])
    assert [d.child_first_name for d in got["due for deletion"]] == ["Åse"]
    assert [(e.given_by_name, e.days_left) for e in got["expiring consents"]] == [
        ("Pers far", -2),
        ("Pers mor", 5),
    ]


def test_a_stale_info_box_and_a_tally_read_twice_are_refused_on_every_backend(
    backend: tuple[str, Factory],
) -> None:
    make = backend[1]
    box = info_boxes.shipped_boxes("nb")[0]
    assert info_boxes.save_box(make(), box, "nb", expected_version=0) == 1
    with pytest.raises(ConcurrentChangeError):
        info_boxes.save_box(make(), box, "nb", expected_version=0)
    assert info_boxes.reset_box(make(), box.key, "nb") is True
    assert info_boxes.reset_box(make(), box.key, "nb") is False
    raw = neighbour_tally()
    evaluations.import_tally(make(), raw, TODAY)
    with pytest.raises(TallyFileError):
        evaluations.import_tally(make(), raw, TODAY)
    own = evaluations.export_tally(make, *PERIOD, "Molde", TODAY)
    with pytest.raises(TallyFileError):  # exported from this database
        evaluations.import_tally(make(), evaluations.dump_tally_file(own).encode(), TODAY)
    assert [i.municipality for i in evaluations.list_imports(make())] == ["Aukra"]


def test_the_fake_gives_every_answer_the_database_gives(
    database_backend: tuple[str, Factory],
) -> None:
    """Field by field: everything the read models answer, on the database and in memory."""
    store = FakeStore()
    in_memory = answers(build(lambda: FakeUnitOfWork(store)))
    on_disk = answers(build(database_backend[1]))
    assert in_memory.keys() == on_disk.keys()
    for key in on_disk:
        assert json.dumps(in_memory[key], default=repr, sort_keys=True) == json.dumps(
            on_disk[key], default=repr, sort_keys=True
        ), key


def _open_notifications(w: World) -> list[str]:
    labels = w.labels()["notification"]
    out = []
    for case_id in w.cases.values():
        uow = w.make()
        with uow:
            for n in uow.cases.read(case_id).notifications:
                if n.done_on is None and n.id is not None:
                    out.append(labels[n.id])
    return out


def _filter_index(w: World, kind: str, name: str) -> int:
    """Where answers() put the overview filtered on one service, person or case."""
    start = 1 + len(followup.SortKey)
    if kind == "service":
        return start + list(w.services).index(name)
    start += len(w.services)
    if kind == "person":
        return start + list(w.people).index(name)
    start += len(w.people)
    return start + list(w.cases).index(name)
