"""Plan a family meeting or a summary meeting: when, where, who is invited in which role.

The rules are shown while the facilitator fills in the form (fastlege notice, the
BUP count, consent), and enforced again by the service when the plan is saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QTableWidgetItem,
    QWidget,
)

from familiemote.domain import consent as consent_rules
from familiemote.domain import meeting_rules as rules
from familiemote.domain import model as m
from familiemote.domain.errors import (
    ConsentMissingError,
    SpecialistLimitError,
)
from familiemote.messages import error_text
from familiemote.services import directory
from familiemote.services import meetings as meeting_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.forms.ui_meeting_planner_dialog import Ui_MeetingPlannerDialog
from familiemote.ui.forms_base import NotDone, date_time_of, qdate
from familiemote.ui.guide.actions_editor import consent_gap
from familiemote.ui.labels import label, service_label
from familiemote.ui.meeting_common import (
    contact,
    fit_to_screen,
    responsible_text,
    specialist_count_text,
)
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.panels.consent import ConsentOfferingForm
from familiemote.ui.theme import message_style
from familiemote.ui.widgets import heading

# Table columns
COL_INVITED, COL_NAME, COL_WHO, COL_CONTACT, COL_LEADER, COL_WRITER, COL_COORD, COL_INFO = range(8)
ROLE_COLUMNS = {COL_LEADER: m.Role.LEADER, COL_WRITER: m.Role.WRITER, COL_COORD: m.Role.COORDINATOR}


@dataclass
class Candidate:
    """One row of the participant table: someone who could be invited."""

    kind: m.ParticipantKind
    name: str
    who: str
    contact: str
    family_member_id: int | None = None
    professional_id: int | None = None
    service_id: int | None = None

    @property
    def key(self) -> tuple[object, ...]:
        if self.kind == m.ParticipantKind.CHILD:
            return ("c",)
        if self.kind == m.ParticipantKind.FAMILY:
            return ("f", self.family_member_id)
        return ("p", self.professional_id, self.service_id)


def participant_key(p: m.Participant) -> tuple[object, ...]:
    if p.kind == m.ParticipantKind.CHILD:
        return ("c",)
    if p.kind == m.ParticipantKind.FAMILY:
        return ("f", p.family_member_id)
    return ("p", p.professional_id, p.service_id)


class MeetingPlannerDialog(ConsentOfferingForm):
    """Plan (or change) a meeting. After acceptance :attr:`result_` holds what was stored."""

    def __init__(
        self,
        uow_factory: UowFactory,
        detail: CaseDetail,
        today: dt.date,
        meeting: m.Meeting | None = None,
        parent: QWidget | None = None,
        kind: m.MeetingKind = m.MeetingKind.FAMILY,
    ) -> None:
        case = detail.case
        super().__init__(
            self.tr("Endre møtet")
            if meeting
            else self.tr("Nytt møte for {name}").format(name=case.child_first_name),
            self.tr("&Lagre møtet"),
            uow_factory,
            detail,
            today,
            parent,
        )
        self.meeting = meeting
        self.result_: meeting_service.PlanResult | None = None
        fit_to_screen(self, 1100, 780)
        # the fixed part is forms/meeting_planner_dialog.ui; the participant rows are
        # filled in from the directory (_fill_table); an error about a field focuses it
        self.ui = ui = Ui_MeetingPlannerDialog()
        self.use_designer_form(
            ui,
            {
                "place": "place",
                "starts_at": "when",
                "participants": "table",
                "bup_override_reason": "overrideEdit",
            },
        )
        ui.outer.insertWidget(
            0,
            heading(
                (
                    self.tr("Endre møtet for {name}")
                    if meeting
                    else self.tr("Planlegg møte for {name}")
                ).format(name=case.child_first_name),
                1.4,
            ),
        )
        self.kind_combo = ui.kind
        for k in m.MeetingKind:
            self.kind_combo.addItem(label(k), k)
        self.kind_combo.setCurrentIndex(
            list(m.MeetingKind).index(meeting.kind if meeting else kind)
        )
        start = (
            meeting.starts_at
            if meeting
            else dt.datetime.combine(rules.default_meeting_day(today), dt.time(9))
        )
        self.when_edit = ui.when
        self.when_edit.setDateTime(QDateTime(qdate(start.date()), QTime(start.hour, start.minute)))
        # a new meeting's proposed date follows the invitations (four weeks' notice once
        # a fastlege is invited) until the user sets a date
        self._when_proposed = meeting is None
        self._proposing = False
        self.place_edit = ui.place
        self.place_edit.setText(meeting.place if meeting else "")

        self.responsible_label = ui.responsibleLabel
        self.responsible_label.setText(responsible_text(detail))
        self.table = ui.table
        # the tick columns as wide as their headings (the long one on two lines); the
        # text columns wrap, each row as tall as its text (_fit_columns)
        header = self.table.horizontalHeader()
        for c in range(8):
            header.setSectionResizeMode(
                c,
                QHeaderView.ResizeMode.Stretch
                if c == COL_CONTACT
                else QHeaderView.ResizeMode.Interactive
                if c in (COL_NAME, COL_WHO)
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        info = self.table.horizontalHeaderItem(COL_INFO)
        if info is not None:
            info.setText(info.text().replace(" ", "\n", 1))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.viewport().installEventFilter(self)
        self.directory_button = ui.directoryButton
        self.directory_button.clicked.connect(self._open_directory)
        self.count_label = ui.countLabel
        self.warning_label = ui.warningLabel
        self.warning_label.setStyleSheet(message_style("warning"))
        self.override_label = ui.overrideLabel
        self.override_edit = ui.overrideEdit
        self.override_edit.setPlainText(meeting.bup_override_reason if meeting else "")

        self.candidates: list[Candidate] = []
        self._fill_table(self._initial_state())
        self.table.itemChanged.connect(lambda _item: self._refresh_rules())
        self.when_edit.dateTimeChanged.connect(lambda _v: self._when_changed())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._refresh_rules())
        self._refresh_rules()
        self.kind_combo.setFocus()

    # -- table -------------------------------------------------------------------

    def _load_candidates(self) -> list[Candidate]:
        d = self.detail
        out = [Candidate(m.ParticipantKind.CHILD, d.case.child_first_name, self.tr("Barnet"), "")]
        for f in d.case.family_members:
            who = label(f.relation) + (self.tr(", foresatt") if f.is_guardian else "")
            out.append(
                Candidate(
                    m.ParticipantKind.FAMILY,
                    f.name,
                    who,
                    contact(f.phone, f.email),
                    family_member_id=f.id,
                )
            )
        services = directory.list_services(self._uow_factory())
        people = directory.list_professionals(self._uow_factory())
        self.detail.services.update({s.id: s for s in services if s.id is not None})
        self.detail.professionals.update({p.id: p for p in people if p.id is not None})
        staffed = set()
        order = {s.id: i for i, s in enumerate(services)}
        for p in sorted(people, key=lambda p: (order.get(p.service_id, 999), p.name)):
            service = d.services.get(p.service_id or -1)
            sname = service_label(service.name) if service else ""
            who = f"{p.title}, {sname}" if p.title and sname else p.title or sname
            out.append(
                Candidate(
                    m.ParticipantKind.PROFESSIONAL,
                    p.name,
                    who,
                    contact(p.phone, p.email),
                    professional_id=p.id,
                    service_id=p.service_id,
                )
            )
            staffed.add(p.service_id)
        for s in services:
            if s.id not in staffed:
                out.append(
                    Candidate(
                        m.ParticipantKind.PROFESSIONAL,
                        service_label(s.name),
                        self.tr("(tjenesten, ingen navngitt person)"),
                        contact(s.phone, s.email),
                        service_id=s.id,
                    )
                )
        # people on an existing meeting who have since left the directory stay listed
        if self.meeting is not None:
            keys = {c.key for c in out}
            for part in self.meeting.participants:
                if (
                    participant_key(part) not in keys
                    and part.kind == m.ParticipantKind.PROFESSIONAL
                ):
                    person = d.professionals.get(part.professional_id or -1)
                    out.append(
                        Candidate(
                            part.kind,
                            person.name
                            if person
                            else service_label(d.service_name(part.service_id)),
                            service_label(d.service_name(part.service_id)),
                            "",
                            professional_id=part.professional_id,
                            service_id=part.service_id,
                        )
                    )
        return out

    def _initial_state(self) -> dict[tuple[object, ...], m.Participant]:
        if self.meeting is not None:
            return {participant_key(p): p for p in self.meeting.participants}
        return self._me_leads()

    def _me_leads(self) -> dict[tuple[object, ...], m.Participant]:
        """A new meeting: «Meg» (Innstillinger) is invited as meeting leader and note taker."""
        from familiemote.services import me as me_service

        me = me_service.get_me(self._uow_factory())
        if me is None or me.professional_id is None:
            return {}
        receives = me.service_id is not None and self._may_receive(me.service_id)
        p = m.Participant(
            kind=m.ParticipantKind.PROFESSIONAL,
            professional_id=me.professional_id,
            service_id=me.service_id,
            roles=frozenset({m.Role.LEADER, m.Role.WRITER}),
            receives_information=receives,
        )
        return {participant_key(p): p}

    def _may_receive(self, service_id: int) -> bool:
        """Ticked «Mottar opplysninger» at first: a service a consent covers, or one that
        holds the case (its own service never discusses it anonymously)."""
        return service_id in self._own_services() or consent_rules.may_receive(
            self.detail.case, service_id, self.today, self.age_settings
        )

    def _own_services(self) -> frozenset[int]:
        case = self.detail.case
        coordinator = self.detail.professionals.get(case.coordinator_id or -1)
        return rules.own_services(case, coordinator.service_id if coordinator else None)

    def _current_state(self) -> dict[tuple[object, ...], m.Participant]:
        return {participant_key(p): p for p in self.participants()}

    def _fill_table(self, state: dict[tuple[object, ...], m.Participant]) -> None:
        self.candidates = self._load_candidates()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.candidates))
        for r, c in enumerate(self.candidates):
            existing = state.get(c.key)
            self._check_item(r, COL_INVITED, existing is not None, self.tr("Invitert"), c.name)
            for col, text in ((COL_NAME, c.name), (COL_WHO, c.who), (COL_CONTACT, c.contact)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # whole, where a narrow column cuts it with «…»
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, col, item)
            for col, role in ROLE_COLUMNS.items():
                has = existing is not None and role in existing.roles
                self._check_item(r, col, has, label(role), c.name)
            if c.kind == m.ParticipantKind.PROFESSIONAL:
                receives = (
                    existing.receives_information
                    if existing is not None
                    else c.service_id is not None and self._may_receive(c.service_id)
                )
                self._check_item(r, COL_INFO, receives, self.tr("Mottar opplysninger"), c.name)
            else:
                item = QTableWidgetItem(self.tr("familien"))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(r, COL_INFO, item)
        self.table.blockSignals(False)
        self._fit_columns()
        if self.table.rowCount():
            self.table.setCurrentCell(0, COL_INVITED)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Share what the tick columns leave: Navn never narrower than its longest word
        (a name is never cut, at 150 % text either), Tjeneste / relasjon likewise when
        there is room, Kontakt at least a phone number wide and the rest."""
        metrics = self.table.fontMetrics()
        margins = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)

        def longest_word(col: int) -> int:
            words = [
                word
                for row in range(self.table.rowCount())
                if (item := self.table.item(row, col)) is not None
                for word in item.text().split()
            ]
            return max((metrics.horizontalAdvance(w) for w in words), default=0) + margins + 1

        ticks = sum(
            self.table.columnWidth(c)
            for c in range(self.table.columnCount())
            if c not in (COL_NAME, COL_WHO, COL_CONTACT)
        )
        free = self.table.viewport().width() - ticks
        name = max(free // 3, longest_word(COL_NAME))
        who = max(free // 3, longest_word(COL_WHO))
        phone = metrics.horizontalAdvance("000 00 000, ") + margins + metrics.averageCharWidth()
        if free - name - who < phone:  # the service wraps its longest word rather
            who = max(free - name - phone, free // 4)
        self.table.setColumnWidth(COL_NAME, name)
        self.table.setColumnWidth(COL_WHO, who)

    def _check_item(self, row: int, col: int, checked: bool, what: str, who: str) -> None:
        item = QTableWidgetItem()
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{what}: {who}")
        self.table.setItem(row, col, item)

    def _checked(self, row: int, col: int) -> bool:
        item = self.table.item(row, col)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def set_checked(self, row: int, col: int, checked: bool) -> None:
        item = self.table.item(row, col)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def row_of(self, name: str) -> int:
        return next(i for i, c in enumerate(self.candidates) if c.name == name)

    def participants(self) -> list[m.Participant]:
        out = []
        old = self._initial_state()
        for r, c in enumerate(self.candidates):
            if not self._checked(r, COL_INVITED):
                continue
            roles = frozenset(role for col, role in ROLE_COLUMNS.items() if self._checked(r, col))
            previous = old.get(c.key)
            out.append(
                m.Participant(
                    kind=c.kind,
                    family_member_id=c.family_member_id,
                    professional_id=c.professional_id,
                    service_id=c.service_id,
                    roles=roles,
                    attendance=previous.attendance if previous else m.Attendance.INVITED,
                    receives_information=c.kind != m.ParticipantKind.PROFESSIONAL
                    or self._checked(r, COL_INFO),
                )
            )
        return out

    # -- rules -------------------------------------------------------------------

    def starts_at(self) -> dt.datetime:
        return date_time_of(self.when_edit)

    def kind(self) -> m.MeetingKind:
        kind: m.MeetingKind = self.kind_combo.currentData()
        return kind

    def _when_changed(self) -> None:
        if not self._proposing:
            self._when_proposed = False
        self._refresh_rules()

    def _propose_date(self, people: list[m.Participant]) -> None:
        """Move an untouched proposed date to four weeks ahead when a fastlege is invited."""
        if not self._when_proposed:
            return
        wanted = rules.default_meeting_day(
            self.today, fastlege_invited=rules.fastlege_invited(people, self.detail.services)
        )
        current = self.starts_at()
        if current.date() != wanted:
            self._proposing = True
            try:
                self.when_edit.setDateTime(
                    QDateTime(qdate(wanted), QTime(current.hour, current.minute))
                )
            finally:
                self._proposing = False

    def _refresh_rules(self) -> None:
        d = self.detail
        people = self.participants()
        if getattr(self, "_proposing", True) is False:
            self._propose_date(people)
        excluding = self.meeting.id if self.meeting else None
        family = self.kind() == m.MeetingKind.FAMILY
        self.count_label.setText(specialist_count_text(d, excluding) if family else "")
        self.count_label.setVisible(family)
        warnings = []
        needs_override = (
            family
            and any(rules.takes_part_as_specialist(p, d.services) for p in people)
            and rules.specialist_limit_reached(d.case, d.services, excluding=excluding)
        )
        if needs_override:
            warnings.append(
                self.tr(
                    "⚠ BUP er invitert, men er allerede med på to familiemøter før "
                    "henvisning (holdt eller satt opp). Registrer henvisningen først, eller "
                    "skriv en begrunnelse for unntaket nedenfor."
                )
            )
        if rules.fastlege_notice_too_short(self.starts_at(), people, d.services, self.today):
            days = (self.starts_at().date() - self.today).days
            warnings.append(
                self.tr(
                    "⚠ Fastlegen er invitert bare %n dager før møtet. Fastlegen trenger "
                    "minst 4 uker (28 dager) for å kunne delta.",
                    "",
                    days,
                )
            )
        gaps = {
            consent_gap(d, p.service_id, self.today, self.age_settings)
            for p in people
            if p.kind == m.ParticipantKind.PROFESSIONAL
            and p.receives_information
            and p.service_id not in self._own_services()
        } - {""}
        if gaps:
            warnings.append(
                self.tr(
                    "⚠ {gaps}. Fjern haken «Mottar opplysninger», eller registrer samtykket "
                    "når du lagrer."
                ).format(gaps=". ".join(sorted(gaps)))
            )
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        show_override = needs_override or bool(self.override_edit.toPlainText().strip())
        self.override_label.setVisible(show_override)
        self.override_edit.setVisible(show_override)

    # -- actions -----------------------------------------------------------------

    def _open_directory(self) -> None:
        from familiemote.ui.directory_dialog import DirectoryDialog

        state = self._current_state()
        DirectoryDialog(self._uow_factory, self).exec()
        self._fill_table(state)
        self._refresh_rules()

    def plan(self) -> meeting_service.MeetingPlan:
        return meeting_service.MeetingPlan(
            kind=self.kind(),
            starts_at=self.starts_at(),
            place=self.place_edit.text(),
            participants=tuple(
                meeting_service.ParticipantInput(
                    kind=p.kind,
                    family_member_id=p.family_member_id,
                    professional_id=p.professional_id,
                    service_id=p.service_id,
                    roles=p.roles,
                    attendance=p.attendance,
                    receives_information=p.receives_information,
                )
                for p in self.participants()
            ),
            bup_override_reason=self.override_edit.toPlainText(),
        )

    def save(self) -> None:
        """Store the plan (the form base tells a refusal and focuses its field).

        A consent that is missing is offered to be recorded here, and then the same
        plan is saved; the BUP rule asks for a reason for the exception."""
        try:
            if self.meeting is not None and self.meeting.id is not None:
                self.result_ = meeting_service.update_plan(
                    self._uow_factory(),
                    self.meeting.id,
                    self.plan(),
                    self.today,
                    self.meeting.version,
                )
            else:
                assert self.detail.case.id is not None
                self.result_ = meeting_service.plan_meeting(
                    self._uow_factory(), self.detail.case.id, self.plan(), self.today
                )
        except ConsentMissingError as err:
            if self._offer_consent(err.service_id):
                self.save()  # the consent is there now: the same plan, nothing retyped
                return
            gap = consent_gap(self.detail, err.service_id, self.today, self.age_settings)
            raise NotDone(
                self.tr(
                    "Ikke lagret: {gap}. Registrer samtykket, eller fjern haken «Mottar "
                    "opplysninger» (saken drøftes da anonymt med tjenesten)."
                ).format(gap=gap),
                "participants",
            ) from None
        except SpecialistLimitError as err:  # a reason for the exception is asked for
            self.override_label.show()
            self.override_edit.show()
            raise NotDone(error_text(err), "bup_override_reason") from None

    def _save(self) -> None:
        self.submit()

    def _offer_consent(self, service_id: int) -> bool:
        """Offer to record the missing consent here, for every service of the plan that
        would receive information; True when recorded (detail reloaded)."""
        receiving = [
            p.service_id
            for p in self.participants()
            if p.kind == m.ParticipantKind.PROFESSIONAL
            and p.receives_information
            and p.service_id is not None
        ]
        if not self.offer_missing_consent(service_id, self.tr("Møtet"), also=receiving):
            return False
        if self.meeting is not None:
            self.meeting = next(
                (mt for mt in self.detail.case.meetings if mt.id == self.meeting.id), self.meeting
            )
        self._refresh_rules()
        return True
