"""Anonymous consultations: a case discussed with no names, and naming it once the family agrees."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from familiemote.domain import validation as v
from familiemote.domain.errors import (
    ValidationCode,
    ValidationError,
)
from familiemote.services.cases import (
    NewFamilyMember,
    new_case,
    store_new_case,
    validated_family,
)
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
    birth = v.check_birth(data.child_birth_year, None, today)
    case = new_case(data, today, child_first_name="", birth=birth, anonymous=True)
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
    family = validated_family(data.family)
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
