"""The read models of tests/support/fake_uow.py: the case list, the follow-up overview
(Oppfølging), evaluations and info boxes, answered from the in-memory store.

Each class mirrors one module of familiemote/storage/queries/ method by method and
says in Python what that module's SQL says: the same filters, the same joins (a
missing service or person reads as ""), the same order where the SQL has one.
tests/unit/services/test_fake_contract.py runs the same scenarios on these and on a
real database and compares the answers, so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from familiemote.domain import model as m
from familiemote.storage.queries.cases import CaseListRow, CaseQueries
from familiemote.storage.queries.evaluations import EvaluationQueries
from familiemote.storage.queries.followup import FollowUpQueries, HolderFilter
from familiemote.storage.queries.info_boxes import InfoBoxQueries, StoredBox

if TYPE_CHECKING:
    from tests.support.fake_uow import FakeUnitOfWork

__all__ = ["FakeCaseQueries", "FakeEvaluations", "FakeFollowUp", "FakeInfoBoxes", "Tally"]


def _now() -> dt.datetime:
    """Now in UTC without a zone, as the database columns hold it."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# -- cases ----------------------------------------------------------------------------


class FakeCaseQueries(CaseQueries):
    """storage/queries/cases.py over the cases the unit of work sees."""

    def __init__(self, uow: FakeUnitOfWork) -> None:  # no session
        self._uow = uow

    def _cases(self) -> list[m.Case]:
        return self._uow.visible_cases()

    def count(self) -> int:
        return len(self._cases())

    def any_case(self) -> bool:
        return bool(self._cases())

    def list_rows(
        self,
        words: list[str],
        *,
        include_closed: bool,
        now: dt.datetime,
        limit: int | None = None,
    ) -> list[CaseListRow]:
        people = self._uow.visible_professionals()
        found: list[tuple[tuple[dt.date, int], CaseListRow]] = []
        for c in self._cases():
            if any(word not in c.search_text for word in words):
                continue  # LIKE '%word%' on the normalised text
            if not include_closed and c.status is not m.CaseStatus.OPEN:
                continue
            past = [  # held (whatever its time), or planned and its time has passed
                mt.starts_at
                for mt in c.meetings
                if mt.status is m.MeetingStatus.HELD
                or (mt.status is m.MeetingStatus.PLANNED and mt.starts_at <= now)
            ]
            coming = [
                mt.starts_at
                for mt in c.meetings
                if mt.starts_at > now and mt.status is m.MeetingStatus.PLANNED
            ]
            coordinator = people.get(c.coordinator_id) if c.coordinator_id is not None else None
            row = (
                c.id,
                c.child_first_name,
                c.child_birth_year,
                c.child_birth_date,
                c.phase,
                c.status,
                coordinator.name if coordinator is not None else "",
                max(past, default=None),
                min(coming, default=None),
                c.demo_key,
                c.search_text,
            )
            found.append(((c.opened_on, c.id or 0), row))
        found.sort(key=lambda pair: pair[0], reverse=True)  # opened_on desc, id desc
        return [row for _key, row in found][:limit]

    def member_in_use(self, member_id: int) -> bool:
        for c in self._cases():
            if any(p.family_member_id == member_id for mt in c.meetings for p in mt.participants):
                return True
            if any(k.given_by_id == member_id for k in c.consents):
                return True
        return False

    def closed(self) -> list[tuple[int, str, int, dt.date]]:
        found = [
            (c.id, c.child_first_name, c.child_birth_year, c.closed_on)
            for c in self._cases()
            if c.status is m.CaseStatus.CLOSED and c.closed_on is not None and c.id is not None
        ]
        return sorted(found, key=lambda r: (r[3], r[0]))

    def with_consent_ending_by(self, last_day: dt.date) -> list[int]:
        return sorted(
            {
                c.id
                for c in self._cases()
                if c.status is m.CaseStatus.OPEN and c.id is not None
                for k in c.consents
                if k.valid_until is not None
                and k.valid_until <= last_day
                and k.withdrawn_on is None
            }
        )

    def open_notifications(self) -> int:
        return sum(1 for c in self._cases() for n in c.notifications if n.done_on is None)

    def meetings_of(self, case_id: int) -> list[tuple[int, dt.datetime]]:
        found = [
            (int(mt.id), mt.starts_at)
            for c in self._cases()
            if c.id == case_id
            for mt in c.meetings
            if mt.id is not None
        ]
        return sorted(found, key=lambda r: r[1], reverse=True)

    def child_first_name(self, case_id: int) -> str | None:
        return next((c.child_first_name for c in self._cases() if c.id == case_id), None)

    def meeting_list(
        self, case_id: int
    ) -> list[tuple[int, dt.datetime, m.MeetingKind, m.MeetingStatus]]:
        found = [
            (int(mt.id), mt.starts_at, mt.kind, mt.status)
            for c in self._cases()
            if c.id == case_id
            for mt in c.meetings
            if mt.id is not None
        ]
        return sorted(found, key=lambda r: (r[1], r[0]))

    def checkpoint(self) -> None:
        """No write-ahead log in memory."""


# -- the follow-up overview -------------------------------------------------------------


class FakeFollowUp(FollowUpQueries):
    """storage/queries/followup.py: rows with the same fields (item_id, case_id,
    child_first_name, demo_key, day, text, service_id, service_name, professional_id,
    professional_name and the extras of each query)."""

    def __init__(self, uow: FakeUnitOfWork) -> None:  # no session
        self._uow = uow

    # the joins: a service's or a person's name, "" when there is none

    def _service_name(self, service_id: int | None) -> str:
        found = self._uow.visible_services().get(service_id) if service_id is not None else None
        return found.name if found is not None else ""

    def _person(self, professional_id: int | None) -> m.Professional | None:
        if professional_id is None:
            return None
        return self._uow.visible_professionals().get(professional_id)

    def _holder(self, service_id: int | None, professional_id: int | None) -> dict[str, Any]:
        person = self._person(professional_id)
        return {
            "service_id": service_id,
            "service_name": self._service_name(service_id),
            "professional_id": professional_id,
            "professional_name": person.name if person is not None else "",
        }

    def _case_holder(self, c: m.Case) -> dict[str, Any]:
        """The stafettholder: the coordinator with the coordinator's service, else the
        initiating service."""
        person = self._person(c.coordinator_id)
        service_id = (
            person.service_id
            if person is not None and person.service_id is not None
            else c.initiating_service_id
        )
        return self._holder(service_id, c.coordinator_id)

    @staticmethod
    def _passes(flt: HolderFilter, c: m.Case, holder: dict[str, Any]) -> bool:
        return (
            (flt.service_id is None or holder["service_id"] == flt.service_id)
            and (flt.professional_id is None or holder["professional_id"] == flt.professional_id)
            and (flt.case_id is None or c.id == flt.case_id)
        )

    @staticmethod
    def _case_fields(c: m.Case) -> dict[str, Any]:
        return {"case_id": c.id, "child_first_name": c.child_first_name, "demo_key": c.demo_key}

    def _open_actions(self) -> Iterator[tuple[m.Case, m.Action]]:
        for c in self._uow.visible_cases():
            for a in c.actions:
                if a.status in m.OPEN_ACTION_STATUSES:
                    yield c, a

    def _action_rows(
        self, flt: HolderFilter, day_of: Any, **extra_of: Any
    ) -> list[SimpleNamespace]:
        out = []
        for c, a in self._open_actions():
            day = day_of(a)
            if day is _SKIP:
                continue
            holder = self._holder(a.responsible_service_id, a.responsible_professional_id)
            if not self._passes(flt, c, holder):
                continue
            extra = {k: f(a) for k, f in extra_of.items()}
            out.append(
                SimpleNamespace(
                    item_id=a.id,
                    **self._case_fields(c),
                    day=day,
                    text=a.description,
                    **holder,
                    **extra,
                )
            )
        return out

    def actions_due(self, horizon: dt.date, flt: HolderFilter) -> list[Any]:
        return self._action_rows(
            flt, lambda a: a.due_date if a.due_date is not None and a.due_date <= horizon else _SKIP
        )

    def reviews_due(self, horizon: dt.date, flt: HolderFilter) -> list[Any]:
        return self._action_rows(
            flt,
            lambda a: (
                a.review_date if a.review_date is not None and a.review_date <= horizon else _SKIP
            ),
        )

    def handovers_pending(self, flt: HolderFilter) -> list[Any]:
        out = []
        for c, a in self._open_actions():
            for h in a.handovers:
                if h.accepted_on is not None or h.declined_on is not None:
                    continue
                holder = self._holder(h.to_service_id, h.to_professional_id)
                if self._passes(flt, c, holder):
                    out.append(
                        SimpleNamespace(
                            item_id=a.id,
                            **self._case_fields(c),
                            day=h.proposed_on,
                            text=a.description,
                            **holder,
                        )
                    )
        return out

    def _meeting_rows(self, flt: HolderFilter, wanted: Any) -> list[Any]:
        out = []
        for c in self._uow.visible_cases():
            holder = self._case_holder(c)
            if not self._passes(flt, c, holder):
                continue
            for mt in c.meetings:
                if wanted(mt):
                    out.append(
                        SimpleNamespace(
                            item_id=mt.id,
                            **self._case_fields(c),
                            text="",
                            **holder,
                            starts_at=mt.starts_at,
                            kind=mt.kind,
                        )
                    )
        return out

    def meetings_without_decision(self, today: dt.date, flt: HolderFilter) -> list[Any]:
        start_of_today = dt.datetime.combine(today, dt.time())
        return self._meeting_rows(
            flt,
            lambda mt: (
                mt.status is not m.MeetingStatus.CANCELLED
                and mt.starts_at < start_of_today
                and mt.decision is None
                and mt.decision_text == ""
            ),
        )

    def epikrise_due(self, today: dt.date, flt: HolderFilter) -> list[Any]:
        end_of_today = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
        return self._meeting_rows(
            flt,
            lambda mt: (
                mt.kind is m.MeetingKind.SUMMARY
                and mt.status is not m.MeetingStatus.CANCELLED
                and mt.starts_at < end_of_today
                and mt.epikrise_sent_on is None
            ),
        )

    def notifications_open(self, flt: HolderFilter) -> list[Any]:
        out = []
        for c in self._uow.visible_cases():
            holder = self._case_holder(c)
            if not self._passes(flt, c, holder):
                continue
            for n in c.notifications:
                if n.done_on is not None:
                    continue
                services = self._uow.visible_services()
                recipient = (
                    services.get(n.recipient_service_id)
                    if n.recipient_service_id is not None
                    else None
                )
                name = recipient.name if recipient is not None else ""
                if n.recipient_text != "":  # "Name: text", or the text alone without a service
                    text = (f"{name}: " if recipient is not None else "") + n.recipient_text
                else:
                    text = name
                out.append(
                    SimpleNamespace(
                        item_id=n.id,
                        **self._case_fields(c),
                        text=text,
                        **holder,
                        created_on=n.created_on,
                    )
                )
        return out

    def holders(self, case_ids: list[int], flt: HolderFilter) -> dict[int, Any]:
        wanted = set(case_ids)
        out = {}
        for c in self._uow.visible_cases():
            if c.id not in wanted:
                continue
            holder = self._case_holder(c)
            if self._passes(flt, c, holder):
                out[int(c.id)] = SimpleNamespace(
                    item_id=c.id, **self._case_fields(c), text="", **holder
                )
        return out

    def open_actions(self, flt: HolderFilter) -> list[Any]:
        return self._action_rows(
            flt,
            lambda a: a.due_date if a.due_date is not None else a.review_date,
            no_deadline=lambda a: a.due_date is None,
        )

    def count_open_actions(self, flt: HolderFilter) -> int:
        return len(self.open_actions(flt))

    def upcoming_meetings(self, today: dt.date, weeks: int, flt: HolderFilter) -> list[Any]:
        start = dt.datetime.combine(today, dt.time())
        end = dt.datetime.combine(today + dt.timedelta(weeks=weeks, days=1), dt.time())
        return self._meeting_rows(
            flt,
            lambda mt: mt.status is m.MeetingStatus.PLANNED and start <= mt.starts_at < end,
        )

    def count_upcoming_meetings(self, today: dt.date, weeks: int, flt: HolderFilter) -> int:
        return len(self.upcoming_meetings(today, weeks, flt))


_SKIP = object()  # a row the query's WHERE leaves out


# -- evaluations ----------------------------------------------------------------------------


@dataclasses.dataclass
class Tally:
    """One row of evaluation_tallies."""

    id: int
    export_id: str
    municipality: str
    period_start: dt.date
    period_end: dt.date
    exported_on: dt.date
    imported_on: dt.date
    content: str
    sha256: str


class FakeEvaluations(EvaluationQueries):
    """storage/queries/evaluations.py over the forms and tallies of the store."""

    def __init__(self, uow: FakeUnitOfWork) -> None:  # no session
        self._uow = uow
        store = uow.store
        self.forms_now: dict[int, m.EvaluationForm] = {
            k: dataclasses.replace(f) for k, f in store.evaluation_forms.items()
        }
        self.new: list[m.EvaluationForm] = []
        self.tallies_now: dict[int, Tally] = {
            k: dataclasses.replace(t) for k, t in store.tallies.items()
        }

    def flush(self) -> None:
        for form in self.new:
            form.id = self._uow.store.next_id("evaluation_forms")
            self.forms_now[form.id] = form
        self.new.clear()

    def store(self) -> None:
        """Write what this unit of work holds into the store (at the commit)."""
        self.flush()
        self._uow.store.evaluation_forms = {
            k: dataclasses.replace(f) for k, f in self.forms_now.items()
        }
        self._uow.store.tallies = {k: dataclasses.replace(t) for k, t in self.tallies_now.items()}

    # forms typed in

    def add(self, form: m.EvaluationForm) -> None:
        self.new.append(form)

    def get(self, evaluation_id: int) -> m.EvaluationForm | None:
        return self.forms_now.get(evaluation_id)

    def remove(self, form: m.EvaluationForm) -> None:
        if form.id is not None:
            self.forms_now.pop(form.id, None)

    def _all_forms(self) -> list[m.EvaluationForm]:
        self.flush()  # a query sees what was added (autoflush)
        return list(self.forms_now.values())

    def forms(
        self, date_from: dt.date | None, date_to: dt.date | None, municipality: str | None
    ) -> list[m.EvaluationForm]:
        found = [
            f
            for f in self._all_forms()
            if (date_from is None or f.period_end >= date_from)
            and (date_to is None or f.period_start <= date_to)
            and (not municipality or f.municipality == municipality)
        ]
        return sorted(found, key=lambda f: (f.period_start, f.id))

    def batch(
        self, period_start: dt.date, period_end: dt.date, municipality: str
    ) -> list[m.EvaluationForm]:
        found = [
            f
            for f in self._all_forms()
            if (f.period_start, f.period_end, f.municipality)
            == (period_start, period_end, municipality)
        ]
        return sorted(found, key=lambda f: f.id or 0, reverse=True)

    def municipalities(self) -> list[str]:
        local = {f.municipality for f in self._all_forms() if f.municipality != ""}
        imported = {t.municipality for t in self.tallies_now.values()}
        return [*local, *imported]

    def typed_here(self, municipality: str, period_start: dt.date, period_end: dt.date) -> bool:
        return any(
            f.municipality == municipality
            and f.period_end >= period_start
            and f.period_start <= period_end
            for f in self._all_forms()
        )

    # follow-through

    def held_meetings(self) -> list[Any]:
        return [
            SimpleNamespace(id=mt.id, case_id=c.id, kind=mt.kind, starts_at=mt.starts_at)
            for c in self._uow.visible_cases()
            for mt in c.meetings
            if mt.status is m.MeetingStatus.HELD
        ]

    def actions_of(self, meeting_ids: list[int]) -> list[Any]:
        wanted = set(meeting_ids)
        return [
            SimpleNamespace(id=a.id, status=a.status)
            for c in self._uow.visible_cases()
            for a in c.actions
            if a.meeting_id in wanted
        ]

    def first_outcomes(self, action_ids: list[int]) -> dict[int, m.ReviewOutcome]:
        wanted = set(action_ids)
        starts = {mt.id: mt.starts_at for c in self._uow.visible_cases() for mt in c.meetings}
        reviews = [
            (starts[r.meeting_id], r.id or 0, r.action_id, r.outcome)
            for c in self._uow.visible_cases()
            for a in c.actions
            for r in a.reviews
            if r.action_id in wanted and r.outcome is not None and r.meeting_id in starts
        ]
        out: dict[int, m.ReviewOutcome] = {}
        for _at, _id, action_id, outcome in sorted(reviews, key=lambda r: (r[0], r[1])):
            assert action_id is not None and outcome is not None
            out.setdefault(action_id, outcome)
        return out

    def opened_on(self, case_ids: set[int]) -> dict[int, dt.date]:
        return {int(c.id): c.opened_on for c in self._uow.visible_cases() if c.id in case_ids}

    def first_printed(
        self, case_ids: Iterable[int], documents: frozenset[str]
    ) -> dict[int, dt.date]:
        ids = set(case_ids)
        out: dict[int, dt.date] = {}
        for e in self._uow.all_events():
            if e.case_id not in ids or e.action not in ("print", "save_pdf"):
                continue
            meeting = e.details.get("meeting_id")
            if e.details.get("document") in documents and isinstance(meeting, int):
                out.setdefault(meeting, e.at.date())
        return out

    # tallies read in

    def tally_read_in(self, export_id: str) -> bool:
        return any(t.export_id == export_id for t in self.tallies_now.values())

    def exported_here(self, export_id: str) -> bool:
        return any(
            e.case_id is None and e.action == "export" and export_id in json.dumps(e.details)
            for e in self._uow.all_events()
        )

    def tallies_of(
        self, municipality: str, period_start: dt.date, period_end: dt.date
    ) -> list[int]:
        return [
            t.id
            for t in self.tallies_now.values()
            if (t.municipality, t.period_start, t.period_end)
            == (municipality, period_start, period_end)
        ]

    def delete_tallies(self, ids: list[int]) -> None:
        for ident in ids:
            self.tallies_now.pop(ident, None)

    def add_tally(self, **values: Any) -> None:
        if any(t.export_id == values["export_id"] for t in self.tallies_now.values()):
            raise ValueError("evaluation_tallies.export_id is unique")
        ident = self._uow.store.next_id("evaluation_tallies")
        self.tallies_now[ident] = Tally(id=ident, **values)

    def _ordered(self) -> list[Tally]:
        return sorted(self.tallies_now.values(), key=lambda t: (t.municipality, t.period_start))

    def tallies(
        self, date_from: dt.date | None, date_to: dt.date | None, municipality: str | None
    ) -> list[tuple[str, str]]:
        return [
            (t.municipality, t.content)
            for t in self._ordered()
            if (date_from is None or t.period_end >= date_from)
            and (date_to is None or t.period_start <= date_to)
            and (not municipality or t.municipality == municipality)
        ]

    def all_tallies(self) -> list[Any]:
        return self._ordered()


# -- info boxes -----------------------------------------------------------------------------


class FakeInfoBoxes(InfoBoxQueries):
    """storage/queries/info_boxes.py over the store's own texts, by (box key, language)."""

    def __init__(self, uow: FakeUnitOfWork) -> None:  # no session
        self.rows: dict[tuple[str, str], StoredBox] = dict(uow.store.info_boxes)

    def stored(self) -> dict[tuple[str, str], StoredBox]:
        return dict(self.rows)

    def lock(self) -> None:
        """Nobody else writes to the in-memory store."""

    def version(self, key: str, language: str) -> int | None:
        found = self.rows.get((key, language))
        return None if found is None else found.version

    def write(
        self,
        key: str,
        language: str,
        content: str,
        *,
        current: int | None,
        user: str,
        now: dt.datetime,
    ) -> None:
        if current is None:
            if (key, language) in self.rows:
                raise ValueError("info_boxes: (box_key, language) is unique")
            self.rows[key, language] = StoredBox(key, language, content, now, user, 1)
        elif (key, language) in self.rows:  # an UPDATE of no row changes nothing
            self.rows[key, language] = StoredBox(key, language, content, now, user, current + 1)

    def delete(self, key: str, language: str) -> bool:
        return self.rows.pop((key, language), None) is not None
