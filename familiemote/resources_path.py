"""Locate files shipped in the top-level resources/ folder (installed as familiemote.resources)."""

from __future__ import annotations

import sys
from importlib.resources import as_file, files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Return a filesystem path to a shipped resource file."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:  # the PyInstaller build (packaging/familiemote.spec)
        return Path(frozen, "familiemote", "resources", *parts)
    ref = files("familiemote.resources").joinpath(*parts)
    with as_file(ref) as path:  # a real file for normal and editable installs
        return Path(path)
