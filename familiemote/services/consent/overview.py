"""What the consent tab shows of a case: who has consented to what, and what is missing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from familiemote.domain import consent as consent_rules
from familiemote.domain import model as m

# -- overview for the consent tab --------------------------------------------------------


@dataclass(frozen=True)
class ConsentOverview:
    """What the consent tab shows, computed once from the case and the age settings."""

    settings: consent_rules.AgeSettings
    asked: consent_rules.WhoIsAsked
    coverage: list[consent_rules.ServiceCoverage]
    statuses: dict[int, consent_rules.ConsentStatus]  # consent id -> status today
    history: list[consent_rules.ConsentEvent]
    attachments_allowed: bool  # referral checklist item 5
    referral_target: m.ReferralTarget | None  # the referral item 5 was judged for


def consent_overview(
    case: m.Case,
    today: dt.date,
    settings: consent_rules.AgeSettings,
    services: dict[int, m.Service] | None = None,
) -> ConsentOverview:
    """``services`` (the directory) lets item 5 be judged for the referral's own target."""
    target = case.referrals[-1].target if case.referrals else None
    target_ids = {
        sid
        for sid, s in (services or {}).items()
        if target is not None and s.kind.value == target.value
    }
    if target_ids:
        allowed = any(
            consent_rules.may_attach_documentation(case, today, sid, settings) for sid in target_ids
        )
    else:
        allowed = consent_rules.may_attach_documentation(case, today, settings=settings)
    return ConsentOverview(
        settings=settings,
        asked=consent_rules.who_must_be_asked(case, today, settings),
        coverage=consent_rules.coverage_table(case, today, settings=settings),
        statuses={c.id: consent_rules.consent_status(c, today) for c in case.consents if c.id},
        history=consent_rules.history(case),
        attachments_allowed=allowed,
        referral_target=target if target_ids else None,
    )
