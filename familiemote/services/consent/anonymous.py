"""Anonymous consultations: a case discussed with no names, and naming it once the family agrees."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.domain.errors import (
    ValidationCode,
    ValidationError,
)
from familiemote.services.cases import NewFamilyMember, store_new_case
from familiemote.storage.uow import UnitOfWork

# -- anonymous consultation --------------------------------------------------------------


@dataclass(frozen=True)
class NewAnonymousCase:
    """A case discussed with no names at all («Trygg oppvekst» 2014): the child's age and
    the concern."""

    child_birth_year: int
    concern_summary: str = ""
    concern_by_family: bool = False
    concern_service_id: int | None = None
    initiating_service_id: int | None = None
    coordinator_id: int | None = None


def create_anonymous_case(uow: UnitOfWork, data: NewAnonymousCase, today: dt.date) -> int:
    """Store an anonymous consultation: no child's name, no family; returns its id."""
    year, _ = v.check_birth(data.child_birth_year, None, today)
    case = m.Case(
        child_first_name="",
        child_birth_year=year,
        anonymous=True,
        concern_by_family=data.concern_by_family,
        concern_service_id=data.concern_service_id,
        initiating_service_id=data.initiating_service_id,
        coordinator_id=data.coordinator_id,
        concern_summary=v.clean_text(
            "concern_summary", data.concern_summary, max_len=v.LONG_TEXT_MAX, multiline=True
        ),
        opened_on=today,
    )
    return store_new_case(uow, case)


@dataclass(frozen=True)
class NamedCase:
    """What an anonymous consultation needs to become a named case."""

    child_first_name: str
    child_birth_date: dt.date | None = None
    family: tuple[NewFamilyMember, ...] = ()


def name_anonymous_case(uow: UnitOfWork, case_id: int, data: NamedCase, today: dt.date) -> None:
    """Turn an anonymous consultation into a named case (the family has agreed to it).

    Consent is then recorded per guardian with :func:`record_consent`.
    """
    name = v.clean_name("child_first_name", data.child_first_name)
    family = [
        m.FamilyMember(
            name=v.clean_name(f"family[{i}].name", f.name),
            relation=f.relation,
            is_guardian=f.is_guardian,
            phone=v.clean_phone(f"family[{i}].phone", f.phone),
            email=v.clean_email(f"family[{i}].email", f.email),
        )
        for i, f in enumerate(data.family)
    ]
    with uow:
        case = uow.cases.get(case_id)
        if not case.anonymous:
            raise ValidationError("anonymous_case", ValidationCode.NOT_ANONYMOUS)
        year, birth_date = v.check_birth(
            None if data.child_birth_date else case.child_birth_year, data.child_birth_date, today
        )
        case.child_first_name = name
        case.child_birth_year = year
        case.child_birth_date = birth_date
        case.anonymous = False
        case.family_members.extend(family)
        coordinator = ""
        if case.coordinator_id is not None:
            coordinator = uow.directory.professional(case.coordinator_id).name
        case.refresh_search_text([coordinator])
        uow.commit()
