"""One base for every form: the date field, the labelled row, validate / focus / accept.

A form dialog is a subclass of :class:`FormDialog` that adds its rows with
:meth:`FormDialog.add_row` (a label whose mnemonic moves the focus to the field,
and the field's accessible name) and implements :meth:`FormDialog.save`. The
base runs the one flow every form follows:

1. ``save()`` stores the whole form or raises;
2. a :class:`ValidationError` is told on the error line and the focus goes to the
   field it names (``field`` keys registered with ``add_row``);
3. another :class:`DomainError` is told on the error line;
4. a :class:`ConcurrentChangeError` (someone else saved the same record) goes to
   :meth:`FormDialog.resolve_conflict`, the one conflict flow: the subclass shows
   both versions with :func:`ask_conflict` and saves again or takes the stored one;
5. otherwise the dialog is accepted.

Inline rows (the meeting guide's «Hvem gjør hva, når») use :func:`run_form`, the
same steps without a dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain.errors import ConcurrentChangeError, DomainError, ValidationError
from familiemote.messages import error_text
from familiemote.ui.theme import message_style
from familiemote.ui.widgets import tell_error

DATE_FORMAT = "dd.MM.yyyy"
DATE_TIME_FORMAT = "dd.MM.yyyy HH:mm"


# -- dates ---------------------------------------------------------------------------------


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(value: dt.date, name: str) -> QDateEdit:
    """The one date field: dd.mm.yyyy, a calendar on Alt+Down, an accessible name."""
    edit = QDateEdit()
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDate(qdate(value))
    edit.setAccessibleName(name)
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    return pydate(edit.date())


def date_time_edit(value: dt.datetime, name: str) -> QDateTimeEdit:
    """A date and time field in the same style (meetings)."""
    edit = QDateTimeEdit()
    edit.setDisplayFormat(DATE_TIME_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDateTime(QDateTime(qdate(value.date()), QTime(value.hour, value.minute)))
    edit.setAccessibleName(name)
    return edit


def date_time_of(edit: QDateTimeEdit) -> dt.datetime:
    q = edit.dateTime()
    d, t = q.date(), q.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def parse_day(text: str, today: dt.date) -> dt.date | None:
    """A date as typed in a row: 15.12.2026, 15.12.26, 15.12 (this year or next), 151226.

    Blank is None; anything else that is not a date raises ValueError.
    """
    text = text.strip().replace("/", ".").replace("-", ".").replace(" ", "")
    if not text:
        return None
    if "." in text:
        parts = [p for p in text.split(".") if p]
    elif text.isdigit() and len(text) in (4, 6, 8):
        parts = [text[:2], text[2:4]] + ([text[4:]] if len(text) > 4 else [])
    else:
        raise ValueError(text)
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    day, month = int(parts[0]), int(parts[1])
    if len(parts) == 3:
        year = int(parts[2])
        if year < 100:
            year += 2000
        return dt.date(year, month, day)
    candidate = dt.date(today.year, month, day)
    return candidate if candidate >= today else dt.date(today.year + 1, month, day)


def day_field(name: str) -> QLineEdit:
    """A date typed as digits in a row (:func:`parse_day`); the dialogs use :func:`date_edit`."""
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(QCoreApplication.translate("FormDialog", "dd.mm.åååå"))
    edit.setMaxLength(10)
    return edit


def day_text(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


# -- rows ----------------------------------------------------------------------------------


def add_row(form: QFormLayout, text: str, widget: QWidget) -> QLabel:
    """A labelled row: the label's mnemonic moves the focus to ``widget``."""
    lbl = QLabel(text)
    lbl.setBuddy(widget)
    if not widget.accessibleName():
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
    form.addRow(lbl, widget)
    return lbl


def error_line() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setStyleSheet(message_style("error"))
    label.setAccessibleName(QCoreApplication.translate("FormDialog", "Feil"))
    label.hide()
    return label


# -- the flow ------------------------------------------------------------------------------


def run_form(
    save: Callable[[], object],
    error_label: QLabel,
    fields: Mapping[str, QWidget],
    prefix: str = "",
) -> bool:
    """Run ``save``; on a user error tell it on ``error_label`` and focus the field.

    Returns True when stored. :class:`ConcurrentChangeError` is left to the caller
    (the conflict flow needs the caller's two versions).
    """
    try:
        save()
    except ConcurrentChangeError:
        raise
    except ValidationError as err:
        show_error(error_label, prefix + error_text(err), fields.get(err.field))
        return False
    except DomainError as err:
        show_error(error_label, prefix + error_text(err))
        return False
    error_label.hide()
    return True


def show_error(error_label: QLabel, text: str, field: QWidget | None = None) -> None:
    """Tell the error on the error line; the focus goes to ``field`` (see tell_error)."""
    tell_error(error_label, text, field)
    error_label.setAccessibleDescription(text)


def ask_conflict(
    parent: QWidget,
    what: str,
    rows: Sequence[tuple[str, str, str]],
    uow_factory: Callable[[], object] | None = None,
    case_id: int | None = None,
    entity: tuple[str, int] | None = None,
) -> str:
    """The one conflict flow: show mine and the stored version side by side.

    ``rows`` are (field name, mine, stored). Returns "mine", "stored" or "later".
    """
    from familiemote.ui.conflict_dialog import ConflictChoice, ConflictDialog, ConflictField

    who = None
    if uow_factory is not None and case_id is not None and entity is not None:
        from familiemote.services import audit as audit_service

        who = audit_service.last_change(uow_factory(), case_id, entity[0], entity[1])  # type: ignore[arg-type]
    fields = [ConflictField(name, mine, stored) for name, mine, stored in rows]
    choice = ConflictDialog(what, fields, who, parent).ask()
    return {
        ConflictChoice.KEEP_MINE: "mine",
        ConflictChoice.TAKE_STORED: "stored",
    }.get(choice, "later")


def record_overwrite(
    uow_factory: Callable[[], object], case_id: int, entity: str, entity_id: int, fields: list[str]
) -> None:
    """Say in the audit trail that a save overwrote someone else's change."""
    from familiemote.services import audit as audit_service

    audit_service.record_event(
        uow_factory(),  # type: ignore[arg-type]
        case_id,
        "overwrite",
        {"entity": entity, "entity_id": entity_id, "fields": fields},
    )


class FormDialog(QDialog):
    """A form with an error line and Save / Cancel; subclasses add rows and implement save().

    ``save_text`` names the save button (with its mnemonic); without it the
    buttons are OK and Cancel. Rows added after the constructor go above the
    error line and the buttons: they are placed when the dialog is first shown
    (or by :meth:`finish_layout`).
    """

    def __init__(
        self, title: str, save_text: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(560)
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer.addLayout(self.form)
        self.error_label = error_line()
        if save_text is None:
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
            self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        else:
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            self.save_button.setText(save_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("A&vbryt"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.fields: dict[str, QWidget] = {}
        self.field_widgets = self.fields  # the name the consent dialogs use
        self._finished = False

    def add_row(self, text: str, widget: QWidget, field: str = "") -> QWidget:
        if text:
            add_row(self.form, text, widget)
        else:
            self.form.addRow(widget)
        if field:
            self.fields[field] = widget
        return widget

    def finish_layout(self) -> None:
        if not self._finished:
            self._finished = True
            self.outer.addWidget(self.error_label)
            self.outer.addWidget(self.buttons)

    def showEvent(self, event: object) -> None:
        self.finish_layout()
        super().showEvent(event)  # type: ignore[arg-type]

    def show_error(self, err: DomainError | str, field: str | None = None) -> None:
        if isinstance(err, DomainError):
            if isinstance(err, ValidationError) and field is None:
                field = err.field
            text = self.tr("Ikke lagret: {text}").format(text=error_text(err))
        else:
            text = err
        show_error(self.error_label, text, self.fields.get(field or ""))

    def save(self) -> None:
        raise NotImplementedError

    def resolve_conflict(self) -> None:
        """Someone else saved the same record meanwhile; the default tells it and keeps the form."""
        self.show_error(error_text(ConcurrentChangeError()))

    def submit(self) -> None:
        try:
            self.save()
        except ConcurrentChangeError:
            self.resolve_conflict()
            return
        except DomainError as err:
            self.show_error(err)
            return
        self.accept()

    # the names the two earlier bases used
    _on_ok = submit
    _on_save = submit
