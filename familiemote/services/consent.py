"""Use cases for consent: record, withdraw (never delete), the child's view, age
settings, anonymous consultations, the printable consent form and expiring consents.

Every function validates completely before it writes; a refused input leaves
the database as it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from familiemote.domain import consent as consent_rules
from familiemote.domain import model as m
from familiemote.domain import validation as v
from familiemote.domain.errors import (
    ConcurrentChangeError,
    NotFoundError,
    ValidationCode,
    ValidationError,
)
from familiemote.services import refusals
from familiemote.services.cases import NewFamilyMember, store_new_case
from familiemote.storage import guards
from familiemote.storage.uow import UnitOfWork

# -- age settings (app_settings) ---------------------------------------------------------

AGE_KEYS = {
    "heard_from": "consent.age.heard_from",
    "co_consents_from": "consent.age.co_consents_from",
    "consents_alone_from": "consent.age.consents_alone_from",
}


def _read_age_settings(uow: UnitOfWork) -> consent_rules.AgeSettings:
    rows = uow.settings.values(AGE_KEYS.values())
    defaults = consent_rules.DEFAULT_AGE_SETTINGS
    values: dict[str, int] = {}
    for attr, key in AGE_KEYS.items():
        try:
            values[attr] = int(rows[key]) if key in rows else getattr(defaults, attr)
        except ValueError:  # a hand-edited value that is no number: keep the default
            values[attr] = getattr(defaults, attr)
    found = consent_rules.AgeSettings(**values)
    return found if found.is_ordered() else defaults


def read_age_settings(uow: UnitOfWork) -> consent_rules.AgeSettings:
    """The age settings inside a unit of work the caller has open."""
    return _read_age_settings(uow)


def get_age_settings(uow: UnitOfWork) -> consent_rules.AgeSettings:
    """The municipality's age settings, or the defaults (7, 15, 16) where none are stored."""
    with uow:
        return _read_age_settings(uow)


def save_age_settings(uow: UnitOfWork, settings: consent_rules.AgeSettings) -> None:
    for attr in AGE_KEYS:
        value = getattr(settings, attr)
        if not 0 <= value <= 18:
            raise ValidationError(f"age_{attr}", ValidationCode.DATE_OUT_OF_RANGE, 18)
    if not settings.is_ordered():
        raise ValidationError("age_co_consents_from", ValidationCode.AGES_OUT_OF_ORDER)
    with uow:
        uow.settings.replace({key: str(getattr(settings, attr)) for attr, key in AGE_KEYS.items()})
        uow.commit()


# -- recording consent -------------------------------------------------------------------


@dataclass(frozen=True)
class NewConsent:
    """One person's consent: given by a guardian (``given_by_id``) or by the young person."""

    given_by_id: int | None
    service_ids: tuple[int, ...]  # the services it covers; every other is left out
    purposes: frozenset[m.ConsentPurpose]
    form: m.ConsentForm
    given_on: dt.date
    recorded_by: str
    valid_until: dt.date | None = None
    given_by_child: bool = False


def record_consent(uow: UnitOfWork, case_id: int, data: NewConsent, today: dt.date) -> int:
    """Store one consent with the services it covers; returns its id."""
    recorded_by = v.clean_name("consent_recorded_by", data.recorded_by)
    v.check_consent(
        data.given_by_id,
        data.given_by_child,
        data.given_on,
        data.valid_until,
        data.purposes,
        data.service_ids,
        today,
    )
    with uow:
        case = uow.cases.get(case_id)
        if data.given_by_child:
            settings = _read_age_settings(uow)
            if not consent_rules.who_must_be_asked(case, data.given_on, settings).child_consents:
                raise ValidationError("consent_given_by", ValidationCode.TOO_YOUNG)
        else:
            member = next((f for f in case.family_members if f.id == data.given_by_id), None)
            if member is None:
                raise NotFoundError("family_member", data.given_by_id or 0)
            if not member.is_guardian:
                raise ValidationError("consent_given_by", ValidationCode.NOT_A_GUARDIAN)
        for sid in dict.fromkeys(data.service_ids):
            uow.directory.service(sid)  # raises NotFoundError
        consent = m.Consent(
            case_id=case_id,
            given_by_id=data.given_by_id,
            given_by_child=data.given_by_child,
            purposes=frozenset(data.purposes),
            form=data.form,
            given_on=data.given_on,
            recorded_by=recorded_by,
            valid_until=data.valid_until,
            scopes=[m.ConsentScope(service_id=sid) for sid in dict.fromkeys(data.service_ids)],
        )
        case.consents.append(consent)
        uow.commit()
    assert consent.id is not None
    return consent.id


def withdraw_consent(
    uow: UnitOfWork,
    case_id: int,
    consent_id: int,
    withdrawn_on: dt.date,
    how: str,
    today: dt.date,
    service_id: int | None = None,
) -> None:
    """Withdraw a consent wholly, or for one service; recorded with its date, never deleted.

    ``how`` says how the withdrawal was communicated (required).
    """
    note = v.clean_text(
        "consent_withdrawal_note", how, max_len=v.WITHDRAWAL_NOTE_MAX, required=True, multiline=True
    )
    if withdrawn_on > today:
        raise ValidationError("consent_withdrawn_on", ValidationCode.DATE_IN_FUTURE)

    # Two users withdrawing at once: the consent's version and a conditional update
    # on the scope let one of them store it; the other is told it is already withdrawn.
    def attempt(store: bool) -> None:
        case = uow.cases.get(case_id)
        consent = next((c for c in case.consents if c.id == consent_id), None)
        if consent is None:
            raise NotFoundError("consent", consent_id)
        if withdrawn_on < consent.given_on:
            raise ValidationError("consent_withdrawn_on", ValidationCode.BEFORE_START)
        if consent.withdrawn_on is not None:
            raise ValidationError("consent_withdrawn_on", ValidationCode.ALREADY_WITHDRAWN)
        if service_id is None:
            if not store:
                return
            consent.withdrawn_on = withdrawn_on
            consent.withdrawal_note = note
            uow.commit()
            return
        scope = next((s for s in consent.scopes if s.service_id == service_id), None)
        if scope is None:
            raise NotFoundError("consent_scope", service_id)
        if scope.withdrawn_on is not None:
            raise ValidationError("consent_withdrawn_on", ValidationCode.ALREADY_WITHDRAWN)
        if not store:
            return
        if not uow.guards.claim(
            scope, ("withdrawn_on",), withdrawn_on=withdrawn_on, withdrawal_note=note
        ):
            raise ConcurrentChangeError(f"consent scope {scope.id} withdrawn meanwhile")
        uow.guards.touch(consent)
        uow.commit()

    guards.settle(uow, attempt, refusals.recorder(uow, case_id, "consents", consent_id))


def record_child_view(
    uow: UnitOfWork,
    case_id: int,
    text: str,
    recorded_on: dt.date,
    recorded_by: str,
    today: dt.date,
) -> int:
    """The child's own view, recorded apart from the guardians' consent («Trygg oppvekst» 2014)."""
    text = v.clean_text(
        "child_view_text", text, max_len=v.LONG_TEXT_MAX, required=True, multiline=True
    )
    recorded_by = v.clean_name("consent_recorded_by", recorded_by)
    if recorded_on > today:
        raise ValidationError("child_view_recorded_on", ValidationCode.DATE_IN_FUTURE)
    with uow:
        case = uow.cases.get(case_id)
        view = m.ChildView(
            case_id=case_id, recorded_on=recorded_on, text=text, recorded_by=recorded_by
        )
        case.child_views.append(view)
        uow.commit()
    assert view.id is not None
    return view.id


# -- anonymous consultation --------------------------------------------------------------


@dataclass(frozen=True)
class NewAnonymousCase:
    """A case discussed with no names at all («Trygg oppvekst» 2014): the child's age and
    the concern."""

    child_birth_year: int
    concern_summary: str = ""
    concern_by_family: bool = False
    concern_service_id: int | None = None
    initiating_service_id: int | None = None
    coordinator_id: int | None = None


def create_anonymous_case(uow: UnitOfWork, data: NewAnonymousCase, today: dt.date) -> int:
    """Store an anonymous consultation: no child's name, no family; returns its id."""
    year, _ = v.check_birth(data.child_birth_year, None, today)
    case = m.Case(
        child_first_name="",
        child_birth_year=year,
        anonymous=True,
        concern_by_family=data.concern_by_family,
        concern_service_id=data.concern_service_id,
        initiating_service_id=data.initiating_service_id,
        coordinator_id=data.coordinator_id,
        concern_summary=v.clean_text(
            "concern_summary", data.concern_summary, max_len=v.LONG_TEXT_MAX, multiline=True
        ),
        opened_on=today,
    )
    return store_new_case(uow, case)


@dataclass(frozen=True)
class NamedCase:
    """What an anonymous consultation needs to become a named case."""

    child_first_name: str
    child_birth_date: dt.date | None = None
    family: tuple[NewFamilyMember, ...] = ()


def name_anonymous_case(uow: UnitOfWork, case_id: int, data: NamedCase, today: dt.date) -> None:
    """Turn an anonymous consultation into a named case (the family has agreed to it).

    Consent is then recorded per guardian with :func:`record_consent`.
    """
    name = v.clean_name("child_first_name", data.child_first_name)
    family = [
        m.FamilyMember(
            name=v.clean_name(f"family[{i}].name", f.name),
            relation=f.relation,
            is_guardian=f.is_guardian,
            phone=v.clean_phone(f"family[{i}].phone", f.phone),
            email=v.clean_email(f"family[{i}].email", f.email),
        )
        for i, f in enumerate(data.family)
    ]
    with uow:
        case = uow.cases.get(case_id)
        if not case.anonymous:
            raise ValidationError("anonymous_case", ValidationCode.NOT_ANONYMOUS)
        year, birth_date = v.check_birth(
            None if data.child_birth_date else case.child_birth_year, data.child_birth_date, today
        )
        case.child_first_name = name
        case.child_birth_year = year
        case.child_birth_date = birth_date
        case.anonymous = False
        case.family_members.extend(family)
        coordinator = ""
        if case.coordinator_id is not None:
            coordinator = uow.directory.professional(case.coordinator_id).name
        case.refresh_search_text([coordinator])
        uow.commit()


# -- overview for the consent tab --------------------------------------------------------


@dataclass(frozen=True)
class ConsentOverview:
    """What the consent tab shows, computed once from the case and the age settings."""

    settings: consent_rules.AgeSettings
    asked: consent_rules.WhoIsAsked
    coverage: list[consent_rules.ServiceCoverage]
    statuses: dict[int, consent_rules.ConsentStatus]  # consent id -> status today
    history: list[consent_rules.ConsentEvent]
    attachments_allowed: bool  # referral checklist item 5
    referral_target: m.ReferralTarget | None  # the referral item 5 was judged for


def consent_overview(
    case: m.Case,
    today: dt.date,
    settings: consent_rules.AgeSettings,
    services: dict[int, m.Service] | None = None,
) -> ConsentOverview:
    """``services`` (the directory) lets item 5 be judged for the referral's own target."""
    target = case.referrals[-1].target if case.referrals else None
    target_ids = {
        sid
        for sid, s in (services or {}).items()
        if target is not None and s.kind.value == target.value
    }
    if target_ids:
        allowed = any(
            consent_rules.may_attach_documentation(case, today, sid, settings) for sid in target_ids
        )
    else:
        allowed = consent_rules.may_attach_documentation(case, today, settings=settings)
    return ConsentOverview(
        settings=settings,
        asked=consent_rules.who_must_be_asked(case, today, settings),
        coverage=consent_rules.coverage_table(case, today, settings=settings),
        statuses={c.id: consent_rules.consent_status(c, today) for c in case.consents if c.id},
        history=consent_rules.history(case),
        attachments_allowed=allowed,
        referral_target=target if target_ids else None,
    )


# -- the printable consent form (printed by the printing issue) -------------------------


@dataclass(frozen=True)
class FormService:
    id: int
    name: str
    level: m.ServiceLevel
    in_case: bool  # takes part in the case already (listed first)


@dataclass(frozen=True)
class FormSigner:
    """One block to sign: a guardian, or the young person."""

    name: str
    relation: m.Relation | None  # None for the young person
    is_child: bool


@dataclass(frozen=True)
class ConsentFormContent:
    """What one common consent form for all services says, decided from the case
    («Modellkommuneforsøket» 2015); printing.consent_form renders it.

    The form lists every service to tick (each may be left out, «Trygg oppvekst» 2014),
    every purpose to tick, and one signing block per person asked. ``child_heard``
    asks for a line saying the child's view was heard (from ``settings.heard_from``).
    """

    case_id: int
    child_first_name: str  # "" for an anonymous consultation: the form then has a blank
    child_birth_year: int
    child_birth_date: dt.date | None
    child_age: int
    services: tuple[FormService, ...]
    purposes: tuple[m.ConsentPurpose, ...]
    signers: tuple[FormSigner, ...]
    child_heard: bool
    child_consents: bool
    coordinator_name: str
    coordinator_service: str
    coordinator_phone: str
    settings: consent_rules.AgeSettings
    prepared_on: dt.date


def consent_form_data(
    uow: UnitOfWork, case_id: int, today: dt.date | None = None
) -> ConsentFormContent:
    today = today or dt.date.today()
    with uow:
        case = uow.cases.get(case_id)
        settings = _read_age_settings(uow)
        all_services = uow.directory.services()
        coordinator = (
            uow.directory.professional(case.coordinator_id) if case.coordinator_id else None
        )
        coordinator_service = (
            uow.directory.service(coordinator.service_id).name
            if coordinator is not None and coordinator.service_id is not None
            else ""
        )
    # the services working with the case: those the consent tab lists, the
    # coordinator's own and those responsible for an action
    extra = {a.responsible_service_id for a in case.actions if a.responsible_service_id}
    if coordinator is not None and coordinator.service_id is not None:
        extra.add(coordinator.service_id)
    in_case = {
        row.service_id
        for row in consent_rules.coverage_table(
            case, today, settings=settings, extra_services=extra
        )
    }
    services = sorted(
        (
            FormService(s.id, s.name, s.level, s.id in in_case)
            for s in all_services
            if s.id is not None
        ),
        key=lambda s: (not s.in_case, s.level != m.ServiceLevel.MUNICIPAL, s.name),
    )
    asked = consent_rules.who_must_be_asked(case, today, settings)
    signers = [
        FormSigner(g.name, g.relation, False)
        for g in case.guardians
        if asked.child_role is not consent_rules.ChildRole.CONSENTS_ALONE
    ]
    if asked.child_consents:
        signers.append(FormSigner(case.child_first_name, None, True))
    assert case.id is not None
    return ConsentFormContent(
        case_id=case.id,
        child_first_name=case.child_first_name,
        child_birth_year=case.child_birth_year,
        child_birth_date=case.child_birth_date,
        child_age=asked.age,
        services=tuple(services),
        purposes=tuple(m.ConsentPurpose),
        signers=tuple(signers),
        child_heard=asked.child_heard,
        child_consents=asked.child_consents,
        coordinator_name=coordinator.name if coordinator else "",
        coordinator_service=coordinator_service,
        coordinator_phone=coordinator.phone if coordinator else "",
        settings=settings,
        prepared_on=today,
    )


# -- expiring consents (for the follow-up overview) --------------------------------------


@dataclass(frozen=True)
class ExpiringConsent:
    """A consent on an open case that ends within two weeks or has ended, not yet renewed."""

    case_id: int
    child_first_name: str  # "" for an anonymous consultation
    consent_id: int
    given_by_name: str  # the guardian's name; "" when the young person gave it
    given_by_child: bool
    valid_until: dt.date
    status: consent_rules.ConsentStatus  # EXPIRING or EXPIRED
    days_left: int  # negative once expired


def expiring_consents(
    uow: UnitOfWork, today: dt.date, within_days: int = consent_rules.EXPIRY_WARNING_DAYS
) -> list[ExpiringConsent]:
    """Consents on open cases that expire within ``within_days`` or have expired unrenewed,
    soonest first."""
    with uow:
        return expiring_in(uow, today, within_days)


def expiring_in(
    uow: UnitOfWork, today: dt.date, within_days: int = consent_rules.EXPIRY_WARNING_DAYS
) -> list[ExpiringConsent]:
    """:func:`expiring_consents` inside a unit of work the caller has open."""
    last_day = today + dt.timedelta(days=within_days)
    out: list[ExpiringConsent] = []
    for case_id in uow.case_queries.with_consent_ending_by(last_day):
        case = uow.cases.get(case_id)
        for consent in case.consents:
            if consent.id is None or consent.valid_until is None:
                continue
            if (consent.valid_until - today).days > within_days:
                continue
            if not consent_rules.needs_renewal(case, consent, today):
                continue
            giver = next((f for f in case.family_members if f.id == consent.given_by_id), None)
            out.append(
                ExpiringConsent(
                    case_id=case_id,
                    child_first_name=case.child_first_name,
                    consent_id=consent.id,
                    given_by_name=giver.name if giver else "",
                    given_by_child=consent.given_by_child,
                    valid_until=consent.valid_until,
                    status=consent_rules.consent_status(consent, today),
                    days_left=(consent.valid_until - today).days,
                )
            )
    return sorted(out, key=lambda e: (e.valid_until, e.case_id, e.consent_id))
