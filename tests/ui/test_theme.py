"""Custom colours keep WCAG 2.1 AA contrast on light and dark palettes; no fixed text sizes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from familiemote.ui import theme

UI = Path(__file__).resolve().parents[2] / "familiemote" / "ui"


def palette(window: str, text: str) -> QPalette:
    pal = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Window, QColor(window))
        pal.setColor(group, QPalette.ColorRole.WindowText, QColor(text))
    return pal


PALETTES = {
    "light": palette("#efefef", "#000000"),
    "white": palette("#ffffff", "#000000"),
    "dark": palette("#2d2d2d", "#ffffff"),
    "high-contrast dark": palette("#000000", "#ffffff"),
}


def test_contrast_formula_matches_wcag() -> None:
    assert theme.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("kind", ["error", "warning"])
def test_message_colours_are_aa_on_every_palette(qapp: QApplication, name: str, kind: str) -> None:
    pal = PALETTES[name]
    color = theme.message_color(kind, pal)
    assert theme.contrast(color, pal.color(QPalette.ColorRole.Window)) >= 4.5, color.name()
    assert color.name() in theme.message_style(kind, pal)


@pytest.mark.parametrize("name", PALETTES)
def test_chart_bars_have_non_text_contrast(qapp: QApplication, name: str) -> None:
    pal = PALETTES[name]
    bar = theme.chart_bar_color(pal)
    assert theme.contrast(bar, pal.color(QPalette.ColorRole.Window)) >= 3.0


def test_boxes_take_their_colours_from_the_palette() -> None:
    for style in (theme.HELP_BOX_STYLE, theme.CURRENT_CELL_STYLE):
        assert "palette(text)" in style
        assert not re.search(r"#[0-9a-fA-F]{3,6}", style)


def test_no_fixed_text_sizes_in_the_ui() -> None:
    """The app follows the system font: sizes only scale the inherited font."""
    offenders = []
    for path in UI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in (
            r"font-size\s*:",
            r"setPointSize\(\s*\d",
            r"setPixelSize\(\s*\d",
            r"QFont\(\s*\"[^\"]*\"\s*,\s*\d",
        ):
            if re.search(pattern, text):
                offenders.append(f"{path.name}: {pattern}")
    assert offenders == []
