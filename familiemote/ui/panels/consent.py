"""The consent tab: who may share what with whom, until when, and what was valid when.

Every state is said in words (and a symbol); the background colour only repeats it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import consent as rules
from familiemote.domain import model as m
from familiemote.domain.errors import DomainError
from familiemote.services import consent as consent_service
from familiemote.services.cases import CaseDetail
from familiemote.ui.case_list import format_date
from familiemote.ui.flow_layout import FlowLayout
from familiemote.ui.forms_base import FormDialog
from familiemote.ui.labels import label, service_label
from familiemote.ui.panels.base import CasePanel, snapshot
from familiemote.ui.widgets import heading, keep_rows_fitted, read_only_table, text_label

_BACKGROUND = {  # repeats the words; never the only sign
    rules.CoverageStatus.VALID: "#e3f1e3",
    rules.CoverageStatus.EXPIRING: "#fff1c9",
    rules.CoverageStatus.EXPIRED: "#f8dede",
    rules.CoverageStatus.WITHDRAWN: "#f8dede",
    rules.CoverageStatus.PARTIAL: "#f8dede",
    rules.CoverageStatus.NONE: "#eeeeee",
}


_SHORT_PURPOSE: dict[m.ConsentPurpose, Any] = {  # QT_TRANSLATE_NOOP is typed as object
    m.ConsentPurpose.FAMILY_MEETING: QT_TRANSLATE_NOOP("ConsentPanel", "familiemøtet"),
    m.ConsentPurpose.SHARE_BETWEEN_SERVICES: QT_TRANSLATE_NOOP("ConsentPanel", "deling"),
    m.ConsentPurpose.REFERRAL_ATTACHMENTS: QT_TRANSLATE_NOOP("ConsentPanel", "vedlegg"),
    m.ConsentPurpose.INTERDISCIPLINARY_TEAM: QT_TRANSLATE_NOOP("ConsentPanel", "tverrfaglig team"),
}


def purposes_text(purposes: frozenset[m.ConsentPurpose]) -> str:
    """All four purposes in two words; otherwise a short list."""
    if purposes == frozenset(m.ConsentPurpose):
        return _tr("alle fire formål")
    short = (_tr(_SHORT_PURPOSE[p]) for p in m.ConsentPurpose if p in purposes)  # i18n: marked
    return ", ".join(short) or "–"


def fit_table(table: QTableWidget, stretch: set[int]) -> QTableWidget:
    """Share the width among the long columns; rows grow with their wrapped text."""
    header = table.horizontalHeader()
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for c in range(table.columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if c in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(c, mode)

    keep_rows_fitted(table)
    return table


def _tr(text: str, n: int = -1) -> str:
    """The text in the language in use; with a count ``n``, its singular or plural."""
    return QCoreApplication.translate("ConsentPanel", text, None, n)


def party_name(detail: CaseDetail, party: rules.Party) -> str:
    if party == rules.CHILD:
        return _tr("{name} selv").format(name=detail.case.child_first_name or _tr("barnet"))
    member = detail.family_member(party) if isinstance(party, int) else None
    return member.name if member is not None else "–"


def and_list(items: list[str]) -> str:
    """«A», «A og B», «A, B og C»."""
    if len(items) > 1:
        return _tr("{first} og {last}").format(first=", ".join(items[:-1]), last=items[-1])
    return items[0] if items else ""


def names(detail: CaseDetail, parties: tuple[rules.Party, ...]) -> str:
    return and_list([party_name(detail, p) for p in parties])


def run_dialog(dialog: QDialog) -> int:
    """Shows a dialog of the consent offer modally; tests replace it to drive the dialogs."""
    return dialog.exec()


def offer_consent(
    parent: QWidget,
    uow_factory: Callable[[], Any],
    detail: CaseDetail,
    service_id: int,
    today: dt.date,
    settings: rules.AgeSettings,
    what: str,
    purpose: m.ConsentPurpose = m.ConsentPurpose.SHARE_BETWEEN_SERVICES,
    also: Iterable[int] = (),
) -> bool:
    """A save was refused for missing consent: say whose consent, for which service, and
    offer to record it here. True when a consent was recorded (the caller saves again).

    ``what`` names what waits, e.g. «Møtet». ``also`` are the other services the same
    save would give information to. The consent dialog opens with the services that
    lack the consent of the first person who has not consented ticked, and that
    person chosen: one consent per person for all of them, not one per service (an
    unticked service is recorded as left out by that person).
    """
    from familiemote.ui.guide.actions_editor import consent_gap

    gap = consent_gap(detail, service_id, today, settings, purpose)
    if not gap:
        return True  # covered meanwhile: the save can be tried again
    others = [
        sid
        for sid in dict.fromkeys(also)
        if sid != service_id and consent_gap(detail, sid, today, settings, purpose)
    ]
    gaps = [gap] + [consent_gap(detail, sid, today, settings, purpose) for sid in others]
    services = [service_label(detail.service_name(sid)) for sid in [service_id, *others]]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Samtykke mangler"))
    box.setText(
        _tr(
            "{gap}. {what} er ikke lagret ennå, fordi {service} da ville fått opplysninger "
            "om saken."
        ).format(gap=". ".join(gaps), what=what, service=and_list(services))
    )
    if len(services) == 1:
        hint = _tr(
            "Har samtykket blitt gitt? Registrer det nå, så lagres {what_lower} etterpå "
            "uten at du må skrive noe på nytt. Eller avbryt og fjern haken for tjenesten."
        )
    else:
        hint = _tr(
            "Har samtykket blitt gitt? Registrer det nå, så lagres {what_lower} etterpå "
            "uten at du må skrive noe på nytt. Eller avbryt og fjern haken for tjenestene "
            "som ikke skal få opplysninger."
        )
    box.setInformativeText(hint.format(what_lower=what[:1].lower() + what[1:]))
    record = box.addButton(_tr("&Registrer samtykket nå …"), QMessageBox.ButtonRole.AcceptRole)
    # «A&vbryt» (Alt+V), as in every dialog of the app (forms_base.cancel_named)
    cancel = QCoreApplication.translate("FormDialog", "A&vbryt")
    box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(record)
    run_dialog(box)
    if box.clickedButton() is not record:
        return False
    return record_missing_consent(
        parent, uow_factory, detail, service_id, today, settings, purpose, others
    )


class ConsentOfferingForm(FormDialog):
    """A form about one case whose save is refused while a service it names lacks a
    consent (a meeting's participants, a referral's documentation). It keeps the case
    (``detail``), the day and the consent age limits, and offers to record the missing
    consent where the user is, then reads the case again."""

    def __init__(
        self,
        title: str,
        save_text: str,
        uow_factory: Callable[[], Any],
        detail: CaseDetail,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, save_text, parent)
        self._uow_factory = uow_factory
        self.age_settings = consent_service.get_age_settings(uow_factory())
        self.detail = detail
        self.today = today

    def offer_missing_consent(
        self,
        service_id: int,
        what: str,
        purpose: m.ConsentPurpose = m.ConsentPurpose.SHARE_BETWEEN_SERVICES,
        also: Iterable[int] = (),
    ) -> bool:
        """:func:`offer_consent` for ``service_id`` and the other services of the same
        save (``also``; ``what`` names what waits); True when the save can be tried
        again, with ``detail`` read anew."""
        from familiemote.services import cases as case_service

        if not offer_consent(
            self,
            self._uow_factory,
            self.detail,
            service_id,
            self.today,
            self.age_settings,
            what,
            purpose,
            also,
        ):
            return False
        assert self.detail.case.id is not None
        self.detail = case_service.get_case(self._uow_factory(), self.detail.case.id)
        return True


def record_missing_consent(
    parent: QWidget,
    uow_factory: Callable[[], Any],
    detail: CaseDetail,
    service_id: int,
    today: dt.date,
    settings: rules.AgeSettings,
    purpose: m.ConsentPurpose = m.ConsentPurpose.SHARE_BETWEEN_SERVICES,
    also: Iterable[int] = (),
) -> bool:
    """The consent dialog with ``service_id`` ticked and the first person who has not
    consented chosen, and each service of ``also`` that lacks that person's consent
    ticked too; True when a consent was recorded."""
    from familiemote.ui.consent_dialog import ConsentDialog

    dialog = ConsentDialog(uow_factory, detail, today, settings, parent)
    service_box = dialog.service_boxes.get(service_id)
    if service_box is not None:
        service_box.setChecked(True)
    purpose_box = dialog.purpose_boxes.get(purpose)
    if purpose_box is not None:
        purpose_box.setChecked(True)
    coverage = rules.consent_gap(detail.case, service_id, today, settings, purpose)
    if coverage is not None and coverage.missing:
        giver = coverage.missing[0]
        index = dialog.giver_combo.findData(giver)
        if index >= 0:
            dialog.giver_combo.setCurrentIndex(index)
        for other in also:
            gap = rules.consent_gap(detail.case, other, today, settings, purpose)
            box = dialog.service_boxes.get(other)
            if gap is not None and giver in gap.missing and box is not None:
                box.setChecked(True)
    return bool(run_dialog(dialog))


def days_text(days: int) -> str:
    if days == 0:
        return _tr("i dag")
    if days == 1:
        return _tr("i morgen")
    return _tr("om %n dager", days)


def coverage_text(detail: CaseDetail, row: rules.ServiceCoverage, today_ord: int) -> str:
    s = rules.CoverageStatus
    if row.status is s.VALID:
        return _tr("✔ Ja")
    if row.status is s.EXPIRING:
        assert row.until is not None
        return _tr("⚠ Ja, men samtykket utløper {when}").format(
            when=days_text(row.until.toordinal() - today_ord)
        )
    if row.status is s.EXPIRED:
        return _tr("✖ Nei – samtykket utløp {date}").format(date=format_date(row.ended_on))
    if row.status is s.WITHDRAWN:
        return _tr("✖ Nei – trukket tilbake {date}").format(date=format_date(row.ended_on))
    if row.status is s.PARTIAL:
        return _tr("✖ Nei – mangler samtykke fra {who}").format(who=names(detail, row.missing))
    return _tr("✖ Nei – ikke samtykke")


def status_text(status: rules.ConsentStatus, consent: m.Consent, today_ord: int) -> str:
    s = rules.ConsentStatus
    if status is s.WITHDRAWN:
        return _tr("✖ Trukket tilbake {date}").format(date=format_date(consent.withdrawn_on))
    if status is s.EXPIRED:
        return _tr("✖ Utløpt {date}").format(date=format_date(consent.valid_until))
    if status is s.EXPIRING:
        assert consent.valid_until is not None
        return _tr("⚠ Utløper {when}").format(
            when=days_text(consent.valid_until.toordinal() - today_ord)
        )
    return _tr("✔ Gyldig")


class ConsentPanel(CasePanel):
    """Signals: see :class:`CasePanel`."""

    def shown(self, detail: CaseDetail, today: dt.date) -> object:
        """The case's own fields, family, consents and the child's views, the directory,
        and what the tab works out from the meetings and actions (who must be asked,
        which services are covered); not the meetings and actions themselves."""
        settings = getattr(self, "settings", None) or rules.DEFAULT_AGE_SETTINGS
        case = detail.case
        return (
            today,
            snapshot(
                case,
                leave_out=("version", "search_text", "meetings", "actions", "notifications"),
            ),
            snapshot(consent_service.consent_overview(case, today, settings, detail.services)),
            snapshot(detail.services),
        )

    def build(self, d: CaseDetail, layout: QVBoxLayout) -> None:
        try:
            settings = consent_service.get_age_settings(self.uow_factory())
        except DomainError:
            settings = rules.DEFAULT_AGE_SETTINGS
        self.settings = settings
        case = d.case
        overview = consent_service.consent_overview(case, self.today, settings, d.services)
        self.overview = overview
        today_ord = self.today.toordinal()

        layout.addWidget(heading(self.tr("Hvem kan få opplysninger i dag")))
        if case.anonymous:
            layout.addWidget(
                text_label(
                    self.tr(
                        "Anonym drøfting: ingen navn er lagret, og ingen har samtykket. Saken "
                        "kan bare drøftes slik at barnet og familien ikke kan kjennes igjen. "
                        "Når familien samtykker, gjør du saken om til en navngitt sak."
                    )
                )
            )
        else:
            self.who_label = text_label(self._who_is_asked_text(d, overview.asked))
            layout.addWidget(self.who_label)

        self.coverage_table = None
        if overview.coverage:
            rows = []
            for row in overview.coverage:
                until = "–"
                if row.covered:
                    until = format_date(row.until) if row.until else self.tr("ingen sluttdato")
                rows.append(
                    (
                        service_label(d.service_name(row.service_id)),
                        coverage_text(d, row, today_ord),
                        names(d, row.given_by) or "–",
                        until,
                        purposes_text(row.purposes),
                    )
                )
            table = read_only_table(
                [
                    self.tr("Tjeneste"),
                    self.tr("Kan få opplysninger?"),
                    self.tr("Samtykke fra"),
                    self.tr("Gyldig til"),
                    self.tr("Gjelder"),
                ],
                rows,
                self.tr("Hvilke tjenester samtykket dekker"),
            )
            fit_table(table, {0, 1, 2})
            for r, row in enumerate(overview.coverage):
                item = table.item(r, 1)
                if item is not None:
                    item.setBackground(QBrush(QColor(_BACKGROUND[row.status])))
                    item.setForeground(QBrush(QColor("#000000")))
            self.coverage_table = table
            layout.addWidget(table)
        elif not case.anonymous:
            layout.addWidget(
                text_label(
                    self.tr(
                        "Ingen samtykke registrert. Opplysninger kan bare drøftes anonymt "
                        "til samtykke er gitt."
                    )
                )
            )
        target = overview.referral_target.value.upper() if overview.referral_target else ""
        if overview.attachments_allowed:
            attach = self.tr(
                "✔ Punkt 5 i henvisningssjekklisten: dokumentasjon fra andre tjenester kan "
                "legges ved henvisningen{to}."
            )
        else:
            attach = self.tr(
                "✖ Punkt 5 i henvisningssjekklisten: dokumentasjon kan ikke legges ved "
                "henvisningen{to} – mangler gyldig samtykke til vedlegg fra alle som spørres."
            )
        attach = attach.format(to=self.tr(" til {target}").format(target=target) if target else "")
        self.attachments_label = text_label(attach)
        layout.addWidget(self.attachments_label)

        buttons = FlowLayout()  # on two rows when the text is large and the pane narrow
        self.record_button = QPushButton(self.tr("R&egistrer samtykke …"))
        self.withdraw_button = QPushButton(self.tr("Trekk til&bake …"))
        self.child_view_button = QPushButton(self.tr("Barnets sy&n …"))
        self.name_case_button = QPushButton(self.tr("&Gjør om til navngitt sak …"))
        self.record_button.clicked.connect(self.record_consent)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.child_view_button.clicked.connect(self.record_child_view)
        self.name_case_button.clicked.connect(self.name_case)
        self.record_button.setEnabled(not case.anonymous)
        self.withdraw_button.setEnabled(
            any(c.withdrawn_on is None for c in case.consents) and not case.anonymous
        )
        for b in (self.record_button, self.withdraw_button, self.child_view_button):
            b.setAccessibleName(b.text().replace("&", "").replace(" …", ""))
            buttons.addWidget(b)
        if case.anonymous:
            buttons.addWidget(self.name_case_button)
        layout.addLayout(buttons)

        if case.consents:
            layout.addWidget(heading(self.tr("Registrerte samtykker")))
            layout.addWidget(self._consents_table(d, overview, today_ord))
        layout.addWidget(heading(self.tr("Barnets syn")))
        if case.child_views:
            layout.addWidget(
                read_only_table(
                    [self.tr("Dato"), self.tr("Barnets syn"), self.tr("Registrert av")],
                    [
                        (format_date(v.recorded_on), v.text, v.recorded_by)
                        for v in sorted(case.child_views, key=lambda v: v.recorded_on)
                    ],
                    self.tr("Barnets syn"),
                    stretch=1,
                )
            )
        else:
            missing = self.tr("Barnets syn er ikke registrert.")
            if overview.asked.child_heard:
                missing = self.tr(
                    "⚠ Barnets syn er ikke registrert. Barnet er {age} år og skal høres "
                    "(fra {n} år): bruk «Barnets syn …»."
                ).format(age=overview.asked.age, n=settings.heard_from)
            self.child_view_missing_label = text_label(missing)
            layout.addWidget(self.child_view_missing_label)
        if overview.history:
            layout.addWidget(heading(self.tr("Historikk")))
            layout.addWidget(self._history_table(d, overview))

    def _who_is_asked_text(self, d: CaseDetail, asked: rules.WhoIsAsked) -> str:
        s = self.settings
        name = d.case.child_first_name
        guardians = names(d, asked.guardian_ids)
        role = asked.child_role
        if role is rules.ChildRole.CONSENTS_ALONE:
            text = self.tr("{name} er {age} år og samtykker selv (fra {n} år).").format(
                name=name, age=asked.age, n=s.consents_alone_from
            )
        elif role is rules.ChildRole.CO_CONSENTS:
            text = self.tr(
                "{name} er {age} år og samtykker sammen med foresatte (fra {n} år): {who}."
            ).format(name=name, age=asked.age, n=s.co_consents_from, who=guardians or "–")
        else:
            text = self.tr("{name} er {age} år. Samtykke gis av hver foresatt: {who}.").format(
                name=name,
                age=asked.age,
                who=guardians or self.tr("ingen foresatte registrert"),
            )
            if role is rules.ChildRole.HEARD:
                text += " " + self.tr("Barnets syn skal høres (fra {n} år).").format(n=s.heard_from)
        if len(asked.guardian_ids) > 1:
            text += " " + self.tr(
                "En tjeneste får opplysninger bare når alle som spørres har samtykket til den."
            )
        return text

    def _consents_table(
        self, d: CaseDetail, overview: consent_service.ConsentOverview, today_ord: int
    ) -> QWidget:
        offered = {row.service_id for row in overview.coverage}
        rows = []
        for c in d.case.consents:
            party = rules.party_of(c)
            covers = "\n".join(
                service_label(d.service_name(s.service_id))
                + (
                    self.tr(" (trukket {date})").format(date=format_date(s.withdrawn_on))
                    if s.withdrawn_on
                    else ""
                )
                for s in c.scopes
            )
            left = "\n".join(
                sorted(service_label(d.service_name(sid)) for sid in rules.left_out(c, offered))
            )
            status = overview.statuses.get(c.id or -1, rules.consent_status(c, self.today))
            rows.append(
                (
                    party_name(d, party) if party is not None else "–",
                    covers,
                    left or "–",
                    purposes_text(c.purposes),
                    self.tr("{form} {date}, registrert av {who}").format(
                        form=label(c.form), date=format_date(c.given_on), who=c.recorded_by
                    ),
                    format_date(c.valid_until) if c.valid_until else self.tr("ingen sluttdato"),
                    status_text(status, c, today_ord),
                )
            )
        table = read_only_table(
            [
                self.tr("Gitt av"),
                self.tr("Gjelder tjenestene"),
                self.tr("Holdt utenfor"),
                self.tr("Gjelder"),
                self.tr("Gitt"),
                self.tr("Gyldig til"),
                self.tr("Status"),
            ],
            rows,
            self.tr("Registrerte samtykker"),
        )
        return fit_table(table, {1, 2, 4})

    def _history_table(self, d: CaseDetail, overview: consent_service.ConsentOverview) -> QWidget:
        k = rules.ConsentEventKind
        rows = []
        for e in overview.history:
            party = rules.party_of(e.consent)
            who = party_name(d, party) if party is not None else "–"
            if e.kind is k.GIVEN:
                what = self.tr("Samtykke gitt for {services}").format(
                    services=", ".join(
                        service_label(d.service_name(s.service_id)) for s in e.consent.scopes
                    )
                )
            elif e.kind is k.SERVICE_WITHDRAWN:
                what = self.tr("Trukket tilbake for {service}").format(
                    service=service_label(d.service_name(e.service_id))
                )
            elif e.kind is k.WITHDRAWN:
                what = self.tr("Hele samtykket trukket tilbake")
            else:
                what = self.tr("Samtykket utløper (ikke lenger gyldig)")
            rows.append((format_date(e.on), what, who, e.note))
        table = read_only_table(
            [self.tr("Dato"), self.tr("Hendelse"), self.tr("Hvem"), self.tr("Hvordan meddelt")],
            rows,
            self.tr("Historikk for samtykke"),
        )
        return fit_table(table, {1, 3})

    # -- actions -------------------------------------------------------------------------

    def _edit(self, make: Callable[[CaseDetail], QDialog]) -> None:
        """Open the dialog ``make`` builds on the case shown; the tab is read again
        once it has saved."""
        if self.detail is None:
            return
        if make(self.detail).exec():
            self.changed.emit()

    def record_consent(self) -> None:
        from familiemote.ui.consent_dialog import ConsentDialog

        self._edit(lambda d: ConsentDialog(self.uow_factory, d, self.today, self.settings, self))

    def withdraw(self) -> None:
        from familiemote.ui.withdraw_dialog import WithdrawDialog

        self._edit(lambda d: WithdrawDialog(self.uow_factory, d, self.today, self))

    def record_child_view(self) -> None:
        from familiemote.ui.consent_dialog import ChildViewDialog

        self._edit(lambda d: ChildViewDialog(self.uow_factory, d, self.today, self.settings, self))

    def name_case(self) -> None:
        from familiemote.ui.anonymous_dialog import NameCaseDialog

        self._edit(lambda d: NameCaseDialog(self.uow_factory, d, self.today, self))
