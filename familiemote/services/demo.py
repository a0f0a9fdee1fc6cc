"""A realistic, clearly fictional example case, so a newcomer sees a full case at once.

The family is "Nordmann" (the Norwegian placeholder name) and every professional
is called "Eksempel". Dates are relative to today, so the child is always 9, the
first meeting lies about ten weeks back and the second two weeks back. Creating
the demo twice finds the first one (by its demo key) and adds nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from familiemote.domain import model as m
from familiemote.domain.followup import carry_over_open_actions, propose_handover
from familiemote.storage.uow import UnitOfWork

DEMO_KEY = "demo-sofie-v1"


@dataclass(frozen=True)
class DemoResult:
    case_id: int
    created: bool


def _service(uow: UnitOfWork, kind: m.ServiceKind) -> m.Service:
    service = uow.directory.service_by_kind(kind)
    if service is None:  # the municipality removed a preloaded service: add it back
        level = (
            m.ServiceLevel.SPECIALIST
            if kind in {m.ServiceKind.BUP, m.ServiceKind.HABU, m.ServiceKind.BARNEAVDELING}
            else m.ServiceLevel.MUNICIPAL
        )
        service = m.Service(name=kind.value.capitalize(), kind=kind, level=level)
        uow.directory.add(service)
        uow.flush()
    return service


def _person(
    uow: UnitOfWork, name: str, service: m.Service, title: str, phone: str, email: str
) -> m.Professional:
    existing = next((p for p in uow.directory.professionals() if p.name == name), None)
    if existing is not None:
        return existing
    person = m.Professional(name=name, service_id=service.id, title=title, phone=phone, email=email)
    uow.directory.add(person)
    uow.flush()
    return person


def create_demo_case(uow: UnitOfWork, today: dt.date | None = None) -> DemoResult:
    today = today or dt.date.today()
    with uow:
        existing = uow.cases.by_demo_key(DEMO_KEY)
        if existing is not None:
            assert existing.id is not None
            return DemoResult(existing.id, created=False)

        hs = _service(uow, m.ServiceKind.HELSESTASJON)
        ppt = _service(uow, m.ServiceKind.PPT)
        school = _service(uow, m.ServiceKind.SKOLE)
        bup = _service(uow, m.ServiceKind.BUP)
        gp = _service(uow, m.ServiceKind.FASTLEGE)

        nurse = _person(
            uow, "Hanne Eksempel", hs, "Helsesykepleier", "400 00 001", "hanne@eksempel.invalid"
        )
        adviser = _person(
            uow, "Per Eksempel", ppt, "PPT-rådgiver", "400 00 002", "per@eksempel.invalid"
        )
        teacher = _person(
            uow, "Lise Eksempel", school, "Kontaktlærer", "400 00 003", "lise@eksempel.invalid"
        )
        psychologist = _person(
            uow, "Bjørn Eksempel", bup, "Psykologspesialist", "400 00 004", "bjorn@eksempel.invalid"
        )
        doctor = _person(
            uow, "Dr. Eva Eksempel", gp, "Fastlege", "400 00 005", "eva@eksempel.invalid"
        )

        # Nine years and about a hundred days old, whatever today is.
        birth = dt.date(today.year - 9, today.month, min(today.day, 28)) - dt.timedelta(days=100)
        mother = m.FamilyMember(
            "Kari Nordmann", m.Relation.MOTHER, True, "900 00 001", "kari@eksempel.invalid"
        )
        father = m.FamilyMember(
            "Ola Nordmann", m.Relation.FATHER, True, "900 00 002", "ola@eksempel.invalid"
        )
        case = m.Case(
            child_first_name="Sofie",
            child_birth_year=birth.year,
            child_birth_date=birth,
            phase=m.Phase.VURDERING,
            concern_by_family=False,
            concern_service_id=school.id,
            initiating_service_id=school.id,
            coordinator_id=nurse.id,
            concern_summary=(
                "Kontaktlæreren har det siste halve året sett at Sofie trekker seg unna i "
                "friminuttene, har vondt i magen om morgenen og har mye fravær. Foreldrene "
                "kjenner seg igjen: Sofie sover dårlig og gruer seg til skolen."
            ),
            opened_on=today - dt.timedelta(days=84),
            demo_key=DEMO_KEY,
            family_members=[mother, father],
        )
        case.refresh_search_text([nurse.name])
        uow.cases.add(case)
        uow.flush()

        def participants(
            child_attendance: m.Attendance, father_attendance: m.Attendance
        ) -> list[m.Participant]:
            def pro(person: m.Professional, service: m.Service, *roles: m.Role) -> m.Participant:
                return m.Participant(
                    kind=m.ParticipantKind.PROFESSIONAL,
                    professional_id=person.id,
                    service_id=service.id,
                    roles=frozenset(roles),
                    attendance=m.Attendance.PRESENT,
                )

            return [
                m.Participant(
                    kind=m.ParticipantKind.FAMILY,
                    family_member_id=mother.id,
                    attendance=m.Attendance.PRESENT,
                ),
                m.Participant(
                    kind=m.ParticipantKind.FAMILY,
                    family_member_id=father.id,
                    attendance=father_attendance,
                ),
                m.Participant(kind=m.ParticipantKind.CHILD, attendance=child_attendance),
                pro(nurse, hs, m.Role.LEADER, m.Role.COORDINATOR),
                pro(adviser, ppt, m.Role.WRITER),
                pro(teacher, school),
                pro(psychologist, bup),
            ]

        first = m.Meeting(
            case_id=case.id,
            kind=m.MeetingKind.FAMILY,
            starts_at=dt.datetime.combine(today - dt.timedelta(days=70), dt.time(14, 0)),
            place="Helsestasjonen, møterom 2",
            status=m.MeetingStatus.HELD,
            family_description=(
                "Mor og far forteller at Sofie har gruet seg til skolen siden høstferien. "
                "Hun sier at hun ikke har noen å være sammen med i friminuttene. Hun sover "
                "dårlig og har ofte vondt i magen på søndagskvelder."
            ),
            child_voice=(
                "Sofie var med de første 20 minuttene. Hun sa at det er fint på skolen når "
                "hun får sitte ved siden av Ingrid, og at friminuttene er det verste."
            ),
            services_view=(
                "Skolen ser økende fravær (11 dager dette halvåret). Helsestasjonen har hatt "
                "tre samtaler med Sofie. PPT har ikke vært inne tidligere. BUP gir råd om "
                "kartlegging av angst og søvn før det tas stilling til henvisning."
            ),
            decision=m.Decision.OTHER_MEASURES,
            decision_text=(
                "Ikke henvisning nå. Tiltak i skole og helsestasjon i 8 uker, så nytt familiemøte."
            ),
            next_meeting_note="Nytt familiemøte om ca. 8 uker; Hanne kaller inn.",
            internal_notes="Far ønsker at det ikke skrives noe om foreldrenes samlivsbrudd.",
            participants=participants(m.Attendance.PRESENT, m.Attendance.PRESENT),
        )
        second = m.Meeting(
            case_id=case.id,
            kind=m.MeetingKind.FAMILY,
            starts_at=dt.datetime.combine(today - dt.timedelta(days=14), dt.time(8, 30)),
            place="Helsestasjonen, møterom 2",
            status=m.MeetingStatus.HELD,
            family_description=(
                "Foreldrene opplever at magesmertene er færre, men Sofie sover fortsatt dårlig "
                "og vil ikke på skolen på mandager."
            ),
            child_voice=(
                "Sofie ville ikke være med på møtet. Hun har fortalt helsesykepleier at det er "
                "bedre med fast plass i klasserommet, men at hun fortsatt er redd om kveldene."
            ),
            services_view=(
                "Skolen ser noe mindre fravær. PPTs observasjon viser god faglig fungering. "
                "Helsestasjonen og BUP mener det bør utredes nærmere for angst."
            ),
            decision=m.Decision.REFER_BUP,
            decision_text="Fastlegen henviser til BUP med samtykke fra begge foreldrene.",
            next_meeting_note="Nytt møte når svar fra BUP foreligger.",
            participants=participants(m.Attendance.ABSENT_WITH_NOTICE, m.Attendance.PRESENT),
        )
        case.meetings.extend([first, second])
        uow.flush()

        def action(
            meeting: m.Meeting,
            text: str,
            service: m.Service,
            person: m.Professional | None,
            *,
            due: int | None,
            review: int | None,
            status: m.ActionStatus = m.ActionStatus.AGREED,
            family_part: str = "",
        ) -> m.Action:
            day = meeting.starts_at.date()
            return m.Action(
                case_id=case.id,
                meeting_id=meeting.id,
                description=text,
                responsible_service_id=service.id,
                responsible_professional_id=person.id if person else None,
                family_part=family_part,
                due_date=day + dt.timedelta(days=due) if due is not None else None,
                review_date=day + dt.timedelta(days=review) if review is not None else None,
                status=status,
            )

        case.actions.extend(
            [
                action(
                    first,
                    "Fast plass ved siden av en trygg venn og voksenstyrte aktiviteter i "
                    "friminuttene",
                    school,
                    teacher,
                    due=14,
                    review=182,
                    status=m.ActionStatus.IN_PROGRESS,
                ),
                action(
                    first,
                    "Observasjon i klassen og samtale med kontaktlærer",
                    ppt,
                    adviser,
                    due=42,
                    review=None,
                    status=m.ActionStatus.DONE,
                ),
                action(
                    first,
                    "Støttesamtaler med Sofie på helsestasjonen hver 14. dag",
                    hs,
                    nurse,
                    due=None,
                    review=56,
                    family_part="Foreldrene følger Sofie til samtalene.",
                ),
                action(
                    first,
                    "Søvndagbok i fire uker, tas med til neste møte",
                    hs,
                    nurse,
                    due=28,
                    review=None,
                    family_part="Foreldrene fører dagboken sammen med Sofie.",
                ),
                action(
                    second,
                    "Henvisning til BUP etter sjekklisten for gode henvisninger",
                    gp,
                    doctor,
                    due=7,
                    review=None,
                ),
                action(
                    second,
                    "Sende PPTs observasjon til fastlegen som vedlegg til henvisningen",
                    ppt,
                    adviser,
                    due=5,
                    review=None,
                ),
            ]
        )
        uow.flush()
        # The second meeting reviewed the open actions of the first (carried over).
        # Each with what the meeting decided: the diary done, the rest continued with a
        # new date, and the support talks offered to BUP (the nurse keeps them until
        # BUP accepts: the stafettholder principle).
        second_day = second.starts_at.date()
        for review in carry_over_open_actions(case, second):
            carried = next(a for a in case.actions if a.id == review.action_id)
            if carried.description.startswith("Søvndagbok"):
                review.outcome = m.ReviewOutcome.DONE
                review.note = "Dagboken ble gjennomgått i møtet."
                carried.status = m.ActionStatus.DONE
                continue
            review.outcome = m.ReviewOutcome.CONTINUED
            review.note = "Fortsetter til svar fra BUP foreligger."
            review.new_date = second_day + dt.timedelta(days=42)
            if carried.due_date is not None:
                carried.due_date = review.new_date
            else:
                carried.review_date = review.new_date
            carried.status = m.ActionStatus.IN_PROGRESS
            if carried.description.startswith("Støttesamtaler"):
                propose_handover(
                    carried,
                    bup.id or 0,
                    psychologist.id,
                    second_day,
                    "BUP overtar samtalene når henvisningen er mottatt.",
                )

        case.child_views.append(
            m.ChildView(
                case_id=case.id,
                recorded_on=first.starts_at.date() - dt.timedelta(days=3),
                text=(
                    "Sofie forteller i samtale på helsestasjonen at hun liker å tegne og er glad "
                    "i læreren sin. Hun vil at de voksne skal hjelpe henne med friminuttene, men "
                    "vil ikke at hele klassen skal vite om det."
                ),
                recorded_by=nurse.name,
            )
        )
        move = m.PhaseDecision(
            case_id=case.id,
            kind=m.PhaseDecisionKind.MOVE,
            from_phase=m.Phase.BEKYMRING,
            to_phase=m.Phase.VURDERING,
            decided_on=second.starts_at.date(),
            decided_by=nurse.name,
            reason="Tiltakene har hjulpet noe, men angst og søvnvansker bør utredes av BUP.",
            meeting_id=second.id,
        )
        case.phase_decisions.append(move)
        case.referrals.append(
            m.Referral(
                case_id=case.id,
                target=m.ReferralTarget.BUP,
                checklist=frozenset(
                    {
                        m.ChecklistItem.FIELDS_FILLED,
                        m.ChecklistItem.CONCRETE_QUESTIONS,
                        m.ChecklistItem.HEALTH_ASSESSMENT,
                        m.ChecklistItem.DOCUMENTATION_WITH_CONSENT,
                    }
                ),
                checklist_notes="Ingen ansvarsgruppe eller individuell plan ennå.",
                referred_on=None,  # the GP is writing it (see the action)
                referred_by=doctor.name,
                meeting_id=second.id,
            )
        )
        uow.flush()
        case.notifications.extend(
            [
                m.Notification(
                    case_id=case.id,
                    reason=m.NotificationReason.PHASE_CHANGED,
                    created_on=move.decided_on,
                    recipient_service_id=school.id,
                    recipient_text="Kontaktlærer (meldte bekymringen)",
                    phase_decision_id=move.id,
                    done_on=move.decided_on + dt.timedelta(days=1),
                    done_by=nurse.name,
                    note="Orientert på telefon.",
                ),
                m.Notification(
                    case_id=case.id,
                    reason=m.NotificationReason.PHASE_CHANGED,
                    created_on=move.decided_on,
                    recipient_service_id=gp.id,
                    recipient_text="Fastlegen (skal henvise)",
                    phase_decision_id=move.id,
                ),
            ]
        )

        covered_by_mother = [hs, ppt, school, bup, gp]
        covered_by_father = [hs, ppt, bup, gp]  # father leaves the school out
        all_purposes = frozenset(m.ConsentPurpose)
        for guardian, covered in ((mother, covered_by_mother), (father, covered_by_father)):
            case.consents.append(
                m.Consent(
                    case_id=case.id,
                    given_by_id=guardian.id,
                    purposes=all_purposes,
                    form=m.ConsentForm.WRITTEN,
                    given_on=case.opened_on,
                    recorded_by=nurse.name,
                    valid_until=case.opened_on + dt.timedelta(days=365),
                    scopes=[m.ConsentScope(service_id=s.id) for s in covered if s.id],
                )
            )
        uow.commit()
        assert case.id is not None
        return DemoResult(case.id, created=True)
