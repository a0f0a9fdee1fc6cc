"""The dialog that agrees a new action (its rows: the Designer form forms/new_action_dialog.ui)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from familiemote.domain import consent as consent_rules
from familiemote.domain import followup as followup_rules
from familiemote.domain import model as m
from familiemote.domain.calendar_no import next_working_day
from familiemote.domain.errors import DomainError
from familiemote.services import actions as action_service
from familiemote.services import consent as consent_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.case_list import format_date
from familiemote.ui.forms.ui_new_action_dialog import Ui_ActionDialog
from familiemote.ui.forms_base import FormDialog, pydate, qdate
from familiemote.ui.guide.actions_editor import consent_gap
from familiemote.ui.labels import label
from familiemote.ui.panels.actions.pickers import fill_services
from familiemote.ui.panels.base import UowFactory


class ActionDialog(FormDialog):
    """Agree a new action: what, who, others, the family's part, deadline and review."""

    def __init__(
        self, uow_factory: UowFactory, d: CaseDetail, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Nytt tiltak"), parent=parent)
        self.uow_factory, self.detail, self.today = uow_factory, d, today
        self.action_id: int | None = None
        # the rows are forms/new_action_dialog.ui; an error about a field focuses it
        self.ui = ui = Ui_ActionDialog()
        self.use_designer_form(
            ui,
            {
                "description": "description",
                "responsible_service_id": "service",
                "others_involved": "others",
                "family_part": "familyPart",
                "due_date": "due",
                "review_date": "reviewDate",
            },
        )
        self.description = ui.description
        self.description.setFixedHeight(80)
        self.meeting = ui.meeting
        meetings = sorted(
            (mt for mt in d.case.meetings if mt.status != m.MeetingStatus.CANCELLED),
            key=lambda mt: mt.starts_at,
            reverse=True,
        )
        for mt in meetings:
            self.meeting.addItem(f"{label(mt.kind)} {format_date(mt.starts_at)}", mt.id)
        self.meeting.addItem(self.tr("Utenom møte"), None)
        past = [mt for mt in meetings if mt.starts_at.date() <= today]
        if past:
            self.meeting.setCurrentIndex(self.meeting.findData(past[0].id))
        holder = followup_rules.case_stafettholder(d.case)
        self.service = fill_services(ui.service, d, holder.service_id)
        # a service without consent: said at once, in words (the action may still be agreed)
        try:
            self.consent_settings = consent_service.get_age_settings(uow_factory())
        except DomainError:
            self.consent_settings = consent_rules.DEFAULT_AGE_SETTINGS
        self.consent_label = ui.actionConsentGap
        self.service.currentIndexChanged.connect(lambda _i: self._show_consent_gap())
        self._show_consent_gap()
        self.person = ui.person
        self.person.follow(d, self.service, None)
        self.others = ui.others
        self.family_part = ui.familyPart
        self.has_due = ui.hasDue
        self.due = ui.due
        # a deadline a user would pick: a working day two weeks ahead (never a holiday)
        self.due.setDate(qdate(next_working_day(today + dt.timedelta(days=14))))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.review = ui.review
        self.review.addItem(self.tr("Om 3 måneder"), 3)
        self.review.addItem(self.tr("Om 6 måneder (anbefalt)"), 6)
        self.review.addItem(self.tr("Om 12 måneder"), 12)
        self.review.addItem(self.tr("Egen dato"), None)
        self.review.setCurrentIndex(1)
        self.review_date = ui.reviewDate
        self.review_date.setDate(qdate(followup_rules.default_review_date(today)))
        self.review.currentIndexChanged.connect(
            lambda _i: self.review_date.setEnabled(self.review.currentData() is None)
        )
        self.meeting.currentIndexChanged.connect(lambda _i: self._preview_review())
        self.review.currentIndexChanged.connect(lambda _i: self._preview_review())
        self._preview_review()
        self.internal = ui.internal

    def _show_consent_gap(self) -> None:
        gap = consent_gap(
            self.detail, self.service.currentData(), self.today, self.consent_settings
        )
        text = (
            self.tr(
                "⚠ {gap}. Tiltaket kan avtales, men tjenesten kan ikke få opplysninger om "
                "saken før samtykket er registrert («Registrer samtykke …» i fanen Tiltak)."
            ).format(gap=gap)
            if gap
            else ""
        )
        self.consent_label.setText(text)
        self.consent_label.setVisible(bool(text))
        self.service.setAccessibleDescription(text)

    def _start_day(self) -> dt.date:
        mid = self.meeting.currentData()
        meeting = next((mt for mt in self.detail.case.meetings if mt.id == mid), None)
        return meeting.starts_at.date() if meeting else self.today

    def _preview_review(self) -> None:
        """Show the date a 3/6/12-month choice gives, counted from the meeting."""
        months = self.review.currentData()
        if months is not None:
            self.review_date.setDate(qdate(followup_rules.add_months(self._start_day(), months)))

    def save(self) -> None:
        months = self.review.currentData()
        data = action_service.NewAction(
            description=self.description.toPlainText(),
            service_id=self.service.currentData(),
            professional_id=self.person.currentData(),
            meeting_id=self.meeting.currentData(),
            others_involved=self.others.text(),
            family_part=self.family_part.text(),
            due_date=pydate(self.due.date()) if self.has_due.isChecked() else None,
            review_months=months,
            review_date=None if months is not None else pydate(self.review_date.date()),
            internal=self.internal.isChecked(),
        )
        assert self.detail.case.id is not None
        self.action_id = action_service.agree_action(
            self.uow_factory(), self.detail.case.id, data, self.today
        )
