"""The municipality's own texts of the info boxes (info_boxes), by box and language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from familiemote.storage import audit, orm


@dataclass(frozen=True)
class StoredBox:
    box_key: str
    language: str
    content: str  # the box as JSON
    updated_at: dt.datetime
    updated_by: str
    version: int


class InfoBoxQueries:
    def __init__(self, session: Session) -> None:
        self.session = session

    def stored(self) -> dict[tuple[str, str], StoredBox]:
        """Every own text, by (box key, language)."""
        t = orm.info_boxes
        return {
            (r.box_key, r.language): StoredBox(
                r.box_key, r.language, r.content, r.updated_at, r.updated_by, r.version
            )
            for r in self.session.execute(sa.select(t)).all()
        }

    def lock(self) -> None:
        """Take the write lock first (the audit trail's), before reading what to change."""
        audit.lock_trail(self.session.connection())

    def version(self, key: str, language: str) -> int | None:
        """The stored version of the own text, or None when there is none."""
        t = orm.info_boxes
        where = sa.and_(t.c.box_key == key, t.c.language == language)
        found = self.session.execute(sa.select(t.c.version).where(where)).scalar_one_or_none()
        return None if found is None else int(found)

    def write(
        self,
        key: str,
        language: str,
        content: str,
        *,
        current: int | None,
        user: str,
        now: dt.datetime,
    ) -> None:
        """Insert the own text (``current`` None) or replace version ``current`` with the next."""
        t = orm.info_boxes
        if current is None:
            self.session.execute(
                sa.insert(t).values(
                    box_key=key,
                    language=language,
                    content=content,
                    updated_at=now,
                    updated_by=user,
                    version=1,
                )
            )
        else:
            self.session.execute(
                sa.update(t)
                .where(t.c.box_key == key, t.c.language == language)
                .values(content=content, updated_at=now, updated_by=user, version=current + 1)
            )

    def delete(self, key: str, language: str) -> bool:
        """Remove the own text; False when there was none."""
        t = orm.info_boxes
        result = self.session.execute(
            sa.delete(t).where(t.c.box_key == key, t.c.language == language)
        )
        return bool(getattr(result, "rowcount", 0))
