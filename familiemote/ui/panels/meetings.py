"""The meetings tab: every meeting of the case, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from familiemote.domain import model as m
from familiemote.services.cases import CaseDetail
from familiemote.ui.labels import label
from familiemote.ui.panels.base import CasePanel
from familiemote.ui.widgets import heading, read_only_table, text_label


class MeetingsPanel(CasePanel):
    def build(self, d: CaseDetail, layout: QVBoxLayout) -> None:
        case = d.case
        meetings = sorted(case.meetings, key=lambda mt: mt.starts_at, reverse=True)
        layout.addWidget(heading(self.tr("Møter ({n})").format(n=len(meetings))))
        if not meetings:
            layout.addWidget(text_label(self.tr("Ingen møter ennå.")))
        for meeting in meetings:
            layout.addWidget(self._meeting_box(d, meeting))

    def _participant_name(self, d: CaseDetail, p: m.Participant) -> tuple[str, str]:
        if p.kind == m.ParticipantKind.CHILD:
            return d.case.child_first_name, self.tr("Barnet")
        if p.kind == m.ParticipantKind.FAMILY:
            member = d.family_member(p.family_member_id)
            if member is None:
                return "–", ""
            return member.name, label(member.relation)
        person = d.professionals.get(p.professional_id or -1)
        name = person.name if person else "–"
        service = d.service_name(p.service_id)
        if person and person.title:
            service = f"{person.title}, {service}" if service else person.title
        return name, service

    def _meeting_box(self, d: CaseDetail, meeting: m.Meeting) -> QGroupBox:
        when = meeting.starts_at.strftime("%d.%m.%Y kl. %H.%M")
        title = f"{label(meeting.kind)} {when}"
        if meeting.place:
            title += f" – {meeting.place}"
        title += f" ({label(meeting.status)})"
        box = QGroupBox(title)
        box.setAccessibleName(title)
        inner = QVBoxLayout(box)
        rows = []
        for p in meeting.participants:
            name, who = self._participant_name(d, p)
            roles = ", ".join(label(r) for r in sorted(p.roles, key=lambda r: r.value))
            rows.append((name, who, roles, label(p.attendance)))
        inner.addWidget(
            read_only_table(
                [
                    self.tr("Deltaker"),
                    self.tr("Tjeneste / relasjon"),
                    self.tr("Rolle"),
                    self.tr("Oppmøte"),
                ],
                rows,
                self.tr("Deltakere"),
            )
        )
        sections = [
            (self.tr("Familiens beskrivelse"), meeting.family_description),
            (self.tr("Barnets stemme"), meeting.child_voice),
            (self.tr("Tjenestenes vurdering"), meeting.services_view),
        ]
        for title, text in sections:
            if text:
                inner.addWidget(heading(title, 1.0))
                inner.addWidget(text_label(text))
        decision = (
            label(meeting.decision) if meeting.decision else self.tr("Ingen beslutning skrevet ned")
        )
        if meeting.decision_text:
            decision += ": " + meeting.decision_text
        inner.addWidget(heading(self.tr("Beslutning"), 1.0))
        inner.addWidget(text_label(decision))
        if meeting.next_meeting_note:
            inner.addWidget(heading(self.tr("Neste møte"), 1.0))
            inner.addWidget(text_label(meeting.next_meeting_note))
        return box
