"""Export and import of a whole case as a documented, versioned JSON file.

:mod:`.schema` is the format in code, :mod:`.export` writes it, :mod:`.parse` reads an
untrusted file and checks all of it, :mod:`.store` stores a checked file as a new case.
This package re-exports what callers use.

The format ("familiemote-case", version 1) is described field by field in
docs/export-format.md; :data:`CASE_FIELDS` and its siblings below are the same
description in code, and both the writer and the reader work from them, so the
two cannot drift apart.

Import validates the whole file before anything is written (format name,
version, JSON types, every text for length and control characters, every date
for range, every reference) and raises :class:`TransferError` naming the place
in the file; only then does it store everything in one transaction. Services
and professionals are matched by name and kind (professionals by name and
service) and created when missing. Exports and imports are recorded in the
audit trail.
"""

from familiemote.services.transfer.export import (
    build_export,
    dumps,
    export_case,
    export_case_to_file,
)
from familiemote.services.transfer.parse import (
    CaseFile,
    Entry,
    parse_case_file,
    quote,
)
from familiemote.services.transfer.schema import (
    ACTION_FIELDS,
    ADDED_LATER,
    CASE_FIELDS,
    CASE_LISTS,
    CHILD_VIEW_FIELDS,
    CONSENT_FIELDS,
    DATE_MAX,
    DATE_MIN,
    FAMILY_FIELDS,
    FORMAT_NAME,
    FORMAT_VERSION,
    HANDOVER_FIELDS,
    MAX_FILE_BYTES,
    MEETING_FIELDS,
    NOTIFICATION_FIELDS,
    PARTICIPANT_FIELDS,
    PHASE_DECISION_FIELDS,
    PROFESSIONAL_FIELDS,
    QUOTE_MAX,
    REF_MAX,
    REF_PREFIX,
    REFERRAL_FIELDS,
    REVIEW_FIELDS,
    SCOPE_FIELDS,
    SERVICE_FIELDS,
    Bool,
    Date,
    DateTime,
    Fields,
    Int,
    Kind,
    Nested,
    OneOf,
    Ref,
    SetOf,
    Text,
)
from familiemote.services.transfer.store import (
    ImportResult,
    import_case,
    import_case_file,
    store_case_file,
)

__all__ = [
    "ACTION_FIELDS",
    "ADDED_LATER",
    "CASE_FIELDS",
    "CASE_LISTS",
    "CHILD_VIEW_FIELDS",
    "CONSENT_FIELDS",
    "DATE_MAX",
    "DATE_MIN",
    "FAMILY_FIELDS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "HANDOVER_FIELDS",
    "MAX_FILE_BYTES",
    "MEETING_FIELDS",
    "NOTIFICATION_FIELDS",
    "PARTICIPANT_FIELDS",
    "PHASE_DECISION_FIELDS",
    "PROFESSIONAL_FIELDS",
    "QUOTE_MAX",
    "REFERRAL_FIELDS",
    "REF_MAX",
    "REF_PREFIX",
    "REVIEW_FIELDS",
    "SCOPE_FIELDS",
    "SERVICE_FIELDS",
    "Bool",
    "CaseFile",
    "Date",
    "DateTime",
    "Entry",
    "Fields",
    "ImportResult",
    "Int",
    "Kind",
    "Nested",
    "OneOf",
    "Ref",
    "SetOf",
    "Text",
    "build_export",
    "dumps",
    "export_case",
    "export_case_to_file",
    "import_case",
    "import_case_file",
    "parse_case_file",
    "quote",
    "store_case_file",
]
