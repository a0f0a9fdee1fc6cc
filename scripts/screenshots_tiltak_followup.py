"""Screenshots of the Tiltak tab and Oppfølging at 1280x720 and full screen, 100 % and 150 %.

    DISPLAY=:NN python scripts/screenshots_tiltak_followup.py OUT_DIR [--scales 100,150]

Needs an X server with a 1920x1080 screen (Xvfb :NN -screen 0 1920x1080x24). Builds
the demo case in a temporary database with «Meg» set and a meeting planned in three
weeks, so every view of Oppfølging has rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from familiemote.app import create_application, install_translators
from familiemote.domain import model as m
from familiemote.services import demo, directory, me, meetings
from familiemote.storage.db import open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.followup_view import FollowUpView
from familiemote.ui.main_window import MainWindow
from familiemote.ui.theme import apply_text_scale, set_text_scale

TODAY = dt.date(2026, 11, 22)


def settle(app: QApplication, rounds: int = 40) -> None:
    for _ in range(rounds):
        app.processEvents()


def grab(app: QApplication, window: QWidget, path: Path) -> None:
    frame = window.frameGeometry()
    app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(
        str(path)
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--scales", default="100,150")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    install_translators(app, "nb")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(sqlite_url(Path(tmp) / "demo.sqlite"))
        uow = lambda: SqlAlchemyUnitOfWork(db.session_factory)  # noqa: E731
        hs = next(
            s.id for s in directory.list_services(uow()) if s.kind == m.ServiceKind.HELSESTASJON
        )
        me.save_me(uow(), "Hanne Eksempel", hs, "Helsesykepleier")
        case_id = demo.create_demo_case(uow(), TODAY).case_id
        at = dt.datetime.combine(TODAY + dt.timedelta(days=21), dt.time(13, 0))
        meetings.plan_meeting(
            uow(),
            case_id,
            meetings.MeetingPlan(m.MeetingKind.FAMILY, at, "Helsestasjonen, møterom 2"),
            TODAY,
        )
        full = app.primaryScreen().availableGeometry()
        for scale in (int(x) for x in args.scales.split(",")):
            apply_text_scale(scale)
            for size_name, (w, h) in (
                ("1280x720", (1280, 720)),
                ("maks", (full.width(), full.height())),
            ):
                suffix = f"{size_name}-{scale}"
                settings = QSettings(f"{tmp}/s-{suffix}.ini", QSettings.Format.IniFormat)
                set_text_scale(settings, scale)  # as Innstillinger > Tekststørrelse stores it
                window = MainWindow(uow, settings, db.display_location, today=lambda: TODAY)
                window.setGeometry(full.x(), full.y(), w, h)
                window.show()
                settle(app)
                window.select_case(case_id)
                settle(app)
                view = window.case_view
                view.tabs.setCurrentWidget(view.actions_panel)
                settle(app, 80)
                grab(app, window, out / f"tiltak-{suffix}.png")
                follow = FollowUpView(uow, lambda: TODAY)
                follow.setGeometry(full.x(), full.y(), w, h)
                follow.show()
                settle(app, 60)
                grab(app, follow, out / f"oppfolging-{suffix}.png")
                follow.actions_button.click()
                settle(app, 60)
                grab(app, follow, out / f"oppfolging-alle-tiltak-{suffix}.png")
                follow.meetings_button.click()
                settle(app, 60)
                grab(app, follow, out / f"oppfolging-kommende-moter-{suffix}.png")
                follow.close()
                follow.deleteLater()
                window.close()
                window.deleteLater()
                settle(app)
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
