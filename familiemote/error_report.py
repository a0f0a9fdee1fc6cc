"""Error output that never carries case content.

An exception's text can hold what a user wrote: a database driver quotes the
statement's values ("Key (first_name)=(Emma) already exists"), a validation
error its input. Tracebacks written to a log or to standard error therefore hold
only where the error happened (file, line, function) and its kind (the exception
class, and for our own errors their code), never the exception's message, its
arguments or any local variable.

``server_trouble`` tells a lost or silent database server apart from a bug, so
the GUI and the command line can say «Databaseserveren svarer ikke» instead of
«uventet feil».
"""

from __future__ import annotations

import traceback
from enum import Enum
from types import TracebackType

from familiemote.domain.errors import DatabaseOpenCode, DatabaseOpenError

# what a server says when it (re)connects and refuses; anything else midway is silence
_REFUSALS = frozenset(
    {
        DatabaseOpenCode.PASSWORD_MISSING,
        DatabaseOpenCode.LOGIN_FAILED,
        DatabaseOpenCode.REFUSED,
        DatabaseOpenCode.NO_ACCESS,
        DatabaseOpenCode.NO_SUCH_DATABASE,
        DatabaseOpenCode.CERTIFICATE,
    }
)


def error_kind(exc: BaseException) -> str:
    """The exception's class, and for our own errors their code: no text from the data."""
    name = f"{type(exc).__module__}.{type(exc).__qualname__}"
    code = getattr(exc, "code", None)
    value = getattr(code, "value", None)
    if isinstance(value, str):
        name += f" [{value}]"
    orig = getattr(exc, "orig", None)  # the driver's error under SQLAlchemy's
    if isinstance(orig, BaseException):
        name += f" <- {type(orig).__module__}.{type(orig).__qualname__}"
        sqlstate = getattr(orig, "sqlstate", None)
        if isinstance(sqlstate, str):
            name += f" (SQLSTATE {sqlstate})"
    return name


def safe_traceback(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """A traceback with places and kinds only, for every exception in the chain."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__ if current is not exc else tb)
        lines = [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
        parts.append("\n".join(["Traceback (most recent call last):", *lines, error_kind(current)]))
        current = current.__cause__ or current.__context__
    return "\n\nwhile handling, or caused by:\n\n".join(reversed(parts)) + "\n"


class ServerTrouble(Enum):
    """What happened to a call to the database server, as the user is told it."""

    LOST = "lost"  # the connection broke (server stopped or restarted, network gone)
    TIMEOUT = "timeout"  # the server did not answer within the time bound
    DENIED = "denied"  # the server refused the statement: the login lacks the right
    CONFLICT = "conflict"  # another user's change got in the way (serialization, lock, deadlock)
    FULL = "full"  # the server is out of room: disk, memory or connections


# SQLSTATE classes and codes (PostgreSQL's «Appendix A. Error Codes»)
_CONFLICT_STATES = frozenset({"40001", "40P01", "55P03"})
_LOST_STATES = frozenset({"57P01", "57P02", "57P03"})
_FULL_WORDS = ("no space left on device", "could not extend file", "too many clients",
               "too many connections", "connection slots are reserved", "out of memory",
               "disk full")
_TIMEOUT_WORDS = ("timeout expired", "statement timeout", "timed out")


def server_trouble_kind(exc: BaseException) -> ServerTrouble | None:
    """What happened at the server behind ``exc``, by the driver's SQLSTATE (and its
    wording where a connection failure has none); None when ``exc`` is not the
    database server's error (a bug, a refusal of the app's own rules)."""
    orig = getattr(exc, "orig", None)
    driver = orig if isinstance(orig, BaseException) else exc
    if not type(driver).__module__.startswith("psycopg"):
        return None
    state = getattr(driver, "sqlstate", None) or ""
    text = str(driver).lower()
    if getattr(driver, "given_up_by_client", False) or state == "57014":
        return ServerTrouble.TIMEOUT
    if state in _CONFLICT_STATES:
        return ServerTrouble.CONFLICT
    if state == "42501":
        return ServerTrouble.DENIED
    if state.startswith("53") or any(word in text for word in _FULL_WORDS):
        return ServerTrouble.FULL
    if state.startswith("08") or state in _LOST_STATES:
        return ServerTrouble.LOST
    kinds = {kind.__name__ for kind in type(driver).__mro__}
    if not kinds & {"OperationalError", "InterfaceError"}:
        return None  # another refusal of a statement: the app's own error handling tells it
    if any(word in text for word in _TIMEOUT_WORDS):
        return ServerTrouble.TIMEOUT
    return ServerTrouble.LOST


def server_trouble(exc: BaseException, location: str = "") -> DatabaseOpenError | None:
    """The database server's state behind ``exc`` (gone, silent, refusing), or None when
    ``exc`` is not about the server's connection."""
    import sqlalchemy.exc as sa_exc

    from familiemote.storage.db import _classify_server

    if isinstance(exc, DatabaseOpenError):
        return exc
    orig = getattr(exc, "orig", None)
    module = type(orig).__module__ if orig is not None else type(exc).__module__
    is_db = isinstance(exc, (sa_exc.OperationalError, sa_exc.InterfaceError)) or (
        module.startswith("psycopg")
        and type(exc).__name__ in {"OperationalError", "InterfaceError"}
    )
    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        is_db = True
    if not is_db:
        return None
    text = str(orig if orig is not None else exc).lower()
    code = _classify_server(text)
    if code not in _REFUSALS:
        # a connection lost midway, or given up by the client-side timeout
        code = DatabaseOpenCode.NOT_ANSWERING
    return DatabaseOpenError(code, location, error_kind(exc))
