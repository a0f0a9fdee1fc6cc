"""Screenshots of the Møter tab of the demo case at 1280x720 and 1400x900, 100 % and 150 %.

    .venv/bin/python scripts/screenshots_moter.py OUT_DIR [--scales 100,150] [--lang nb]

Files: moter-<width>x<height>-<scale>[-nn].png, the main window as it draws itself
(runs under an X server or offscreen). At 150 % in 1280x720 a meeting's participants
fit the tab: a long e-mail address goes onto a second line after its «@».
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from shots import TODAY, application, close, database, main_window, run_for

from familiemote.services import demo

SIZES = ((1280, 720), (1400, 900))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--scales", default="100,150")
    ap.add_argument("--lang", default="nb", choices=("nb", "nn"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = application(args.lang)
    lang = "" if args.lang == "nb" else f"-{args.lang}"
    with tempfile.TemporaryDirectory() as tmp, database(tmp) as (db, uow):
        case_id = demo.create_demo_case(uow(), TODAY).case_id
        for scale in (int(x) for x in args.scales.split(",")):
            for size in SIZES:
                window = main_window(app, db, uow, tmp, scale, size)
                window.select_case(case_id)
                run_for(300)  # the case is read in a worker thread
                view = window.case_view
                view.tabs.setCurrentWidget(view.meetings_panel)
                run_for(400)  # built when first shown; its tables settle their columns
                window.grab().save(str(out / f"moter-{size[0]}x{size[1]}-{scale}{lang}.png"))
                close(app, window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
