"""Migration 0006 on a database that already holds what the new constraints forbid.

Before 0006 two users could leave two handovers of one action waiting, or one
handover both accepted and declined. The migration must repair such rows (keeping
what was written) instead of failing, and the constraints must hold afterwards.
"""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from alembic import command

from familiemote.storage import orm
from familiemote.storage.db import alembic_config, head_revision, open_database
from tests.support import battery


def _old_database_with_contradictions(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        cfg = alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        conn.execute(
            sa.text(
                "INSERT INTO cases (id, child_first_name, child_birth_year, phase, status, "
                "opened_on, search_text, version) "
                "VALUES (1, 'Sofie', 2017, 'bekymring', 'open', '2026-06-01', 'sofie', 1)"
            )
        )
        for action_id in (1, 2):
            conn.execute(
                sa.text(
                    "INSERT INTO actions (id, case_id, description, status, version) "
                    "VALUES (:id, 1, 'Støttesamtaler', 'agreed', 1)"
                ),
                {"id": action_id},
            )
        rows = [
            # action 1: two handovers waiting at once
            (1, 1, None, "", None, "", ""),
            (2, 1, None, "", None, "", ""),
            # action 2: one handover both accepted and declined
            (3, 2, dt.date(2026, 6, 3), "Per Ppt", dt.date(2026, 6, 3), "Pia Ppt", "Full"),
        ]
        for hid, action_id, acc_on, acc_by, dec_on, dec_by, reason in rows:
            conn.execute(
                sa.text(
                    "INSERT INTO action_handovers (id, action_id, proposed_on, accepted_on, "
                    "accepted_by, note, declined_on, declined_by, decline_reason) VALUES "
                    "(:id, :a, :p, :acc_on, :acc_by, 'til PPT', :dec_on, :dec_by, :reason)"
                ),
                {
                    "id": hid,
                    "a": action_id,
                    "p": dt.date(2026, 6, 2),
                    "acc_on": acc_on,
                    "acc_by": acc_by,
                    "dec_on": dec_on,
                    "dec_by": dec_by,
                    "reason": reason,
                },
            )
    engine.dispose()


def test_contradictions_already_stored_are_repaired_not_fatal(db_url: str) -> None:
    _old_database_with_contradictions(db_url)
    db = open_database(db_url)  # migrates to head
    try:
        h = orm.action_handovers
        with db.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == (
                head_revision()
            )
            rows = {r.id: r for r in conn.execute(sa.select(h))}
        assert len(rows) == 3  # nothing deleted
        # the first proposed keeps waiting; the later one is declined, with why
        assert rows[1].accepted_on is None and rows[1].declined_on is None
        assert rows[2].declined_on == dt.date(2026, 6, 2)
        assert rows[2].declined_by == "Familiemøte"
        assert "to ble foreslått samtidig" in rows[2].decline_reason
        # accepted and declined: stays accepted, the decline kept in the note
        assert (rows[3].accepted_by, rows[3].declined_on, rows[3].declined_by) == (
            "Per Ppt",
            None,
            "",
        )
        assert rows[3].note.startswith("til PPT")
        assert "Avslått av Pia Ppt 03.06.2026: Full" in rows[3].note

        # and from now on the database itself refuses both
        refused = 0
        with db.engine.connect() as conn:
            for values in (
                {"action_id": 1, "proposed_on": dt.date(2026, 6, 5)},  # a second pending
                {
                    "action_id": 2,
                    "proposed_on": dt.date(2026, 6, 5),
                    "accepted_on": dt.date(2026, 6, 6),
                    "declined_on": dt.date(2026, 6, 6),
                },
            ):
                with pytest.raises(sa.exc.IntegrityError), conn.begin():
                    conn.execute(sa.insert(h).values(**values))
                refused += 1
        battery.record(
            f"migration 0006: stored contradictions repaired, then refused by the database "
            f"(plain SQL, no message) ({db.engine.dialect.name})",
            tried=3 + 2,
            refused=refused,
            stored=3,
            lost=0,
        )
    finally:
        db.dispose()
