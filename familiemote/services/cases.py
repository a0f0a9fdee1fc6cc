"""Use cases for cases (saker): create, list and search, open with everything in it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.domain.errors import NotFoundError, ValidationCode, ValidationError
from familiemote.services.audit import Overwrite, record_overwrite_in
from familiemote.storage.uow import UnitOfWork


@dataclass(frozen=True)
class NewFamilyMember:
    name: str
    relation: m.Relation
    is_guardian: bool
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class NewCase:
    child_first_name: str
    child_birth_year: int | None
    child_birth_date: dt.date | None = None
    concern_by_family: bool = False
    concern_service_id: int | None = None
    initiating_service_id: int | None = None
    coordinator_id: int | None = None
    concern_summary: str = ""
    family: tuple[NewFamilyMember, ...] = ()


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list: what the facilitator needs to recognise a case."""

    id: int
    child_first_name: str
    child_birth_year: int
    child_birth_date: dt.date | None
    phase: m.Phase
    status: m.CaseStatus
    coordinator_name: str
    last_meeting: dt.datetime | None
    next_meeting: dt.datetime | None
    is_demo: bool
    search_text: str = ""

    def child_age(self, on: dt.date) -> int:
        b = self.child_birth_date
        if b is None:
            return on.year - self.child_birth_year
        return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


@dataclass
class CaseDetail:
    """A case with all it holds, and the directory entries it refers to."""

    case: m.Case
    services: dict[int, m.Service] = field(default_factory=dict)
    professionals: dict[int, m.Professional] = field(default_factory=dict)

    def service_name(self, service_id: int | None) -> str:
        if service_id is None or service_id not in self.services:
            return ""
        return self.services[service_id].name

    def professional_name(self, professional_id: int | None) -> str:
        if professional_id is None or professional_id not in self.professionals:
            return ""
        return self.professionals[professional_id].name

    def family_member(self, member_id: int | None) -> m.FamilyMember | None:
        return next((f for f in self.case.family_members if f.id == member_id), None)


def validated_family(members: tuple[NewFamilyMember, ...]) -> list[m.FamilyMember]:
    """The family members as typed, checked (name, phone, e-mail); a refusal names
    the member's place in the list (``family[1].phone``)."""
    out = []
    for i, f in enumerate(members):
        out.append(
            m.FamilyMember(
                name=v.clean_name(f"family[{i}].name", f.name),
                relation=f.relation,
                is_guardian=f.is_guardian,
                phone=v.clean_phone(f"family[{i}].phone", f.phone),
                email=v.clean_email(f"family[{i}].email", f.email),
            )
        )
    return out


class CaseConcern(Protocol):
    """What every new case says about the concern, named or anonymous."""

    @property
    def concern_by_family(self) -> bool: ...

    @property
    def concern_service_id(self) -> int | None: ...

    @property
    def initiating_service_id(self) -> int | None: ...

    @property
    def coordinator_id(self) -> int | None: ...

    @property
    def concern_summary(self) -> str: ...


def new_case(
    concern: CaseConcern,
    today: dt.date,
    *,
    child_first_name: str,
    birth: tuple[int, dt.date | None],
    family: tuple[NewFamilyMember, ...] = (),
    anonymous: bool = False,
) -> m.Case:
    """A case opened today on ``concern``, its texts checked; the child's name and birth
    already checked by the caller. Nothing is stored yet."""
    year, birth_date = birth
    return m.Case(
        child_first_name=child_first_name,
        child_birth_year=year,
        child_birth_date=birth_date,
        anonymous=anonymous,
        concern_by_family=concern.concern_by_family,
        concern_service_id=concern.concern_service_id,
        initiating_service_id=concern.initiating_service_id,
        coordinator_id=concern.coordinator_id,
        concern_summary=v.clean_text(
            "concern_summary", concern.concern_summary, max_len=v.LONG_TEXT_MAX, multiline=True
        ),
        opened_on=today,
        family_members=validated_family(family),
    )


def build_case(data: NewCase, today: dt.date) -> m.Case:
    """Validate the input completely and build the case; nothing is stored yet."""
    birth = v.check_birth(data.child_birth_year, data.child_birth_date, today)
    return new_case(
        data,
        today,
        child_first_name=v.clean_name("child_first_name", data.child_first_name),
        birth=birth,
        family=data.family,
    )


def create_case(uow: UnitOfWork, data: NewCase, today: dt.date | None = None) -> int:
    """Store a new case in phase 1 and return its id."""
    return store_new_case(uow, build_case(data, today or dt.date.today()))


def store_new_case(uow: UnitOfWork, case: m.Case) -> int:
    """Store a case built and validated by the caller (named or anonymous), in one
    transaction; the services and contact person it names must exist. Returns its id."""
    with uow:
        for ident in (case.concern_service_id, case.initiating_service_id):
            if ident is not None:
                uow.directory.service(ident)  # raises NotFoundError
        coordinator_name = ""
        if case.coordinator_id is not None:
            coordinator_name = uow.directory.professional(case.coordinator_id).name
        case.refresh_search_text([coordinator_name])
        uow.cases.add(case)
        uow.commit()
    assert case.id is not None
    return case.id


@dataclass(frozen=True)
class FamilyMemberEdit:
    """A family member as the case editor holds it; ``id`` None for one added now."""

    name: str
    relation: m.Relation
    is_guardian: bool
    phone: str = ""
    email: str = ""
    id: int | None = None


@dataclass(frozen=True)
class CaseEdit:
    """Everything the case editor changes; the rest of the case is left as it is."""

    child_first_name: str
    child_birth_year: int | None
    child_birth_date: dt.date | None
    concern_by_family: bool
    concern_service_id: int | None
    initiating_service_id: int | None
    coordinator_id: int | None
    concern_summary: str
    family: tuple[FamilyMemberEdit, ...]


def case_edit_of(case: m.Case) -> CaseEdit:
    """The editor's starting point: the case as it is stored."""
    return CaseEdit(
        child_first_name=case.child_first_name,
        child_birth_year=case.child_birth_year,
        child_birth_date=case.child_birth_date,
        concern_by_family=case.concern_by_family,
        concern_service_id=case.concern_service_id,
        initiating_service_id=case.initiating_service_id,
        coordinator_id=case.coordinator_id,
        concern_summary=case.concern_summary,
        family=tuple(
            FamilyMemberEdit(f.name, f.relation, f.is_guardian, f.phone, f.email, f.id)
            for f in case.family_members
        ),
    )


def _member_in_use(uow: UnitOfWork, member_id: int) -> bool:
    """Whether a family member took part in a meeting or gave a consent (kept in the record)."""
    return uow.case_queries.member_in_use(member_id)


def update_case(
    uow: UnitOfWork,
    case_id: int,
    data: CaseEdit,
    expected_version: int | None = None,
    today: dt.date | None = None,
    overwrites: Overwrite | None = None,
) -> int:
    """Store the editor's changes to a case; return the case's new version.

    ``expected_version`` is the version the editor was opened on: a case someone
    else saved since raises :class:`ConcurrentChangeError` (the conflict flow).
    ``overwrites`` is the conflict flow's "keep mine": it is recorded in the
    audit trail in the same transaction as the change.
    A family member who took part in a meeting or gave a consent cannot be
    removed (the meeting record and the consent name them). Every change is
    recorded in the audit trail by storage.
    """
    today = today or dt.date.today()
    year, birth_date = v.check_birth(data.child_birth_year, data.child_birth_date, today)
    first_name = v.clean_name("child_first_name", data.child_first_name, required=False)
    summary = v.clean_text(
        "concern_summary", data.concern_summary, max_len=v.LONG_TEXT_MAX, multiline=True
    )
    cleaned = [
        (
            f,
            v.clean_name(f"family[{i}].name", f.name),
            v.clean_phone(f"family[{i}].phone", f.phone),
            v.clean_email(f"family[{i}].email", f.email),
        )
        for i, f in enumerate(data.family)
    ]
    with uow:
        case = uow.cases.get(case_id, expected_version)
        if case.anonymous and (first_name or data.family):
            # no names in an anonymous consultation: it is named with the family's consent
            raise ValidationError("anonymous_case", ValidationCode.INCONSISTENT)
        if not case.anonymous and not first_name:
            raise ValidationError("child_first_name", ValidationCode.REQUIRED)
        for ident in (data.concern_service_id, data.initiating_service_id):
            if ident is not None:
                uow.directory.service(ident)  # raises NotFoundError
        coordinator_name = ""
        if data.coordinator_id is not None:
            coordinator_name = uow.directory.professional(data.coordinator_id).name
        case.child_first_name = first_name
        case.child_birth_year = year
        case.child_birth_date = birth_date
        case.concern_by_family = data.concern_by_family
        case.concern_service_id = None if data.concern_by_family else data.concern_service_id
        case.initiating_service_id = data.initiating_service_id
        case.coordinator_id = data.coordinator_id
        case.concern_summary = summary
        existing = {f.id: f for f in case.family_members}
        kept: list[m.FamilyMember] = []
        for f, name, phone, email in cleaned:
            member = existing.pop(f.id, None) if f.id is not None else None
            if f.id is not None and member is None:
                raise NotFoundError("family_member", f.id)
            if member is None:
                member = m.FamilyMember(name, f.relation, f.is_guardian, phone, email)
            else:
                member.name, member.relation, member.is_guardian = name, f.relation, f.is_guardian
                member.phone, member.email = phone, email
            kept.append(member)
        for gone in existing.values():
            assert gone.id is not None
            if _member_in_use(uow, gone.id):
                raise ValidationError("family_member_in_use", ValidationCode.INCONSISTENT)
        case.family_members = kept
        case.refresh_search_text([coordinator_name])
        # the case's version guards the whole record, family included: a save that
        # changed only a guardian's phone still moves it on (the search text is not in
        # the audit trail, so this adds no change to the history)
        uow.cases.mark_changed(case)
        record_overwrite_in(uow, case_id, overwrites)
        uow.commit()
        return int(case.version)


def member_in_use(case: m.Case, member_id: int | None) -> bool:
    """The same rule as the update's, read from a case already loaded (the editor)."""
    if member_id is None:
        return False
    in_meeting = any(
        p.family_member_id == member_id for mt in case.meetings for p in mt.participants
    )
    return in_meeting or any(c.given_by_id == member_id for c in case.consents)


def contact_person_id(case: m.Case, meeting: m.Meeting | None = None) -> int | None:
    """Who the family contacts: the case's contact person, else the meeting's «koordinator».

    The printed plan names the person this returns for the meeting printed; the
    overview asks with the latest meeting, so both show the same person.
    """
    if case.coordinator_id is not None:
        return case.coordinator_id
    meetings = (
        [meeting]
        if meeting is not None
        else sorted(case.meetings, key=lambda mt: mt.starts_at, reverse=True)
    )
    for mt in meetings:
        for p in mt.participants:
            if m.Role.COORDINATOR in p.roles and p.professional_id is not None:
                return p.professional_id
    return None


def count_cases(uow: UnitOfWork) -> int:
    with uow:
        return uow.case_queries.count()


def list_cases(
    uow: UnitOfWork,
    search: str = "",
    *,
    include_closed: bool = True,
    now: dt.datetime | None = None,
    limit: int | None = None,
) -> list[CaseRow]:
    """The case list, newest first, filtered by every word of ``search``; only the first
    ``limit`` rows when given (the window's first screenful at start)."""
    now = now or dt.datetime.now()
    words = list(dict.fromkeys(m.normalise_search(v.clean_search(search)).split()))
    with uow:
        rows = uow.case_queries.list_rows(
            words, include_closed=include_closed, now=now, limit=limit
        )
    return [
        CaseRow(
            id=ident,
            child_first_name=first_name,
            child_birth_year=birth_year,
            child_birth_date=birth_date,
            phase=phase,
            status=status,
            coordinator_name=coordinator_name,
            last_meeting=last,
            next_meeting=upcoming,
            is_demo=demo_key is not None,
            search_text=search_text,
        )
        for (
            ident,
            first_name,
            birth_year,
            birth_date,
            phase,
            status,
            coordinator_name,
            last,
            upcoming,
            demo_key,
            search_text,
        ) in rows
    ]


def filter_rows(rows: list[CaseRow], search: str) -> list[CaseRow]:
    """The rows every word of ``search`` matches: the same rule as ``list_cases`` in SQL.

    The window filters in memory as the user types (no query per keystroke); a
    search longer than :data:`~familiemote.domain.validation.SEARCH_MAX` is read
    up to that length, as :func:`list_cases` refuses it whole.
    """
    words = list(dict.fromkeys(m.normalise_search(search[: v.SEARCH_MAX]).split()))
    found = list(rows)
    for word in words:  # one plain pass a word (a generator a row was 5x slower at 20,000)
        found = [r for r in found if word in r.search_text]
    return found


def get_case(uow: UnitOfWork, case_id: int) -> CaseDetail:
    """The case with its family, meetings, participants, actions and consents.

    Read to be shown (the read path: plain queries, no ORM loading); a service that
    changes the case loads it again with ``uow.cases.get``.
    """
    with uow:
        case = uow.cases.read(case_id)
        services, professionals = uow.directory.read_all()
    return CaseDetail(
        case=case,
        services={s.id: s for s in services if s.id},
        professionals={p.id: p for p in professionals if p.id},
    )


def delete_case(uow: UnitOfWork, case_id: int) -> None:
    """Delete a case and everything it holds (the database cascades to its rows)."""
    with uow:
        uow.cases.get(case_id)  # raises NotFoundError
        uow.cases.delete(case_id)
        uow.commit()
