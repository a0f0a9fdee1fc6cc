"""«Vis for familien»: the meeting as the family sees it, on a projector or a screen.

A second window turned toward the family while the facilitator writes in the
meeting guide. Large, calm type (twice the app's text, so it follows
Innstillinger > Tekststørrelse), and only what the family may read: the child's
first name, the meeting's purpose in plain words, the step the meeting is at,
what the family told, the child's own view under its own heading, the decision,
and who does what by when (a date, never «snarest»). What it may show is decided
by the same rule as the family's printed copy (see
:mod:`familiemote.services.family_view`); it never shows other children, the case
list, internal notes or actions, sources, ids or history.

Like a projection program's live screen (OpenLP's slide controller keeps a
preview apart from the live display), it shows only what is committed: a row the
facilitator is still typing appears when it is saved and :meth:`FamilyView.refresh`
runs. The guide calls :meth:`~FamilyView.set_step` when the step changes.

Keys in the view (the guide offers the same): Esc closes it; B, the full stop
or Ctrl+B blanks it for a sensitive moment and brings it back (presentation
remotes send B or the full stop); F6 or Ctrl+Shift+S moves it to the next
screen. Where it opens is decided by :mod:`familiemote.ui.screens` and
remembered in QSettings (``familyView/screen``, ``familyView/window``).
"""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QDate, QLocale, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import model as m
from familiemote.domain.errors import NotFoundError
from familiemote.services import pathway
from familiemote.services.family_view import (
    FamilyAction,
    FamilyCarriedAction,
    FamilyViewData,
    family_view_data,
)
from familiemote.ui.labels import label, service_label
from familiemote.ui.language import ui_language
from familiemote.ui.panels.base import UowFactory
from familiemote.ui.screens import (
    Placement,
    Rect,
    choose_screen,
    distinct_screens,
    next_screen,
    own_screen,
    qscreen_for,
    rect_from_setting,
    rect_to_setting,
    screen_info,
    screen_infos,
)

# The keys, for the guide to offer the same ones (QKeySequence strings).
OPEN_SHORTCUT = "F5"
BLANK_SHORTCUT = "Ctrl+B"
SWAP_SHORTCUT = "F6"

KEY_SCREEN = "familyView/screen"  # geometry of the screen last used, "x,y,w,h"
KEY_WINDOW = "familyView/window"  # the window's geometry when it was not full screen

# The view's body text is this many times the app's text (which already carries
# the user's text size): 18 pt from a 9 pt system font, about 12 mm high letters
# on a 55" screen, readable from 3 m.
VIEW_SCALE = 2.0
_ROLE_SCALE = {"title": 1.5, "heading": 1.15, "body": 1.0, "meta": 0.8, "step": 0.9}
_ROLE = "familyViewRole"

# The guide's steps (content keys) and the part of the page each is about.
_STEP_TOP = frozenset({"formal_og_roller"})
_STEP_SECTIONS = {
    "familiens_beskrivelse": "_family",
    "barnets_stemme": "_child",
    "beslutning": "_decision",
    "videre_tiltak": "_decision",
    "ansvar": "_actions",
    "neste_mote": "_next",
    "ansvarsgruppe": "_next",
}

_STYLE = """
QWidget#familyView { background: palette(base); }
QWidget#familyView QLabel { color: palette(text); background: transparent; }
QFrame#familyHeader { background: palette(alternate-base);
    border-bottom: 2px solid palette(mid); }
QLabel#familyStep { border: 2px solid palette(mid); border-radius: 10px;
    padding: 4px 14px; background: palette(base); }
QFrame#familyAction { border: 1px solid palette(mid); border-left: 8px solid palette(highlight);
    border-radius: 6px; background: palette(base); }
QFrame#familySection { background: transparent; }
QWidget#familyBlank { background: palette(window); }
QScrollArea { background: transparent; border: none; }
QScrollArea > QWidget > QWidget { background: transparent; }
"""


def _role_label(text: str, role: str, *, bold: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setProperty(_ROLE, role)
    widget.setProperty("familyViewBold", bold)
    return widget


class FamilyView(QWidget):
    """The family's screen for one meeting.

    ``FamilyView(uow_factory, meeting_id, parent=None)``: a window of its own even
    with a parent (it closes with it, and is deleted once closed). Call
    :meth:`refresh` after something of the meeting was saved, :meth:`set_step`
    when the guide changes step.

    Signals:
        blank_changed(bool): the view was blanked (True) or shown again (False).
        closed(): the view was closed (Esc, the window's close button, or code).
    """

    blank_changed = Signal(bool)
    closed = Signal()

    def __init__(
        self,
        uow_factory: UowFactory,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("familyView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # opening it leaves the keyboard with the facilitator's window
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setStyleSheet(_STYLE)
        self._uow_factory = uow_factory
        self.meeting_id = meeting_id
        self._settings = settings if settings is not None else QSettings()
        self._data: FamilyViewData | None = None
        self._step_title = ""
        self._missing = False
        self._remembered: Rect | None = rect_from_setting(self._settings.value(KEY_SCREEN))
        self._chosen_by_hand = False  # the swap key was used in this session
        self.setWindowTitle(self.tr("Vis for familien"))

        self._stack = QStackedLayout(self)
        self._content = QWidget()
        self._blank = QWidget()
        self._blank.setObjectName("familyBlank")
        self._blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._stack.addWidget(self._content)
        self._stack.addWidget(self._blank)

        outer = QVBoxLayout(self._content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QFrame()
        header.setObjectName("familyHeader")
        head = QVBoxLayout(header)
        head.setContentsMargins(48, 24, 48, 20)
        top = QHBoxLayout()
        top.setSpacing(32)
        self.title_label = _role_label("", "title", bold=True)
        self.step_label = _role_label("", "step")
        self.step_label.setObjectName("familyStep")
        self.step_label.setWordWrap(False)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step_label.hide()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.step_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(top)
        self.meta_label = _role_label("", "meta")
        self.purpose_label = _role_label("", "body")
        head.addWidget(self.meta_label)
        head.addSpacing(8)
        head.addWidget(self.purpose_label)
        outer.addWidget(header)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setAccessibleName(self.tr("Møtet for familien"))  # a Tab stop: say what
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(48, 16, 48, 32)
        self._column = QWidget()
        self._body = QVBoxLayout(self._column)
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.setSpacing(28)
        row.addStretch(1)
        row.addWidget(self._column, 20)
        row.addStretch(1)
        self._scroll.setWidget(page)
        outer.addWidget(self._scroll, 1)

        self.missing_label = _role_label(self.tr("Møtet finnes ikke lenger."), "body")
        self._family = self._section()
        self._child = self._section()
        self._decision = self._section()
        self._actions = self._section()
        self._carried = self._section()
        self._next = self._section()
        self._contact = _role_label("", "meta")
        self._body.addWidget(self.missing_label)
        self.missing_label.hide()
        # the page's sections, top to bottom
        self._sections = (
            self._family,
            self._child,
            self._decision,
            self._actions,
            self._carried,
            self._next,
        )
        for section in self._sections:
            self._body.addWidget(section)
        self._body.addWidget(self._contact)
        self._body.addStretch(1)

        self._shortcuts: list[QShortcut] = []
        for keys, slot in (
            ("Esc", self.close),
            ("B", self.toggle_blank),
            (".", self.toggle_blank),
            (BLANK_SHORTCUT, self.toggle_blank),
            (SWAP_SHORTCUT, self.swap_screen),
            ("Ctrl+Shift+S", self.swap_screen),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screen_added)
            app.screenRemoved.connect(self._screen_removed)
            app.fontChanged.connect(self._font_changed)  # Innstillinger > Tekststørrelse
        self._apply_fonts()
        self.refresh()

    # -- the contract with the guide ---------------------------------------------------

    def refresh(self) -> None:
        """Read the meeting again as committed, and show what changed."""
        try:
            data = family_view_data(self._uow_factory(), self.meeting_id)
        except NotFoundError:
            self._show_missing()
            return
        old, self._data = self._data, data
        if old == data and not self._missing:
            return
        self._missing = False
        self.missing_label.hide()
        self._fill(data)
        target = self._changed_section(old, data)
        if target is not None:
            QTimer.singleShot(0, self, lambda: self._show_widget(target))

    def set_step(self, index: int, title: str) -> None:
        """The step the meeting is at (``index`` from 0, ``title`` as the guide shows it)."""
        self._step_title = title
        self.step_label.setText(self.tr("Nå: {title}").format(title=title))
        self.step_label.setAccessibleName(
            self.tr("Steg {n}: {title}").format(n=index + 1, title=title)
        )
        self.step_label.setVisible(bool(title))
        section = self._section_for_step(title)
        if section is not None:
            QTimer.singleShot(0, self, lambda: self._scroll_to(section))

    @property
    def is_blank(self) -> bool:
        return self._stack.currentWidget() is self._blank

    def toggle_blank(self) -> None:
        """Hide everything behind a neutral screen, or bring it back."""
        blank = not self.is_blank
        self._stack.setCurrentWidget(self._blank if blank else self._content)
        self.setWindowTitle(
            self.tr("Vis for familien (skjult)") if blank else self.tr("Vis for familien")
        )
        self.blank_changed.emit(blank)

    def visible_texts(self) -> list[str]:
        """Every text the family can see now (empty while blanked)."""
        if self.is_blank:
            return []
        return [
            w.text()
            for w in self.findChildren(QLabel)
            if w.text() and w.isVisibleTo(self) and w.window() is self
        ]

    def swap_screen(self) -> None:
        """Move to the next screen (one key when the first guess was wrong)."""
        current = self._current_screen_rect()
        placement = next_screen(screen_infos(), current)
        if placement is None:
            return
        if current is not None and placement.screen.geometry == current:
            # one screen: toggle between full screen and a window
            placement = Placement(placement.screen, not self.isFullScreen())
        self._remembered = placement.screen.geometry
        self._chosen_by_hand = True
        self._remember()
        self._place(placement)

    def present(self) -> None:
        """Show the view on the screen the rules choose (the guide keeps the keyboard)."""
        if not self.isVisible():
            self.refresh()  # it may have been closed for a while
        placement = choose_screen(screen_infos(), self._remembered)
        if placement is None:
            self.show()
        else:
            self._place(placement)

    # -- building the page ------------------------------------------------------------

    def _section(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("familySection")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        return frame

    def _set_section(self, frame: QFrame, heading: str, widgets: list[QWidget]) -> None:
        layout = frame.layout()
        assert isinstance(layout, QVBoxLayout)
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, deleted when Qt is idle
                widget.setParent(None)
                widget.deleteLater()
        if not widgets:
            frame.hide()
            return
        for w in [_role_label(heading, "heading", bold=True), *widgets]:
            layout.addWidget(w)
            w.show()  # at once, not when the layout gets round to it
        frame.show()
        self._apply_fonts(frame)

    def _text_section(self, frame: QFrame, heading: str, text: str) -> None:
        self._set_section(frame, heading, [_role_label(text, "body")] if text.strip() else [])

    def _fill(self, d: FamilyViewData) -> None:
        name = d.child_first_name
        self.title_label.setText(
            self.tr("{meeting} for {name}").format(meeting=label(d.meeting_kind), name=name)
        )
        meta = self._when(d.starts_at)
        if d.place:
            meta += " · " + d.place
        self.meta_label.setText(meta)
        self.purpose_label.setText(self._purpose(d.meeting_kind, name))
        self.setWindowTitle(
            self.tr("Vis for familien (skjult)") if self.is_blank else self.tr("Vis for familien")
        )

        self._text_section(self._family, self.tr("Det familien forteller"), d.family_description)
        self._text_section(
            self._child, self.tr("Slik {name} ser det").format(name=name), d.child_voice
        )
        decision: list[QWidget] = []
        if d.decision is not None:
            decision.append(_role_label(label(d.decision), "body", bold=True))
        if d.decision_text.strip():
            decision.append(_role_label(d.decision_text, "body"))
        self._set_section(self._decision, self.tr("Dette har vi bestemt"), decision)

        cards: list[QWidget] = [
            self._action_card(a, number=i) for i, a in enumerate(d.actions, start=1)
        ]
        if not cards:
            cards = [_role_label(self.tr("Her kommer det vi blir enige om."), "meta")]
        self._set_section(self._actions, self.tr("Hvem gjør hva, og når"), cards)
        self._set_section(
            self._carried,
            self.tr("Det vi avtalte sist, og hvordan det har gått"),
            [self._carried_card(c) for c in d.carried_over],
        )
        upcoming: list[QWidget] = []
        if d.next_meeting_at is not None:
            upcoming.append(_role_label(self._when(d.next_meeting_at), "body", bold=True))
        if d.next_meeting_note.strip():
            upcoming.append(_role_label(d.next_meeting_note, "body"))
        self._set_section(self._next, self.tr("Neste møte"), upcoming)
        if d.contact_name:
            who = ", ".join(x for x in (d.contact_name, service_label(d.contact_service)) if x)
            self._contact.setText(
                self.tr("Kontaktperson: {who}. Ta kontakt hvis noe endrer seg.").format(who=who)
            )
        self._contact.setVisible(bool(d.contact_name))

    def _action_card(
        self, a: FamilyAction, extra: list[str] | None = None, number: int = 0
    ) -> QFrame:
        card = QFrame()
        card.setObjectName("familyAction")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(22, 14, 18, 14)
        layout.setSpacing(4)
        title = f"{number}. {a.description}" if number else a.description
        layout.addWidget(_role_label(title, "body", bold=True))
        who = ", ".join(x for x in (a.person, service_label(a.service)) if x)
        layout.addWidget(
            _role_label(
                self.tr("Ansvarlig: {who}").format(who=who)
                if who
                else self.tr("Ansvarlig er ikke valgt ennå."),
                "body",
            )
        )
        layout.addWidget(_role_label(self._dates(a), "body"))
        if a.family_part.strip():
            layout.addWidget(
                _role_label(self.tr("Familiens del: {text}").format(text=a.family_part), "body")
            )
        for line in extra or []:
            layout.addWidget(_role_label(line, "body"))
        return card

    def _carried_card(self, c: FamilyCarriedAction) -> QFrame:
        if c.outcome is None:
            outcome = self.tr("Ikke gått gjennom ennå.")
        elif c.new_date is not None:
            outcome = self.tr("{outcome}. Ny dato: {date}.").format(
                outcome=label(c.outcome), date=self._date(c.new_date)
            )
        else:
            outcome = label(c.outcome) + "."
        lines = [self.tr("I dag: {outcome}").format(outcome=outcome)]
        if c.note.strip():
            lines.append(c.note)
        return self._action_card(c.action, lines)

    # -- wording ------------------------------------------------------------------------

    def _purpose(self, kind: m.MeetingKind, name: str) -> str:
        if kind == m.MeetingKind.SUMMARY:
            return self.tr(
                "Vi ser tilbake på hjelpen {name} har fått, og avtaler hvem som følger opp "
                "videre, og når."
            ).format(name=name)
        return self.tr(
            "Vi er her for å finne riktig hjelp for {name}, og for å skrive ned hvem som "
            "gjør hva, og når."
        ).format(name=name)

    def _locale(self) -> QLocale:
        language = (
            QLocale.Language.NorwegianNynorsk
            if ui_language() == "nn"
            else QLocale.Language.NorwegianBokmal
        )
        return QLocale(language, QLocale.Country.Norway)

    def _date(self, day: dt.date) -> str:
        return self._locale().toString(QDate(day.year, day.month, day.day), "dddd d. MMMM yyyy")

    def _when(self, moment: dt.datetime) -> str:
        return self.tr("{date} kl. {time}").format(
            date=self._date(moment.date()), time=moment.strftime("%H.%M")
        )

    def _dates(self, a: FamilyAction) -> str:
        if a.due_date is not None and a.review_date is not None:
            return self.tr("Innen {due}. Vi ser på det igjen {review}.").format(
                due=self._date(a.due_date), review=self._date(a.review_date)
            )
        if a.due_date is not None:
            return self.tr("Innen {due}.").format(due=self._date(a.due_date))
        if a.review_date is not None:
            return self.tr("Vi ser på det igjen {review}.").format(review=self._date(a.review_date))
        return self.tr("Datoen er ikke avtalt ennå.")

    def _show_missing(self) -> None:
        self._missing = True
        self._data = None
        for section in self._sections:
            section.hide()
        self._contact.hide()
        self.purpose_label.setText("")
        self.missing_label.show()

    def _changed_section(self, old: FamilyViewData | None, new: FamilyViewData) -> QWidget | None:
        """The part of the page that changed, to scroll it into view (None at first fill)."""
        if old is None:
            return None
        if old.actions != new.actions:
            layout = self._actions.layout()
            if layout is not None and layout.count() > 1:
                added = len(new.actions) > len(old.actions)
                item = layout.itemAt(layout.count() - 1 if added else 1)
                if item is not None and item.widget() is not None:
                    return item.widget()
            return self._actions
        pairs: list[tuple[bool, QWidget]] = [
            (old.family_description != new.family_description, self._family),
            (old.child_voice != new.child_voice, self._child),
            (
                (old.decision, old.decision_text) != (new.decision, new.decision_text),
                self._decision,
            ),
            (old.carried_over != new.carried_over, self._carried),
            (
                (old.next_meeting_at, old.next_meeting_note)
                != (new.next_meeting_at, new.next_meeting_note),
                self._next,
            ),
        ]
        return next((w for changed, w in pairs if changed and w.isVisibleTo(self)), None)

    def _section_for_step(self, title: str) -> QWidget | None:
        """The part of the page a guide step is about (found by the step's title)."""
        if self._data is None or not title:
            return None
        try:
            steps = pathway.load_content(ui_language()).guide(self._data.meeting_kind)
        except (OSError, ValueError, KeyError):
            return None
        key = next((s.key for s in steps if s.title == title), None)
        if key is None:
            return None
        if key in _STEP_TOP:
            return self._column
        name = _STEP_SECTIONS.get(key)
        found = getattr(self, name) if name else None
        return found if isinstance(found, QWidget) else None

    def _show_widget(self, widget: QWidget) -> None:
        if shiboken6.isValid(widget):  # not replaced by a later refresh meanwhile
            self._scroll.ensureWidgetVisible(widget, 0, 40)

    def _scroll_to(self, widget: QWidget) -> None:
        page = self._scroll.widget()
        if page is None or widget is self._column or not widget.isVisibleTo(self):
            self._scroll.verticalScrollBar().setValue(0)
            return
        top = widget.mapTo(page, QPoint(0, 0)).y()
        self._scroll.verticalScrollBar().setValue(max(0, top - 16))

    # -- text size ----------------------------------------------------------------------

    def _apply_fonts(self, root: QWidget | None = None) -> None:
        base = QFont(QApplication.font())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
        widgets = (root or self).findChildren(QLabel)
        for w in widgets:
            role = w.property(_ROLE)
            if not isinstance(role, str):
                continue
            font = QFont(base)
            font.setPointSizeF(size * VIEW_SCALE * _ROLE_SCALE.get(role, 1.0))
            font.setBold(bool(w.property("familyViewBold")))
            w.setFont(font)

    def _font_changed(self, _font: QFont) -> None:
        self._apply_fonts()

    # -- screens ------------------------------------------------------------------------

    def _current_screen_rect(self) -> Rect | None:
        screen = self.screen()
        if screen is None:
            return None
        return screen_info(screen, None).geometry

    def _place(self, placement: Placement, exclude: QScreen | None = None) -> None:
        screen = qscreen_for(placement.screen, exclude)
        if screen is None:
            self.show()
            return
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        if placement.full_screen:
            self.setGeometry(screen.geometry())
            self.showFullScreen()
            return
        area = screen.availableGeometry()
        saved = rect_from_setting(self._settings.value(KEY_WINDOW))
        if saved is not None and area.contains(saved[0] + saved[2] // 2, saved[1] + saved[3] // 2):
            x, y, w, h = saved
            self.setGeometry(x, y, min(w, area.width()), min(h, area.height()))
        else:
            w, h = int(area.width() * 0.7), int(area.height() * 0.75)
            self.setGeometry(
                area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2, w, h
            )
        self.showNormal()

    def _follow_screens(self, exclude: QScreen | None) -> None:
        if not self.isVisible():
            return
        placement = choose_screen(screen_infos(exclude), self._remembered)
        if placement is not None:
            QTimer.singleShot(0, self, lambda: self._place(placement))

    def _screen_added(self, _screen: QScreen) -> None:
        self._follow_screens(None)

    def _screen_removed(self, screen: QScreen) -> None:
        self._follow_screens(screen)

    def _remember(self) -> None:
        if self._remembered is not None:
            self._settings.setValue(KEY_SCREEN, rect_to_setting(self._remembered))

    def closeEvent(self, event: QCloseEvent) -> None:
        current = self._current_screen_rect()
        if current is not None and self.isVisible():
            # The screen it was on is remembered, unless that is the laptop's own and
            # nobody chose it: then a projector plugged in next time still wins.
            infos = screen_infos()
            own = own_screen(distinct_screens(infos))
            if self._chosen_by_hand or own is None or own.geometry != current:
                self._remembered = current
                self._remember()
            if not self.isFullScreen():
                g = self.geometry()
                self._settings.setValue(
                    KEY_WINDOW, rect_to_setting((g.x(), g.y(), g.width(), g.height()))
                )
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
            if self.parent() is not None:
                # opened afresh each time from its window: do not pile up hidden copies
                self.deleteLater()


def open_family_view(
    uow_factory: UowFactory,
    meeting_id: int,
    parent: QWidget | None = None,
    *,
    settings: QSettings | None = None,
) -> FamilyView:
    """Create the family view and show it on the right screen."""
    view = FamilyView(uow_factory, meeting_id, parent, settings=settings)
    view.present()
    return view
