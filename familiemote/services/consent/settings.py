"""The municipality's age settings: from which age the child is heard, consents with
its guardians, and consents alone (stored in app_settings)."""

from __future__ import annotations

from familiemote.domain import consent as consent_rules
from familiemote.domain.errors import (
    ValidationCode,
    ValidationError,
)
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
