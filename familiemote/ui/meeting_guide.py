"""The meeting guide: the meeting itself, run step by step beside the main window.

A list of steps on the left, the current step on the right with the prompt to
read out, the help text and what the step records: who came, the actions from
earlier meetings reviewed one by one, what the family and the child said, the
decision, who does what by when (typed in a row, Enter saves), the next meeting
(created as a planned meeting) and «Avslutt møtet» (what is missing, the
family's copy and the evaluation forms printed in one step, the meeting marked
as held).

The guide is not modal: the main window stays usable, and both show the same
data. Every save here is announced with :attr:`MeetingGuideDialog.changed`
(the case id and which parts changed), and :meth:`MeetingGuideDialog.reload`
takes in what the main window saved.

Keys: Alt+1 ... Alt+9 jump to a step, Ctrl+PgDn / Ctrl+PgUp go to the next /
previous one, F5 opens «Vis for familien», Ctrl+B blanks it and brings it back,
F6 moves it to the next screen, F1 opens the help of the step. Esc empties a
row being typed; the window closes with Alt+L or Ctrl+W. Everything typed in
the text steps is saved as you go (under a second after the last key, and when
you change step or close).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import followup as followup_rules
from familiemote.domain import model as m
from familiemote.domain.errors import ConcurrentChangeError, DomainError
from familiemote.messages import error_text
from familiemote.services import cases as case_service
from familiemote.services import consent as consent_service
from familiemote.services import meetings as meeting_service
from familiemote.services import pathway
from familiemote.services.audit import Overwrite
from familiemote.services.cases import CaseDetail
from familiemote.services.meetings import STEP_FIELDS, GuideField
from familiemote.ui.case_list import format_date
from familiemote.ui.forms_base import ask_conflict, date_edit, kept_for_the_server
from familiemote.ui.guide.actions_editor import ActionsEditor
from familiemote.ui.guide.attendance import AttendancePanel
from familiemote.ui.guide.closing import ClosingPanel
from familiemote.ui.guide.next_meeting import NextMeetingPanel
from familiemote.ui.guide.review import ReviewPanel
from familiemote.ui.guide.step import guide_button
from familiemote.ui.help_panel import HelpPanel, install_help_key, step_help
from familiemote.ui.labels import label
from familiemote.ui.language import ui_language
from familiemote.ui.meeting_common import (
    epikrise_text,
    fit_to_screen,
    meeting_title,
    message_label,
    note_box,
    responsible_text,
    show_message,
    specialist_count_text,
)
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.server_watch import server_watch
from familiemote.ui.theme import current_text_scale, set_scaled_font
from familiemote.ui.widgets import announce, heading, text_label

AUTOSAVE_MS = 700  # the family view shows a text within a second of the last key
DECISIONS = (
    m.Decision.REFER_BUP,
    m.Decision.REFER_HABU,
    m.Decision.OTHER_MEASURES,
    m.Decision.NEW_MEETING,
    m.Decision.CLOSE,
)
REVIEW_STEP = "gjennomgang"
CLOSING_STEP = "avslutt"

# what a save changed, for the main window to refresh only that (and the family view)
PART_MEETING = "meeting"
PART_ACTIONS = "actions"
PART_CASE = "case"


LARGE_TEXT = 1.4  # at 150 % text and more, the step help starts folded


class MeetingGuideDialog(QDialog):
    """Run one meeting step by step, beside the main window (not modal).

    Signals:
        saved(): something was stored.
        changed(int, object): the case id and the parts that changed (a frozenset
            of ``PART_*``): the main window refreshes those panels.
    """

    saved = Signal()
    changed = Signal(int, object)

    def __init__(
        self,
        uow_factory: UowFactory,
        detail: CaseDetail,
        meeting_id: int,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._uow_factory = uow_factory
        self.age_settings = consent_service.get_age_settings(uow_factory())
        self.detail = detail
        self.today = today
        self.meeting_id = meeting_id
        self.meeting = next(mt for mt in detail.case.meetings if mt.id == meeting_id)
        self.version = self.meeting.version
        # a save met a gone server: what was typed is kept until it is saved
        self.waiting_for_server = False
        self.changed_anything = False
        self.unresolved_conflict = False  # the guide stays open until it is settled
        self.family_view: QWidget | None = None
        self._pending: dict[GuideField, Callable[[], str]] = {}
        self._decision_pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        content = pathway.load_content(ui_language())
        self.steps = self._with_meeting_steps(content.guide(self.meeting.kind))
        self.text_edits: dict[GuideField, QPlainTextEdit] = {}

        self.setWindowTitle(
            self.tr("Møteguide – {title}").format(title=meeting_title(self.meeting))
        )
        self.setAccessibleName(self.windowTitle())
        fit_to_screen(self, 1200, 820)
        outer = QVBoxLayout(self)
        title = f"{meeting_title(self.meeting)} · {detail.case.child_first_name}"
        if self.meeting.place:
            title += f" · {self.meeting.place}"
        outer.addWidget(heading(title, 1.3))
        outer.addWidget(text_label(responsible_text(detail)))

        self.attendance = AttendancePanel(uow_factory, today, self.age_settings)
        self.review = ReviewPanel(uow_factory, today)
        self.actions_editor = ActionsEditor(uow_factory, today, self.age_settings)
        self.actions_editor.record_consent = self.record_consent
        self.next_panel = NextMeetingPanel(uow_factory, today)
        self.next_panel.version = lambda: self.version
        self.closing = ClosingPanel(uow_factory, today)
        self.closing.version = lambda: self.version
        self.attendance.committed.connect(lambda: self._committed({PART_MEETING}))
        self.review.committed.connect(lambda: self._committed({PART_ACTIONS}))
        self.actions_editor.committed.connect(lambda: self._committed({PART_ACTIONS}))
        self.next_panel.committed.connect(
            lambda: self._committed({PART_MEETING, PART_ACTIONS, PART_CASE})
        )
        self.closing.committed.connect(lambda: self._committed({PART_MEETING, PART_CASE}))

        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Stegene i møtet"))
        self.step_list.setMinimumWidth(230)
        self.step_list.setSpacing(4)
        set_scaled_font(self.step_list, 1.15)
        self.pages = QStackedWidget()
        # «Hjelp om steget» is open on every step (nothing to look for mid-meeting), but
        # folded at a large text size, where it would leave a step's work little room;
        # F1 or its button on any step opens or folds it on every step
        self.help_open = current_text_scale() < LARGE_TEXT
        self.help_panels: list[HelpPanel] = []
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
        self.family_button = guide_button(
            self.tr("Vis for fa&milien (F5)"), self.tr("Vis for familien"), self.toggle_family_view
        )
        self.blank_button = guide_button(
            self.tr("Sk&jul for familien (Ctrl+B)"),
            self.tr("Skjul eller vis igjen for familien"),
            self.toggle_blank,
        )
        self.blank_button.setEnabled(False)
        left_layout.addWidget(self.family_button)
        left_layout.addWidget(self.blank_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        # wide enough for the longest step title at any text size (Innstillinger > Tekststørrelse)
        list_width = max(260, self.step_list.sizeHintForColumn(0) + 48)
        splitter.setSizes([list_width, max(600, 1200 - list_width)])
        # and never narrower than a title with its «✓» (a step done), so that a title is
        # not elided or wrapped when the dialog is small for a large text size
        metrics = self.step_list.fontMetrics()
        done = max(
            metrics.horizontalAdvance(f"{i + 1}. {step.title}  ✓")
            for i, step in enumerate(self.steps)
        )
        room = 2 * (self.step_list.spacing() + self.step_list.frameWidth()) + 12
        self.step_list.setMinimumWidth(max(230, done + room))
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
        self.close_button = guide_button(
            self.tr("&Lukk guiden"), self.tr("Lukk guiden"), self.accept
        )
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
        QShortcut(QKeySequence("F5"), self).activated.connect(self.toggle_family_view)
        QShortcut(QKeySequence("Ctrl+B"), self).activated.connect(self.toggle_blank)
        QShortcut(QKeySequence("F6"), self).activated.connect(self.swap_family_screen)
        QShortcut(QKeySequence("Ctrl+W"), self).activated.connect(self.accept)
        self._fill_panels()
        self._refresh_marks()
        self.step_list.setCurrentRow(0)
        install_help_key(self)
        if parent is not None:  # the main window closing takes the guide with it: save first
            parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.flush()
        return super().eventFilter(watched, event)

    # -- steps -------------------------------------------------------------------------

    def _with_meeting_steps(
        self, steps: tuple[pathway.GuideStep, ...]
    ) -> tuple[pathway.GuideStep, ...]:
        """The content's steps, with the review of earlier actions and «Avslutt møtet»."""
        out = list(steps)
        if followup_rules.open_reviews(self.detail.case, self.meeting_id):
            review = pathway.GuideStep(
                REVIEW_STEP,
                self.tr("Tiltak fra forrige møte"),
                self.tr(
                    "Gå gjennom tiltakene som ble avtalt sist, ett om gangen: er det utført, "
                    "fortsetter det, er det endret, eller skal noen andre ta over?"
                ),
                self.tr(
                    "Tiltak som fortsatt pågår, settes på sakslisten til neste møte. Utfallet "
                    "registreres her og vises i fanen «Tiltak og ansvar»."
                ),
                (),
            )
            out.insert(1, review)
        out.append(
            pathway.GuideStep(
                CLOSING_STEP,
                self.tr("Avslutt møtet"),
                self.tr(
                    "Se over hva som mangler, gi familien sin kopi av planen og "
                    "vurderingsskjemaene, og takk for møtet."
                ),
                self.tr(
                    "Familiens kopi har ikke interne notater eller interne tiltak. Ett "
                    "vurderingsskjema per familiemedlem som var til stede."
                ),
                (),
            )
        )
        return tuple(out)

    def _help_chosen(self, on: bool) -> None:
        """The step help opened or folded on one step: the same on every step."""
        self.help_open = on
        for panel in self.help_panels:
            if panel.is_open() != on:
                panel.button.setChecked(on)

    def _page(self, step: pathway.GuideStep) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 0, 4, 0)
        layout.addWidget(heading(step.title, 1.4))
        prompt = text_label(step.prompt)
        set_scaled_font(prompt, 1.15)
        prompt.setAccessibleName(self.tr("Slik gjør du"))
        layout.addWidget(prompt)
        help_box = step_help(self.meeting.kind, step.key, step.title, expanded=self.help_open)
        if help_box is None:
            layout.addWidget(note_box(self.tr("Hvorfor"), step.help, step.sources))
        else:
            layout.addWidget(help_box)
            self.help_panels.append(help_box)
            help_box.button.toggled.connect(self._help_chosen)
        builder = {
            "formal_og_roller": self._roles_step,
            REVIEW_STEP: self._review_step,
            "beslutning": self._decision_step,
            "ansvar": self._actions_step,
            "neste_mote": self._next_step,
            "epikrise": self._epikrise_step,
            CLOSING_STEP: self._closing_step,
        }.get(step.key)
        if builder is not None:
            builder(layout)
        elif step.key in STEP_FIELDS:
            self._text_field(
                layout, STEP_FIELDS[step.key], self.tr("Skriv &her (lagres mens du skriver):")
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
        layout.addWidget(self.attendance, 1)

    def _review_step(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.review, 1)

    def _actions_step(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.actions_editor, 1)
        layout.addWidget(
            text_label(
                self.tr(
                    "Tjenesten som tok initiativ, følger opp beslutningene. Interne tiltak "
                    "vises ikke for familien og kommer ikke med i familiens kopi."
                )
            )
        )

    def _next_step(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.next_panel)
        self.next_note = self._text_field(
            layout, GuideField.NEXT_MEETING_NOTE, self.tr("&Hva ble avtalt om neste møte:")
        )

    def _closing_step(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.closing, 1)

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
            m.Decision.NEW_MEETING: self.tr("Nytt familiem&øte"),
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
        self.close_case_button = QPushButton(self.tr("A&vslutt saken …"))
        self.close_case_button.setAutoDefault(False)
        self.close_case_button.clicked.connect(self.open_close_case)
        row.addWidget(self.referral_button)
        row.addWidget(self.close_case_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.referral_state = text_label("")
        layout.addWidget(self.referral_state)
        self._update_decision_buttons()

    def _epikrise_step(self, layout: QVBoxLayout) -> None:
        self.epikrise_label = text_label(epikrise_text(self.meeting, self.today))
        layout.addWidget(self.epikrise_label)
        row = QHBoxLayout()
        self.epikrise_check = QCheckBox(self.tr("&Epikrisen er sendt, dato:"))
        sent = self.meeting.epikrise_sent_on or self.today
        self.epikrise_date: QDateEdit = date_edit(sent, self.tr("Dato epikrisen ble sendt"))
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

    # -- navigation --------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.steps):
            self.step_list.setCurrentRow(index)

    def go_to_key(self, key: str) -> None:
        index = next((i for i, s in enumerate(self.steps) if s.key == key), -1)
        self.go_to(index)

    def current_step(self) -> pathway.GuideStep:
        return self.steps[self.step_list.currentRow()]

    def _go(self, index: int) -> None:
        self.flush()
        if index < 0:
            return
        self.pages.setCurrentIndex(index)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.steps) - 1)
        step = self.steps[index]
        if step.key == CLOSING_STEP:
            self.closing.set_case(self.detail, self.meeting)  # what is missing, now
        self._tell_family_step()
        # Alt+number and Ctrl+PgDn change the step from anywhere: say which step it is
        announce(self, self.step_list.item(index).text())
        page = self.pages.currentWidget()
        if page is None or self.step_list.hasFocus():
            return
        first = {
            "formal_og_roller": self.attendance.table,
            REVIEW_STEP: self.review.list,
            "ansvar": self.actions_editor.what,
            "neste_mote": self.next_panel.when,
            CLOSING_STEP: self.closing.copies,
        }.get(step.key)
        if first is None:
            first = next(
                (
                    w
                    for w in page.findChildren(QWidget)
                    if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and isinstance(w, (QPlainTextEdit, QLineEdit, QRadioButton, QCheckBox))
                    and w.isEnabled()
                ),
                None,
            )
        if step.key == REVIEW_STEP and self.review.current is not None:
            first = self.review.buttons[m.ReviewOutcome.DONE]
        if first is not None:
            first.setFocus()
            # a date proposed: typing replaces it (the form base's typed date field; Qt's
            # sectioned one starts at its first section by itself)
            if isinstance(first, QAbstractSpinBox) and type(first) not in (
                QDateTimeEdit,
                QDateEdit,
            ):
                first.selectAll()
            if isinstance(first, QTableWidget) and first.currentRow() < 0 and first.rowCount():
                first.setCurrentCell(0, 0)
            if isinstance(page, QScrollArea):  # at a large text size the form may be below
                # the whole row being typed in view, its first field last
                targets = [w for w in (self._form_end(step.key), first) if w is not None]
                for target in targets:
                    QTimer.singleShot(0, lambda t=target: page.ensureWidgetVisible(t, 0, 20))

    def _form_end(self, key: str) -> QWidget | None:
        return {
            "ansvar": self.actions_editor.save_button,
            "neste_mote": self.next_panel.create_button,
            REVIEW_STEP: self.review.record_button,
        }.get(key)

    def _refresh_marks(self) -> None:
        mt = self.meeting
        reviews = followup_rules.open_reviews(self.detail.case, self.meeting_id)
        filled = {
            "formal_og_roller": any(p.attendance != m.Attendance.INVITED for p in mt.participants),
            REVIEW_STEP: bool(reviews) and all(r.outcome is not None for _a, r in reviews),
            "beslutning": mt.decision is not None,
            "ansvar": any(a.meeting_id == self.meeting_id for a in self.detail.case.actions),
            "neste_mote": mt.next_meeting_at is not None,
            "epikrise": mt.epikrise_sent_on is not None,
            CLOSING_STEP: mt.status == m.MeetingStatus.HELD,
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

    # -- keeping both windows and the family view in step ------------------------------

    def _fill_panels(self) -> None:
        for panel in (
            self.attendance,
            self.review,
            self.actions_editor,
            self.next_panel,
        ):
            panel.set_case(self.detail, self.meeting)
        if self.current_key() == CLOSING_STEP:
            self.closing.set_case(self.detail, self.meeting)

    def current_key(self) -> str:
        row = self.step_list.currentRow() if hasattr(self, "step_list") else -1
        return self.steps[row].key if 0 <= row < len(self.steps) else ""

    def reload(self) -> None:
        """Read the case again (after a change here or in the main window) and show it.

        Text that is typed and not yet saved stays as typed.
        """
        assert self.detail.case.id is not None
        try:
            fresh = case_service.get_case(self._uow_factory(), self.detail.case.id)
        except DomainError as err:
            show_message(self.error_label, error_text(err))
            return
        stored = next((mt for mt in fresh.case.meetings if mt.id == self.meeting_id), None)
        if stored is None:  # removed meanwhile
            show_message(self.error_label, self.tr("Møtet finnes ikke lenger."))
            return
        self.detail.case = fresh.case
        self.detail.services = fresh.services
        self.detail.professionals = fresh.professionals
        self.meeting = stored
        self.version = stored.version
        for field, edit in self.text_edits.items():
            text = getattr(stored, field.value) or ""
            if field not in self._pending and edit.toPlainText() != text and not edit.hasFocus():
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)
        self._fill_panels()
        if hasattr(self, "decision_group"):
            self._update_decision_buttons()
        self._refresh_marks()

    def _committed(self, parts: set[str]) -> None:
        """A part of the guide stored something: read it back, tell the others."""
        self.changed_anything = True
        self.reload()
        self.status_label.setText(
            self.tr("✓ Lagret kl. {time}").format(time=dt.datetime.now().strftime("%H.%M"))
        )
        self._announce(frozenset(parts))

    def _announce(self, parts: frozenset[str]) -> None:
        self.saved.emit()
        if self.detail.case.id is not None:
            self.changed.emit(self.detail.case.id, parts)
        self.refresh_family_view()

    # -- the family view («Vis for familien») ------------------------------------------

    def toggle_family_view(self) -> None:
        """F5: open the family view, or close it when it is open."""
        if self.family_view is not None:
            self.family_view.close()
            return
        from familiemote.ui.family_view import open_family_view

        self.flush()
        view = open_family_view(self._uow_factory, self.meeting_id, self)
        self.family_view = view
        view.destroyed.connect(self._family_view_gone)
        closed = getattr(view, "closed", None)
        if closed is not None:
            closed.connect(self._family_view_gone)
        blank_changed = getattr(view, "blank_changed", None)
        if blank_changed is not None:
            blank_changed.connect(self._blank_changed)
        self._tell_family_step()
        self.family_button.setText(self.tr("Lukk fa&miliens visning (F5)"))
        self.blank_button.setEnabled(True)
        self.activateWindow()  # the keyboard stays with the facilitator

    def _family_view_gone(self, *_args: object) -> None:
        self.family_view = None
        self.family_button.setText(self.tr("Vis for fa&milien (F5)"))
        self.blank_button.setEnabled(False)
        self.blank_button.setText(self.tr("Sk&jul for familien (Ctrl+B)"))

    def _blank_changed(self, blank: bool) -> None:
        self.blank_button.setText(
            self.tr("Vis ig&jen for familien (Ctrl+B)")
            if blank
            else self.tr("Sk&jul for familien (Ctrl+B)")
        )

    def toggle_blank(self) -> None:
        if self.family_view is not None:
            self.family_view.toggle_blank()  # type: ignore[attr-defined]

    def swap_family_screen(self) -> None:
        if self.family_view is not None:
            swap = getattr(self.family_view, "swap_screen", None)
            if swap is not None:
                swap()

    def refresh_family_view(self) -> None:
        if self.family_view is not None:
            self.family_view.refresh()  # type: ignore[attr-defined]

    def _tell_family_step(self) -> None:
        if self.family_view is None:
            return
        row = self.step_list.currentRow()
        if 0 <= row < len(self.steps):
            self.family_view.set_step(row, self.steps[row].title)  # type: ignore[attr-defined]

    # -- consent, offered from the actions step ----------------------------------------

    def record_consent(self, service_id: int) -> None:
        from familiemote.ui.consent_dialog import ConsentDialog

        dialog = ConsentDialog(self._uow_factory, self.detail, self.today, self.age_settings, self)
        box = getattr(dialog, "service_boxes", {}).get(service_id)
        if box is not None:
            box.setChecked(True)
        if dialog.exec():
            self._committed({PART_CASE})

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc empties a row being typed (the parts take it first); it never closes the
        # meeting by accident
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    # -- saving ------------------------------------------------------------------

    def _queue(self, field: GuideField, read: Callable[[], str]) -> None:
        self._pending[field] = read
        self.status_label.setText(self.tr("Endringer lagres …"))
        self._timer.start()

    def _queue_decision(self) -> None:
        self._decision_pending = True
        self.status_label.setText(self.tr("Endringer lagres …"))
        self._timer.start()

    def _run(
        self,
        action: Callable[[], int | None],
        *,
        conflicts: bool = True,
        again: Callable[[], object] | None = None,
    ) -> bool:
        """Run a save; with ``conflicts=False`` a ConcurrentChangeError goes to the caller.

        When the database server is gone or silent, what was typed stays (and stays
        pending), the error line says what happened, and the server watch offers to
        save it once the server answers: ``again``, or else everything pending."""
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
        except Exception as exc:
            if not kept_for_the_server(exc, self.error_label, again or self.flush):
                raise
            self.waiting_for_server = True
            self.status_label.setText(self.tr("⚠ Ikke lagret"))
            return False
        self.waiting_for_server = False
        if version is not None:
            self.version = version
        self.changed_anything = True
        self.error_label.hide()
        server_watch().offer_again(self)  # a save put off with «Senere» is offered again
        self.status_label.setText(
            self.tr("✓ Lagret kl. {time}").format(time=dt.datetime.now().strftime("%H.%M"))
        )
        self._announce(frozenset({PART_MEETING}))
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
                if self.waiting_for_server:
                    break  # the rest waits too: offered together when the server is back
        if self.waiting_for_server:
            self._refresh_marks()
            return False
        if self._decision_pending:
            ok = self._save_decision() and ok
        self._refresh_marks()
        return ok

    def field_label(self, field: GuideField) -> str:
        labels = {
            GuideField.FAMILY_DESCRIPTION: self.tr("Familiens beskrivelse"),
            GuideField.CHILD_VOICE: self.tr("Barnets stemme"),
            GuideField.SERVICES_VIEW: self.tr("Tjenestenes vurdering"),
            GuideField.DECISION_TEXT: self.tr("Beslutning og videre tiltak"),
            GuideField.NEXT_MEETING_NOTE: self.tr("Merknad om neste møte"),
            GuideField.INTERNAL_NOTES: self.tr("Interne notater"),
        }
        return labels[field]

    def _stored_meeting(self) -> tuple[CaseDetail, m.Meeting]:
        """The case as stored now, and this meeting in it (another user's save)."""
        case_id = self.detail.case.id
        assert case_id is not None
        fresh = case_service.get_case(self._uow_factory(), case_id)
        return fresh, next(mt for mt in fresh.case.meetings if mt.id == self.meeting_id)

    def _ask_conflict(
        self, what: str, rows: list[tuple[str, str, str]], not_saved: str, fresh: CaseDetail
    ) -> str:
        """The one conflict flow (:func:`forms_base.ask_conflict`) for this meeting.

        "later" tells ``not_saved`` and keeps what was typed; otherwise the guide goes
        on from the stored version (a "keep mine" saves over it with an Overwrite).
        """
        case_id = fresh.case.id
        assert case_id is not None
        choice = ask_conflict(
            self, what, rows, self._uow_factory, case_id, ("meetings", self.meeting_id)
        )
        self.unresolved_conflict = choice == "later"
        if choice == "later":
            show_message(self.error_label, not_saved)
            self.status_label.setText(self.tr("⚠ Ikke lagret"))
            return choice
        stored = next(mt for mt in fresh.case.meetings if mt.id == self.meeting_id)
        self.detail.case = fresh.case
        self.meeting = stored
        self.version = stored.version
        return choice

    def _resolve_text_conflict(self) -> bool:
        """Another user saved this meeting: show both versions of the unsaved texts.

        Returns True when the texts were settled (kept and saved, or the stored
        ones taken); False when the user wants to look first (the texts stay
        in the form, unsaved, and are tried again at the next save).
        """
        fresh, stored = self._stored_meeting()
        mine = {f: read() for f, read in self._pending.items()}
        rows = [
            (self.field_label(f), text, getattr(stored, f.value) or "") for f, text in mine.items()
        ]
        choice = self._ask_conflict(
            self.tr("møtenotatene"),
            rows,
            self.tr(
                "Ikke lagret: noen andre har lagret dette møtet samtidig. Teksten din står "
                "fortsatt her. Lagre igjen for å velge versjon."
            ),
            fresh,
        )
        if choice == "later":
            return False
        if choice == "stored":
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
        overwritten = tuple(f.value for f in mine if getattr(stored, f.value) != mine[f])
        overwrite = Overwrite("meetings", self.meeting_id, overwritten) if overwritten else None
        # every kept text and the note that it overwrote the other's: one transaction
        if not self._run(
            lambda: meeting_service.save_texts(
                self._uow_factory(), self.meeting_id, mine, self.version, overwrite
            )
        ):
            return False
        for f, text in mine.items():
            setattr(self.meeting, f.value, text)
            del self._pending[f]
        return True

    def _resolve_decision_conflict(self, dec: m.Decision | None, text: str) -> bool:
        """Another user saved this meeting while the decision was being written."""
        fresh, stored = self._stored_meeting()
        rows = [
            (
                self.tr("Beslutning"),
                label(dec) if dec else "–",
                label(stored.decision) if stored.decision else "–",
            ),
            (self.field_label(GuideField.DECISION_TEXT), text, stored.decision_text),
        ]
        choice = self._ask_conflict(
            self.tr("beslutningen"),
            rows,
            self.tr(
                "Ikke lagret: noen andre har lagret dette møtet samtidig. Beslutningen din "
                "står fortsatt her. Lagre igjen for å velge versjon."
            ),
            fresh,
        )
        if choice == "later":
            return False
        self._decision_pending = False
        if choice == "stored":
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
        return self._save_decision(
            Overwrite("meetings", self.meeting_id, ("decision", "decision_text"))
        )

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

    def _save_decision(self, overwrites: Overwrite | None = None) -> bool:
        """Save the decision; ``overwrites`` when the user chose to keep hers in a conflict."""
        dec = self.selected_decision()
        text = self.decision_edit.toPlainText()
        try:
            ok = self._run(
                lambda: meeting_service.record_decision(
                    self._uow_factory(), self.meeting_id, dec, text, self.version, overwrites
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

    def _save_epikrise(self) -> None:
        sent = None
        if self.epikrise_check.isChecked():
            q = self.epikrise_date.date()
            sent = dt.date(q.year(), q.month(), q.day())
        if self._run(
            lambda: meeting_service.record_epikrise_sent(
                self._uow_factory(), self.meeting_id, sent, self.today, self.version
            ),
            again=self._save_epikrise,
        ):
            self.meeting.epikrise_sent_on = sent
            self.epikrise_label.setText(epikrise_text(self.meeting, self.today))
            self._refresh_marks()

    def open_referral(self) -> None:
        from familiemote.ui.referral_dialog import ReferralDialog

        self.flush()
        dialog = ReferralDialog(
            self._uow_factory, self.detail, self.today, meeting_id=self.meeting_id, parent=self
        )
        if dialog.exec():
            self._committed({PART_CASE, PART_MEETING})

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
            self._committed({PART_CASE, PART_MEETING})

    def _keep_open_for_the_server(self) -> bool:
        """What was typed could not be saved because the server is gone: ask before
        closing loses it (True: stay open). A walk-in or an action row kept for the
        server, or put off with «Senere», is asked about by the server watch."""
        if not self.waiting_for_server:
            return server_watch().ask_before_closing(self)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Familiemøte"),
            self.tr(
                "Det du har skrevet i møteguiden, er ikke lagret: databaseserveren svarer "
                "ikke. Lukker du nå, går det tapt. Blir guiden stående åpen, tilbyr "
                "Familiemøte å lagre det når serveren svarer igjen."
            ),
            parent=self,
        )
        stay = box.addButton(self.tr("&Ikke lukk"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("&Lukk uten å lagre"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)
        box.exec()
        if box.clickedButton() is stay:
            return True
        self.waiting_for_server = False
        server_watch().forget_waiting_in(self)  # closed without saving, as chosen
        return False

    def done(self, result: int) -> None:  # accept, reject and the close button come here
        self.flush()
        if self.unresolved_conflict:  # closing now would lose what was typed
            return
        if self._keep_open_for_the_server():
            return
        if self.family_view is not None:
            self.family_view.close()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        if self.unresolved_conflict or self._keep_open_for_the_server():
            event.ignore()
            return
        if self.family_view is not None:
            self.family_view.close()
        super().closeEvent(event)
