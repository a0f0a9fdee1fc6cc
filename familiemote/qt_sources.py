"""Keep PySide6 from holding the source text of every module imported after it.

PySide6's feature switch (``from __feature__ import snake_case``) asks of every module
imported after PySide6 whether its source mentions PySide6. It asks through
``inspect.getsource``, which leaves the whole text of each module in ``linecache``
for the life of the process: every module of the app, SQLAlchemy's and the standard
library's that load after the first window, about 20 MiB of a running window (measured
with tracemalloc). :func:`install` answers the same question by reading the file and
keeping nothing. The answer is the same; only what is kept differs.

PySide6 also asks the same question, the same way, of every module already loaded when
it is first imported, and of those loaded between then and :func:`install` (the
standard library's ``inspect``, ``typing``, ``argparse``... about 270 files, 3 MiB).
:func:`install` drops those texts from ``linecache`` too. Only entries read from a
file are dropped: a traceback reads the file again when it needs a line.
"""

from __future__ import annotations

import linecache
from types import ModuleType
from typing import Any


def install() -> bool:
    """Replace PySide6's source check with one that keeps nothing; True if it was replaced.

    Called before the window's own modules are imported: each module imported after
    PySide6 goes through the check, and PySide6's own way (``inspect.getsource``) costs
    about 0.2 ms a module, some 15 ms of CPU before the first frame.
    """
    try:
        import PySide6  # noqa: F401 - loads shiboken, which provides shibokensupport
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:  # another PySide6: leave it as it is
        return False
    original: Any = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "keeps_no_source", False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:  # as inspect.getsource: no source, no PySide6
                return False
        return bool(original(module))  # built-in, compiled or zipped: PySide6's own way

    uses_pyside.keeps_no_source = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
    drop_file_sources()
    return True


def drop_file_sources() -> int:
    """Remove from ``linecache`` the texts read from files; the number removed.

    An entry with no modification time was put there by code that has no file (a
    ``<string>`` or an interactive session): it cannot be read again and is kept.
    """
    dropped = 0
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:  # (size, mtime, lines, fullname)
            linecache.cache.pop(name, None)
            dropped += 1
    return dropped
