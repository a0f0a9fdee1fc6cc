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
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import consent as consent_rules
from familiemote.domain import followup as followup_rules
from familiemote.domain import model as m
from familiemote.domain.errors import DomainError
from familiemote.messages import error_text
from familiemote.services import actions as action_service
from familiemote.services import consent as consent_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.case_list import format_date
from familiemote.ui.guide.actions_editor import consent_gap
from familiemote.ui.labels import label, service_label
from familiemote.ui.panels.actions.handover_dialogs import (
    AcceptDialog,
    DeclineDialog,
    HandoverDialog,
)
from familiemote.ui.panels.actions.holders import declined_text, holder_lines, holder_text
from familiemote.ui.panels.actions.new_action_dialog import ActionDialog
from familiemote.ui.panels.actions.notification_dialog import NotificationDialog
from familiemote.ui.panels.actions.outcome_dialog import OutcomeDialog
from familiemote.ui.panels.actions.status_dialog import StatusDialog
from familiemote.ui.panels.actions.tables import ID_ROLE, selectable_table, selected_id
from familiemote.ui.panels.base import CasePanel, UowFactory
from familiemote.ui.widgets import OverflowRow, heading, text_label


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
        for table in self._selectable_tables():
            table.itemSelectionChanged.connect(lambda t=table: self._clear_other_selection(t))
        self._update_buttons()

    def _holder(self, d: CaseDetail) -> QWidget:
        holder = followup_rules.case_stafettholder(d.case)
        who = holder_text(d, holder.service_id, holder.professional_id)
        if holder.basis == followup_rules.HolderBasis.COORDINATOR:
            person = d.professionals.get(holder.professional_id or -1)
            own = person.service_id if person and person.service_id else holder.service_id
            who = holder_text(d, own, holder.professional_id)
            text = self.tr("Stafettholder: {who} (kontaktperson)").format(who=who)
        elif holder.basis == followup_rules.HolderBasis.INITIATING_SERVICE:
            text = self.tr("Stafettholder: {who} (tjenesten som tok initiativet)").format(who=who)
        else:
            text = self.tr(
                "Advarsel: Saken har ingen stafettholder. Velg en kontaktperson for saken."
            )
        declined = [
            (a, h)
            for a in d.case.actions
            if (h := followup_rules.last_declined_handover(a)) is not None
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
        overdue = sum(followup_rules.is_overdue(a, self.today) for a in actions)
        pending = sum(a.is_open and followup_rules.pending_handover(a) is not None for a in actions)
        parts = [self.tr("{n} pågående").format(n=n_open)]
        if overdue:
            parts.append(self.tr("%n forfalte", "", overdue))
        if pending:
            parts.append(self.tr("%n overleveringer venter", "", pending))
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
        self.accept_button = QPushButton(self.tr("Godta o&verlevering …"))
        self.decline_button = QPushButton(self.tr("Avslå ov&erlevering"))
        self.ics_button = QPushButton(self.tr("Eksporter til kalender (.i&cs) …"))
        self.consent_button = QPushButton(self.tr("Re&gistrer samtykke …"))
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

    def _selectable_tables(self) -> list[QTableWidget]:
        tables = [self.open_table, self.closed_table, self.notification_table]
        tables += list(self.agenda_tables.values())
        return [t for t in tables if t is not None]

    def _clear_other_selection(self, table: QTableWidget) -> None:
        """One row is chosen in the tab at a time, in whichever table: each button then
        acts on the one row the nurse sees chosen, and the buttons of the different
        tables («Endre status …», «Registrer utfall …», «Merk som gjort …») are never
        enabled together, so they can share an Alt key (Alt+E is «Avslå overlevering»,
        «Registrer utfall» or «Merk som gjort», whichever row is chosen)."""
        if not table.selectionModel().hasSelection():
            return
        for other in self._selectable_tables():
            if other is not table:
                other.clearSelection()

    def _status_text(self, a: m.Action) -> str:
        text = label(a.status)
        if a.status_reason:
            text += f": {a.status_reason}"
        if followup_rules.is_overdue(a, self.today):
            assert a.due_date is not None
            late = (self.today - a.due_date).days
            days = self.tr("%n dager", "", late)
            text = self.tr("Forfalt for {days} siden – {status}").format(days=days, status=text)
        elif a.is_open and followup_rules.is_due_soon(a.due_date, self.today):
            text = self.tr("Frist snart – {status}").format(status=text)
        if followup_rules.is_review_overdue(a, self.today):
            text += self.tr(" · ny vurdering forfalt")
        return text

    def _action_table(self, d: CaseDetail, actions: list[m.Action], name: str) -> QTableWidget:
        meetings = {mt.id: mt for mt in d.case.meetings}
        rows = []
        for a in actions:
            who = holder_lines(d, a.responsible_service_id, a.responsible_professional_id)
            pending = followup_rules.pending_handover(a)
            if pending is not None:
                who += "\n" + self.tr("Venter på at {to} tar over (foreslått {day})").format(
                    to=holder_text(d, pending.to_service_id, pending.to_professional_id, True),
                    day=format_date(pending.proposed_on),
                )
            declined = followup_rules.last_declined_handover(a)
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
                dates.append(self.tr("Ny vurdering {day}").format(day=format_date(a.review_date)))
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
            reviews = followup_rules.open_reviews(d.case, meeting.id)
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
            agenda = heading(title, 1.1)
            agenda.setWordWrap(True)  # at a large text size on a small screen
            layout.addWidget(agenda)
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
                button = QPushButton(self.tr("R&egistrer utfall …"))
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
                    self.tr("F&ør opp %n åpne tiltak på sakslisten", "", len(missing))
                )
                carry.setAccessibleName(carry.text().replace("&", ""))
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
            who = service_label(d.service_name(n.recipient_service_id))
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
        pending = action is not None and followup_rules.pending_handover(action) is not None
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
