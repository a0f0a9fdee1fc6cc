"""The base of the tabs in the case view: each shows one part of a loaded case."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from familiemote.services.cases import CaseDetail
from familiemote.storage.uow import SqlAlchemyUnitOfWork

UowFactory = Callable[[], SqlAlchemyUnitOfWork]


def snapshot(value: Any, leave_out: Iterable[str] = ()) -> Any:
    """``value`` as nested tuples of plain values, equal when what it holds is equal.

    The domain's dataclasses compare by identity (``eq=False``) and every read of a
    case makes new ones; this compares them by content, field by field, so that a tab
    can tell whether what it shows changed. ``leave_out`` names fields of the
    outermost dataclass that are not compared.
    """
    skip = frozenset(leave_out)
    return _snapshot(value, skip, set())


def _snapshot(value: Any, skip: frozenset[str], seen: set[int]) -> Any:
    if value is None or isinstance(value, (str, int, float, bool, dt.date)):
        return value  # dt.datetime is a dt.date
    if isinstance(value, Enum):
        return (type(value).__name__, value.value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if id(value) in seen:  # a reference back up the tree
            return ("seen", type(value).__name__)
        seen.add(id(value))
        fields = tuple(
            (f.name, _snapshot(getattr(value, f.name), frozenset(), seen))
            for f in dataclasses.fields(value)
            if f.name not in skip
        )
        out = (type(value).__name__, *fields)
        seen.discard(id(value))
        return out
    if isinstance(value, dict):
        return tuple(
            sorted(
                ((repr(k), _snapshot(v, frozenset(), seen)) for k, v in value.items()),
                key=lambda kv: kv[0],
            )
        )
    if isinstance(value, (set, frozenset)):
        return tuple(sorted(repr(_snapshot(v, frozenset(), seen)) for v in value))
    if isinstance(value, (list, tuple)):
        return tuple(_snapshot(v, frozenset(), seen) for v in value)
    return repr(value)


class CasePanel(QScrollArea):
    """A scrolling tab that rebuilds its content from a :class:`CaseDetail`.

    Signals:
        changed(): the panel stored a change to the case; the window reloads it.
    """

    changed = Signal()

    def __init__(self, uow_factory: UowFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow_factory = uow_factory
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.detail: CaseDetail | None = None
        self.today = dt.date.today()
        self.setWidget(QWidget())

    def shown(self, detail: CaseDetail, today: dt.date) -> object:
        """What this tab shows of ``detail``, comparable with ``==``; None: not known.

        A tab that can say what it shows is built again after a save only when that
        changed (:meth:`shows_the_same`); one that returns None is built again every time.
        """
        return None

    # the read of the case the tab was built from (or kept), compared by shown()
    _built: tuple[CaseDetail, dt.date] | None = None

    def shows_the_same(self, detail: CaseDetail, today: dt.date) -> bool:
        """True when the tab, as built, already shows what ``detail`` holds.

        Worked out when asked (after a save), not when the tab is built: opening a
        case pays nothing for it.
        """
        if self._built is None:
            return False
        before = self.shown(*self._built)
        return before is not None and bool(self.shown(detail, today) == before)

    def keep(self, detail: CaseDetail, today: dt.date) -> None:
        """Take the newer read of the case without building again (nothing shown changed).

        The buttons act on ``self.detail``, so they act on this read (its version).
        """
        self.detail = detail
        self.today = today
        self._built = (detail, today)

    def show_case(self, detail: CaseDetail, today: dt.date) -> None:
        self.detail = detail
        self.today = today
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        self.build(detail, layout)
        self._built = (detail, today)
        layout.addStretch(1)
        old = self.takeWidget()
        self.setWidget(page)
        if old is not None:
            old.deleteLater()

    def build(self, detail: CaseDetail, layout: QVBoxLayout) -> None:
        raise NotImplementedError
