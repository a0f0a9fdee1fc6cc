"""«Tiltak fra forrige møte»: the carried-over actions reviewed one at a time, in the guide.

The action is shown large (what, who, since when, the dates); the outcome is one
key: U utført, O fortsetter (with a new date), E endret (new text, a date),
V overlevert (to whom; whether the new holder accepted in the meeting), I ikke
utført, A avlyst (these two need a reason). Enter records it and the next one
follows. The rules are the ones of the Tiltak tab
(:func:`familiemote.services.actions.record_review_outcome`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import followup as f
from familiemote.domain import model as m
from familiemote.domain.errors import ConcurrentChangeError
from familiemote.messages import error_text
from familiemote.services import actions as action_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.flow_layout import FlowLayout
from familiemote.ui.forms_base import (
    add_row,
    day_field,
    day_text,
    error_line,
    parse_day,
    run_form,
    show_error,
)
from familiemote.ui.guide.people import ResponsibleField, person_text, responsible_entries
from familiemote.ui.guide.step import GuideStep, guide_button, wrap_items
from familiemote.ui.labels import label
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.theme import current_text_scale
from familiemote.ui.widgets import heading

OUTCOMES = (
    m.ReviewOutcome.DONE,
    m.ReviewOutcome.CONTINUED,
    m.ReviewOutcome.CHANGED,
    m.ReviewOutcome.HANDED_OVER,
    m.ReviewOutcome.NOT_DONE,
    m.ReviewOutcome.CANCELLED,
)


class ReviewPanel(GuideStep):
    """The actions on this meeting's agenda, one by one.

    Signals:
        committed(): an outcome was recorded.
    """

    def __init__(self, uow_factory: UowFactory, today: dt.date, parent: QWidget | None = None):
        super().__init__(uow_factory, today, parent)
        self.current: m.Action | None = None
        layout = self.step_layout()
        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Gjennomgang"))
        layout.addWidget(self.progress)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Tiltak på sakslisten"))
        wrap_items(self.list)
        # about four entries, at any text size (a long one wraps onto a second line)
        self.list.setMaximumHeight(round(130 * max(1.0, current_text_scale())))
        self.list.currentRowChanged.connect(self._show_row)
        list_label = QLabel(self.tr("&Tiltak på sakslisten:"))
        list_label.setBuddy(self.list)
        layout.addWidget(list_label)
        layout.addWidget(self.list)

        self.card = QGroupBox(self.tr("Tiltaket"))
        self.card.setAccessibleName(self.tr("Tiltaket som gjennomgås"))
        card = QVBoxLayout(self.card)
        self.what = heading("", 1.2)
        self.what.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        card.addWidget(self.what)
        card.addWidget(self.facts)
        outcome_row = FlowLayout()  # on two rows at a large text size in a small window
        self.group = QButtonGroup(self)
        texts = {
            m.ReviewOutcome.DONE: self.tr("&Utført"),
            m.ReviewOutcome.CONTINUED: self.tr("F&ortsetter"),
            m.ReviewOutcome.CHANGED: self.tr("&Endret"),
            m.ReviewOutcome.HANDED_OVER: self.tr("O&verlevert"),
            m.ReviewOutcome.NOT_DONE: self.tr("&Ikke utført"),
            m.ReviewOutcome.CANCELLED: self.tr("&Avlyst"),
        }
        self.buttons: dict[m.ReviewOutcome, QRadioButton] = {}
        for i, outcome in enumerate(OUTCOMES):
            button = QRadioButton(texts[outcome])
            button.setAccessibleName(label(outcome))
            self.group.addButton(button, i)
            self.buttons[outcome] = button
            outcome_row.addWidget(button)
        card.addLayout(outcome_row)
        self.group.idToggled.connect(self._outcome_toggled)
        form = QFormLayout()
        self.new_date = day_field(self.tr("Ny dato"))
        self.new_text = QLineEdit()
        self.to = ResponsibleField()
        self.accepted = QCheckBox(self.tr("Mottakeren &godtok i møtet"))
        self.accepted_by = QLineEdit()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("kort: hva som ble sagt"))
        add_row(form, self.tr("Ny &dato (frist):"), self.new_date)
        add_row(form, self.tr("Endret &tiltak:"), self.new_text)
        add_row(form, self.tr("Overlevert til (&hvem):"), self.to)
        form.addRow(self.accepted)
        add_row(form, self.tr("Godtatt av (&person):"), self.accepted_by)
        add_row(form, self.tr("Mer&knad / begrunnelse:"), self.note)
        card.addLayout(form)
        buttons = QHBoxLayout()
        self.record_button = guide_button(
            self.tr("&Registrer og gå til neste (Enter)"),
            self.tr("Registrer utfallet"),
            self.record,
        )
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        card.addLayout(buttons)
        self.error_label = error_line()
        card.addWidget(self.error_label)
        layout.addWidget(self.card)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        for edit in (self.new_date, self.new_text, self.to, self.accepted_by, self.note):
            edit.returnPressed.connect(self.record)
        for button in self.buttons.values():
            button.installEventFilter(self)
        self.to.textChanged.connect(self._fill_accepted_by)
        self.fields = {
            "new_date": self.new_date,
            "description": self.new_text,
            "to_service_id": self.to,
            "accepted_by": self.accepted_by,
            "status_reason": self.note,
            "note": self.note,
        }
        self._update()

    # -- data ----------------------------------------------------------------------------

    def reviews(self) -> list[tuple[m.Action, m.ActionReview]]:
        if self.detail is None or self.meeting is None or self.meeting.id is None:
            return []
        return sorted(
            f.open_reviews(self.detail.case, self.meeting.id), key=lambda ar: ar[0].id or 0
        )

    def set_case(self, detail: CaseDetail, meeting: m.Meeting) -> None:
        self.detail, self.meeting = detail, meeting
        self.to.set_entries(responsible_entries(detail, meeting))
        reviews = self.reviews()
        keep = self.current.id if self.current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for action, review in reviews:
            state = label(review.outcome) if review.outcome else self.tr("ikke gjennomgått")
            self.list.addItem(f"{action.description} – {state}")
        self.list.blockSignals(False)
        done = sum(r.outcome is not None for _a, r in reviews)
        self.progress.setText(
            self.tr("{done} av {n} tiltak fra tidligere møter er gjennomgått.").format(
                done=done, n=len(reviews)
            )
        )
        # the one being reviewed, else the first without an outcome
        row = next((i for i, (a, _r) in enumerate(reviews) if a.id == keep), -1)
        if row < 0 or reviews[row][1].outcome is not None:
            row = next((i for i, (_a, r) in enumerate(reviews) if r.outcome is None), -1)
        self.done_label.setText(
            self.tr("Alle tiltakene på sakslisten er gjennomgått.") if reviews and row < 0 else ""
        )
        if row < 0 and reviews:
            row = len(reviews) - 1
        self.list.setCurrentRow(row)
        self._show_row(row)

    def _show_row(self, row: int) -> None:
        reviews = self.reviews()
        if self.detail is None or not 0 <= row < len(reviews):
            self.current = None
            self.card.setVisible(False)
            return
        action, review = reviews[row]
        changed = self.current is None or self.current.id != action.id
        self.current = action
        self.card.setVisible(True)
        d = self.detail
        self.what.setText(action.description)
        facts = [
            self.tr("Ansvarlig: {who}").format(
                who=person_text(
                    d, action.responsible_service_id, action.responsible_professional_id
                )
                or "–"
            ),
            self.tr("Frist: {due} · Ny vurdering: {review}").format(
                due=day_text(action.due_date) or self.tr("ingen"),
                review=day_text(action.review_date) or "–",
            ),
            self.tr("Status: {status}").format(status=label(action.status)),
        ]
        if action.family_part:
            facts.append(self.tr("Familiens del: {text}").format(text=action.family_part))
        if review.outcome is not None:
            facts.append(
                self.tr("Registrert i dette møtet: {outcome}").format(outcome=label(review.outcome))
            )
        self.facts.setText("\n".join(facts))
        if changed:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
            for e in (self.new_date, self.to, self.accepted_by, self.note):
                e.clear()
            self.new_text.setText(action.description)
            self.accepted.setChecked(False)
            self.error_label.hide()
        recorded = review.outcome is not None
        for button in self.buttons.values():
            button.setEnabled(not recorded)
        self.record_button.setEnabled(not recorded)
        self._update()

    def outcome(self) -> m.ReviewOutcome | None:
        i = self.group.checkedId()
        return OUTCOMES[i] if i >= 0 else None

    def _outcome_toggled(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        self._update()
        outcome = self.outcome()
        if outcome is None:
            return
        follow: QWidget | None = {
            m.ReviewOutcome.CONTINUED: self.new_date,
            m.ReviewOutcome.CHANGED: self.new_text,
            m.ReviewOutcome.HANDED_OVER: self.to,
            m.ReviewOutcome.NOT_DONE: self.note,
            m.ReviewOutcome.CANCELLED: self.note,
        }.get(outcome)
        if follow is not None:
            follow.setFocus()

    def _update(self) -> None:
        outcome = self.outcome()
        dated = outcome in (m.ReviewOutcome.CONTINUED, m.ReviewOutcome.CHANGED)
        self.new_date.setEnabled(dated)
        self.new_text.setEnabled(outcome == m.ReviewOutcome.CHANGED)
        handover = outcome == m.ReviewOutcome.HANDED_OVER
        for widget in (self.to, self.accepted, self.accepted_by):
            widget.setEnabled(handover)

    def _fill_accepted_by(self) -> None:
        if self.detail is None:
            return
        choice = self.to.choice()
        if choice is not None and choice.professional_id is not None:
            self.accepted_by.setText(self.detail.professional_name(choice.professional_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.record()
            return True
        return super().eventFilter(watched, event)

    # -- recording -----------------------------------------------------------------------

    def record(self) -> bool:
        action, meeting = self.current, self.meeting
        if action is None or meeting is None or action.id is None or meeting.id is None:
            return False
        if self.to.took_pick():
            return False  # that Enter chose who takes the action over; the review goes on
        outcome = self.outcome()
        if outcome is None:
            show_error(
                self.error_label,
                self.tr("Velg utfallet først: U, O, E, V, I eller A (med Alt)."),
            )
            self.buttons[m.ReviewOutcome.DONE].setFocus()
            return False
        try:
            new_date = (
                parse_day(self.new_date.text(), self.today) if self.new_date.isEnabled() else None
            )
        except ValueError:
            show_error(
                self.error_label,
                self.tr("«{text}» er ikke en dato. Skriv for eksempel 15.12.2026.").format(
                    text=self.new_date.text()
                ),
            )
            self.new_date.setFocus()
            return False
        choice = self.to.choice() if outcome == m.ReviewOutcome.HANDED_OVER else None
        if outcome == m.ReviewOutcome.HANDED_OVER and choice is None:
            show_error(
                self.error_label,
                self.tr("Skriv hvem tiltaket overleveres til, og velg i listen."),
            )
            self.to.setFocus()
            return False
        decision = action_service.ReviewDecision(
            outcome=outcome,
            new_date=new_date,
            note=self.note.text(),
            new_description=self.new_text.text(),
            to_service_id=choice.service_id if choice else None,
            to_professional_id=choice.professional_id if choice else None,
            accepted_in_meeting=self.accepted.isChecked(),
            accepted_by=self.accepted_by.text(),
        )
        action_id, meeting_id = action.id, meeting.id
        try:
            stored = run_form(
                lambda: action_service.record_review_outcome(
                    self.uow_factory(), action_id, meeting_id, decision, self.today
                ),
                self.error_label,
                self.fields,
                self.tr("Ikke lagret: "),
                again=self.record,
            )
        except ConcurrentChangeError as err:  # the action changed meanwhile: said in words
            show_error(self.error_label, self.tr("Ikke lagret: ") + error_text(err))
            return False
        if not stored:
            return False
        self.current = None  # the next without an outcome comes up
        self.committed.emit()
        return True
