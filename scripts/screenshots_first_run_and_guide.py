"""Screenshots of the first-run screen, Om, the main window and the guide.

    DISPLAY=:99 python scripts/screenshots_first_run_and_guide.py docs/screenshots 150 [nn]

The second argument is the text size in per cent (Innstillinger > Tekststørrelse),
the optional third the language (nb or nn); the PNGs are named after what they
show, with "-150" etc. for a larger text size and "-nn" for nynorsk.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer

from familiemote.app import create_application, install_translators
from familiemote.services import cases, demo
from familiemote.storage.db import open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.about_dialog import AboutDialog
from familiemote.ui.first_run import FirstRunWizard
from familiemote.ui.help_panel import visible_help
from familiemote.ui.main_window import MainWindow
from familiemote.ui.meeting_guide import MeetingGuideDialog
from familiemote.ui.theme import KEY_TEXT_SCALE, apply_text_scale

TODAY = dt.date(2026, 11, 22)


def pump(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    out = Path(sys.argv[1])
    scale = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    lang = sys.argv[3] if len(sys.argv) > 3 else "nb"
    suffix = ("" if scale == 100 else f"-{scale}") + ("" if lang == "nb" else f"-{lang}")
    app = create_application()
    install_translators(app, lang)
    apply_text_scale(scale)
    tmp = tempfile.mkdtemp()
    db = open_database(sqlite_url(Path(tmp) / "demo.sqlite"), passphrase="fire vanlige ord her 7")

    def uow() -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(db.session_factory)

    result = demo.create_demo_case(uow(), TODAY)
    settings = QSettings(f"{tmp}/s.ini", QSettings.Format.IniFormat)
    settings.setValue(KEY_TEXT_SCALE, scale)

    wizard = FirstRunWizard(str(Path.home() / ".local/share/Familiemote/familiemote.sqlite"))
    wizard.show()
    pump()
    wizard.grab().save(str(out / f"first-run-1-velkommen{suffix}.png"))
    wizard.next()
    pump()
    assert wizard.passphrase_page is not None
    form = wizard.passphrase_page.form
    form.first_edit.setText("blå hval")  # shows the strength hint
    pump()
    wizard.grab().save(str(out / f"first-run-2-passordfrase{suffix}.png"))
    form.first_edit.setText("fire vanlige ord her 7")
    form.second_edit.setText("fire vanlige ord her 7")
    wizard.next()
    pump()
    wizard.grab().save(str(out / f"first-run-3-eksempelsak{suffix}.png"))
    wizard.close()

    about = AboutDialog(db.display_location, settings, "20.11.2026 kl. 15.02")
    about.show()
    pump()
    about.grab().save(str(out / f"om-familiemote{suffix}.png"))
    about.close()

    window = MainWindow(uow, settings, db.display_location, today=lambda: TODAY)
    window.resize(1400, 900)
    window.show()
    pump()
    window.select_case(result.case_id)
    pump()
    window.grab().save(str(out / f"hovedvindu-eksempelsak{suffix}.png"))
    panel = visible_help(window.case_view.overview_panel)
    if panel is not None:
        panel.toggle()
        pump()
        window.case_view.overview_panel.ensureWidgetVisible(panel.box)
        pump()
        window.grab().save(str(out / f"hovedvindu-hjelp-om-fasen{suffix}.png"))

    detail = cases.get_case(uow(), result.case_id)
    meeting = detail.case.meetings[-1]
    assert meeting.id is not None
    guide = MeetingGuideDialog(uow, detail, meeting.id, TODAY, window)
    guide.show()
    pump()
    guide.go_to(1)
    pump()
    guide.grab().save(str(out / f"moteguide-hjelp{suffix}.png"))
    guide.reject()
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
