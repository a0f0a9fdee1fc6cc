"""One base for every form: the date field, the labelled row, validate / focus / accept.

A form dialog is a subclass of :class:`FormDialog` that adds its rows with
:meth:`FormDialog.add_row` (a label whose mnemonic moves the focus to the field,
and the field's accessible name) and implements :meth:`FormDialog.save`. The
base runs the one flow every form follows:

1. ``save()`` stores the whole form or raises;
2. a :class:`ValidationError`, or :class:`NotDone` (a check only the dialog can
   make), is told on the error line and the focus goes to the field it names
   (``field`` keys registered with ``add_row``);
3. another :class:`DomainError` is told on the error line;
4. a :class:`ConcurrentChangeError` (someone else saved the same record) goes to
   :meth:`FormDialog.resolve_conflict`, the one conflict flow: the subclass shows
   both versions with :func:`ask_conflict` and saves again or takes the stored one;
   "keep mine" saves again with an ``Overwrite`` (services/audit.py), which the
   service records in the same transaction as the change;
5. otherwise the dialog is accepted.

Inline rows (the meeting guide's «Hvem gjør hva, når») use :func:`run_form`, the
same steps without a dialog.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QTextCharFormat,
    QValidator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain.errors import ConcurrentChangeError, DomainError, ValidationError
from familiemote.messages import error_text
from familiemote.ui.theme import message_style
from familiemote.ui.widgets import tell_error

DATE_FORMAT = "dd.MM.yyyy"
DATE_TIME_FORMAT = "dd.MM.yyyy HH:mm"

today_source: Callable[[], dt.date] = dt.date.today
"""The one "today" of the date fields: what «15.12» is completed against (this year
or next) and which years' holidays the calendar marks. Tests set it
(``monkeypatch.setattr(forms_base, "today_source", lambda: day)``); a single field
can override its :meth:`DayEdit.today` / :meth:`DayTimeEdit.today`."""


# -- dates ---------------------------------------------------------------------------------


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


_TYPED_DATE = re.compile(r"[0-9./\- ]*")
_TYPED_TIME = re.compile(r"(\d{1,2})(?:[:.]?(\d{2}))?")


def norwegian_locale() -> QLocale:
    """The app's Norwegian (nynorsk when the app runs in nynorsk), else bokmål."""
    current = QLocale()
    if current.language() in (
        QLocale.Language.NorwegianBokmal,
        QLocale.Language.NorwegianNynorsk,
    ):
        return current
    return QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)


def norwegian_calendar(calendar: QCalendarWidget) -> QCalendarWidget:
    """Week starting Monday, ISO week numbers, day names wide enough to read («man.»)."""
    calendar.setLocale(norwegian_locale())
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
    calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
    calendar.setGridVisible(True)
    metrics = calendar.fontMetrics()
    locale = calendar.locale()
    widest = max(
        metrics.horizontalAdvance(locale.dayName(day, QLocale.FormatType.ShortFormat))
        for day in range(1, 8)
    )
    column = max(widest, metrics.horizontalAdvance("53")) + metrics.horizontalAdvance("MM")
    calendar.setMinimumWidth(8 * column + 2 * metrics.horizontalAdvance("M"))
    calendar.setMinimumHeight(9 * (metrics.height() + 8))
    _mark_holidays(calendar)
    return calendar


def _mark_holidays(calendar: QCalendarWidget) -> None:
    """Public holidays in the weekend's colour, with their name as the tooltip."""
    from familiemote.domain.calendar_no import public_holidays

    weekend = calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday)
    this_year = today_source().year
    for year in range(this_year - 1, this_year + 3):
        for day, name in public_holidays(year).items():
            marked = QTextCharFormat(weekend)
            marked.setToolTip(name)
            calendar.setDateTextFormat(qdate(day), marked)


def _typed_day(text: str, today: dt.date) -> dt.date | None:
    try:
        return parse_day(text, today)
    except ValueError:
        return None


def _typed_state(text: str, whole: bool) -> QValidator.State:
    if whole:
        return QValidator.State.Acceptable
    return QValidator.State.Intermediate


def _typed_field(edit: QDateTimeEdit, display_format: str, tip: str) -> None:
    """What both typed date fields share: the format, the Norwegian calendar, the tip."""
    edit.setDisplayFormat(display_format)
    edit.setCalendarPopup(True)
    edit.setLocale(norwegian_locale())
    norwegian_calendar(edit.calendarWidget())
    edit.setToolTip(tip)


class DayEdit(QDateEdit):
    """The one date field: typed as people type dates, or chosen in a Norwegian calendar.

    «15.12.2026», «15.12.26», «15122026» and «151226» all mean 15 December 2026,
    typed over a selection or anywhere in the field: a keystroke that cannot be
    part of the date shown starts a new date (the field is cleared first). The
    calendar (Alt+Down) starts weeks on Monday and shows week numbers.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _typed_field(
            self,
            DATE_FORMAT,
            QCoreApplication.translate(
                "FormDialog", "Skriv datoen, for eksempel 15.12.2026, 15.12.26 eller 15122026"
            ),
        )

    def today(self) -> dt.date:
        return today_source()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = text.strip()
        if len(typed) > 10 or not _TYPED_DATE.fullmatch(typed):
            return (QValidator.State.Invalid, text, pos)
        day = _typed_day(typed, self.today())
        digits = sum(ch.isdigit() for ch in typed)
        whole = day is not None and (
            digits >= 6 or (typed.count(".") == 2 and len(typed.rsplit(".", 1)[-1]) in (2, 4))
        )
        return (_typed_state(typed, whole), text, pos)

    def fixup(self, text: str) -> str:
        day = _typed_day(text, self.today())
        return day.strftime("%d.%m.%Y") if day else text

    def dateTimeFromText(self, text: str) -> QDateTime:
        day = _typed_day(text, self.today())
        if day is None:
            return self.dateTime()
        return QDateTime(qdate(day), QTime(0, 0))

    def textFromDateTime(self, value: QDateTime) -> str:
        return value.toString(DATE_FORMAT)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _typed_key(self.lineEdit(), event, len(DATE_FORMAT)):
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        _tell_if_not_a_date(self, _typed_day(self.lineEdit().text(), self.today()) is not None)
        super().focusOutEvent(event)


class DayTimeEdit(QDateTimeEdit):
    """A date and a time in the same style: «15.12.2026 09:30»; «15.12.26 930» works too,
    and a date alone keeps the time shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _typed_field(
            self,
            DATE_TIME_FORMAT,
            QCoreApplication.translate(
                "FormDialog", "Skriv dato og klokkeslett, for eksempel 15.12.2026 09:30"
            ),
        )

    def today(self) -> dt.date:
        return today_source()

    def _parse(self, text: str) -> dt.datetime | None:
        parts = text.split()
        if not parts or len(parts) > 2:
            return None
        day = _typed_day(parts[0], self.today())
        if day is None:
            return None
        shown = self.dateTime().time()
        hour, minute = shown.hour(), shown.minute()
        if len(parts) == 2:
            found = _TYPED_TIME.fullmatch(parts[1])
            if found is None:
                return None
            hour, minute = int(found.group(1)), int(found.group(2) or 0)
            if hour > 23 or minute > 59:
                return None
        return dt.datetime.combine(day, dt.time(hour, minute))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = text.strip()
        if len(typed) > 16 or not re.fullmatch(r"[0-9./\-: ]*", typed):
            return (QValidator.State.Invalid, text, pos)
        when = self._parse(typed)
        date_part = typed.split()[0] if typed.split() else ""
        whole = when is not None and sum(ch.isdigit() for ch in date_part) >= 6
        return (_typed_state(typed, whole), text, pos)

    def fixup(self, text: str) -> str:
        when = self._parse(text)
        return when.strftime("%d.%m.%Y %H:%M") if when else text

    def dateTimeFromText(self, text: str) -> QDateTime:
        when = self._parse(text)
        if when is None:
            return self.dateTime()
        return QDateTime(qdate(when.date()), QTime(when.hour, when.minute))

    def textFromDateTime(self, value: QDateTime) -> str:
        return value.toString(DATE_TIME_FORMAT)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _typed_key(self.lineEdit(), event, len(DATE_TIME_FORMAT)):
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        _tell_if_not_a_date(self, self._parse(self.lineEdit().text()) is not None)
        super().focusOutEvent(event)


def _tell_if_not_a_date(edit: QDateTimeEdit, understood: bool) -> None:
    """Say so when what was typed is not a date: the field goes back to the date it had."""
    typed = edit.lineEdit().text().strip()
    if understood or not typed:
        edit.setAccessibleDescription("")
        return
    text = QCoreApplication.translate(
        "FormDialog", "«{typed}» er ikke en dato. Feltet viser datoen det hadde før."
    ).format(typed=typed)
    edit.setAccessibleDescription(text)
    if QGuiApplication.platformName() != "offscreen":  # no screen, nobody to show it to
        QToolTip.showText(edit.mapToGlobal(edit.rect().bottomLeft()), text, edit)


def _typed_key(line: QLineEdit, event: QKeyEvent, full: int) -> bool:
    """Type a digit or separator as plain text (not section by section); True when done.

    Over a selection the key replaces it; into a full field with no selection it
    starts a new date (a whole date typed anywhere in the field replaces the old one);
    otherwise it goes in at the cursor. Backspace and Delete edit the text likewise.
    """
    key = event.key()
    text = line.text()
    if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        if line.hasSelectedText():
            start = line.selectionStart()
            text = text[:start] + text[start + len(line.selectedText()) :]
            pos = start
        else:
            pos = line.cursorPosition()
            if key == Qt.Key.Key_Backspace and pos > 0:
                text, pos = text[: pos - 1] + text[pos:], pos - 1
            elif key == Qt.Key.Key_Delete:
                text = text[:pos] + text[pos + 1 :]
        line.setText(text)
        line.setCursorPosition(pos)
        return True
    char = event.text()
    if len(char) != 1 or not (char.isdigit() or char in "./-: "):
        return False
    if line.hasSelectedText():
        start = line.selectionStart()
        text = text[:start] + char + text[start + len(line.selectedText()) :]
        pos = start + 1
    elif len(text) >= full:
        if not char.isdigit():
            return False
        line.clear()  # (a full date changed at once is put back by the spin box)
        text, pos = char, 1
    else:
        pos = line.cursorPosition()
        text, pos = text[:pos] + char + text[pos:], pos + 1
    for _attempt in range(2):  # the spin box may put back a full date once; say it again
        line.setText(text)
        line.setCursorPosition(pos)
        if line.text() == text:
            break
    return True


def date_edit(value: dt.date, name: str) -> QDateEdit:
    """The one date field (:class:`DayEdit`) with a date and an accessible name."""
    edit = DayEdit()
    edit.setDate(qdate(value))
    edit.setAccessibleName(name)
    return edit


def use_day_edit(edit: QDateEdit) -> None:
    """Give a date field from a Designer form the calendar of :class:`DayEdit`.

    (Typing is the generated widget's own; new fields use :func:`date_edit`.)
    """
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setLocale(norwegian_locale())
    norwegian_calendar(edit.calendarWidget())


def date_of(edit: QDateEdit) -> dt.date:
    return pydate(edit.date())


def date_time_edit(value: dt.datetime, name: str) -> QDateTimeEdit:
    """A date and time field in the same style (meetings): :class:`DayTimeEdit`."""
    edit = DayTimeEdit()
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


def name_by_labels(form: QFormLayout) -> None:
    """Give every field of a Designer form the accessible name of its label (as
    :func:`add_row` does), unless the form names the field itself."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            buddy = widget.buddy()
            if not buddy.accessibleName():
                buddy.setAccessibleName(widget.text().replace("&", "").rstrip(":"))


def shown_name(widget: QWidget | None) -> str:
    """A field's name as the form shows it: the text of the label whose buddy it is, else
    its own text (a check box) or title (a box of check boxes); without the Alt key's
    «&», and cut at a colon or an opening parenthesis («Fødselsdato (valgfritt):» is
    «Fødselsdato»). Empty when the field shows no name of its own (a column of a
    table, say): a message then names it as :data:`familiemote.messages.FIELD_LABELS` does."""
    if widget is None:
        return ""
    text = ""
    for label in widget.window().findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and (buddy is widget or widget.isAncestorOf(buddy)):
            text = label.text()
            break
    if not text and isinstance(widget, QAbstractButton):
        text = widget.text()
    if not text and isinstance(widget, QGroupBox):
        text = widget.title()
    name = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.split(r"\s*[(:]", name, maxsplit=1)[0].strip()


def error_line() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setStyleSheet(message_style("error"))
    label.setAccessibleName(QCoreApplication.translate("FormDialog", "Feil"))
    label.hide()
    return label


# -- the flow ------------------------------------------------------------------------------


class NotDone(Exception):
    """Raised by a form's ``save()`` when nothing was stored and the form stays open.

    ``text`` (already translated) is told on the error line and the focus goes to
    ``field``; without text the user stepped back (a file dialog cancelled, say)
    and nothing is said. For checks only the dialog can make (is a row ticked but
    without a reason); the domain's own refusals are :class:`ValidationError`.
    """

    def __init__(self, text: str = "", field: str = "") -> None:
        super().__init__(text)
        self.text = text
        self.field = field


def run_form(
    save: Callable[[], object],
    error_label: QLabel,
    fields: Mapping[str, QWidget],
    prefix: str = "",
    again: Callable[[], object] | None = None,
) -> bool:
    """Run ``save``; on a user error tell it on ``error_label`` and focus the field.

    Returns True when stored. :class:`ConcurrentChangeError` is left to the caller
    (the conflict flow needs the caller's two versions).

    ``again``, for a save made in place (no dialog of its own): when the database
    server is gone or silent, this is told on ``error_label`` in words, what was
    typed stays, and the server watch offers ``again`` (the whole action, reading its
    fields anew) once the server answers. Without it, that error goes on to the
    app's hook (a dialog stays open with its input, and is offered the save).
    """
    try:
        save()
    except ConcurrentChangeError:
        raise
    except NotDone as done:
        if done.text:
            show_error(error_label, prefix + done.text, fields.get(done.field))
        else:
            error_label.hide()
        return False
    except ValidationError as err:
        field = fields.get(err.field)
        show_error(error_label, prefix + error_text(err, shown_name(field)), field)
        return False
    except DomainError as err:
        show_error(error_label, prefix + error_text(err))
        return False
    except Exception as exc:
        if again is None or not kept_for_the_server(exc, error_label, again, prefix):
            raise
        return False
    error_label.hide()
    if again is not None:  # a save in place went through: offer any put off there
        from familiemote.ui.server_watch import server_watch

        server_watch().offer_again(error_label.window())
    return True


def kept_for_the_server(
    exc: BaseException, error_label: QLabel, again: Callable[[], object], prefix: str = ""
) -> bool:
    """When ``exc`` says the database server is gone or silent: tell it on
    ``error_label`` in words, and have the server watch offer ``again`` when the
    server is back (True). Any other error: False, nothing done."""
    from familiemote.messages import server_error_text
    from familiemote.ui.ops import server_gone
    from familiemote.ui.server_watch import server_watch

    if not server_gone(exc):
        return False
    show_error(error_label, prefix + (server_error_text(exc) or ""))
    server_watch().keep_for_later(error_label, again, prefix)
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
    On "mine" the caller saves again and passes the service an
    :class:`~familiemote.services.audit.Overwrite`, so the save and the note
    that it overwrote another user's change are one transaction.
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


def save_cancel_buttons(
    dialog: QDialog, save_text: str | None, save: Callable[[], None]
) -> QDialogButtonBox:
    """A dialog's «save» and «Avbryt» buttons: ``save_text`` names the save button
    (with its mnemonic; OK without it), which runs ``save``; «Avbryt» rejects."""
    if save_text is None:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("FormDialog", "&OK")  # Qt's own has no Alt key
        )
    else:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
    cancel_named(buttons)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def cancel_named(buttons: QDialogButtonBox) -> QDialogButtonBox:
    """Name a button box's Cancel «A&vbryt» (Alt+V), as in every dialog of the app
    (Qt's own reads «Avbryt» with no Alt key)."""
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("FormDialog", "A&vbryt")
    )
    return buttons


def preview_cancel_buttons(dialog: QDialog, preview_text: str) -> QDialogButtonBox:
    """A print options dialog's «Forhåndsvis» (accepts) and «A&vbryt».

    As :func:`save_cancel_buttons`, but «Forhåndsvis» saves nothing, so it does not carry
    the style's diskette icon of a Save button; and the dialog is made wide enough for
    the window system to show its whole title.
    """
    buttons = save_cancel_buttons(dialog, preview_text, dialog.accept)
    buttons.button(QDialogButtonBox.StandardButton.Save).setIcon(QIcon())
    dialog.setMinimumWidth(max(dialog.minimumWidth(), title_width(dialog)))
    return buttons


def title_width(window: QWidget) -> int:
    """About the width ``window`` needs for its title bar to show the whole title: the
    title as the window system writes it («… — Familiemøte»), in bold, with room for the
    bar's icon and buttons (the window system's own font is not known; the window's is
    taken, which at a larger text size only errs on the wide side)."""
    font = QFont(window.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    title = window.windowTitle()
    name = QGuiApplication.applicationDisplayName()
    if name and not title.endswith(name):
        title = f"{title} \u2014 {name}"
    # a fifth more: a window manager's title font is often wider (openbox's cut it so)
    return round(metrics.horizontalAdvance(title) * 1.2) + 6 * metrics.height()


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
        self.buttons = save_cancel_buttons(self, save_text, self.submit)
        self.save_button = self.buttons.button(
            QDialogButtonBox.StandardButton.Ok
            if save_text is None
            else QDialogButtonBox.StandardButton.Save
        )
        self.fields: dict[str, QWidget] = {}
        self._finished = False

    def add_intro(self, text: str) -> QLabel:
        """A wrapped line above the form saying what the dialog is for (``text`` translated)."""
        label = QLabel(text)
        label.setWordWrap(True)
        self.outer.insertWidget(0, label)
        return label

    def use_designer_form(self, ui: Any, fields: Mapping[str, str] | None = None) -> QWidget:
        """Put a Designer form's rows in place of the dialog's own (empty) form.

        ``ui`` is a compiled form (``familiemote/ui/forms/ui_*.py``) whose top widget
        holds a QFormLayout named ``formLayout``; it is set up on a new widget,
        which is returned. Its labelled fields are named by their labels
        (:func:`name_by_labels`); ``fields`` maps a domain field to a widget's
        object name, so an error about that field puts the focus there.
        """
        rows = QWidget()
        ui.setupUi(rows)
        index = self.outer.indexOf(self.form)
        self.outer.removeItem(self.form)
        self.outer.insertWidget(max(index, 0), rows)
        self.form = ui.formLayout
        name_by_labels(self.form)
        for field, object_name in (fields or {}).items():
            self.fields[field] = getattr(ui, object_name)
        return rows

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
        self.enter_saves()

    def enter_saves(self) -> None:
        """Enter in a field presses the save button, never a button among the rows.

        Qt makes the first auto-default button after the focused field the dialog's
        default when none is set, so «Legg til i katalogen …» or «Ny person» would
        open on Enter. The save button is the default, and the rows' own buttons are
        pressed with Space or a click only. (A multi-line text field keeps Enter for
        a new line.) Run when the dialog is shown; a dialog that adds a button to its
        rows later calls it again.
        """
        for button in self.findChildren(QPushButton):
            if button.window() is self and not self.buttons.isAncestorOf(button):
                button.setAutoDefault(False)  # (a dialog opened from this one keeps its own)
        self.save_button.setDefault(True)

    def showEvent(self, event: object) -> None:
        self.finish_layout()
        super().showEvent(event)  # type: ignore[arg-type]

    def show_error(self, err: DomainError | str, field: str | None = None) -> None:
        if isinstance(err, DomainError):
            if isinstance(err, ValidationError) and field is None:
                field = err.field
            shown = shown_name(self.fields.get(field or "")) if field else ""
            text = self.tr("Ikke lagret: {text}").format(text=error_text(err, shown))
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
        except NotDone as done:
            if done.text:
                self.show_error(done.text, done.field)
            return
        except DomainError as err:
            self.show_error(err)
            return
        self.accept()

    # the names the two earlier bases used
    _on_ok = submit
    _on_save = submit
