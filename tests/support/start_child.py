"""A child process for tests/ui/test_start_order.py: ``familiemote --db FILE`` started
as a user starts it, watched from inside.

    python -m tests.support.start_child FILE RIGHT_PASSPHRASE WRONG_PASSPHRASE

Prints, one line each:

* ``FIRST <class>``: the class of the first window painted;
* ``LOADED <modules>``: which of the heavy modules were imported by then;
* ``REFUSED <text>``: the dialog's message after the wrong passphrase, the dialog
  still open;
* ``LIST <rows>``: the main window's case list painted after the right one;
* ``EXIT <code>``: what the start returned once the window was closed.
"""

from __future__ import annotations

import os
import sys
from typing import Any

# imported by the app after its first frame; checked to be absent at that moment
HEAVY = (
    "sqlalchemy",
    "familiemote.storage.db",
    "familiemote.ui.widgets",
    "familiemote.ui.main_window",
    # not needed for the passphrase dialog either: the first-run screen (completed), the
    # error texts, the domain's errors, the strength rules of a new passphrase, the temp
    # folder's clean-up, the user data folder's lookup (the database is given), the
    # standard library's way to the shipped files (found on disk directly) and its
    # dataclasses (PySide6 imports neither)
    "familiemote.ui.first_run",
    "familiemote.messages",
    "familiemote.domain.errors",
    "familiemote.domain.passphrase",
    "familiemote.temp_files",
    "platformdirs",
    "importlib.resources",
    "dataclasses",
)


def main() -> int:
    path, right, wrong = sys.argv[1:4]
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from familiemote.settings import APP_NAME, ORGANISATION
    from familiemote.ui.start_flow import KEY_FIRST_RUN_DONE

    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    QSettings().setValue(KEY_FIRST_RUN_DONE, True)
    state: dict[str, Any] = {"step": "first"}

    def say(line: str) -> None:
        print(line, flush=True)

    def answer(dialog: Any) -> None:
        from familiemote.ui.me_dialog import KEY_ASKED

        QSettings().setValue(KEY_ASKED, True)  # no «Meg» question over the window
        dialog.first_edit.setText(wrong)
        dialog.accept()  # the wrong passphrase: the dialog stays open with a message
        state["step"] = "list"
        say(f"REFUSED {dialog.isVisible()} {dialog.error_label.text()}")
        dialog.first_edit.setText(right)
        dialog.accept()

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            if state["step"] == "first":
                state["step"] = "answering"
                top = watched.window()
                say(f"FIRST {type(top).__name__}")
                say("LOADED " + ",".join(m for m in HEAVY if m in sys.modules))
                QTimer.singleShot(0, lambda: answer(top))
            elif state["step"] == "list":
                from familiemote.ui.main_window import MainWindow

                top = watched.window()
                if isinstance(top, MainWindow) and watched is top.case_table.viewport():
                    state["step"] = "done"
                    say(f"LIST {top.case_model.rowCount()}")
                    QTimer.singleShot(0, top.close)
            return False

    watch = Watch()
    app.installEventFilter(watch)
    os.environ.pop("FAMILIEMOTE_PASSPHRASE", None)
    from familiemote.cli import main as cli_main

    code = cli_main(["--db", path])
    say(f"EXIT {code}")
    del watch
    return 0


if __name__ == "__main__":
    sys.exit(main())
