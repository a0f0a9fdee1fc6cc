"""Who came: one key or one click per person, «Alle til stede», and those who came unannounced.

In the table, T (or Space, or 1) marks the person on the current row present,
F (2) «meldt forfall», I (3) absent without notice, 0 back to only invited; the
row below is then current, so three people take three keys. A click in one of
the three columns sets it. Where the six columns do not fit (a large text size on a
laptop screen), each person's service or relation and roles go under the name, on
lines of their own, and those two columns are hidden: the table never scrolls
sideways, and the three attendance columns stay where a click or a key sets them.
Someone who turns up without an invitation is typed in the row under the table: a
person from the directory or the family, or a new person with service and role
(saved to the directory too).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableWidgetItem,
    QWidget,
)

from familiemote.domain import consent as consent_rules
from familiemote.domain import model as m
from familiemote.domain.errors import ConsentMissingError, ValidationCode, ValidationError
from familiemote.services import directory
from familiemote.services import meetings as meeting_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.forms_base import add_row, error_line, run_form, show_error
from familiemote.ui.guide.step import GuideStep, guide_button, row_table
from familiemote.ui.labels import label, service_label
from familiemote.ui.meeting_common import participant_name
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.widgets import announce, longest_word_width

COL_NAME, COL_WHO, COL_ROLES = 0, 1, 2
COL_PRESENT, COL_NOTICE, COL_ABSENT = 3, 4, 5
STATUS_COLUMNS = {
    COL_PRESENT: m.Attendance.PRESENT,
    COL_NOTICE: m.Attendance.ABSENT_WITH_NOTICE,
    COL_ABSENT: m.Attendance.ABSENT_WITHOUT_NOTICE,
}
KEYS = {
    Qt.Key.Key_T: m.Attendance.PRESENT,
    Qt.Key.Key_Space: m.Attendance.PRESENT,
    Qt.Key.Key_1: m.Attendance.PRESENT,
    Qt.Key.Key_F: m.Attendance.ABSENT_WITH_NOTICE,
    Qt.Key.Key_2: m.Attendance.ABSENT_WITH_NOTICE,
    Qt.Key.Key_I: m.Attendance.ABSENT_WITHOUT_NOTICE,
    Qt.Key.Key_3: m.Attendance.ABSENT_WITHOUT_NOTICE,
    Qt.Key.Key_0: m.Attendance.INVITED,
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AttendancePanel(GuideStep):
    """The attendance list of one meeting.

    Signals:
        committed(): an attendance or a participant was stored.
    """

    def __init__(
        self,
        uow_factory: UowFactory,
        today: dt.date,
        settings: consent_rules.AgeSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(uow_factory, today, parent)
        self.settings = settings
        layout = self.step_layout()
        caption = QLabel(
            self.tr(
                "&Oppmøte: T eller mellomrom = til stede, F = meldt forfall, I = ikke møtt "
                "(ett tastetrykk per person; markøren går videre til neste):"
            )
        )
        caption.setWordWrap(True)
        self.table = row_table(
            [
                self.tr("Deltaker"),
                self.tr("Tjeneste / relasjon"),
                self.tr("Roller"),
                self.tr("Til stede"),
                self.tr("Meldt forfall"),
                self.tr("Ikke møtt"),
            ],
            self.tr("Oppmøte"),
            stretch=1,
        )
        self.table.installEventFilter(self)
        # the people as (name, service or relation, roles), for the details under the name
        self._people: list[tuple[str, str, str]] = []
        self.stacked = False  # service and roles under the name, their columns hidden
        self._titles: dict[int, int] = {}  # each column's title width, measured while shown
        self.table.viewport().installEventFilter(self)
        self.table.cellClicked.connect(self._clicked)
        caption.setBuddy(self.table)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.all_button = guide_button(
            self.tr("Alle til s&tede"), self.tr("Alle til stede"), self.all_present
        )
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Oppmøte i tall"))
        self.summary.setWordWrap(True)  # at a large text size, beside the button
        row.addWidget(self.all_button)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        self.consent_label = QLabel()
        self.consent_label.setWordWrap(True)
        self.consent_label.setAccessibleName(self.tr("Samtykke for deltakerne"))
        layout.addWidget(self.consent_label)

        walk_in_label = QLabel(
            self.tr("Kom noen uten å være invitert? Skriv navnet og trykk Enter:")
        )
        walk_in_label.setWordWrap(True)
        layout.addWidget(walk_in_label)
        form = QFormLayout()
        self.walk_in = QLineEdit()
        self.walk_in.setPlaceholderText(self.tr("navn fra katalogen eller familien, eller et nytt"))
        self._walk_in_model = QStringListModel(self)
        completer = QCompleter(self._walk_in_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.walk_in.setCompleter(completer)
        self.walk_in_service = QComboBox()
        self.walk_in_title = QLineEdit()
        self.walk_in_title.setPlaceholderText(self.tr("for eksempel Kontaktlærer"))
        add_row(form, self.tr("&Kom uanmeldt:"), self.walk_in)
        add_row(form, self.tr("Tjeneste (ny person):"), self.walk_in_service)
        add_row(form, self.tr("Stilling / &rolle (ny person):"), self.walk_in_title)
        layout.addLayout(form)
        add = QHBoxLayout()
        self.add_button = guide_button(
            self.tr("Le&gg til i møtet (Enter)"), self.tr("Legg til i møtet"), self.add_walk_in
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Lagt til"))
        add.addWidget(self.add_button)
        add.addWidget(self.status, 1)
        layout.addLayout(add)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        for edit in (self.walk_in, self.walk_in_title):
            edit.returnPressed.connect(self.add_walk_in)
        self.walk_in_choices: dict[str, tuple[str, int]] = {}

    # -- data ----------------------------------------------------------------------------

    def set_case(self, detail: CaseDetail, meeting: m.Meeting) -> None:
        self.detail, self.meeting = detail, meeting
        current = self.table.currentRow()
        self.table.setRowCount(len(meeting.participants))
        self._people = []
        for r, p in enumerate(meeting.participants):
            name, who, _contact = participant_name(detail, p)
            if p.kind == m.ParticipantKind.PROFESSIONAL and not p.receives_information:
                who += self.tr(" – drøfter anonymt")
            roles = ", ".join(label(x) for x in sorted(p.roles, key=lambda x: x.value))
            cells = [name, who, roles]
            self._people.append((name, who, roles))
            cells += ["✓" if p.attendance == status else "" for status in STATUS_COLUMNS.values()]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, p.id)
                if c >= COL_PRESENT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    # whose attendance: a screen reader on this cell says the name too
                    item.setData(
                        Qt.ItemDataRole.AccessibleTextRole,
                        f"{name}, {label(STATUS_COLUMNS[c])}: "
                        f"{self.tr('ja') if text else self.tr('nei')}",
                    )
                self.table.setItem(r, c, item)
        self._show_people(self._details_under_name())
        if meeting.participants:
            self.table.setCurrentCell(max(0, min(current, len(meeting.participants) - 1)), 0)
        counts = {a: sum(p.attendance == a for p in meeting.participants) for a in m.Attendance}
        self.summary.setText(
            self.tr(
                "{present} til stede, {notice} meldt forfall, {absent} ikke møtt, "
                "{open} ikke registrert"
            ).format(
                present=counts[m.Attendance.PRESENT],
                notice=counts[m.Attendance.ABSENT_WITH_NOTICE],
                absent=counts[m.Attendance.ABSENT_WITHOUT_NOTICE],
                open=counts[m.Attendance.INVITED],
            )
        )
        missing = [
            service_label(detail.service_name(p.service_id))
            for p in meeting.participants
            if p.receives_information
            and p.service_id is not None
            and consent_rules.consent_gap(detail.case, p.service_id, self.today, self.settings)
            is not None
        ]
        self.consent_label.setText(
            self.tr("⚠ Samtykket dekker ikke: {names}. Drøft saken anonymt med dem.").format(
                names=", ".join(missing)
            )
            if missing
            else ""
        )
        self.consent_label.setVisible(bool(missing))
        self._fill_walk_in(detail, meeting)

    def _fill_walk_in(self, d: CaseDetail, meeting: m.Meeting) -> None:
        taken_people = {p.professional_id for p in meeting.participants if p.professional_id}
        taken_family = {p.family_member_id for p in meeting.participants if p.family_member_id}
        choices: dict[str, tuple[str, int]] = {}
        for f in d.case.family_members:
            if f.id is not None and f.id not in taken_family:
                choices[f"{f.name} ({label(f.relation).lower()})"] = ("family", f.id)
        for p in sorted(d.professionals.values(), key=lambda p: p.name):
            if p.active and p.id is not None and p.id not in taken_people:
                service = service_label(d.service_name(p.service_id))
                choices[f"{p.name} ({service})" if service else p.name] = ("person", p.id)
        self.walk_in_choices = choices
        self._walk_in_model.setStringList(list(choices))
        selected = self.walk_in_service.currentData()
        self.walk_in_service.clear()
        self.walk_in_service.addItem(self.tr("(velg tjenesten til en ny person)"), None)
        for s in sorted(d.services.values(), key=lambda s: service_label(s.name)):
            if s.active:
                self.walk_in_service.addItem(service_label(s.name), s.id)
        self.walk_in_service.setCurrentIndex(max(0, self.walk_in_service.findData(selected)))

    # -- details under the name, where the columns do not fit ----------------------------

    def _details_under_name(self) -> bool:
        """Whether the six columns, each as wide as its text (the service column at
        least its longest word), are wider than the table."""
        table = self.table
        metrics = table.fontMetrics()
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
        pad = 2 * (margin + 1)
        header = table.horizontalHeader()
        for c in range(table.columnCount()):  # a hidden section has no size hint
            if not table.isColumnHidden(c):
                self._titles[c] = header.sectionSizeHint(c)
        titles = self._titles

        def widest(texts: list[str]) -> int:
            return max((metrics.horizontalAdvance(t) for t in texts), default=0) + pad

        need = max(titles.get(COL_NAME, 0), widest([n for n, _w, _r in self._people]))
        need += max(titles.get(COL_WHO, 0), longest_word_width(table, COL_WHO))
        need += max(titles.get(COL_ROLES, 0), widest([r for _n, _w, r in self._people]))
        need += sum(max(titles.get(c, 0), widest(["✓"])) for c in STATUS_COLUMNS)
        return need > table.viewport().width()

    def _show_people(self, stacked: bool) -> None:
        table = self.table
        for row, (name, who, roles) in enumerate(self._people):
            item = table.item(row, COL_NAME)
            if item is None:
                continue
            if stacked:
                details = [name, *(text for text in (who, roles) if text)]
                item.setText("\n".join(details))
                # read aloud as one line
                item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(details))
            else:
                item.setText(name)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, None)
        if stacked == self.stacked:
            return
        self.stacked = stacked
        header = table.horizontalHeader()
        header.setSectionResizeMode(
            COL_NAME,
            QHeaderView.ResizeMode.Stretch if stacked else QHeaderView.ResizeMode.ResizeToContents,
        )
        header.setSectionResizeMode(
            COL_WHO,
            QHeaderView.ResizeMode.ResizeToContents if stacked else QHeaderView.ResizeMode.Stretch,
        )
        for column in (COL_WHO, COL_ROLES):
            table.setColumnHidden(column, stacked)
        table.resizeRowsToContents()

    # -- attendance ----------------------------------------------------------------------

    def name_at(self, row: int) -> str:
        return self._people[row][0] if 0 <= row < len(self._people) else ""

    def participant_at(self, row: int) -> int | None:
        item = self.table.item(row, 0)
        return None if item is None else int(item.data(ID_ROLE))

    def set_attendance(self, row: int, attendance: m.Attendance) -> bool:
        pid = self.participant_at(row)
        if pid is None or self.meeting is None or self.meeting.id is None:
            return False
        meeting_id = self.meeting.id
        if run_form(
            lambda: meeting_service.set_attendance(self.uow_factory(), meeting_id, pid, attendance),
            self.error_label,
            {},
            self.tr("Ikke lagret: "),
            again=lambda: self._set_attendance_of(pid, attendance),
        ):
            name = self.name_at(row)  # read before the table is filled again
            self.committed.emit()
            announce(self.table, f"{name}: {label(attendance)}")
            return True
        return False

    def _set_attendance_of(self, pid: int, attendance: m.Attendance) -> None:
        """The same person's attendance again (the rows may have moved meanwhile)."""
        for row in range(self.table.rowCount()):
            if self.participant_at(row) == pid:
                self.set_attendance(row, attendance)
                return

    def _clicked(self, row: int, column: int) -> None:
        if column in STATUS_COLUMNS:
            self.set_attendance(row, STATUS_COLUMNS[column])

    def all_present(self) -> None:
        if self.meeting is None or self.meeting.id is None:
            return
        meeting_id = self.meeting.id
        if run_form(
            lambda: meeting_service.set_all_present(self.uow_factory(), meeting_id),
            self.error_label,
            {},
            self.tr("Ikke lagret: "),
            again=self.all_present,
        ):
            self.committed.emit()
            announce(self.table, self.tr("Alle til stede"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            stacked = self._details_under_name()
            if stacked != self.stacked:
                self._show_people(stacked)
            return False
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            attendance = KEYS.get(Qt.Key(event.key()))
            row = self.table.currentRow()
            if attendance is not None and row >= 0:
                if self.set_attendance(row, attendance):
                    self.table.setCurrentCell(min(row + 1, self.table.rowCount() - 1), 0)
                return True
        return super().eventFilter(watched, event)

    # -- someone who came unannounced ----------------------------------------------------

    def add_walk_in(self) -> None:
        if self.detail is None or self.meeting is None or self.meeting.id is None:
            return
        text = self.walk_in.text().strip()
        if not text:
            show_error(self.error_label, self.tr("Skriv navnet på den som kom."))
            self.walk_in.setFocus()
            return
        meeting_id = self.meeting.id
        choice = self.walk_in_choices.get(text)
        if choice is None:
            hits = [v for k, v in self.walk_in_choices.items() if k.casefold() == text.casefold()]
            choice = hits[0] if hits else None
        anonymous = [False]

        def add() -> None:
            if choice is not None and choice[0] == "family":
                data = meeting_service.ParticipantInput(
                    m.ParticipantKind.FAMILY,
                    family_member_id=choice[1],
                    attendance=m.Attendance.PRESENT,
                )
                meeting_service.add_participant(self.uow_factory(), meeting_id, data, self.today)
                return
            if choice is not None:
                person_id = choice[1]
            elif self.walk_in_service.currentData() is None:
                raise ValidationError("service", ValidationCode.REQUIRED)
            else:
                person_id = directory.add_professional(
                    self.uow_factory(),
                    directory.NewProfessional(
                        text, self.walk_in_service.currentData(), self.walk_in_title.text()
                    ),
                )
            data = meeting_service.ParticipantInput(
                m.ParticipantKind.PROFESSIONAL,
                professional_id=person_id,
                attendance=m.Attendance.PRESENT,
            )
            try:
                meeting_service.add_participant(self.uow_factory(), meeting_id, data, self.today)
            except ConsentMissingError:  # taking part, but the case is discussed anonymously
                anonymous[0] = True
                data = meeting_service.ParticipantInput(
                    m.ParticipantKind.PROFESSIONAL,
                    professional_id=person_id,
                    attendance=m.Attendance.PRESENT,
                    receives_information=False,
                )
                meeting_service.add_participant(self.uow_factory(), meeting_id, data, self.today)

        fields = {
            "name": self.walk_in,
            "title": self.walk_in_title,
            "participants": self.walk_in,
            "service": self.walk_in_service,
        }
        if not run_form(
            add, self.error_label, fields, self.tr("Ikke lagt til: "), again=self.add_walk_in
        ):
            return
        message = self.tr("✓ {name} er lagt til som til stede.").format(name=text)
        if choice is None:
            message += " " + self.tr("Ny person er lagret i katalogen.")
        if anonymous[0]:
            message += " " + self.tr(
                "Samtykket dekker ikke tjenesten: saken drøftes anonymt med dem."
            )
        self.status.setText(message)
        self.walk_in.clear()
        self.walk_in_title.clear()
        self.committed.emit()
