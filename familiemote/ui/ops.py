"""Long work off the GUI thread: a database on a slow server, PDF rendering, printing,
backups.

Two ways in, one mechanism (a worker thread whose result is handed back to the
GUI thread through a queued signal):

* :func:`wait_for` runs ``work`` in a worker thread and returns its result (or
  raises its exception) to the caller, like a plain call, while the event loop
  keeps turning: the window repaints, timers fire, a screen reader is answered.
  The user's clicks and keys are held back until the work is done (so nothing is
  started twice or on a half-loaded case), the cursor is a wait cursor, and after
  a moment a small progress window says what is being done. Code that reads
  "``detail = wait_for(lambda: get_case(...), self)``" stays as simple as before.
* :func:`run_in_background` starts the work and returns at once; ``on_done``
  gets the result on the GUI thread, and a :class:`DomainError` is shown worded
  by :mod:`familiemote.messages` (or handed to ``on_error``).

The work must not touch widgets: it reads and writes through the services (each
call opens its own unit of work, so its own database connection) and builds
plain values (bytes, QImage, dataclasses). Widgets are updated by the caller
afterwards, on the GUI thread.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QProgressDialog, QWidget

from familiemote.domain.errors import DomainError
from familiemote.ui import gui_gc

T = TypeVar("T")

# The progress window appears only for work that takes noticeably long.
PROGRESS_DELAY_MS = 400
# quiet work (wait_for(quiet_ms=...)) that ends within this is waited for plainly
QUICK_MS = 5

# Events by which the user starts something: held back while work runs.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Wheel,
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Close,
        QEvent.Type.ContextMenu,
    }
)

_running = 0  # how many waits are under way (nested waits are allowed)


def is_running() -> bool:
    """Whether work started by :func:`wait_for` is still under way (tests, the bench)."""
    return _running > 0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Ops", text)


class _Bridge(QObject):
    """Lives in the GUI thread; the worker emits, the GUI thread receives (queued).

    The worker's job holds the bridge and may well be the last to let go of it: a
    thread pool drops a job some time after it ended, and a cancelled wait returns
    before its work ends. An object that Python owns is deleted in the thread that
    drops the last reference to it, and Qt allows a QObject to be deleted only in its
    own thread; deleted in the worker, it races with the GUI thread's use of Qt and
    may corrupt the heap (the program ends, with what was typed and not saved). So a
    bridge belongs to the application object, and the worker's last act on it is
    :meth:`release` (``deleteLater``, safe from any thread): the GUI thread deletes it.
    """

    finished = Signal()
    progressed = Signal(int, int)

    @classmethod
    def for_a_wait(cls) -> _Bridge:
        return cls(QCoreApplication.instance())

    def release(self) -> None:
        """The worker is done with the bridge (called last, in the worker)."""
        self.deleteLater()


class _InputBlocker(QObject):
    """Swallows the user's input to every window while the work runs."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            if event.type() == QEvent.Type.Close:
                event.ignore()
            return True
        return False


class _Progress:
    """The wait cursor at once, the status-bar message at once, the window after a moment."""

    def __init__(self, parent: QWidget | None, label: str, quiet_ms: int = 0) -> None:
        self.parent = parent
        self.label = label
        self.dialog: QProgressDialog | None = None
        self.status: QMainWindow | None = None
        self.cursor = False
        self.last: tuple[int, int] = (0, 0)
        # work that is usually over at once (one statement) shows nothing for quiet_ms
        self.quiet = QTimer()
        self.quiet.setSingleShot(True)
        self.quiet.timeout.connect(self._busy)
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._show)
        self.timer.start(max(PROGRESS_DELAY_MS, quiet_ms))
        if quiet_ms > 0:
            self.quiet.start(quiet_ms)
        else:
            self._busy()

    def _busy(self) -> None:
        window = self.parent.window() if self.parent is not None else None
        if isinstance(window, QMainWindow) and self.label:
            self.status = window
            window.statusBar().showMessage(self.label)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.cursor = True

    def _show(self) -> None:
        dialog = QProgressDialog(self.label or _tr("Arbeider …"), "", 0, 0, self.parent)
        dialog.setWindowTitle("Familiemøte")
        dialog.setCancelButton(None)  # work is not stopped midway
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(self.label or _tr("Arbeider …"))
        self.dialog = dialog
        self.update(*self.last)
        dialog.show()

    def update(self, done: int, total: int) -> None:
        self.last = (done, total)
        if self.dialog is not None and total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))

    def close(self) -> None:
        self.timer.stop()
        self.quiet.stop()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        if self.cursor:
            QApplication.restoreOverrideCursor()
        if self.status is not None:
            self.status.statusBar().clearMessage()


def _gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def wait_for(
    work: Callable[[], T],
    parent: QWidget | None = None,
    label: str = "",
    *,
    progress: Callable[[Callable[[int, int], None]], T] | None = None,
    quiet_ms: int = 0,
) -> T:
    """Run ``work`` in a worker thread; return its result, with the event loop turning.

    ``progress``, when given instead of ``work``'s plain call, is called with a
    ``report(done, total)`` callback the worker may call as it goes (shown as a
    bar). Exceptions of the work are raised here, on the GUI thread. With
    ``quiet_ms`` the wait cursor and the status-bar label wait that long too (for
    work that is usually over at once); input is held back from the start.
    """
    global _running
    if not _gui_thread():  # already off the GUI thread (or no Qt at all): just run it
        return progress(lambda _d, _t: None) if progress is not None else work()
    app = QCoreApplication.instance()
    assert app is not None
    outcome: dict[str, Any] = {}
    done = threading.Event()
    bridge = _Bridge.for_a_wait()
    loop = QEventLoop()
    bridge.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def target() -> None:
        try:
            if progress is not None:
                outcome["result"] = progress(lambda d, t: bridge.progressed.emit(d, t))
            else:
                outcome["result"] = work()
        except BaseException as exc:
            outcome["error"] = exc
        finally:
            done.set()
            bridge.finished.emit()
            bridge.release()

    _running += 1
    gui_gc.hold()  # the cycle collector waits for the GUI thread (see there)
    try:
        if quiet_ms > 0 and progress is None:
            # quiet work (one statement) is usually over within a few milliseconds: it
            # goes to a waiting thread, and unless it takes longer no progress, filter
            # or event loop is set up at all
            _quick_pool().submit(target)
            if not done.wait(QUICK_MS / 1000):
                _turn_until(done, loop, app, bridge, parent, label, quiet_ms)
        else:
            # the cursor and the label are up before the work starts
            worker = threading.Thread(target=target, name="familiemote-work", daemon=True)
            _turn_until(done, loop, app, bridge, parent, label, quiet_ms, start=worker.start)
            worker.join()
    finally:
        _running -= 1
        gui_gc.release()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]


_pool: ThreadPoolExecutor | None = None


def _quick_pool() -> ThreadPoolExecutor:
    """Threads kept waiting for quiet work (several: a timer may start more such work
    while one waits on a silent server)."""
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="familiemote-work")
    return _pool


def _turn_until(
    done: threading.Event,
    loop: QEventLoop,
    app: QCoreApplication,
    bridge: _Bridge,
    parent: QWidget | None,
    label: str,
    quiet_ms: int,
    start: Callable[[], None] | None = None,
) -> None:
    """Turn the event loop until ``done``: input held back, the progress shown
    (``start``, when given, starts the work once they are)."""
    shown = _Progress(parent, label, quiet_ms)
    bridge.progressed.connect(shown.update, Qt.ConnectionType.QueuedConnection)
    blocker = _InputBlocker()
    app.installEventFilter(blocker)
    try:
        if start is not None:
            start()
        while not done.is_set():
            loop.exec()  # quit by the worker's queued «finished» (posted even if early)
    finally:
        app.removeEventFilter(blocker)
        shown.close()


class Cancelled(Exception):
    """The user cancelled a :func:`wait_or_cancel`: the work was left to end on its own."""


_given_up_running = 0  # cancelled work whose thread has not ended yet


def given_up_running() -> int:
    """How many cancelled waits still have their work running (tests, shutdown)."""
    return _given_up_running


class _OnlyTo(QObject):
    """Holds back the user's input to every window but ``dialog`` (its Avbryt stays usable)
    and a modal window opened over it meanwhile (a message is answered)."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__()
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _INPUT_EVENTS:
            return False
        if not shiboken6.isValid(self.dialog):
            return True
        on_top = QApplication.activeModalWidget()
        for allowed in (self.dialog, on_top):
            if allowed is None:
                continue
            if isinstance(watched, QWidget) and watched.window() is allowed:
                return False
            if isinstance(watched, QWindow) and watched is allowed.windowHandle():
                return False
        if event.type() == QEvent.Type.Close:
            event.ignore()
        return True


class CancelWindow:
    """A progress window with «Avbryt», shown at once, holding back the user's input to
    every other window (Avbryt, Esc and its close button still work).

    One such window may serve several waits in a row (:func:`wait_or_cancel` with
    ``within=``): a start on a server shows one window for its reads, and Avbryt gives
    up whichever of them is under way, and every one after it (:attr:`cancelled`)."""

    def __init__(self, parent: QWidget | None, label: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        self._app = app
        self.cancelled = False
        self._waits: list[Callable[[], None]] = []  # the waits under way: told of a cancel
        dialog = QProgressDialog(label, _tr("Avbryt"), 0, 0, parent)
        dialog.setWindowTitle("Familiemøte")
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(label)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.canceled.connect(self._cancel)
        self.dialog = dialog
        self._blocker = _OnlyTo(dialog)
        app.installEventFilter(self._blocker)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # busy, yet Avbryt works
        self._open = True
        dialog.show()

    def set_label(self, label: str) -> None:
        """What is being done now (the next step of the same start)."""
        self.dialog.setLabelText(label)
        self.dialog.setAccessibleName(label)

    def _cancel(self) -> None:
        self.cancelled = True
        for give_up in list(self._waits):
            give_up()

    def close(self) -> None:
        if not self._open:
            return
        self._open = False
        QApplication.restoreOverrideCursor()
        self._app.removeEventFilter(self._blocker)
        self.dialog.canceled.disconnect(self._cancel)
        self.dialog.hide()
        self.dialog.deleteLater()

    def __enter__(self) -> CancelWindow:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def wait_or_cancel(
    work: Callable[[], T],
    parent: QWidget | None,
    label: str,
    *,
    discard: Callable[[T], object] | None = None,
    within: CancelWindow | None = None,
    on_cancel: Callable[[], object] | None = None,
) -> T:
    """Like :func:`wait_for`, with a progress window whose «Avbryt» gives up waiting.

    For a wait the user may rightly not want to sit out (connecting to a server over
    a slow line at start). The window shows at once, so Avbryt is there from the
    start (``within``: the window of a whole start, already shown; a wait after its
    Avbryt is not started at all). On Avbryt :class:`Cancelled` is raised here at
    once; the work cannot be stopped midway, so it runs on in its thread (``on_cancel``
    may hurry it: a server connection's line is cut), and its late result is handed
    to ``discard`` there (a database opened after all is closed again). Nothing is
    shown or kept from it.
    """
    if not _gui_thread():
        return work()
    if within is not None and within.cancelled:
        raise Cancelled()
    shown = within if within is not None else CancelWindow(parent, label)
    if within is not None and label:
        within.set_label(label)
    lock = threading.Lock()
    outcome: dict[str, Any] = {}
    given_up: list[bool] = []
    done = threading.Event()
    bridge = _Bridge.for_a_wait()
    loop = QEventLoop()
    bridge.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def target() -> None:
        global _given_up_running
        made: list[T] = []
        try:
            made.append(work())
        except BaseException as exc:
            outcome["error"] = exc
        finally:
            with lock:  # the result is kept, or the wait was given up: never both
                late = bool(given_up)
                if made and not late:
                    outcome["result"] = made[0]
                done.set()
            if late:
                if made and discard is not None:
                    try:
                        discard(made[0])
                    except Exception:  # nobody is waiting for it any more
                        import logging

                        logging.getLogger("familiemote").warning("a late result not discarded")
                with lock:
                    _given_up_running -= 1
            bridge.finished.emit()
            bridge.release()

    def cancel() -> None:
        global _given_up_running
        with lock:
            if not done.is_set():
                given_up.append(True)
                _given_up_running += 1
        if given_up and on_cancel is not None:
            try:
                on_cancel()
            except Exception:  # the work ends by its own bound instead
                import logging

                logging.getLogger("familiemote").warning("cancelled work not hurried")
        loop.quit()

    shown._waits.append(cancel)
    global _running
    _running += 1
    gui_gc.hold()  # the cycle collector waits for the GUI thread (see there)
    try:
        worker = threading.Thread(target=target, name="familiemote-work", daemon=True)
        worker.start()
        while not done.is_set() and not given_up:
            loop.exec()
    finally:
        _running -= 1
        gui_gc.release()
        shown._waits.remove(cancel)
        if within is None:
            shown.close()
    if given_up:
        raise Cancelled()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]


class BackgroundOp(QObject):
    """Work started by :func:`run_in_background`; ``done`` fires on the GUI thread."""

    done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result: Any = None
        self.error: BaseException | None = None
        self.worker: threading.Thread | None = None

    def wait(self, timeout: float | None = None) -> None:
        """Block until the worker has finished (tests and shutdown only)."""
        if self.worker is not None:
            self.worker.join(timeout)


def run_in_background(
    work: Callable[[], T],
    on_done: Callable[[T], None],
    parent: QWidget | None = None,
    *,
    label: str = "",
    on_error: Callable[[BaseException], None] | None = None,
) -> BackgroundOp:
    """Start ``work`` in a worker thread and return at once (the window stays usable).

    ``on_done(result)`` runs on the GUI thread. A :class:`DomainError` is shown to
    the user worded by :func:`familiemote.messages.error_text` unless ``on_error``
    takes it; any other exception goes to ``sys.excepthook`` (logged, a plain box).
    """
    op = BackgroundOp(parent)
    if label and parent is not None and isinstance(parent.window(), QMainWindow):
        window = parent.window()
        assert isinstance(window, QMainWindow)
        window.statusBar().showMessage(label)
    else:
        window = None

    def finish() -> None:
        op.wait()  # the worker is past its last act (the emit): it ends at once
        gui_gc.release()
        if window is not None:
            window.statusBar().clearMessage()
        try:
            if op.error is None:
                on_done(op.result)
            elif on_error is not None:
                on_error(op.error)
            elif isinstance(op.error, DomainError):
                from familiemote.messages import error_text

                QMessageBox.warning(parent, "Familiemøte", error_text(op.error))
            else:
                import sys

                sys.excepthook(type(op.error), op.error, op.error.__traceback__)
        finally:
            # done with: not kept by its parent (or by this slot) for the window's life
            op.deleteLater()

    op.done.connect(finish, Qt.ConnectionType.QueuedConnection)

    def target() -> None:
        try:
            op.result = work()
        except BaseException as exc:
            op.error = exc
        finally:
            op.done.emit()

    op.worker = threading.Thread(target=target, name="familiemote-background", daemon=True)
    gui_gc.hold()  # the cycle collector waits for the GUI thread (see there) until finish
    op.worker.start()
    return op


# -- a database server's calls ----------------------------------------------------------

# a statement on a healthy server takes milliseconds: nothing shows unless one waits longer
SERVER_QUIET_MS = 150
# the main windows that asked for it, by id (weakly: a window closed and left for the
# garbage collector does not keep the runner on)
_server_owners: dict[int, weakref.ref[QObject]] = {}


def keep_turning_on_server(owner: QObject) -> None:
    """While ``owner`` (the main window) is shown, every call to a database server made on
    the GUI thread (connect, statement, commit, ping) runs through :func:`wait_for`: the
    window keeps repainting and its timers keep running however long the server takes,
    the user's clicks are held back (a second click on Save does not save twice), and
    after a moment the wait cursor and «Venter på databaseserveren …» show. A call that
    finds the server gone starts the server watch (ui/server_watch.py), which says when
    the server answers again.

    An SQLite file is not affected (its engine has no runner).
    """
    from familiemote.storage import pg_options

    key = id(owner)
    if key in _server_owners:
        return
    _server_owners[key] = weakref.ref(owner)
    owner.destroyed.connect(lambda *_args: _server_owners.pop(key, None))
    pg_options.set_driver_runner(_server_call)


_starting = 0  # a main window is being built (its first reads, before it is shown)
_start_window: CancelWindow | None = None  # the start's window with «Avbryt», if any


@contextmanager
def turning_while_starting(cancel: CancelWindow | None = None) -> Iterator[None]:
    """While the main window is built on a database server (the reads of its menus and
    panels, before it is shown), the server's calls on the GUI thread run through
    :func:`wait_for` too, as they do once it is shown: the progress window keeps
    painting over a slow line.

    With ``cancel`` (the start's progress window) each call waits with its «Avbryt»:
    a call under way is given up (its connection's line is cut, so the server ends it
    and nothing of it is committed) and :class:`Cancelled` raised; every call after
    that raises it at once, except what returns a connection (rolling back, closing),
    which is done. The caller then drops what was built (``cancel.cancelled``)."""
    global _starting, _start_window
    from familiemote.storage import pg_options

    pg_options.set_driver_runner(_server_call)
    _starting += 1
    before, _start_window = _start_window, cancel or _start_window
    try:
        yield
    finally:
        _starting -= 1
        _start_window = before


def window_shown() -> bool:
    """Whether a main window that asked for :func:`keep_turning_on_server` is shown."""
    for ref in list(_server_owners.values()):
        owner = ref()
        if isinstance(owner, QWidget) and shiboken6.isValid(owner) and owner.isVisible():
            return True
    return False


def _server_call(call: Callable[[], T]) -> T:
    if not _gui_thread() or not (_starting or window_shown()):
        return call()  # a worker thread, the command line, no window yet: just make the call
    if _starting and _start_window is not None:
        return _start_call(call, _start_window)
    parent = QApplication.activeModalWidget() or QApplication.activeWindow()
    try:
        return wait_for(call, parent, _tr("Venter på databaseserveren …"), quiet_ms=SERVER_QUIET_MS)
    except Exception as exc:
        if server_gone(exc):
            from familiemote.ui.server_watch import server_watch

            server_watch().notice_lost(parent)
        raise


# the driver calls that hand a connection back (after a cancel they are still made)
_RETURNING = frozenset({"do_rollback", "do_close"})


def _driver_call(call: Callable[[], Any]) -> tuple[str, tuple[Any, ...]]:
    """The dialect method a driver call makes, and its arguments (storage/pg_options.py
    hands them over as a ``functools.partial``); ("", ()) when it cannot tell."""
    func = getattr(call, "func", None)
    return getattr(func, "__name__", ""), tuple(getattr(call, "args", ()))


def _connection_of(name: str, args: tuple[Any, ...]) -> Any:
    """The driver connection a dialect call is made on (None for a new connection)."""
    if not args or name == "connect":
        return None
    if name.startswith("do_execute"):
        return getattr(args[0], "connection", None)  # the cursor's
    return args[0]


def _cut(dbapi_connection: Any) -> None:
    """Shut a server connection's socket: a call waiting on it ends at once, and the
    server ends its session (rolling back what it had not committed)."""
    import os
    import socket

    fd = dbapi_connection.pgconn.socket
    sock = socket.socket(fileno=os.dup(fd))
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.close()


def _close_late(connection: Any) -> None:
    """A connection that came after Avbryt: closed, never used."""
    close = getattr(connection, "close", None)
    if close is not None:
        close()


def _start_call(call: Callable[[], T], shown: CancelWindow) -> T:
    """A driver call while the window is built, with the start's «Avbryt»."""
    name, args = _driver_call(call)
    if shown.cancelled:
        if name in _RETURNING:  # a connection handed back: done (cut ones at once)
            return wait_for(call, shown.dialog, quiet_ms=SERVER_QUIET_MS)
        raise Cancelled()
    connection = _connection_of(name, args)
    result: T = wait_or_cancel(
        call,
        shown.dialog,
        "",
        within=shown,
        discard=_close_late if name == "connect" else None,
        on_cancel=(lambda: _cut(connection)) if connection is not None else None,
    )
    return result


def server_gone(exc: BaseException) -> bool:
    """Whether the driver's ``exc`` says the server is gone or silent (the connection
    broke, or no answer within the bound), not a refused statement, a conflict with
    another user's change, or a full server (error_report.server_trouble_kind)."""
    from familiemote.error_report import ServerTrouble, server_trouble_kind

    return server_trouble_kind(exc) in (ServerTrouble.LOST, ServerTrouble.TIMEOUT)
