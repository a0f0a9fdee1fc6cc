"""Qt's own file dialog (the non-native one, as on a desktop without a portal) is
Norwegian through and through: every label, button, tooltip, column, menu entry.

The texts are collected from the live dialog once without translators (Qt's English)
and once in bokmål and in nynorsk; no English text may remain.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from familiemote.app import install_translators, uninstall_translators

SAME_IN_BOTH = {"Type"}  # the column header is the same word in Norwegian


def _texts(qtbot: QtBot, tmp_path: Path, mode: QFileDialog.AcceptMode) -> set[str]:
    dialog = QFileDialog(None, "Lagre planen", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    out: set[str] = set()
    for w in dialog.findChildren(QWidget):
        if not w.isVisibleTo(dialog):
            continue
        out |= {w.toolTip(), w.accessibleName()}
        if isinstance(w, QLabel | QAbstractButton):
            out.add(w.text())
        if isinstance(w, QComboBox) and w.objectName() != "lookInCombo":
            out |= {w.itemText(i) for i in range(w.count())}
        if isinstance(w, QTreeView) and w.model() is not None:
            model = w.model()
            out |= {
                str(model.headerData(i, Qt.Orientation.Horizontal))
                for i in range(model.columnCount())
            }
    out |= {a.text() for a in dialog.findChildren(QAction)}
    dialog.close()
    return {
        t for t in out if t and str(tmp_path) not in t and t not in ("Lagre planen", "PDF (*.pdf)")
    }


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen]
)
def test_the_file_dialog_has_no_english_left(
    qtbot: QtBot, tmp_path: Path, lang: str, mode: QFileDialog.AcceptMode
) -> None:
    app = QApplication.instance()
    english = _texts(qtbot, tmp_path, mode)
    assert {"&Look in:", "Files of &type:"} <= english  # what users saw in English
    translators = install_translators(app, lang)  # type: ignore[arg-type]
    try:
        norwegian = _texts(qtbot, tmp_path, mode)
    finally:
        uninstall_translators(app, translators)  # type: ignore[arg-type]
    left = sorted((english & norwegian) - SAME_IN_BOTH)
    assert not left, f"English left in the {lang} file dialog: {left}"
    assert ("&Se i:" if lang == "nb" else "&Sjå i:") in norwegian
    assert "Filer av &typen:" in norwegian
