"""How Familiemøte talks to a database server that is slow or gone: timeouts, and no
parameters in error text.

Every bound is set by default and can be changed per installation in the
database address, as libpq options (``?connect_timeout=5``), or with these
environment variables:

``FAMILIEMOTE_PG_CONNECT_TIMEOUT``
    seconds to wait for a new connection (default 10);
``FAMILIEMOTE_PG_STATEMENT_TIMEOUT``
    seconds one statement may run on the server (default 30; the server cancels it);
``FAMILIEMOTE_PG_CLIENT_TIMEOUT``
    seconds the app waits for any answer before it gives the connection up
    (default: the statement timeout plus 5). This bound holds also when the server
    process itself is stopped or the network is gone and nothing at all comes back:
    the connection's socket is shut down, the statement fails with an error the
    app words as «Databaseserveren svarer ikke», and the pool (``pool_pre_ping``)
    connects anew once the server is back.

TCP keepalives are on (idle 30 s, every 10 s, 3 tries), so a connection through
a firewall that drops it silently is noticed.

The window never waits on the server itself: the desktop app sets a *driver-call
runner* (:func:`set_driver_runner`) through which every call that talks to the
server (connect, execute, commit, rollback, ping, close) is made. The app's runner
hands the call to a worker thread and keeps its event loop turning meanwhile
(familiemote/ui/ops.py), so a silent server never freezes the window; without a
runner (the command line, the tests of this layer) the calls are made directly.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import socket
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine

log = logging.getLogger(__name__)
T = TypeVar("T")

# How a call to the driver is made (see the module text); None: directly.
DriverRunner = Callable[[Callable[[], Any]], Any]
_runner: DriverRunner | None = None


def set_driver_runner(runner: DriverRunner | None) -> DriverRunner | None:
    """Make every server engine's driver calls through ``runner`` (None: directly);
    returns the runner it replaces. It applies to engines made before and after."""
    global _runner
    previous, _runner = _runner, runner
    return previous


def _through_runner(call: Callable[..., T]) -> Callable[..., T]:
    def run(*args: Any, **kwargs: Any) -> T:
        runner = _runner
        if runner is None:
            return call(*args, **kwargs)
        # a partial: the runner can tell which call it makes, on which connection
        result: T = runner(functools.partial(call, *args, **kwargs))
        return result

    return run


# the dialect's methods that talk to the server, as SQLAlchemy 2 calls them
_DRIVER_CALLS = (
    "connect",
    "do_execute",
    "do_executemany",
    "do_execute_no_params",
    "do_commit",
    "do_rollback",
    "do_ping",
    "do_close",
)

DEFAULT_CONNECT_TIMEOUT_S = 10
DEFAULT_STATEMENT_TIMEOUT_S = 30
CLIENT_MARGIN_S = 5
ENV_CONNECT = "FAMILIEMOTE_PG_CONNECT_TIMEOUT"
ENV_STATEMENT = "FAMILIEMOTE_PG_STATEMENT_TIMEOUT"
ENV_CLIENT = "FAMILIEMOTE_PG_CLIENT_TIMEOUT"


# set in a connection's ``info`` for work that may rightly take long (migrations)
NO_TIMEOUT = "familiemote_no_timeout"


def without_timeouts(conn: Any) -> None:
    """Lift the statement timeout and the client-side bound for this connection's
    transaction: a migration of a large database may rightly run for minutes."""
    conn.info[NO_TIMEOUT] = True
    conn.exec_driver_sql("SET LOCAL statement_timeout = 0")


def _env_seconds(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        log.warning("%s is not a number of seconds; the default is used", name)
        return default
    return value if value > 0 else default


def connect_timeout_s() -> int:
    return max(1, int(_env_seconds(ENV_CONNECT, DEFAULT_CONNECT_TIMEOUT_S)))


def statement_timeout_s() -> float:
    return _env_seconds(ENV_STATEMENT, DEFAULT_STATEMENT_TIMEOUT_S)


def client_timeout_s() -> float:
    return _env_seconds(ENV_CLIENT, statement_timeout_s() + CLIENT_MARGIN_S)


def server_engine_kwargs(url: URL) -> dict[str, Any]:
    """Engine arguments for a PostgreSQL server; options already in ``url`` win."""
    query = dict(url.query)
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in query:
        connect_args["connect_timeout"] = connect_timeout_s()
    if "keepalives" not in query:
        connect_args.update(
            keepalives=1, keepalives_idle=30, keepalives_interval=10, keepalives_count=3
        )
    if "options" not in query:
        ms = int(statement_timeout_s() * 1000)
        connect_args["options"] = f"-c statement_timeout={ms}"
    return {
        "pool_pre_ping": True,
        # an error's text never carries the statement's values (names, notes)
        "hide_parameters": True,
        "connect_args": connect_args,
    }


def _shut(dbapi_connection: Any) -> None:
    """Shut the connection's socket down, so a read that waits for a stopped server ends."""
    try:
        fd = dbapi_connection.pgconn.socket
        sock = socket.socket(fileno=os.dup(fd))
    except Exception:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.close()
    log.warning("database server gave no answer within %.0f s; connection given up",
                client_timeout_s())


def install_client_timeout(engine: Engine) -> None:
    """Bound every statement's wait on the client side too (see the module text)."""
    timers: dict[int, threading.Timer] = {}

    @event.listens_for(engine, "before_cursor_execute")
    def _start(conn: Any, _cursor: Any, _stmt: Any, _params: Any, _ctx: Any, _many: Any) -> None:
        if conn.info.get(NO_TIMEOUT):
            return
        dbapi = conn.connection.dbapi_connection
        timer = threading.Timer(client_timeout_s(), _shut, args=(dbapi,))
        timer.daemon = True
        timers[id(dbapi)] = timer
        timer.start()

    def _stop(conn: Any, *_args: Any) -> None:
        dbapi = conn.connection.dbapi_connection
        timer = timers.pop(id(dbapi), None)
        if timer is not None:
            timer.cancel()

    event.listen(engine, "after_cursor_execute", _stop)
    event.listen(engine, "handle_error", lambda ctx: _stop_ctx(ctx, timers))

    # the pool's pre-ping talks to the driver directly, past the events above
    ping = engine.dialect.do_ping

    def bounded_ping(dbapi_connection: Any) -> bool:
        timer = threading.Timer(client_timeout_s(), _shut, args=(dbapi_connection,))
        timer.daemon = True
        timer.start()
        try:
            return bool(ping(dbapi_connection))
        finally:
            timer.cancel()

    engine.dialect.do_ping = bounded_ping  # type: ignore[method-assign]
    install_runner(engine)


def install_runner(engine: Engine) -> None:
    """Make this engine's driver calls through the runner set by :func:`set_driver_runner`
    (looked up at each call, so one set later applies too)."""
    dialect = engine.dialect
    for name in _DRIVER_CALLS:
        setattr(dialect, name, _through_runner(getattr(dialect, name)))


def _stop_ctx(ctx: Any, timers: dict[int, threading.Timer]) -> None:
    conn = ctx.connection
    if conn is None:
        return
    try:
        dbapi = conn.connection.dbapi_connection
    except Exception:
        return
    timer = timers.pop(id(dbapi), None)
    if timer is not None:
        if timer.finished.is_set():  # the bound gave up on the server (not cancelled yet)
            with contextlib.suppress(Exception):  # told as a timeout, not a lost line
                ctx.original_exception.given_up_by_client = True
        timer.cancel()
