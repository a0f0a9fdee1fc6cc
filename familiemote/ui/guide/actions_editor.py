"""«Hvem gjør hva, når» in the guide: the meeting's actions, typed in a row and saved with Enter.

The row under the table is the draft: what, who (typed: the people in the room
first, then the directory), the family's part, the deadline, the review date
(six months after the meeting when left blank) and whether it is internal.
Enter saves it (a new action, or the one being changed) and clears the row for
the next; Esc drops the draft. In the table, Enter or F2 puts an action back in
the row to change it, Delete removes it (it can be put back at once).

A responsible service that the consent does not cover is said on the row in
words (who has not consented, for which service), with a button to record the
consent there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from familiemote.domain import consent as consent_rules
from familiemote.domain import followup as f
from familiemote.domain import model as m
from familiemote.domain.errors import ConcurrentChangeError
from familiemote.services import actions as action_service
from familiemote.services import cases as case_service
from familiemote.services.audit import Overwrite
from familiemote.services.cases import CaseDetail
from familiemote.ui.forms_base import (
    add_row,
    ask_conflict,
    day_field,
    day_text,
    error_line,
    parse_day,
    run_form,
    show_error,
)
from familiemote.ui.guide.people import ResponsibleField, person_text, responsible_entries
from familiemote.ui.guide.step import GuideStep, guide_button, row_table
from familiemote.ui.labels import service_label
from familiemote.ui.panels.base import UowFactory

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionsEditor", text)


def consent_gap(
    d: CaseDetail,
    service_id: int | None,
    today: dt.date,
    settings: consent_rules.AgeSettings,
    purpose: m.ConsentPurpose = m.ConsentPurpose.SHARE_BETWEEN_SERVICES,
) -> str:
    """ "" when the service may receive information; else who has not consented, in words.

    The rule is :func:`familiemote.domain.consent.consent_gap`; this is its wording,
    used by the guide, the actions tab and the meeting planner alike.
    """
    from familiemote.ui.panels.consent import names

    coverage = consent_rules.consent_gap(d.case, service_id, today, settings, purpose)
    if coverage is None or service_id is None:
        return ""
    who = names(d, coverage.missing) or _tr("foresatte")
    service = service_label(d.service_name(service_id))
    status = coverage.status
    if status == consent_rules.CoverageStatus.WITHDRAWN:
        text = _tr("{who} har trukket tilbake samtykket for {service}")
    elif status == consent_rules.CoverageStatus.EXPIRED:
        text = _tr("Samtykket fra {who} for {service} er utløpt")
    else:
        text = _tr("Mangler samtykke fra {who} for {service}")
    return text.format(who=who, service=service)


class ActionsEditor(GuideStep):
    """The actions agreed in one meeting, added and changed inline.

    Signals:
        committed(): an action was stored, changed or removed (the guide refreshes).
    """

    def __init__(
        self,
        uow_factory: UowFactory,
        today: dt.date,
        settings: consent_rules.AgeSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(uow_factory, today, parent)
        self.settings = settings
        self.editing: m.Action | None = None
        self.removed: action_service.NewAction | None = None
        self.record_consent: Callable[[int], None] | None = None  # set by the guide

        layout = self.step_layout()
        table_label = QLabel(self.tr("&Tiltak avtalt i møtet (Enter: endre, Delete: fjern):"))
        self.table = row_table(
            [
                self.tr("Hva"),
                self.tr("Ansvarlig"),
                self.tr("Frist"),
                self.tr("Ny vurdering"),
                self.tr("Samtykke"),
            ],
            self.tr("Tiltak avtalt i møtet"),
            stretch=0,
        )
        header = self.table.horizontalHeader()
        for column in (1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._fit_columns()
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)  # its width: _fit_columns
        self.table.itemSelectionChanged.connect(self._update_consent_offer)
        table_label.setBuddy(self.table)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(
            self.tr("Ingen tiltak ennå. Skriv det første i raden under og trykk Enter.")
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        consent_row = QHBoxLayout()
        self.consent_label = QLabel()
        self.consent_label.setWordWrap(True)
        self.consent_label.setAccessibleName(self.tr("Samtykke for tiltaket"))
        self.consent_button = guide_button(
            self.tr("Registrer samty&kke …"),
            self.tr("Registrer samtykke for tjenesten"),
            self._record_consent,
        )
        consent_row.addWidget(self.consent_label, 1)
        consent_row.addWidget(self.consent_button)
        layout.addLayout(consent_row)

        self.draft_label = QLabel(self.tr("Nytt tiltak (Enter lagrer, Esc tømmer raden):"))
        self.draft_label.setWordWrap(True)
        layout.addWidget(self.draft_label)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.what = QLineEdit()
        self.who = ResponsibleField()
        self.family = QLineEdit()
        self.family.setPlaceholderText(self.tr("det familien selv gjør (kan stå tomt)"))
        self.due = day_field(self.tr("Frist"))
        self.review = day_field(self.tr("Ny vurdering"))
        self.internal = QCheckBox(self.tr("&Intern: ikke med i familiens kopi og visning"))
        add_row(form, self.tr("&Hva skal gjøres:"), self.what)
        add_row(form, self.tr("&Ansvarlig:"), self.who)
        add_row(form, self.tr("Familiens &del:"), self.family)
        dates = QHBoxLayout()
        dates.addWidget(self.due)
        review_label = QLabel(self.tr("Ny &vurdering:"))
        review_label.setBuddy(self.review)
        dates.addWidget(review_label)
        dates.addWidget(self.review)
        due_label = QLabel(self.tr("F&rist:"))
        due_label.setBuddy(self.due)
        form.addRow(due_label, dates)
        form.addRow(self.internal)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = guide_button(
            self.tr("Le&gg til tiltaket (Enter)"), self.tr("Lagre tiltaket"), self.commit
        )
        self.cancel_button = guide_button(
            self.tr("T&øm raden (Esc)"), self.tr("Tøm raden"), self.clear_draft
        )
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Tiltak lagret"))
        self.status.setWordWrap(True)
        self.undo_button = guide_button(
            self.tr("Angr&e fjerning"), self.tr("Angre fjerning av tiltaket"), self.undo_remove
        )
        self.undo_button.hide()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.undo_button)
        layout.addLayout(buttons)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        for edit in (self.what, self.who, self.family, self.due, self.review):
            edit.returnPressed.connect(self.commit)
            edit.installEventFilter(self)
        self.internal.installEventFilter(self)
        self.fields: dict[str, QWidget] = {
            "description": self.what,
            "responsible_service_id": self.who,
            "family_part": self.family,
            "due_date": self.due,
            "review_date": self.review,
        }

    # -- data ----------------------------------------------------------------------------

    def set_case(self, detail: CaseDetail, meeting: m.Meeting) -> None:
        """Show the meeting's actions; the draft row keeps what is being typed."""
        self.detail, self.meeting = detail, meeting
        self.who.set_entries(responsible_entries(detail, meeting))
        day = meeting.starts_at.date()
        self.review.setPlaceholderText(
            self.tr("blank: {date} (om 6 måneder)").format(
                date=day_text(f.default_review_date(day))
            )
        )
        self.due.setPlaceholderText(self.tr("dd.mm.åååå, eller blank"))
        selected = self.selected_id()
        actions = self.agreed_actions()
        self.table.setRowCount(len(actions))
        for r, a in enumerate(actions):
            what = a.description
            if a.family_part:
                what += "\n" + self.tr("Familiens del: {text}").format(text=a.family_part)
            if a.internal:
                what += "\n" + self.tr("(Intern: vises ikke for familien)")
            cells = (
                what,
                "\n".join(
                    x
                    for x in (
                        detail.professional_name(a.responsible_professional_id),
                        service_label(detail.service_name(a.responsible_service_id)),
                    )
                    if x
                )
                or "–",
                day_text(a.due_date) or self.tr("ingen frist"),
                day_text(a.review_date),
                consent_gap(detail, a.responsible_service_id, self.today, self.settings)
                or self.tr("Dekket"),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, a.id)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(actions))
        self.empty_label.setVisible(not actions)
        if selected is not None:
            self.select(selected)
        self._update_consent_offer()

    def agreed_actions(self) -> list[m.Action]:
        if self.detail is None or self.meeting is None:
            return []
        return sorted(
            (a for a in self.detail.case.actions if a.meeting_id == self.meeting.id),
            key=lambda a: a.id or 0,
        )

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return None if item is None else int(item.data(ID_ROLE))

    def select(self, action_id: int) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(ID_ROLE) == action_id:
                self.table.selectRow(r)
                return

    def _action(self, action_id: int | None) -> m.Action | None:
        return next((a for a in self.agreed_actions() if a.id == action_id), None)

    def _update_consent_offer(self) -> None:
        if self.detail is None:
            return
        action = self._action(self.selected_id())
        candidates = [action] if action is not None else self.agreed_actions()
        gap = ""
        self.consent_service: int | None = None
        for a in candidates:
            gap = consent_gap(self.detail, a.responsible_service_id, self.today, self.settings)
            if gap:
                self.consent_service = a.responsible_service_id
                gap = self.tr(
                    "«{what}»: {gap}. Tjenesten kan ikke få opplysninger før det er på plass."
                ).format(what=a.description, gap=gap)
                break
        self.consent_label.setText(gap)
        self.consent_label.setVisible(bool(gap))
        self.consent_button.setVisible(bool(gap))

    def _record_consent(self) -> None:
        if self.record_consent is not None and self.consent_service is not None:
            self.record_consent(self.consent_service)

    # -- the draft row -------------------------------------------------------------------

    def has_draft(self) -> bool:
        return any(e.text().strip() for e in (self.what, self.who, self.family, self.due))

    def clear_draft(self) -> None:
        self.editing = None
        for e in (self.what, self.who, self.family, self.due, self.review):
            e.clear()
        self.internal.setChecked(False)
        self.error_label.hide()
        self.draft_label.setText(self.tr("Nytt tiltak (Enter lagrer, Esc tømmer raden):"))
        self.save_button.setText(self.tr("Le&gg til tiltaket (Enter)"))
        self.what.setFocus()

    def edit(self, action_id: int) -> None:
        """Put an action back in the row to change it."""
        action = self._action(action_id)
        if action is None or self.detail is None:
            return
        self.editing = action
        self.what.setText(action.description)
        self.who.set_choice(
            self.detail, action.responsible_service_id, action.responsible_professional_id
        )
        self.family.setText(action.family_part)
        self.due.setText(day_text(action.due_date))
        self.review.setText(day_text(action.review_date))
        self.internal.setChecked(action.internal)
        self.draft_label.setText(
            self.tr("Endrer «{what}» (Enter lagrer, Esc avbryter):").format(what=action.description)
        )
        self.save_button.setText(self.tr("La&gre endringen (Enter)"))
        self.what.setFocus()
        self.what.selectAll()

    def _dates(self) -> tuple[dt.date | None, dt.date | None] | None:
        out: list[dt.date | None] = []
        for edit in (self.due, self.review):
            try:
                out.append(parse_day(edit.text(), self.today))
            except ValueError:
                show_error(
                    self.error_label,
                    self.tr(
                        "Ikke lagret: «{text}» er ikke en dato. Skriv for eksempel 15.12.2026."
                    ).format(text=edit.text()),
                )
                edit.setFocus()
                return None
        return out[0], out[1]

    def commit(self) -> bool:
        """Enter: store the row (new or changed); False when something must be corrected."""
        if self.detail is None or self.meeting is None:
            return False
        if self.who.took_pick():
            return False  # that Enter chose the responsible in the list; the row is not done
        popup = self.who.completer().popup()
        if popup is not None:
            popup.hide()
        dates = self._dates()
        if dates is None:
            return False
        due, review = dates
        choice = self.who.choice()
        if choice is None and self.what.text().strip():
            show_error(
                self.error_label,
                self.tr(
                    "Ikke lagret: velg hvem som er ansvarlig. Skriv navnet på en person eller en "
                    "tjeneste og velg i listen."
                ),
            )
            self.who.setFocus()
            return False
        service_id = choice.service_id if choice else None
        person_id = choice.professional_id if choice else None
        case_id = self.detail.case.id
        assert case_id is not None
        new_id: list[int] = []
        editing = self.editing

        def save(overwrites: Overwrite | None = None) -> None:
            if editing is None:
                new_id.append(
                    action_service.agree_action(
                        self.uow_factory(),
                        case_id,
                        action_service.NewAction(
                            description=self.what.text(),
                            service_id=service_id,
                            professional_id=person_id,
                            meeting_id=self.meeting.id if self.meeting else None,
                            family_part=self.family.text(),
                            due_date=due,
                            review_date=review,
                            internal=self.internal.isChecked(),
                        ),
                        self.today,
                    )
                )
            else:
                assert editing.id is not None
                action_service.edit_action(
                    self.uow_factory(),
                    editing.id,
                    action_service.ActionEdit(
                        description=self.what.text(),
                        service_id=service_id,
                        professional_id=person_id,
                        family_part=self.family.text(),
                        due_date=due,
                        review_date=review,
                        internal=self.internal.isChecked(),
                    ),
                    editing.version,
                    self.today,
                    overwrites,
                )

        try:
            ok = run_form(
                save, self.error_label, self.fields, self.tr("Ikke lagret: "), again=self.commit
            )
        except ConcurrentChangeError:
            ok = self._resolve_conflict(save)
            if not ok:
                return False
        if not ok:
            return False
        what = self.what.text().strip()
        self.status.setText(
            (
                self.tr("✓ Lagt til: «{what}»")
                if editing is None
                else self.tr("✓ Endret: «{what}»")
            ).format(what=what)
        )
        self.undo_button.hide()
        self.clear_draft()
        self.committed.emit()
        if new_id:
            self.select(new_id[0])
            self.table.clearSelection()
        return True

    def _resolve_conflict(self, save: Callable[[Overwrite | None], None]) -> bool:
        """Someone else changed the action meanwhile: the one conflict flow."""
        assert self.editing is not None and self.detail is not None
        editing = self.editing
        case_id = self.detail.case.id
        assert case_id is not None and editing.id is not None
        fresh = case_service.get_case(self.uow_factory(), case_id)
        stored = next((a for a in fresh.case.actions if a.id == editing.id), None)
        if stored is None:
            show_error(self.error_label, self.tr("Ikke lagret: tiltaket er fjernet av en annen."))
            return False
        compared = [
            ("description", self.tr("Hva"), self.what.text(), stored.description),
            (
                "responsible_service_id",
                self.tr("Ansvarlig"),
                self.who.text(),
                person_text(
                    fresh, stored.responsible_service_id, stored.responsible_professional_id
                ),
            ),
            ("due_date", self.tr("Frist"), self.due.text(), day_text(stored.due_date)),
        ]
        differing = tuple(field for field, _text, mine, theirs in compared if mine != theirs)
        choice = ask_conflict(
            self,
            self.tr("tiltaket"),
            [(text, mine, theirs) for _field, text, mine, theirs in compared],
            self.uow_factory,
            case_id,
            ("actions", editing.id),
        )
        if choice == "later":
            show_error(
                self.error_label,
                self.tr(
                    "Ikke lagret: noen andre har endret tiltaket samtidig. Raden står som du "
                    "skrev den."
                ),
            )
            return False
        self.detail = fresh
        if choice == "stored":
            self.editing = stored
            self.edit(editing.id)
            return False
        self.editing = stored
        editing.version = stored.version
        try:
            overwrite = Overwrite("actions", editing.id, differing or ("description",))
            if not run_form(
                lambda: save(overwrite), self.error_label, self.fields, self.tr("Ikke lagret: ")
            ):
                return False
        except ConcurrentChangeError:
            show_error(
                self.error_label, self.tr("Ikke lagret: tiltaket ble endret igjen. Prøv på nytt.")
            )
            return False
        return True

    # -- removing ------------------------------------------------------------------------

    def remove_selected(self) -> None:
        action = self._action(self.selected_id())
        if action is None or action.id is None:
            return
        snapshot = action_service.NewAction(
            description=action.description,
            service_id=action.responsible_service_id,
            professional_id=action.responsible_professional_id,
            meeting_id=action.meeting_id,
            others_involved=action.others_involved,
            family_part=action.family_part,
            due_date=action.due_date,
            review_date=action.review_date,
            internal=action.internal,
        )
        ok = run_form(
            lambda: action_service.remove_action(
                self.uow_factory(), action.id or 0, action.version
            ),
            self.error_label,
            {},
            self.tr("Ikke fjernet: "),
            again=self.remove_selected,
        )
        if ok:
            self.removed = snapshot
            self.status.setText(self.tr("Fjernet: «{what}»").format(what=action.description))
            self.undo_button.show()
            self.committed.emit()

    def undo_remove(self) -> None:
        if self.removed is None or self.detail is None or self.detail.case.id is None:
            return
        data, case_id = self.removed, self.detail.case.id
        if run_form(
            lambda: action_service.agree_action(self.uow_factory(), case_id, data, self.today),
            self.error_label,
            {},
            self.tr("Ikke lagt tilbake: "),
            again=self.undo_remove,
        ):
            self.removed = None
            self.undo_button.hide()
            self.status.setText(self.tr("✓ Lagt tilbake: «{what}»").format(what=data.description))
            self.committed.emit()

    # -- keys ----------------------------------------------------------------------------

    def _fit_columns(self) -> None:
        """Who and the consent wrap inside a width that follows the text size, but never
        take the room the action itself needs: in a narrow guide or at a large text size
        each gets at most a sixth of the table, and «Hva» keeps the rest."""
        header = self.table.horizontalHeader()
        chars = self.table.fontMetrics().averageCharWidth()
        room = self.table.viewport().width()
        for column, width in ((1, 24), (4, 26)):
            header.resizeSection(column, max(chars * 8, min(chars * width, room // 6)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                    ident = self.selected_id()
                    if ident is not None:
                        self.edit(ident)
                        return True
                if key == Qt.Key.Key_Delete:
                    self.remove_selected()
                    return True
            elif key == Qt.Key.Key_Escape and not (
                watched is self.who and self.who.popup_visible()
            ):
                if self.has_draft() or self.editing is not None:
                    self.clear_draft()
                    return True
            elif watched is self.internal and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commit()
                return True
        return super().eventFilter(watched, event)
