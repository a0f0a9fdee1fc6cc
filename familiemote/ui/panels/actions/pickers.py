"""The service and person pickers the action dialogs share."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from familiemote.services.cases import CaseDetail
from familiemote.ui.labels import service_label


def fill_services(
    combo: QComboBox, d: CaseDetail, selected: int | None, *, with_none: str = ""
) -> QComboBox:
    """The case's active services (and ``selected`` even if inactive), ``selected`` chosen."""
    combo.clear()
    if with_none:
        combo.addItem(with_none, None)
    for s in sorted(d.services.values(), key=lambda s: (s.level.value, s.name)):
        if s.active or s.id == selected:
            combo.addItem(service_label(s.name), s.id)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(index, 0))
    return combo


def service_combo(d: CaseDetail, selected: int | None, *, with_none: str = "") -> QComboBox:
    return fill_services(QComboBox(), d, selected, with_none=with_none)


class PersonCombo(QComboBox):
    """The people of the service chosen in another combo box, and "no named person".

    Made empty (a Designer form makes it so) and tied to its service picker with
    :meth:`follow`; :meth:`for_service` does both.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CaseDetail | None = None
        self.service_combo: QComboBox | None = None

    @classmethod
    def for_service(
        cls, d: CaseDetail, service_combo: QComboBox, selected: int | None
    ) -> PersonCombo:
        combo = cls()
        combo.follow(d, service_combo, selected)
        return combo

    def follow(self, d: CaseDetail, service_combo: QComboBox, selected: int | None) -> None:
        self.detail = d
        self.service_combo = service_combo
        service_combo.currentIndexChanged.connect(lambda _i: self.refill(None))
        self.refill(selected)

    def refill(self, selected: int | None) -> None:
        self.clear()
        self.addItem(self.tr("Ingen bestemt person"), None)
        if self.detail is None or self.service_combo is None:
            return
        service_id = self.service_combo.currentData()
        for p in sorted(self.detail.professionals.values(), key=lambda p: p.name):
            if (p.service_id == service_id or p.service_id is None) and (
                p.active or p.id == selected
            ):
                title = f" ({p.title})" if p.title else ""
                self.addItem(p.name + title, p.id)
        self.setCurrentIndex(max(self.findData(selected), 0))
