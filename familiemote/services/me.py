"""«Meg»: who the user is (name, service, role), kept per database login.

The app fills in the meeting leader and note taker, «Registrert av» and «Mine
tiltak» from it. It is stored in the database's ``app_settings`` under a key of
the login, so on a shared server every user has their own, and on a laptop's
own file it is the computer's user. «Meg» is also a person in the directory
(the meeting planner and the actions choose people from there): saving it adds
that person once, or updates the one it already points to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.storage.uow import UnitOfWork

KEY_PREFIX = "me:"


@dataclass(frozen=True)
class Me:
    name: str
    service_id: int | None
    title: str = ""
    professional_id: int | None = None
    # the login IT tied this directory entry to (a server); then the entry is «Meg»
    login: str = ""


def login_name(uow: UnitOfWork) -> str:
    """The database login on a server; the computer's user for a local file.

    The same name the audit trail writes on every change (inside an open unit of work).
    """
    return uow.audit.user()


def _key(uow: UnitOfWork) -> str:
    return (KEY_PREFIX + login_name(uow))[:100]


def _tied_person(uow: UnitOfWork) -> tuple[m.Professional, str] | None:
    """Inside an open unit of work: the directory entry IT tied to this login, if any."""
    login = login_name(uow)
    found = next((i for i, _name, tied in uow.access.colleagues() if tied == login), None)
    person = uow.directory.find_professional(found) if found is not None else None
    return None if person is None else (person, login)


def get_me(uow: UnitOfWork) -> Me | None:
    """Who the user is: the directory entry tied to the login, else what they said.

    On a server IT ties a login to a person in the directory (``professionals.login``);
    that entry is «Meg» for the login without asking. Otherwise, or before it is
    tied, what the user said under «Meg», or None before it was asked.
    """
    with uow:
        tied = _tied_person(uow)
        if tied is not None:
            entry, login = tied
            return Me(entry.name, entry.service_id, entry.title, entry.id, login)
        value = uow.settings.value(_key(uow))
        if not value:
            return None
        try:
            data = json.loads(value)
            me = Me(
                str(data["name"]),
                data.get("service_id"),
                str(data.get("title", "")),
                data.get("professional_id"),
            )
        except (ValueError, KeyError, TypeError):
            return None
        if me.professional_id is not None:  # the directory is the truth for name and service
            person = uow.directory.find_professional(me.professional_id)
            if person is not None:
                me = Me(person.name, person.service_id, person.title, person.id)
        return me


def save_me(uow: UnitOfWork, name: str, service_id: int | None, title: str = "") -> Me:
    """Store «Meg» for this login and keep the matching person in the directory."""
    name = v.clean_name("name", name)
    title = v.clean_text("title", title, max_len=v.SHORT_TEXT_MAX)
    with uow:
        key = _key(uow)
        if service_id is not None:
            uow.directory.service(service_id)  # raises NotFoundError
        old = uow.settings.value(key)
        person: m.Professional | None = None
        tied = _tied_person(uow)
        if tied is not None:
            # the entry IT tied to this login; only IT changes its service (a server rule)
            person = tied[0]
            service_id = person.service_id
        elif old:
            try:
                pid = json.loads(old).get("professional_id")
            except (ValueError, AttributeError):
                pid = None
            person = uow.directory.find_professional(pid) if pid is not None else None
        if person is None:
            person = next(
                (
                    p
                    for p in uow.directory.professionals()
                    if p.name.casefold() == name.casefold() and p.service_id == service_id
                ),
                None,
            )
        if person is None:
            person = m.Professional(name=name, service_id=service_id, title=title)
            uow.directory.add(person)
        else:
            person.name, person.service_id, person.active = name, service_id, True
            if title:
                person.title = title
        uow.flush()
        value = json.dumps(
            {
                "name": name,
                "service_id": service_id,
                "title": title,
                "professional_id": person.id,
            }
        )
        uow.settings.put(key, value)
        uow.commit()
        return Me(name, service_id, title, person.id, tied[1] if tied is not None else "")


def user_names(uow: UnitOfWork) -> dict[str, str]:
    """Every login with the name of its person (the history's «who»).

    The directory's entry tied to the login first; else what the login said under «Meg».
    """
    out: dict[str, str] = {}
    with uow:
        rows = uow.settings.with_prefix(KEY_PREFIX)
        tied = {login: name for _id, name, login in uow.access.colleagues()}
    for key, value in rows:
        try:
            name = str(json.loads(value)["name"]).strip()
        except (ValueError, KeyError, TypeError):
            continue
        if name:
            out[str(key)[len(KEY_PREFIX) :]] = name
    out.update(tied)
    return out


def on_server(uow: UnitOfWork) -> bool:
    """Whether the database is a shared server, where a login is a person in the directory."""
    with uow:
        return uow.access.on_server()


def logins(uow: UnitOfWork) -> dict[int, str]:
    """The login IT tied to each active person of the directory (professional id -> login)."""
    with uow:
        return {ident: login for ident, _name, login in uow.access.colleagues()}
