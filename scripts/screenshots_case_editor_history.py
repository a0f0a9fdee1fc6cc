"""Screenshots of «Endre saken» and Historikk at 1280x720 and full screen, 100 % and 150 %.

    DISPLAY=:NN python scripts/screenshots_case_editor_history.py OUT_DIR

Needs an X server with a 1920x1080 screen (Xvfb :NN -screen 0 1920x1080x24). Builds
the demo case in a temporary database, with «Meg» set, a change of the case and a
printed plan, so the history shows names and sentences. Grabs the screen where the
window is (the dialog over the main window).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from shots import TODAY, application, close, database, grab, main_window, settle, sizes

from familiemote.services import audit, cases, demo, me
from familiemote.ui.case_editor import CaseEditorDialog


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory() as tmp, database(tmp) as (db, uow):
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
        full = app.primaryScreen().availableGeometry()
        for scale in (100, 150):
            for size_name, size in sizes(app):
                suffix = f"{size_name}-{scale}"
                window = main_window(app, db, uow, tmp, scale, size)
                window.select_case(case_id)
                settle(app)
                view = window.case_view
                view.tabs.setCurrentWidget(view.history_panel)
                settle(app, 60)
                grab(app, window, out / f"historikk-{suffix}.png")
                dialog = CaseEditorDialog(uow, cases.get_case(uow(), case_id), TODAY, window)
                frame = window.frameGeometry()
                if size_name == "maks":
                    dialog.setGeometry(full)
                else:  # as it opens on a 1280x720 screen: within it
                    dialog.setGeometry(frame.x() + 200, frame.y() + 10, 860, size[1] - 20)
                dialog.show()
                settle(app, 60)
                grab(app, window, out / f"endre-saken-{suffix}.png")
                dialog.reject()
                close(app, window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
