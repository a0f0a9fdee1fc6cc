"""The tally of returned evaluation forms in the app: a table and bar charts per statement.

Each bar carries its count as text, so nothing is told by colour or length alone.
From here the report is previewed and printed as PDF, or exported as CSV.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familiemote.domain.errors import DomainError
from familiemote.messages import error_text
from familiemote.printing.tally import GROUP_NAMES, group_name, render_tally, statements
from familiemote.printing.texts import tx
from familiemote.services.evaluations import ItemTally, Tally, evaluation_tally, write_csv
from familiemote.ui.language import ui_language
from familiemote.ui.theme import chart_bar_color

if TYPE_CHECKING:
    from familiemote.ui.print_actions import PrintMenu


class BarChart(QWidget):
    """Counts per score 0-5 for one statement, each bar labelled with its count."""

    def __init__(self, item: ItemTally, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setMinimumSize(QSize(360, 150))
        counts = ", ".join(f"{s}: {c}" for s, c in enumerate(item.counts))
        self.setAccessibleName(self.tr("Søylediagram, påstand {n}").format(n=item.item))
        self.setAccessibleDescription(counts)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(8, 20, -8, -22)
        top = max(1, max(self.item.counts))
        slot = rect.width() / 6
        bar_w = slot * 0.55
        text_color = self.palette().windowText().color()
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        for score, count in enumerate(self.item.counts):
            h = rect.height() * count / top
            x = rect.left() + slot * score + (slot - bar_w) / 2
            bar = QRectF(x, rect.bottom() - h, bar_w, h)
            p.fillRect(bar, chart_bar_color(self.palette()))
            p.setPen(text_color)
            p.drawText(
                QRectF(x - 10, bar.top() - 18, bar_w + 20, 16),
                Qt.AlignmentFlag.AlignCenter,
                str(count),
            )
            p.drawText(
                QRectF(x - 10, rect.bottom() + 4, bar_w + 20, 16),
                Qt.AlignmentFlag.AlignCenter,
                str(score),
            )
        p.setPen(text_color)
        p.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
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
        self.resize(980, 800)
        self.date_from = QDateEdit(QDate(today.year, 1, 1))
        self.date_to = QDateEdit(QDate(today.year, 12, 31))
        row = QHBoxLayout()
        for text, w, name in (
            (self.tr("&Fra:"), self.date_from, self.tr("Fra dato")),
            (self.tr("&Til:"), self.date_to, self.tr("Til dato")),
        ):
            w.setDisplayFormat("dd.MM.yyyy")
            w.setCalendarPopup(True)
            w.setAccessibleName(name)
            w.dateChanged.connect(self.reload)
            lab = QLabel(text)
            lab.setBuddy(w)
            row.addWidget(lab)
            row.addWidget(w)
        row.addStretch(1)
        self.summary = QLabel()
        self.table = QTableWidget(4, 15)
        self.table.setAccessibleName(self.tr("Fordeling per påstand"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        headers = [self.tr("Påstand"), "N", self.tr("Ubesvart")]
        headers += [str(s) for s in range(6)] + [f"{s} %" for s in range(6)]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.charts = QWidget()
        self.charts_layout = QGridLayout(self.charts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts)
        self.pdf_button = QPushButton(self.tr("&Forhåndsvis og skriv ut …"))
        self.csv_button = QPushButton(self.tr("&Eksporter CSV …"))
        self.close_button = QPushButton(self.tr("&Lukk"))
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.csv_button.clicked.connect(self.export_csv_with_dialog)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.pdf_button, self.csv_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.reload()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    def reload(self) -> None:
        try:
            self.tally = evaluation_tally(self.uow_factory(), *self.period())
        except DomainError as err:
            QMessageBox.warning(self, self.windowTitle(), error_text(err))
            return
        t = self.tally
        self.summary.setText(self.tr("{n} utfylte skjemaer i perioden.").format(n=t.forms))
        for r, item in enumerate(t.items):
            statement = statements(ui_language())[r]
            values = [f"{item.item}. {statement}", str(item.n), str(item.missing)]
            values += [str(c) for c in item.counts]
            values += [f"{item.percent(s):.1f} %".replace(".", ",") for s in range(6)]
            for c, v in enumerate(values):
                cell = QTableWidgetItem(v)
                if c:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        while self.charts_layout.count():
            taken = self.charts_layout.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.deleteLater()
        for i, item in enumerate(t.items):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            text = f"{item.item}. {statements(ui_language())[i]} (N = {item.n})"
            caption = QLabel(text)  # the statements are translated in printing/
            caption.setWordWrap(True)
            box_layout.addWidget(caption)
            box_layout.addWidget(BarChart(item))
            self.charts_layout.addWidget(box, i // 2, i % 2)

    def preview_pdf(self) -> None:
        from familiemote.ui.print_actions import Document, PreviewDialog

        if self.tally is None:
            return
        tally = self.tally
        doc = Document(
            title=tx(ui_language(), "Vurdering av samtalen, resultater"),
            file_stem="vurderinger-resultater",
            render=lambda out: render_tally(
                tally, out, printed_on=self.today, lang=ui_language()
            ),
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
        fd, tmp = tempfile.mkstemp(prefix=".familiemote-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            lang = ui_language()
            names = {key: group_name(key, lang) for key in GROUP_NAMES}
            write_csv(self.tally, f, statements(lang), names)
        os.replace(tmp, path)
