"""The overview tab: where the case is on the pathway, what was decided, what comes next.

The pathway content (phases, responsibilities, decision points, deadlines) comes
from ``resources/content/pathway_nb.json``; texts the reports do not give are
marked as defaults the municipality adapts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain import model as m
from familiemote.services import pathway
from familiemote.services.cases import CaseDetail, contact_person_id
from familiemote.ui import case_commands
from familiemote.ui.case_list import format_date
from familiemote.ui.flow_layout import ColumnsLayout, FittingForm, FlowLayout
from familiemote.ui.help_panel import install_help_key, phase_help
from familiemote.ui.labels import label, service_label
from familiemote.ui.language import ui_language
from familiemote.ui.meeting_common import specialist_count_text
from familiemote.ui.panels.base import CasePanel, snapshot
from familiemote.ui.phase_dialog import PhaseMode
from familiemote.ui.theme import CURRENT_CELL_STYLE
from familiemote.ui.widgets import heading, read_only_table, text_label

PARTY_TITLES: dict[str, Any] = {  # QT_TRANSLATE_NOOP is typed as object
    "familien": QT_TRANSLATE_NOOP("OverviewPanel", "Familien"),
    "kommunen": QT_TRANSLATE_NOOP("OverviewPanel", "Kommunen"),
    "spesialisthelsetjenesten": QT_TRANSLATE_NOOP("OverviewPanel", "Spesialisthelsetjenesten"),
}


class OverviewPanel(CasePanel):
    def shown(self, detail: CaseDetail, today: dt.date) -> object:
        """The case's own fields, family, decisions, referrals and notices, the directory
        entries named, and what the tab reads from the meetings (the contact person and
        the specialist's count). Not the actions, consents or the child's views: a save
        of those leaves this tab as it is."""
        case = detail.case
        return (
            today,
            ui_language(),
            snapshot(
                case,
                leave_out=(
                    "version",
                    "search_text",
                    "meetings",
                    "actions",
                    "consents",
                    "child_views",
                ),
            ),
            contact_person_id(case),
            specialist_count_text(detail)
            if case.phase in (m.Phase.BEKYMRING, m.Phase.VURDERING)
            else None,
            snapshot(detail.services),
            snapshot(detail.professionals),
        )

    def build(self, d: CaseDetail, layout: QVBoxLayout) -> None:
        case = d.case
        content = pathway.load_content(ui_language())
        title = heading(self.tr("Forløpet: {title}").format(title=content.title))
        title.setWordWrap(True)  # at a large text size on a small screen
        layout.addWidget(title)
        layout.addWidget(self._pathway_strip(case))
        layout.addWidget(self._current_phase(d, content.phase(case.phase)))
        phase_help_box = phase_help(case.phase, content.phase(case.phase).name)
        if phase_help_box is not None:  # F1 opens it
            layout.addWidget(phase_help_box)
            install_help_key(self)
        layout.addWidget(self._responsibilities(content.phase(case.phase)))
        layout.addWidget(self._facts(d))

        if case.concern_summary:
            layout.addWidget(heading(self.tr("Bekymringen")))
            layout.addWidget(text_label(case.concern_summary))

        layout.addWidget(heading(self.tr("Beslutninger i forløpet")))
        layout.addWidget(self._decisions(d))

        layout.addWidget(heading(self.tr("Familien")))
        family_rows = [
            (
                f.name,
                label(f.relation) + (self.tr(", foresatt") if f.is_guardian else ""),
                ", ".join(x for x in (f.phone, f.email) if x),
            )
            for f in case.family_members
        ]
        if family_rows:
            layout.addWidget(
                read_only_table(
                    [self.tr("Navn"), self.tr("Relasjon"), self.tr("Kontakt")],
                    family_rows,
                    self.tr("Familien"),
                    wrap={1: 20, 2: 40},  # narrow: relation and contact wrap
                )
            )
        else:
            layout.addWidget(text_label(self.tr("Ingen familiemedlemmer registrert.")))

    # -- parts -------------------------------------------------------------------

    def _pathway_strip(self, case: m.Case) -> QWidget:
        strip = QWidget()
        strip.setAccessibleName(self.tr("Forløpet"))
        # five equal boxes in a row; in two rows when the pane is too narrow for that
        row = ColumnsLayout(strip, spacing=6)
        row.setContentsMargins(0, 0, 0, 0)
        closed = case.status == m.CaseStatus.CLOSED
        for phase in m.Phase:
            here = phase == case.phase
            if here and closed:
                state = self.tr("■ Saken ble avsluttet her")
            elif here:
                state = self.tr("▶ Saken er her nå")
            elif phase.number < case.phase.number:
                state = self.tr("✓ Tidligere fase")
            else:
                state = ""
            cell = QLabel(f"{phase.number}. {label(phase)}" + (f"\n{state}" if state else ""))
            cell.setWordWrap(True)
            cell.setFrameShape(QFrame.Shape.Box if here else QFrame.Shape.StyledPanel)
            cell.setLineWidth(2 if here else 1)
            cell.setMargin(8)
            cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if here:
                font = QFont(cell.font())
                font.setBold(True)
                cell.setFont(font)
                cell.setStyleSheet(CURRENT_CELL_STYLE)
                cell.setAccessibleDescription(state)
            cell.setAccessibleName(cell.text().replace("\n", ", "))
            row.addWidget(cell)
        return strip

    def _current_phase(self, d: CaseDetail, phase: pathway.PhaseContent) -> QGroupBox:
        case = d.case
        box = QGroupBox(self.tr("Fase {n}: {name}").format(n=phase.phase.number, name=phase.name))
        box.setAccessibleName(box.title())
        inner = QVBoxLayout(box)
        if case.status == m.CaseStatus.CLOSED:
            inner.addWidget(
                text_label(
                    self.tr("Saken ble avsluttet {date}.").format(date=format_date(case.closed_on))
                )
            )
        inner.addWidget(text_label(phase.summary))
        nxt = QLabel(self.tr("Neste beslutning: {text}").format(text=phase.decision_point))
        nxt.setWordWrap(True)
        font = QFont(nxt.font())
        font.setBold(True)
        nxt.setFont(font)
        inner.addWidget(nxt)
        for deadline in phase.deadlines:
            inner.addWidget(text_label(self.tr("Frist: {text}").format(text=deadline.text)))
        if case.phase in (m.Phase.BEKYMRING, m.Phase.VURDERING):
            inner.addWidget(text_label(specialist_count_text(d)))
        if case.referrals:
            r = case.referrals[-1]
            state = self.tr("Henvisning til {target}: {n} av 5 punkter i sjekklisten.").format(
                target=r.target.value.upper(), n=len(r.checklist)
            )
            state += " " + (
                self.tr("Sendt {date}.").format(date=format_date(r.referred_on))
                if r.referred_on
                else self.tr("Ikke sendt ennå.")
            )
            inner.addWidget(text_label(state))
        open_notes = [n for n in case.notifications if n.done_on is None]
        if open_notes:
            names = ", ".join(
                service_label(d.service_name(n.recipient_service_id)) or n.recipient_text
                for n in open_notes
            )
            inner.addWidget(
                text_label(self.tr("Må få beskjed om beslutninger: {names}.").format(names=names))
            )
        buttons = FlowLayout()  # on a second row when the pane is too narrow for one
        self.meeting_button = QPushButton(self.tr("Nytt m&øte …"))
        self.meeting_button.clicked.connect(self._new_meeting)
        self.move_button = QPushButton(self.tr("Flytt til a&nnen fase …"))
        self.move_button.clicked.connect(lambda: self._phase("move"))
        self.edit_button = QPushButton(self.tr("En&dre saken …"))
        self.edit_button.setObjectName("editCase")
        self.edit_button.setToolTip(
            self.tr(
                "Rett barnets opplysninger, familien, bekymringen, initiativtaker og kontaktperson"
            )
        )
        self.edit_button.clicked.connect(self._edit)
        self.referral_button = QPushButton(self.tr("Henvisning o&g sjekkliste …"))
        self.referral_button.clicked.connect(self._referral)
        if case.status == m.CaseStatus.OPEN:
            self.close_button = QPushButton(self.tr("A&vslutt saken …"))
            self.close_button.clicked.connect(lambda: self._phase("close"))
        else:
            self.close_button = QPushButton(self.tr("Gjenåp&ne saken …"))
            self.close_button.clicked.connect(lambda: self._phase("reopen"))
            self.move_button.setEnabled(False)
            self.meeting_button.setEnabled(False)
        for b in (
            self.meeting_button,
            self.edit_button,
            self.move_button,
            self.referral_button,
            self.close_button,
        ):
            b.setAccessibleName(b.text().replace("&", "").rstrip(" …"))
            buttons.addWidget(b)
        inner.addLayout(buttons)
        return box

    def _responsibilities(self, phase: pathway.PhaseContent) -> QGroupBox:
        box = QGroupBox(self.tr("Hvem gjør hva i denne fasen"))
        box.setAccessibleName(box.title())
        inner = QVBoxLayout(box)
        if phase.responsibilities_are_default:
            inner.addWidget(
                text_label(
                    self.tr(
                        "Standardtekst: rapportene gir ikke oppgavelistene, så kommunen "
                        "tilpasser dem lokalt."
                    )
                )
            )
        # three columns side by side; below one another when the pane is too narrow
        grid = ColumnsLayout()
        for party in pathway.PARTIES:
            column = QWidget()
            stack = QVBoxLayout(column)
            stack.setContentsMargins(0, 0, 0, 0)
            title = QLabel(self.tr(PARTY_TITLES[party]))  # i18n: marked
            title.setWordWrap(True)
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
            stack.addWidget(title)
            tasks = text_label("\n".join(f"• {t}" for t in phase.responsibilities[party]))
            tasks.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            tasks.setAccessibleName(title.text())
            stack.addWidget(tasks)
            stack.addStretch(1)
            grid.addWidget(column)
        inner.addLayout(grid)
        return box

    def _facts(self, d: CaseDetail) -> QWidget:
        case = d.case
        # a long label wraps, and a field goes below its label, when the pane is narrow
        facts = FittingForm()
        concern_by = (
            self.tr("Familien")
            if case.concern_by_family
            else service_label(d.service_name(case.concern_service_id))
        )
        facts.add_row(self.tr("Bekymring meldt av:"), text_label(concern_by or "–"))
        facts.add_row(
            self.tr("Initiativtaker (ansvar for oppfølging og journalføring):"),
            text_label(service_label(d.service_name(case.initiating_service_id)) or "–"),
        )
        contact_id = contact_person_id(case)
        contact = d.professionals.get(contact_id or -1)
        if contact is not None:
            who = ", ".join(
                part
                for part in (
                    contact.name,
                    contact.title,
                    service_label(d.service_name(contact.service_id)),
                    contact.phone,
                )
                if part
            )
            if case.coordinator_id is None:
                who += self.tr(" (kontaktperson i møtet; ikke valgt for saken)")
        else:
            who = self.tr("Ikke valgt. Velg en med «Endre saken …».")
        contact_label = text_label(who)
        contact_label.setObjectName("contactPerson")
        facts.add_row(self.tr("Kontaktperson:"), contact_label)
        facts.add_row(self.tr("Saken åpnet:"), text_label(format_date(case.opened_on)))
        return facts

    def _decisions(self, d: CaseDetail) -> QWidget:
        decisions = d.case.phase_decisions
        if not decisions:
            return text_label(
                self.tr("Ingen beslutninger ennå: saken er i fase {n} siden den ble åpnet.").format(
                    n=d.case.phase.number
                )
            )
        kinds = {
            m.PhaseDecisionKind.MOVE: self.tr("Flyttet"),
            m.PhaseDecisionKind.CLOSE: self.tr("Avsluttet"),
            m.PhaseDecisionKind.REOPEN: self.tr("Gjenåpnet"),
        }
        rows = []
        for pd in sorted(decisions, key=lambda x: (x.decided_on, x.id or 0), reverse=True):
            if pd.kind == m.PhaseDecisionKind.CLOSE:
                what = self.tr("{kind} i fase {n}").format(
                    kind=kinds[pd.kind], n=pd.from_phase.number
                )
            else:
                what = self.tr("{kind}: fase {a} → {b} {name}").format(
                    kind=kinds[pd.kind],
                    a=pd.from_phase.number,
                    b=pd.to_phase.number,
                    name=label(pd.to_phase),
                )
            rows.append((format_date(pd.decided_on), what, pd.decided_by, pd.reason))
        return read_only_table(
            [self.tr("Dato"), self.tr("Beslutning"), self.tr("Besluttet av"), self.tr("Hvorfor")],
            rows,
            self.tr("Beslutninger i forløpet"),
            stretch=3,
            wrap={1: 40, 2: 24},  # narrow: the decision and who made it wrap
        )

    # -- commands ----------------------------------------------------------------

    def _new_meeting(self) -> None:
        if self.detail and case_commands.plan_meeting(
            self, self.uow_factory, self.detail, self.today
        ):
            self.changed.emit()

    def _phase(self, mode: str) -> None:
        if self.detail and case_commands.decide_phase(
            self, self.uow_factory, self.detail, self.today, PhaseMode(mode)
        ):
            self.changed.emit()

    def _edit(self) -> None:
        from familiemote.ui.case_editor import edit_case

        if self.detail and edit_case(self, self.uow_factory, self.detail, self.today):
            self.changed.emit()

    def _referral(self) -> None:
        if self.detail and case_commands.open_referral(
            self, self.uow_factory, self.detail, self.today
        ):
            self.changed.emit()
