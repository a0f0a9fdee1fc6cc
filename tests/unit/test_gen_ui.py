"""scripts/gen_ui.py keeps only the imported names a generated form uses, laid out as uic does."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _gen_ui() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_ui", ROOT / "scripts" / "gen_ui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


UIC_OUTPUT = """\
# -*- coding: utf-8 -*-

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from familiemote.ui.forms_base import DayEdit

class Ui_Form(object):
    def setupUi(self, form):
        self.outer = QVBoxLayout(form)
        self.title = QLabel(form)
        self.title.setAlignment(Qt.AlignLeft)
        self.day = DayEdit(form)
        self.spacer = QSpacerItem(20, 40, QSizePolicy.Minimum, QSizePolicy.Expanding)
        QMetaObject.connectSlotsByName(form)

    def retranslateUi(self, form):
        form.setWindowTitle(QCoreApplication.translate("Form", u"Tittel", None))
"""


def test_unused_names_are_dropped_and_the_rest_laid_out_as_uic_does() -> None:
    kept = _gen_ui().keep_used_imports(UIC_OUTPUT)
    head = kept.split("class Ui_Form")[0]
    assert head == (
        "# -*- coding: utf-8 -*-\n"
        "\n"
        "from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)\n"
        "from PySide6.QtWidgets import (QLabel, QSizePolicy, QSpacerItem, QVBoxLayout)\n"
        "\n"
        "from familiemote.ui.forms_base import DayEdit\n"
        "\n"
    )
    # the code itself is untouched
    assert kept.split("class Ui_Form")[1] == UIC_OUTPUT.split("class Ui_Form")[1]


def test_more_than_four_names_wrap_four_to_a_line() -> None:
    gen_ui = _gen_ui()
    assert gen_ui.import_line("PySide6.QtWidgets", ["QA", "QB", "QC", "QD", "QE"]) == (
        "from PySide6.QtWidgets import (QA, QB, QC, QD,\n    QE)\n"
    )
    assert gen_ui.import_line("m", ["One"]) == "from m import One\n"


def test_every_generated_form_imports_and_uses_each_name() -> None:
    """No generated form imports a name it does not use (the unused ones cost memory)."""
    gen_ui = _gen_ui()
    forms = sorted((ROOT / "familiemote" / "ui" / "forms").glob("ui_*.py"))
    assert len(forms) >= 20
    for form in forms:
        text = form.read_text(encoding="utf-8")
        assert gen_ui.keep_used_imports(text) == text, form.name
        assert "QConicalGradient" not in text, form.name


def test_a_regenerated_form_still_builds(tmp_path: Path) -> None:
    """A form run through uic and the import filter compiles and names only what it uses."""
    gen_ui = _gen_ui()
    target = tmp_path / "ui_acute_dialog.py"
    gen_ui.generate(ROOT / "forms" / "acute_dialog.ui", target)
    source = target.read_text(encoding="utf-8")
    compile(source, str(target), "exec")
    assert "QGradient" not in source and "QVBoxLayout" in source
    assert source == (ROOT / "familiemote" / "ui" / "forms" / "ui_acute_dialog.py").read_text(
        encoding="utf-8"
    )
