"""Recording consent: a guardian's or the young person's consent, its withdrawal (wholly
or for one service; recorded, never deleted), and the child's own view."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

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
from familiemote.services.audit import record_in
from familiemote.services.consent.settings import read_age_settings
from familiemote.storage import guards
from familiemote.storage.uow import UnitOfWork

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


@dataclass(frozen=True)
class NowInformed:
    """A meeting still planned where services now receive information, because the
    consent just recorded covers them (they could only discuss the case anonymously
    there until now)."""

    meeting_id: int
    kind: m.MeetingKind
    starts_at: dt.datetime
    service_ids: tuple[int, ...]


@dataclass(frozen=True)
class RecordedConsent:
    """A consent stored, and what it changed in the case's planned meetings."""

    consent_id: int
    now_informed: tuple[NowInformed, ...] = ()


# the history's event for what a consent changed in the planned meetings
MEETINGS_EVENT = "consent_meetings"


def record_consent(uow: UnitOfWork, case_id: int, data: NewConsent, today: dt.date) -> int:
    """Store one consent with the services it covers; returns its id
    (:func:`record_consent_telling` also says what it changed in the meetings)."""
    return record_consent_telling(uow, case_id, data, today).consent_id


def record_consent_telling(
    uow: UnitOfWork, case_id: int, data: NewConsent, today: dt.date
) -> RecordedConsent:
    """Store one consent with the services it covers, and say what it changed.

    A service the case could only be discussed with anonymously until now receives
    information in the case's meetings still planned, as the planner would have
    ticked it with this consent; a held or cancelled meeting keeps what it was (its
    history). Each such meeting is returned, so that the nurse is told, and the
    change is recorded in the case's history as one event in the same transaction
    (:data:`MEETINGS_EVENT`: the consent, the meetings, the services, the participants).
    """
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
            settings = read_age_settings(uow)
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
        settings = read_age_settings(uow)
        purpose = m.ConsentPurpose.SHARE_BETWEEN_SERVICES
        before = consent_rules.services_covered(case, purpose, today, settings)
        case.consents.append(consent)
        newly = consent_rules.services_covered(case, purpose, today, settings) - before
        changed = _opened_meetings(case, newly)
        for _meeting, opened in changed:
            for p in opened:
                p.receives_information = True
        if changed:
            uow.flush()  # the changes first: in the history the event follows them
            record_in(
                uow,
                case_id,
                MEETINGS_EVENT,
                {
                    "consent_id": consent.id,
                    "meeting_ids": [mt.id for mt, _ps in changed],
                    "service_ids": [
                        sorted({p.service_id for p in ps if p.service_id is not None})
                        for _mt, ps in changed
                    ],
                    "participant_ids": [p.id for _mt, ps in changed for p in ps],
                },
            )
        uow.commit()
    assert consent.id is not None
    return RecordedConsent(consent.id, _informed(changed))


def _opened_meetings(
    case: m.Case, newly: set[int]
) -> list[tuple[m.Meeting, list[m.Participant]]]:
    """The meetings still planned, by time, with their participants of the services in
    ``newly`` who do not receive information yet."""
    out = []
    for meeting in sorted(case.meetings, key=lambda mt: mt.starts_at):
        if meeting.status != m.MeetingStatus.PLANNED:
            continue
        opened = [
            p for p in meeting.participants if p.service_id in newly and not p.receives_information
        ]
        if opened:
            out.append((meeting, opened))
    return out


def _informed(changed: list[tuple[m.Meeting, list[m.Participant]]]) -> tuple[NowInformed, ...]:
    return tuple(
        NowInformed(
            meeting.id or 0,
            meeting.kind,
            meeting.starts_at,
            tuple(dict.fromkeys(p.service_id for p in opened if p.service_id is not None)),
        )
        for meeting, opened in changed
    )


def consent_would_inform(
    case: m.Case, data: NewConsent, today: dt.date, settings: consent_rules.AgeSettings
) -> tuple[NowInformed, ...]:
    """What :func:`record_consent_telling` would change in the meetings still planned if
    ``data`` were recorded now (for the consent form to say before it is saved). Reads
    ``case`` only; nothing is stored."""
    consent = m.Consent(
        case_id=case.id or 0,
        given_by_id=data.given_by_id,
        given_by_child=data.given_by_child,
        purposes=frozenset(data.purposes),
        form=data.form,
        given_on=data.given_on,
        recorded_by=data.recorded_by,
        valid_until=data.valid_until,
        scopes=[m.ConsentScope(service_id=sid) for sid in dict.fromkeys(data.service_ids)],
    )
    purpose = m.ConsentPurpose.SHARE_BETWEEN_SERVICES
    before = consent_rules.services_covered(case, purpose, today, settings)
    with_it = cast(m.Case, _WithConsent(case, consent))
    newly = consent_rules.services_covered(with_it, purpose, today, settings) - before
    return _informed(_opened_meetings(case, newly))


class _WithConsent:
    """The case as it would read with one consent more; the case itself is not touched
    (it may be a record the window shows)."""

    def __init__(self, case: m.Case, consent: m.Consent) -> None:
        self._case = case
        self.consents = [*case.consents, consent]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._case, name)


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
