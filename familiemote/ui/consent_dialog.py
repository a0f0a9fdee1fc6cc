"""Dialogs to record a consent (per guardian, per service, per purpose) and the child's view.

The form base (date fields, the error line, field focus) is
:mod:`familiemote.ui.forms_base`; its names are re-exported here for the
withdrawal, settings and anonymous-consultation dialogs.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from itertools import pairwise

from PySide6.QtWidgets import QCheckBox, QLabel, QMainWindow, QStatusBar, QWidget

from familiemote.domain import consent as rules
from familiemote.domain import model as m
from familiemote.domain.followup import add_months
from familiemote.services import consent as consent_service
from familiemote.services import directory
from familiemote.services.cases import CaseDetail
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.forms.ui_child_view_dialog import Ui_ChildViewDialog
from familiemote.ui.forms.ui_consent_dialog import Ui_ConsentDialog
from familiemote.ui.forms_base import FormDialog, add_row, date_edit, date_of, qdate
from familiemote.ui.history_words import and_list, meeting_words
from familiemote.ui.labels import label, service_label
from familiemote.ui.widgets import announce

UowFactory = Callable[[], SqlAlchemyUnitOfWork]

__all__ = ["FormDialog", "UowFactory", "add_row", "date_edit", "date_of"]


def default_recorder(detail: CaseDetail, uow_factory: UowFactory | None = None) -> str:
    """«Registrert av»: the user («Meg» in Innstillinger), else the case's coordinator."""
    if uow_factory is not None:
        from familiemote.services import me as me_service

        me = me_service.get_me(uow_factory())
        if me is not None:
            return me.name
    return detail.professional_name(detail.case.coordinator_id)


class ConsentDialog(FormDialog):
    """Records one person's consent: who, which services (the rest left out), what, how.

    The rows are forms/consent_dialog.ui; the check boxes (one per service in the
    directory, one per purpose) are added to its two boxes here.
    """

    def __init__(
        self,
        uow_factory: UowFactory,
        detail: CaseDetail,
        today: dt.date,
        settings: rules.AgeSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Registrer samtykke"), self.tr("&Lagre samtykket"), parent)
        self._uow_factory = uow_factory
        self._detail = detail
        self._today = today
        self.consent_id: int | None = None
        self.saved_text = ""  # what the status bar was told once saved
        case = detail.case
        asked = rules.who_must_be_asked(case, today, settings)
        self.ui = ui = Ui_ConsentDialog()
        self.use_designer_form(
            ui,
            {
                "consent_given_by": "giverCombo",
                "consent_services": "servicesBox",
                "consent_purposes": "purposesBox",
                "consent_given_on": "givenDate",
                "consent_valid_until": "untilDate",
                "consent_recorded_by": "recorderEdit",
            },
        )
        self.giver_combo = ui.giverCombo
        for g in case.guardians:
            self.giver_combo.addItem(f"{g.name} ({label(g.relation).lower()})", g.id)
        if asked.child_consents:
            self.giver_combo.addItem(
                self.tr("{name} selv ({age} år)").format(name=case.child_first_name, age=asked.age),
                rules.CHILD,
            )

        offered = {row.service_id for row in rules.coverage_table(case, today, settings=settings)}
        self.service_boxes: dict[int, QCheckBox] = {}
        listed = [s for s in directory.list_services(uow_factory()) if s.id is not None]
        half = (len(listed) + 1) // 2
        for i, s in enumerate(listed):
            assert s.id is not None
            box = QCheckBox(service_label(s.name))
            box.setChecked(s.id in offered)
            box.setAccessibleName(
                self.tr("Samtykket gjelder {service}").format(service=service_label(s.name))
            )
            ui.servicesLayout.addWidget(box, i % half, i // half)
            self.service_boxes[s.id] = box

        self.purpose_boxes: dict[m.ConsentPurpose, QCheckBox] = {}
        for p in m.ConsentPurpose:
            box = QCheckBox(label(p))
            box.setChecked(True)
            ui.purposesLayout.addWidget(box)
            self.purpose_boxes[p] = box

        self.form_combo = ui.formCombo
        self.form_combo.addItem(self.tr("Skriftlig, signert på papir"), m.ConsentForm.WRITTEN)
        self.form_combo.addItem(
            self.tr("Muntlig, notert av den som registrerer"), m.ConsentForm.ORAL
        )
        self.given_edit = ui.givenDate
        self.given_edit.setDate(qdate(today))
        self.has_end_box = ui.hasEndBox
        self.until_edit = ui.untilDate
        self.until_edit.setDate(qdate(add_months(today, 12)))
        self.recorder_edit = ui.recorderEdit
        self.recorder_edit.setText(default_recorder(detail, uow_factory))
        # Tab goes down the form: the check boxes added here come before the rows below them
        tab_order = [self.giver_combo, *self.service_boxes.values(), *self.purpose_boxes.values()]
        tab_order += [self.form_combo, self.given_edit, self.has_end_box, self.until_edit]
        for before, after in pairwise([*tab_order, self.recorder_edit]):
            QWidget.setTabOrder(before, after)
        # what saving would change in the meetings still planned, said before it is saved
        self._settings = settings
        self.recorded: consent_service.RecordedConsent | None = None
        self.meetings_note = QLabel()
        self.meetings_note.setWordWrap(True)
        self.meetings_note.setAccessibleName(self.tr("Dette endres i møtene som er planlagt"))
        self.add_row("", self.meetings_note)
        for box in [*self.service_boxes.values(), *self.purpose_boxes.values(), self.has_end_box]:
            box.toggled.connect(self._show_meetings_note)
        self.giver_combo.currentIndexChanged.connect(self._show_meetings_note)
        self.given_edit.dateChanged.connect(self._show_meetings_note)
        self.until_edit.dateChanged.connect(self._show_meetings_note)
        self._show_meetings_note()
        self.finish_layout()
        self.giver_combo.setFocus()

    def _meeting_lines(self, informed: Iterable[consent_service.NowInformed]) -> str:
        """«Familiemøte 14.12.2026 kl. 09.00: Skole og BUP», one meeting a line."""
        return "\n".join(
            self.tr("• {meeting} {when}: {services}").format(
                meeting=label(i.kind),
                when=i.starts_at.strftime("%d.%m.%Y kl. %H.%M"),
                services=and_list(
                    [service_label(self._detail.service_name(s)) for s in i.service_ids]
                ),
            )
            for i in informed
        )

    def _show_meetings_note(self) -> None:
        informed = consent_service.consent_would_inform(
            self._detail.case, self.collect(), self._today, self._settings
        )
        self.meetings_note.setVisible(bool(informed))
        if informed:
            self.meetings_note.setText(
                self.tr(
                    "Når samtykket lagres, mottar disse opplysninger om saken i møter som er "
                    "planlagt, der de til nå bare drøfter saken anonymt:"
                )
                + "\n"
                + self._meeting_lines(informed)
            )

    def collect(self) -> consent_service.NewConsent:
        giver = self.giver_combo.currentData()
        return consent_service.NewConsent(
            given_by_id=giver if isinstance(giver, int) else None,
            given_by_child=giver == rules.CHILD,
            service_ids=tuple(sid for sid, box in self.service_boxes.items() if box.isChecked()),
            purposes=frozenset(p for p, box in self.purpose_boxes.items() if box.isChecked()),
            form=self.form_combo.currentData(),
            given_on=date_of(self.given_edit),
            valid_until=date_of(self.until_edit) if self.has_end_box.isChecked() else None,
            recorded_by=self.recorder_edit.text(),
        )

    def save(self) -> None:
        assert self._detail.case.id is not None
        self.recorded = consent_service.record_consent_telling(
            self._uow_factory(), self._detail.case.id, self.collect(), self._today
        )
        self.consent_id = self.recorded.consent_id
        if self.recorded.now_informed:
            self._tell_saved(self.recorded.now_informed)

    def _tell_saved(self, informed: tuple[consent_service.NowInformed, ...]) -> None:
        """Say in the window's status bar what the saved consent changed in the planned
        meetings (the case's Historikk keeps it too)."""
        services = dict.fromkeys(s for i in informed for s in i.service_ids)
        text = self.tr(
            "Samtykket er lagret. Nå mottar {services} opplysninger i {meetings}. Se Historikk."
        ).format(
            services=and_list([service_label(self._detail.service_name(s)) for s in services]),
            meetings=and_list([meeting_words(i.kind, i.starts_at) for i in informed]),
        )
        self.saved_text = text
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            keep_in_status_bar(window.statusBar(), text)
        announce(parent or self, text)


def keep_in_status_bar(bar: QStatusBar, text: str, ms: int = 60_000) -> None:
    """Show ``text`` in the status bar for ``ms``; if the work that follows at once (the
    case read again after a save, with its own «Åpner …» line) clears the line within
    a few seconds, show it again once, so that it is not gone before it is read."""
    deadline = time.monotonic() + 10

    def again(current: str) -> None:
        if current:  # shown, or another message meanwhile: wait for the line to clear
            return
        bar.messageChanged.disconnect(again)
        if time.monotonic() < deadline:
            bar.showMessage(text, ms)

    bar.showMessage(text, ms)
    bar.messageChanged.connect(again)


class ChildViewDialog(FormDialog):
    """The child's own view, recorded apart from the consent («Trygg oppvekst» 2014).

    The rows are forms/child_view_dialog.ui."""

    def __init__(
        self,
        uow_factory: UowFactory,
        detail: CaseDetail,
        today: dt.date,
        settings: rules.AgeSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Barnets syn"), self.tr("&Lagre barnets syn"), parent)
        self._uow_factory = uow_factory
        self._detail = detail
        self._today = today
        asked = rules.who_must_be_asked(detail.case, today, settings)
        hint = self.tr("Barnet er {age} år. Fra {n} år skal barnets synspunkter høres.").format(
            age=asked.age, n=settings.heard_from
        )
        self.add_intro(hint)
        self.ui = ui = Ui_ChildViewDialog()
        self.use_designer_form(
            ui,
            {
                "child_view_text": "viewEdit",
                "child_view_recorded_on": "heardDate",
                "consent_recorded_by": "recorderEdit",
            },
        )
        self.date_edit = ui.heardDate
        self.date_edit.setDate(qdate(today))
        self.text_edit = ui.viewEdit
        self.recorder_edit = ui.recorderEdit
        self.recorder_edit.setText(default_recorder(detail, uow_factory))
        self.finish_layout()
        self.text_edit.setFocus()

    def save(self) -> None:
        assert self._detail.case.id is not None
        consent_service.record_child_view(
            self._uow_factory(),
            self._detail.case.id,
            self.text_edit.toPlainText(),
            date_of(self.date_edit),
            self.recorder_edit.text(),
            self._today,
        )
