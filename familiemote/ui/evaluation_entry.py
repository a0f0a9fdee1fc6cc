"""Type in returned "Vurdering av samtalen" forms, fast, by keyboard.

One form per line of fields: who answered (F = foreldre/foresatt, B = barn/ungdom,
blank), the child's age, the four scores (a digit 0-5 moves on to the next field;
blank is allowed), an optional comment. Enter stores the form at once and clears
the fields for the next one, so nothing typed is lost. Forms are linked to a
period and optionally a municipality, never to a case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import model as m
from familiemote.domain.errors import DomainError
from familiemote.messages import error_text
from familiemote.services.evaluations import NewEvaluation, add_evaluations


class EvaluationEntryDialog(QDialog):
    """Register returned forms; each Enter stores one."""

    def __init__(
        self,
        uow_factory: Callable[[], Any],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.uow_factory = uow_factory
        self.today = today
        self.stored: list[int] = []
        self.setWindowTitle(self.tr("Registrer utfylte vurderingsskjemaer"))

        quarter_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        self.period_from = QDateEdit(QDate(quarter_start))
        self.period_to = QDateEdit(QDate(today))
        self.municipality = QLineEdit()
        for w, name in (
            (self.period_from, self.tr("Periode fra")),
            (self.period_to, self.tr("Periode til")),
            (self.municipality, self.tr("Kommune")),
        ):
            w.setAccessibleName(name)
        for d in (self.period_from, self.period_to):
            d.setDisplayFormat("dd.MM.yyyy")
            d.setCalendarPopup(True)
        top = QFormLayout()
        for text, w in (
            (self.tr("Periode &fra:"), self.period_from),
            (self.tr("Periode &til:"), self.period_to),
            (self.tr("&Kommune (valgfritt):"), self.municipality),
        ):
            lab = QLabel(text)
            lab.setBuddy(w)
            top.addRow(lab, w)

        self.respondent = QLineEdit()
        self.respondent.setMaxLength(1)
        self.respondent.setValidator(
            QRegularExpressionValidator(QRegularExpression("[fFbB]?"), self)
        )
        self.respondent.setToolTip(
            self.tr("F = foreldre/foresatt, B = barn/ungdom, tom = ikke krysset av")
        )
        self.age = QLineEdit()
        self.age.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,2}"), self))
        self.scores = [QLineEdit() for _ in range(4)]
        for s in self.scores:
            s.setMaxLength(1)
            s.setValidator(QRegularExpressionValidator(QRegularExpression("[0-5]?"), self))
            s.setFixedWidth(40)
            s.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.comment = QLineEdit()
        fields: list[tuple[str, str, QLineEdit]] = [
            (self.tr("&Svarte (F/B)"), self.tr("Hvem svarte"), self.respondent),
            (self.tr("&Alder"), self.tr("Barnets alder"), self.age),
            (self.tr("&1"), self.tr("Påstand 1"), self.scores[0]),
            (self.tr("&2"), self.tr("Påstand 2"), self.scores[1]),
            (self.tr("&3"), self.tr("Påstand 3"), self.scores[2]),
            (self.tr("&4"), self.tr("Påstand 4"), self.scores[3]),
            (self.tr("K&ommentar"), self.tr("Kommentar"), self.comment),
        ]
        grid = QGridLayout()
        for col, (text, name, w) in enumerate(fields):
            lab = QLabel(text)
            lab.setBuddy(w)
            w.setAccessibleName(name)
            grid.addWidget(lab, 0, col)
            grid.addWidget(w, 1, col)
        self.respondent.setFixedWidth(60)
        self.age.setFixedWidth(60)
        # a typed digit or letter moves on at once: one keystroke per answer
        chain: list[QLineEdit] = [self.respondent, *self.scores]
        self.respondent.textEdited.connect(lambda t: t and self.age.setFocus())
        for i, s in enumerate(self.scores):
            nxt = self.scores[i + 1] if i + 1 < len(self.scores) else self.comment
            s.textEdited.connect(lambda t, n=nxt: t and n.setFocus())
        del chain
        for w in (self.respondent, self.age, *self.scores, self.comment):
            w.returnPressed.connect(self.store_current)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.count_label = QLabel()
        self.store_button = QPushButton(self.tr("&Lagre skjemaet (Enter)"))
        self.store_button.clicked.connect(self.store_current)
        self.close_button = QPushButton(self.tr("&Ferdig"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.store_button)
        buttons.addWidget(self.close_button)
        hint = QLabel(
            self.tr(
                "Skriv ett skjema om gangen: F eller B, alder, så ett siffer 0–5 for hver "
                "påstand (la feltet stå tomt hvis påstanden ikke er besvart). "
                "Enter lagrer skjemaet."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._update_count()
        self.respondent.setFocus()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Lagret nå: {n} skjemaer").format(n=len(self.stored)))

    def current_form(self) -> NewEvaluation:
        code = self.respondent.text().strip().upper()
        respondent = {"F": m.Respondent.PARENT, "B": m.Respondent.CHILD}.get(code)
        age = int(self.age.text()) if self.age.text().strip() else None
        scores = [int(s.text()) if s.text().strip() else None for s in self.scores]
        return NewEvaluation(
            period_start=self.period_from.date().toPython(),  # type: ignore[arg-type]
            period_end=self.period_to.date().toPython(),  # type: ignore[arg-type]
            municipality=self.municipality.text(),
            respondent=respondent,
            child_age=age,
            q1=scores[0],
            q2=scores[1],
            q3=scores[2],
            q4=scores[3],
            comment=self.comment.text(),
        )

    def store_current(self) -> None:
        form = self.current_form()
        if (
            form.respondent is None
            and form.child_age is None
            and all(getattr(form, f"q{i}") is None for i in range(1, 5))
            and not form.comment.strip()
        ):
            self.message.setText(self.tr("Skjemaet er tomt; ingenting er lagret."))
            return
        try:
            self.stored += add_evaluations(self.uow_factory(), [form], self.today)
        except DomainError as err:
            self.message.setText(error_text(err))
            return
        for w in (self.respondent, self.age, *self.scores, self.comment):
            w.clear()
        self.message.setText(self.tr("Skjema nr. {n} er lagret.").format(n=len(self.stored)))
        self._update_count()
        self.respondent.setFocus()
