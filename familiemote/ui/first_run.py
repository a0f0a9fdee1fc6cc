"""The first-run screen ("Kom i gang"): what the app is for, the passphrase, the demo case.

Shown at start until it has been completed once (QSettings ``firstRun/completed``);
``Hjelp > Kom i gang`` opens it again, without the passphrase step (the database is
open, so its passphrase is set).

Cancelling:
* at the first start of a new database (with the passphrase step): nothing is
  created, the app quits as it does when the passphrase dialog is cancelled, and
  the screen comes back at the next start;
* without the passphrase step (an existing database, or from the Hjelp menu): the
  screen closes, nothing changes, and it counts as seen (it does not come back at
  start; Hjelp > Kom i gang is always there).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from familiemote.ui.passphrase_dialog import Mode, PassphraseDialog
from familiemote.ui.start_flow import (  # the start's part, kept light (re-exported)
    KEY_FIRST_RUN_DONE,
    StartFlow,
    completed,
    mark_completed,
)

__all__ = [
    "KEY_FIRST_RUN_DONE",
    "FirstRunWizard",
    "StartFlow",
    "completed",
    "getting_started",
    "mark_completed",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstRunWizard", text)


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    # set by the property's name, not Qt.TextFormat: the first touch of PySide6's Qt
    # namespace builds its hundred enums (18 ms), and this screen is a first frame
    label.setProperty("textFormat", "PlainText")
    return label


class WelcomePage(QWizardPage):
    """Three short steps: what Familiemøte is for."""

    def __init__(self, *, server: bool = False) -> None:
        super().__init__()
        self.setTitle(self.tr("Velkommen til Familiemøte"))
        self.setSubTitle(self.tr("Hva programmet er til, i tre korte steg."))
        layout = QVBoxLayout(self)
        self.steps = [
            (
                self.tr("1. Samle familien og tjenestene tidlig"),
                self.tr(
                    "Familiemøte guider dere gjennom familiemøter i forløpet «Samordning av "
                    "hjelpetilbud for barn og unge». Familien, kommunens tjenester og BUP møtes "
                    "tidlig, før en eventuell henvisning, for å finne riktig hjelp på riktig "
                    "sted til riktig tid."
                ),
            ),
            (
                self.tr("2. Bli enige om hvem som gjør hva, og når"),
                self.tr(
                    "Møteguiden tar dere gjennom møtet steg for steg. Hvert tiltak får en "
                    "ansvarlig og en frist, og et ansvar overleveres, det slippes aldri. "
                    "Trykk F1 for hjelp til fasen eller steget du står i."
                ),
            ),
            (
                self.tr("3. Plan og samtykke på papir, dataene på denne maskinen"),
                self.tr(
                    "Planen og samtykkeskjemaet skrives ut og signeres på papir. Alt lagres "
                    "kryptert på denne maskinen, og programmet virker uten Internett."
                ),
            )
            if not server
            else (
                self.tr("3. Plan og samtykke på papir, dataene på kommunens server"),
                self.tr(
                    "Planen og samtykkeskjemaet skrives ut og signeres på papir. Dataene "
                    "lagres på kommunens databaseserver, ikke på denne maskinen, og IT i "
                    "kommunen tar sikkerhetskopi av dem. Programmet trenger forbindelse til "
                    "serveren."
                ),
            ),
        ]
        for title, body in self.steps:
            head = _text(title)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            layout.addWidget(head)
            layout.addWidget(_text(body))
            layout.addSpacing(6)
        layout.addStretch(1)


class PassphrasePage(QWizardPage):
    """The new database's passphrase: the passphrase dialog's own fields and rules."""

    def __init__(self, location: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Velg passordfrase"))
        self.setSubTitle(self.tr("Dataene om barna krypteres. Passordfrasen åpner dem."))
        # the same fields, strength hint and checks as the passphrase dialog; made
        # without a parent, it becomes a plain part of this page when the layout takes it
        # (QWidget.setParent resets the window flags; no Qt.WindowType, see _text)
        self.form = PassphraseDialog(Mode.NEW, location)
        self.form.buttons.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        for edit in (self.form.first_edit, self.form.second_edit):
            edit.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        # after the wizard has shown the page (its own focus handling runs first)
        QTimer.singleShot(0, self.form.first_edit, self.form.first_edit.setFocus)

    def isComplete(self) -> bool:
        return self.form.ok_button.isEnabled()

    def passphrase(self) -> str:
        return self.form.passphrase()


class DemoPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Se en ferdig sak"))
        self.setSubTitle(self.tr("En fiktiv eksempelsak viser hvordan det ser ut."))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _text(
                self.tr(
                    "Eksempelsaken om Sofie (9 år) er oppdiktet. Den viser et familiemøte, et "
                    "oppfølgingsmøte, tiltak med ansvarlige og frister, og samtykke. Du kan "
                    "også åpne den senere fra Fil > Åpne eksempelsak."
                )
            )
        )
        self.demo_check = QCheckBox(self.tr("Åpne &eksempelsaken nå"))
        self.demo_check.setAccessibleName(self.tr("Åpne eksempelsaken nå"))
        layout.addWidget(self.demo_check)
        layout.addSpacing(12)
        layout.addWidget(
            _text(
                self.tr(
                    "Større tekst: Innstillinger > Tekststørrelse. Denne veiledningen finner "
                    "du igjen under Hjelp > Kom i gang."
                )
            )
        )
        layout.addStretch(1)

    def initializePage(self) -> None:
        QTimer.singleShot(0, self.demo_check, self.demo_check.setFocus)  # none if closed by then


class FirstRunWizard(QWizard):
    """``passphrase()`` (when it had the passphrase step) and ``wants_demo()`` after accept."""

    def __init__(
        self,
        passphrase_location: str | None = None,
        parent: QWidget | None = None,
        *,
        server: bool = False,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kom i gang med Familiemøte"))
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        texts = {
            QWizard.WizardButton.NextButton: self.tr("&Videre ▶"),
            QWizard.WizardButton.BackButton: self.tr("◀ &Tilbake"),
            QWizard.WizardButton.FinishButton: self.tr("&Fullfør"),
            QWizard.WizardButton.CancelButton: self.tr("&Avbryt"),  # Alt+V is «&Videre»
        }
        for which, text in texts.items():
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(text.replace("&", "").strip("▶◀ "))
        self.welcome = WelcomePage(server=server)
        self.addPage(self.welcome)
        self.passphrase_page: PassphrasePage | None = None
        if passphrase_location is not None:
            self.passphrase_page = PassphrasePage(passphrase_location)
            self.addPage(self.passphrase_page)
        self.demo_page = DemoPage()
        self.addPage(self.demo_page)
        self.setMinimumWidth(620)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc at the first start (the passphrase step is there) would end the program with
        # nothing made: ask first. The Avbryt button and closing the window still quit at
        # once; they are chosen, Esc is easily pressed by mistake.
        if (
            self.passphrase_page is not None
            and event.matches(QKeySequence.StandardKey.Cancel)
            and not self.confirm_quit()
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def confirm_quit(self) -> bool:
        """Ask whether to end the first start; True to end it."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Avslutte Familiemøte?"))
        box.setText(
            self.tr(
                "Vil du avslutte nå? Ingenting er laget ennå, heller ikke passordfrasen. "
                "Neste gang du starter Familiemøte, begynner du her igjen."
            )
        )
        quit_button = box.addButton(self.tr("&Avslutt"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("&Fortsett oppsettet"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is quit_button

    def passphrase(self) -> str | None:
        return self.passphrase_page.passphrase() if self.passphrase_page is not None else None

    def wants_demo(self) -> bool:
        return self.demo_page.demo_check.isChecked()


def getting_started(window: QMainWindow, open_demo: Callable[[], None]) -> None:
    """Hjelp > Kom i gang: the screen again, without the passphrase step."""
    wizard = FirstRunWizard(None, window)
    if wizard.exec() == QDialog.DialogCode.Accepted and wizard.wants_demo():
        open_demo()
