"""Settings: the ages at which a child is heard, co-consents and consents alone.

Stored in the database, so every user of a municipality's server has the same.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSpinBox, QWidget

from familiemote.domain import consent as rules
from familiemote.services import consent as consent_service
from familiemote.ui.consent_dialog import FormDialog, UowFactory, add_row


class ConsentSettingsDialog(FormDialog):
    def __init__(self, uow_factory: UowFactory, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Aldersgrenser for samtykke"), self.tr("&Lagre aldersgrensene"), parent
        )
        self._uow_factory = uow_factory
        self.add_intro(
            self.tr(
                "Standard: barnets syn skal høres fra 7 år (Kaurstad mfl. 2014, «Trygg oppvekst», "
                "vedlegg A), ungdommen samtykker "
                "sammen med foresatte fra 15 år (praksis i Stafettloggen) og alene fra 16 år "
                "(pasient- og brukerrettighetsloven). Endre bare etter kommunens juridiske "
                "vurdering. Innstillingen gjelder alle som bruker denne databasen."
            )
        )
        current = consent_service.get_age_settings(uow_factory())
        self.heard_spin = self._spin(current.heard_from)
        self.co_spin = self._spin(current.co_consents_from)
        self.alone_spin = self._spin(current.consents_alone_from)
        add_row(self.form, self.tr("Barnets syn &høres fra:"), self.heard_spin)
        add_row(self.form, self.tr("Samtykker &sammen med foresatte fra:"), self.co_spin)
        add_row(self.form, self.tr("Samtykker &alene fra:"), self.alone_spin)
        self.reset_button = QPushButton(self.tr("&Tilbakestill til standard"))
        self.reset_button.clicked.connect(self.reset)
        self.form.addRow("", self.reset_button)
        self.fields.update(
            {
                "age_heard_from": self.heard_spin,
                "age_co_consents_from": self.co_spin,
                "age_consents_alone_from": self.alone_spin,
            }
        )
        self.finish_layout()
        self.heard_spin.setFocus()

    def _spin(self, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 18)
        spin.setSuffix(self.tr(" år"))
        spin.setValue(value)
        return spin

    def reset(self) -> None:
        d = rules.DEFAULT_AGE_SETTINGS
        self.heard_spin.setValue(d.heard_from)
        self.co_spin.setValue(d.co_consents_from)
        self.alone_spin.setValue(d.consents_alone_from)

    def collect(self) -> rules.AgeSettings:
        return rules.AgeSettings(
            heard_from=self.heard_spin.value(),
            co_consents_from=self.co_spin.value(),
            consents_alone_from=self.alone_spin.value(),
        )

    def save(self) -> None:
        consent_service.save_age_settings(self._uow_factory(), self.collect())
