"""Withdraw a consent wholly or for one service, with the date and how it was communicated.

Nothing is deleted: the consent stays in the history, and from the date on the app
treats it as absent.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from familiemote.domain import consent as rules
from familiemote.services import consent as consent_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.case_list import format_date
from familiemote.ui.consent_dialog import FormDialog, UowFactory, date_of
from familiemote.ui.forms.ui_withdraw_dialog import Ui_WithdrawDialog
from familiemote.ui.forms_base import qdate
from familiemote.ui.labels import service_label
from familiemote.ui.panels.consent import party_name

WHOLE = -1


class WithdrawDialog(FormDialog):
    """Withdraws a consent or one service of it (rows: forms/withdraw_dialog.ui)."""

    def __init__(
        self,
        uow_factory: UowFactory,
        detail: CaseDetail,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Trekk tilbake samtykke"), self.tr("&Trekk tilbake"), parent)
        self._uow_factory = uow_factory
        self._detail = detail
        self._today = today
        self.add_intro(
            self.tr(
                "Ingenting slettes. Fra datoen du velger, regnes samtykket som borte: "
                "tjenesten får ikke lenger opplysninger og står ikke blant mottakerne av planen."
            )
        )

        self.ui = ui = Ui_WithdrawDialog()
        self.use_designer_form(
            ui,
            {"consent_withdrawn_on": "withdrawnDate", "consent_withdrawal_note": "noteEdit"},
        )
        self.consent_combo = ui.consentCombo
        for c in detail.case.consents:
            if c.withdrawn_on is not None:
                continue
            party = rules.party_of(c)
            who = party_name(detail, party) if party is not None else "–"
            self.consent_combo.addItem(
                self.tr("{who}, gitt {date}").format(who=who, date=format_date(c.given_on)), c.id
            )
        self.scope_combo = ui.scopeCombo
        self.date_edit = ui.withdrawnDate
        self.date_edit.setDate(qdate(today))
        self.channel_combo = ui.channelCombo
        self.note_edit = ui.noteEdit
        self.consent_combo.currentIndexChanged.connect(self._fill_scopes)
        self._fill_scopes()
        self.finish_layout()
        self.consent_combo.setFocus()

    def _fill_scopes(self) -> None:
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("Hele samtykket (alle tjenester)"), WHOLE)
        cid = self.consent_combo.currentData()
        consent = next((c for c in self._detail.case.consents if c.id == cid), None)
        if consent is None:
            return
        for s in consent.scopes:
            if s.withdrawn_on is None:
                self.scope_combo.addItem(
                    service_label(self._detail.service_name(s.service_id)),
                    s.service_id,
                )

    def how(self) -> str:
        note = self.note_edit.text().strip()
        channel = self.channel_combo.currentText()
        return f"{channel}: {note}" if note else channel

    def save(self) -> None:
        assert self._detail.case.id is not None
        cid = self.consent_combo.currentData()
        if cid is None:
            return
        scope = self.scope_combo.currentData()
        consent_service.withdraw_consent(
            self._uow_factory(),
            self._detail.case.id,
            int(cid),
            date_of(self.date_edit),
            self.how(),
            self._today,
            service_id=None if scope == WHOLE else int(scope),
        )
