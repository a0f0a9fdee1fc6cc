"""Small pieces shared by the meeting planner, the meeting guide and the case panels."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from familiemote.domain import meeting_rules as rules
from familiemote.domain import model as m
from familiemote.services.cases import CaseDetail
from familiemote.ui.labels import label, service_label
from familiemote.ui.theme import HELP_BOX_STYLE, message_style, set_scaled_font
from familiemote.ui.widgets import announce

WARNING_STYLE = "QLabel { color: #7a4a00; font-weight: bold; }"
ERROR_STYLE = "QLabel { color: #8b0000; font-weight: bold; }"


def tr(text: str, n: int = -1) -> str:
    """The text in the language in use; with a count ``n``, its singular or plural."""
    return QCoreApplication.translate("Meetings", text, None, n)


def meeting_title(meeting: m.Meeting) -> str:
    when = meeting.starts_at.strftime("%d.%m.%Y kl. %H.%M")
    return f"{label(meeting.kind)} {when}"


def participant_name(d: CaseDetail, p: m.Participant) -> tuple[str, str, str]:
    """(name, service or relation, contact) of a participant."""
    if p.kind == m.ParticipantKind.CHILD:
        return d.case.child_first_name, tr("Barnet"), ""
    if p.kind == m.ParticipantKind.FAMILY:
        member = d.family_member(p.family_member_id)
        if member is None:
            return "–", "", ""
        return member.name, label(member.relation), contact(member.phone, member.email)
    person = d.professionals.get(p.professional_id or -1)
    service = service_label(d.service_name(p.service_id))
    if person is None:
        return service or "–", tr("(ingen navngitt person)"), ""
    who = f"{person.title}, {service}" if person.title and service else person.title or service
    return person.name, who, contact(person.phone, person.email)


def contact(phone: str, email: str) -> str:
    return ", ".join(x for x in (phone, email) if x)


def responsible_text(d: CaseDetail) -> str:
    """The initiating service answers for follow-up and journalføring
    («Kvalitet i alle ledd» 2016)."""
    name = service_label(d.service_name(d.case.initiating_service_id))
    if not name:
        return tr(
            "Ansvar for oppfølging og journalføring: ingen initiativtaker er valgt for saken."
        )
    return tr("Ansvar for oppfølging og journalføring: {service} (tok initiativ)").format(
        service=name
    )


def specialist_count_text(d: CaseDetail, excluding: int | None = None) -> str:
    case = d.case
    if rules.referral_recorded(case):
        return tr("Henvisning er sendt: grensen på to familiemøter med BUP gjelder ikke lenger.")
    # "BUP kan delta på inntil to familiemøter uten at barnet er henvist": a meeting
    # BUP has taken part in is a held one; those only planned are named apart.
    split = rules.specialist_meetings_split(case, d.services, excluding=excluding)
    text = tr(
        "BUP har deltatt i {done} av høyst %n familiemøter før henvisning.",
        rules.SPECIALIST_MEETINGS_BEFORE_REFERRAL,
    ).format(done=split.held)
    if split.planned:
        text += " " + tr(
            "BUP er også satt opp på %n familiemøter som ikke er holdt ennå.", split.planned
        )
    return text


def epikrise_text(meeting: m.Meeting, today: dt.date) -> str:
    s = rules.epikrise_status(meeting, today)
    due = s.due_on.strftime("%d.%m.%Y")
    texts = {
        rules.EpikriseState.NOT_DUE: tr("Epikrise: frist {due} (7 dager etter møtet)."),
        rules.EpikriseState.PENDING: tr(
            "Epikrise: ikke sendt ennå, frist {due} (%n dager igjen).", s.days_left or 0
        ),
        rules.EpikriseState.OVERDUE: tr("⚠ Epikrise: ikke sendt, fristen {due} er passert."),
        rules.EpikriseState.SENT_ON_TIME: tr("✓ Epikrise sendt {sent} (frist {due})."),
        rules.EpikriseState.SENT_LATE: tr("Epikrise sendt {sent}, etter fristen {due}."),
    }
    sent = meeting.epikrise_sent_on.strftime("%d.%m.%Y") if meeting.epikrise_sent_on else ""
    return texts[s.state].format(due=due, left=s.days_left, sent=sent)


def note_box(title: str, text: str, sources: tuple[str, ...] = ()) -> QFrame:
    """A framed help text, always visible (nothing hides behind hover)."""
    box = QFrame()
    box.setFrameShape(QFrame.Shape.StyledPanel)
    box.setObjectName("helpBox")
    box.setStyleSheet(HELP_BOX_STYLE)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(10, 8, 10, 8)
    head = QLabel(title)
    font = head.font()
    font.setBold(True)
    head.setFont(font)
    body = QLabel(text)
    body.setWordWrap(True)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(head)
    layout.addWidget(body)
    if sources:
        from familiemote.services.sources import cite

        cited = cite(sources, and_word=tr("og"))  # the chapters, never line numbers
        src = QLabel(tr("Kilde: {sources}").format(sources=cited))
        src.setObjectName("helpSource")
        src.setWordWrap(True)
        set_scaled_font(src, 0.9)  # follows a change of text size
        layout.addWidget(src)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    return box


def message_label(style: str = ERROR_STYLE) -> QLabel:
    widget = QLabel()
    widget.setWordWrap(True)
    # the colour is picked for the palette in use (dark / high contrast too)
    widget.setStyleSheet(message_style("warning" if style == WARNING_STYLE else "error"))
    widget.hide()
    return widget


def show_message(widget: QLabel, text: str, *, warning: bool = False) -> None:
    widget.setText(("⚠ " if not text.startswith(("⚠", "✓")) else "") + text)
    widget.setAccessibleName(text)  # read as the message, not as a fixed «Feil»
    widget.setStyleSheet(message_style("warning" if warning else "error"))
    widget.show()
    announce(widget, text)  # spoken even when the focus does not move


def text_scale() -> float:
    """How much larger the app's text is than the system's (1.5 at «150 %»), from 1."""
    from PySide6.QtWidgets import QApplication

    from familiemote.ui.theme import base_font

    base, now = base_font(), QApplication.font()
    if base.pointSizeF() > 0 and now.pointSizeF() > 0:
        return max(1.0, now.pointSizeF() / base.pointSizeF())
    if base.pixelSize() > 0 and now.pixelSize() > 0:
        return max(1.0, now.pixelSize() / base.pixelSize())
    return 1.0


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` x ``height`` at 100 % text, grown with a larger text size (the
    same columns and rows get the room their larger text needs), but never beyond 95%
    of the screen."""
    scale = text_scale()
    width, height = round(width * scale), round(height * scale)
    screen = widget.screen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, int(area.width() * 0.95))
        height = min(height, int(area.height() * 0.95))
    widget.resize(width, height)
