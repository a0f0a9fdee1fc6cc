"""Screenshots of every step of the meeting guide, mid-meeting, on the demo case.

    DISPLAY=:91 .venv/bin/python scripts/screenshots_meeting.py docs/screenshots 150 [nn]

The second argument is the text size in per cent (Innstillinger > Tekststørrelse),
the optional third the language. A third meeting is planned for the demo case
(the mother, Sofie and Hanne), and the guide is filled in the way a meeting goes:
who came, one carried-over action reviewed, two actions typed, the decision, the
next meeting. Files: moteguide-steg-N-<key>[-150][-nn].png.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer

from familiemote.app import create_application, install_translators
from familiemote.domain import model as m
from familiemote.services import actions as action_service
from familiemote.services import cases, demo
from familiemote.services import meetings as meeting_service
from familiemote.storage.db import open_database, sqlite_url
from familiemote.storage.uow import SqlAlchemyUnitOfWork
from familiemote.ui.main_window import MainWindow
from familiemote.ui.meeting_guide import MeetingGuideDialog
from familiemote.ui.theme import KEY_TEXT_SCALE, apply_text_scale

TODAY = dt.date(2026, 11, 22)


def pump(ms: int = 300) -> None:
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

    case_id = demo.create_demo_case(uow(), TODAY).case_id
    detail = cases.get_case(uow(), case_id)
    mother = next(f for f in detail.case.family_members if f.relation == m.Relation.MOTHER)
    hanne = next(p for p in detail.professionals.values() if p.name == "Hanne Eksempel")
    lise = next(p for p in detail.professionals.values() if p.name == "Lise Eksempel")
    plan = meeting_service.MeetingPlan(
        m.MeetingKind.FAMILY,
        dt.datetime.combine(TODAY, dt.time(10)),
        "Helsestasjonen, møterom 2",
        (
            meeting_service.ParticipantInput(m.ParticipantKind.FAMILY, family_member_id=mother.id),
            meeting_service.ParticipantInput(m.ParticipantKind.CHILD),
            meeting_service.ParticipantInput(
                m.ParticipantKind.PROFESSIONAL,
                professional_id=hanne.id,
                roles=frozenset({m.Role.LEADER, m.Role.WRITER}),
            ),
            meeting_service.ParticipantInput(  # the school is not covered by consent
                m.ParticipantKind.PROFESSIONAL, professional_id=lise.id, receives_information=False
            ),
        ),
    )
    meeting_id = meeting_service.plan_meeting(uow(), case_id, plan, TODAY).meeting_id
    meeting_service.set_all_present(uow(), meeting_id)
    for text, who in (
        ("Samtaler med Sofie om søvn hver tredje uke", hanne),
        ("Plan for mandagsmorgener med kontaktlærer", lise),
    ):
        action_service.agree_action(
            uow(),
            case_id,
            action_service.NewAction(
                text,
                who.service_id,
                who.id,
                meeting_id,
                family_part="Foreldrene noterer søvnen" if who is hanne else "",
                due_date=TODAY + dt.timedelta(days=21),
            ),
            TODAY,
        )
    meeting_service.record_decision(
        uow(),
        meeting_id,
        m.Decision.OTHER_MEASURES,
        "Tiltak i skole og helsestasjon til svar fra BUP foreligger.",
    )
    settings = QSettings(f"{tmp}/s.ini", QSettings.Format.IniFormat)
    settings.setValue(KEY_TEXT_SCALE, scale)
    window = MainWindow(uow, settings, db.display_location, today=lambda: TODAY)
    window.resize(1366, 768)
    window.show()
    window.select_case(case_id)
    pump()
    guide = MeetingGuideDialog(uow, cases.get_case(uow(), case_id), meeting_id, TODAY, window)
    guide.resize(1366, 768)
    guide.show()
    pump()
    # a draft being typed in the actions row, and the review card on its first action
    guide.actions_editor.what.setText("Kartlegge angst og søvn")
    guide.actions_editor.who.setText("Bjørn")
    for i, step in enumerate(guide.steps):
        guide.go_to(i)
        pump()
        name = f"moteguide-steg-{i + 1}-{step.key.replace('_', '-')}{suffix}.png"
        guide.grab().save(str(out / name))
        print(out / name)
    guide.close()
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
