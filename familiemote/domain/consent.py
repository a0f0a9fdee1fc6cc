"""Consent rules («Trygg oppvekst» 2014, «Modellkommuneforsøket» 2015).

The meeting planner asks :func:`may_receive` before a service is added as a
participant who receives information; the printed plan lists only
:func:`services_covered`; the referral checklist asks
:func:`may_attach_documentation` before item 5 is ticked.

The rules, as the reports and the law give them:

* A consent names who gives it, the receiving services (each may be left out,
  «Trygg oppvekst» 2014) and the purposes. Under the age at which the young person
  consents alone, **every guardian registered on the case** must consent before
  a service is covered: one guardian's consent does not speak for the other.
* From ``co_consents_from`` (15, Stafettloggen practice, 003) the young person
  consents together with the guardians; from ``consents_alone_from`` (16,
  pasient- og brukerrettighetsloven § 4-3) the young person consents alone.
  From ``heard_from`` (7, «Trygg oppvekst» 2014) the child's view shall be heard; that is
  recorded separately (:class:`~familiemote.domain.model.ChildView`), not as consent.
* A case with no stored guardian (family not yet registered) is covered by any
  valid consent recorded on it, so the rules do not silently refuse everything
  for a case whose family is still being entered.
* A withdrawal (whole or per service) counts from its date on; nothing is
  deleted, so :func:`coverage_on` still answers what was valid on an earlier day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Final, Literal

from familiemote.domain import model as m

EXPIRY_WARNING_DAYS: Final = 14

CHILD: Final = "child"
Party = int | Literal["child"]
"""Who consents: a guardian's family-member id, or :data:`CHILD` for the young person."""


@dataclass(frozen=True)
class AgeSettings:
    """The ages at which a child is heard, co-consents and consents alone.

    Settings with defaults, not constants: a municipality stores its own in the
    database (``app_settings``) when its legal advice reads the law differently.
    """

    heard_from: int = 7  # «Trygg oppvekst» 2014
    co_consents_from: int = 15  # Stafettloggen practice (003)
    consents_alone_from: int = 16  # pasient- og brukerrettighetsloven § 4-3

    def is_ordered(self) -> bool:
        return 0 <= self.heard_from <= self.co_consents_from <= self.consents_alone_from <= 18


DEFAULT_AGE_SETTINGS: Final = AgeSettings()


class ChildRole(Enum):
    """What the child's age means for consent."""

    NOT_HEARD = "not_heard"  # too young to be asked formally
    HEARD = "heard"  # the child's view shall be heard
    CO_CONSENTS = "co_consents"  # consents together with the guardians
    CONSENTS_ALONE = "consents_alone"  # the guardians are no longer asked


@dataclass(frozen=True)
class WhoIsAsked:
    """Whose consent a case needs on a given day, from the child's age and the settings."""

    age: int
    child_role: ChildRole
    guardian_ids: tuple[int, ...]

    @property
    def child_consents(self) -> bool:
        return self.child_role in (ChildRole.CO_CONSENTS, ChildRole.CONSENTS_ALONE)

    @property
    def child_heard(self) -> bool:
        return self.child_role is not ChildRole.NOT_HEARD

    @property
    def parties(self) -> tuple[Party, ...]:
        """Everyone whose consent is needed; empty when no guardian is stored yet."""
        return (*self.guardian_ids, *((CHILD,) if self.child_consents else ()))


def child_role(age: int, settings: AgeSettings = DEFAULT_AGE_SETTINGS) -> ChildRole:
    if age >= settings.consents_alone_from:
        return ChildRole.CONSENTS_ALONE
    if age >= settings.co_consents_from:
        return ChildRole.CO_CONSENTS
    if age >= settings.heard_from:
        return ChildRole.HEARD
    return ChildRole.NOT_HEARD


def who_must_be_asked(
    case: m.Case, on: dt.date, settings: AgeSettings = DEFAULT_AGE_SETTINGS
) -> WhoIsAsked:
    age = case.child_age(on)
    role = child_role(age, settings)
    guardians: tuple[int, ...] = ()
    if role is not ChildRole.CONSENTS_ALONE:
        guardians = tuple(g.id for g in case.guardians if g.id is not None)
    return WhoIsAsked(age=age, child_role=role, guardian_ids=guardians)


def party_of(consent: m.Consent) -> Party | None:
    """Who gave ``consent``; None for a consent with no giver (never recorded so)."""
    if consent.given_by_child:
        return CHILD
    return consent.given_by_id


# -- status of one consent -----------------------------------------------------------


class ConsentStatus(Enum):
    VALID = "valid"
    EXPIRING = "expiring"  # ends within EXPIRY_WARNING_DAYS
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"  # withdrawn as a whole


def consent_status(consent: m.Consent, today: dt.date) -> ConsentStatus:
    if consent.withdrawn_on is not None and consent.withdrawn_on <= today:
        return ConsentStatus.WITHDRAWN
    return end_status(consent.valid_until, today)


def end_status(valid_until: dt.date | None, today: dt.date) -> ConsentStatus:
    """Valid, expiring (two weeks before) or expired (the day after ``valid_until``)."""
    if valid_until is None:
        return ConsentStatus.VALID
    if today > valid_until:
        return ConsentStatus.EXPIRED
    if (valid_until - today).days <= EXPIRY_WARNING_DAYS:
        return ConsentStatus.EXPIRING
    return ConsentStatus.VALID


def left_out(consent: m.Consent, offered: set[int]) -> set[int]:
    """The services of ``offered`` that ``consent`` never named."""
    return offered - {s.service_id for s in consent.scopes}


# -- coverage ------------------------------------------------------------------------


def _covering(
    case: m.Case, service_id: int, purpose: m.ConsentPurpose, on: dt.date
) -> dict[Party, list[m.Consent]]:
    """Per party, the consents that cover ``service_id`` for ``purpose`` on ``on``."""
    out: dict[Party, list[m.Consent]] = {}
    for consent in case.consents:
        party = party_of(consent)
        if party is not None and consent.covers(service_id, purpose, on):
            out.setdefault(party, []).append(consent)
    return out


def _is_covered(parties: tuple[Party, ...], covering: dict[Party, list[m.Consent]]) -> bool:
    if not parties:  # no guardian stored yet: any valid consent stands
        return bool(covering)
    return all(p in covering for p in parties)


def named_services(case: m.Case) -> set[int]:
    """Every service any consent on the case names (covered now or not)."""
    return {s.service_id for c in case.consents for s in c.scopes}


def services_covered(
    case: m.Case,
    purpose: m.ConsentPurpose,
    on: dt.date,
    settings: AgeSettings = DEFAULT_AGE_SETTINGS,
) -> set[int]:
    """Ids of the services that valid consent from everyone asked covers for ``purpose``."""
    parties = who_must_be_asked(case, on, settings).parties
    return {
        sid
        for sid in named_services(case)
        if _is_covered(parties, _covering(case, sid, purpose, on))
    }


def may_receive(
    case: m.Case,
    service_id: int,
    on: dt.date,
    settings: AgeSettings = DEFAULT_AGE_SETTINGS,
    purpose: m.ConsentPurpose = m.ConsentPurpose.SHARE_BETWEEN_SERVICES,
) -> bool:
    """Whether information about the case may be shared with ``service_id`` on ``on``
    (for ``purpose``); :func:`consent_gap` says why not, from the same rule."""
    return service_id in services_covered(case, purpose, on, settings)


def coverage_on(
    case: m.Case, on: dt.date, settings: AgeSettings = DEFAULT_AGE_SETTINGS
) -> dict[m.ConsentPurpose, set[int]]:
    """The history: per purpose, the services that were covered on ``on`` (past or present)."""
    return {p: services_covered(case, p, on, settings) for p in m.ConsentPurpose}


def may_attach_documentation(
    case: m.Case,
    on: dt.date,
    target_service_id: int | None = None,
    settings: AgeSettings = DEFAULT_AGE_SETTINGS,
) -> bool:
    """Referral checklist item 5: documentation is attached only with valid consent («Kvalitet i
    alle ledd» 2016).

    With ``target_service_id`` (BUP or HABU in the directory) the consent must name
    that service; without, any service covered for attachments will do.
    """
    covered = services_covered(case, m.ConsentPurpose.REFERRAL_ATTACHMENTS, on, settings)
    return target_service_id in covered if target_service_id is not None else bool(covered)


class CoverageStatus(Enum):
    """Why a service is or is not covered, for the at-a-glance table."""

    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    PARTIAL = "partial"  # some but not all of those asked consented
    NONE = "none"  # no consent names the service

    @property
    def covered(self) -> bool:
        return self in (CoverageStatus.VALID, CoverageStatus.EXPIRING)


@dataclass(frozen=True)
class ServiceCoverage:
    """One line of the coverage table: a service, whether it is covered, by whom, until when."""

    service_id: int
    status: CoverageStatus
    given_by: tuple[Party, ...]  # parties whose valid consent covers the service today
    missing: tuple[Party, ...]  # parties asked who have not (or no longer) consented
    until: dt.date | None  # the earliest end of the covering consents; None: no end date
    ended_on: dt.date | None  # withdrawal date or last valid day when WITHDRAWN/EXPIRED
    purposes: frozenset[m.ConsentPurpose]  # every purpose the service is covered for today

    @property
    def covered(self) -> bool:
        return self.status.covered


def _why_not(
    case: m.Case,
    service_id: int,
    purpose: m.ConsentPurpose,
    missing: tuple[Party, ...],
    on: dt.date,
) -> tuple[CoverageStatus | None, dt.date | None]:
    """Whether a missing party once consented and then withdrew, or let the consent expire."""
    withdrawn: list[dt.date] = []
    expired: list[dt.date] = []
    for consent in case.consents:
        if party_of(consent) not in missing or purpose not in consent.purposes:
            continue
        scope = next((s for s in consent.scopes if s.service_id == service_id), None)
        if scope is None or consent.given_on > on:
            continue
        if consent.withdrawn_on is not None and consent.withdrawn_on <= on:
            withdrawn.append(consent.withdrawn_on)
        elif scope.withdrawn_on is not None and scope.withdrawn_on <= on:
            withdrawn.append(scope.withdrawn_on)
        elif consent.valid_until is not None and consent.valid_until < on:
            expired.append(consent.valid_until)
    if withdrawn:
        return CoverageStatus.WITHDRAWN, max(withdrawn)
    if expired:
        return CoverageStatus.EXPIRED, max(expired)
    return None, None


def _covered_until(per_party: list[list[m.Consent]]) -> dt.date | None:
    """When coverage ends: the earliest of each party's latest end (None: no end date)."""
    ends: list[dt.date] = []
    for consents in per_party:
        dated = [c.valid_until for c in consents]
        if all(d is not None for d in dated):
            ends.append(max(d for d in dated if d is not None))
    return min(ends, default=None)


def service_coverage(
    case: m.Case,
    service_id: int,
    today: dt.date,
    purpose: m.ConsentPurpose = m.ConsentPurpose.SHARE_BETWEEN_SERVICES,
    settings: AgeSettings = DEFAULT_AGE_SETTINGS,
) -> ServiceCoverage:
    asked = who_must_be_asked(case, today, settings)
    covering = _covering(case, service_id, purpose, today)
    parties = asked.parties
    given_by = tuple(p for p in (parties or tuple(covering)) if p in covering)
    purposes = frozenset(
        p for p in m.ConsentPurpose if _is_covered(parties, _covering(case, service_id, p, today))
    )
    if _is_covered(parties, covering):
        until = _covered_until([covering[p] for p in given_by])
        status = (
            CoverageStatus.EXPIRING
            if end_status(until, today) is ConsentStatus.EXPIRING
            else CoverageStatus.VALID
        )
        return ServiceCoverage(service_id, status, given_by, (), until, None, purposes)
    missing = tuple(p for p in parties if p not in covering)
    reason, ended = _why_not(case, service_id, purpose, missing or parties, today)
    if reason is None:
        reason = CoverageStatus.PARTIAL if given_by else CoverageStatus.NONE
    return ServiceCoverage(service_id, reason, given_by, missing, None, ended, purposes)


def consent_gap(
    case: m.Case,
    service_id: int | None,
    on: dt.date,
    settings: AgeSettings = DEFAULT_AGE_SETTINGS,
    purpose: m.ConsentPurpose = m.ConsentPurpose.SHARE_BETWEEN_SERVICES,
) -> ServiceCoverage | None:
    """The one answer to «is consent missing for this service?» (for ``purpose``).

    None when ``service_id`` may receive information about the case on ``on`` (or
    no service is named); else its coverage line: who has not consented, and
    whether a consent was withdrawn or ran out. The meeting planner, the guide,
    the actions tab and the printed plan all ask this.
    """
    if service_id is None or may_receive(case, service_id, on, settings, purpose):
        return None
    return service_coverage(case, service_id, on, purpose, settings)


def services_left_out(
    case: m.Case,
    on: dt.date,
    settings: AgeSettings = DEFAULT_AGE_SETTINGS,
) -> list[ServiceCoverage]:
    """The services the case involves (see :func:`coverage_table`, and every action's
    responsible service) that may not receive information on ``on``, by id."""
    extra = {a.responsible_service_id for a in case.actions if a.responsible_service_id}
    ids = [
        row.service_id for row in coverage_table(case, on, settings=settings, extra_services=extra)
    ]
    return [gap for sid in ids if (gap := consent_gap(case, sid, on, settings)) is not None]


def coverage_table(
    case: m.Case,
    today: dt.date,
    purpose: m.ConsentPurpose = m.ConsentPurpose.SHARE_BETWEEN_SERVICES,
    settings: AgeSettings = DEFAULT_AGE_SETTINGS,
    extra_services: set[int] | None = None,
) -> list[ServiceCoverage]:
    """Per service the case involves: covered or not, by whom, until when.

    The services are those any consent names, those taking part in the case's
    meetings, the initiating and concerned services, and ``extra_services``.
    """
    ids = named_services(case) | set(extra_services or set())
    ids |= {p.service_id for mt in case.meetings for p in mt.participants if p.service_id}
    ids |= {s for s in (case.initiating_service_id, case.concern_service_id) if s is not None}
    return [service_coverage(case, sid, today, purpose, settings) for sid in sorted(ids)]


# -- history -------------------------------------------------------------------------


class ConsentEventKind(Enum):
    GIVEN = "given"
    SERVICE_WITHDRAWN = "service_withdrawn"
    WITHDRAWN = "withdrawn"
    EXPIRES = "expires"  # the day after valid_until


@dataclass(frozen=True)
class ConsentEvent:
    on: dt.date
    kind: ConsentEventKind
    consent: m.Consent
    service_id: int | None = None
    note: str = ""


def history(case: m.Case) -> list[ConsentEvent]:
    """Every change to the case's consents, oldest first; nothing is ever removed."""
    events: list[ConsentEvent] = []
    for c in case.consents:
        events.append(ConsentEvent(c.given_on, ConsentEventKind.GIVEN, c))
        for s in c.scopes:
            if s.withdrawn_on is not None:
                events.append(
                    ConsentEvent(
                        s.withdrawn_on,
                        ConsentEventKind.SERVICE_WITHDRAWN,
                        c,
                        s.service_id,
                        s.withdrawal_note,
                    )
                )
        if c.withdrawn_on is not None:
            events.append(
                ConsentEvent(c.withdrawn_on, ConsentEventKind.WITHDRAWN, c, None, c.withdrawal_note)
            )
        if c.valid_until is not None:
            expires = c.valid_until + dt.timedelta(days=1)
            if c.withdrawn_on is None or c.withdrawn_on > expires:
                events.append(ConsentEvent(expires, ConsentEventKind.EXPIRES, c))
    order = list(ConsentEventKind)
    return sorted(events, key=lambda e: (e.on, order.index(e.kind), e.consent.id or 0))


def needs_renewal(case: m.Case, consent: m.Consent, today: dt.date) -> bool:
    """An expiring or expired consent no later consent from the same person replaces."""
    status = consent_status(consent, today)
    if status not in (ConsentStatus.EXPIRING, ConsentStatus.EXPIRED):
        return False
    party = party_of(consent)
    assert consent.valid_until is not None
    for other in case.consents:
        if other is consent or party_of(other) != party:
            continue
        if consent_status(other, today) is ConsentStatus.VALID and other.given_on <= today:
            return False
        if (
            consent_status(other, today) is ConsentStatus.EXPIRING
            and other.valid_until is not None
            and other.valid_until > consent.valid_until
        ):
            return False
    return True
