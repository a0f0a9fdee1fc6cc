"""The actions tab: who does what by when."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from familiemote.services.cases import CaseDetail
from familiemote.ui.case_list import format_date
from familiemote.ui.labels import label
from familiemote.ui.panels.base import CasePanel
from familiemote.ui.widgets import read_only_table, text_label


class ActionsPanel(CasePanel):
    def build(self, d: CaseDetail, layout: QVBoxLayout) -> None:
        layout.addWidget(self._actions_table(d))

    def _actions_table(self, d: CaseDetail) -> QWidget:
        actions = d.case.actions
        if not actions:
            return text_label(self.tr("Ingen tiltak avtalt ennå."))
        rows = []
        for a in actions:
            who = d.service_name(a.responsible_service_id)
            person = d.professional_name(a.responsible_professional_id)
            if person:
                who = f"{person} ({who})" if who else person
            status = label(a.status)
            due = a.due_date
            if a.is_open and due is not None and due < self.today:
                status += self.tr(" – forfalt")
            rows.append(
                (a.description, who, format_date(a.due_date), format_date(a.review_date), status)
            )
        return read_only_table(
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
