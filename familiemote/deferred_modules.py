"""Standard-library modules SQLAlchemy imports at start-up but the app seldom uses.

SQLAlchemy's ``util.compat`` imports :mod:`asyncio` (for its asyncio extension)
and :mod:`importlib.metadata` (for dialect plug-ins) whenever it is imported.
The app uses neither on a file database: measured in the real start at 2,000
cases, they and what they import (``ssl``, ``email``, ``csv``, ``subprocess`` and
some fifty more modules) hold about 4 MiB of the window's peak memory and take
some 25 ms of the start.

:func:`install` puts a stand-in for each in ``sys.modules`` before SQLAlchemy is
imported. The stand-in loads the real module the first time anything is read from
it (a server connection's driver, ``familiemote.__version__``, a test), and hands
on every later read, so behaviour is the same, only later. A module already
imported is left as it is, so calling it late (or in a test process, where
SQLAlchemy is loaded already) changes nothing.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

# The stand-ins' names, each with the attributes it answers without loading.
# ``asyncio.iscoroutine`` is read (not called) when SQLAlchemy's concurrency
# module is imported: it gets a function that loads asyncio when it is called.
DEFERRED: tuple[str, ...] = ("asyncio", "importlib.metadata")

_lock = threading.RLock()


class Deferred(types.ModuleType):
    """A module not loaded yet: the first attribute read loads the real one."""

    def __getattr__(self, attr: str) -> Any:
        return getattr(load(self.__name__), attr)


def load(name: str) -> types.ModuleType:
    """The real module ``name``, imported now if only its stand-in was there."""
    with _lock:  # two threads: one imports, the other waits and finds it
        current = sys.modules.get(name)
        if current is not None and not isinstance(current, Deferred):
            return current
        if current is not None:
            del sys.modules[name]
        real = importlib.import_module(name)
        parent, _, child = name.rpartition(".")
        if parent and isinstance(getattr(sys.modules[parent], child, None), Deferred):
            setattr(sys.modules[parent], child, real)
        return real


def _iscoroutine(obj: object) -> bool:
    real: Any = load("asyncio")
    return bool(real.iscoroutine(obj))


_READY: dict[str, dict[str, Any]] = {"asyncio": {"iscoroutine": _iscoroutine}}


def defer(name: str) -> bool:
    """Put a stand-in for ``name`` in ``sys.modules``; False if it is imported already."""
    with _lock:
        if name in sys.modules:
            return False
        spec = importlib.util.find_spec(name)
        if spec is None:
            return False
        stand_in = Deferred(name)
        # what the import system and PySide's import hook read, so that neither loads it
        stand_in.__spec__ = spec
        stand_in.__loader__ = spec.loader
        stand_in.__file__ = spec.origin
        stand_in.__dict__.update(_READY.get(name, {}))
        sys.modules[name] = stand_in
        parent, _, child = name.rpartition(".")
        if parent:  # ``from importlib import metadata`` reads the parent's attribute
            setattr(importlib.import_module(parent), child, stand_in)
        return True


def install() -> None:
    """Defer :data:`DEFERRED` (each one not imported yet). Safe to call again."""
    for name in DEFERRED:
        defer(name)


def is_deferred(name: str) -> bool:
    """Whether ``name`` is still only a stand-in (for tests and the bench)."""
    return isinstance(sys.modules.get(name), Deferred)
