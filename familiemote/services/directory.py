"""The local directory of services and the people who represent them."""

from __future__ import annotations

from dataclasses import dataclass

from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.storage.uow import UnitOfWork


@dataclass(frozen=True)
class NewProfessional:
    name: str
    service_id: int | None
    title: str = ""
    phone: str = ""
    email: str = ""


def list_services(uow: UnitOfWork) -> list[m.Service]:
    with uow:
        return uow.directory.services()


def list_professionals(uow: UnitOfWork) -> list[m.Professional]:
    with uow:
        return uow.directory.professionals()


def build_professional(data: NewProfessional) -> m.Professional:
    return m.Professional(
        name=v.clean_name("name", data.name),
        service_id=data.service_id,
        title=v.clean_text("title", data.title, max_len=v.SHORT_TEXT_MAX),
        phone=v.clean_phone("phone", data.phone),
        email=v.clean_email("email", data.email),
    )


def add_professional(uow: UnitOfWork, data: NewProfessional) -> int:
    person = build_professional(data)
    with uow:
        if data.service_id is not None:
            uow.directory.service(data.service_id)  # raises NotFoundError
        uow.directory.add(person)
        uow.commit()
    assert person.id is not None
    return person.id


@dataclass(frozen=True)
class NewService:
    name: str
    kind: m.ServiceKind
    level: m.ServiceLevel
    phone: str = ""
    email: str = ""


def list_all_services(uow: UnitOfWork) -> list[m.Service]:
    """Every service, deactivated ones too (for the directory window)."""
    with uow:
        return uow.directory.services(include_inactive=True)


def list_all_professionals(uow: UnitOfWork) -> list[m.Professional]:
    with uow:
        return uow.directory.professionals(include_inactive=True)


def build_service(data: NewService) -> m.Service:
    return m.Service(
        name=v.clean_name("name", data.name),
        kind=data.kind,
        level=data.level,
        phone=v.clean_phone("phone", data.phone),
        email=v.clean_email("email", data.email),
    )


def add_service(uow: UnitOfWork, data: NewService) -> int:
    service = build_service(data)
    with uow:
        uow.directory.add(service)
        uow.commit()
    assert service.id is not None
    return service.id


def update_service(uow: UnitOfWork, service_id: int, data: NewService) -> None:
    clean = build_service(data)
    with uow:
        service = uow.directory.service(service_id)
        service.name, service.kind, service.level = clean.name, clean.kind, clean.level
        service.phone, service.email = clean.phone, clean.email
        uow.commit()


def set_service_active(uow: UnitOfWork, service_id: int, active: bool) -> None:
    """Deactivate (hide from the pickers) or reactivate; old cases keep the name."""
    with uow:
        uow.directory.service(service_id).active = active
        uow.commit()


def update_professional(uow: UnitOfWork, professional_id: int, data: NewProfessional) -> None:
    clean = build_professional(data)
    with uow:
        if data.service_id is not None:
            uow.directory.service(data.service_id)  # raises NotFoundError
        person = uow.directory.professional(professional_id)
        person.name, person.service_id, person.title = clean.name, clean.service_id, clean.title
        person.phone, person.email = clean.phone, clean.email
        uow.commit()


def set_professional_active(uow: UnitOfWork, professional_id: int, active: bool) -> None:
    with uow:
        uow.directory.professional(professional_id).active = active
        uow.commit()
