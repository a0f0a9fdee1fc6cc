"""The actions tab: who does what by when, who holds the baton, and who must be told.

Shows the case's current stafettholder at the top, every action running at the
same time with its holder, dates and status in words (a text marker such as
"Forfalt" says what a colour would), the open actions carried into each
meeting's agenda with what the meeting decided, and the services to be told of
a phase change. Every change goes through a dialog that stores it whole or
tells what is wrong at the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import consent as consent_rules
from familiemote.domain import followup as f
from familiemote.domain import model as m
from familiemote.domain.calendar_no import next_working_day
from familiemote.domain.errors import DomainError
from familiemote.messages import error_text
from familiemote.services import actions as action_service
from familiemote.services import cases as case_service
from familiemote.services import consent as consent_service
from familiemote.services import notifications as notification_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.case_list import format_date
from familiemote.ui.forms_base import FormDialog, date_edit, pydate, qdate
from familiemote.ui.guide.actions_editor import consent_gap
from familiemote.ui.labels import all_labelled, label
from familiemote.ui.panels.base import CasePanel, UowFactory
from familiemote.ui.widgets import OverflowRow, heading, keep_rows_fitted, share_width, text_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


_qdate = qdate
_pydate = pydate


def declined_text(d: CaseDetail, h: m.ActionHandover) -> str:
    """'Overlevering til X avslått 24.11.2026 av NN: why. Ansvaret er fortsatt hos Y.'"""
    return QCoreApplication.translate(
        "ActionsPanel",
        "Overlevering til {to} avslått {day} av {who}: {why}. Ansvaret er fortsatt hos {holder}.",
    ).format(
        to=holder_text(d, h.to_service_id, h.to_professional_id),
        day=format_date(h.declined_on),
        who=h.declined_by,
        why=h.decline_reason.rstrip("."),
        holder=holder_text(d, h.from_service_id, h.from_professional_id),
    )


def holder_text(d: CaseDetail, service_id: int | None, professional_id: int | None) -> str:
    service = d.service_name(service_id)
    person = d.professional_name(professional_id)
    if person and service:
        return f"{person}, {service}"
    return person or service


def holder_lines(d: CaseDetail, service_id: int | None, professional_id: int | None) -> str:
    """The holder for a narrow table cell: the person, then the service on its own line."""
    return "\n".join(
        x for x in (d.professional_name(professional_id), d.service_name(service_id)) if x
    )


def selectable_table(
    headers: Sequence[str],
    rows: Sequence[tuple[int, Sequence[str]]],
    name: str,
    wrap_columns: dict[int, int] | None = None,
) -> QTableWidget:
    """A read-only table of whole rows, one selectable at a time; row ids in ``ID_ROLE``.

    Column 0 (the long text) takes the room left; ``wrap_columns`` maps a column to
    its width in average characters (it follows the text size), where names wrap.
    """
    wrap_columns = wrap_columns or {}
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for r, (ident, values) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(ID_ROLE, ident)
            item.setToolTip(value)
            table.setItem(r, c, item)
    share_width(table, 0, wrap_columns)
    keep_rows_fitted(table)
    return table


def selected_id(table: QTableWidget | None) -> int | None:
    if table is None:
        return None
    row = table.currentRow()
    if row < 0 or not table.selectionModel().hasSelection():
        return None
    item = table.item(row, 0)
    return None if item is None else int(item.data(ID_ROLE))


class ActionsPanel(CasePanel):
    """The actions tab. Dialog classes are attributes so tests can drive them."""

    def __init__(self, uow_factory: UowFactory, parent: QWidget | None = None) -> None:
        super().__init__(uow_factory, parent)
        self.open_table: QTableWidget | None = None
        self.closed_table: QTableWidget | None = None
        self.agenda_tables: dict[int, QTableWidget] = {}
        self.notification_table: QTableWidget | None = None
        self.holder_label: QLabel | None = None
        self.last_dialog: QDialog | None = None
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()

    # -- building ---------------------------------------------------------------------

    def build(self, d: CaseDetail, layout: QVBoxLayout) -> None:
        self.agenda_tables = {}
        try:
            self.settings = consent_service.get_age_settings(self.uow_factory())
        except DomainError:
            self.settings = consent_rules.DEFAULT_AGE_SETTINGS
        layout.addWidget(self._holder(d))
        layout.addWidget(self._summary(d))
        layout.addWidget(self._action_buttons())
        open_actions = sorted(
            (a for a in d.case.actions if a.is_open),
            key=lambda a: (a.due_date or a.review_date or dt.date.max, a.id or 0),
        )
        closed = [a for a in d.case.actions if not a.is_open]
        layout.addWidget(heading(self.tr("Pågående tiltak ({n})").format(n=len(open_actions)), 1.1))
        if open_actions:
            self.open_table = self._action_table(d, open_actions, self.tr("Pågående tiltak"))
            layout.addWidget(self.open_table)
        else:
            self.open_table = None
            layout.addWidget(text_label(self.tr("Ingen pågående tiltak.")))
        self._agenda(d, layout)
        self._notifications(d, layout)
        if closed:
            layout.addWidget(heading(self.tr("Avsluttede tiltak ({n})").format(n=len(closed)), 1.1))
            self.closed_table = self._action_table(d, closed, self.tr("Avsluttede tiltak"))
            layout.addWidget(self.closed_table)
        else:
            self.closed_table = None
        for table in (self.open_table, self.closed_table):
            if table is not None:
                table.itemSelectionChanged.connect(self._update_buttons)
                table.itemSelectionChanged.connect(lambda t=table: self._clear_other_selection(t))
        self._update_buttons()

    def _holder(self, d: CaseDetail) -> QWidget:
        holder = f.case_stafettholder(d.case)
        who = holder_text(d, holder.service_id, holder.professional_id)
        if holder.basis == f.HolderBasis.COORDINATOR:
            person = d.professionals.get(holder.professional_id or -1)
            own = person.service_id if person and person.service_id else holder.service_id
            who = holder_text(d, own, holder.professional_id)
            text = self.tr("Stafettholder: {who} (kontaktperson)").format(who=who)
        elif holder.basis == f.HolderBasis.INITIATING_SERVICE:
            text = self.tr("Stafettholder: {who} (tjenesten som tok initiativet)").format(who=who)
        else:
            text = self.tr(
                "Advarsel: Saken har ingen stafettholder. Velg en kontaktperson for saken."
            )
        declined = [
            (a, h) for a in d.case.actions if (h := f.last_declined_handover(a)) is not None
        ]
        self.holder_label = heading(text, 1.2)
        self.holder_label.setObjectName("stafettholder")
        self.holder_label.setWordWrap(True)
        if not declined:
            return self.holder_label
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.holder_label)
        lines = [
            self.tr("«{action}»: {declined}").format(
                action=a.description, declined=declined_text(d, h)
            )
            for a, h in declined
        ]
        self.declined_label = text_label("\n".join(lines))
        self.declined_label.setObjectName("declinedHandovers")
        self.declined_label.setAccessibleName(self.tr("Avslåtte overleveringer"))
        box_layout.addWidget(self.declined_label)
        return box

    def _summary(self, d: CaseDetail) -> QLabel:
        actions = d.case.actions
        n_open = sum(a.is_open for a in actions)
        overdue = sum(f.is_overdue(a, self.today) for a in actions)
        pending = sum(a.is_open and f.pending_handover(a) is not None for a in actions)
        parts = [self.tr("{n} pågående").format(n=n_open)]
        if overdue:
            parts.append(self.tr("{n} forfalt").format(n=overdue))
        if pending:
            parts.append(self.tr("{n} overlevering venter").format(n=pending))
        untold = sum(n.done_on is None for n in d.case.notifications)
        if untold:
            parts.append(self.tr("{n} må få beskjed").format(n=untold))
        summary = text_label(" · ".join(parts))
        summary.setObjectName("actionsSummary")
        summary.setAccessibleName(summary.text())
        return summary

    def _action_buttons(self) -> OverflowRow:
        self.add_button = QPushButton(self.tr("&Nytt tiltak …"))
        self.status_button = QPushButton(self.tr("En&dre status …"))
        self.handover_button = QPushButton(self.tr("O&verlever …"))
        self.accept_button = QPushButton(self.tr("&Godta overlevering …"))
        self.decline_button = QPushButton(self.tr("Avs&lå overlevering"))
        self.ics_button = QPushButton(self.tr("Eksporter til kalender (.i&cs) …"))
        self.consent_button = QPushButton(self.tr("Registrer samt&ykke …"))
        pairs = (
            (self.add_button, self.add_action),
            (self.consent_button, self.record_consent),
            (self.status_button, self.change_status),
            (self.handover_button, self.hand_over),
            (self.accept_button, self.accept_handover),
            (self.decline_button, self.decline_handover),
            (self.ics_button, self.export_calendar),
        )
        for button, slot in pairs:
            button.setAccessibleName(button.text().replace("&", "").rstrip(" …"))
            button.clicked.connect(slot)
        self.button_row = OverflowRow([b for b, _ in pairs])
        return self.button_row

    def _clear_other_selection(self, table: QTableWidget) -> None:
        if not table.selectionModel().hasSelection():
            return
        for other in (self.open_table, self.closed_table):
            if other is not None and other is not table:
                other.clearSelection()

    def _status_text(self, a: m.Action) -> str:
        text = label(a.status)
        if a.status_reason:
            text += f": {a.status_reason}"
        if f.is_overdue(a, self.today):
            assert a.due_date is not None
            late = (self.today - a.due_date).days
            days = self.tr("1 dag") if late == 1 else self.tr("{n} dager").format(n=late)
            text = self.tr("Forfalt for {days} siden – {status}").format(days=days, status=text)
        elif a.is_open and f.is_due_soon(a.due_date, self.today):
            text = self.tr("Frist snart – {status}").format(status=text)
        if f.is_review_overdue(a, self.today):
            text += self.tr(" · evaluering forfalt")
        return text

    def _action_table(self, d: CaseDetail, actions: list[m.Action], name: str) -> QTableWidget:
        meetings = {mt.id: mt for mt in d.case.meetings}
        rows = []
        for a in actions:
            who = holder_lines(d, a.responsible_service_id, a.responsible_professional_id)
            pending = f.pending_handover(a)
            if pending is not None:
                who += "\n" + self.tr("Venter på at {to} tar over (foreslått {day})").format(
                    to=holder_text(d, pending.to_service_id, pending.to_professional_id),
                    day=format_date(pending.proposed_on),
                )
            declined = f.last_declined_handover(a)
            if declined is not None:
                who += "\n" + declined_text(d, declined)
            gap = (
                consent_gap(d, a.responsible_service_id, self.today, self.settings)
                if a.is_open
                else ""
            )
            if gap:  # the same words as the meeting guide's
                who += "\n⚠ " + gap
            what = a.description
            if a.family_part:
                what += "\n" + self.tr("Familiens del: {text}").format(text=a.family_part)
            if a.others_involved:
                what += "\n" + self.tr("Andre involvert: {text}").format(text=a.others_involved)
            if a.internal:
                what += "\n" + self.tr("(Intern: ikke med i familiens kopi)")
            meeting = meetings.get(a.meeting_id)
            # the dates one under the other, each named: the table keeps its width for
            # the text at any window width and text size
            dates = [
                self.tr("Avtalt {day}").format(day=format_date(meeting.starts_at))
                if meeting
                else self.tr("Avtalt utenom møte"),
                self.tr("Frist {day}").format(day=format_date(a.due_date))
                if a.due_date
                else self.tr("Ingen frist"),
            ]
            if a.review_date:
                dates.append(self.tr("Evaluering {day}").format(day=format_date(a.review_date)))
            rows.append((a.id or 0, (what, who, "\n".join(dates), self._status_text(a))))
        return selectable_table(
            [self.tr("Tiltak"), self.tr("Ansvarlig nå"), self.tr("Datoer"), self.tr("Status")],
            rows,
            name,
            {1: 30, 3: 26},
        )

    def _agenda(self, d: CaseDetail, layout: QVBoxLayout) -> None:
        meetings = sorted(
            (mt for mt in d.case.meetings if mt.status != m.MeetingStatus.CANCELLED),
            key=lambda mt: mt.starts_at,
        )
        for meeting in meetings:
            assert meeting.id is not None
            reviews = f.open_reviews(d.case, meeting.id)
            missing = [
                a
                for a in d.case.actions
                if a.is_open
                and a.meeting_id != meeting.id
                and not any(r.meeting_id == meeting.id for r in a.reviews)
                and self._agreed_before(d, a, meeting)
            ]
            latest = meeting is meetings[-1]
            if not reviews and not (latest and missing):
                continue
            title = self.tr("Saksliste {kind} {day}: tiltak fra tidligere møter").format(
                kind=label(meeting.kind).lower(), day=format_date(meeting.starts_at)
            )
            layout.addWidget(heading(title, 1.1))
            if reviews:
                rows = []
                for action, review in reviews:
                    holder = holder_lines(
                        d, action.responsible_service_id, action.responsible_professional_id
                    )
                    outcome = (
                        label(review.outcome) if review.outcome else self.tr("Ikke behandlet ennå")
                    )
                    rows.append(
                        (
                            action.id or 0,
                            (
                                action.description,
                                holder,
                                outcome,
                                format_date(review.new_date) or "–",
                                review.note,
                            ),
                        )
                    )
                table = selectable_table(
                    [
                        self.tr("Tiltak"),
                        self.tr("Ansvarlig nå"),
                        self.tr("Utfall i møtet"),
                        self.tr("Ny dato"),
                        self.tr("Merknad"),
                    ],
                    rows,
                    title,
                    {1: 30, 4: 30},
                )
                self.agenda_tables[meeting.id] = table
                layout.addWidget(table)
                button = QPushButton(self.tr("Registrer utfall …"))
                button.setAccessibleName(
                    self.tr("Registrer utfall for {day}").format(day=format_date(meeting.starts_at))
                )
                button.setEnabled(False)
                button.clicked.connect(lambda _c=False, mid=meeting.id: self.record_outcome(mid))
                table.itemSelectionChanged.connect(
                    lambda t=table, b=button: b.setEnabled(selected_id(t) is not None)
                )
                row = QHBoxLayout()
                row.addWidget(button)
                row.addStretch(1)
                layout.addLayout(row)
            if latest and missing:
                carry = QPushButton(
                    self.tr("Sett {n} åpne tiltak på sakslisten").format(n=len(missing))
                )
                carry.setAccessibleName(carry.text())
                carry.clicked.connect(lambda _c=False, mid=meeting.id: self.carry_over(mid))
                row = QHBoxLayout()
                row.addWidget(carry)
                row.addStretch(1)
                layout.addLayout(row)

    def _agreed_before(self, d: CaseDetail, action: m.Action, meeting: m.Meeting) -> bool:
        origin = next((mt for mt in d.case.meetings if mt.id == action.meeting_id), None)
        return origin is None or origin.starts_at < meeting.starts_at

    def _notifications(self, d: CaseDetail, layout: QVBoxLayout) -> None:
        notes = d.case.notifications
        self.notification_table = None
        if not notes:
            return
        layout.addWidget(heading(self.tr("Hvem må få beskjed"), 1.1))
        rows = []
        for n in sorted(notes, key=lambda n: (n.done_on is not None, n.created_on)):
            who = d.service_name(n.recipient_service_id)
            if n.recipient_text:
                who = f"{who}: {n.recipient_text}" if who else n.recipient_text
            if n.done_on is None:
                done = self.tr("Ikke gjort ennå")
            else:
                done = self.tr("Gjort {day} av {who}").format(
                    day=format_date(n.done_on), who=n.done_by
                )
                if n.note:
                    done += f" ({n.note})"
            rows.append((n.id or 0, (who, label(n.reason), format_date(n.created_on), done)))
        self.notification_table = selectable_table(
            [self.tr("Mottaker"), self.tr("Hvorfor"), self.tr("Oppstått"), self.tr("Gjort")],
            rows,
            self.tr("Hvem må få beskjed"),
            {3: 36},
        )
        layout.addWidget(self.notification_table)
        self.notify_button = QPushButton(self.tr("M&erk som gjort …"))
        self.notify_button.setAccessibleName(self.tr("Merk beskjed som gjort"))
        self.notify_button.setEnabled(False)
        self.notify_button.clicked.connect(self.mark_notification_done)
        table = self.notification_table
        table.itemSelectionChanged.connect(
            lambda: self.notify_button.setEnabled(self._selected_open_notification() is not None)
        )
        row = QHBoxLayout()
        row.addWidget(self.notify_button)
        row.addStretch(1)
        layout.addLayout(row)

    # -- selection ----------------------------------------------------------------------

    def selected_action(self) -> m.Action | None:
        if self.detail is None:
            return None
        ident = selected_id(self.open_table) or selected_id(self.closed_table)
        return next((a for a in self.detail.case.actions if a.id == ident), None)

    def select_action(self, action_id: int) -> None:
        for table in (self.open_table, self.closed_table):
            if table is None:
                continue
            for r in range(table.rowCount()):
                item = table.item(r, 0)
                if item is not None and item.data(ID_ROLE) == action_id:
                    table.setFocus()
                    table.selectRow(r)
                    return

    def _selected_open_notification(self) -> m.Notification | None:
        if self.detail is None:
            return None
        ident = selected_id(self.notification_table)
        n = next((n for n in self.detail.case.notifications if n.id == ident), None)
        return n if n is not None and n.done_on is None else None

    def _update_buttons(self) -> None:
        action = self.selected_action()
        is_open = action is not None and action.is_open
        pending = action is not None and f.pending_handover(action) is not None
        self.status_button.setEnabled(action is not None)
        self.handover_button.setEnabled(is_open and not pending)
        self.accept_button.setEnabled(is_open and pending)
        self.decline_button.setEnabled(is_open and pending)
        self.consent_service = self._consent_service(action)
        self.button_row.set_shown(self.consent_button, self.consent_service is not None)

    def _consent_service(self, action: m.Action | None) -> int | None:
        """The service of the chosen open action (else of the first open one) whose
        consent is missing; None when every open action's service is covered."""
        if self.detail is None:
            return None
        candidates = [action] if action is not None else self.detail.case.actions
        for a in candidates:
            if a.is_open and consent_gap(
                self.detail, a.responsible_service_id, self.today, self.settings
            ):
                return a.responsible_service_id
        return None

    def record_consent(self) -> None:
        """Record the consent an action's service lacks, with that service ticked."""
        from familiemote.ui.panels.consent import record_missing_consent

        if self.detail is None or self.consent_service is None:
            return
        if record_missing_consent(
            self, self.uow_factory, self.detail, self.consent_service, self.today, self.settings
        ):
            self.changed.emit()

    # -- commands ------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> None:
        self.last_dialog = dialog
        if self.run_dialog(dialog):
            self.changed.emit()

    def add_action(self) -> None:
        if self.detail is not None:
            self._run(ActionDialog(self.uow_factory, self.detail, self.today, self))

    def change_status(self) -> None:
        action = self.selected_action()
        if action is not None:
            self._run(StatusDialog(self.uow_factory, action, self))

    def hand_over(self) -> None:
        action = self.selected_action()
        if action is not None and self.detail is not None:
            self._run(HandoverDialog(self.uow_factory, self.detail, action, self.today, self))

    def accept_handover(self) -> None:
        action = self.selected_action()
        if action is not None and self.detail is not None:
            self._run(AcceptDialog(self.uow_factory, self.detail, action, self.today, self))

    def decline_handover(self) -> None:
        action = self.selected_action()
        if action is not None and self.detail is not None:
            self._run(DeclineDialog(self.uow_factory, self.detail, action, self.today, self))

    def carry_over(self, meeting_id: int) -> None:
        try:
            action_service.put_open_actions_on_agenda(self.uow_factory(), meeting_id)
        except DomainError as err:
            self._warn(error_text(err))
            return
        self.changed.emit()

    def record_outcome(self, meeting_id: int) -> None:
        if self.detail is None:
            return
        ident = selected_id(self.agenda_tables.get(meeting_id))
        action = next((a for a in self.detail.case.actions if a.id == ident), None)
        meeting = next((mt for mt in self.detail.case.meetings if mt.id == meeting_id), None)
        if action is not None and meeting is not None:
            self._run(
                OutcomeDialog(self.uow_factory, self.detail, action, meeting, self.today, self)
            )

    def mark_notification_done(self) -> None:
        n = self._selected_open_notification()
        if n is not None and self.detail is not None:
            self._run(NotificationDialog(self.uow_factory, self.detail, n, self.today, self))

    def export_calendar(self) -> None:
        if self.detail is None:
            return
        from familiemote.ui.ics_export import CalendarExportDialog

        dialog = CalendarExportDialog(self.detail, self.today, self, uow_factory=self.uow_factory)
        action = self.selected_action()
        if action is not None:
            dialog.preselect_action(action.id or 0)
        self.last_dialog = dialog
        self.run_dialog(dialog)

    def _warn(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Tiltak og ansvar"), text)


# -- dialogs -------------------------------------------------------------------------------


def _service_combo(d: CaseDetail, selected: int | None, *, with_none: str = "") -> QComboBox:
    combo = QComboBox()
    if with_none:
        combo.addItem(with_none, None)
    for s in sorted(d.services.values(), key=lambda s: (s.level.value, s.name)):
        if s.active or s.id == selected:
            combo.addItem(s.name, s.id)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(index, 0))
    return combo


class _PersonCombo(QComboBox):
    """The people of the service chosen in ``service_combo``, and "no named person"."""

    def __init__(self, d: CaseDetail, service_combo: QComboBox, selected: int | None) -> None:
        super().__init__()
        self.detail = d
        self.service_combo = service_combo
        service_combo.currentIndexChanged.connect(lambda _i: self.refill(None))
        self.refill(selected)

    def refill(self, selected: int | None) -> None:
        self.clear()
        self.addItem(self.tr("Ingen bestemt person"), None)
        service_id = self.service_combo.currentData()
        for p in sorted(self.detail.professionals.values(), key=lambda p: p.name):
            if (p.service_id == service_id or p.service_id is None) and (
                p.active or p.id == selected
            ):
                title = f" ({p.title})" if p.title else ""
                self.addItem(p.name + title, p.id)
        self.setCurrentIndex(max(self.findData(selected), 0))


class ActionDialog(FormDialog):
    """Agree a new action: what, who, others, the family's part, deadline and review."""

    def __init__(
        self, uow_factory: UowFactory, d: CaseDetail, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Nytt tiltak"), parent=parent)
        self.uow_factory, self.detail, self.today = uow_factory, d, today
        self.action_id: int | None = None
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.add_row(self.tr("&Hva skal gjøres:"), self.description, "description")
        self.meeting = QComboBox()
        meetings = sorted(
            (mt for mt in d.case.meetings if mt.status != m.MeetingStatus.CANCELLED),
            key=lambda mt: mt.starts_at,
            reverse=True,
        )
        for mt in meetings:
            self.meeting.addItem(f"{label(mt.kind)} {format_date(mt.starts_at)}", mt.id)
        self.meeting.addItem(self.tr("Utenom møte"), None)
        past = [mt for mt in meetings if mt.starts_at.date() <= today]
        if past:
            self.meeting.setCurrentIndex(self.meeting.findData(past[0].id))
        self.add_row(self.tr("Avtalt i &møte:"), self.meeting)
        holder = f.case_stafettholder(d.case)
        self.service = _service_combo(d, holder.service_id)
        self.add_row(self.tr("Ansvarlig &tjeneste:"), self.service, "responsible_service_id")
        # a service without consent: said at once, in words (the action may still be agreed)
        try:
            self.consent_settings = consent_service.get_age_settings(uow_factory())
        except DomainError:
            self.consent_settings = consent_rules.DEFAULT_AGE_SETTINGS
        self.consent_label = text_label("")
        self.consent_label.setObjectName("actionConsentGap")
        self.add_row("", self.consent_label)
        self.service.currentIndexChanged.connect(lambda _i: self._show_consent_gap())
        self._show_consent_gap()
        self.person = _PersonCombo(d, self.service, None)
        self.add_row(self.tr("Ansvarlig &person:"), self.person)
        self.others = QLineEdit()
        self.add_row(self.tr("&Andre involvert:"), self.others, "others_involved")
        self.family_part = QLineEdit()
        self.add_row(self.tr("&Familiens del:"), self.family_part, "family_part")
        self.has_due = QCheckBox(self.tr("Tiltaket har en &frist"))
        # a deadline a user would pick: a working day two weeks ahead (never a holiday)
        self.due = date_edit(next_working_day(today + dt.timedelta(days=14)), self.tr("Frist"))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.add_row(self.tr(""), self.has_due)
        self.add_row(self.tr("F&rist:"), self.due, "due_date")
        self.review = QComboBox()
        self.review.addItem(self.tr("Om 3 måneder"), 3)
        self.review.addItem(self.tr("Om 6 måneder (anbefalt)"), 6)
        self.review.addItem(self.tr("Om 12 måneder"), 12)
        self.review.addItem(self.tr("Egen dato"), None)
        self.review.setCurrentIndex(1)
        self.add_row(self.tr("&Evaluering:"), self.review)
        self.review_date = date_edit(f.default_review_date(today), self.tr("Evalueringsdato"))
        self.review_date.setEnabled(False)
        self.review.currentIndexChanged.connect(
            lambda _i: self.review_date.setEnabled(self.review.currentData() is None)
        )
        self.add_row(self.tr("Evaluerings&dato:"), self.review_date, "review_date")
        self.meeting.currentIndexChanged.connect(lambda _i: self._preview_review())
        self.review.currentIndexChanged.connect(lambda _i: self._preview_review())
        self._preview_review()
        self.internal = QCheckBox(self.tr("&Intern: ikke med i familiens kopi av planen"))
        self.add_row("", self.internal)

    def _show_consent_gap(self) -> None:
        gap = consent_gap(
            self.detail, self.service.currentData(), self.today, self.consent_settings
        )
        text = (
            self.tr(
                "⚠ {gap}. Tiltaket kan avtales, men tjenesten kan ikke få opplysninger om "
                "saken før samtykket er registrert («Registrer samtykke …» i fanen Tiltak)."
            ).format(gap=gap)
            if gap
            else ""
        )
        self.consent_label.setText(text)
        self.consent_label.setVisible(bool(text))
        self.service.setAccessibleDescription(text)

    def _start_day(self) -> dt.date:
        mid = self.meeting.currentData()
        meeting = next((mt for mt in self.detail.case.meetings if mt.id == mid), None)
        return meeting.starts_at.date() if meeting else self.today

    def _preview_review(self) -> None:
        """Show the date a 3/6/12-month choice gives, counted from the meeting."""
        months = self.review.currentData()
        if months is not None:
            self.review_date.setDate(_qdate(f.add_months(self._start_day(), months)))

    def save(self) -> None:
        months = self.review.currentData()
        data = action_service.NewAction(
            description=self.description.toPlainText(),
            service_id=self.service.currentData(),
            professional_id=self.person.currentData(),
            meeting_id=self.meeting.currentData(),
            others_involved=self.others.text(),
            family_part=self.family_part.text(),
            due_date=_pydate(self.due.date()) if self.has_due.isChecked() else None,
            review_months=months,
            review_date=None if months is not None else _pydate(self.review_date.date()),
            internal=self.internal.isChecked(),
        )
        assert self.detail.case.id is not None
        self.action_id = action_service.agree_action(
            self.uow_factory(), self.detail.case.id, data, self.today
        )


class StatusDialog(FormDialog):
    def __init__(self, uow_factory: UowFactory, action: m.Action, parent: QWidget | None = None):
        super().__init__(self.tr("Endre status"), parent=parent)
        self.uow_factory, self.action = uow_factory, action
        self.add_row(self.tr("Tiltak:"), text_label(action.description))
        self.status = QComboBox()
        for status in all_labelled(m.ActionStatus):
            if status not in (m.ActionStatus.HANDED_OVER, action.status):
                self.status.addItem(label(status), status)
        self.add_row(self.tr("Ny &status:"), self.status)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.add_row(self.tr("&Begrunnelse:"), self.reason, "status_reason")
        self.hint = text_label(
            self.tr(
                "«Ikke utført» og «Avlyst» må begrunnes. Skal noen andre ta over, "
                "bruk «Overlever …» i stedet."
            )
        )
        self.add_row("", self.hint)

    def save(self) -> None:
        action_service.change_status(
            self.uow_factory(),
            self.action.id or 0,
            self.status.currentData(),
            self.reason.toPlainText(),
            expected_version=self.action.version,
        )

    def resolve_conflict(self) -> None:
        """Someone else saved this action since the dialog opened: show both versions."""
        from familiemote.services import audit as audit_service
        from familiemote.ui.conflict_dialog import ConflictChoice, ConflictDialog, ConflictField

        assert self.action.case_id is not None and self.action.id is not None
        fresh = case_service.get_case(self.uow_factory(), self.action.case_id)
        stored = next(a for a in fresh.case.actions if a.id == self.action.id)
        mine_status: m.ActionStatus = self.status.currentData()
        rows = [
            ConflictField(self.tr("Status"), label(mine_status), label(stored.status)),
            ConflictField(self.tr("Begrunnelse"), self.reason.toPlainText(), stored.status_reason),
        ]
        who = audit_service.last_change(
            self.uow_factory(), self.action.case_id, "actions", self.action.id
        )
        choice = ConflictDialog(self.tr("tiltaket"), rows, who, self).ask()
        if choice == ConflictChoice.LATER:
            self.error_label.setText(
                self.tr(
                    "Ikke lagret: noen andre har endret tiltaket samtidig. Det du valgte og "
                    "skrev står fortsatt her."
                )
            )
            self.error_label.show()
            return
        self.action = stored
        if choice == ConflictChoice.TAKE_STORED:
            self.accept()  # nothing saved; the case view reloads and shows the stored action
            return
        try:
            self.save()
        except DomainError as err:
            self.show_error(err)
            return
        audit_service.record_event(
            self.uow_factory(),
            self.action.case_id,
            "overwrite",
            {"entity": "actions", "entity_id": self.action.id, "fields": ["status"]},
        )
        self.accept()


class HandoverDialog(FormDialog):
    def __init__(
        self,
        uow_factory: UowFactory,
        d: CaseDetail,
        action: m.Action,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Overlever tiltak"), parent=parent)
        self.uow_factory, self.action, self.today = uow_factory, action, today
        self.add_row(self.tr("Tiltak:"), text_label(action.description))
        self.add_row(
            self.tr("Ansvarlig nå:"),
            text_label(
                holder_text(d, action.responsible_service_id, action.responsible_professional_id)
            ),
        )
        self.service = _service_combo(d, None)
        self.add_row(self.tr("Til &tjeneste:"), self.service, "to_service_id")
        self.person = _PersonCombo(d, self.service, None)
        self.add_row(self.tr("Til &person:"), self.person)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.add_row(self.tr("&Merknad:"), self.note, "note")
        self.add_row(
            "",
            text_label(
                self.tr(
                    "Ansvaret går over først når mottakeren har godtatt. Til da er det "
                    "fortsatt den som har det nå som har ansvaret."
                )
            ),
        )

    def save(self) -> None:
        action_service.propose_handover(
            self.uow_factory(),
            self.action.id or 0,
            self.service.currentData(),
            self.person.currentData(),
            self.today,
            self.note.toPlainText(),
        )


class AcceptDialog(FormDialog):
    def __init__(
        self,
        uow_factory: UowFactory,
        d: CaseDetail,
        action: m.Action,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Godta overlevering"), parent=parent)
        self.uow_factory, self.action, self.today = uow_factory, action, today
        pending = f.pending_handover(action)
        self.add_row(self.tr("Tiltak:"), text_label(action.description))
        if pending is not None:
            self.add_row(
                self.tr("Fra:"),
                text_label(holder_text(d, pending.from_service_id, pending.from_professional_id)),
            )
            self.add_row(
                self.tr("Til:"),
                text_label(holder_text(d, pending.to_service_id, pending.to_professional_id)),
            )
        self.accepted_by = QLineEdit(
            d.professional_name(pending.to_professional_id) if pending else ""
        )
        self.add_row(self.tr("&Tatt over av:"), self.accepted_by, "accepted_by")

    def save(self) -> None:
        action_service.accept_handover(
            self.uow_factory(), self.action.id or 0, self.accepted_by.text(), self.today
        )


class DeclineDialog(FormDialog):
    """The receiving side says no: who, and why. The earlier holder keeps the action."""

    def __init__(
        self,
        uow_factory: UowFactory,
        d: CaseDetail,
        action: m.Action,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Avslå overlevering"), parent=parent)
        self.uow_factory, self.action, self.today = uow_factory, action, today
        pending = f.pending_handover(action)
        self.add_row(self.tr("Tiltak:"), text_label(action.description))
        keeps = holder_text(d, action.responsible_service_id, action.responsible_professional_id)
        if pending is not None:
            self.add_row(
                self.tr("Foreslått til:"),
                text_label(holder_text(d, pending.to_service_id, pending.to_professional_id)),
            )
        self.declined_by = QLineEdit(
            d.professional_name(pending.to_professional_id) if pending else ""
        )
        self.add_row(self.tr("Avslått &av:"), self.declined_by, "declined_by")
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.add_row(self.tr("&Hvorfor:"), self.reason, "decline_reason")
        self.add_row(
            "",
            text_label(
                self.tr("Ansvaret blir hos {holder}. Avslaget blir stående i saken.").format(
                    holder=keeps
                )
            ),
        )

    def save(self) -> None:
        action_service.decline_handover(
            self.uow_factory(),
            self.action.id or 0,
            self.declined_by.text(),
            self.reason.toPlainText(),
            self.today,
        )


class OutcomeDialog(FormDialog):
    """What the meeting decided about an action carried into its agenda."""

    def __init__(
        self,
        uow_factory: UowFactory,
        d: CaseDetail,
        action: m.Action,
        meeting: m.Meeting,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Utfall i møtet {day}").format(day=format_date(meeting.starts_at)),
            parent=parent,
        )
        self.uow_factory, self.action, self.meeting, self.today = (
            uow_factory,
            action,
            meeting,
            today,
        )
        self.add_row(self.tr("Tiltak:"), text_label(action.description))
        self.outcome = QComboBox()
        for outcome in all_labelled(m.ReviewOutcome):
            self.outcome.addItem(label(outcome), outcome)
        self.add_row(self.tr("&Utfall:"), self.outcome)
        day = meeting.starts_at.date()
        self.new_date = date_edit(f.add_months(day, 3), self.tr("Ny dato"))
        self.add_row(self.tr("Ny &dato:"), self.new_date, "new_date")
        self.description = QPlainTextEdit(action.description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.add_row(self.tr("Endret &tiltak:"), self.description, "description")
        self.service = _service_combo(d, None)
        self.add_row(self.tr("Overlever til t&jeneste:"), self.service, "to_service_id")
        self.person = _PersonCombo(d, self.service, None)
        self.add_row(self.tr("Overlever til &person:"), self.person)
        self.accepted_here = QCheckBox(self.tr("Mottakeren &godtok i møtet"))
        self.add_row("", self.accepted_here)
        self.accepted_by = QLineEdit()
        self.add_row(self.tr("Godtatt &av:"), self.accepted_by, "accepted_by")
        self.person.currentIndexChanged.connect(
            lambda _i: self.accepted_by.setText(d.professional_name(self.person.currentData()))
        )
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.add_row(self.tr("&Merknad / begrunnelse:"), self.note, "status_reason")
        self.fields["note"] = self.note
        self.outcome.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def _update(self) -> None:
        outcome = self.outcome.currentData()
        dated = outcome in (m.ReviewOutcome.CONTINUED, m.ReviewOutcome.CHANGED)
        self.new_date.setEnabled(dated)
        self.description.setEnabled(outcome == m.ReviewOutcome.CHANGED)
        handover = outcome == m.ReviewOutcome.HANDED_OVER
        for widget in (self.service, self.person, self.accepted_here, self.accepted_by):
            widget.setEnabled(handover)

    def save(self) -> None:
        outcome = self.outcome.currentData()
        dated = outcome in (m.ReviewOutcome.CONTINUED, m.ReviewOutcome.CHANGED)
        decision = action_service.ReviewDecision(
            outcome=outcome,
            new_date=_pydate(self.new_date.date()) if dated else None,
            note=self.note.toPlainText(),
            new_description=self.description.toPlainText(),
            to_service_id=self.service.currentData(),
            to_professional_id=self.person.currentData(),
            accepted_in_meeting=self.accepted_here.isChecked(),
            accepted_by=self.accepted_by.text(),
        )
        action_service.record_review_outcome(
            self.uow_factory(), self.action.id or 0, self.meeting.id or 0, decision, self.today
        )


class NotificationDialog(FormDialog):
    def __init__(
        self,
        uow_factory: UowFactory,
        d: CaseDetail,
        notification: m.Notification,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Merk beskjed som gjort"), parent=parent)
        self.uow_factory, self.notification, self.today = uow_factory, notification, today
        who = d.service_name(notification.recipient_service_id)
        if notification.recipient_text:
            who = f"{who}: {notification.recipient_text}" if who else notification.recipient_text
        self.add_row(self.tr("Mottaker:"), text_label(who))
        from familiemote.ui.consent_dialog import default_recorder

        self.done_by = QLineEdit(default_recorder(d, uow_factory))  # «Meg», else the coordinator
        self.add_row(self.tr("Beskjed gitt &av:"), self.done_by, "done_by")
        self.note = QLineEdit()
        self.add_row(self.tr("&Hvordan (merknad):"), self.note, "note")

    def save(self) -> None:
        notification_service.mark_done(
            self.uow_factory(),
            self.notification.id or 0,
            self.done_by.text(),
            self.today,
            self.note.text(),
        )
