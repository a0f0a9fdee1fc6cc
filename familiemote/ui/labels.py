"""Norwegian labels for the domain's enums (translatable, context "Labels")."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from familiemote.domain import model as m
from familiemote.domain.followup import FollowUpKind
from familiemote.domain.service_names import in_language
from familiemote.ui.language import ui_language

_LABELS: dict[Enum, Any] = {  # QT_TRANSLATE_NOOP is typed as object
    m.Phase.BEKYMRING: QT_TRANSLATE_NOOP("Labels", "Bekymring og tidlige tiltak"),
    m.Phase.VURDERING: QT_TRANSLATE_NOOP("Labels", "Vurdering og henvisning"),
    m.Phase.UTREDNING: QT_TRANSLATE_NOOP("Labels", "Utredning og diagnostikk"),
    m.Phase.BEHANDLING: QT_TRANSLATE_NOOP("Labels", "Behandling og pasientopplæring"),
    m.Phase.OPPFOLGING: QT_TRANSLATE_NOOP("Labels", "Oppfølging"),
    m.CaseStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Åpen"),
    m.CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Avsluttet"),
    m.Relation.MOTHER: QT_TRANSLATE_NOOP("Labels", "Mor"),
    m.Relation.FATHER: QT_TRANSLATE_NOOP("Labels", "Far"),
    m.Relation.GUARDIAN: QT_TRANSLATE_NOOP("Labels", "Foresatt"),
    m.Relation.STEP_PARENT: QT_TRANSLATE_NOOP("Labels", "Steforelder"),
    m.Relation.FOSTER_PARENT: QT_TRANSLATE_NOOP("Labels", "Fosterforelder"),
    m.Relation.GRANDPARENT: QT_TRANSLATE_NOOP("Labels", "Besteforelder"),
    m.Relation.SIBLING: QT_TRANSLATE_NOOP("Labels", "Søsken"),
    m.Relation.OTHER: QT_TRANSLATE_NOOP("Labels", "Annen"),
    m.MeetingKind.FAMILY: QT_TRANSLATE_NOOP("Labels", "Familiemøte"),
    m.MeetingKind.SUMMARY: QT_TRANSLATE_NOOP("Labels", "Oppsummerende møte"),
    m.MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planlagt"),
    m.MeetingStatus.HELD: QT_TRANSLATE_NOOP("Labels", "Gjennomført"),
    m.MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Avlyst"),
    m.Decision.REFER_BUP: QT_TRANSLATE_NOOP("Labels", "Henvise til BUP"),
    m.Decision.REFER_HABU: QT_TRANSLATE_NOOP("Labels", "Henvise til HABU"),
    m.Decision.OTHER_MEASURES: QT_TRANSLATE_NOOP("Labels", "Andre tiltak, ikke henvisning nå"),
    m.Decision.NEW_MEETING: QT_TRANSLATE_NOOP("Labels", "Nytt familiemøte"),
    m.Decision.CLOSE: QT_TRANSLATE_NOOP("Labels", "Avslutte saken"),
    m.ParticipantKind.CHILD: QT_TRANSLATE_NOOP("Labels", "Barnet"),
    m.ParticipantKind.FAMILY: QT_TRANSLATE_NOOP("Labels", "Familien"),
    m.ParticipantKind.PROFESSIONAL: QT_TRANSLATE_NOOP("Labels", "Tjeneste"),
    m.Attendance.INVITED: QT_TRANSLATE_NOOP("Labels", "Invitert"),
    m.Attendance.PRESENT: QT_TRANSLATE_NOOP("Labels", "Til stede"),
    m.Attendance.ABSENT_WITH_NOTICE: QT_TRANSLATE_NOOP("Labels", "Meldt forfall"),
    m.Attendance.ABSENT_WITHOUT_NOTICE: QT_TRANSLATE_NOOP("Labels", "Uteble uten å melde forfall"),
    m.Role.LEADER: QT_TRANSLATE_NOOP("Labels", "Møteleder"),
    m.Role.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "Kontaktperson"),
    m.Role.WRITER: QT_TRANSLATE_NOOP("Labels", "Referent"),
    m.ActionStatus.AGREED: QT_TRANSLATE_NOOP("Labels", "Avtalt"),
    m.ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "Pågår"),
    m.ActionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Utført"),
    m.ActionStatus.NOT_DONE: QT_TRANSLATE_NOOP("Labels", "Ikke utført"),
    m.ActionStatus.HANDED_OVER: QT_TRANSLATE_NOOP("Labels", "Overlevert"),
    m.ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Avlyst"),
    m.ConsentPurpose.FAMILY_MEETING: QT_TRANSLATE_NOOP("Labels", "Delta i familiemøtet"),
    m.ConsentPurpose.SHARE_BETWEEN_SERVICES: QT_TRANSLATE_NOOP(
        "Labels", "Dele opplysninger mellom tjenestene"
    ),
    m.ConsentPurpose.REFERRAL_ATTACHMENTS: QT_TRANSLATE_NOOP(
        "Labels", "Legge ved dokumentasjon til henvisning"
    ),
    m.ConsentPurpose.INTERDISCIPLINARY_TEAM: QT_TRANSLATE_NOOP(
        "Labels", "Drøfte saken i tverrfaglig team"
    ),
    m.ConsentForm.WRITTEN: QT_TRANSLATE_NOOP("Labels", "Skriftlig"),
    m.ConsentForm.ORAL: QT_TRANSLATE_NOOP("Labels", "Muntlig"),
    m.ReviewOutcome.DONE: QT_TRANSLATE_NOOP("Labels", "Utført"),
    m.ReviewOutcome.CONTINUED: QT_TRANSLATE_NOOP("Labels", "Fortsetter"),
    m.ReviewOutcome.CHANGED: QT_TRANSLATE_NOOP("Labels", "Endret"),
    m.ReviewOutcome.HANDED_OVER: QT_TRANSLATE_NOOP("Labels", "Overlevert"),
    m.ReviewOutcome.NOT_DONE: QT_TRANSLATE_NOOP("Labels", "Ikke utført"),
    m.ReviewOutcome.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Avlyst"),
    m.NotificationReason.PHASE_CHANGED: QT_TRANSLATE_NOOP("Labels", "Saken har skiftet fase"),
    m.NotificationReason.CASE_CLOSED: QT_TRANSLATE_NOOP("Labels", "Saken er avsluttet"),
    FollowUpKind.ACTION_OVERDUE: QT_TRANSLATE_NOOP("Labels", "Tiltak over fristen"),
    FollowUpKind.ACTION_DUE_SOON: QT_TRANSLATE_NOOP("Labels", "Tiltak med frist snart"),
    FollowUpKind.REVIEW_DUE: QT_TRANSLATE_NOOP("Labels", "Ny vurdering av tiltak"),
    FollowUpKind.HANDOVER_PENDING: QT_TRANSLATE_NOOP("Labels", "Overlevering venter"),
    FollowUpKind.MEETING_NO_DECISION: QT_TRANSLATE_NOOP("Labels", "Møte uten skrevet beslutning"),
    FollowUpKind.EPIKRISE_DUE: QT_TRANSLATE_NOOP("Labels", "Epikrise ikke sendt"),
    FollowUpKind.NOTIFICATION_OPEN: QT_TRANSLATE_NOOP("Labels", "Gi beskjed til henviser"),
    FollowUpKind.CONSENT_EXPIRING: QT_TRANSLATE_NOOP("Labels", "Samtykke utløper snart"),
    FollowUpKind.CONSENT_EXPIRED: QT_TRANSLATE_NOOP("Labels", "Samtykke utløpt"),
    FollowUpKind.ACTION_OPEN: QT_TRANSLATE_NOOP("Labels", "Tiltak som pågår"),
    FollowUpKind.MEETING_PLANNED: QT_TRANSLATE_NOOP("Labels", "Planlagt møte"),
}


def service_label(name: str) -> str:
    """A service's name as the user reads it (a preset name in nynorsk when the app is)."""
    return in_language(ui_language(), name)


def label(member: Enum) -> str:
    """The user's word for an enum member."""
    return QCoreApplication.translate("Labels", _LABELS[member])  # i18n: marked


def phase_title(phase: m.Phase) -> str:
    return QCoreApplication.translate("Labels", "Fase {n} av 5: {name}").format(
        n=phase.number, name=label(phase)
    )


def all_labelled(enum: type[Enum]) -> list[Enum]:
    return [member for member in enum if member in _LABELS]
