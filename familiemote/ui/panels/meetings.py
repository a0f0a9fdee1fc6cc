"""The meetings tab: plan a meeting, open the guide, and every meeting of the case, newest first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

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
from familiemote.ui.widgets import heading, least_long_width, read_only_table, text_label


class MeetingsPanel(CasePanel):
    def build(self, d: CaseDetail, layout: QVBoxLayout) -> None:
        case = d.case
        meetings = sorted(case.meetings, key=lambda mt: mt.starts_at, reverse=True)
        layout.addWidget(heading(self.tr("Møter ({n})").format(n=len(meetings))))
        top = FlowLayout()  # on two rows when the pane is too narrow for one
        self.new_button = QPushButton(self.tr("&Nytt familiemøte …"))
        self.new_button.setAccessibleName(self.tr("Nytt familiemøte"))
        self.new_button.clicked.connect(lambda: self._plan(None, m.MeetingKind.FAMILY))
        self.summary_button = QPushButton(self.tr("Nytt oppsummer&ende møte …"))
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
        for p in meeting.participants:
            name, who, contact = participant_name(d, p)
            if p.kind == m.ParticipantKind.PROFESSIONAL and not p.receives_information:
                who += self.tr(" (drøfter anonymt)")
            roles = ", ".join(label(r) for r in sorted(p.roles, key=lambda r: r.value))
            rows.append((name, who, roles, label(p.attendance), contact))
        # narrow: name, role and contact wrap (the name column changes its mind: below)
        wrap = {0: 24, 2: 24, 4: 30}
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
            wrap=wrap,
        )
        ContactUnderName(table, wrap, [r[0] for r in rows], [r[4] for r in rows])
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


class ContactUnderName(QObject):
    """A meeting's participants table reads at a glance at any text size: while its five
    columns fit at their own widths, the contact (phone, e-mail) has a column of its own;
    when they do not (150 % text on a laptop screen), it goes under each name, the phone
    and the e-mail address on lines of their own, and the «Kontakt» column is hidden.

    It watches the table's width ahead of the table's own sharing of its columns (a
    filter installed later is asked first), so that sharing lays out the columns shown.
    With the contact under it, the name column no longer wraps as a share of the width
    (``wrap``, which the sharing reads at each layout): it is as wide as its longest
    line, an e-mail address whole, and gives way (breaking the address after its «@»)
    only when the table cannot fit otherwise.
    """

    NAME, CONTACT = 0, 4

    def __init__(
        self,
        table: QTableWidget,
        wrap: dict[int, int],
        names: list[str],
        contacts: list[str],
    ) -> None:
        super().__init__(table)
        self.table, self.names, self.contacts = table, names, contacts
        self.wrap, self.name_wrap = wrap, wrap.get(self.NAME, 24)
        self.stacked = False
        self.own: dict[int, int] = {}
        table.viewport().installEventFilter(self)
        self.decide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.decide()
        return False

    def _natural(self, column: int) -> int:
        table = self.table
        return max(
            table.sizeHintForColumn(column), table.horizontalHeader().sectionSizeHint(column)
        )

    def decide(self) -> None:
        table = self.table
        if not any(self.contacts):
            return
        if not self.stacked:  # the name and contact columns' own widths, as they are shown
            self.own = {c: self._natural(c) for c in (self.NAME, self.CONTACT)}
        # as the table judges whether its columns fit: the service column (which wraps)
        # at least 14 characters and its longest word, the others as wide as their text
        need = (
            least_long_width(table, 1)
            + sum(self.own.values())
            + sum(self._natural(c) for c in (2, 3))
        )
        stacked = need > table.viewport().width()
        if stacked == self.stacked:
            return
        self.stacked = stacked
        for row, (name, contact) in enumerate(zip(self.names, self.contacts, strict=True)):
            item = table.item(row, self.NAME)
            if item is None:
                continue
            if stacked and contact:
                item.setText(f"{name}\n{contact_lines(contact)}")
                # read aloud as one line, without the break marks
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {contact}")
            else:
                item.setText(name)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, None)
        if stacked:
            self.wrap.pop(self.NAME, None)
        else:
            self.wrap[self.NAME] = self.name_wrap
        table.setColumnHidden(self.CONTACT, stacked)


def contact_lines(contact: str) -> str:
    """A participant's «phone, e-mail» on lines of their own, as it is shown under the
    name: the phone number held together (no-break spaces); the e-mail address broken,
    only when it must, after its «@» (a zero-width space)."""
    lines = []
    for part in contact.split(", "):
        if "@" in part:
            lines.append(part.replace("@", "@\u200b", 1))
        else:
            lines.append(part.replace(" ", "\u00a0"))
    return "\n".join(lines)
