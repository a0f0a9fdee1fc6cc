"""Consent rules (DOMAIN.md section 3; 000:8037-8172).

Shared interface: the meeting planner (issue 3) asks :func:`may_receive` before a
service is added as a participant who receives information; the plan printout
(issue 6) lists only :func:`services_covered`; the consent work (issue 5)
refines these rules.
"""

from __future__ import annotations

import datetime as dt

from familiemote.domain import model as m


def services_covered(case: m.Case, purpose: m.ConsentPurpose, on: dt.date) -> set[int]:
    """Ids of the services that a valid consent covers for ``purpose`` on ``on``."""
    covered: set[int] = set()
    for consent in case.consents:
        for scope in consent.scopes:
            if consent.covers(scope.service_id, purpose, on):
                covered.add(scope.service_id)
    return covered


def may_receive(case: m.Case, service_id: int, on: dt.date) -> bool:
    """Whether information about the case may be shared with ``service_id`` on ``on``."""
    return service_id in services_covered(case, m.ConsentPurpose.SHARE_BETWEEN_SERVICES, on)
