"""The case view: one child's case, read at a glance, from a loaded :class:`CaseDetail`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import model as m
from familiemote.services.cases import CaseDetail
from familiemote.ui.case_list import format_date
from familiemote.ui.labels import label, phase_title


def _text_label(text: str, *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def _heading(text: str, scale: float = 1.25) -> QLabel:
    widget = QLabel(text)
    font = QFont(widget.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    widget.setAccessibleName(text)
    return widget


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], name: str) -> QTableWidget:
    """A read-only table that shows all its rows (the page scrolls, not the table)."""
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    header = table.horizontalHeader()
    for c in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if c == 0 else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(c, mode)
    table.resizeRowsToContents()
    height = header.height() + sum(table.rowHeight(r) for r in range(len(rows))) + 4
    table.setMinimumHeight(height)
    table.setMaximumHeight(height)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return table


class CaseView(QScrollArea):
    """Shows a case; call :meth:`show_case` with a freshly loaded detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Saken"))
        self.detail: CaseDetail | None = None
        self._today = dt.date.today()
        self.setWidget(QWidget())

    def show_case(self, detail: CaseDetail, today: dt.date | None = None) -> None:
        self.detail = detail
        self._today = today or dt.date.today()
        page = QWidget()
        page.setObjectName("casePage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        self._build(detail, layout)
        layout.addStretch(1)
        old = self.takeWidget()
        self.setWidget(page)
        if old is not None:
            old.deleteLater()

    # -- sections ---------------------------------------------------------------

    def _build(self, d: CaseDetail, layout: QVBoxLayout) -> None:
        case = d.case
        title = self.tr("{name}, {age} år").format(
            name=case.child_first_name, age=case.child_age(self._today)
        )
        if case.demo_key:
            title += self.tr(" (fiktiv eksempelsak)")
        self.title_label = _heading(title, 1.6)
        self.title_label.setObjectName("caseTitle")
        layout.addWidget(self.title_label)

        status = label(case.status)
        if case.closed_on:
            status += " " + format_date(case.closed_on)
        self.phase_label = _heading(f"{phase_title(case.phase)} · {status}", 1.1)
        self.phase_label.setObjectName("casePhase")
        layout.addWidget(self.phase_label)
        layout.addWidget(self._pathway_strip(case.phase))

        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        concern_by = (
            self.tr("Familien")
            if case.concern_by_family
            else d.service_name(case.concern_service_id)
        )
        facts.addRow(self.tr("Bekymring meldt av:"), _text_label(concern_by or "–"))
        facts.addRow(
            self.tr("Initiativtaker (ansvar for oppfølging og journalføring):"),
            _text_label(d.service_name(case.initiating_service_id) or "–"),
        )
        coordinator = d.professionals.get(case.coordinator_id or -1)
        if coordinator is not None:
            who = ", ".join(
                part
                for part in (
                    coordinator.name,
                    coordinator.title,
                    d.service_name(coordinator.service_id),
                    coordinator.phone,
                )
                if part
            )
        else:
            who = self.tr("Ikke valgt")
        facts.addRow(self.tr("Koordinator (kontaktperson):"), _text_label(who))
        facts.addRow(self.tr("Saken åpnet:"), _text_label(format_date(case.opened_on)))
        layout.addLayout(facts)

        if case.concern_summary:
            layout.addWidget(_heading(self.tr("Bekymringen")))
            layout.addWidget(_text_label(case.concern_summary))

        layout.addWidget(_heading(self.tr("Familien")))
        family_rows = [
            (
                f.name,
                label(f.relation) + (self.tr(", foresatt") if f.is_guardian else ""),
                ", ".join(x for x in (f.phone, f.email) if x),
            )
            for f in case.family_members
        ]
        if family_rows:
            layout.addWidget(
                _table(
                    [self.tr("Navn"), self.tr("Relasjon"), self.tr("Kontakt")],
                    family_rows,
                    self.tr("Familien"),
                )
            )
        else:
            layout.addWidget(_text_label(self.tr("Ingen familiemedlemmer registrert.")))

        meetings = sorted(case.meetings, key=lambda mt: mt.starts_at, reverse=True)
        layout.addWidget(_heading(self.tr("Møter ({n})").format(n=len(meetings))))
        if not meetings:
            layout.addWidget(_text_label(self.tr("Ingen møter ennå.")))
        for meeting in meetings:
            layout.addWidget(self._meeting_box(d, meeting))

        layout.addWidget(_heading(self.tr("Tiltak og ansvar")))
        layout.addWidget(self._actions_table(d))

        layout.addWidget(_heading(self.tr("Samtykke")))
        layout.addWidget(self._consent_summary(d))

    def _pathway_strip(self, current: m.Phase) -> QWidget:
        strip = QWidget()
        strip.setAccessibleName(self.tr("Forløpet"))
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        for phase in m.Phase:
            marker = "▶ " if phase == current else ""
            cell = QLabel(f"{marker}{phase.number}. {label(phase)}")
            cell.setWordWrap(True)
            cell.setFrameShape(QFrame.Shape.StyledPanel)
            cell.setMargin(6)
            if phase == current:
                font = QFont(cell.font())
                font.setBold(True)
                cell.setFont(font)
                cell.setAccessibleDescription(self.tr("Saken er her"))
            row.addWidget(cell, 1)
        return strip

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
            _table(
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
        for heading, text in sections:
            if text:
                inner.addWidget(_heading(heading, 1.0))
                inner.addWidget(_text_label(text))
        decision = (
            label(meeting.decision) if meeting.decision else self.tr("Ingen beslutning skrevet ned")
        )
        if meeting.decision_text:
            decision += ": " + meeting.decision_text
        inner.addWidget(_heading(self.tr("Beslutning"), 1.0))
        inner.addWidget(_text_label(decision))
        if meeting.next_meeting_note:
            inner.addWidget(_heading(self.tr("Neste møte"), 1.0))
            inner.addWidget(_text_label(meeting.next_meeting_note))
        return box

    def _actions_table(self, d: CaseDetail) -> QWidget:
        actions = d.case.actions
        if not actions:
            return _text_label(self.tr("Ingen tiltak avtalt ennå."))
        rows = []
        for a in actions:
            who = d.service_name(a.responsible_service_id)
            person = d.professional_name(a.responsible_professional_id)
            if person:
                who = f"{person} ({who})" if who else person
            status = label(a.status)
            due = a.due_date
            if a.is_open and due is not None and due < self._today:
                status += self.tr(" – forfalt")
            rows.append(
                (a.description, who, format_date(a.due_date), format_date(a.review_date), status)
            )
        return _table(
            [
                self.tr("Tiltak"),
                self.tr("Ansvarlig"),
                self.tr("Frist"),
                self.tr("Evaluering"),
                self.tr("Status"),
            ],
            rows,
            self.tr("Tiltak og ansvar"),
        )

    def _consent_summary(self, d: CaseDetail) -> QWidget:
        if not d.case.consents:
            return _text_label(
                self.tr("Ingen samtykke registrert. Opplysninger kan bare drøftes anonymt.")
            )
        rows = []
        for c in d.case.consents:
            giver = d.family_member(c.given_by_id)
            services = ", ".join(
                d.service_name(s.service_id)
                + (
                    self.tr(" (trukket {date})").format(date=format_date(s.withdrawn_on))
                    if s.withdrawn_on
                    else ""
                )
                for s in c.scopes
            )
            until = format_date(c.valid_until) if c.valid_until else self.tr("ingen sluttdato")
            rows.append((giver.name if giver else "–", services, label(c.form), until))
        return _table(
            [
                self.tr("Gitt av"),
                self.tr("Gjelder tjenestene"),
                self.tr("Form"),
                self.tr("Gyldig til"),
            ],
            rows,
            self.tr("Samtykke"),
        )
