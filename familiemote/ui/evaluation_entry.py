"""Type in returned "Vurdering av samtalen" forms, fast, by keyboard, and check the batch.

One form per line of fields: who answered (F = foreldre/foresatt, B = barn/ungdom,
S = begge sammen, blank = ikke oppgitt), the child's age, the four scores (a digit
0-5 moves on to the next field; Tab leaves a statement blank), an optional
comment. Enter saves the form, once. Nothing goes wrong quietly:

* a key a field cannot take is refused where it was typed: the field marks itself,
  a short message says what the field takes, and the cursor stays;
* a form typed with a refused key, with blank statements, or with the same
  answers as the form before, is saved only after a visible confirmation (Enter
  again saves, Esc goes back to the form);
* the forms of the batch (the period and municipality) are listed newest first,
  with the running tally; each can be corrected or deleted (the audit trail
  records that, never what the form said).

Forms are linked to a period and optionally a municipality, never to a case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from familiemote.domain import model as m
from familiemote.domain import validation
from familiemote.domain.errors import DomainError, ValidationError
from familiemote.messages import error_text
from familiemote.services.evaluations import (
    COMMENT_MAX,
    MAX_AGE,
    EvaluationRow,
    NewEvaluation,
    add_evaluations,
    batch,
    compute_tally,
    delete_evaluation,
    same_answers,
    update_evaluation,
)
from familiemote.ui.answer_field import AnswerField
from familiemote.ui.forms.ui_evaluation_entry_dialog import Ui_EvaluationEntryDialog
from familiemote.ui.forms_base import qdate
from familiemote.ui.theme import message_style
from familiemote.ui.widgets import announce

RESPONDENT_KEYS: dict[str, m.Respondent] = {
    "F": m.Respondent.PARENT,
    "B": m.Respondent.CHILD,
    "S": m.Respondent.BOTH,
}
RESPONDENT_LETTER = {r: k for k, r in RESPONDENT_KEYS.items()}
_REFUSED_STYLE = 'QLineEdit[refused="true"] { border: 2px solid %s; }'


def _age_ok(value: str, _key: str) -> bool:
    return value.isdigit() and len(value) <= 2 and int(value) <= MAX_AGE


def _score_ok(value: str, _key: str) -> bool:
    return value in {"0", "1", "2", "3", "4", "5"}


def _respondent_ok(value: str, _key: str) -> bool:
    return value.upper() in RESPONDENT_KEYS


class EvaluationEntryDialog(QDialog):
    """Register returned forms; each Enter saves one (after a confirmation when needed).

    Signals: ``forms_changed()``: a form was saved, corrected or deleted.
    """

    forms_changed = Signal()

    def __init__(
        self,
        uow_factory: Callable[[], Any],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.uow_factory = uow_factory
        self.today = today
        self.saved_now = 0
        self.rows: list[EvaluationRow] = []
        self.previous: NewEvaluation | None = None
        self.editing_id: int | None = None
        self.refusals: list[tuple[str, str]] = []  # (field name, key) in the current form
        self.pending: NewEvaluation | None = None  # waiting for confirmation
        self.leaving = False  # Esc pressed once on a typed, unsaved form
        self.setWindowTitle(self.tr("Registrer utfylte vurderingsskjemaer"))

        # the fixed part is forms/evaluation_entry_dialog.ui; the batch's rows are filled in
        self.ui = ui = Ui_EvaluationEntryDialog()
        ui.setupUi(self)
        quarter_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        self.period_from, self.period_to = ui.periodFrom, ui.periodTo
        self.period_from.setDate(qdate(quarter_start))
        self.period_to.setDate(qdate(today))
        self.municipality = ui.municipality
        self.municipality.setMaxLength(validation.NAME_MAX)
        for d in (self.period_from, self.period_to):
            d.dateChanged.connect(self.reload_batch)
        self.municipality.editingFinished.connect(self.reload_batch)

        self.respondent = ui.respondent.takes(_respondent_ok, one_key=True)
        self.age = ui.age.takes(_age_ok, one_key=False)
        self.scores = [
            field.takes(_score_ok, one_key=True)
            for field in (ui.score1, ui.score2, ui.score3, ui.score4)
        ]
        self.comment = ui.comment
        self.comment.setMaxLength(COMMENT_MAX)
        for w in (self.respondent, self.age, *self.scores):
            # wide enough for its text at any text size: measured, never fixed pixels
            w.setMinimumWidth(w.fontMetrics().horizontalAdvance("M") * 3 + 16)
            w.setMaximumWidth(w.fontMetrics().horizontalAdvance("M") * 5 + 16)
        chain: list[QLineEdit] = [self.respondent, self.age, *self.scores, self.comment]
        for i, field in enumerate(chain[:-1]):
            if isinstance(field, AnswerField):
                field.refused.connect(lambda key, f=field: self._refused(f, key))
                if field.one_key:
                    field.answered.connect(lambda n=chain[i + 1]: n.setFocus())
                field.textEdited.connect(lambda _t: self._disarm())
        self.comment.textEdited.connect(lambda _t: self._disarm())
        self.comment.installEventFilter(self)

        self.mode_label = ui.modeLabel
        self.mode_label.hide()
        self.message = ui.message

        # The confirmation: what is unusual about this form, Enter saves, Esc goes back.
        self.confirm_bar = ui.confirmBar
        self.confirm_text = ui.confirmText
        self.confirm_text.setStyleSheet(message_style("warning", self.palette()))
        self.confirm_save, self.confirm_back = ui.confirmSave, ui.confirmBack
        self.confirm_save.clicked.connect(self.confirm)
        self.confirm_back.clicked.connect(self.back_to_form)
        self.confirm_bar.hide()

        self.count_label = ui.countLabel
        self.store_button = ui.storeButton
        self.store_button.clicked.connect(self.enter_pressed)
        self.close_button = ui.closeButton
        self.close_button.clicked.connect(self.accept)

        self.batch = ui.batch
        self.batch.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.batch.installEventFilter(self)
        self.batch.doubleClicked.connect(lambda _i: self.start_correction())
        self.correct_button, self.delete_button = ui.correctButton, ui.deleteButton
        self.correct_button.clicked.connect(self.start_correction)
        self.delete_button.clicked.connect(self.delete_selected)
        self.batch.itemSelectionChanged.connect(self._selection_changed)
        self.tally_label = ui.tallyLabel
        self.setStyleSheet(_REFUSED_STYLE % "#c62828")
        self.resize(900, 640)
        self._update_count()
        self.reload_batch()
        self.respondent.setFocus()

    # --- the current form ------------------------------------------------------------

    def _field_name(self, field: QWidget) -> str:
        if field is self.respondent:
            return self.tr("Hvem svarte")
        if field is self.age:
            return self.tr("Alder")
        if field in self.scores:
            return self.tr("Påstand {n}").format(n=self.scores.index(field) + 1)
        return ""

    def _allowed(self, field: QWidget) -> str:
        if field is self.respondent:
            return self.tr(
                "Hvem svarte: F (foreldre/foresatt), B (barn/ungdom) eller S (begge sammen); "
                "Tab hvis det ikke er krysset av."
            )
        if field is self.age:
            return self.tr("Alder: bare hele år, fra 0 til {max}; Tab går videre.").format(
                max=MAX_AGE
            )
        n = self.scores.index(field) + 1  # type: ignore[arg-type]
        return self.tr(
            "Påstand {n}: bare ett siffer fra 0 til 5; Tab lar påstanden stå tom."
        ).format(n=n)

    def _refused(self, field: AnswerField, key: str) -> None:
        self.refusals.append((self._field_name(field), key))
        text = self.tr("«{key}» ble ikke tatt imot. {allowed}").format(
            key=key, allowed=self._allowed(field)
        )
        self._tell(text, "error")

    def _tell(self, text: str, kind: str = "") -> None:
        self.message.setText(("⚠ " if kind else "") + text)
        self.message.setStyleSheet(message_style(kind, self.palette()) if kind else "")
        self.message.setAccessibleName(text)
        announce(self.message, text)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Lagret nå: %n skjemaer", "", self.saved_now))

    def current_form(self) -> NewEvaluation:
        respondent = RESPONDENT_KEYS.get(self.respondent.text().strip().upper())
        age = int(self.age.text()) if self.age.text().strip().isdigit() else None
        scores = [int(s.text()) if s.text().strip().isdigit() else None for s in self.scores]
        return NewEvaluation(
            period_start=self.period_from.date().toPython(),  # type: ignore[arg-type]
            period_end=self.period_to.date().toPython(),  # type: ignore[arg-type]
            municipality=self.municipality.text().strip(),
            respondent=respondent,
            child_age=age,
            q1=scores[0],
            q2=scores[1],
            q3=scores[2],
            q4=scores[3],
            comment=self.comment.text(),
        )

    def _is_empty(self, form: NewEvaluation) -> bool:
        return (
            form.respondent is None
            and form.child_age is None
            and all(s is None for s in form.scores)
            and not form.comment.strip()
        )

    def _blank_text(self, form: NewEvaluation) -> str:
        blank = [str(i) for i, s in enumerate(form.scores, start=1) if s is None]
        if not blank:
            return ""
        if len(blank) == 1:
            return self.tr("Påstand {n} er ikke besvart.").format(n=blank[0])
        listed = ", ".join(blank[:-1]) + self.tr(" og ") + blank[-1]
        return self.tr("Påstand {list} er ikke besvart.").format(list=listed)

    def _concerns(self, form: NewEvaluation) -> list[str]:
        """What the nurse should look at before this form is saved."""
        out = []
        if self.refusals:
            keys = ", ".join(
                self.tr("«{key}» i {field}").format(key=k, field=f.lower())
                for f, k in self.refusals
            )
            out.append(
                self.tr(
                    "Ikke tatt imot mens du skrev: {keys}. Sjekk at svarene står i riktig felt."
                ).format(keys=keys)
            )
        blank = self._blank_text(form)
        if blank:
            out.append(blank)
        # the previous form: the last one saved now, else the newest of the batch
        previous: NewEvaluation | EvaluationRow | None = self.previous or (
            self.rows[0] if self.rows else None
        )
        if self.editing_id is None and previous is not None and same_answers(form, previous):
            out.append(self.tr("Skjemaet er likt det forrige i bunken."))
        return out

    def _check_form(self, form: NewEvaluation) -> str | None:
        """A plain message for what cannot be saved at all; None when it can."""
        if form.period_end < form.period_start:
            return self.tr("Perioden slutter før den begynner. Rett datoene øverst.")
        if self._is_empty(form):
            return self.tr("Skjemaet er tomt; ingenting er lagret.")
        return None

    def enter_pressed(self) -> None:
        """Enter: save the form, or ask first when something about it is unusual."""
        if self.pending is not None:
            self.confirm()
            return
        form = self.current_form()
        problem = self._check_form(form)
        if problem is not None:
            self._tell(problem, "error")
            return
        concerns = self._concerns(form)
        if concerns:
            self.pending = form
            text = (
                " ".join(concerns)
                + " "
                + self.tr("Enter lagrer likevel; Esc går tilbake til skjemaet.")
            )
            self.confirm_text.setText(text)
            self.confirm_text.setAccessibleName(text)
            self.confirm_bar.show()
            announce(self.confirm_text, text)
            return
        self._save(form)

    def confirm(self) -> None:
        form = self.pending
        self._disarm()
        if form is not None:
            self._save(form)

    def back_to_form(self) -> None:
        """Esc at the confirmation: back to the first field to look at."""
        first = self._first_to_check()
        self._disarm()
        self.refusals.clear()  # seen: the nurse now checks the form
        for f in (self.respondent, self.age, *self.scores):
            f.mark(False)
        first.setFocus()

    def _first_to_check(self) -> QWidget:
        if self.refusals:
            names = {self._field_name(f): f for f in (self.respondent, self.age, *self.scores)}
            return names.get(self.refusals[0][0], self.respondent)
        for s in self.scores:
            if not s.text().strip():
                return s
        return self.respondent

    def _disarm(self) -> None:
        self.pending = None
        self.leaving = False
        self.confirm_bar.hide()

    def _save(self, form: NewEvaluation) -> None:
        try:
            if self.editing_id is not None:
                update_evaluation(self.uow_factory(), self.editing_id, form)
                number = self._number_of(self.editing_id)
                done = self.tr("Skjema nr. {n} er rettet.").format(n=number)
                self._stop_editing()
            else:
                add_evaluations(self.uow_factory(), [form], self.today)
                self.saved_now += 1
                self.previous = form
                done = ""
        except ValidationError as err:
            self._tell(self._validation_text(err), "error")
            return
        except DomainError as err:
            self._tell(error_text(err), "error")
            return
        self._clear_fields()
        self.reload_batch()
        if not done:
            done = self.tr("Skjema nr. {n} er lagret.").format(n=len(self.rows))
        self._tell(done)
        self._update_count()
        self.forms_changed.emit()
        self.respondent.setFocus()

    def _validation_text(self, err: ValidationError) -> str:
        field = err.field.rsplit(".", 1)[-1]
        if field == "child_age":
            return self.tr("Alder må være et helt tall fra 0 til {max}.").format(max=MAX_AGE)
        if field == "period_end":
            return self.tr("Perioden slutter før den begynner. Rett datoene øverst.")
        if field == "municipality":
            return self.tr("Kommunenavnet er for langt eller har tegn som ikke kan lagres.")
        if field == "comment":
            return self.tr("Kommentaren er for lang eller har tegn som ikke kan lagres.")
        return self.tr("Et svar er utenfor skalaen 0–5.")

    def _clear_fields(self) -> None:
        for w in (self.respondent, self.age, *self.scores, self.comment):
            w.clear()
        for f in (self.respondent, self.age, *self.scores):
            f.mark(False)
        self.refusals.clear()

    # --- keys ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                focus.click()
            else:
                self.enter_pressed()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if self.pending is not None:
                self.back_to_form()
                event.accept()
                return
            if self.editing_id is not None:
                self._stop_editing()
                self._clear_fields()
                self._tell(self.tr("Rettingen er avbrutt; ingenting er endret."))
                self.respondent.setFocus()
                event.accept()
                return
            if not self._is_empty(self.current_form()) and not self.leaving:
                # a typed form is not dropped by a stray Esc: say so, a second Esc closes
                self.leaving = True
                self._tell(
                    self.tr(
                        "Skjemaet du skriver er ikke lagret. Enter lagrer det; Esc igjen lukker "
                        "uten å lagre."
                    ),
                    "warning",
                )
                event.accept()
                return
        self.leaving = False
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if watched is self.batch:
                self.start_correction()
                return True
            if watched is self.comment:
                self.enter_pressed()
                return True
        return super().eventFilter(watched, event)

    # --- the batch -------------------------------------------------------------------

    def _batch_key(self) -> tuple[dt.date, dt.date, str]:
        return (
            self.period_from.date().toPython(),  # type: ignore[return-value]
            self.period_to.date().toPython(),
            self.municipality.text().strip(),
        )

    def _number_of(self, evaluation_id: int) -> int:
        ids = sorted(r.id for r in self.rows)
        return ids.index(evaluation_id) + 1 if evaluation_id in ids else 0

    def respondent_text(self, r: m.Respondent | None) -> str:
        if r is m.Respondent.PARENT:
            return self.tr("Foreldre/foresatt")
        if r is m.Respondent.CHILD:
            return self.tr("Barn/ungdom")
        if r is m.Respondent.BOTH:
            return self.tr("Begge sammen")
        return self.tr("Ikke oppgitt")

    def reload_batch(self) -> None:
        start, end, place = self._batch_key()
        if end < start:
            self.rows = []
        else:
            try:
                self.rows = batch(self.uow_factory(), start, end, place)
            except DomainError as err:
                self._tell(error_text(err), "error")
                return
        numbers = {rid: i for i, rid in enumerate(sorted(r.id for r in self.rows), start=1)}
        self.batch.setRowCount(len(self.rows))
        for row, r in enumerate(self.rows):
            values = [
                str(numbers[r.id]),
                self.respondent_text(r.respondent),
                str(r.child_age) if r.child_age is not None else "–",
                *(str(s) if s is not None else "–" for s in r.scores),
                r.comment,
            ]
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if col not in (1, 7):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setData(Qt.ItemDataRole.UserRole, r.id)
                self.batch.setItem(row, col, cell)
        self.batch.resizeColumnsToContents()
        self.batch.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self._update_tally()
        self._selection_changed()

    def _update_tally(self) -> None:
        t = compute_tally(self.rows)
        head = self.tr("Bunken: %n skjemaer.", "", t.forms)
        parts = []
        for item in t.items:
            mean = "–" if item.mean is None else f"{item.mean:.1f}".replace(".", ",")
            five = f"{item.percent(5):.1f}".replace(".", ",")
            parts.append(
                self.tr("Påstand {i}: N {n}, snitt {mean}, {five} % svarte 5").format(
                    i=item.item, n=item.n, mean=mean, five=five
                )
            )
        who = ", ".join(
            f"{self.respondent_text(r)} {t.respondents.count(r.value)}"
            for r in RESPONDENT_KEYS.values()
        )
        self.tally_label.setText(head + " " + who + ".\n" + "; ".join(parts) + ".")

    def _selected_id(self) -> int | None:
        rows = self.batch.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.batch.item(rows[0].row(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _selection_changed(self) -> None:
        chosen = self._selected_id() is not None
        self.correct_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def start_correction(self) -> None:
        evaluation_id = self._selected_id()
        row = next((r for r in self.rows if r.id == evaluation_id), None)
        if row is None:
            return
        self._disarm()
        self._clear_fields()
        self.editing_id = row.id
        self.respondent.setText(RESPONDENT_LETTER.get(row.respondent, "") if row.respondent else "")
        self.age.setText(str(row.child_age) if row.child_age is not None else "")
        for field, score in zip(self.scores, row.scores, strict=True):
            field.setText(str(score) if score is not None else "")
        self.comment.setText(row.comment)
        number = self._number_of(row.id)
        self.mode_label.setText(
            self.tr("Retter skjema nr. {n}: Enter lagrer rettingen, Esc avbryter.").format(n=number)
        )
        self.mode_label.show()
        self.store_button.setText(self.tr("&Lagre rettingen (Enter)"))
        self.respondent.setFocus()

    def _stop_editing(self) -> None:
        self.editing_id = None
        self.mode_label.hide()
        self.store_button.setText(self.tr("&Lagre skjemaet (Enter)"))

    def delete_selected(self) -> None:
        evaluation_id = self._selected_id()
        if evaluation_id is None:
            return
        number = self._number_of(evaluation_id)
        answer = QMessageBox.question(
            self,
            self.tr("Slett skjema"),
            self.tr("Slette skjema nr. {n} i denne bunken? Det kan ikke angres.").format(n=number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_evaluation(self.uow_factory(), evaluation_id)
        except DomainError as err:
            self._tell(error_text(err), "error")
            return
        if self.editing_id == evaluation_id:
            self._stop_editing()
            self._clear_fields()
        self.previous = None
        self.reload_batch()
        self._tell(self.tr("Skjema nr. {n} er slettet.").format(n=number))
        self.forms_changed.emit()
