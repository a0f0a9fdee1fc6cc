"""A real CUPS queue with a PDF printer (cups-pdf), for the tests that print for real.

The session fixture starts cupsd when it is not running (as root, as in CI), adds
the queue FamiliemotePDF with the cups-pdf backend, and tells where cups-pdf writes
its files. Nothing is skipped: if CUPS cannot be set up, the test fails and says why.
"""

from __future__ import annotations

import contextlib
import fcntl
import glob
import os
import pwd
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PRINTER = "FamiliemotePDF"
CONF = Path("/etc/cups/cups-pdf.conf")
PPD_GLOBS = ("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd", "/usr/share/ppd/cups-pdf/*.ppd")


def _run(*cmd: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    if check and result.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} failed ({result.returncode}): {result.stderr}")
    return result


def _scheduler_running() -> bool:
    if shutil.which("lpstat") is None:
        pytest.fail(
            "CUPS is not installed (lpstat missing): install cups cups-bsd "
            "printer-driver-cups-pdf (scripts/install-and-test.sh does)"
        )
    return "scheduler is running" in _run("lpstat", "-r", check=False).stdout


def output_folder(user: str | None = None) -> Path:
    """Where cups-pdf writes the jobs of ``user`` (its Out setting, expanded)."""
    entry = pwd.getpwuid(os.getuid()) if user is None else pwd.getpwnam(user)
    out = "/var/spool/cups-pdf/${USER}"
    if CONF.exists():
        for line in CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            m = re.match(r"^\s*Out\s+(\S+)", line)
            if m:
                out = m.group(1)
    return Path(out.replace("${HOME}", entry.pw_dir).replace("${USER}", entry.pw_name))


@dataclass
class PdfPrinter:
    name: str
    out_dir: Path
    _seen: set[Path] = field(default_factory=set)

    def existing(self) -> set[Path]:
        return set(self.out_dir.glob("*.pdf")) if self.out_dir.is_dir() else set()

    def _complete(self, path: Path) -> bool:
        """cups-pdf has finished: no job left in the queue and the file is a whole PDF.

        Ghostscript writes the file in pieces, and a stable size over a moment says
        nothing on a busy machine; the queue and the trailer do.
        """
        pending = _run("lpstat", "-W", "not-completed", "-o", self.name, check=False).stdout
        if pending.strip():
            return False
        try:
            data = path.read_bytes()
        except OSError:
            return False
        return data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]

    def wait_for_output(self, before: set[Path], timeout: float = 60) -> Path:
        """The PDF that cups-pdf writes for the job submitted after ``before`` was taken."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            new = sorted(self.existing() - before, key=lambda p: p.stat().st_mtime)
            if new and self._complete(new[-1]):
                return new[-1]
            time.sleep(0.3)
        jobs = _run("lpstat", "-W", "all", "-o", check=False).stdout
        pytest.fail(f"cups-pdf wrote nothing into {self.out_dir} within {timeout} s; jobs: {jobs}")


# Another run of the suite on this machine (a second copy beside this one, or an xdist
# worker) prints to the same queue and the same cups-pdf folder: one test prints at a
# time (PRINTING). Every run that set the queue up holds USING shared until it ends.
# A cupsd that a run started has its pid in STARTED, so that whichever run ends last
# stops it, the run that started it or not; a cupsd that was running before any run
# (the machine's own) is never written there and is left alone. SETUP keeps two runs
# from both starting one.
PRINTING = Path("/tmp/familiemote-tests-cups-printing.lock")
USING = Path("/tmp/familiemote-tests-cups-using.lock")
SETUP = Path("/tmp/familiemote-tests-cups-setup.lock")
STARTED = Path("/tmp/familiemote-tests-cupsd-started.pid")
PID_FILE = Path("/run/cups/cupsd.pid")
_queue: PdfPrinter | None = None


def _running_cupsd() -> int | None:
    """The pid of the cupsd that is running now, from its pid file, if it is one."""
    try:
        pid = int(PID_FILE.read_text().strip())
        comm = Path(f"/proc/{pid}/comm").read_text().strip()
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, ValueError, IndexError):
        return None
    return pid if comm == "cupsd" and state != "Z" else None


def _started_by_a_run() -> int | None:
    """The cupsd running now, if a run of the tests started it (else None)."""
    try:
        recorded = int(STARTED.read_text().strip())
    except (OSError, ValueError):
        return None
    return recorded if recorded == _running_cupsd() else None


def _start_cupsd() -> None:
    """Start cupsd (it daemonizes) and write its pid into STARTED."""
    if os.geteuid() != 0:
        pytest.fail("cupsd is not running and the tests are not root, so they cannot start it")
    _run(shutil.which("cupsd") or "/usr/sbin/cupsd")
    deadline = time.monotonic() + 30
    while not _scheduler_running():
        if time.monotonic() > deadline:
            pytest.fail("cupsd did not start within 30 s")
        time.sleep(0.3)
    pid = _running_cupsd()
    if pid is not None:
        STARTED.write_text(f"{pid}\n")


def _stop_if_started_by_a_run() -> None:
    """Stop the cupsd a run started (by its pid), and wait until it is gone."""
    pid = _started_by_a_run()
    if pid is not None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, 15)
        deadline = time.monotonic() + 30
        while _running_cupsd() == pid and time.monotonic() < deadline:
            time.sleep(0.1)
    STARTED.unlink(missing_ok=True)


def _set_up_queue(config: pytest.Config) -> PdfPrinter:
    global _queue
    if _queue is not None:
        return _queue
    using = USING.open("a")
    fcntl.flock(using, fcntl.LOCK_SH)  # waits while a run that ended stops its cupsd
    with SETUP.open("a") as setup:
        fcntl.flock(setup, fcntl.LOCK_EX)
        if not _scheduler_running():
            _start_cupsd()
        elif _started_by_a_run() is None:
            STARTED.unlink(missing_ok=True)  # the machine's own, or a record left over
    if _run("lpstat", "-p", PRINTER, check=False).returncode != 0:
        ppds = [p for pattern in PPD_GLOBS for p in glob.glob(pattern)]
        if not ppds:
            pytest.fail("no cups-pdf PPD found: install printer-driver-cups-pdf")
        _run("lpadmin", "-p", PRINTER, "-v", "cups-pdf:/", "-E", "-P", ppds[0])
    _run("cupsenable", PRINTER)
    _run("cupsaccept", PRINTER)
    _queue = PdfPrinter(PRINTER, output_folder())

    def done() -> None:
        using.close()  # this run no longer uses the queue
        # Only the last run to end gets USING exclusively (every other run still holds it
        # shared; of two ending together, the second to ask gets it). It stops the cupsd
        # a run started while holding it, so that a run starting meanwhile waits for that
        # and then starts its own.
        with USING.open("a") as last:
            try:
                fcntl.flock(last, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return
            _stop_if_started_by_a_run()

    config.add_cleanup(done)
    return _queue


@pytest.fixture
def cups_pdf_printer(request: pytest.FixtureRequest) -> Iterator[PdfPrinter]:
    """The PDF queue, this test's alone while it runs (see PRINTING)."""
    printer = _set_up_queue(request.config)
    with PRINTING.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a test that never lets go is caught by the timeout
        try:
            yield printer
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
