"""Choosing who is responsible by typing: the people in the room first, then the directory.

:class:`ResponsibleField` is a line edit with a completer. Its entries are
"Name (Service)" for every active person with a service, and the services
themselves ("Service" alone: the service answers, no named person). The people
taking part in the meeting come first in the list, so two letters usually find
them; the rest of the directory follows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt
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
