"""Recording, in the audit trail, a change refused because another user's came first.

Transitions are guarded in the database (storage/guards.py); the user whose write
loses the race is told why. :func:`recorder` gives :func:`guards.settle` the
callback that also writes the refusal into the case's history, so the trail
tells both sides: the winner's change, and that someone tried and was refused.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from familiemote.domain.errors import DomainError
from familiemote.storage.queries import StorageError
from familiemote.storage.uow import UnitOfWork

REFUSED = "refused"  # the audit trail's event name (the history tab words it)


def record(uow: UnitOfWork, case_id: int | None, entity: str, entity_id: int) -> None:
    """Append a ``refused`` event about ``entity`` ``entity_id`` of the case.

    Best effort: the user is told of the refusal whether or not this succeeds.
    """
    from familiemote.services import audit as audit_service

    if case_id is None:
        return
    with contextlib.suppress(DomainError, StorageError):
        audit_service.record_event(
            uow, case_id, REFUSED, {"entity": entity, "entity_id": entity_id}
        )


def recorder(
    uow: UnitOfWork, case_id: int | None, entity: str, entity_id: int
) -> Callable[[DomainError], None]:
    def refused(_err: DomainError) -> None:
        record(uow, case_id, entity, entity_id)

    return refused
