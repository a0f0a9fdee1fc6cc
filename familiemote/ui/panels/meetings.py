"""The meetings tab: plan a meeting, open the guide, and every meeting of the case, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout

from familiemote.domain import model as m
from familiemote.services.cases import CaseDetail
from familiemote.ui import case_commands
from familiemote.ui.case_list import format_date
from familiemote.ui.flow_layout import FlowLayout
from familiemote.ui.labels import label
from familiemote.ui.meeting_common import (
    epikrise_text,
    meeting_title,
    participant_name,
    responsible_text,
    specialist_count_text,
)
from familiemote.ui.panels.base import CasePanel
from familiemote.ui.widgets import heading, read_only_table, text_label


class MeetingsPanel(CasePanel):
    def build(self, d: CaseDetail, layout: QVBoxLayout) -> None:
        case = d.case
        meetings = sorted(case.meetings, key=lambda mt: mt.starts_at, reverse=True)
        layout.addWidget(heading(self.tr("Møter ({n})").format(n=len(meetings))))
        top = FlowLayout()  # on two rows when the pane is too narrow for one
        self.new_button = QPushButton(self.tr("Nytt familiemøte …"))
        self.new_button.setAccessibleName(self.tr("Nytt familiemøte"))
        self.new_button.clicked.connect(lambda: self._plan(None, m.MeetingKind.FAMILY))
        self.summary_button = QPushButton(self.tr("Nytt oppsummerende møte …"))
        self.summary_button.setAccessibleName(self.tr("Nytt oppsummerende møte"))
        self.summary_button.clicked.connect(lambda: self._plan(None, m.MeetingKind.SUMMARY))
        for b in (self.new_button, self.summary_button):
            b.setEnabled(case.status == m.CaseStatus.OPEN)
            top.addWidget(b)
        layout.addLayout(top)
        layout.addWidget(text_label(specialist_count_text(d)))
        if not meetings:
            layout.addWidget(text_label(self.tr("Ingen møter ennå.")))
        self.guide_buttons: dict[int, QPushButton] = {}
        for meeting in meetings:
            layout.addWidget(self._meeting_heading(meeting))
            layout.addWidget(self._meeting_box(d, meeting))

    def _meeting_heading(self, meeting: m.Meeting) -> QLabel:
        title = meeting_title(meeting)
        if meeting.place:
            title += f" – {meeting.place}"
        shown = heading(f"{title} ({label(meeting.status)})", 1.1)
        shown.setWordWrap(True)  # at a large text size on a small screen
        return shown

    def _meeting_box(self, d: CaseDetail, meeting: m.Meeting) -> QGroupBox:
        title = meeting_title(meeting)
        if meeting.place:
            title += f" – {meeting.place}"
        title += f" ({label(meeting.status)})"
        box = QGroupBox()
        box.setAccessibleName(title)
        inner = QVBoxLayout(box)
        buttons = FlowLayout()
        guide = QPushButton(self.tr("Åpne møteguiden …"))
        guide.setAccessibleName(self.tr("Åpne møteguiden for {title}").format(title=title))
        guide.clicked.connect(lambda _c=False, mid=meeting.id: self._guide(mid))
        edit = QPushButton(self.tr("Endre deltakere og tid …"))
        edit.setAccessibleName(self.tr("Endre deltakere og tid for {title}").format(title=title))
        edit.clicked.connect(lambda _c=False, mt=meeting: self._plan(mt, mt.kind))
        buttons.addWidget(guide)
        buttons.addWidget(edit)
        inner.addLayout(buttons)
        if meeting.id is not None:
            self.guide_buttons[meeting.id] = guide
        if meeting.kind == m.MeetingKind.FAMILY:
            inner.addWidget(text_label(responsible_text(d)))
        else:
            inner.addWidget(text_label(epikrise_text(meeting, self.today)))
        if meeting.bup_override_reason:
            inner.addWidget(
                text_label(
                    self.tr("Unntak fra BUP-regelen: {reason}").format(
                        reason=meeting.bup_override_reason
                    )
                )
            )
        rows = []
        contacts = []
        for p in meeting.participants:
            name, who, contact = participant_name(d, p)
            if p.kind == m.ParticipantKind.PROFESSIONAL and not p.receives_information:
                who += self.tr(" (drøfter anonymt)")
            roles = ", ".join(label(r) for r in sorted(p.roles, key=lambda r: r.value))
            rows.append((name, who, roles, label(p.attendance), breakable_contact(contact)))
            contacts.append(contact)
        table = read_only_table(
            [
                self.tr("Deltaker"),
                self.tr("Tjeneste / relasjon"),
                self.tr("Rolle"),
                self.tr("Oppmøte"),
                self.tr("Kontakt"),
            ],
            rows,
            self.tr("Deltakere"),
            stretch=1,
            wrap={0: 24, 2: 24, 4: 30},  # narrow: name, role and contact wrap
        )
        for row, text in enumerate(contacts):  # read aloud without the break marks
            if (item := table.item(row, 4)) is not None:
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                item.setToolTip(text)
        inner.addWidget(table)
        family = meeting.kind == m.MeetingKind.FAMILY
        sections = [
            (self.tr("Familiens beskrivelse"), meeting.family_description),
            (self.tr("Barnets stemme"), meeting.child_voice),
            (
                self.tr("Tjenestenes vurdering")
                if family
                else self.tr("Status fra spesialisthelsetjenesten"),
                meeting.services_view,
            ),
        ]
        for heading_text, text in sections:
            if text:
                inner.addWidget(heading(heading_text, 1.0))
                inner.addWidget(text_label(text))
        if family:
            decision = (
                label(meeting.decision)
                if meeting.decision
                else self.tr("Ingen beslutning skrevet ned")
            )
            if meeting.decision_text:
                decision += ": " + meeting.decision_text
            inner.addWidget(heading(self.tr("Beslutning"), 1.0))
            inner.addWidget(text_label(decision))
            referrals = [r for r in d.case.referrals if r.meeting_id == meeting.id]
            for r in referrals:
                text = self.tr("Sjekklisten for henvisning: {n} av 5 punkter.").format(
                    n=len(r.checklist)
                )
                if r.referred_on:
                    text += " " + self.tr("Sendt {date}.").format(date=format_date(r.referred_on))
                inner.addWidget(text_label(text))
        elif meeting.decision_text:
            inner.addWidget(heading(self.tr("Videre tiltak"), 1.0))
            inner.addWidget(text_label(meeting.decision_text))
        if meeting.next_meeting_note or meeting.next_meeting_at:
            inner.addWidget(
                heading(self.tr("Neste møte") if family else self.tr("Ansvarsgruppe"), 1.0)
            )
            parts = []
            if meeting.next_meeting_at:
                parts.append(meeting.next_meeting_at.strftime("%d.%m.%Y kl. %H.%M"))
            if meeting.next_meeting_note:
                parts.append(meeting.next_meeting_note)
            inner.addWidget(text_label("\n".join(parts)))
        return box

    def _plan(self, meeting: m.Meeting | None, kind: m.MeetingKind) -> None:
        if self.detail and case_commands.plan_meeting(
            self, self.uow_factory, self.detail, self.today, meeting, kind
        ):
            self.changed.emit()

    def _guide(self, meeting_id: int | None) -> None:
        if (
            self.detail
            and meeting_id is not None
            and case_commands.open_guide(
                self, self.uow_factory, self.detail, meeting_id, self.today
            )
        ):
            self.changed.emit()


def breakable_contact(contact: str) -> str:
    """A participant's «phone, e-mail» as it may wrap in a narrow column: the phone
    number held together (no-break spaces), the e-mail address broken, only when it must,
    after its «@» and before a dot (zero-width spaces), never inside a name."""
    parts = contact.split(", ")
    return ", ".join(
        p.replace("@", "@\u200b").replace(".", "\u200b.") if "@" in p else p.replace(" ", "\u00a0")
        for p in parts
    )
