"""The printable consent form of a case: the services it offers and who signs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from familiemote.domain import consent as consent_rules
from familiemote.domain import model as m
from familiemote.services.consent.settings import read_age_settings
from familiemote.storage.uow import UnitOfWork

# -- the printable consent form (rendered by printing/consent_form.py) -------------------


@dataclass(frozen=True)
class FormService:
    id: int
    name: str
    level: m.ServiceLevel
    in_case: bool  # takes part in the case already (listed first)


@dataclass(frozen=True)
class FormSigner:
    """One block to sign: a guardian, or the young person."""

    name: str
    relation: m.Relation | None  # None for the young person
    is_child: bool


@dataclass(frozen=True)
class ConsentFormContent:
    """What one common consent form for all services says, decided from the case
    («Modellkommuneforsøket» 2015); printing.consent_form renders it.

    The form lists every service to tick (each may be left out, «Trygg oppvekst» 2014),
    every purpose to tick, and one signing block per person asked. ``child_heard``
    asks for a line saying the child's view was heard (from ``settings.heard_from``).
    """

    case_id: int
    child_first_name: str  # "" for an anonymous consultation: the form then has a blank
    child_birth_year: int
    child_birth_date: dt.date | None
    child_age: int
    services: tuple[FormService, ...]
    purposes: tuple[m.ConsentPurpose, ...]
    signers: tuple[FormSigner, ...]
    child_heard: bool
    child_consents: bool
    coordinator_name: str
    coordinator_service: str
    coordinator_phone: str
    settings: consent_rules.AgeSettings
    prepared_on: dt.date


def consent_form_data(
    uow: UnitOfWork, case_id: int, today: dt.date | None = None
) -> ConsentFormContent:
    today = today or dt.date.today()
    with uow:
        case = uow.cases.get(case_id)
        settings = read_age_settings(uow)
        all_services = uow.directory.services()
        coordinator = (
            uow.directory.professional(case.coordinator_id) if case.coordinator_id else None
        )
        coordinator_service = (
            uow.directory.service(coordinator.service_id).name
            if coordinator is not None and coordinator.service_id is not None
            else ""
        )
    # the services working with the case: those the consent tab lists, the
    # coordinator's own and those responsible for an action
    extra = {a.responsible_service_id for a in case.actions if a.responsible_service_id}
    if coordinator is not None and coordinator.service_id is not None:
        extra.add(coordinator.service_id)
    in_case = {
        row.service_id
        for row in consent_rules.coverage_table(
            case, today, settings=settings, extra_services=extra
        )
    }
    services = sorted(
        (
            FormService(s.id, s.name, s.level, s.id in in_case)
            for s in all_services
            if s.id is not None
        ),
        key=lambda s: (not s.in_case, s.level != m.ServiceLevel.MUNICIPAL, s.name),
    )
    asked = consent_rules.who_must_be_asked(case, today, settings)
    signers = [
        FormSigner(g.name, g.relation, False)
        for g in case.guardians
        if asked.child_role is not consent_rules.ChildRole.CONSENTS_ALONE
    ]
    if asked.child_consents:
        signers.append(FormSigner(case.child_first_name, None, True))
    assert case.id is not None
    return ConsentFormContent(
        case_id=case.id,
        child_first_name=case.child_first_name,
        child_birth_year=case.child_birth_year,
        child_birth_date=case.child_birth_date,
        child_age=asked.age,
        services=tuple(services),
        purposes=tuple(m.ConsentPurpose),
        signers=tuple(signers),
        child_heard=asked.child_heard,
        child_consents=asked.child_consents,
        coordinator_name=coordinator.name if coordinator else "",
        coordinator_service=coordinator_service,
        coordinator_phone=coordinator.phone if coordinator else "",
        settings=settings,
        prepared_on=today,
    )
