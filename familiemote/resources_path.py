"""Locate files shipped in the top-level resources/ folder (installed as familiemote.resources)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_folder() -> Path | None:
    """The resources as one folder on disk, or None (a zipped install, several folders).

    Found from the import system's own answer for ``familiemote.resources`` (a normal
    and an editable install alike), without importing ``importlib.resources``: that
    costs 2-3 ms of CPU, and the start needs the translations before its first frame.
    """
    from importlib.util import find_spec

    try:
        spec = find_spec("familiemote.resources")
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if len(locations) == 1 and Path(locations[0]).is_dir():
        return Path(locations[0])
    return None


def resource_path(*parts: str) -> Path:
    """Return a filesystem path to a shipped resource file."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:  # the PyInstaller build (packaging/familiemote.spec)
        return Path(frozen, "familiemote", "resources", *parts)
    folder = resources_folder()
    if folder is not None:
        return folder.joinpath(*parts)
    from importlib.resources import as_file, files

    ref = files("familiemote.resources").joinpath(*parts)
    with as_file(ref) as path:  # a real file for normal and editable installs
        return Path(path)
