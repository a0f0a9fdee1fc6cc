"""iCalendar (RFC 5545) files for a meeting and for an action's review date, written by hand.

So that reminders reach the user's own calendar without any server. The file
carries as little as possible: the child's first name only if the user asks for
it, the action's text only if the user asks for it, never a family member's name.

Format details that matter (RFC 5545 section 3.1): lines end in CRLF; a content
line longer than 75 octets is folded (CRLF + one space) without splitting a
UTF-8 character; in TEXT values backslash, semicolon, comma and newlines are
escaped. Meeting times are "floating" local times (no time zone): the meeting
is at 09:00 wherever the calendar is, which is what a municipality expects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PRODID = "-//Familiemote//Familiemote//NB"
UID_DOMAIN = "familiemote.invalid"
MEETING_MINUTES = 90  # the reports give no length; a family meeting takes about 1.5 hours
LINE_OCTETS = 75


@dataclass(frozen=True)
class Event:
    uid: str
    summary: str
    start: dt.datetime | dt.date  # a date: an all-day event
    end: dt.datetime | dt.date
    description: str = ""
    location: str = ""
    remind_before: dt.timedelta | None = dt.timedelta(days=1)


def escape_text(value: str) -> str:
    """Escape a TEXT value: ``\\`` ``;`` ``,`` and newlines (RFC 5545 3.3.11)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character; ends in CRLF."""
    data = line.encode("utf-8")
    parts: list[bytes] = []
    limit = LINE_OCTETS
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # a continuation byte: step back
            cut -= 1
        parts.append(data[:cut])
        data = data[cut:]
        limit = LINE_OCTETS - 1  # continuation lines start with a space
    parts.append(data)
    return "\r\n ".join(p.decode("utf-8") for p in parts) + "\r\n"


def _date_time(value: dt.datetime | dt.date) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y%m%dT%H%M%S")
    return value.strftime("%Y%m%d")


def _prop(name: str, value: dt.datetime | dt.date) -> str:
    if isinstance(value, dt.datetime):
        return f"{name}:{_date_time(value)}"
    return f"{name};VALUE=DATE:{_date_time(value)}"


def _duration(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes % (24 * 60) == 0:
        return f"-P{minutes // (24 * 60)}D"
    return f"-PT{minutes}M"


def ics_file(chosen: str) -> Path:
    """The file a calendar is saved to: the name chosen, ending in .ics (a calendar
    program opens the file by its ending)."""
    target = Path(chosen)
    return target if target.suffix.lower() == ".ics" else target.with_suffix(".ics")


def calendar(events: Iterable[Event], stamp: dt.datetime) -> str:
    """The whole VCALENDAR; ``stamp`` is when it was made (DTSTAMP, in UTC)."""
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(dt.UTC).replace(tzinfo=None)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for ev in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ev.uid}",
            f"DTSTAMP:{_date_time(stamp)}Z",
            _prop("DTSTART", ev.start),
            _prop("DTEND", ev.end),
            f"SUMMARY:{escape_text(ev.summary)}",
        ]
        if ev.location:
            lines.append(f"LOCATION:{escape_text(ev.location)}")
        if ev.description:
            lines.append(f"DESCRIPTION:{escape_text(ev.description)}")
        lines.append("TRANSP:OPAQUE" if isinstance(ev.start, dt.datetime) else "TRANSP:TRANSPARENT")
        if ev.remind_before is not None:
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{escape_text(ev.summary)}",
                f"TRIGGER:{_duration(ev.remind_before)}",
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)


def meeting_event(
    meeting_id: int,
    starts_at: dt.datetime,
    summary: str,
    *,
    location: str = "",
    description: str = "",
    minutes: int = MEETING_MINUTES,
) -> Event:
    """A meeting as a timed event. ``summary`` is the text the user chose."""
    return Event(
        uid=f"meeting-{meeting_id}@{UID_DOMAIN}",
        summary=summary,
        start=starts_at.replace(second=0, microsecond=0, tzinfo=None),
        end=starts_at.replace(second=0, microsecond=0, tzinfo=None) + dt.timedelta(minutes=minutes),
        location=location,
        description=description,
    )


def review_event(
    action_id: int, review_date: dt.date, summary: str, description: str = ""
) -> Event:
    """An action's review date as an all-day event, with a reminder a week before."""
    return Event(
        uid=f"action-review-{action_id}@{UID_DOMAIN}",
        summary=summary,
        start=review_date,
        end=review_date + dt.timedelta(days=1),
        description=description,
        remind_before=dt.timedelta(days=7),
    )
