"""The overview tab: where the case is on the pathway, who is responsible, the family."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from familiemote.domain import model as m
from familiemote.services.cases import CaseDetail
from familiemote.ui.case_list import format_date
from familiemote.ui.labels import label
from familiemote.ui.panels.base import CasePanel
from familiemote.ui.widgets import heading, read_only_table, text_label


class OverviewPanel(CasePanel):
    def build(self, d: CaseDetail, layout: QVBoxLayout) -> None:
        case = d.case
        layout.addWidget(heading(self.tr("Forløpet")))
        layout.addWidget(self._pathway_strip(case.phase))

        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        concern_by = (
            self.tr("Familien")
            if case.concern_by_family
            else d.service_name(case.concern_service_id)
        )
        facts.addRow(self.tr("Bekymring meldt av:"), text_label(concern_by or "–"))
        facts.addRow(
            self.tr("Initiativtaker (ansvar for oppfølging og journalføring):"),
            text_label(d.service_name(case.initiating_service_id) or "–"),
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
        facts.addRow(self.tr("Koordinator (kontaktperson):"), text_label(who))
        facts.addRow(self.tr("Saken åpnet:"), text_label(format_date(case.opened_on)))
        layout.addLayout(facts)

        if case.concern_summary:
            layout.addWidget(heading(self.tr("Bekymringen")))
            layout.addWidget(text_label(case.concern_summary))

        layout.addWidget(heading(self.tr("Familien")))
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
                read_only_table(
                    [self.tr("Navn"), self.tr("Relasjon"), self.tr("Kontakt")],
                    family_rows,
                    self.tr("Familien"),
                )
            )
        else:
            layout.addWidget(text_label(self.tr("Ingen familiemedlemmer registrert.")))

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
