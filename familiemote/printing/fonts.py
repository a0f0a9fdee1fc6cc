"""Register the shipped DejaVu fonts with ReportLab.

Every printed document uses these embedded TrueType fonts, never ReportLab's
built-in (non-embedded) Helvetica, so that æ, ø and å print the same everywhere.
"""

from __future__ import annotations

import threading
from typing import Final

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from familiemote.resources_path import resource_path

__all__ = ["BOLD", "FAMILY", "ITALIC", "REGULAR", "register_fonts"]

REGULAR: Final = "FM-Regular"
BOLD: Final = "FM-Bold"
ITALIC: Final = "FM-Italic"
FAMILY: Final = "FM"

_FILES: Final[dict[str, str]] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}

_lock = threading.Lock()


def register_fonts() -> None:
    """Register FM-Regular, FM-Bold, FM-Italic and the family "FM". Safe to call repeatedly."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name in registered:
                continue
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"Shipped font is missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # There is no bold-italic face shipped; bold stands in for it.
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD
        )
        for font_name in (REGULAR, BOLD, ITALIC):
            # Paragraph markup (<b>, <i>) on a face name resolves within the family.
            addMapping(font_name, 0, 0, REGULAR)
            addMapping(font_name, 1, 0, BOLD)
            addMapping(font_name, 0, 1, ITALIC)
            addMapping(font_name, 1, 1, BOLD)
