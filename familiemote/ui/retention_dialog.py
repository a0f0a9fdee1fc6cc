"""«Saker til sletting»: closed cases past their retention period, deleted for real on request.

Also sets the retention period (years after closing) that the list is based on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain.errors import DomainError
from familiemote.messages import error_text
from familiemote.services import retention
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.widgets import text_label

UowFactory = Callable[[], SqlAlchemyUnitOfWork]


class RetentionDialog(QDialog):
    """Lists due cases with a check box each; deletes the ticked ones after confirmation."""

    def __init__(
        self, uow_factory: UowFactory, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._today = today
        self.deleted: list[int] = []
        self.setWindowTitle(self.tr("Saker til sletting"))
        self.resize(620, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "Avsluttede saker oppbevares i et fastsatt antall år. Når tiden er ute, "
                    "foreslår Familiemøte å slette dem. Eksporter saken til journalsystemet "
                    "først hvis den skal tas vare på. Slettingen kan ikke angres: saken og alt "
                    "i den fjernes, og historikken beholder bare at saken ble slettet, når og "
                    "av hvem."
                )
            )
        )
        row = QHBoxLayout()
        self.years_label = QLabel(self.tr("&Oppbevaringstid etter avslutning (år):"))
        self.years_spin = QSpinBox()
        self.years_spin.setRange(retention.MIN_RETENTION_YEARS, retention.MAX_RETENTION_YEARS)
        self.years_spin.setAccessibleName(self.tr("Oppbevaringstid i år"))
        self.years_label.setBuddy(self.years_spin)
        self.apply_button = QPushButton(self.tr("&Bruk"))
        self.apply_button.setAccessibleName(self.tr("Bruk oppbevaringstiden"))
        self.apply_button.clicked.connect(self.save_years)
        row.addWidget(self.years_label)
        row.addWidget(self.years_spin)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.list_label = QLabel(self.tr("&Saker som kan slettes (kryss av dem som skal slettes):"))
        self.case_list = QListWidget()
        self.case_list.setAccessibleName(self.tr("Saker som kan slettes"))
        self.list_label.setBuddy(self.case_list)
        layout.addWidget(self.list_label)
        layout.addWidget(self.case_list, 1)
        self.status_label = text_label("")
        self.status_label.setObjectName("retentionStatus")
        layout.addWidget(self.status_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # Alt+L is «S&lett …»
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lu&kk"))
        self.delete_button = QPushButton(self.tr("S&lett avkryssede saker for godt …"))
        self.delete_button.setAccessibleName(self.tr("Slett avkryssede saker for godt"))
        self.delete_button.clicked.connect(self.delete_checked)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        try:
            self.years_spin.setValue(retention.retention_years(self._uow_factory()))
            due = retention.cases_due_for_deletion(self._uow_factory(), self._today)
        except DomainError as err:
            self.status_label.setText(error_text(err))
            return
        self.case_list.clear()
        for case in due:
            text = self.tr(
                "{name} (født {year}), avsluttet {closed}, kunne slettes fra {due}"
            ).format(
                name=case.child_first_name or self.tr("Anonym drøfting"),
                year=case.child_birth_year,
                closed=case.closed_on.strftime("%d.%m.%Y"),
                due=case.due_on.strftime("%d.%m.%Y"),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.case_list.addItem(item)
        if not due:
            self.status_label.setText(self.tr("Ingen saker har passert oppbevaringstiden."))
        self.delete_button.setEnabled(bool(due))

    def save_years(self) -> None:
        try:
            retention.set_retention_years(self._uow_factory(), self.years_spin.value())
        except DomainError as err:
            self.status_label.setText(error_text(err))
            return
        self.reload()

    def checked_ids(self) -> list[int]:
        out = []
        for i in range(self.case_list.count()):
            item = self.case_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def delete_checked(self) -> None:
        ids = self.checked_ids()
        if not ids:
            self.status_label.setText(self.tr("Kryss av sakene som skal slettes først."))
            self.case_list.setFocus()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Slette for godt?"),
            self.tr(
                "%n saker slettes for godt med alt de inneholder. Dette kan ikke angres. "
                "Vil du slette?",
                "",
                len(ids),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            deleted = retention.delete_due_cases(self._uow_factory, ids, self._today)
        except DomainError as err:
            self.status_label.setText(error_text(err))
            return
        self.deleted.extend(deleted)
        self.reload()
        self.status_label.setText(self.tr("%n saker er slettet.", "", len(deleted)))


def add_retention_action(
    window: Any, menu: QMenu, uow_factory: UowFactory, today: Callable[[], dt.date]
) -> QAction:
    """Add «Saker til sletting …» to ``menu``; after deletions the window's list reloads."""
    action = QAction(QCoreApplication.translate("RetentionDialog", "Saker til s&letting …"), window)

    def run() -> None:
        dialog = RetentionDialog(uow_factory, today(), window)
        dialog.exec()
        if dialog.deleted:
            if getattr(window, "current_case_id", None) in dialog.deleted:
                window.current_case_id = None
                window.right.setCurrentWidget(window.no_case_label)
            window.reload_cases()

    action.triggered.connect(run)
    menu.addAction(action)
    window.retention_action = action
    return action
