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

from shots import TODAY, application, close, database, grab, main_window, place, settle, sizes

from familiemote.domain import model as m
from familiemote.services import demo, directory, me, meetings
from familiemote.ui.followup_view import FollowUpView


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--scales", default="100,150")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory() as tmp, database(tmp) as (db, uow):
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
        for scale in (int(x) for x in args.scales.split(",")):
            for size_name, size in sizes(app):
                suffix = f"{size_name}-{scale}"
                window = main_window(app, db, uow, tmp, scale, size)
                window.select_case(case_id)
                settle(app)
                view = window.case_view
                view.tabs.setCurrentWidget(view.actions_panel)
                settle(app, 80)
                grab(app, window, out / f"tiltak-{suffix}.png")
                follow = FollowUpView(uow, lambda: TODAY)
                place(app, follow, size)
                settle(app, 30)
                grab(app, follow, out / f"oppfolging-{suffix}.png")
                follow.actions_button.click()
                settle(app, 60)
                grab(app, follow, out / f"oppfolging-alle-tiltak-{suffix}.png")
                follow.meetings_button.click()
                settle(app, 60)
                grab(app, follow, out / f"oppfolging-kommende-moter-{suffix}.png")
                close(app, follow)
                close(app, window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
