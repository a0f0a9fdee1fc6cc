"""Signing in to a municipality's PostgreSQL server with one's own account.

Asked when the server wants a password that neither the address, ``~/.pgpass``
nor ``PGPASSWORD`` gave. The password is used for this start only and never
stored; the user name is the one the audit trail records.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy.engine import URL, make_url

from familiemote.domain.errors import DatabaseOpenCode, DatabaseOpenError, DomainError
from familiemote.messages import database_error_text, error_text
from familiemote.storage.db import Database, open_database
from familiemote.ui.forms.ui_server_login_dialog import Ui_ServerLoginDialog
from familiemote.ui.meeting_common import show_message
from familiemote.ui.ops import Cancelled, CancelWindow, wait_or_cancel

if TYPE_CHECKING:
    from familiemote.services.cases import CaseRow

# the refusals a user can put right by typing their user name and password
ASK_AGAIN = frozenset({DatabaseOpenCode.LOGIN_FAILED, DatabaseOpenCode.PASSWORD_MISSING})

T = TypeVar("T")


def _server_name(url: URL) -> str:
    """The server and database as a user reads them: «server.kommune.no/familiemote»."""
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"{host}{port}/{url.database or ''}"


class ServerLoginDialog(QDialog):
    """User name and password for the server; ``try_open`` checks them before it closes."""

    def __init__(
        self,
        url: URL,
        try_open: Callable[[URL], DatabaseOpenError | None],
        parent: QWidget | None = None,
        first_error: str = "",
    ) -> None:
        super().__init__(parent)
        self._url = url
        self._try_open = try_open
        # the fields are forms/server_login_dialog.ui
        self.ui = ui = Ui_ServerLoginDialog()
        ui.setupUi(self)
        ui.intro.setText(
            self.tr(
                "Familiemøte bruker kommunens databaseserver «{server}». Logg på med din egen "
                "bruker: historikken viser hvem som har endret hva. Passordet lagres ikke."
            ).format(server=_server_name(url))
        )
        self.user_edit = ui.userEdit
        self.user_edit.setText(url.username or "")
        self.password_edit = ui.passwordEdit
        self.error_label = ui.errorLabel
        if first_error:
            show_message(self.error_label, first_error)
        else:
            self.error_label.hide()
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Logg på"))
        # «A&vbryt» as in every dialog of the app (forms_base.cancel_named's text)
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("FormDialog", "A&vbryt")
        )
        ui.buttons.accepted.connect(self._sign_in)
        ui.buttons.rejected.connect(self.reject)
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _sign_in(self) -> None:
        user = self.user_edit.text().strip()
        if not user:
            show_message(self.error_label, self.tr("Skriv brukernavnet ditt på serveren."))
            self.user_edit.setFocus()
            return
        try:
            error = self._try_open(
                self._url.set(username=user, password=self.password_edit.text() or None)
            )
        except Cancelled:  # Avbryt while the server was asked: try again, or cancel here
            show_message(self.error_label, self.tr("Påloggingen ble avbrutt."))
            self.password_edit.setFocus()
            return
        if error is None:
            self.accept()
            return
        show_message(self.error_label, database_error_text(error))
        if error.code not in ASK_AGAIN:
            return
        self.password_edit.selectAll()
        self.password_edit.setFocus()


def connecting() -> str:
    """What the progress window says while the server is asked."""
    return QCoreApplication.translate("ServerLogin", "Kobler til serveren …")


def reading_cases() -> str:
    """What the start's progress window says while the case list is read."""
    return QCoreApplication.translate("ServerLogin", "Henter sakene …")


def opening_window() -> str:
    """What the start's progress window says while the window reads the rest it shows
    (information boxes, the acute warning, menus)."""
    return QCoreApplication.translate("ServerLogin", "Åpner Familiemøte …")


def _open_off_the_gui_thread(url: str, parent: QWidget | None) -> Database:
    """``open_database`` in a worker, the progress window with «Avbryt» meanwhile
    (raises :class:`Cancelled`; a database the worker opens after that is closed)."""
    return wait_or_cancel(
        lambda: open_database(url), parent, connecting(), discard=lambda db: db.dispose()
    )


def sign_in_and_open(
    url: str, report: Callable[[str], None], parent: QWidget | None = None
) -> Database | None:
    """Open a database server, asking for the user's login when the server wants one.

    The server is asked in a worker thread (a slow line does not freeze the screen);
    «Avbryt» in the progress window gives up and opens nothing (None, no message).
    """
    try:
        return _open_off_the_gui_thread(url, parent)
    except Cancelled:
        return None
    except DatabaseOpenError as err:
        if err.code not in ASK_AGAIN:
            report(database_error_text(err))
            return None
        first_error = (
            database_error_text(err) if err.code is DatabaseOpenCode.LOGIN_FAILED else ""
        )
    opened: dict[str, Database] = {}

    def try_open(candidate: URL) -> DatabaseOpenError | None:
        try:
            opened["db"] = _open_off_the_gui_thread(
                candidate.render_as_string(hide_password=False), dialog
            )
        except DatabaseOpenError as err:
            return err
        return None

    dialog = ServerLoginDialog(make_url(url), try_open, parent, first_error)
    if not dialog.exec():
        return None
    return opened.get("db")


def first_case_list(
    db: Database,
    report: Callable[[str], None],
    parent: QWidget | None = None,
    within: CancelWindow | None = None,
) -> list[CaseRow] | None:
    """The case list read once at start, in a worker thread («Henter sakene …», with
    «Avbryt»; ``within``: the start's progress window); None when the user cancelled or
    it could not be read (told by ``report``)."""
    from familiemote.services.cases import list_cases
    from familiemote.storage.uow import SqlAlchemyUnitOfWork

    def read() -> list[CaseRow] | None:
        try:
            return wait_or_cancel(
                lambda: list_cases(SqlAlchemyUnitOfWork(db.session_factory)),
                parent,
                reading_cases(),
                within=within,
            )
        except Cancelled:
            return None
        except DomainError as err:
            report(error_text(err))
            return None

    return catching_server_trouble(db, read, report)


def catching_server_trouble(
    db: Database, work: Callable[[], T], report: Callable[[str], None]
) -> T | None:
    """``work()`` during the start on a server. When the server fails it (the connection
    lost, no answer in time, a refusal), ``report`` is told in words and the answer is
    None; any other error is raised."""
    from familiemote.error_report import server_trouble

    try:
        return work()
    except Exception as exc:
        trouble = server_trouble(exc, db.display_location)
        if trouble is None:
            raise
        report(error_text(trouble))
        return None
