"""Every button of a dialog has an Alt key of its own, in bokmål and in nynorsk.

Each dialog the app builds is opened as a user meets it (every form dialog, the
sign-in, Katalog, the retention and access dialogs, the calendar export, the
passphrase dialog in its three modes, every page of the first-run screen and the
question that offers to record a missing consent). On each:

* every visible, enabled push button reads with an Alt key («A&vbryt», «&OK»);
  a button repeated on every row of a list (each family member's «Fjern») cannot
  have a key of its own and is reached with Tab;
* no two visible controls of the window share an Alt key (a shared key only moves the
  focus between them, so Alt+V in «Ny sak» went to «Fødselsdato (valgfritt)» and did
  not cancel).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from familiemote.domain import model as m
from familiemote.services import cases, consent, demo, directory
from familiemote.storage.db import Database
from tests.support.fixture_types import UowFactory
from tests.ui.conftest import TODAY
from tests.ui.test_dialog_forms import DIALOGS
from tests.ui.test_error_names_fields import FORMS
from tests.ui.test_mnemonics import clashes

MakeDialog = Callable[[UowFactory, Path], QWidget]


def without_alt_key(window: QWidget) -> list[str]:
    """The visible, enabled push buttons of ``window`` whose text has no Alt key (a
    text repeated on several buttons, one per row, is left out)."""
    buttons = [
        b
        for b in window.findChildren(QPushButton)
        if b.isVisible() and b.isEnabled() and b.window() is window and b.text()
    ]
    texts = [b.text() for b in buttons]
    return [
        f"«{b.text()}»"
        for b in buttons
        if not QKeySequence.mnemonic(b.text()).toString() and texts.count(b.text()) == 1
    ]


def _detail(uow: UowFactory) -> cases.CaseDetail:
    return cases.get_case(uow(), demo.create_demo_case(uow(), TODAY).case_id)


def _about(uow: UowFactory, tmp_path: Path) -> QWidget:
    from familiemote.ui.about_dialog import AboutDialog

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AboutDialog(str(tmp_path / "familiemote.sqlite"), settings)


def _glossary(uow: UowFactory, tmp_path: Path) -> QWidget:
    from familiemote.ui.glossary_dialog import GlossaryDialog

    return GlossaryDialog()


def _retention(uow: UowFactory, tmp_path: Path) -> QWidget:
    from familiemote.ui.retention_dialog import RetentionDialog

    return RetentionDialog(uow, TODAY)


def _case_access(uow: UowFactory, tmp_path: Path) -> QWidget:
    from familiemote.services import access
    from familiemote.ui.case_access import CaseAccessDialog

    detail = _detail(uow)
    service = directory.list_services(uow())[0].id
    person = directory.add_professional(uow(), directory.NewProfessional("Colin Berg", service))
    access.set_login(uow(), person, "colin")
    return CaseAccessDialog(uow, detail)


def _calendar(uow: UowFactory, tmp_path: Path) -> QWidget:
    from familiemote.ui.ics_export import CalendarExportDialog

    return CalendarExportDialog(_detail(uow), TODAY, uow_factory=uow)


def _directory(uow: UowFactory, tmp_path: Path) -> QWidget:
    from familiemote.ui.directory_dialog import DirectoryDialog

    return DirectoryDialog(uow)


def _passphrase(mode_name: str) -> MakeDialog:
    def make(uow: UowFactory, tmp_path: Path) -> QWidget:
        from familiemote.ui.passphrase_dialog import Mode, PassphraseDialog

        return PassphraseDialog(Mode[mode_name], str(tmp_path / "familiemote.sqlite"))

    return make


def _forms(name: str) -> MakeDialog:
    return lambda uow, _tmp_path: FORMS[name](uow)


def _dialogs(name: str) -> MakeDialog:
    return lambda uow, _tmp_path: DIALOGS[name][0](uow)


def _print_options(name: str) -> MakeDialog:
    def make(uow: UowFactory, tmp_path: Path) -> QWidget:
        from familiemote.ui.family_letters import InvitationDialog, LeafletDialog
        from familiemote.ui.print_actions import EvaluationOptionsDialog, PlanOptionsDialog

        when = dt.datetime(2026, 12, 14, 13, 0)
        dialogs: dict[str, Callable[[], QWidget]] = {
            "evaluation": EvaluationOptionsDialog,
            "plan": lambda: PlanOptionsDialog([(1, when)]),
            "leaflet": lambda: LeafletDialog([(1, "Kari Nordmann")], None),
            "invitation": lambda: InvitationDialog([(1, when)], when, lambda _d: None),
        }
        return dialogs[name]()

    return make


def _preview(uow: UowFactory, tmp_path: Path) -> QWidget:
    from familiemote.services.printing import meeting_choices
    from familiemote.ui.print_actions import PreviewDialog, plan_document

    case_id = demo.create_demo_case(uow(), TODAY).case_id
    return PreviewDialog(plan_document(uow, meeting_choices(uow(), case_id)[0][0], True, TODAY))


def _evaluation_report(uow: UowFactory, tmp_path: Path) -> QWidget:
    from familiemote.ui.evaluation_report import EvaluationReportDialog

    return EvaluationReportDialog(uow, TODAY)


def _conflict(uow: UowFactory, tmp_path: Path) -> QWidget:
    from familiemote.ui.conflict_dialog import ConflictDialog, ConflictField

    fields = [ConflictField("Bekymringen", "Mitt", "Lagret av en annen")]
    return ConflictDialog("Saken", fields, ("Kari", dt.datetime(2026, 11, 22, 10, 0)))


OTHERS: dict[str, MakeDialog] = {
    "print_options_evaluation": _print_options("evaluation"),
    "print_options_plan": _print_options("plan"),
    "print_options_leaflet": _print_options("leaflet"),
    "print_options_invitation": _print_options("invitation"),
    "preview": _preview,
    "evaluation_report": _evaluation_report,
    "conflict": _conflict,
    "about": _about,
    "glossary": _glossary,
    "retention": _retention,
    "case_access": _case_access,
    "calendar_export": _calendar,
    "directory": _directory,
    "passphrase_ask": _passphrase("ASK"),
    "passphrase_new": _passphrase("NEW"),
    "passphrase_change": _passphrase("CHANGE"),
}
MAKERS: dict[str, MakeDialog] = {name: _forms(name) for name in FORMS}
MAKERS.update({name: _dialogs(name) for name in DIALOGS if name not in MAKERS})
MAKERS.update(OTHERS)


def _shown(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    save = getattr(dialog, "save_button", None)
    if isinstance(save, QPushButton):  # a form's buttons are shown by the event loop
        qtbot.waitUntil(save.isVisible, timeout=20_000)


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_every_button_of_the_dialog_has_an_alt_key_of_its_own(
    qtbot: QtBot, ui_uow: UowFactory, tmp_path: Path, language: str, name: str
) -> None:
    dialog = MAKERS[name](ui_uow, tmp_path)
    _shown(qtbot, dialog)
    if name == "directory":  # both tabs of Katalog
        from familiemote.ui.directory_dialog import DirectoryDialog

        assert isinstance(dialog, DirectoryDialog)
        tabs = dialog.tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qtbot.waitUntil(tabs.currentWidget().isVisible, timeout=10_000)
            assert without_alt_key(dialog) == [], tabs.tabText(i)
            assert clashes(dialog) == {}, tabs.tabText(i)
        return
    pushed = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert pushed, "the walk saw no button"
    assert without_alt_key(dialog) == []
    assert clashes(dialog) == {}


def test_every_page_of_the_first_run_screen(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """«Avbryt» is «&Avbryt» there: Alt+V is «&Videre»."""
    from familiemote.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(str(tmp_path / "ny.sqlite"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    pages = 0
    while True:
        title = wizard.currentPage().title()
        assert without_alt_key(wizard) == [], title
        assert clashes(wizard) == {}, title
        pages += 1
        if wizard.currentId() == wizard.pageIds()[-1]:
            break
        page = wizard.currentPage()
        if wizard.passphrase_page is page:
            page.form.first_edit.setText("fire vanlige ord her 7")
            page.form.second_edit.setText("fire vanlige ord her 7")
        wizard.next()
    assert pages == 3
    cancel = wizard.button(wizard.WizardButton.CancelButton)
    assert cancel.isVisible() and QKeySequence.mnemonic(cancel.text()).toString() == "Alt+A"


def test_the_question_offering_a_missing_consent(
    qtbot: QtBot, ui_uow: UowFactory, ui_db: Database, language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The question «Samtykke mangler»: «&Registrer samtykket nå …» and «A&vbryt»
    (Alt+V answers it as cancelled, as in every dialog of the app)."""
    from familiemote.ui.panels import consent as consent_panel

    detail = _detail(ui_uow)
    school = next(s.id for s in directory.list_services(ui_uow()) if s.kind == m.ServiceKind.SKOLE)
    assert school is not None
    seen: list[tuple[list[str], dict[str, list[str]], list[str]]] = []

    def look(box: QDialog) -> int:
        assert isinstance(box, QMessageBox)
        box.show()
        qtbot.waitExposed(box)
        texts = [b.text() for b in box.buttons()]
        seen.append((without_alt_key(box), clashes(box), texts))
        box.reject()
        return 0

    monkeypatch.setattr(consent_panel, "run_dialog", look)
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = consent.get_age_settings(ui_uow())
    recorded = consent_panel.offer_consent(
        parent, ui_uow, detail, school, TODAY, settings, "Møtet"
    )
    assert recorded is False
    assert len(seen) == 1
    missing, shared, texts = seen[0]
    assert missing == [] and shared == {}
    assert QApplication.translate("FormDialog", "A&vbryt") in texts
