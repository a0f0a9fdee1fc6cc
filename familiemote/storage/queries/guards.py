"""The guarded writes of storage/guards.py, bound to the unit of work's session.

A service names the object and the fields that must still be empty; the table and
the SQL are found here.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from familiemote.storage import guards


def _table(obj: object) -> sa.Table:
    table = sa.inspect(type(obj)).local_table
    assert isinstance(table, sa.Table)
    return table


class WriteGuards:
    def __init__(self, session: Session) -> None:
        self.session = session

    def defer_writes(self) -> None:
        """Write nothing before the guarded writes of this transaction (no autoflush):
        the rules are checked on what is loaded, then the guarded statements go first."""
        self.session.autoflush = False

    def touch(self, obj: Any) -> None:
        """Bump ``obj``'s version if it is still the version read; else ConcurrentChangeError."""
        guards.touch(self.session, obj, _table(obj))

    def claim(self, obj: Any, still_empty: tuple[str, ...], **values: Any) -> bool:
        """Write ``values`` onto ``obj``'s row only while every field of ``still_empty`` is
        empty there: True when this transaction made the change."""
        table = _table(obj)
        still = sa.and_(*(table.c[name].is_(None) for name in still_empty))
        return guards.claim(self.session, obj, table, still, **values)
