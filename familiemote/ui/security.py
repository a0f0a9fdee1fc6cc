"""The window's "Sikkerhet" menu: lock now, backup, restore, change passphrase, lock time;
and the reminder when the last backup is more than a week old.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
    QWidget,
)

from familiemote.domain.errors import DatabaseOpenCode, DatabaseOpenError, DomainError
from familiemote.messages import error_text
from familiemote.services import backup as backup_service
from familiemote.storage.db import Database
from familiemote.storage.file_copies import change_passphrase, check_database_file
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.lock import DEFAULT_IDLE_MINUTES, KEY_IDLE_MINUTES, LockController
from familiemote.ui.ops import wait_for
from familiemote.ui.passphrase_dialog import Mode, PassphraseDialog
from familiemote.ui.widgets import announce

BACKUP_FILTER = "Familiemøte-sikkerhetskopi (*.fmbak *.sqlite);;Alle filer (*)"


def idle_minutes(settings: QSettings) -> int:
    try:
        value = int(str(settings.value(KEY_IDLE_MINUTES, DEFAULT_IDLE_MINUTES)))
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return value if 1 <= value <= 240 else DEFAULT_IDLE_MINUTES


class BackupBanner(QToolBar):
    """A non-modal banner at the top of the window: no backup for more than a week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupBanner")
        self.setWindowTitle(self.tr("Påminnelse om sikkerhetskopi"))
        self.setMovable(False)
        self.setFloatable(False)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Ta sikkerhetskopi n&å …"))
        self.dismiss_button = QPushButton(self.tr("Minn meg på det ig&jen senere"))
        row.addWidget(QLabel("⚠"))
        row.addWidget(self.label, 1)
        row.addWidget(self.backup_button)
        row.addWidget(self.dismiss_button)
        self.addWidget(box)
        self.dismiss_button.clicked.connect(self.hide)


class SecurityControls(QObject):
    """Wires locking, backup, restore and rekey into a main window.

    ``on_restored`` is called after a restore has replaced the database, to reload
    what the window shows.
    """

    def __init__(
        self,
        window: QMainWindow,
        db: Database,
        settings: QSettings,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        on_restored: Callable[[], None] | None = None,
        idle_ms: int | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.settings = settings
        self.now = now
        self.on_restored = on_restored
        # on a database server the lock asks for the user's own password there, which
        # the server checks on a connection of its own
        check: Callable[[str], bool] | None = db.verify_passphrase if db.encrypted else None
        if db.is_server:
            check = self._ask_the_server
        minutes = idle_minutes(settings)
        self.lock = LockController(
            window,
            check,
            idle_ms if idle_ms is not None else minutes * 60_000,
            server=db.is_server,
        )

        self.lock_action = QAction(self.tr("&Lås nå"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock.lock)
        self.backup_action = QAction(self.tr("Ta &sikkerhetskopi …"), window)
        self.backup_action.triggered.connect(self.backup)
        self.restore_action = QAction(self.tr("&Gjenopprett fra sikkerhetskopi …"), window)
        self.restore_action.triggered.connect(self.restore)
        self.passphrase_action = QAction(self.tr("&Bytt passordfrase …"), window)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.passphrase_action.setEnabled(db.encrypted)
        self.idle_action = QAction(self.tr("Lås &automatisk etter …"), window)
        self.idle_action.triggered.connect(self.choose_idle_time)
        file_backed = db.path is not None
        self.backup_action.setEnabled(file_backed)
        self.restore_action.setEnabled(file_backed)

        self.menu = window.menuBar().addMenu(self.tr("Sikke&rhet"))
        # before "Hjelp", which stays last
        actions = window.menuBar().actions()
        if len(actions) >= 2:
            window.menuBar().removeAction(self.menu.menuAction())
            window.menuBar().insertAction(actions[-2], self.menu.menuAction())
        self.menu.addAction(self.lock_action)
        self.menu.addAction(self.idle_action)
        self.menu.addSeparator()
        self.menu.addAction(self.backup_action)
        self.menu.addAction(self.restore_action)
        self.menu.addSeparator()
        self.menu.addAction(self.passphrase_action)
        window.addAction(self.lock_action)  # the shortcut works without the menu open

        self.banner = BackupBanner(window)
        self.banner.backup_button.clicked.connect(self.backup)
        window.addToolBar(self.banner)
        self._banner_first_in_tab_order()
        self.banner.hide()
        self.reminded = False  # the reminder is shown once a session
        self.check_backup_reminder()
        # a new database: the reminder waits for the first case of its own
        model = getattr(window, "case_model", None)
        if isinstance(model, QAbstractItemModel):
            model.modelReset.connect(self.check_backup_reminder)

    def _banner_first_in_tab_order(self) -> None:
        """The banner sits at the top of the window: Tab reaches its buttons first.

        (Made after the window's own controls, it would otherwise come after them.
        Qt moves a widget in the tab order only after one that takes focus, so the
        window takes focus for the moment it takes to place the banner after it.)
        """
        policy = self.window.focusPolicy()
        self.window.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        QWidget.setTabOrder(self.window, self.banner.backup_button)
        QWidget.setTabOrder(self.banner.backup_button, self.banner.dismiss_button)
        self.window.setFocusPolicy(policy)

    def _ask_the_server(self, candidate: str) -> bool:
        """The server checks the password on a connection of its own, in a worker thread:
        a silent server keeps the app locked without freezing it (bounded by the
        connection timeout)."""
        return wait_for(lambda: self.db.verify_server_password(candidate), self.window)

    def _uow(self) -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(self.db.session_factory)

    def _report(self, err: DomainError) -> None:
        QMessageBox.warning(self.window, self.tr("Familiemøte"), error_text(err))

    # -- reminder -----------------------------------------------------------------

    def check_backup_reminder(self) -> bool:
        """Show the banner and a status-bar message when a backup is due; True if shown."""
        if self.db.path is None:
            return False
        try:
            last = backup_service.last_backup_at(self._uow())
        except DomainError:
            return False
        if not backup_service.backup_is_due(last, self.now()):
            self.banner.hide()
            return False
        if self.reminded:  # once a session: it stays up until backed up or dismissed
            return self.banner.isVisible()
        try:
            if not backup_service.has_something_to_back_up(self._uow()):
                return False  # a new, empty database: nothing to lose yet
        except DomainError:
            return False
        self.reminded = True
        if last is None:
            text = self.tr("Det er ikke tatt sikkerhetskopi av dataene ennå.")
        else:
            text = self.tr(
                "Siste sikkerhetskopi ble tatt {date}, for mer enn en uke siden."
            ).format(date=last.strftime("%d.%m.%Y"))
        self.banner.label.setText(
            text + " " + self.tr("Ta en kopi og oppbevar den et annet sted enn maskinen.")
        )
        self.banner.show()  # the banner alone: the same words twice would be noise
        announce(self.banner.label, text)
        return True

    # -- actions ------------------------------------------------------------------

    def backup(self) -> None:
        suggested = str(Path.home() / f"familiemote-{self.now():%Y-%m-%d}.fmbak")
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Ta sikkerhetskopi"), suggested, self.tr(BACKUP_FILTER)
        )
        if path:
            self.backup_to(Path(path))

    def backup_to(self, target: Path) -> bool:
        try:
            now = self.now()
            wait_for(
                lambda: backup_service.make_backup(self.db, target, now),
                self.window,
                self.tr("Tar sikkerhetskopi …"),
            )
        except DomainError as err:
            self._report(err)
            return False
        self.banner.hide()
        self.window.statusBar().showMessage(
            self.tr("Sikkerhetskopien er lagret i {path}.").format(path=target), 10_000
        )
        return True

    def restore(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Gjenopprett fra sikkerhetskopi"),
            str(Path.home()),
            self.tr(BACKUP_FILTER),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Gjenopprett fra sikkerhetskopi"),
            self.tr(
                "Alt i databasen erstattes med innholdet i sikkerhetskopien «{path}». "
                "Databasen slik den er nå, tas vare på ved siden av. Vil du fortsette?"
            ).format(path=path),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(path))

    def restore_from(self, source: Path, source_passphrase: str | None = None) -> bool:
        """Check the backup, then put it in place; asks for its passphrase if ours does not fit."""
        current = self.db.url.password if self.db.encrypted else None
        db_path = self.db.path
        assert db_path is not None
        key = source_passphrase if source_passphrase is not None else current
        try:
            wait_for(
                lambda: check_database_file(source, key),
                self.window,
                self.tr("Kontrollerer sikkerhetskopien …"),
            )
        except DatabaseOpenError as err:
            if err.code is not DatabaseOpenCode.WRONG_PASSPHRASE or source_passphrase:
                self._report(err)
                return False
            dialog = PassphraseDialog(
                Mode.ASK, str(source), self.window, check=lambda p: _opens(source, p)
            )
            dialog.setWindowTitle(self.tr("Passordfrasen for sikkerhetskopien"))
            if not dialog.exec():
                return False
            key = dialog.passphrase()
        self.db.dispose()
        try:
            now = self.now()
            kept = wait_for(
                lambda: backup_service.restore_backup(
                    db_path, source, current, now, source_passphrase=key
                ),
                self.window,
                self.tr("Gjenoppretter fra sikkerhetskopien …"),
            )
        except DomainError as err:
            self._report(err)
            return False
        finally:
            self.db.reconnect()
        if self.on_restored is not None:
            self.on_restored()
        self.reminded = False  # another database now: its own reminder
        self.check_backup_reminder()
        QMessageBox.information(
            self.window,
            self.tr("Gjenopprett fra sikkerhetskopi"),
            self.tr(
                "Databasen er gjenopprettet fra «{source}». Den forrige databasen er tatt "
                "vare på som «{kept}»."
            ).format(source=source, kept=kept),
        )
        return True

    def change_passphrase(self) -> None:
        dialog = PassphraseDialog(
            Mode.CHANGE, self.db.display_location, self.window, check=self.db.verify_passphrase
        )
        if not dialog.exec():
            return
        try:
            old, new = dialog.old_passphrase(), dialog.passphrase()
            wait_for(
                lambda: change_passphrase(self.db, old, new),
                self.window,
                self.tr("Krypterer databasen med den nye passordfrasen …"),
            )
        except DomainError as err:
            self._report(err)
            return
        self.window.statusBar().showMessage(self.tr("Passordfrasen er byttet."), 10_000)

    def choose_idle_time(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window,
            self.tr("Lås automatisk"),
            self.tr("Lås Familiemøte etter så mange minutter uten bruk:"),
            idle_minutes(self.settings),
            1,
            240,
        )
        if ok:
            self.settings.setValue(KEY_IDLE_MINUTES, minutes)
            self.lock.set_idle_ms(minutes * 60_000)


def _opens(path: Path, passphrase: str) -> bool:
    try:
        check_database_file(path, passphrase)
    except DatabaseOpenError as err:
        return err.code is not DatabaseOpenCode.WRONG_PASSPHRASE
    return True


def _security_tr(text: str) -> str:
    return QCoreApplication.translate("SecurityControls", text)


class DamagedDatabaseBox(QMessageBox):
    """The database failed its page check at start: what happened, and a way out."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical, "Familiemøte", text, parent=parent)
        self.setObjectName("damagedDatabaseBox")
        self.restore_button = self.addButton(
            _security_tr("&Gjenopprett fra sikkerhetskopi …"), QMessageBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.addButton(
            _security_tr("&Avslutt"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.restore_button)


def restore_damaged_database(
    db_path: Path,
    passphrase: str,
    err: DatabaseOpenError,
    parent: QWidget | None = None,
    choose_backup: Callable[[], str] | None = None,
    now: Callable[[], dt.datetime] = dt.datetime.now,
) -> bool:
    """Tell that the database is damaged and offer to restore it; True once restored.

    The damaged file is kept aside (``<name>.before-restore-…``), never deleted; the
    restored database takes ``passphrase`` (the one just typed, which the damaged
    file's first page accepted). ``choose_backup`` picks the backup file (a file
    dialog by default; tests give their own).
    """
    text = error_text(err)
    print(f"familiemote: {text}", file=sys.stderr)
    box = DamagedDatabaseBox(text, parent)
    box.exec()
    if box.clickedButton() is not box.restore_button:
        return False
    if choose_backup is None:

        def choose_backup() -> str:
            chosen, _filter = QFileDialog.getOpenFileName(
                parent,
                _security_tr("Gjenopprett fra sikkerhetskopi"),
                str(Path.home()),
                _security_tr(BACKUP_FILTER),
            )
            return chosen

    source = choose_backup()
    if not source:
        return False
    key = passphrase
    try:
        check_database_file(Path(source), key)
    except DatabaseOpenError as check_err:
        if check_err.code is not DatabaseOpenCode.WRONG_PASSPHRASE:
            QMessageBox.warning(parent, "Familiemøte", error_text(check_err))
            return False
        dialog = PassphraseDialog(Mode.ASK, source, parent, check=lambda p: _opens(Path(source), p))
        dialog.setWindowTitle(_security_tr("Passordfrasen for sikkerhetskopien"))
        if not dialog.exec():
            return False
        key = dialog.passphrase()
    try:
        kept = backup_service.restore_backup(
            db_path, Path(source), passphrase, now(), source_passphrase=key
        )
    except DomainError as restore_err:
        QMessageBox.warning(parent, "Familiemøte", error_text(restore_err))
        return False
    QMessageBox.information(
        parent,
        _security_tr("Gjenopprett fra sikkerhetskopi"),
        _security_tr(
            "Databasen er gjenopprettet fra «{source}» og kontrollert. Den skadede databasen "
            "er tatt vare på som «{kept}»; ta den med til IT hvis noe mangler."
        ).format(source=source, kept=kept),
    )
    return True
