"""Services and the programs built on them reach the database only through the unit of
work's repositories and query objects (familiemote/storage/queries/).

The unit of work's session (``SqlAlchemyUnitOfWork.sql``) is for storage itself and
for tests; a statement written elsewhere would be a query the in-memory unit of work
(tests/support/fake_uow.py) cannot answer and the contract test does not check.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "familiemote"

# ``uow.sql``, ``self._uow.sql``, ``work.sql.execute(...)``: the session behind a unit of work
SESSION_USE = re.compile(r"\b\w+\.sql\b(?![\w'\"])")  # not a file name in quotes
SQLALCHEMY_IMPORT = re.compile(r"^\s*(import sqlalchemy|from sqlalchemy\b)", re.MULTILINE)


def _code(path: Path) -> str:
    """The file's lines without their comments."""
    return "\n".join(line.split("#", 1)[0] for line in path.read_text().splitlines())


def test_the_pattern_finds_a_session_use() -> None:
    assert SESSION_USE.search("first = uow.sql.scalar(sa.select(c.c.id))")
    assert SESSION_USE.search("rows = self._uow.sql.execute(stmt)")
    assert not SESSION_USE.search("path = folder / 'dump.sqlite'")
    assert not SESSION_USE.search("script = read('schema.sql')")


def test_nothing_outside_storage_uses_the_unit_of_works_session() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if PACKAGE / "storage" not in path.parents
        for number, line in enumerate(_code(path).splitlines(), 1)
        if SESSION_USE.search(line)
    ]
    assert found == [], "query through uow.<query object> in storage/queries:\n" + "\n".join(found)


def test_no_service_imports_sqlalchemy() -> None:
    found = [
        str(path.relative_to(ROOT))
        for path in sorted((PACKAGE / "services").rglob("*.py"))
        if SQLALCHEMY_IMPORT.search(path.read_text())
    ]
    assert found == []
