"""Types of the shared fixtures, for annotating test functions.

``ui_uow`` and ``uow_factory`` give a new unit of work per call; ``make_window``
opens the main window on the test's database (tests/ui/conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from familiemote.storage.uow import SqlAlchemyUnitOfWork

if TYPE_CHECKING:
    from familiemote.ui.main_window import MainWindow

UowFactory = Callable[[], SqlAlchemyUnitOfWork]
MakeWindow = Callable[[], "MainWindow"]
