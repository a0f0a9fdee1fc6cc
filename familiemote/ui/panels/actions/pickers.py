"""The service and person pickers the action dialogs share."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from familiemote.services.cases import CaseDetail
from familiemote.ui.labels import service_label


def service_combo(d: CaseDetail, selected: int | None, *, with_none: str = "") -> QComboBox:
    combo = QComboBox()
    if with_none:
        combo.addItem(with_none, None)
    for s in sorted(d.services.values(), key=lambda s: (s.level.value, s.name)):
        if s.active or s.id == selected:
            combo.addItem(service_label(s.name), s.id)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(index, 0))
    return combo


class PersonCombo(QComboBox):
    """The people of the service chosen in ``service_combo``, and "no named person"."""

    def __init__(self, d: CaseDetail, service_combo: QComboBox, selected: int | None) -> None:
        super().__init__()
        self.detail = d
        self.service_combo = service_combo
        service_combo.currentIndexChanged.connect(lambda _i: self.refill(None))
        self.refill(selected)

    def refill(self, selected: int | None) -> None:
        self.clear()
        self.addItem(self.tr("Ingen bestemt person"), None)
        service_id = self.service_combo.currentData()
        for p in sorted(self.detail.professionals.values(), key=lambda p: p.name):
            if (p.service_id == service_id or p.service_id is None) and (
                p.active or p.id == selected
            ):
                title = f" ({p.title})" if p.title else ""
                self.addItem(p.name + title, p.id)
        self.setCurrentIndex(max(self.findData(selected), 0))
