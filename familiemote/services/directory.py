"""The local directory of services and the people who represent them."""

from __future__ import annotations

from dataclasses import dataclass

from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.storage.uow import SqlAlchemyUnitOfWork


@dataclass(frozen=True)
class NewProfessional:
    name: str
    service_id: int | None
    title: str = ""
    phone: str = ""
    email: str = ""


def list_services(uow: SqlAlchemyUnitOfWork) -> list[m.Service]:
    with uow:
        return uow.directory.services()


def list_professionals(uow: SqlAlchemyUnitOfWork) -> list[m.Professional]:
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


def add_professional(uow: SqlAlchemyUnitOfWork, data: NewProfessional) -> int:
    person = build_professional(data)
    with uow:
        if data.service_id is not None:
            uow.directory.service(data.service_id)  # raises NotFoundError
        uow.directory.add(person)
        uow.commit()
    assert person.id is not None
    return person.id
