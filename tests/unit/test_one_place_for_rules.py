"""Each rule lives in one place, and every screen and service asks it.

* the limits of text and dates are domain/validation.py's: the services check them
  and the forms' fields hold no longer text than the rule allows;
* «consent missing» is domain/consent.py's: ``may_receive`` and ``consent_gap``
  give the same answer for every service and purpose.

Changing a limit in domain/validation.py must change it everywhere: the tests
move the limit and check that the services follow, which fails for a copy.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from familiemote.domain import consent as consent_rules
from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.domain.errors import ValidationCode, ValidationError
from familiemote.services import actions, cases, consent, meetings
from familiemote.services.meetings import MeetingPlan, ParticipantInput
from tests.support.fake_uow import FakeStore, FakeUnitOfWork

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 22)
P = m.ParticipantKind


def _world() -> tuple[FakeStore, int, int, int, int]:
    """A case whose family (mother and father) consented for the health station;
    returns the store, the case, the health station, its nurse and the school."""
    store = FakeStore()
    school = store.add_service("Skolen", m.ServiceKind.SKOLE, m.ServiceLevel.MUNICIPAL)
    hs = store.add_service("Helsestasjonen", m.ServiceKind.HELSESTASJON, m.ServiceLevel.MUNICIPAL)
    nurse = store.add_professional("Hanne Helsesykepleier", hs)
    case_id = cases.create_case(
        FakeUnitOfWork(store),
        cases.NewCase(
            "Ida",
            2016,
            concern_service_id=school,
            initiating_service_id=hs,
            coordinator_id=nurse,
            family=(
                cases.NewFamilyMember("Kari", m.Relation.MOTHER, True),
                cases.NewFamilyMember("Ola", m.Relation.FATHER, True),
            ),
        ),
        TODAY - dt.timedelta(days=120),
    )
    return store, case_id, hs, nurse, school


def _consent(store: FakeStore, case_id: int, by: int, *service_ids: int) -> None:
    consent.record_consent(
        FakeUnitOfWork(store),
        case_id,
        consent.NewConsent(
            given_by_id=by,
            service_ids=service_ids,
            purposes=frozenset({m.ConsentPurpose.SHARE_BETWEEN_SERVICES}),
            form=m.ConsentForm.WRITTEN,
            given_on=TODAY - dt.timedelta(days=10),
            recorded_by="Hanne Helsesykepleier",
        ),
        TODAY,
    )


def _years_ahead(years: int) -> dt.date:
    return TODAY.replace(year=TODAY.year + years)


def _plan(nurse: int, day: dt.date) -> MeetingPlan:
    return MeetingPlan(
        kind=m.MeetingKind.FAMILY,
        starts_at=dt.datetime.combine(day, dt.time(9, 0)),
        place="Helsestasjonen",
        participants=(
            ParticipantInput(
                P.PROFESSIONAL,
                professional_id=nurse,
                roles=frozenset({m.Role.LEADER}),
                receives_information=False,
            ),
        ),
    )


@pytest.mark.parametrize("years", [v.DATE_YEARS, 2])
def test_a_meeting_and_an_action_deadline_share_one_date_limit(
    years: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The meeting planner and the actions check the same «within N years» rule:
    with the rule moved to 2 years, both refuse at 3 and take 2."""
    monkeypatch.setattr(v, "DATE_YEARS", years)
    store, case_id, hs, nurse, _school = _world()
    uow = FakeUnitOfWork(store)
    with pytest.raises(ValidationError) as meeting_far:
        meetings.plan_meeting(uow, case_id, _plan(nurse, _years_ahead(years + 1)), TODAY)
    assert (meeting_far.value.code, meeting_far.value.limit) == (
        ValidationCode.DATE_OUT_OF_RANGE,
        years,
    )
    meetings.plan_meeting(uow, case_id, _plan(nurse, _years_ahead(years)), TODAY)
    with pytest.raises(ValidationError) as action_far:
        actions.agree_action(
            uow,
            case_id,
            actions.NewAction("Samtaler med Ida", hs, nurse, due_date=_years_ahead(years + 1)),
            TODAY,
        )
    assert (action_far.value.field, action_far.value.code, action_far.value.limit) == (
        "due_date",
        ValidationCode.DATE_OUT_OF_RANGE,
        years,
    )
    actions.agree_action(
        uow,
        case_id,
        actions.NewAction("Samtaler med Ida", hs, nurse, due_date=_years_ahead(years)),
        TODAY,
    )
    assert [a.due_date for a in store.cases[case_id].actions] == [_years_ahead(years)]


def test_consent_missing_has_one_answer_for_every_service_and_purpose() -> None:
    """«May the service receive information?» and «what consent is missing?» agree:
    no consent, one guardian's, both guardians'."""
    store, case_id, hs, _nurse, school = _world()
    mother, father = (f.id for f in store.cases[case_id].family_members)
    assert mother is not None and father is not None
    seen: list[tuple[bool, bool]] = []
    for consented_by in ((), (mother,), (mother, father)):
        for by in consented_by[-1:]:
            _consent(store, case_id, by, hs)
        case = store.cases[case_id]
        for service_id in (hs, school):
            for purpose in m.ConsentPurpose:
                may = consent_rules.may_receive(
                    case, service_id, TODAY, consent_rules.DEFAULT_AGE_SETTINGS, purpose
                )
                gap = consent_rules.consent_gap(
                    case, service_id, TODAY, consent_rules.DEFAULT_AGE_SETTINGS, purpose
                )
                assert may == (gap is None), (consented_by, service_id, purpose, gap)
        seen.append(
            (
                consent_rules.may_receive(store.cases[case_id], hs, TODAY),
                consent_rules.may_receive(store.cases[case_id], school, TODAY),
            )
        )
    # only both guardians' consent covers the health station; the school never
    assert seen == [(False, False), (False, False), (True, False)]


# -- the forms' fields ------------------------------------------------------------------

# A Designer form cannot name a constant: its limits are checked against the rule here.
DESIGNER_LIMITS = {
    ("case_editor_dialog.ui", "childNameEdit"): v.NAME_MAX,
    ("new_case_dialog.ui", "childNameEdit"): v.NAME_MAX,
}


@pytest.mark.parametrize(("form", "widget"), sorted(DESIGNER_LIMITS))
def test_designer_forms_hold_the_domain_limits(form: str, widget: str) -> None:
    tree = ET.parse(ROOT / "forms" / form)
    found = tree.find(f".//widget[@name='{widget}']/property[@name='maxLength']/number")
    assert found is not None and found.text is not None, (form, widget)
    assert int(found.text) == DESIGNER_LIMITS[(form, widget)], (form, widget)


def test_no_form_field_writes_its_own_text_limit() -> None:
    """A field's maximum length comes from the rule (``setMaxLength(v.NAME_MAX)``),
    never from a number typed again in the UI. Short input masks (a two-digit age, a
    one-letter answer, a date's ten characters) are shapes, not text limits."""
    literal = re.compile(r"setMaxLength\((\d+)\)")
    copies = []
    for path in sorted((ROOT / "familiemote" / "ui").rglob("*.py")):
        if path.parent.name == "forms":
            continue  # compiled from forms/*.ui, checked above
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for number in literal.findall(line):
                if int(number) > 10:
                    copies.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert copies == []
