"""A declined handover survives export and import; an older version-1 file without
the decline fields still imports (its handovers were not declined)."""

from __future__ import annotations

import datetime as dt
import json

from familiemote.domain import followup as f
from familiemote.services import actions as action_service
from familiemote.services import demo, transfer
from familiemote.services.cases import get_case
from tests.support.fixture_types import UowFactory

TODAY = dt.date(2026, 11, 22)
NOW = dt.datetime(2026, 11, 22, 12, 0)


def test_declined_handover_round_trip_and_older_files(uow_factory: UowFactory) -> None:
    case_id = demo.create_demo_case(uow_factory(), TODAY).case_id
    case = get_case(uow_factory(), case_id).case
    action = next(a for a in case.actions if a.is_open and f.pending_handover(a) is None)
    assert action.id is not None
    target = next(
        s
        for s in get_case(uow_factory(), case_id).services.values()
        if s.id != action.responsible_service_id and s.active
    )
    action_service.propose_handover(uow_factory(), action.id, target.id, None, TODAY)
    action_service.decline_handover(uow_factory(), action.id, "Rektor Berg", "Ikke vår sak", TODAY)
    doc = transfer.export_case(uow_factory(), case_id, NOW)

    result = transfer.import_case(uow_factory(), json.dumps(doc), TODAY)
    again = transfer.export_case(uow_factory(), result.case_id, NOW)
    assert again == doc
    imported = get_case(uow_factory(), result.case_id).case
    declined = [h for a in imported.actions for h in a.handovers if h.declined_on is not None]
    assert [(h.declined_on, h.declined_by, h.decline_reason) for h in declined] == [
        (TODAY, "Rektor Berg", "Ikke vår sak")
    ]

    for a in doc["case"]["actions"]:  # as a file written before the decline fields
        for h in a["handovers"]:
            for key in ("declined_on", "declined_by", "decline_reason"):
                del h[key]
    older = transfer.import_case(uow_factory(), json.dumps(doc), TODAY)
    imported = get_case(uow_factory(), older.case_id).case
    assert all(h.declined_on is None for a in imported.actions for h in a.handovers)
