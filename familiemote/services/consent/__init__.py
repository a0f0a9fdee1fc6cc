"""Use cases for consent: record, withdraw (never delete), the child's view, age
settings, anonymous consultations, the printable consent form and expiring consents.

Every function validates completely before it writes; a refused input leaves
the database as it was.

One module a group of use cases; everything is imported from here
(``from familiemote.services import consent``):

- :mod:`.settings`: the municipality's age settings;
- :mod:`.recording`: record and withdraw consent, the child's own view;
- :mod:`.anonymous`: anonymous consultations, and naming one;
- :mod:`.overview`: what the consent tab shows;
- :mod:`.form`: the printable consent form's content;
- :mod:`.expiring`: consents that expire or have expired unrenewed.
"""

from __future__ import annotations

from familiemote.services.consent.anonymous import (
    NamedCase,
    NewAnonymousCase,
    create_anonymous_case,
    name_anonymous_case,
)
from familiemote.services.consent.expiring import ExpiringConsent, expiring_consents, expiring_in
from familiemote.services.consent.form import (
    ConsentFormContent,
    FormService,
    FormSigner,
    consent_form_data,
)
from familiemote.services.consent.overview import ConsentOverview, consent_overview
from familiemote.services.consent.recording import (
    MEETINGS_EVENT,
    NewConsent,
    NowInformed,
    RecordedConsent,
    consent_would_inform,
    record_child_view,
    record_consent,
    record_consent_telling,
    withdraw_consent,
)
from familiemote.services.consent.settings import (
    AGE_KEYS,
    get_age_settings,
    read_age_settings,
    save_age_settings,
)

__all__ = [
    "AGE_KEYS",
    "MEETINGS_EVENT",
    "ConsentFormContent",
    "ConsentOverview",
    "ExpiringConsent",
    "FormService",
    "FormSigner",
    "NamedCase",
    "NewAnonymousCase",
    "NewConsent",
    "NowInformed",
    "RecordedConsent",
    "consent_form_data",
    "consent_overview",
    "consent_would_inform",
    "create_anonymous_case",
    "expiring_consents",
    "expiring_in",
    "get_age_settings",
    "name_anonymous_case",
    "read_age_settings",
    "record_child_view",
    "record_consent",
    "record_consent_telling",
    "save_age_settings",
    "withdraw_consent",
]
