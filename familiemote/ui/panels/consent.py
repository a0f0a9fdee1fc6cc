"""The consent tab: who may share what with whom."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from familiemote.services.cases import CaseDetail
from familiemote.ui.case_list import format_date
from familiemote.ui.labels import label
from familiemote.ui.panels.base import CasePanel
from familiemote.ui.widgets import read_only_table, text_label


class ConsentPanel(CasePanel):
    def build(self, d: CaseDetail, layout: QVBoxLayout) -> None:
        layout.addWidget(self._consent_summary(d))

    def _consent_summary(self, d: CaseDetail) -> QWidget:
        if not d.case.consents:
            return text_label(
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
        return read_only_table(
            [
                self.tr("Gitt av"),
                self.tr("Gjelder tjenestene"),
                self.tr("Form"),
                self.tr("Gyldig til"),
            ],
            rows,
            self.tr("Samtykke"),
        )
