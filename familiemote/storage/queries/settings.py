"""The app's key/value settings (app_settings): retention years, age limits, backups."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import sqlalchemy as sa
from sqlalchemy.orm import Session

from familiemote.storage import orm


class SettingsQueries:
    def __init__(self, session: Session) -> None:
        self.session = session

    def value(self, key: str) -> str | None:
        """The stored text of ``key``, or None when it is not set."""
        t = orm.app_settings
        found = self.session.execute(sa.select(t.c.value).where(t.c.key == key)).first()
        return None if found is None else found[0]

    def values(self, keys: Iterable[str]) -> dict[str, str]:
        """The stored text of each of ``keys`` that is set."""
        t = orm.app_settings
        stmt = sa.select(t.c.key, t.c.value).where(t.c.key.in_(list(keys)))
        return {str(k): v for k, v in self.session.execute(stmt).all()}

    def with_prefix(self, prefix: str) -> list[tuple[str, str]]:
        """(key, text) of every setting whose key starts with ``prefix``."""
        t = orm.app_settings
        stmt = sa.select(t.c.key, t.c.value).where(t.c.key.like(prefix + "%"))
        return [(str(k), v) for k, v in self.session.execute(stmt).all()]

    def put(self, key: str, value: str) -> None:
        """Set ``key`` (update, or insert when it is not there yet)."""
        t = orm.app_settings
        done = self.session.execute(sa.update(t).where(t.c.key == key).values(value=value))
        if done.rowcount == 0:  # type: ignore[attr-defined]
            self.session.execute(sa.insert(t).values(key=key, value=value))

    def replace(self, values: Mapping[str, str]) -> None:
        """Delete the keys of ``values`` and insert them anew, in one statement each."""
        t = orm.app_settings
        self.session.execute(sa.delete(t).where(t.c.key.in_(list(values))))
        self.session.execute(sa.insert(t), [{"key": k, "value": v} for k, v in values.items()])
