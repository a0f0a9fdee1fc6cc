"""Screenshots of «Endre saken» and Historikk at 1280x720 and full screen, 100 % and 150 %.

    DISPLAY=:NN python scripts/screenshots_issue15.py OUT_DIR

Needs an X server with a 1920x1080 screen (Xvfb :NN -screen 0 1920x1080x24). Builds
the demo case in a temporary database, with «Meg» set, a change of the case and a
printed plan, so the history shows names and sentences. Grabs the screen where the
window is (the dialog over the main window).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from familiemote.app import create_application, install_translators
from familiemote.services import audit, cases, demo, me
from familiemote.storage.db import open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.case_editor import CaseEditorDialog
from familiemote.ui.main_window import MainWindow
from familiemote.ui.theme import apply_text_scale

TODAY = dt.date(2026, 11, 22)


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    install_translators(app, "nb")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(sqlite_url(Path(tmp) / "demo.sqlite"))

        def uow() -> SqlAlchemyUnitOfWork:
            return SqlAlchemyUnitOfWork(db.session_factory)

        me.save_me(uow(), "Anne Dahl", None, "Helsesykepleier")
        case_id = demo.create_demo_case(uow(), TODAY).case_id
        detail = cases.get_case(uow(), case_id)
        edit = cases.case_edit_of(detail.case)
        family = list(edit.family)
        family[0] = cases.FamilyMemberEdit(**{**family[0].__dict__, "phone": "900 00 011"})
        cases.update_case(
            uow(),
            case_id,
            cases.CaseEdit(**{**edit.__dict__, "family": tuple(family)}),
            detail.case.version,
            TODAY,
        )
        meeting = detail.case.meetings[-1]
        audit.record_output(uow(), "print", "plan", meeting_id=meeting.id)
        screen = app.primaryScreen()
        full = screen.availableGeometry()
        for scale in (100, 150):
            apply_text_scale(scale)
            for size_name, (w, h) in (
                ("1280x720", (1280, 720)),
                ("maks", (full.width(), full.height())),
            ):
                settings = QSettings(f"{tmp}/s-{scale}-{size_name}.ini", QSettings.Format.IniFormat)
                window = MainWindow(uow, settings, db.display_location, today=lambda: TODAY)
                window.setGeometry(full.x(), full.y(), w, h)
                window.show()
                settle(app)
                window.select_case(case_id)
                settle(app)
                view = window.case_view
                view.tabs.setCurrentWidget(view.history_panel)
                settle(app, 60)
                suffix = f"{size_name}-{scale}"
                frame = window.frameGeometry()
                app.primaryScreen().grabWindow(
                    0, frame.x(), frame.y(), frame.width(), frame.height()
                ).save(str(out / f"historikk-{suffix}.png"))
                dialog = CaseEditorDialog(uow, cases.get_case(uow(), case_id), TODAY, window)
                if size_name == "maks":
                    dialog.setGeometry(full)
                else:  # as it opens on a 1280x720 screen: within it
                    dialog.setGeometry(frame.x() + 200, frame.y() + 10, 860, h - 20)
                dialog.show()
                settle(app, 60)
                app.primaryScreen().grabWindow(
                    0, frame.x(), frame.y(), frame.width(), frame.height()
                ).save(str(out / f"endre-saken-{suffix}.png"))
                dialog.reject()
                window.close()
                window.deleteLater()
                settle(app)
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
