"""Screenshots at 200 % text in a 1280x720 window: what fits without scrolling sideways.

    .venv/bin/python scripts/screenshots_200.py OUT_DIR [--lang nb|nn]

Files ([-nn] in nynorsk):
- moter-1280x720-200[-nn].png: the Møter tab beside the case list (the participants
  table scrolls inside itself: there is not room for it);
- moter-1280x720-200-uten-liste[-nn].png: the same after F9 (Innstillinger > Vis
  listen over saker): the case has the window's width and the table fits;
- moteguide-oppmote-1280x720-200[-nn].png: the guide's first step, each person's
  service or relation and roles under the name, the three attendance columns in view;
- moteguide-tiltak-1280x720-200[-nn].png and moteguide-avslutt-1280x720-200[-nn].png:
  the review's outcomes on two rows and the closing step's long button on two lines
  where they do not fit on one.
Runs under an X server or offscreen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from shots import TODAY, application, close, database, main_window, run_for

from familiemote.services import cases, demo
from familiemote.ui.meeting_guide import MeetingGuideDialog

SIZE = (1280, 720)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--lang", default="nb", choices=("nb", "nn"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = application(args.lang)
    lang = "" if args.lang == "nb" else f"-{args.lang}"
    tag = f"{SIZE[0]}x{SIZE[1]}-200"
    with tempfile.TemporaryDirectory() as tmp, database(tmp) as (db, uow):
        case_id = demo.create_demo_case(uow(), TODAY).case_id
        window = main_window(app, db, uow, tmp, 200, SIZE)
        window.select_case(case_id)
        run_for(300)  # the case is read in a worker thread
        view = window.case_view
        view.tabs.setCurrentWidget(view.meetings_panel)
        run_for(400)  # built when first shown; its tables settle their columns
        window.grab().save(str(out / f"moter-{tag}{lang}.png"))
        window.case_list_pane.set_shown(False)
        run_for(400)
        window.grab().save(str(out / f"moter-{tag}-uten-liste{lang}.png"))
        detail = cases.get_case(uow(), case_id)
        meeting_id = detail.case.meetings[-1].id
        assert meeting_id is not None
        guide = MeetingGuideDialog(uow, detail, meeting_id, TODAY, window)
        guide.resize(*SIZE)
        guide.show()
        run_for(400)
        for name, panel in (
            ("oppmote", guide.attendance),
            ("tiltak", guide.review),
            ("avslutt", guide.closing),
        ):
            index = next(
                i
                for i in range(guide.pages.count())
                if (page := guide.pages.widget(i)) is not None
                and (page is panel or page.isAncestorOf(panel))
            )
            guide.go_to(index)
            run_for(400)
            guide.grab().save(str(out / f"moteguide-{name}-{tag}{lang}.png"))
        guide.close()
        close(app, window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
