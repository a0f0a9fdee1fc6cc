"""Consents that expire soon or have expired unrenewed (the follow-up overview's reminders)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from familiemote.domain import consent as consent_rules
from familiemote.storage.uow import UnitOfWork

# -- expiring consents (for the follow-up overview) --------------------------------------


@dataclass(frozen=True)
class ExpiringConsent:
    """A consent on an open case that ends within two weeks or has ended, not yet renewed."""

    case_id: int
    child_first_name: str  # "" for an anonymous consultation
    consent_id: int
    given_by_name: str  # the guardian's name; "" when the young person gave it
    given_by_child: bool
    valid_until: dt.date
    status: consent_rules.ConsentStatus  # EXPIRING or EXPIRED
    days_left: int  # negative once expired


def expiring_consents(
    uow: UnitOfWork, today: dt.date, within_days: int = consent_rules.EXPIRY_WARNING_DAYS
) -> list[ExpiringConsent]:
    """Consents on open cases that expire within ``within_days`` or have expired unrenewed,
    soonest first."""
    with uow:
        return expiring_in(uow, today, within_days)


def expiring_in(
    uow: UnitOfWork, today: dt.date, within_days: int = consent_rules.EXPIRY_WARNING_DAYS
) -> list[ExpiringConsent]:
    """:func:`expiring_consents` inside a unit of work the caller has open."""
    last_day = today + dt.timedelta(days=within_days)
    out: list[ExpiringConsent] = []
    for case_id in uow.case_queries.with_consent_ending_by(last_day):
        case = uow.cases.get(case_id)
        for consent in case.consents:
            if consent.id is None or consent.valid_until is None:
                continue
            if (consent.valid_until - today).days > within_days:
                continue
            if not consent_rules.needs_renewal(case, consent, today):
                continue
            giver = next((f for f in case.family_members if f.id == consent.given_by_id), None)
            out.append(
                ExpiringConsent(
                    case_id=case_id,
                    child_first_name=case.child_first_name,
                    consent_id=consent.id,
                    given_by_name=giver.name if giver else "",
                    given_by_child=consent.given_by_child,
                    valid_until=consent.valid_until,
                    status=consent_rules.consent_status(consent, today),
                    days_left=(consent.valid_until - today).days,
                )
            )
    return sorted(out, key=lambda e: (e.valid_until, e.case_id, e.consent_id))
