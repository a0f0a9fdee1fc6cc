"""Who holds an action, and a declined handover, in the words the actions tab shows."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from familiemote.domain import model as m
from familiemote.services.cases import CaseDetail
from familiemote.ui.case_list import format_date
from familiemote.ui.labels import service_label


def declined_text(d: CaseDetail, h: m.ActionHandover) -> str:
    """'Overlevering til X avslått 24.11.2026 av NN: why. Ansvaret er fortsatt hos Y.'"""
    return QCoreApplication.translate(
        "ActionsPanel",
        "Overlevering til {to} avslått {day} av {who}: {why}. Ansvaret er fortsatt hos {holder}.",
    ).format(
        to=holder_text(d, h.to_service_id, h.to_professional_id),
        day=format_date(h.declined_on),
        who=h.declined_by,
        why=h.decline_reason.rstrip("."),
        holder=holder_text(d, h.from_service_id, h.from_professional_id),
    )


def holder_text(
    d: CaseDetail, service_id: int | None, professional_id: int | None, short: bool = False
) -> str:
    """«Person, Service»; ``short``: the service by its acronym (for a table cell)."""
    service = service_label(d.service_name(service_id))
    if short:
        service = short_service(service)
    person = d.professional_name(professional_id)
    if person and service:
        return f"{person}, {service}"
    return person or service


def short_service(name: str) -> str:
    """A service as a narrow cell names it: by the short name it is known by, when its
    name ends in one («Pedagogisk-psykologisk tjeneste (PPT)»: «PPT»), or by the first
    part of a long double name."""
    match = re.fullmatch(r".*\(([A-ZÆØÅ]{2,8})\)\s*", name)  # in capitals: an acronym
    if match:
        return match.group(1)
    # a long double name by its first part («Helsestasjon og skolehelsetjeneste»:
    # «Helsestasjon»), so that a narrow cell holds it on one line
    first, joined, _rest = name.partition(" og ")
    whole_word = not first.endswith("-")  # «Barne- og familietjenesten» is one name
    return first if joined and whole_word and len(name) > 24 and len(first) >= 6 else name


def holder_lines(d: CaseDetail, service_id: int | None, professional_id: int | None) -> str:
    """The holder for a narrow table cell: the person, then the service on its own line
    (by its short name: one or two lines at 1280x720; dialogs and the overview say it whole)."""
    return "\n".join(
        x
        for x in (
            d.professional_name(professional_id),
            short_service(service_label(d.service_name(service_id))),
        )
        if x
    )
