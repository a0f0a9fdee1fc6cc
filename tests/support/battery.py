"""A tally of the reliability battery: one summary line per class of hostile try.

Tests in tests/reliability/ call :func:`record` once per class (or several times:
figures for the same class are added up), and the terminal summary hook in
tests/reliability/conftest.py prints one line per class at the end of the run::

    record("handover accept vs decline (postgresql)", tried=2, refused=1, stored=1, lost=0)

``tried`` is how many operations were attempted, ``refused`` how many were refused
with a Norwegian message, ``stored`` how many were stored exactly as given, and
``lost`` how many were reported as saved but are not in the database (or were
overwritten without the user being told). A run is healthy when every line says
``lost: 0`` and ``refused + stored == tried``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass


@dataclass
class Tally:
    tried: int = 0
    refused: int = 0
    stored: int = 0
    lost: int = 0

    def line(self, cls_name: str) -> str:
        return (
            f"{cls_name}: tried {self.tried}, refused with a message {self.refused}, "
            f"stored exactly {self.stored}, lost: {self.lost}"
        )


_lock = threading.Lock()
_tallies: dict[str, Tally] = {}


def record(cls_name: str, tried: int, refused: int, stored: int, lost: int) -> None:
    """Add one class's figures to the summary (figures for the same name add up)."""
    with _lock:
        tally = _tallies.setdefault(cls_name, Tally())
        tally.tried += tried
        tally.refused += refused
        tally.stored += stored
        tally.lost += lost


def summary_lines() -> list[str]:
    """One line per class, in the order the classes were first recorded."""
    with _lock:
        return [tally.line(name) for name, tally in _tallies.items()]


def totals() -> Tally:
    with _lock:
        total = Tally()
        for tally in _tallies.values():
            total.tried += tally.tried
            total.refused += tally.refused
            total.stored += tally.stored
            total.lost += tally.lost
        return total
