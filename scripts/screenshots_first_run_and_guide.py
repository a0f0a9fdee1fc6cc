"""Screenshots of the first-run screen, Om, the main window and the guide.

    DISPLAY=:99 python scripts/screenshots_first_run_and_guide.py docs/screenshots 150 [nn]

The second argument is the text size in per cent (Innstillinger > Tekststørrelse),
the optional third the language (nb or nn); the PNGs are named after what they
show, with "-150" etc. for a larger text size and "-nn" for nynorsk.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from shots import (
    PASSPHRASE,
    TODAY,
    application,
    close,
    database,
    main_window,
    out_scale_lang,
    run_for,
    text_size_settings,
)

from familiemote.services import cases, demo
from familiemote.ui.about_dialog import AboutDialog
from familiemote.ui.first_run import FirstRunWizard
from familiemote.ui.help_panel import visible_help
from familiemote.ui.meeting_guide import MeetingGuideDialog

STEP_MS = 400  # what each screen is given to be built and painted before it is grabbed


def main() -> int:
    out, scale, lang, suffix = out_scale_lang()
    app = application(lang)
    with tempfile.TemporaryDirectory() as tmp, database(tmp, PASSPHRASE) as (db, uow):
        settings = text_size_settings(tmp, scale)
        case_id = demo.create_demo_case(uow(), TODAY).case_id

        wizard = FirstRunWizard(str(Path.home() / ".local/share/Familiemote/familiemote.sqlite"))
        wizard.show()
        run_for(STEP_MS)
        wizard.grab().save(str(out / f"first-run-1-velkommen{suffix}.png"))
        wizard.next()
        run_for(STEP_MS)
        assert wizard.passphrase_page is not None
        form = wizard.passphrase_page.form
        form.first_edit.setText("blå hval")  # shows the strength hint
        run_for(STEP_MS)
        wizard.grab().save(str(out / f"first-run-2-passordfrase{suffix}.png"))
        form.first_edit.setText(PASSPHRASE)
        form.second_edit.setText(PASSPHRASE)
        wizard.next()
        run_for(STEP_MS)
        wizard.grab().save(str(out / f"first-run-3-eksempelsak{suffix}.png"))
        wizard.close()

        about = AboutDialog(db.display_location, settings, "20.11.2026 kl. 15.02")
        about.show()
        run_for(STEP_MS)
        about.grab().save(str(out / f"om-familiemote{suffix}.png"))
        about.close()

        window = main_window(app, db, uow, tmp, scale, (1400, 900))
        run_for(STEP_MS)
        window.select_case(case_id)
        run_for(STEP_MS)
        window.grab().save(str(out / f"hovedvindu-eksempelsak{suffix}.png"))
        panel = visible_help(window.case_view.overview_panel)
        if panel is not None:
            panel.toggle()
            run_for(STEP_MS)
            overview = window.case_view.overview_panel
            overview.ensureWidgetVisible(panel.box)
            overview.horizontalScrollBar().setValue(0)  # scrolled down to it, from the left
            run_for(STEP_MS)
            window.grab().save(str(out / f"hovedvindu-hjelp-om-fasen{suffix}.png"))

        detail = cases.get_case(uow(), case_id)
        meeting = detail.case.meetings[-1]
        assert meeting.id is not None
        guide = MeetingGuideDialog(uow, detail, meeting.id, TODAY, window)
        guide.show()
        run_for(STEP_MS)
        # a step whose help, open as it opens, fills the view: the family's description
        guide.go_to(next(i for i, s in enumerate(guide.steps) if s.key == "familiens_beskrivelse"))
        run_for(STEP_MS)
        guide.grab().save(str(out / f"moteguide-hjelp{suffix}.png"))
        guide.reject()
        close(app, window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
