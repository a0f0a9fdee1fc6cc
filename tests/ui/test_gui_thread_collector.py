"""Work in the background (familiemote.ui.ops.run_in_background) is let go once done."""

from __future__ import annotations

import gc
import weakref

import pytest
from pytestqt.qtbot import QtBot


@pytest.mark.parametrize("with_parent", [False, True], ids=["no parent", "a window's child"])
def test_work_in_the_background_is_let_go_once_done(qtbot: QtBot, with_parent: bool) -> None:
    """Each background operation is freed once its result is handed over, not kept by
    its parent (or its own slot) for as long as the window lives."""
    from PySide6.QtWidgets import QWidget

    from familiemote.ui import ops

    parent = QWidget() if with_parent else None
    results: list[int] = []
    op = ops.run_in_background(lambda: 42, results.append, parent)
    ref = weakref.ref(op)
    del op
    qtbot.waitUntil(lambda: results == [42], timeout=10_000)

    def freed() -> bool:
        gc.collect()
        return ref() is None

    qtbot.waitUntil(freed, timeout=10_000)
    if parent is not None:
        assert not parent.findChildren(ops.BackgroundOp)
        parent.deleteLater()


def test_a_wait_ending_never_forces_a_full_collection() -> None:
    """The collection run on the GUI thread when a wait ends is a young one: a full
    collection of a large process takes seconds (every window frozen, a server's client
    timeout passed), and is left to CPython's own rule."""
    from typing import Any

    from familiemote.ui import gui_gc

    generations: list[int] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            generations.append(int(info["generation"]))

    for _ in range(gc.get_threshold()[2] + 2):
        gc.collect(1)  # each one adds to the oldest generation's count
    assert gc.get_count()[2] > gc.get_threshold()[2]
    gc.callbacks.append(note)
    try:
        gui_gc.collect_due()
    finally:
        gc.callbacks.remove(note)
    assert 2 not in generations
