"""«Eksporter til kalender (.ics)»: meetings and review dates to the user's own calendar.

The user chooses what goes into the file; by default it holds no personal data
at all ("Familiemøte", "Ny vurdering av tiltak", the place). The child's first name
and the action's text are added only when the user ticks them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from familiemote import ics
from familiemote.domain import model as m
from familiemote.domain.errors import DomainError
from familiemote.messages import error_text
from familiemote.services import audit as audit_service
from familiemote.services.cases import CaseDetail
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.case_list import format_date
from familiemote.ui.forms_base import cancel_named
from familiemote.ui.labels import label
from familiemote.ui.widgets import tell_error

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class CalendarExportDialog(QDialog):
    """Choose meetings and review dates, then save one .ics file.

    ``choose_path`` (injectable for tests) asks where to save; it returns "" to cancel.
    """

    def __init__(
        self,
        detail: CaseDetail,
        today: dt.date,
        parent: QWidget | None = None,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        uow_factory: Callable[[], SqlAlchemyUnitOfWork] | None = None,
    ) -> None:
        super().__init__(parent)
        self.detail, self.today, self.now = detail, today, now
        self.uow_factory = uow_factory  # to record the export in the audit trail
        self.saved_path: Path | None = None
        self.choose_path: Callable[[], str] = self._ask_path
        self.setWindowTitle(self.tr("Eksporter til kalender (.ics)"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Velg hva som skal legges i kalenderfilen. Filen kan åpnes i Outlook, "
                "Google Kalender eller kalenderen på telefonen, og gir en påminnelse."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        list_label = QLabel(self.tr("&Hendelser:"))
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Hendelser"))
        list_label.setBuddy(self.items)
        layout.addWidget(list_label)
        layout.addWidget(self.items, 1)
        case = detail.case
        for mt in sorted(case.meetings, key=lambda mt: mt.starts_at):
            if mt.status == m.MeetingStatus.CANCELLED:
                continue
            text = self.tr("{kind} {when}").format(
                kind=label(mt.kind), when=mt.starts_at.strftime("%d.%m.%Y kl. %H.%M")
            )
            self._add(text, "meeting", mt.id or 0, checked=mt.starts_at.date() >= today)
        for a in case.actions:
            if a.is_open and a.review_date is not None:
                text = self.tr("Ny vurdering {day}: {what}").format(
                    day=format_date(a.review_date), what=a.description
                )
                self._add(text, "review", a.id or 0, checked=False)
        self.with_name = QCheckBox(
            self.tr("Ta med barnets &fornavn ({name})").format(name=case.child_first_name)
        )
        self.with_text = QCheckBox(self.tr("Ta med &tiltakets tekst i evalueringer"))
        layout.addWidget(self.with_name)
        layout.addWidget(self.with_text)
        note = QLabel(
            self.tr(
                "Kalendere synkroniseres ofte til skyen. Uten avkrysning inneholder filen "
                "ingen personopplysninger."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Lagre"))
        cancel_named(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add(self, text: str, kind: str, ident: int, *, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(KIND_ROLE, kind)
        item.setData(ID_ROLE, ident)
        self.items.addItem(item)

    def preselect_action(self, action_id: int) -> None:
        for i in range(self.items.count()):
            item = self.items.item(i)
            if item.data(KIND_ROLE) == "review" and item.data(ID_ROLE) == action_id:
                item.setCheckState(Qt.CheckState.Checked)

    def events(self) -> list[ics.Event]:
        case = self.detail.case
        name = case.child_first_name if self.with_name.isChecked() else ""
        chosen = [
            (self.items.item(i).data(KIND_ROLE), self.items.item(i).data(ID_ROLE))
            for i in range(self.items.count())
            if self.items.item(i).checkState() == Qt.CheckState.Checked
        ]
        out = []
        for kind, ident in chosen:
            if kind == "meeting":
                mt = next(mt for mt in case.meetings if mt.id == ident)
                summary = label(mt.kind) + (f" – {name}" if name else "")
                out.append(ics.meeting_event(ident, mt.starts_at, summary, location=mt.place))
            else:
                a = next(a for a in case.actions if a.id == ident)
                assert a.review_date is not None
                summary = self.tr("Ny vurdering av tiltak") + (f" – {name}" if name else "")
                text = a.description if self.with_text.isChecked() else ""
                out.append(ics.review_event(ident, a.review_date, summary, text))
        return out

    def _ask_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Lagre kalenderfil"),
            str(Path.home() / "familiemote.ics"),
            self.tr("Kalenderfil (*.ics)"),
        )
        return path

    def save(self) -> None:
        events = self.events()
        if not events:
            tell_error(self.error_label, self.tr("Kryss av minst én hendelse."), self.items)
            return
        path = self.choose_path()
        if not path:
            return
        target = ics.ics_file(path)
        try:
            target.write_bytes(ics.calendar(events, self.now()).encode("utf-8"))
        except OSError as err:
            reason = err.strerror or str(err)
            tell_error(
                self.error_label, self.tr("Filen kunne ikke lagres: {reason}").format(reason=reason)
            )
            return
        self.saved_path = target
        self._record()
        self.accept()

    def _record(self) -> None:
        """The export in the case's history: which meetings and reviews, by id only."""
        if self.uow_factory is None or self.detail.case.id is None:
            return
        chosen: dict[str, list[int]] = {"meeting": [], "review": []}
        for i in range(self.items.count()):
            item = self.items.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                chosen[str(item.data(KIND_ROLE))].append(int(item.data(ID_ROLE)))
        try:
            audit_service.record_output(
                self.uow_factory(),
                "calendar",
                "calendar",
                case_id=self.detail.case.id,
                meeting_ids=chosen["meeting"],
                action_ids=chosen["review"],
            )
        except DomainError as err:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Filen er lagret, men det ble ikke ført i historikken: {text}").format(
                    text=error_text(err)
                ),
            )
