"""The .ics export: RFC 5545 line endings, folding, escaping, identifiers."""

from __future__ import annotations

import datetime as dt

from familiemote import ics

STAMP = dt.datetime(2026, 11, 22, 8, 30, tzinfo=dt.UTC)


def _unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_a_meeting_becomes_one_timed_event_with_crlf_lines() -> None:
    ev = ics.meeting_event(
        7, dt.datetime(2026, 12, 3, 14, 0), "Familiemøte – Sofie", location="Helsestasjonen, rom 2"
    )
    text = ics.calendar([ev], STAMP)
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")  # no bare LF anywhere
    lines = _unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines
    assert "UID:meeting-7@familiemote.invalid" in lines
    assert "DTSTAMP:20261122T083000Z" in lines
    assert "DTSTART:20261203T140000" in lines
    assert "DTEND:20261203T153000" in lines
    assert "SUMMARY:Familiemøte – Sofie" in lines
    assert "LOCATION:Helsestasjonen\\, rom 2" in lines
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 1
    assert "TRIGGER:-P1D" in lines


def test_a_review_date_is_an_all_day_event_with_a_reminder_a_week_before() -> None:
    text = ics.calendar([ics.review_event(12, dt.date(2027, 5, 31), "Evaluering")], STAMP)
    lines = _unfold(text)
    assert "DTSTART;VALUE=DATE:20270531" in lines
    assert "DTEND;VALUE=DATE:20270601" in lines
    assert "UID:action-review-12@familiemote.invalid" in lines
    assert "TRIGGER:-P7D" in lines


def test_text_is_escaped() -> None:
    assert ics.escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert ics.escape_text("x\r\ny") == "x\\ny"


def test_long_lines_fold_at_75_octets_without_splitting_a_character() -> None:
    summary = "Evaluering av tiltak for Sofie: støttesamtaler på helsestasjonen hver fjortende dag"
    line = "SUMMARY:" + ics.escape_text(summary * 2)
    folded = ics.fold(line)
    physical = folded.split("\r\n")[:-1]
    assert len(physical) > 2
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    assert folded.replace("\r\n ", "") == line + "\r\n"  # unfolds to the same line
    # Multi-byte characters right at the boundary stay whole.
    edge = "X:" + "ø" * 60
    assert ics.fold(edge).replace("\r\n ", "") == edge + "\r\n"
    assert all(len(p.encode()) <= 75 for p in ics.fold(edge).split("\r\n"))


def test_short_lines_are_not_folded() -> None:
    assert ics.fold("A" * 75) == "A" * 75 + "\r\n"
    assert ics.fold("A" * 76) == "A" * 75 + "\r\n A\r\n"
