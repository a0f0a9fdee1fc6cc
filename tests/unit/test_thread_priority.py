"""Work the user did not ask for runs at a lower CPU priority: its own thread only."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from familiemote.startup import lower_this_thread


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread priority: Linux")
def test_only_the_calling_thread_is_lowered() -> None:
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: list[int] = []

    def work() -> None:
        lower_this_thread(5)
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(30)
    assert seen == [min(19, before + 5)]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before  # not ours
