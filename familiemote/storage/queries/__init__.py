"""Named queries and writes behind the unit of work, one module an area.

Services never build SQL: they call these objects on the unit of work they hold
(``uow.settings.value(key)``, ``uow.access.entries_of_case(case_id)`` ...). Each
class wraps the unit of work's open session; the :class:`~familiemote.storage.uow.UnitOfWork`
protocol lists them, and tests/support/fake_uow.py has in-memory versions of them.
"""

from __future__ import annotations

import sqlalchemy as sa

# What a failed statement raises, for a service that must go on regardless (a
# best-effort record of a refusal).
StorageError = sa.exc.SQLAlchemyError

__all__ = ["StorageError"]
