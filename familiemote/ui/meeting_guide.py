"""The meeting guide: the steps a facilitator follows at the table, in any order.

A list of steps on the left, the current step on the right with the prompt to
read out, the help text (always visible) and the fields to write in. Alt+1 ...
Alt+9 jump to a step, Ctrl+PgDn / Ctrl+PgUp go to the next / previous one.
Everything typed is saved as you go (a second after the last key, and when you
change step or close), so nothing is lost if the laptop runs out of battery.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import consent as consent_rules
from familiemote.domain import model as m
from familiemote.domain.errors import ConcurrentChangeError, DomainError
from familiemote.messages import error_text
from familiemote.services import cases as case_service
from familiemote.services import consent as consent_service
from familiemote.services import meetings as meeting_service
from familiemote.services import pathway
from familiemote.services.cases import CaseDetail
from familiemote.services.meetings import STEP_FIELDS, GuideField
from familiemote.ui.case_list import format_date
from familiemote.ui.help_panel import install_help_key, step_help
from familiemote.ui.labels import label
from familiemote.ui.language import ui_language
from familiemote.ui.meeting_common import (
    epikrise_text,
    fit_to_screen,
    meeting_title,
    message_label,
    note_box,
    participant_name,
    responsible_text,
    show_message,
    specialist_count_text,
)
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.widgets import heading, text_label

AUTOSAVE_MS = 1000
DECISIONS = (
    m.Decision.REFER_BUP,
    m.Decision.REFER_HABU,
    m.Decision.OTHER_MEASURES,
    m.Decision.NEW_MEETING,
    m.Decision.CLOSE,
)


class MeetingGuideDialog(QDialog):
    """Run one meeting step by step.

    Signals:
        saved(): something was stored (the case view reloads when the guide closes).
    """

    saved = Signal()

    def __init__(
        self,
        uow_factory: UowFactory,
        detail: CaseDetail,
        meeting_id: int,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.age_settings = consent_service.get_age_settings(uow_factory())
        self.detail = detail
        self.today = today
        self.meeting_id = meeting_id
        self.meeting = next(mt for mt in detail.case.meetings if mt.id == meeting_id)
        self.version = self.meeting.version
        self.changed_anything = False
        self.unresolved_conflict = False  # the guide stays open until it is settled
        self._pending: dict[GuideField, Callable[[], str]] = {}
        self._decision_pending = False
        self._next_pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        content = pathway.load_content(ui_language())
        self.steps = content.guide(self.meeting.kind)
        self.text_edits: dict[GuideField, QPlainTextEdit] = {}

        self.setWindowTitle(
            self.tr("Møteguide – {title}").format(title=meeting_title(self.meeting))
        )
        fit_to_screen(self, 1200, 820)
        outer = QVBoxLayout(self)
        title = f"{meeting_title(self.meeting)} · {detail.case.child_first_name}"
        if self.meeting.place:
            title += f" · {self.meeting.place}"
        outer.addWidget(heading(title, 1.3))
        outer.addWidget(text_label(responsible_text(detail)))

        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Stegene i møtet"))
        self.step_list.setMinimumWidth(230)
        self.step_list.setSpacing(4)
        list_font = self.step_list.font()
        list_font.setPointSizeF(list_font.pointSizeF() * 1.15)
        self.step_list.setFont(list_font)
        self.pages = QStackedWidget()
        for i, step in enumerate(self.steps):
            self.step_list.addItem(f"{i + 1}. {step.title}")
            self.pages.addWidget(self._page(step))
        self.step_list.currentRowChanged.connect(self._go)
        steps_label = QLabel(self.tr("&Steg (Alt+tall, Ctrl+PgUp/PgDn):"))
        steps_label.setBuddy(self.step_list)
        steps_label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(steps_label)
        left_layout.addWidget(self.step_list, 1)
        self.held_check = QCheckBox(self.tr("Møtet er &gjennomført"))
        self.held_check.setChecked(self.meeting.status == m.MeetingStatus.HELD)
        self.held_check.toggled.connect(self._set_held)
        left_layout.addWidget(self.held_check)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        # wide enough for the longest step title at any text size (Innstillinger > Tekststørrelse)
        list_width = max(260, self.step_list.sizeHintForColumn(0) + 48)
        splitter.setSizes([list_width, max(600, 1200 - list_width)])
        outer.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ &Forrige"))
        self.next_button = QPushButton(self.tr("&Neste ▶"))
        self.prev_button.setAccessibleName(self.tr("Forrige steg"))
        self.next_button.setAccessibleName(self.tr("Neste steg"))
        self.prev_button.clicked.connect(lambda: self.go_to(self.step_list.currentRow() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.step_list.currentRow() + 1))
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Lagringsstatus"))
        self.error_label = message_label()
        self.close_button = QPushButton(self.tr("&Lukk"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        for b in (self.prev_button, self.next_button):
            b.setAutoDefault(False)
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.close_button)
        outer.addWidget(self.error_label)
        outer.addLayout(bottom)

        for i in range(min(9, len(self.steps))):
            shortcut = QShortcut(QKeySequence(f"Alt+{i + 1}"), self)
            shortcut.activated.connect(lambda i=i: self.go_to(i))
        QShortcut(QKeySequence("Ctrl+PgDown"), self).activated.connect(
            lambda: self.go_to(self.step_list.currentRow() + 1)
        )
        QShortcut(QKeySequence("Ctrl+PgUp"), self).activated.connect(
            lambda: self.go_to(self.step_list.currentRow() - 1)
        )
        self._refresh_marks()
        self.step_list.setCurrentRow(0)
        install_help_key(self)

    # -- pages -------------------------------------------------------------------

    def _page(self, step: pathway.GuideStep) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 0, 4, 0)
        layout.addWidget(heading(step.title, 1.4))
        prompt = text_label(step.prompt)
        font = prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        prompt.setFont(font)
        prompt.setAccessibleName(self.tr("Slik gjør du"))
        layout.addWidget(prompt)
        help_box = step_help(self.meeting.kind, step.key, step.title)  # F1 toggles it
        if help_box is None:
            layout.addWidget(note_box(self.tr("Hvorfor"), step.help, step.sources))
        else:
            layout.addWidget(help_box)
        builder = {
            "formal_og_roller": self._roles_step,
            "beslutning": self._decision_step,
            "ansvar": self._actions_step,
            "neste_mote": self._next_step,
            "epikrise": self._epikrise_step,
        }.get(step.key)
        if builder is not None:
            builder(layout)
        elif step.key in STEP_FIELDS:
            self._text_field(
                layout, STEP_FIELDS[step.key], self.tr("&Skriv her (lagres mens du skriver):")
            )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        scroll.setAccessibleName(step.title)
        return scroll

    def _text_field(
        self, layout: QVBoxLayout, field: GuideField, caption: str, stretch: int = 1
    ) -> QPlainTextEdit:
        lab = QLabel(caption)
        edit = QPlainTextEdit(getattr(self.meeting, field.value))
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(caption.replace("&", "").rstrip(":"))
        edit.setMinimumHeight(140)
        lab.setBuddy(edit)
        layout.addWidget(lab)
        layout.addWidget(edit, stretch)
        self.text_edits[field] = edit
        edit.textChanged.connect(lambda f=field, e=edit: self._queue(f, e.toPlainText))
        return edit

    def _roles_step(self, layout: QVBoxLayout) -> None:
        d = self.detail
        lab = QLabel(self.tr("&Oppmøte (velg i listen for hver deltaker):"))
        table = QTableWidget(len(self.meeting.participants), 4)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Deltaker"),
                self.tr("Tjeneste / relasjon"),
                self.tr("Roller"),
                self.tr("Oppmøte"),
            ]
        )
        table.setAccessibleName(self.tr("Oppmøte"))
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.attendance_combos: dict[int, QComboBox] = {}
        for r, p in enumerate(self.meeting.participants):
            name, who, _contact = participant_name(d, p)
            roles = ", ".join(label(x) for x in sorted(p.roles, key=lambda x: x.value))
            if p.kind == m.ParticipantKind.PROFESSIONAL and not p.receives_information:
                who += self.tr(" – drøfter anonymt")
            for c, text in enumerate((name, who, roles)):
                table.setItem(r, c, QTableWidgetItem(text))
            combo = QComboBox()
            for a in m.Attendance:
                combo.addItem(label(a), a)
            combo.setCurrentIndex(list(m.Attendance).index(p.attendance))
            combo.setAccessibleName(self.tr("Oppmøte for {name}").format(name=name))
            if p.id is not None:
                combo.currentIndexChanged.connect(
                    lambda _i, pid=p.id, cb=combo: self._set_attendance(pid, cb)
                )
                self.attendance_combos[p.id] = combo
            table.setCellWidget(r, 3, combo)
        table.resizeRowsToContents()
        lab.setBuddy(next(iter(self.attendance_combos.values()), table))
        layout.addWidget(lab)
        layout.addWidget(table, 1)
        missing = [
            d.service_name(p.service_id)
            for p in self.meeting.participants
            if p.receives_information
            and p.service_id is not None
            and not consent_rules.may_receive(d.case, p.service_id, self.today, self.age_settings)
        ]
        if missing:
            layout.addWidget(
                text_label(
                    self.tr(
                        "⚠ Samtykket dekker ikke: {names}. Drøft saken anonymt med dem."
                    ).format(names=", ".join(missing))
                )
            )

    def _decision_step(self, layout: QVBoxLayout) -> None:
        if self.meeting.kind == m.MeetingKind.FAMILY:
            layout.addWidget(text_label(specialist_count_text(self.detail)))
        box = QGroupBox(self.tr("Beslutning"))
        box.setAccessibleName(self.tr("Beslutning"))
        inner = QVBoxLayout(box)
        self.decision_group = QButtonGroup(self)
        self.decision_buttons: dict[m.Decision, QRadioButton] = {}
        mnemonics = {
            m.Decision.REFER_BUP: self.tr("Henvise til &BUP"),
            m.Decision.REFER_HABU: self.tr("Henvise til H&ABU"),
            m.Decision.OTHER_MEASURES: self.tr("Andre &tiltak, ikke henvisning nå"),
            m.Decision.NEW_MEETING: self.tr("Nytt familie&møte"),
            m.Decision.CLOSE: self.tr("Avslutte sak&en"),
        }
        for i, dec in enumerate(DECISIONS):
            button = QRadioButton(mnemonics[dec])
            button.setChecked(self.meeting.decision == dec)
            self.decision_group.addButton(button, i)
            self.decision_buttons[dec] = button
            inner.addWidget(button)
        self.decision_group.idToggled.connect(self._decision_toggled)
        layout.addWidget(box)
        self.decision_edit = self._text_field(
            layout,
            GuideField.DECISION_TEXT,
            self.tr("Be&grunnelse og andre tiltak som settes i gang:"),
        )
        self.text_edits.pop(GuideField.DECISION_TEXT)
        self.decision_edit.textChanged.disconnect()
        self.decision_edit.textChanged.connect(self._queue_decision)
        row = QHBoxLayout()
        self.referral_button = QPushButton(self.tr("&Henvisning og sjekkliste …"))
        self.referral_button.setAutoDefault(False)
        self.referral_button.clicked.connect(self.open_referral)
        self.close_case_button = QPushButton(self.tr("Av&slutt saken …"))
        self.close_case_button.setAutoDefault(False)
        self.close_case_button.clicked.connect(self.open_close_case)
        row.addWidget(self.referral_button)
        row.addWidget(self.close_case_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.referral_state = text_label("")
        layout.addWidget(self.referral_state)
        self._update_decision_buttons()

    def _actions_step(self, layout: QVBoxLayout) -> None:
        d = self.detail
        agreed = [a for a in d.case.actions if a.meeting_id == self.meeting_id]
        review = [
            a for a in d.case.actions if any(r.meeting_id == self.meeting_id for r in a.reviews)
        ]
        rows = []
        for a in review + agreed:
            who = d.service_name(a.responsible_service_id)
            person = d.professional_name(a.responsible_professional_id)
            if person:
                who = f"{person} ({who})" if who else person
            origin = self.tr("Til gjennomgang") if a in review else self.tr("Avtalt i møtet")
            rows.append((a.description, who, format_date(a.due_date), origin, label(a.status)))
        if rows:
            table = QTableWidget(len(rows), 5)
            table.setHorizontalHeaderLabels(
                [
                    self.tr("Tiltak"),
                    self.tr("Ansvarlig"),
                    self.tr("Frist"),
                    self.tr("Hvorfor på listen"),
                    self.tr("Status"),
                ]
            )
            table.setAccessibleName(self.tr("Tiltak i dette møtet"))
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setTabKeyNavigation(False)
            table.setWordWrap(True)
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.setItem(r, c, QTableWidgetItem(text))
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.resizeRowsToContents()
            layout.addWidget(table, 1)
        else:
            layout.addWidget(
                text_label(self.tr("Ingen tiltak er registrert for dette møtet ennå."))
            )
        layout.addWidget(
            text_label(
                self.tr(
                    "Tiltakene skrives inn under fanen «Tiltak og ansvar» i saken: hvem gjør hva, "
                    "og når. Tjenesten som tok initiativ, følger opp beslutningene."
                )
            )
        )

    def _next_step(self, layout: QVBoxLayout) -> None:
        self.next_check = QCheckBox(self.tr("Tidspunkt for neste møte er &avtalt:"))
        self.next_edit = QDateTimeEdit()
        self.next_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.next_edit.setCalendarPopup(True)
        self.next_edit.setAccessibleName(self.tr("Tidspunkt for neste møte"))
        when = self.meeting.next_meeting_at or dt.datetime.combine(
            self.meeting.starts_at.date() + dt.timedelta(days=56), dt.time(9)
        )
        self.next_edit.setDateTime(
            QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
        )
        self.next_check.setChecked(self.meeting.next_meeting_at is not None)
        self.next_edit.setEnabled(self.next_check.isChecked())
        row = QHBoxLayout()
        row.addWidget(self.next_check)
        row.addWidget(self.next_edit)
        row.addStretch(1)
        layout.addLayout(row)
        self.next_note = self._text_field(
            layout, GuideField.NEXT_MEETING_NOTE, self.tr("&Hva ble avtalt om neste møte:")
        )
        self.next_check.toggled.connect(self.next_edit.setEnabled)
        self.next_check.toggled.connect(lambda _c: self._queue_next())
        self.next_edit.dateTimeChanged.connect(lambda _v: self._queue_next())
        self.text_edits.pop(GuideField.NEXT_MEETING_NOTE)
        self.next_note.textChanged.disconnect()
        self.next_note.textChanged.connect(self._queue_next)
        self._next_pending = False

    def _epikrise_step(self, layout: QVBoxLayout) -> None:
        self.epikrise_label = text_label(epikrise_text(self.meeting, self.today))
        layout.addWidget(self.epikrise_label)
        row = QHBoxLayout()
        self.epikrise_check = QCheckBox(self.tr("&Epikrisen er sendt, dato:"))
        self.epikrise_date = QDateEdit()
        self.epikrise_date.setDisplayFormat("dd.MM.yyyy")
        self.epikrise_date.setCalendarPopup(True)
        self.epikrise_date.setAccessibleName(self.tr("Dato epikrisen ble sendt"))
        sent = self.meeting.epikrise_sent_on or self.today
        self.epikrise_date.setDate(QDate(sent.year, sent.month, sent.day))
        self.epikrise_check.setChecked(self.meeting.epikrise_sent_on is not None)
        self.epikrise_date.setEnabled(self.epikrise_check.isChecked())
        self.epikrise_check.toggled.connect(self.epikrise_date.setEnabled)
        self.epikrise_check.toggled.connect(lambda _c: self._save_epikrise())
        self.epikrise_date.dateChanged.connect(lambda _d: self._save_epikrise())
        row.addWidget(self.epikrise_check)
        row.addWidget(self.epikrise_date)
        row.addStretch(1)
        layout.addLayout(row)
        self._text_field(
            layout, GuideField.INTERNAL_NOTES, self.tr("&Hvem skal få epikrisen (notat):")
        )

    # -- navigation --------------------------------------------------------------

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.steps):
            self.step_list.setCurrentRow(index)

    def current_step(self) -> pathway.GuideStep:
        return self.steps[self.step_list.currentRow()]

    def _go(self, index: int) -> None:
        self.flush()
        if index < 0:
            return
        self.pages.setCurrentIndex(index)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.steps) - 1)
        page = self.pages.currentWidget()
        if page is None:
            return
        first = next(
            (
                w
                for w in page.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                and isinstance(w, (QPlainTextEdit, QComboBox, QRadioButton, QCheckBox))
            ),
            None,
        )
        if first is not None and not self.step_list.hasFocus():
            first.setFocus()

    def _refresh_marks(self) -> None:
        mt = self.meeting
        filled = {
            "formal_og_roller": any(p.attendance != m.Attendance.INVITED for p in mt.participants),
            "beslutning": mt.decision is not None,
            "ansvar": any(a.meeting_id == self.meeting_id for a in self.detail.case.actions),
            "neste_mote": bool(mt.next_meeting_note or mt.next_meeting_at),
            "epikrise": mt.epikrise_sent_on is not None,
        }
        for key, field in STEP_FIELDS.items():
            filled.setdefault(key, bool(getattr(mt, field.value)))
        for i, step in enumerate(self.steps):
            done = filled.get(step.key, False)
            item = self.step_list.item(i)
            item.setText(f"{i + 1}. {step.title}" + ("  ✓" if done else ""))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{i + 1}. {step.title}" + (self.tr(", utfylt") if done else ""),
            )

    # -- saving ------------------------------------------------------------------

    def _queue(self, field: GuideField, read: Callable[[], str]) -> None:
        self._pending[field] = read
        self.status_label.setText(self.tr("Endringer lagres …"))
        self._timer.start()

    def _queue_decision(self) -> None:
        self._decision_pending = True
        self.status_label.setText(self.tr("Endringer lagres …"))
        self._timer.start()

    def _queue_next(self) -> None:
        self._next_pending = True
        self.status_label.setText(self.tr("Endringer lagres …"))
        self._timer.start()

    def _run(self, action: Callable[[], int | None], *, conflicts: bool = True) -> bool:
        """Run a save; with ``conflicts=False`` a ConcurrentChangeError goes to the caller."""
        try:
            version = action()
        except ConcurrentChangeError:
            if not conflicts:
                raise
            show_message(self.error_label, error_text(ConcurrentChangeError()))
            self.status_label.setText(self.tr("⚠ Ikke lagret"))
            return False
        except DomainError as err:
            show_message(self.error_label, error_text(err))
            self.status_label.setText(self.tr("⚠ Ikke lagret"))
            return False
        if version is not None:
            self.version = version
        self.changed_anything = True
        self.error_label.hide()
        self.status_label.setText(
            self.tr("✓ Lagret kl. {time}").format(time=dt.datetime.now().strftime("%H.%M"))
        )
        self.saved.emit()
        return True

    def flush(self) -> bool:
        """Save everything typed and not yet stored; False if something could not be saved."""
        self._timer.stop()
        ok = True
        for field, read in list(self._pending.items()):
            text = read()

            def save(f: GuideField = field, t: str = text) -> int:
                return meeting_service.save_text(
                    self._uow_factory(), self.meeting_id, f, t, self.version
                )

            try:
                saved = self._run(save, conflicts=False)
            except ConcurrentChangeError:
                ok = self._resolve_text_conflict() and ok
                break  # the conflict settled (or kept) every pending text at once
            if saved:
                setattr(self.meeting, field.value, text)
                del self._pending[field]
            else:
                ok = False
        if self._decision_pending:
            ok = self._save_decision() and ok
        if self._next_pending:
            ok = self._save_next() and ok
        self._refresh_marks()
        return ok

    def field_label(self, field: GuideField) -> str:
        labels = {
            GuideField.FAMILY_DESCRIPTION: self.tr("Familiens beskrivelse"),
            GuideField.CHILD_VOICE: self.tr("Barnets stemme"),
            GuideField.SERVICES_VIEW: self.tr("Tjenestenes vurdering"),
            GuideField.DECISION_TEXT: self.tr("Vedtak og videre tiltak"),
            GuideField.NEXT_MEETING_NOTE: self.tr("Merknad om neste møte"),
            GuideField.INTERNAL_NOTES: self.tr("Interne notater"),
        }
        return labels[field]

    def _resolve_text_conflict(self) -> bool:
        """Another user saved this meeting: show both versions of the unsaved texts.

        Returns True when the texts were settled (kept and saved, or the stored
        ones taken); False when the user wants to look first (the texts stay
        in the form, unsaved, and are tried again at the next save).
        """
        from familiemote.services import audit as audit_service
        from familiemote.ui.conflict_dialog import ConflictChoice, ConflictDialog, ConflictField

        case_id = self.detail.case.id
        assert case_id is not None
        fresh = case_service.get_case(self._uow_factory(), case_id)
        stored = next(mt for mt in fresh.case.meetings if mt.id == self.meeting_id)
        mine = {f: read() for f, read in self._pending.items()}
        rows = [
            ConflictField(self.field_label(f), text, getattr(stored, f.value) or "")
            for f, text in mine.items()
        ]
        who = audit_service.last_change(self._uow_factory(), case_id, "meetings", self.meeting_id)
        dialog = ConflictDialog(self.tr("møtenotatene"), rows, who, self)
        choice = dialog.ask()
        self.unresolved_conflict = choice == ConflictChoice.LATER
        if choice == ConflictChoice.LATER:
            show_message(
                self.error_label,
                self.tr(
                    "Ikke lagret: noen andre har lagret dette møtet samtidig. Teksten din står "
                    "fortsatt her. Lagre igjen for å velge versjon."
                ),
            )
            self.status_label.setText(self.tr("⚠ Ikke lagret"))
            return False
        self.detail.case = fresh.case
        self.meeting = stored
        self.version = stored.version
        if choice == ConflictChoice.TAKE_STORED:
            for f in mine:
                edit = self.text_edits.get(f)
                if edit is not None:
                    edit.blockSignals(True)
                    edit.setPlainText(getattr(stored, f.value) or "")
                    edit.blockSignals(False)
                del self._pending[f]
            self.error_label.hide()
            self.status_label.setText(self.tr("Viser den lagrede versjonen"))
            return True
        overwritten = [f.value for f in mine if getattr(stored, f.value) != mine[f]]
        for f, text in mine.items():

            def save(f: GuideField = f, t: str = text) -> int:
                return meeting_service.save_text(
                    self._uow_factory(), self.meeting_id, f, t, self.version
                )

            if not self._run(save):
                return False
            setattr(self.meeting, f.value, text)
            del self._pending[f]
        audit_service.record_event(
            self._uow_factory(),
            case_id,
            "overwrite",
            {"entity": "meetings", "entity_id": self.meeting_id, "fields": overwritten},
        )
        return True

    def _resolve_decision_conflict(self, dec: m.Decision | None, text: str) -> bool:
        """Another user saved this meeting while the decision was being written."""
        from familiemote.services import audit as audit_service
        from familiemote.ui.conflict_dialog import ConflictChoice, ConflictDialog, ConflictField

        case_id = self.detail.case.id
        assert case_id is not None
        fresh = case_service.get_case(self._uow_factory(), case_id)
        stored = next(mt for mt in fresh.case.meetings if mt.id == self.meeting_id)
        rows = [
            ConflictField(
                self.tr("Beslutning"),
                label(dec) if dec else "–",
                label(stored.decision) if stored.decision else "–",
            ),
            ConflictField(self.field_label(GuideField.DECISION_TEXT), text, stored.decision_text),
        ]
        who = audit_service.last_change(self._uow_factory(), case_id, "meetings", self.meeting_id)
        choice = ConflictDialog(self.tr("beslutningen"), rows, who, self).ask()
        self.unresolved_conflict = choice == ConflictChoice.LATER
        if choice == ConflictChoice.LATER:
            show_message(
                self.error_label,
                self.tr(
                    "Ikke lagret: noen andre har lagret dette møtet samtidig. Beslutningen din "
                    "står fortsatt her. Lagre igjen for å velge versjon."
                ),
            )
            self.status_label.setText(self.tr("⚠ Ikke lagret"))
            return False
        self.detail.case = fresh.case
        self.meeting = stored
        self.version = stored.version
        self._decision_pending = False
        if choice == ConflictChoice.TAKE_STORED:
            self.decision_group.blockSignals(True)
            self.decision_group.setExclusive(False)
            for button in self.decision_group.buttons():
                button.setChecked(DECISIONS[self.decision_group.id(button)] == stored.decision)
            self.decision_group.setExclusive(True)
            self.decision_group.blockSignals(False)
            self.decision_edit.blockSignals(True)
            self.decision_edit.setPlainText(stored.decision_text)
            self.decision_edit.blockSignals(False)
            self.error_label.hide()
            self.status_label.setText(self.tr("Viser den lagrede versjonen"))
            self._update_decision_buttons()
            return True
        self._decision_pending = True
        if not self._save_decision():
            return False
        audit_service.record_event(
            self._uow_factory(),
            case_id,
            "overwrite",
            {
                "entity": "meetings",
                "entity_id": self.meeting_id,
                "fields": ["decision", "decision_text"],
            },
        )
        return True

    def selected_decision(self) -> m.Decision | None:
        i = self.decision_group.checkedId()
        return DECISIONS[i] if i >= 0 else None

    def _decision_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._decision_pending = True
            self.flush()
            self._update_decision_buttons()

    def _update_decision_buttons(self) -> None:
        dec = self.selected_decision()
        refer = dec in (m.Decision.REFER_BUP, m.Decision.REFER_HABU)
        self.referral_button.setEnabled(refer)
        self.close_case_button.setEnabled(
            dec == m.Decision.CLOSE and self.detail.case.status == m.CaseStatus.OPEN
        )
        referrals = [r for r in self.detail.case.referrals if r.meeting_id == self.meeting_id]
        if referrals:
            r = referrals[-1]
            state = self.tr("Sjekklisten: {n} av 5 punkter krysset av.").format(n=len(r.checklist))
            if r.referred_on:
                state += " " + self.tr("Henvisningen ble sendt {date}.").format(
                    date=format_date(r.referred_on)
                )
            else:
                state += " " + self.tr("Henvisningen er ikke sendt ennå.")
            self.referral_state.setText(state)
        elif refer:
            self.referral_state.setText(
                self.tr("Gå gjennom sjekklisten «5 kjennetegn på gode henvisninger».")
            )
        else:
            self.referral_state.setText("")

    def _save_decision(self) -> bool:
        dec = self.selected_decision()
        text = self.decision_edit.toPlainText()
        try:
            ok = self._run(
                lambda: meeting_service.record_decision(
                    self._uow_factory(), self.meeting_id, dec, text, self.version
                ),
                conflicts=False,
            )
        except ConcurrentChangeError:
            return self._resolve_decision_conflict(dec, text)
        if ok:
            self._decision_pending = False
            self.meeting.decision = dec
            self.meeting.decision_text = text
        return ok

    def _save_next(self) -> bool:
        when = None
        if self.next_check.isChecked():
            q = self.next_edit.dateTime()
            d, t = q.date(), q.time()
            when = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        note = self.next_note.toPlainText()
        ok = self._run(
            lambda: meeting_service.set_next_meeting(
                self._uow_factory(), self.meeting_id, when, note, self.today, self.version
            )
        )
        if ok:
            self._next_pending = False
            self.meeting.next_meeting_at, self.meeting.next_meeting_note = when, note
        return ok

    def _save_epikrise(self) -> None:
        sent = None
        if self.epikrise_check.isChecked():
            q = self.epikrise_date.date()
            sent = dt.date(q.year(), q.month(), q.day())
        if self._run(
            lambda: meeting_service.record_epikrise_sent(
                self._uow_factory(), self.meeting_id, sent, self.today, self.version
            )
        ):
            self.meeting.epikrise_sent_on = sent
            self.epikrise_label.setText(epikrise_text(self.meeting, self.today))
            self._refresh_marks()

    def _set_attendance(self, participant_id: int, combo: QComboBox) -> None:
        attendance: m.Attendance = combo.currentData()
        p = next(p for p in self.meeting.participants if p.id == participant_id)
        if self._run(
            lambda: meeting_service.set_attendance(
                self._uow_factory(), self.meeting_id, participant_id, attendance
            )
        ):
            p.attendance = attendance
        else:
            combo.blockSignals(True)
            combo.setCurrentIndex(list(m.Attendance).index(p.attendance))
            combo.blockSignals(False)
        self._refresh_marks()

    def _set_held(self, held: bool) -> None:
        self.flush()
        status = m.MeetingStatus.HELD if held else m.MeetingStatus.PLANNED
        self._run(
            lambda: meeting_service.set_status(
                self._uow_factory(), self.meeting_id, status, self.version
            )
        )

    def _reload(self) -> None:
        assert self.detail.case.id is not None
        fresh = case_service.get_case(self._uow_factory(), self.detail.case.id)
        self.detail.case = fresh.case
        self.meeting = next(mt for mt in fresh.case.meetings if mt.id == self.meeting_id)
        self.version = self.meeting.version

    def open_referral(self) -> None:
        from familiemote.ui.referral_dialog import ReferralDialog

        self.flush()
        dialog = ReferralDialog(
            self._uow_factory, self.detail, self.today, meeting_id=self.meeting_id, parent=self
        )
        if dialog.exec():
            self.changed_anything = True
            self._reload()
            self._update_decision_buttons()

    def open_close_case(self) -> None:
        from familiemote.ui.phase_dialog import PhaseDialog, PhaseMode

        self.flush()
        dialog = PhaseDialog(
            self._uow_factory,
            self.detail,
            self.today,
            PhaseMode.CLOSE,
            meeting_id=self.meeting_id,
            parent=self,
        )
        if dialog.exec():
            self.changed_anything = True
            self._reload()
            self._update_decision_buttons()

    def done(self, result: int) -> None:  # accept, reject and Esc all come here
        self.flush()
        if self.unresolved_conflict:  # closing now would lose what was typed
            return
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        if self.unresolved_conflict:
            event.ignore()
            return
        super().closeEvent(event)
