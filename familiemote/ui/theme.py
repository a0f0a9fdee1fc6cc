"""Text size and colours that follow the system (universell utforming).

* Text size: the application font is the *system* font times the user's choice
  (Innstillinger > Tekststørrelse: 100, 125, 150 or 200 %), stored in QSettings and
  applied at start. No point sizes are hard-coded anywhere in the UI: headings
  scale the font they inherit.
* Colours: the few custom colours (messages, the help box, the current phase)
  are picked against the palette actually in use, light or dark / high contrast
  (``QStyleHints.colorScheme()``, else the palette's lightness), so text keeps at
  least WCAG 2.1 AA contrast (4.5:1). Meaning is never carried by colour alone:
  every coloured text also has a word or a sign (⚠, ✓, ▶).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QGuiApplication, QPalette

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QWidget

KEY_TEXT_SCALE = "ui/textScale"
TEXT_SCALES = (100, 125, 150, 200)
_BASE_FONT_PROPERTY = "familiemoteBaseFont"

AA_TEXT = 4.5


# -- text size ----------------------------------------------------------------


def text_scale(settings: QSettings) -> int:
    """The stored text size in per cent (100 when unset or not one of TEXT_SCALES)."""
    try:
        value = int(str(settings.value(KEY_TEXT_SCALE, 100)))
    except ValueError:
        return 100
    return value if value in TEXT_SCALES else 100


def base_font() -> QFont:
    """The system's font as it was before the app scaled it."""
    from PySide6.QtGui import QFont

    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    stored = app.property(_BASE_FONT_PROPERTY)
    if isinstance(stored, QFont):
        return QFont(stored)
    font = QGuiApplication.font()
    app.setProperty(_BASE_FONT_PROPERTY, QFont(font))
    return QFont(font)


def apply_text_scale(percent: int) -> QFont:
    """Set the application font to the system font times ``percent`` / 100."""
    from PySide6.QtWidgets import QApplication

    font = base_font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * percent / 100)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * percent / 100))
    QApplication.setFont(font)  # QApplication's: open widgets follow the change
    for widget in QApplication.allWidgets():  # and so do the scaled ones (headings)
        if widget.property(_FONT_SCALE_PROPERTY) is not None:
            _apply_scaled_font(widget)
    return font


_FONT_SCALE_PROPERTY = "familiemoteFontScale"
_FONT_BOLD_PROPERTY = "familiemoteFontBold"


def set_scaled_font(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    """Give ``widget`` the application font times ``scale`` (bold if asked), and keep it
    so when the text size is changed while it is open (:func:`apply_text_scale`).

    A font with a size of its own no longer follows the application font, so a heading
    scaled once would stay at the old text size: smaller than the text around it after
    a change to 150 %.
    """
    widget.setProperty(_FONT_SCALE_PROPERTY, float(scale))
    widget.setProperty(_FONT_BOLD_PROPERTY, bool(bold))
    _apply_scaled_font(widget)


def _apply_scaled_font(widget: QWidget) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    scale = float(widget.property(_FONT_SCALE_PROPERTY))
    font = QFont(QApplication.font(widget))
    if widget.property(_FONT_BOLD_PROPERTY):
        font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * scale))
    widget.setFont(font)


def current_text_scale() -> float:
    """The application font's size over the system's (1.5 at 150 %), as applied now."""
    base = base_font()
    font = QGuiApplication.font()
    if base.pointSizeF() > 0 and font.pointSizeF() > 0:
        return font.pointSizeF() / base.pointSizeF()
    if base.pixelSize() > 0 and font.pixelSize() > 0:
        return font.pixelSize() / base.pixelSize()
    return 1.0


def apply_stored_text_scale(settings: QSettings) -> None:
    """At start: the text size the user chose. At 100 %, in a process whose font was
    never scaled, the application font is the system font already and is left as it is
    (the start's first frame is painted without PySide6 building QFont's enums)."""
    percent = text_scale(settings)
    app = QGuiApplication.instance()
    if percent == 100 and (app is None or app.property(_BASE_FONT_PROPERTY) is None):
        return
    apply_text_scale(percent)


def set_text_scale(settings: QSettings, percent: int) -> QFont:
    if percent not in TEXT_SCALES:
        raise ValueError(percent)
    settings.setValue(KEY_TEXT_SCALE, percent)
    settings.sync()
    return apply_text_scale(percent)


# -- colours ------------------------------------------------------------------


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2.1)."""
    r, g, b = (_linear(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """Contrast ratio (WCAG 2.1), 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """A dark or high-contrast dark scheme: the system says so, or the palette shows it."""
    if palette is None:
        from PySide6.QtCore import Qt  # here, not at import: not needed for the first frame

        hints = QGuiApplication.styleHints()
        if hints.colorScheme() == Qt.ColorScheme.Dark:
            return True
        palette = QGuiApplication.palette()
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.2


# candidate colours, most expressive first; the first with AA contrast wins
_ERROR = {False: ("#8b0000", "#6d0000"), True: ("#ff9e9e", "#ffc4c4")}
_WARNING = {False: ("#7a4a00", "#5c3800"), True: ("#ffd27a", "#ffe4ad")}


def _readable(candidates: tuple[str, ...], background: QColor, fallback: QColor) -> QColor:
    for name in candidates:
        color = QColor(name)
        if contrast(color, background) >= AA_TEXT:
            return color
    return fallback


def message_color(kind: str, palette: QPalette | None = None) -> QColor:
    """The colour of an error ("error") or warning ("warning") text on this palette."""
    pal = palette if palette is not None else QGuiApplication.palette()
    dark = is_dark(pal) if palette is not None else is_dark()
    table = _ERROR if kind == "error" else _WARNING
    window = pal.color(QPalette.ColorRole.Window)
    return _readable(table[dark], window, pal.color(QPalette.ColorRole.WindowText))


def message_style(kind: str, palette: QPalette | None = None) -> str:
    """A QLabel style sheet for a message: its colour and bold (the text has ⚠ too)."""
    return f"QLabel {{ color: {message_color(kind, palette).name()}; font-weight: bold; }}"


# Boxes use palette roles, so they follow light, dark and high-contrast schemes.
HELP_BOX_STYLE = (
    "QFrame#helpBox { background: palette(alternate-base); color: palette(text);"
    " border: 1px solid palette(mid); }"
    " QFrame#helpBox QLabel { color: palette(text); background: transparent; }"
)
CURRENT_CELL_STYLE = "QLabel { background: palette(alternate-base); color: palette(text); }"


def chart_bar_color(palette: QPalette) -> QColor:
    """A bar in a chart: at least 3:1 against the window (WCAG 2.1 non-text contrast)."""
    window = palette.color(QPalette.ColorRole.Window)
    for name in ("#2e5c94", "#8cb4e6", "#1b3a60", "#c4dcf8"):
        color = QColor(name)
        if contrast(color, window) >= 3.0:
            return color
    return palette.color(QPalette.ColorRole.WindowText)
