"""Temporary files that hold case data: where they go, and how they are cleaned up.

A document sent to the printer is a PDF of case data, and ``lp`` needs it as a file:
it is written into a private folder in the system's temp folder and removed as soon
as CUPS has its copy. A print killed midway leaves that folder behind; the next
start removes it. No Qt here: this runs at every start.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

PRINT_TEMP_PREFIX = "familiemote-print-"


@contextlib.contextmanager
def private_temp_dir() -> Iterator[Path]:
    """A temporary folder only the user can read (mode 700), removed afterwards.

    Its name carries the process id, so a folder left by a process that was killed
    midway is found and removed at the next start (:func:`remove_stale_print_folders`).
    """
    path = Path(tempfile.mkdtemp(prefix=f"{PRINT_TEMP_PREFIX}{os.getpid()}-"))
    try:
        os.chmod(path, 0o700)
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def remove_stale_print_folders(temp_root: Path | None = None) -> list[Path]:
    """Remove the print folders (and the PDFs in them) that a killed print left behind.

    Only the user's own folders whose process is gone are removed: a print running
    in another Familiemøte window keeps its folder. Folders from before the process
    id was in the name are removed once they are an hour old. Returns what was removed.
    """
    root = Path(tempfile.gettempdir()) if temp_root is None else temp_root
    getuid = getattr(os, "getuid", None)
    removed = []
    try:
        candidates = list(root.glob(f"{PRINT_TEMP_PREFIX}*"))
    except OSError:
        return []
    for folder in candidates:
        try:
            st = folder.lstat()
        except OSError:
            continue
        if not stat.S_ISDIR(st.st_mode) or (getuid is not None and st.st_uid != getuid()):
            continue
        pid_text = folder.name[len(PRINT_TEMP_PREFIX) :].split("-", 1)[0]
        if pid_text.isdigit() and "-" in folder.name[len(PRINT_TEMP_PREFIX) :]:
            stale = not _process_alive(int(pid_text))
        else:
            stale = time.time() - st.st_mtime > 3600
        if stale:
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                removed.append(folder)
    return removed
