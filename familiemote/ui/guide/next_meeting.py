"""«Neste møte»: the next meeting planned from the guide, with its calendar file.

Date and time, place (this meeting's by default) and the participants carried
over (everyone invited to this meeting, ticked; Space unticks one). «Opprett
neste møte» stores it as a planned meeting, puts the open actions on its agenda
and records the time on this meeting. Then a calendar file (.ics) for everyone
can be saved; it holds no personal data ("Familiemøte" and the place).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familiemote import ics
from familiemote.domain import model as m
from familiemote.domain.calendar_no import next_working_day
from familiemote.domain.errors import ConsentMissingError, SpecialistLimitError
from familiemote.services import meetings as meeting_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.forms_base import (
    add_row,
    date_time_edit,
    date_time_of,
    error_line,
    run_form,
    show_error,
)
from familiemote.ui.guide.step import GuideStep, guide_button, wrap_items
from familiemote.ui.labels import label
from familiemote.ui.meeting_common import participant_name
from familiemote.ui.panels.base import UowFactory

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_WEEKS = 8


def later_meeting(d: CaseDetail, meeting: m.Meeting) -> m.Meeting | None:
    """The planned meeting of the case that follows ``meeting`` (the one created here)."""
    later = [
        mt
        for mt in d.case.meetings
        if mt.id != meeting.id
        and mt.status == m.MeetingStatus.PLANNED
        and mt.starts_at > meeting.starts_at
    ]
    if meeting.next_meeting_at is not None:
        same = [mt for mt in later if mt.starts_at == meeting.next_meeting_at]
        if same:
            return same[0]
    return min(later, key=lambda mt: mt.starts_at) if later else None


class NextMeetingPanel(GuideStep):
    """Plan the next meeting without leaving the guide.

    Signals:
        committed(): the next meeting was created (or this meeting's record of it changed).
    """

    def __init__(self, uow_factory: UowFactory, today: dt.date, parent: QWidget | None = None):
        super().__init__(uow_factory, today, parent)
        self.version: Callable[[], int | None] = lambda: None  # the guide's meeting version
        self.choose_ics_path: Callable[[str], str] = self._ask_path
        self.saved_ics: Path | None = None
        layout = self.step_layout()
        self.created_label = QLabel()
        self.created_label.setWordWrap(True)
        self.created_label.setAccessibleName(self.tr("Neste møte"))
        layout.addWidget(self.created_label)
        self.form_box = QWidget()
        box = QVBoxLayout(self.form_box)
        box.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        start = dt.datetime.combine(today + dt.timedelta(weeks=DEFAULT_WEEKS), dt.time(9))
        self.when = date_time_edit(start, self.tr("Tidspunkt for neste møte"))
        self.place = QLineEdit()
        add_row(form, self.tr("&Tidspunkt:"), self.when)
        add_row(form, self.tr("St&ed:"), self.place)
        box.addLayout(form)
        people_label = QLabel(
            self.tr("&Deltakere som inviteres (mellomrom tar bort eller setter på haken):")
        )
        people_label.setWordWrap(True)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Deltakere i neste møte"))
        wrap_items(self.people)
        self.people.setMaximumHeight(180)
        people_label.setBuddy(self.people)
        box.addWidget(people_label)
        box.addWidget(self.people)
        row = QHBoxLayout()
        self.create_button = guide_button(
            self.tr("&Opprett neste møte"), self.tr("Opprett neste møte"), self.create_meeting
        )
        row.addWidget(self.create_button)
        row.addStretch(1)
        box.addLayout(row)
        layout.addWidget(self.form_box)
        after = QHBoxLayout()
        self.ics_button = guide_button(
            self.tr("Lagre &kalenderfil (.ics) for alle …"),
            self.tr("Lagre kalenderfil for neste møte"),
            self.save_ics,
        )
        self.change_button = guide_button(
            self.tr("Endre &deltakere og tid …"), self.tr("Endre neste møte"), self.change
        )
        after.addWidget(self.ics_button)
        after.addWidget(self.change_button)
        after.addStretch(1)
        layout.addLayout(after)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        self.place.returnPressed.connect(self.create_meeting)
        self.next: m.Meeting | None = None

    def set_case(self, detail: CaseDetail, meeting: m.Meeting) -> None:
        first = self.meeting is None or self.meeting.id != meeting.id
        self.detail, self.meeting = detail, meeting
        self.next = later_meeting(detail, meeting)
        if first:
            if meeting.next_meeting_at is not None:
                when = meeting.next_meeting_at
            else:
                when = dt.datetime.combine(
                    max(meeting.starts_at.date(), self.today) + dt.timedelta(weeks=DEFAULT_WEEKS),
                    meeting.starts_at.time(),
                )
            if meeting.next_meeting_at is None:  # a working day, never a public holiday
                when = dt.datetime.combine(next_working_day(when.date()), when.time())
            self.when.setDateTime(date_time_edit(when, "").dateTime())
            self.place.setText(meeting.place)
            self.people.clear()
            for p in meeting.participants:
                name, who, _contact = participant_name(detail, p)
                if who and not who.startswith("("):  # «(ingen navngitt person)» has its own
                    who = f"({who})"
                item = QListWidgetItem(f"{name} {who}" if who else name)
                item.setData(ID_ROLE, p.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                keep = p.attendance != m.Attendance.ABSENT_WITHOUT_NOTICE or p.kind != (
                    m.ParticipantKind.PROFESSIONAL
                )
                item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
                self.people.addItem(item)
            if self.people.count():
                self.people.setCurrentRow(0)
        nxt = self.next
        if nxt is not None:
            invited = len(nxt.participants)
            self.created_label.setText(
                self.tr(
                    "✓ Neste møte er planlagt: {kind} {when}{place}, %n inviterte. "
                    "Tiltakene som fortsatt pågår, står på sakslisten.",
                    "",
                    invited,
                ).format(
                    kind=label(nxt.kind).lower(),
                    when=nxt.starts_at.strftime("%d.%m.%Y kl. %H.%M"),
                    place=self.tr(", {place}").format(place=nxt.place) if nxt.place else "",
                    n=invited,
                )
            )
        else:
            self.created_label.setText(
                self.tr(
                    "Avtal tid og sted, og opprett møtet her: det blir et planlagt møte i saken."
                )
            )
        self.form_box.setVisible(nxt is None)
        self.ics_button.setVisible(nxt is not None)
        self.change_button.setVisible(nxt is not None)

    def kept(self) -> frozenset[int]:
        out = set()
        for i in range(self.people.count()):
            item = self.people.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.add(int(item.data(ID_ROLE)))
        return frozenset(out)

    def _offer_consent(self, service_id: int) -> bool:
        """A kept participant's service lacks consent: say whose, offer to record it."""
        from familiemote.services import cases as case_service
        from familiemote.services import consent as consent_service
        from familiemote.ui.guide.actions_editor import consent_gap
        from familiemote.ui.panels.consent import offer_consent

        if self.detail is None or self.detail.case.id is None:
            return False
        settings = consent_service.get_age_settings(self.uow_factory())
        if offer_consent(
            self,
            self.uow_factory,
            self.detail,
            service_id,
            self.today,
            settings,
            self.tr("Neste møte"),
        ):
            self.detail = case_service.get_case(self.uow_factory(), self.detail.case.id)
            return True
        show_error(
            self.error_label,
            self.tr(
                "Ikke opprettet: {gap}. Registrer samtykket, eller fjern personen fra listen."
            ).format(gap=consent_gap(self.detail, service_id, self.today, settings)),
        )
        return False

    def create_meeting(self) -> bool:
        if self.meeting is None or self.meeting.id is None:
            return False
        meeting_id = self.meeting.id
        when, place, kept = date_time_of(self.when), self.place.text(), self.kept()
        result: list[meeting_service.NextMeeting] = []
        no_consent: list[ConsentMissingError] = []

        def save() -> None:
            try:
                result.append(
                    meeting_service.plan_next_meeting(
                        self.uow_factory(),
                        meeting_id,
                        when,
                        place,
                        kept,
                        self.today,
                        self.version(),
                    )
                )
            except ConsentMissingError as err:  # offered to record it below
                no_consent.append(err)

        fields = {"starts_at": self.when, "place": self.place, "participants": self.people}
        try:
            ok = run_form(
                save,
                self.error_label,
                fields,
                self.tr("Ikke opprettet: "),
                again=self.create_meeting,
            )
        except SpecialistLimitError:
            ok = False
        except Exception as err:  # a conflict: the guide's version is old
            from familiemote.domain.errors import ConcurrentChangeError

            if not isinstance(err, ConcurrentChangeError):
                raise
            show_error(
                self.error_label,
                self.tr(
                    "Ikke opprettet: noen andre har lagret dette møtet samtidig. Prøv igjen: "
                    "guiden har nå den nyeste versjonen."
                ),
            )
            self.committed.emit()
            return False
        if ok and no_consent:
            if self._offer_consent(no_consent[0].service_id):
                return self.create_meeting()  # the same meeting, nothing retyped
            return False
        if not ok:
            return False
        self.committed.emit()
        return True

    # -- after it was created ------------------------------------------------------------

    def _ask_path(self, start: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lagre kalenderfil"), start, self.tr("Kalenderfiler (*.ics)")
        )
        return path

    def ics_text(self) -> str:
        assert self.next is not None and self.next.id is not None
        event = ics.meeting_event(
            self.next.id,
            self.next.starts_at,
            self.tr("Familiemøte")
            if self.next.kind == m.MeetingKind.FAMILY
            else label(self.next.kind),
            location=self.next.place,
        )
        return ics.calendar([event], dt.datetime.now(dt.UTC))

    def save_ics(self) -> None:
        if self.next is None:
            return
        start = str(Path.home() / f"familiemote-{self.next.starts_at:%Y-%m-%d}.ics")
        path = self.choose_ics_path(start)
        if not path:
            return
        target = ics.ics_file(path)
        try:
            target.write_text(self.ics_text(), encoding="utf-8", newline="")
        except OSError as err:
            show_error(
                self.error_label,
                self.tr("Filen ble ikke lagret: {detail}").format(detail=err.strerror or err),
            )
            return
        self.saved_ics = target
        self.error_label.hide()
        self.created_label.setText(
            self.created_label.text()
            + "\n"
            + self.tr("Kalenderfilen er lagret: {path}. Send den til deltakerne.").format(
                path=target
            )
        )

    def change(self) -> None:
        if self.next is None or self.detail is None:
            return
        from familiemote.ui.meeting_planner import MeetingPlannerDialog

        dialog = MeetingPlannerDialog(
            self.uow_factory, self.detail, self.today, self.next, self.window()
        )
        if dialog.exec() and dialog.result_ is not None:
            self.committed.emit()
