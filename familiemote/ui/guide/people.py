"""Choosing who is responsible by typing: the people in the room first, then the directory.

:class:`ResponsibleField` is a line edit with a completer. Its entries are
"Name (Service)" for every active person with a service, and the services
themselves ("Service" alone: the service answers, no named person). The people
taking part in the meeting come first in the list, so two letters usually find
them; the rest of the directory follows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from familiemote.domain import model as m
from familiemote.services.cases import CaseDetail
from familiemote.ui.labels import service_label


@dataclass(frozen=True)
class Responsible:
    service_id: int
    professional_id: int | None


def person_text(d: CaseDetail, service_id: int | None, professional_id: int | None) -> str:
    """How a responsible person reads in the field and the table: "Name (Service)"."""
    service = service_label(d.service_name(service_id))
    person = d.professional_name(professional_id)
    if person and service:
        return f"{person} ({service})"
    return person or service


def responsible_entries(d: CaseDetail, meeting: m.Meeting | None) -> dict[str, Responsible]:
    """Every choice, in order: the people in the room, the directory, then the services."""
    entries: dict[str, Responsible] = {}
    present_first = sorted(
        (
            p
            for p in (meeting.participants if meeting else [])
            if p.kind == m.ParticipantKind.PROFESSIONAL
        ),
        key=lambda p: p.attendance != m.Attendance.PRESENT,
    )
    for p in present_first:
        person = d.professionals.get(p.professional_id or -1)
        service_id = p.service_id or (person.service_id if person else None)
        if service_id is None or service_id not in d.services:
            continue
        entries.setdefault(
            person_text(d, service_id, p.professional_id),
            Responsible(service_id, p.professional_id),
        )
    for person in sorted(d.professionals.values(), key=lambda p: p.name):
        if person.active and person.service_id in d.services and person.id is not None:
            entries.setdefault(
                person_text(d, person.service_id, person.id),
                Responsible(person.service_id, person.id),
            )
    for service in sorted(d.services.values(), key=lambda s: service_label(s.name)):
        if service.active and service.id is not None:
            entries.setdefault(service_label(service.name), Responsible(service.id, None))
    return entries


class ResponsibleField(QLineEdit):
    """Type a name or a service; the completer offers the people in the room first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: dict[str, Responsible] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
        completer.setMaxVisibleItems(10)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("skriv navn eller tjeneste"))
        # Enter on an entry chosen in the list (with the arrow keys) picks that entry; the
        # completer then hands the same Enter on to this field, where it would also save
        # the form before the rest of it is filled in. The filter notes the pick first
        # (installed after the completer's own, so it sees the key before it).
        self._picked = False
        popup = completer.popup()  # builds the list and installs the completer's filter
        assert popup is not None
        popup.installEventFilter(self)

    def set_entries(self, entries: dict[str, Responsible]) -> None:
        self.entries = entries
        self._model.setStringList(list(entries))

    def set_choice(
        self, d: CaseDetail, service_id: int | None, professional_id: int | None
    ) -> None:
        self.setText(person_text(d, service_id, professional_id))

    def choice(self) -> Responsible | None:
        """The entry the text names: exactly, or the only one containing it."""
        text = self.text().strip()
        if not text:
            return None
        exact = self.entries.get(text)
        if exact is not None:
            return exact
        folded = text.casefold()
        same = [v for k, v in self.entries.items() if k.casefold() == folded]
        if same:
            return same[0]
        hits = [v for k, v in self.entries.items() if folded in k.casefold()]
        people = {(h.service_id, h.professional_id) for h in hits}
        return hits[0] if len(people) == 1 else None

    def popup_visible(self) -> bool:
        popup = self.completer().popup()
        return popup is not None and popup.isVisible()

    def took_pick(self) -> bool:
        """True (once) while the Enter that chose an entry in the list is being handled: a
        form that saves on Enter leaves that Enter to the choice. An Enter typed with
        the list open but nothing chosen in it still saves."""
        picked, self._picked = self._picked, False
        return picked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.completer().popup()
        if (
            popup is not None
            and watched is popup
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and popup.isVisible()
            and popup.currentIndex().isValid()
        ):
            self._picked = True
            # the completer passes the key on at once; forget the pick if nobody asked
            QTimer.singleShot(0, self._forget_pick)
        return super().eventFilter(watched, event)

    def _forget_pick(self) -> None:
        self._picked = False
