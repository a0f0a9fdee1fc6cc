"""Screenshot the family view («Vis for familien») on the demo case, for a human to look at.

    python scripts/screenshot_family_view.py OUT.png [--scale 150] [--lang nn] [--step 6]

Runs on whatever Qt platform is set; under Xvfb with two screens
(``Xvfb :N -screen 0 1600x1000x24 -screen 1 1280x720x24``) the view goes full
screen on the second one, as it would on a projector, and ``--screen-grab``
saves what that screen shows. (With ``+xinerama`` this Xvfb reports both heads
at 0,0 and no RandR, so Qt sees a single screen and the view opens as a window.) Uses a fresh,
temporary database with the demo case; the second meeting gets one action more
for the family and one internal action (which must not appear). Prints where
the view went.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from familiemote.app import create_application, install_translators
from familiemote.domain import model as m
from familiemote.services import actions, cases, demo, directory, pathway
from familiemote.storage.db import open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.family_view import open_family_view
from familiemote.ui.theme import apply_text_scale


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--scale", type=int, default=100)
    ap.add_argument("--lang", default="nb")
    ap.add_argument("--step", type=int, default=6, help="the guide's step, from 1")
    ap.add_argument(
        "--screen-grab", action="store_true", help="grab the whole screen the view is on"
    )
    args = ap.parse_args()
    app = create_application()
    install_translators(app, args.lang)
    apply_text_scale(args.scale)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(sqlite_url(Path(tmp) / "demo.sqlite"))

        def uow() -> SqlAlchemyUnitOfWork:
            return SqlAlchemyUnitOfWork(db.session_factory)

        today = dt.date.today()
        case_id = demo.create_demo_case(uow(), today).case_id
        case = cases.get_case(uow(), case_id).case
        meeting = sorted(case.meetings, key=lambda mt: mt.starts_at)[-1]
        assert meeting.id is not None
        hs = next(s for s in directory.list_services(uow()) if s.kind == m.ServiceKind.HELSESTASJON)
        nurse = next(p for p in directory.list_professionals(uow()) if p.service_id == hs.id)
        day = meeting.starts_at.date()
        actions.agree_action(
            uow(),
            case_id,
            actions.NewAction(
                "Samtale med Sofie om hvordan hun vil ha det i friminuttene",
                hs.id,
                nurse.id,
                meeting_id=meeting.id,
                family_part="Mor er med på samtalen.",
                due_date=day + dt.timedelta(days=21),
                review_months=6,
            ),
            today,
        )
        actions.agree_action(
            uow(),
            case_id,
            actions.NewAction(
                "Vurdere bekymringsmelding til barnevernet",
                hs.id,
                nurse.id,
                meeting_id=meeting.id,
                due_date=day + dt.timedelta(days=7),
                internal=True,
            ),
            today,
        )
        settings = QSettings(f"{tmp}/s.ini", QSettings.Format.IniFormat)
        view = open_family_view(uow, meeting.id, settings=settings)
        steps = pathway.load_content("nn" if args.lang == "nn" else "nb").guide(meeting.kind)
        index = max(0, min(args.step - 1, len(steps) - 1))
        view.set_step(index, steps[index].title)

        def grab() -> None:
            g = view.geometry()
            screen = view.screen()
            print(
                f"view {g.x()},{g.y()} {g.width()}x{g.height()} full screen {view.isFullScreen()}"
                f" on {screen.name() if screen else '?'}"
                f" of {[s.name() for s in app.screens()]}"
            )
            if args.screen_grab and screen is not None:
                screen.grabWindow(0).save(args.out)  # what the screen itself shows
            else:
                view.grab().save(args.out)
            app.quit()

        QTimer.singleShot(1500, grab)
        app.exec()
        view.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
