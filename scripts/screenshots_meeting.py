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
import tempfile

from shots import (
    PASSPHRASE,
    TODAY,
    Uow,
    application,
    close,
    database,
    main_window,
    out_scale_lang,
    run_for,
)

from familiemote.domain import model as m
from familiemote.services import actions as action_service
from familiemote.services import cases, demo
from familiemote.services import meetings as meeting_service
from familiemote.ui.meeting_guide import MeetingGuideDialog

STEP_MS = 300  # what each screen is given to be built and painted before it is grabbed


def main() -> int:
    out, scale, lang, suffix = out_scale_lang()
    app = application(lang)
    with tempfile.TemporaryDirectory() as tmp, database(tmp, PASSPHRASE) as (db, uow):
        case_id = demo.create_demo_case(uow(), TODAY).case_id
        meeting_id = mid_meeting(uow, case_id)
        window = main_window(app, db, uow, tmp, scale, (1366, 768))
        window.select_case(case_id)
        run_for(STEP_MS)
        guide = MeetingGuideDialog(uow, cases.get_case(uow(), case_id), meeting_id, TODAY, window)
        guide.resize(1366, 768)
        guide.show()
        run_for(STEP_MS)
        # a draft being typed in the actions row, and the review card on its first action
        guide.actions_editor.what.setText("Kartlegge angst og søvn")
        guide.actions_editor.who.setText("Bjørn")
        for i, step in enumerate(guide.steps):
            guide.go_to(i)
            run_for(STEP_MS)
            name = f"moteguide-steg-{i + 1}-{step.key.replace('_', '-')}{suffix}.png"
            guide.grab().save(str(out / name))
            print(out / name)
        guide.close()
        close(app, window)
    return 0


def mid_meeting(uow: Uow, case_id: int) -> int:
    """A third meeting of the demo case, with who came, two actions agreed and the
    decision; its id."""
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
    return meeting_id


if __name__ == "__main__":
    raise SystemExit(main())
