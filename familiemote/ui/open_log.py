"""The read log's entry for a case being opened, written while its tabs are built.

Normen asks that every read of health data is logged. Opening a case writes an
``open`` entry (:func:`familiemote.services.access.record_open`) and commits it;
on a shared server, or on a laptop's disk under load, that commit can take longer
than building the case's tabs. The order kept on every open:

1. the case is read (in a worker thread, ``ops.wait_for``);
2. the log entry is started in a thread of its own, with its own unit of work
   (its own connection and transaction), at the moment the read succeeded;
3. meanwhile the window builds the case's tabs *hidden*: the page on screen stays
   as it was, nothing of the new case is painted or offered to a screen reader,
   and the user's input is held back;
4. only when the entry has been committed is the case's page shown. If the write
   fails, the case is not shown: the pane says to pick a case, and the user is told
   why (:func:`not_logged`).

So a case that was on screen is in the log even if the program is killed the
moment after (the commit is durable: SQLite with ``synchronous = FULL``, or the
server's commit), and a case whose opening could not be logged is never shown.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QCoreApplication

from familiemote.services.access import record_open
from familiemote.storage.uow import UnitOfWork

_writer: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    """One writer thread: an opening waits for its entry, so one is pending at most.

    Its thread is joined when the program ends normally, so an entry being written
    is finished rather than dropped.
    """
    global _writer
    if _writer is None:
        _writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="familiemote-read-log")
    return _writer


def start(uow_factory: Callable[[], UnitOfWork], case_id: int) -> Future[bool]:
    """Start writing and committing that this user opened ``case_id``.

    The future's result is what :func:`record_open` returns (False when this user's
    opening a moment ago is already logged); its exception is the write's failure.
    """
    return _pool().submit(lambda: record_open(uow_factory(), case_id))


def not_logged() -> str:
    """What the user is told when the opening could not be written to the log."""
    return QCoreApplication.translate(
        "OpenLog",
        "Saken ble ikke vist: at du åpnet den, kunne ikke skrives i loggen over hvem "
        "som har sett saken. Prøv igjen om litt. Hvis det gjentar seg, si fra til IT.",
    )
