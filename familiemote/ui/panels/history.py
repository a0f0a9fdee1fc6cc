"""The history tab: what was changed in the case, when and by whom, newest first.

Read from the audit trail (services/audit.py). When the trail's hash chain does
not verify, a banner says so in words (not by colour alone).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from familiemote.domain.errors import DomainError
from familiemote.messages import error_text
from familiemote.services import audit as audit_service
from familiemote.services import transfer
from familiemote.services.cases import CaseDetail
from familiemote.ui.labels import label
from familiemote.ui.panels.base import CasePanel
from familiemote.ui.widgets import heading, read_only_table, text_label

CONTEXT = "History"
MAX_VALUE_CHARS = 120

ENTITY_LABELS = {
    "cases": QT_TRANSLATE_NOOP("History", "Saken"),
    "family_members": QT_TRANSLATE_NOOP("History", "Familiemedlem"),
    "meetings": QT_TRANSLATE_NOOP("History", "Møte"),
    "participants": QT_TRANSLATE_NOOP("History", "Deltaker"),
    "actions": QT_TRANSLATE_NOOP("History", "Tiltak"),
    "action_handovers": QT_TRANSLATE_NOOP("History", "Overføring av ansvar"),
    "action_reviews": QT_TRANSLATE_NOOP("History", "Gjennomgang av tiltak"),
    "consents": QT_TRANSLATE_NOOP("History", "Samtykke"),
    "consent_scopes": QT_TRANSLATE_NOOP("History", "Tjeneste i samtykke"),
    "phase_decisions": QT_TRANSLATE_NOOP("History", "Beslutning om fase"),
    "referrals": QT_TRANSLATE_NOOP("History", "Henvisning"),
    "child_views": QT_TRANSLATE_NOOP("History", "Barnets syn"),
    "notifications": QT_TRANSLATE_NOOP("History", "Beskjed til henviser"),
}
ACTION_LABELS = {
    "insert": QT_TRANSLATE_NOOP("History", "lagt inn"),
    "update": QT_TRANSLATE_NOOP("History", "endret"),
    "delete": QT_TRANSLATE_NOOP("History", "slettet"),
    "print": QT_TRANSLATE_NOOP("History", "skrevet ut"),
    "export": QT_TRANSLATE_NOOP("History", "eksportert til fil"),
    "import": QT_TRANSLATE_NOOP("History", "lest inn fra fil"),
    "overwrite": QT_TRANSLATE_NOOP("History", "lagret over en annens samtidige endring"),
    "save_pdf": QT_TRANSLATE_NOOP("History", "lagret som PDF"),
    "backup": QT_TRANSLATE_NOOP("History", "tatt med i en sikkerhetskopi"),
    "calendar": QT_TRANSLATE_NOOP("History", "lagt i kalenderfil (.ics)"),
}
FIELD_LABELS = {
    "child_first_name": QT_TRANSLATE_NOOP("History", "Barnets fornavn"),
    "child_birth_year": QT_TRANSLATE_NOOP("History", "Fødselsår"),
    "child_birth_date": QT_TRANSLATE_NOOP("History", "Fødselsdato"),
    "phase": QT_TRANSLATE_NOOP("History", "Fase"),
    "status": QT_TRANSLATE_NOOP("History", "Status"),
    "concern_summary": QT_TRANSLATE_NOOP("History", "Bekymringen"),
    "closed_on": QT_TRANSLATE_NOOP("History", "Avsluttet"),
    "opened_on": QT_TRANSLATE_NOOP("History", "Åpnet"),
    "name": QT_TRANSLATE_NOOP("History", "Navn"),
    "relation": QT_TRANSLATE_NOOP("History", "Relasjon"),
    "is_guardian": QT_TRANSLATE_NOOP("History", "Foresatt"),
    "phone": QT_TRANSLATE_NOOP("History", "Telefon"),
    "email": QT_TRANSLATE_NOOP("History", "E-post"),
    "starts_at": QT_TRANSLATE_NOOP("History", "Tidspunkt"),
    "place": QT_TRANSLATE_NOOP("History", "Sted"),
    "attendance": QT_TRANSLATE_NOOP("History", "Oppmøte"),
    "roles": QT_TRANSLATE_NOOP("History", "Roller"),
    "description": QT_TRANSLATE_NOOP("History", "Beskrivelse"),
    "due_date": QT_TRANSLATE_NOOP("History", "Frist"),
    "review_date": QT_TRANSLATE_NOOP("History", "Evalueres"),
    "decision": QT_TRANSLATE_NOOP("History", "Beslutning"),
    "decision_text": QT_TRANSLATE_NOOP("History", "Beslutningen"),
    "given_on": QT_TRANSLATE_NOOP("History", "Gitt"),
    "withdrawn_on": QT_TRANSLATE_NOOP("History", "Trukket tilbake"),
    "valid_until": QT_TRANSLATE_NOOP("History", "Gyldig til"),
    "purposes": QT_TRANSLATE_NOOP("History", "Formål"),
    "note": QT_TRANSLATE_NOOP("History", "Merknad"),
    "text": QT_TRANSLATE_NOOP("History", "Tekst"),
    "document": QT_TRANSLATE_NOOP("History", "Dokument"),
    "file": QT_TRANSLATE_NOOP("History", "Fil"),
    "entity": QT_TRANSLATE_NOOP("History", "Gjelder"),
    "entity_id": QT_TRANSLATE_NOOP("History", "Nr."),
    "fields": QT_TRANSLATE_NOOP("History", "Felt"),
    "meeting_id": QT_TRANSLATE_NOOP("History", "Møte nr."),
    "meeting_ids": QT_TRANSLATE_NOOP("History", "Møter nr."),
    "action_ids": QT_TRANSLATE_NOOP("History", "Evaluering av tiltak nr."),
    "copies": QT_TRANSLATE_NOOP("History", "Antall"),
}
# The documents a print, a saved PDF or an export event names (services.audit.record_output).
DOCUMENT_LABELS = {
    "plan": QT_TRANSLATE_NOOP("History", "Oppfølgingsplan"),
    "plan_family_copy": QT_TRANSLATE_NOOP("History", "Oppfølgingsplan, familiens kopi"),
    "consent_form": QT_TRANSLATE_NOOP("History", "Samtykkeskjema"),
    "evaluation_form": QT_TRANSLATE_NOOP("History", "Vurderingsskjema"),
    "case_export": QT_TRANSLATE_NOOP("History", "Hele saken (eksportfil)"),
    "calendar": QT_TRANSLATE_NOOP("History", "Kalenderfil"),
    "database": QT_TRANSLATE_NOOP("History", "Hele databasen"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _enum_fields() -> dict[tuple[str, str], type[Enum]]:
    """(table, field) -> the enum it holds, from the export format's field lists."""
    tables = {
        "cases": transfer.CASE_FIELDS,
        "family_members": transfer.FAMILY_FIELDS,
        "meetings": transfer.MEETING_FIELDS,
        "participants": transfer.PARTICIPANT_FIELDS,
        "actions": transfer.ACTION_FIELDS,
        "action_handovers": transfer.HANDOVER_FIELDS,
        "action_reviews": transfer.REVIEW_FIELDS,
        "consents": transfer.CONSENT_FIELDS,
        "consent_scopes": transfer.SCOPE_FIELDS,
        "phase_decisions": transfer.PHASE_DECISION_FIELDS,
        "referrals": transfer.REFERRAL_FIELDS,
        "child_views": transfer.CHILD_VIEW_FIELDS,
        "notifications": transfer.NOTIFICATION_FIELDS,
    }
    out = {}
    for table, fields in tables.items():
        for _name, attr, kind in fields:
            if isinstance(kind, transfer.OneOf | transfer.SetOf):
                out[(table, attr)] = kind.enum
    return out


ENUM_FIELDS = _enum_fields()


def _enum_word(enum: type[Enum], value: Any) -> str:
    try:
        return label(enum(value))
    except (ValueError, KeyError):
        return str(value)


def format_value(entity: str, field: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return tr("ja") if value else tr("nei")
    if field == "document" and value in DOCUMENT_LABELS:
        return tr(str(DOCUMENT_LABELS[value]))  # i18n: marked
    if isinstance(value, list) and all(isinstance(v, int) for v in value):
        return ", ".join(str(v) for v in value)
    enum = ENUM_FIELDS.get((entity, field))
    if enum is not None:
        if isinstance(value, list):
            return ", ".join(_enum_word(enum, v) for v in value) or "–"
        return _enum_word(enum, value)
    if isinstance(value, str):
        for parse, fmt in ((dt.date.fromisoformat, "%d.%m.%Y"),):
            if len(value) == 10 and value[4:5] == "-":
                try:
                    return parse(value).strftime(fmt)
                except ValueError:
                    pass
        if len(value) in (16, 19) and value[10:11] == "T":
            try:
                return dt.datetime.fromisoformat(value).strftime("%d.%m.%Y %H:%M")
            except ValueError:
                pass
        text = " ".join(value.split())
        return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"
    return str(value)


def describe(entry: audit_service.HistoryEntry) -> tuple[str, str]:
    """(what happened, the field changes) in the user's words."""
    what = tr("{thing} {done}").format(
        thing=tr(str(ENTITY_LABELS.get(entry.entity, entry.entity))),  # i18n: marked
        done=tr(str(ACTION_LABELS.get(entry.action, entry.action))),  # i18n: marked
    )
    if not entry.readable:
        return what, tr("(innholdet kan ikke leses)")
    lines = []
    for change in entry.changes:
        name = tr(str(FIELD_LABELS.get(change.field, change.field)))  # i18n: marked
        before = format_value(entry.entity, change.field, change.before)
        after = format_value(entry.entity, change.field, change.after)
        if entry.action == "update":
            lines.append(f"{name}: {before} → {after}")
        elif entry.action == "delete":
            lines.append(f"{name}: {before}")
        else:
            lines.append(f"{name}: {after}")
    return what, "\n".join(lines)


def local_time(at: dt.datetime) -> str:
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%d.%m.%Y %H:%M")


class HistoryPanel(CasePanel):
    """Every recorded change and event for the open case."""

    def build(self, d: CaseDetail, layout: QVBoxLayout) -> None:
        self.banner: QLabel | None = None
        if d.case.id is None:
            return
        try:
            entries = audit_service.case_history(self.uow_factory(), d.case.id)
            problems = audit_service.verify_audit_trail(self.uow_factory())
        except DomainError as err:
            layout.addWidget(text_label(error_text(err)))
            return
        if problems:
            self.banner = text_label(
                self.tr(
                    "⚠ Advarsel: historikken stemmer ikke. {n} oppføringer i loggen er endret "
                    "eller fjernet utenfor Familiemøte, så historikken kan ikke stoles på. "
                    "Kontakt IT eller personvernombudet."
                ).format(n=len(problems))
            )
            self.banner.setObjectName("auditBanner")
            self.banner.setFrameShape(QFrame.Shape.Box)
            self.banner.setMargin(8)
            self.banner.setAccessibleName(self.banner.text())
            layout.addWidget(self.banner)
        layout.addWidget(heading(self.tr("Historikk")))
        layout.addWidget(
            text_label(
                self.tr(
                    "Alt som er lagret, skrevet ut eller eksportert i saken, nyeste først. "
                    "Historikken kan ikke endres."
                )
            )
        )
        rows = []
        for entry in entries:
            what, changes = describe(entry)
            rows.append((local_time(entry.at), entry.user_name, what, changes))
        if not rows:
            layout.addWidget(text_label(self.tr("Ingenting er registrert ennå.")))
            return
        self.table = read_only_table(
            [self.tr("Tid"), self.tr("Hvem"), self.tr("Hva"), self.tr("Endring")],
            rows,
            self.tr("Historikk"),
            stretch=3,
        )
        self.table.setObjectName("historyTable")
        layout.addWidget(self.table)
