"""A saved PDF is confirmed in the preview with its name and folder, and «Åpne mappen»
opens that folder (the desktop call replaced, so no file manager starts in a test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from familiemote.services import demo
from familiemote.services.printing import meeting_choices
from familiemote.ui import print_actions
from familiemote.ui.print_actions import PreviewDialog, plan_document
from tests.support.fixture_types import UowFactory
from tests.support.pdf import qpdf_ok
from tests.ui.conftest import TODAY


def test_saved_pdf_is_confirmed_with_its_folder_and_opens_it(
    qtbot: QtBot, ui_uow: UowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    meeting_id = meeting_choices(ui_uow(), case_id)[0][0]
    preview = PreviewDialog(plan_document(ui_uow, meeting_id, True, TODAY))
    qtbot.addWidget(preview)
    preview.show()
    assert not preview.saved_label.isVisible() and not preview.open_folder_button.isVisible()
    folder = tmp_path / "Planer"
    folder.mkdir()
    preview.save_to(folder / "Sofie-plan")  # no suffix typed: .pdf is added
    target = folder / "Sofie-plan.pdf"
    qpdf_ok(target)
    assert preview.saved_label.isVisible() and preview.open_folder_button.isVisible()
    text = preview.saved_label.text()
    assert "«Sofie-plan.pdf»" in text and str(folder) in text
    assert preview.open_folder_button.text().replace("&", "") == "Åpne mappen"
    assert preview.focusWidget() is preview.open_folder_button
    opened: list[Path] = []
    monkeypatch.setattr(print_actions, "open_folder", lambda p: opened.append(p) or True)
    preview.open_folder_button.click()
    assert opened == [folder]


def test_a_failed_save_confirms_nothing(
    qtbot: QtBot, ui_uow: UowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    meeting_id = meeting_choices(ui_uow(), case_id)[0][0]
    preview = PreviewDialog(plan_document(ui_uow, meeting_id, True, TODAY))
    qtbot.addWidget(preview)
    preview.show()
    warnings: list[str] = []
    monkeypatch.setattr(print_actions.QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    preview.save_to(tmp_path / "finnes-ikke" / "plan.pdf")
    assert warnings and "ikke lagret" in warnings[0]
    assert not preview.saved_label.isVisible()


def test_each_button_of_the_preview_has_its_own_alt_key(qtbot: QtBot, ui_uow: UowFactory) -> None:
    """«&Lagre som PDF …» and «&Lukk» both had Alt+L: the key only moved between them and
    saved nothing. Saving is Alt+P («Lagre som &PDF …»), as in the guide's «Lagre som
    &PDF og avslutt møtet»."""
    from PySide6.QtGui import QKeySequence

    from tests.ui.test_mnemonics import clashes

    case_id = demo.create_demo_case(ui_uow(), TODAY).case_id
    meeting_id = meeting_choices(ui_uow(), case_id)[0][0]
    preview = PreviewDialog(plan_document(ui_uow, meeting_id, True, TODAY))
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    assert clashes(preview) == {}
    assert QKeySequence.mnemonic(preview.save_button.text()).toString() == "Alt+P"
    assert QKeySequence.mnemonic(preview.close_button.text()).toString() == "Alt+L"
