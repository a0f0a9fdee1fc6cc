"""The history tab: what was changed in the case, when and by whom, newest first.

Read from the audit trail (services/audit.py), only this case's entries, a page
(200) at a time with «Vis eldre». Opening the tab runs the quick check (from the
last verified checkpoint: a few rows, not all history); a longer unverified tail,
or «Kontroller hele historikken», runs the full check in a worker thread with a
progress bar and «Avbryt». When the trail does not verify, a banner says so in
words (not by colour alone) and what to do.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections import Counter
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain.errors import DomainError
from familiemote.messages import error_text
from familiemote.services import audit as audit_service
from familiemote.services import me as me_service
from familiemote.services import transfer
from familiemote.services.cases import CaseDetail
from familiemote.storage.audit import AuditProblem, AuditProblemCode
from familiemote.ui import history_words
from familiemote.ui.labels import label
from familiemote.ui.panels.base import CasePanel
from familiemote.ui.widgets import heading, read_only_table, text_label

CONTEXT = "History"
MAX_VALUE_CHARS = 120
PAGE_SIZE = 200
log = logging.getLogger(__name__)

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
    # services/actions.py: another user's change to the same action came first
    "refused": QT_TRANSLATE_NOOP(
        "History", "ikke lagret: en annen hadde nettopp lagret en endring av det samme"
    ),
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
    "review_date": QT_TRANSLATE_NOOP("History", "Ny vurdering"),
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
    "action_ids": QT_TRANSLATE_NOOP("History", "Vurdering av tiltak nr."),
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
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%d.%m.%Y kl. %H.%M")


# Openings of the case are many: listed under «Hvem har sett saken …» (ui/case_access.py).
LISTED_ELSEWHERE = frozenset({"open"})


class FullCheck(QObject):
    """The whole trail checked in a worker thread; cancellable.

    Signals:
        progressed(int, int): entries checked so far, and in all.
        finished(object): the AuditReport, None when cancelled, or the DomainError.
    """

    progressed = Signal(int, int)
    finished = Signal(object)

    def __init__(self, uow_factory: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.uow_factory = uow_factory
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="audit-full-check", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _emit(self, signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the panel (and this object) is gone: nobody to tell
            self._cancel.set()

    def _run(self) -> None:
        result: object
        try:
            result = audit_service.check_audit_trail(
                self.uow_factory(),
                progress=lambda done, total: self._emit(self.progressed, done, total),
                cancelled=self._cancel.is_set,
            )
        except audit_service.Cancelled:
            result = None
        except DomainError as err:
            result = err
        except Exception as exc:  # a bug: logged with its traceback, told as a failed check
            log.exception("the audit trail check failed")
            result = exc
        self._emit(self.finished, result)


def problem_lines(problems: list[AuditProblem]) -> list[str]:
    """What the problems mean, one sentence per kind."""
    kinds = Counter(p.code for p in problems)
    first = {p.code: p.entry_id for p in reversed(problems)}
    lines = []
    changed = kinds[AuditProblemCode.WRONG_HASH] + kinds[AuditProblemCode.BROKEN_LINK]
    if changed:
        lines.append(
            QCoreApplication.translate(
                CONTEXT,
                "%n oppføringer i loggen er endret eller fjernet utenfor Familiemøte.",
                None,
                changed,
            )
        )
    if kinds[AuditProblemCode.FORGED]:
        lines.append(
            QCoreApplication.translate(
                CONTEXT,
                "%n oppføringer mangler Familiemøtes segl: de er lagt inn eller skrevet om "
                "utenfor programmet og kan være forfalsket.",
                None,
                kinds[AuditProblemCode.FORGED],
            )
        )
    if kinds[AuditProblemCode.NEWEST_REMOVED]:
        lines.append(
            tr(
                "De nyeste oppføringene er fjernet: nr. {id} fantes da historikken sist ble "
                "kontrollert på denne maskinen, men finnes ikke lenger."
            ).format(id=first[AuditProblemCode.NEWEST_REMOVED])
        )
    rewritten = kinds[AuditProblemCode.REWRITTEN] + kinds[AuditProblemCode.EARLIER_REMOVED]
    if rewritten:
        entry = first.get(AuditProblemCode.REWRITTEN, first.get(AuditProblemCode.EARLIER_REMOVED))
        lines.append(
            tr(
                "Historikken er skrevet om eller har fått oppføringer fjernet: fram til nr. {id} "
                "stemmer den ikke med det som ble kontrollert tidligere."
            ).format(id=entry)
        )
    if kinds[AuditProblemCode.PROTECTION_RESTORED]:
        lines.append(
            tr(
                "Vernet i databasen som hindrer endring av historikken var fjernet. "
                "Familiemøte har satt det på igjen."
            )
        )
    if kinds[AuditProblemCode.PROTECTION_MISSING]:
        lines.append(
            tr(
                "Vernet i databasen som hindrer endring av historikken mangler, og din "
                "pålogging har ikke rett til å sette det på igjen. Be IT kjøre "
                "«familiemote migrate --grant-to …» for databasen på nytt."
            )
        )
    return lines


def _chain_broken(problems: list[AuditProblem]) -> bool:
    protection = {AuditProblemCode.PROTECTION_RESTORED, AuditProblemCode.PROTECTION_MISSING}
    return any(p.code not in protection for p in problems)


def banner_text(problems: list[AuditProblem], tampered_rows: int = 0) -> str:
    """The warning for what a check found, with what to do; "" when all is well."""
    if not problems and not tampered_rows:
        return ""
    if tampered_rows or _chain_broken(problems):
        head = tr("⚠ Advarsel: historikken stemmer ikke, så den kan ikke stoles på.")
    else:
        head = tr("⚠ Advarsel: vernet av historikken har vært slått av.")
    lines = [head, *problem_lines(problems)]
    if tampered_rows:
        lines.append(
            tr("{n} av oppføringene som vises her, er endret (merket ⚠).").format(n=tampered_rows)
        )
    lines.append(
        tr(
            "Hva du gjør: kontakt IT eller personvernombudet før du gjør flere endringer. "
            "En sikkerhetskopi fra før endringen viser hva som stod der."
        )
    )
    return "\n".join(lines)


class HistoryPanel(CasePanel):
    """Every recorded change and event for the open case.

    Built when the tab is shown, not with the rest of the case: opening a case (and
    every save, which reloads it) costs nothing here until the user looks.
    """

    check: FullCheck | None = None
    _stale = False

    def show_case(self, detail: CaseDetail, today: dt.date) -> None:
        self.detail, self.today = detail, today
        self._stale = not self.isVisible()
        if not self._stale:
            super().show_case(detail, today)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.detail is not None:
            self._stale = False
            super().show_case(self.detail, self.today)
        elif self.detail is not None:
            self.refresh_if_recorded()

    def build(self, d: CaseDetail, layout: QVBoxLayout) -> None:
        # a rebuild of the same case (after a save) keeps the older entries read so far
        loaded = (
            len(getattr(self, "_entries", ())) if getattr(self, "case_id", None) == d.case.id else 0
        )
        self.banner: QLabel | None = None
        self.table: QTableWidget | None = None
        self._rows: list[tuple[str, str, str]] = []
        self._topics: list[history_words.Topic] = []
        self._entries: list[audit_service.HistoryEntry] = []  # read so far, newest first
        self._worded: dict[int, tuple[tuple[str, str, str], history_words.Topic, bool]] = {}
        self._newest: int | None = None
        self._oldest: int | None = None
        self._tampered_rows = 0
        self._problems: list[AuditProblem] = []
        if d.case.id is None:
            return
        self.case_id = d.case.id
        try:
            self._names = history_words.Names.of(d, me_service.user_names(self.uow_factory()))
            page = audit_service.case_history_page(
                self.uow_factory(),
                d.case.id,
                limit=max(PAGE_SIZE, loaded),
                skip_actions=LISTED_ELSEWHERE,
            )
            report = audit_service.quick_check_audit_trail(self.uow_factory())
        except DomainError as err:
            layout.addWidget(text_label(error_text(err)))
            return
        self.banner_box = QVBoxLayout()
        layout.addLayout(self.banner_box)
        layout.addWidget(heading(self.tr("Historikk")))
        layout.addWidget(
            text_label(
                self.tr(
                    "Alt som er lagret, skrevet ut eller eksportert i saken, nyeste først. "
                    "Historikken kan ikke endres."
                )
            )
        )
        layout.addLayout(self._check_row())
        layout.addLayout(self._filter_row())
        self.table_box = QVBoxLayout()
        layout.addLayout(self.table_box)
        self.older_button = QPushButton(self.tr("Vis el&dre"))
        self.older_button.setObjectName("historyOlder")
        self.older_button.clicked.connect(self.show_older)
        layout.addWidget(self.older_button)
        self._add_page(page)
        if not self._rows:
            self.table_box.addWidget(text_label(self.tr("Ingenting er registrert ennå.")))
        self._show_report(report)
        if self.check is not None and self.check.running:
            self._show_running()
        elif report.pending:
            self.start_full_check()

    # -- the check ------------------------------------------------------------------

    def _check_row(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.status_label = text_label("")
        self.status_label.setObjectName("auditStatus")
        box.addWidget(self.status_label)
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("auditProgress")
        self.progress.setAccessibleName(self.tr("Kontroll av historikken"))
        self.progress.setVisible(False)
        row.addWidget(self.progress, 1)
        # every opening of the case is logged, listed there (not one row per opening here)
        self.looked_button = QPushButton(self.tr("Hv&em har sett saken …"))
        self.looked_button.setObjectName("historyLooked")
        self.looked_button.clicked.connect(self.show_read_log)
        row.addWidget(self.looked_button)
        self.cancel_button = QPushButton(self.tr("Av&bryt kontrollen"))
        self.cancel_button.setObjectName("auditCancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_full_check)
        row.addWidget(self.cancel_button)
        self.full_button = QPushButton(self.tr("Ko&ntroller hele historikken"))
        self.full_button.setObjectName("auditFullCheck")
        self.full_button.setToolTip(
            self.tr(
                "Går gjennom hele loggen for alle saker fra første oppføring. "
                "Du kan arbeide videre mens den går."
            )
        )
        self.full_button.clicked.connect(self.start_full_check)
        row.addWidget(self.full_button)
        box.addLayout(row)
        return box

    def start_full_check(self) -> None:
        if self.check is not None and self.check.running:
            return
        self.check = FullCheck(self.uow_factory, self)
        self.check.progressed.connect(self._on_progress)
        self.check.finished.connect(self._on_finished)
        self._show_running()
        self.check.start()

    def cancel_full_check(self) -> None:
        if self.check is not None:
            self.check.cancel()
            self.status_label.setText(self.tr("Avbryter kontrollen …"))

    def _show_running(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.full_button.setEnabled(False)
        self.status_label.setText(
            self.tr("Kontrollerer hele historikken. Du kan arbeide videre så lenge.")
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v av %m oppføringer"))

    def _on_finished(self, result: object) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.full_button.setEnabled(True)
        if result is None:
            self.status_label.setText(
                self.tr("Kontrollen ble avbrutt. Historikken er kontrollert fram til forrige gang.")
            )
        elif isinstance(result, audit_service.AuditReport):
            self._show_report(result)
        elif isinstance(result, DomainError):
            self.status_label.setText(error_text(result))
        else:
            self.status_label.setText(
                self.tr("Kontrollen av historikken stoppet med en uventet feil. Prøv igjen.")
            )

    def _show_report(self, report: audit_service.AuditReport) -> None:
        problems = list(report.problems)
        self._problems = problems
        self._set_banner(problems, self._tampered_rows)
        if report.pending:
            self.status_label.setText(
                self.tr("%n nye oppføringer er ikke kontrollert ennå.", "", report.pending)
            )
        elif problems or self._tampered_rows:
            self.status_label.setText(self.tr("⚠ Historikken er kontrollert og stemmer ikke."))
        elif report.full:
            self.status_label.setText(
                self.tr(
                    "✓ Hele historikken er kontrollert: %n oppføringer stemmer.", "", report.total
                )
            )
        else:
            self.status_label.setText(self.tr("✓ Historikken er kontrollert og stemmer."))

    def _set_banner(self, problems: list[AuditProblem], tampered_rows: int) -> None:
        if self.banner is not None:
            self.banner.deleteLater()
            self.banner = None
        text = banner_text(problems, tampered_rows)
        if not text:
            return
        self.banner = text_label(text)
        self.banner.setObjectName("auditBanner")
        self.banner.setFrameShape(QFrame.Shape.Box)
        self.banner.setMargin(8)
        self.banner.setAccessibleName(text)
        self.banner_box.addWidget(self.banner)

    # -- the entries ----------------------------------------------------------------

    def show_read_log(self) -> None:
        from familiemote.ui.case_access import ReadLogDialog

        ReadLogDialog(self.uow_factory, self.case_id, self._names, self).exec()

    def _add_page(self, page: audit_service.HistoryPage) -> None:
        for entry in page.entries:
            worded = history_words.describe(entry, self._names)
            what = ("⚠ " if not entry.intact else "") + worded.sentence
            row = (local_time(entry.at), what, worded.details)
            self._worded[entry.id] = (row, worded.topic, entry.intact)
        self._entries.extend(page.entries)
        # what another entry's sentence says gets no row: judged on all entries read, so
        # that a consent and its services read on two pages fold as on one
        said = history_words.said_by_another(self._entries)
        shown = [self._worded[e.id] for e in self._entries if e.id not in said]
        self._rows = [row for row, _topic, _intact in shown]
        self._topics = [topic for _row, topic, _intact in shown]
        self._tampered_rows = sum(not intact for _row, _topic, intact in shown)
        if page.entries:
            self._oldest = page.entries[-1].id
            if self._newest is None:
                self._newest = page.entries[0].id
        self.older_button.setVisible(page.older)
        if not self._rows:
            return
        old: QWidget | None = self.table
        self.table = read_only_table(
            [self.tr("Tid"), self.tr("Hva skjedde"), self.tr("Endringer")],
            self._rows,
            self.tr("Historikk"),
            stretch=1,
        )
        self.table.setObjectName("historyTable")
        # the sentence and the changes share the width; both wrap (never one long line)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table_box.addWidget(self.table)
        if old is not None:
            old.hide()
            old.deleteLater()
        self.apply_filter()

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.topic = QComboBox()
        self.topic.setObjectName("historyTopic")
        for topic, text in history_words.TOPIC_LABELS.items():
            word = QCoreApplication.translate("HistoryWords", str(text))  # i18n: marked
            self.topic.addItem(word, topic)
        self.topic.currentIndexChanged.connect(lambda _i: self.apply_filter())
        shown = QLabel(self.tr("&Vis:"))
        shown.setBuddy(self.topic)
        self.topic.setAccessibleName(self.tr("Vis i historikken"))
        row.addWidget(shown)
        row.addWidget(self.topic)
        self.filter_count = QLabel()
        self.filter_count.setObjectName("historyCount")
        row.addWidget(self.filter_count)
        row.addStretch(1)
        return row

    def apply_filter(self) -> None:
        """Show the rows of the chosen topic (of the entries read so far)."""
        if self.table is None:
            return
        wanted = self.topic.currentData()
        shown = 0
        for row, topic in enumerate(self._topics):
            hide = wanted not in (None, history_words.Topic.ALL) and topic != wanted
            self.table.setRowHidden(row, hide)
            shown += not hide
        self.filter_count.setText(
            self.tr("{shown} av %n oppføringer", "", len(self._topics)).format(shown=shown)
        )

    def changeEvent(self, event: QEvent) -> None:
        """Back in the window after a print or an export (its dialog closed): read again."""
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isVisible()
            and self.isActiveWindow()
            and not getattr(self, "_stale", False)
        ):
            self.refresh_if_recorded()

    def refresh_if_recorded(self) -> None:
        """Read the history again when something was recorded since it was shown (a print)."""
        if self.detail is None or self.detail.case.id is None or self._newest is None:
            return
        try:
            page = audit_service.case_history_page(
                self.uow_factory(), self.detail.case.id, limit=1, skip_actions=LISTED_ELSEWHERE
            )
        except DomainError:
            return
        if page.entries and page.entries[0].id != self._newest:
            topic = self.topic.currentIndex()
            super().show_case(self.detail, self.today)
            self.topic.setCurrentIndex(topic)

    def show_older(self) -> None:
        if self.detail is None or self.detail.case.id is None or self._oldest is None:
            return
        try:
            page = audit_service.case_history_page(
                self.uow_factory(),
                self.detail.case.id,
                before_id=self._oldest,
                limit=PAGE_SIZE,
                skip_actions=LISTED_ELSEWHERE,
            )
        except DomainError as err:
            self.status_label.setText(error_text(err))
            return
        before = self._tampered_rows
        self._add_page(page)
        if self._tampered_rows != before:
            self._set_banner(self._problems, self._tampered_rows)
