"""A database at head opens without Alembic; one behind is still migrated."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from familiemote.storage import orm
from familiemote.storage.db import alembic_config, head_revision, known_revisions, open_database


def test_the_cheap_scan_agrees_with_alembic() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == {r.revision: r.down_revision for r in script.walk_revisions()}
    assert head_revision() == script.get_current_head()


def test_a_database_at_head_opens_without_importing_alembic(db_url: str) -> None:
    open_database(db_url).dispose()  # made and migrated
    code = textwrap.dedent(
        f"""
        import sys
        from familiemote.storage.db import open_database
        db = open_database({db_url!r})
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM services").scalar() > 0
        db.dispose()
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("alembic", "mako")))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def test_a_database_one_revision_behind_is_still_migrated(db_url: str) -> None:
    db = open_database(db_url)
    previous = known_revisions()[head_revision()]
    assert previous is not None
    with db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, previous)
    with db.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_heads() == (previous,)
    db.dispose()

    db = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_heads() == (head_revision(),)
            # what the head migration adds is back: the schema is the model's again
            assert compare_metadata(MigrationContext.configure(conn), orm.metadata) == []
    finally:
        db.dispose()
