"""The case view builds only the tab on screen; tests that read other tabs build them."""

from __future__ import annotations

from typing import Any


def build_all_tabs(case_view: Any) -> None:
    """Build every tab of ``case_view`` from the case it shows, as if each were clicked."""
    for panel in case_view.panels:
        case_view.ensure_built(panel)
