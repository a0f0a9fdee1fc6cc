"""The stand-ins for asyncio and importlib.metadata (familiemote.deferred_modules).

Each check runs in a fresh interpreter: in the test process SQLAlchemy, and so
both modules, are imported long before, and the stand-ins are then never made.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path


def run(code: str, tmp_path: Path) -> str:
    script = tmp_path / "check.py"
    script.write_text(textwrap.dedent(code), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_database_opens_and_is_used_without_loading_them(tmp_path: Path) -> None:
    db_file = tmp_path / "a.sqlite"
    # made and migrated first, as a user's file is (a migration needs Alembic, which
    # reads importlib.metadata: it is loaded then, as it should be)
    run(
        f"""
        from familiemote.storage.db import open_database
        from familiemote.storage.location import sqlite_url
        from pathlib import Path
        open_database(sqlite_url(Path({str(db_file)!r}))).dispose()
        """,
        tmp_path,
    )
    out = run(
        f"""
        import sys
        from familiemote import deferred_modules
        deferred_modules.install()
        from familiemote.storage.db import open_database
        from familiemote.storage.location import sqlite_url
        from familiemote.storage.uow import SqlAlchemyUnitOfWork
        from familiemote.services import cases
        from pathlib import Path
        db = open_database(sqlite_url(Path({str(db_file)!r})))
        case_id = cases.create_case(
            SqlAlchemyUnitOfWork(db.session_factory),
            cases.NewCase(child_first_name="Emma", child_birth_year=2015),
        )
        assert cases.get_case(SqlAlchemyUnitOfWork(db.session_factory), case_id).case.id
        assert [r.id for r in cases.list_cases(SqlAlchemyUnitOfWork(db.session_factory))]
        db.dispose()
        print(deferred_modules.is_deferred("asyncio"),
              deferred_modules.is_deferred("importlib.metadata"),
              sorted(m for m in ("asyncio.events", "ssl", "email", "importlib.metadata._meta")
                     if m in sys.modules))
        """,
        tmp_path,
    )
    assert out.split("\n")[0] == "True True []"


def test_the_first_real_use_loads_the_real_module(tmp_path: Path) -> None:
    out = run(
        """
        import sys
        from familiemote import deferred_modules
        deferred_modules.install()
        import sqlalchemy
        import sqlalchemy.orm  # noqa: F401
        import asyncio
        from importlib.metadata import version
        import familiemote

        async def twice(x):
            await asyncio.sleep(0)
            return 2 * x

        coro = twice(21)
        from sqlalchemy.util.concurrency import iscoroutine  # bound to the stand-in's
        assert iscoroutine(coro)
        print(asyncio.run(coro), version("sqlalchemy") == sqlalchemy.__version__,
              familiemote.__version__ != "", deferred_modules.is_deferred("asyncio"),
              deferred_modules.is_deferred("importlib.metadata"),
              sys.modules["asyncio"].__name__, "asyncio.events" in sys.modules)
        """,
        tmp_path,
    )
    assert out.split("\n")[0] == "42 True True False False asyncio True"


def test_submodules_and_from_imports_go_to_the_real_package(tmp_path: Path) -> None:
    out = run(
        """
        from familiemote import deferred_modules
        deferred_modules.install()
        from asyncio import events
        import asyncio.queues
        import importlib.util
        print(events.__name__, asyncio.queues.Queue.__name__,
              importlib.util.find_spec("asyncio") is not None)
        """,
        tmp_path,
    )
    assert out.split("\n")[0] == "asyncio.events Queue True"


def test_a_module_already_imported_is_left_alone() -> None:
    import asyncio
    import importlib.metadata

    from familiemote import deferred_modules

    deferred_modules.install()
    assert sys.modules["asyncio"] is asyncio
    assert sys.modules["importlib.metadata"] is importlib.metadata
    assert not deferred_modules.is_deferred("asyncio")
    assert deferred_modules.defer("asyncio") is False


def test_the_windows_preload_defers_them(tmp_path: Path) -> None:
    out = run(
        """
        import sys
        from familiemote import deferred_modules, startup
        startup.start_preload()
        startup.wait_for_preload()
        print("sqlalchemy.orm" in sys.modules, "familiemote.services.cases" in sys.modules,
              deferred_modules.is_deferred("asyncio"),
              deferred_modules.is_deferred("importlib.metadata"))
        """,
        tmp_path,
    )
    assert out.split("\n")[0] == "True True True True"
