"""A child process for tests/ui/test_start_order.py: the very first start of a new user
(no settings, no database yet), ``familiemote --db FILE``, watched from inside.

    python -m tests.support.first_run_child FILE

Prints ``FIRST <class>`` for the first window painted and ``LOADED <modules>`` for
the database's modules already imported by then, and ends there.
"""

from __future__ import annotations

import os
import sys

from tests.support.start_child import HEAVY


def main() -> int:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                print(f"FIRST {type(watched.window()).__name__}", flush=True)
                print("LOADED " + ",".join(m for m in HEAVY if m in sys.modules), flush=True)
                os._exit(0)  # the screen is not answered: nothing is created
            return False

    watch = Watch()
    app.installEventFilter(watch)
    os.environ.pop("FAMILIEMOTE_PASSPHRASE", None)
    from familiemote.cli import main as cli_main

    cli_main(["--db", sys.argv[1]])
    del watch
    return 1  # the screen was never painted


if __name__ == "__main__":
    sys.exit(main())
