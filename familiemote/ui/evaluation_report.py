"""The results of returned evaluation forms in the app, as the source report reports them.

Who answered and the child's age in percent of the valid answers with the valid
total; per statement N, the blanks, and each score in percent (one decimal) with
its count; bar charts on one common 0-100 % scale with even ticks, each bar
labelled with its percent, so nothing is told by length alone; the forms per
municipality when tallies of other municipalities are read in; and whether the
plans were followed through. From here the report is previewed and printed as
PDF, exported as CSV, and a period's tally is exported for, or read in from,
another municipality.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain.errors import DomainError
from familiemote.messages import error_text
from familiemote.printing.tally import (
    DAY_KEYS,
    OUTCOME_KEYS,
    PERCENT_TICKS,
    RESPONDENT_KEYS,
    csv_words,
    group_name,
    group_names,
    percent_text,
    render_tally,
    statements,
)
from familiemote.printing.texts import tx
from familiemote.services.evaluations import (
    ItemTally,
    Tally,
    delete_import,
    dump_tally_file,
    evaluation_tally,
    export_tally,
    import_tally,
    list_imports,
    municipalities,
    write_csv,
)
from familiemote.ui.forms_base import date_edit
from familiemote.ui.language import ui_language
from familiemote.ui.theme import chart_bar_color, set_scaled_font
from familiemote.ui.widgets import read_only_table

if TYPE_CHECKING:
    from familiemote.ui.print_actions import PrintMenu


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


class BarChart(QWidget):
    """One statement: the share of each score 0-5 in percent of N, on a 0-100 % scale.

    Every chart uses the same scale and the same ticks (0, 20, ... 100 %), so the
    statements can be compared. Every size comes from the font, so nothing clips
    at a larger text size.
    """

    def __init__(self, item: ItemTally, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        label = QFontMetrics(bold).horizontalAdvance("100,0 %") + 8
        axis = fm.horizontalAdvance("100 %") + 12
        self.setMinimumSize(QSize(axis + label * 6, fm.height() * 10))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        shares = ", ".join(
            f"{s}: {percent_text(item.percent(s))} ({c})" for s, c in enumerate(item.counts)
        )
        self.setAccessibleName(self.tr("Søylediagram, påstand {n}").format(n=item.item))
        self.setAccessibleDescription(shares)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(self.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        line = fm.height()
        axis_w = QFontMetrics(self.font()).horizontalAdvance("100 %") + 8
        rect = self.rect().adjusted(axis_w, line + 6, -4, -(line + 6))
        text_color = self.palette().windowText().color()
        grid = self.palette().mid().color()
        # the common scale: gridlines and ticks at 0, 20, ... 100 %
        p.setFont(self.font())
        for tick in PERCENT_TICKS:
            y = rect.bottom() - rect.height() * tick / 100
            p.setPen(QPen(grid, 1, Qt.PenStyle.DotLine if tick else Qt.PenStyle.SolidLine))
            p.drawLine(rect.left(), round(y), rect.right(), round(y))
            p.setPen(text_color)
            p.drawText(
                QRectF(0, y - line / 2, axis_w - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{tick} %",
            )
        slot = rect.width() / 6
        bar_w = slot * 0.55
        p.setFont(bold)
        for score in range(6):
            share = self.item.percent(score)
            h = rect.height() * share / 100
            x = rect.left() + slot * score + (slot - bar_w) / 2
            bar = QRectF(x, rect.bottom() - h, bar_w, h)
            p.fillRect(bar, chart_bar_color(self.palette()))
            p.setPen(text_color)
            label = QRectF(rect.left() + slot * score, bar.top() - line - 2, slot, line)
            p.drawText(label, Qt.AlignmentFlag.AlignCenter, percent_text(share))
            p.drawText(
                QRectF(rect.left() + slot * score, rect.bottom() + 4, slot, line),
                Qt.AlignmentFlag.AlignCenter,
                str(score),
            )
        p.end()


class EvaluationReportDialog(QDialog):
    def __init__(
        self,
        uow_factory: Callable[[], Any],
        today: dt.date,
        print_menu: PrintMenu | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.uow_factory = uow_factory
        self.today = today
        self.print_menu = print_menu
        self.tally: Tally | None = None
        self.setWindowTitle(self.tr("Vurdering av samtalen: resultater"))
        self.resize(1000, 820)
        self.date_from = date_edit(dt.date(today.year, 1, 1), self.tr("Fra dato"))
        self.date_to = date_edit(dt.date(today.year, 12, 31), self.tr("Til dato"))
        self.place = QComboBox()
        self.place.setAccessibleName(self.tr("Kommune"))
        row = QHBoxLayout()
        for text, w, name in (
            (self.tr("&Fra:"), self.date_from, self.tr("Fra dato")),
            (self.tr("&Til:"), self.date_to, self.tr("Til dato")),
        ):
            assert isinstance(w, QDateEdit)
            w.setDisplayFormat("dd.MM.yyyy")
            w.setCalendarPopup(True)
            w.setAccessibleName(name)
            w.dateChanged.connect(self.reload)
            lab = QLabel(text)
            lab.setBuddy(w)
            row.addWidget(lab)
            row.addWidget(w)
        place_label = QLabel(self.tr("&Kommune:"))
        place_label.setBuddy(self.place)
        row.addWidget(place_label)
        row.addWidget(self.place)
        row.addStretch(1)
        self.place.currentIndexChanged.connect(self.reload)

        self.page = QWidget()
        self.page_layout = QVBoxLayout(self.page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.page)
        # a Tab stop (the arrow keys scroll the charts), so it needs a name to be announced
        scroll.setAccessibleName(self.tr("Resultater per påstand"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table: QTableWidget | None = None

        self.pdf_button = QPushButton(self.tr("Forhånds&vis og skriv ut …"))
        self.csv_button = QPushButton(self.tr("&Eksporter CSV …"))
        self.export_button = QPushButton(self.tr("Eksporter &samletall …"))
        self.import_button = QPushButton(self.tr("Les &inn samletall …"))
        self.imports_button = QPushButton(self.tr("I&nnleste filer …"))
        self.imports_button.setToolTip(
            self.tr("Se hvilke samletall som er lest inn, og fjern en fil som ble lest inn feil")
        )
        self.close_button = QPushButton(self.tr("&Lukk"))
        self.export_button.setToolTip(
            self.tr("Antallene for perioden som en fil en annen kommune kan lese inn")
        )
        self.import_button.setToolTip(
            self.tr("Les inn samletall fra en annen kommune og se dem sammen med deres egne")
        )
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.csv_button.clicked.connect(self.export_csv_with_dialog)
        self.export_button.clicked.connect(self.export_tally_with_dialog)
        self.import_button.clicked.connect(self.import_tally_with_dialog)
        self.imports_button.clicked.connect(self.remove_import_with_dialog)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.export_button, self.import_button, self.imports_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.pdf_button, self.csv_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.fill_places()
        self.reload()

    # --- data ----------------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    def fill_places(self) -> None:
        chosen = self.place.currentData()
        self.place.blockSignals(True)
        self.place.clear()
        self.place.addItem(self.tr("Alle kommuner samlet"), "")
        try:
            names = municipalities(self.uow_factory())
        except DomainError:
            names = []
        for name in names:
            self.place.addItem(name, name)
        index = self.place.findData(chosen) if chosen else 0
        self.place.setCurrentIndex(max(0, index))
        self.place.blockSignals(False)

    def reload(self) -> None:
        start, end = self.period()
        if end < start:
            self.summary.setText(self.tr("Perioden slutter før den begynner. Rett datoene."))
            return
        place = str(self.place.currentData() or "")
        try:
            self.tally = evaluation_tally(
                self.uow_factory, start, end, place or None, with_follow_through=not place
            )
        except DomainError as err:
            QMessageBox.warning(self, self.windowTitle(), error_text(err))
            return
        self._fill(self.tally)

    # --- the page ------------------------------------------------------------------------

    def _clear_page(self) -> None:
        while self.page_layout.count():
            taken = self.page_layout.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.hide()
                old.setParent(None)  # gone from the page at once, not at the next event loop
                old.deleteLater()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        set_scaled_font(label, 1.15, bold=True)  # follows a change of text size
        label.setWordWrap(True)
        return label

    def _add(self, *widgets: QWidget) -> None:
        for w in widgets:
            self.page_layout.addWidget(w)

    def _fill(self, t: Tally) -> None:
        lang = ui_language()
        self._clear_page()
        forms = self.tr("%n utfylte skjemaer i perioden.", "", t.forms)
        if t.combined:
            forms += " " + self.tr("Tall lest inn fra andre kommuner er tatt med.")
        self.summary.setText(
            forms
            + " "
            + self.tr("Prosent er regnet av dem som svarte (N); blanke svar står for seg.")
        )
        # who answered and the child's age: percent of the valid answers, the valid total
        for title, dist, keys in (
            (self.tr("Hvem svarte"), t.respondents, RESPONDENT_KEYS),
            (self.tr("Barnets alder"), t.ages, [k for k, _ in t.ages.counts]),
        ):
            rows = [
                [group_name(k, lang), percent_text(dist.percent(k)), str(dist.count(k))]
                for k in keys
            ]
            rows.append(
                [self.tr("Gyldige svar (N)"), "100 %" if dist.valid else "–", str(dist.valid)]
            )
            rows.append([group_name("missing", lang), "", str(dist.missing)])
            self._add(
                self._heading(title),
                read_only_table(
                    [self.tr("Gruppe"), self.tr("Prosent"), self.tr("Antall")], rows, title
                ),
            )
        # per statement: N, blanks, each score in percent and count
        headers = [self.tr("Påstand"), "N", self.tr("Ubesvart")] + [str(s) for s in range(6)]
        rows = []
        texts = statements(lang)
        for item in t.items:
            rows.append(
                [
                    f"{item.item}. {texts[item.item - 1]}",
                    str(item.n),
                    str(item.missing),
                    *(f"{percent_text(item.percent(s))} ({c})" for s, c in enumerate(item.counts)),
                ]
            )
        self.table = read_only_table(headers, rows, self.tr("Fordeling per påstand"))
        self._add(
            self._heading(self.tr("Svar per påstand, prosent (antall)")),
            self.table,
        )
        charts = QWidget()
        grid = QGridLayout(charts)
        for i, item in enumerate(t.items):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            caption = QLabel(f"{item.item}. {texts[i]} (N = {item.n})")
            caption.setWordWrap(True)
            box_layout.addWidget(caption)
            box_layout.addWidget(BarChart(item))
            grid.addWidget(box, i, 0)  # one under the other, as in the source report
        self._add(charts)
        if len(t.parts) > 1 or t.combined:
            self._add_municipalities(t)
        if t.follow is not None:
            self._add_follow(t)
        self.page_layout.addStretch(1)

    def _part_name(self, municipality: str, imported: bool) -> str:
        name = municipality or self.tr("Ikke oppgitt")
        return name + (self.tr(" (lest inn)") if imported else "")

    def _add_municipalities(self, t: Tally) -> None:
        headers = [self.tr("Kommune"), self.tr("Skjemaer"), self.tr("Andel")]
        headers += [self.tr("Snitt {i} (N)").format(i=i) for i in range(1, 5)]
        rows = []
        for p in t.parts:
            share = 100.0 * p.counts.forms / t.forms if t.forms else 0.0
            rows.append(
                [
                    self._part_name(p.municipality, p.imported),
                    str(p.counts.forms),
                    percent_text(share),
                    *(f"{_num(i.mean)} ({i.n})" for i in p.items),
                ]
            )
        title = self.tr("Per kommune")
        self._add(self._heading(title), read_only_table(headers, rows, title))

    def _add_follow(self, t: Tally) -> None:
        lang = ui_language()
        f = t.follow
        assert f is not None
        parts = [p for p in t.parts if p.follow is not None]
        columns: list[tuple[str, Any]] = [(self.tr("Samlet"), f)]
        if len(parts) > 1:
            columns += [(p.municipality or self.tr("Denne databasen"), p.follow) for p in parts]

        def days(d: Any) -> str:
            if not d.n:
                return "–"
            return self.tr("snitt {mean} dager (n = {n})").format(mean=_num(d.mean), n=d.n)

        spec: list[tuple[str, Callable[[Any], str]]] = [
            (self.tr("Møter holdt"), lambda x: str(x.meetings_held)),
            (self.tr("Familier nådd"), lambda x: str(x.families_reached)),
            (self.tr("Tiltak avtalt"), lambda x: str(x.actions_agreed)),
            (self.tr("Tiltak per møte"), lambda x: _num(x.actions_per_meeting)),
        ]

        def outcome(key: str) -> Callable[[Any], str]:
            return lambda x: f"{percent_text(x.outcome_percent(key))} ({x.outcomes.get(key, 0)})"

        for key in OUTCOME_KEYS:
            spec.append((group_name(key, lang), outcome(key)))
        spec += [
            (self.tr("Fra bekymring til første møte"), lambda x: days(x.concern_to_meeting)),
            (self.tr("Fra møte til skriftlig plan"), lambda x: days(x.meeting_to_plan)),
            (self.tr("Møter uten utskrevet plan"), lambda x: str(x.meetings_without_plan)),
        ]
        rows = [[label, *(get(c[1]) for c in columns)] for label, get in spec]
        title = self.tr("Ble planene fulgt opp?")
        note = QLabel(
            self.tr(
                "Møtene som er holdt i perioden, og hva som ble av tiltakene som ble avtalt der, "
                "ved første gjennomgang. Dager fra bekymring regnes fra saken ble opprettet; en "
                "plan regnes som skriftlig når den første gang er skrevet ut eller lagret som "
                "PDF. Bare antall, ingen navn."
            )
        )
        note.setWordWrap(True)
        days_rows = [
            [self.tr("Fra bekymring til første møte")]
            + [str(f.concern_to_meeting.groups.get(k, 0)) for k in DAY_KEYS],
            [self.tr("Fra møte til skriftlig plan")]
            + [str(f.meeting_to_plan.groups.get(k, 0)) for k in DAY_KEYS],
        ]
        self._add(
            self._heading(title),
            note,
            read_only_table([self.tr("Oppfølging"), *(c[0] for c in columns)], rows, title),
            read_only_table(
                [self.tr("Dager"), *(group_name("days:" + k, lang) for k in DAY_KEYS)],
                days_rows,
                self.tr("Dager, fordelt"),
            ),
        )

    # --- output --------------------------------------------------------------------------

    def preview_pdf(self) -> None:
        from familiemote.ui.print_actions import Document, PreviewDialog

        if self.tally is None:
            return
        tally = self.tally
        lang = ui_language()
        doc = Document(
            title=tx(lang, "Vurdering av samtalen, resultater"),
            file_stem="vurderinger-resultater",
            render=lambda out: render_tally(tally, out, printed_on=self.today, lang=lang),
        )
        if self.print_menu is not None:
            self.print_menu.preview(doc)
        else:
            PreviewDialog(doc, self).exec()

    def export_csv_with_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Eksporter CSV"),
            str(Path.home() / "vurderinger.csv"),
            self.tr("CSV-filer (*.csv)"),
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        if self.tally is None:
            return
        lang = ui_language()
        tally = self.tally
        _write_atomically(
            path,
            lambda f: write_csv(tally, f, statements(lang), group_names(lang), csv_words(lang)),
        )

    def _suggested_name(self) -> str:
        local = [p.municipality for p in (self.tally.parts if self.tally else ()) if not p.imported]
        named = [n for n in local if n]
        return named[0] if len(named) == 1 else ""

    def export_tally_with_dialog(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Eksporter samletall"),
            self.tr(
                "Hvilken kommune er tallene fra? Filen får bare antall: ingen enkeltskjemaer, "
                "ingen kommentarer, ingen saker."
            ),
            text=self._suggested_name(),
        )
        if not ok or not name.strip():
            return
        start, end = self.period()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Eksporter samletall"),
            str(Path.home() / f"samletall-{name.strip()}-{start:%Y%m%d}-{end:%Y%m%d}.json"),
            self.tr("Samletall (*.json)"),
        )
        if path:
            self.export_tally(Path(path), name)

    def export_tally(self, path: Path, municipality: str) -> int:
        """Write the period's tally file; return the number of forms in it (-1 when refused)."""
        from familiemote import __version__

        start, end = self.period()
        try:
            body = export_tally(self.uow_factory, start, end, municipality, self.today, __version__)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("Eksporter samletall"), error_text(err))
            return -1
        _write_atomically(path, lambda f: f.write(dump_tally_file(body)))
        return int(body["forms"]["total"])

    def import_tally_with_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Les inn samletall"),
            str(Path.home()),
            self.tr("Samletall (*.json)"),
        )
        if path:
            self.import_tally(Path(path))

    def import_tally(self, path: Path) -> str:
        """Read a tally file in; return (and show) what happened."""
        title = self.tr("Les inn samletall")
        try:
            raw = path.read_bytes()
            result = import_tally(self.uow_factory(), raw, self.today)
        except OSError:
            text = self.tr("Filen kunne ikke leses. Ingenting er lest inn.")
            QMessageBox.warning(self, title, text)
            return text
        except DomainError as err:
            text = error_text(err)
            QMessageBox.warning(self, title, text)
            return text
        if result.replaced:
            text = self.tr(
                "Samletallene fra {name} for {start}–{end} (%n skjemaer) erstatter dem som var "
                "lest inn for samme periode.",
                "",
                result.forms,
            )
        else:
            text = self.tr(
                "Samletallene fra {name} for {start}–{end} (%n skjemaer) er lest inn.",
                "",
                result.forms,
            )
        text = text.format(
            name=result.municipality,
            start=result.period_start.strftime("%d.%m.%Y"),
            end=result.period_end.strftime("%d.%m.%Y"),
            n=result.forms,
        )
        self.fill_places()
        self.reload()
        QMessageBox.information(self, title, text)
        return text

    def remove_import_with_dialog(self) -> None:
        title = self.tr("Innleste samletall")
        try:
            imports = list_imports(self.uow_factory())
        except DomainError as err:
            QMessageBox.warning(self, title, error_text(err))
            return
        if not imports:
            QMessageBox.information(self, title, self.tr("Ingen samletall er lest inn."))
            return
        names = [
            self.tr("{name}, {start}–{end}: %n skjemaer (lest inn {on})", "", i.forms).format(
                name=i.municipality,
                start=i.period_start.strftime("%d.%m.%Y"),
                end=i.period_end.strftime("%d.%m.%Y"),
                n=i.forms,
                on=i.imported_on.strftime("%d.%m.%Y"),
            )
            for i in imports
        ]
        chosen, ok = QInputDialog.getItem(
            self, title, self.tr("Velg en fil for å fjerne den fra rapporten:"), names, 0, False
        )
        if not ok or chosen not in names:
            return
        found = imports[names.index(chosen)]
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Fjerne samletallene fra {name} for {start}–{end} fra rapporten? Filen kan leses "
                "inn igjen senere."
            ).format(
                name=found.municipality,
                start=found.period_start.strftime("%d.%m.%Y"),
                end=found.period_end.strftime("%d.%m.%Y"),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_import(self.uow_factory(), found.id)
        except DomainError as err:
            QMessageBox.warning(self, title, error_text(err))
            return
        self.fill_places()
        self.reload()


def _write_atomically(path: Path, write: Callable[[Any], object]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".familiemote-", dir=path.parent)
    try:
        with os.fdopen(
            fd, "w", encoding="utf-8-sig" if path.suffix == ".csv" else "utf-8", newline=""
        ) as f:
            write(f)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


__all__: Sequence[str] = ["BarChart", "EvaluationReportDialog"]
