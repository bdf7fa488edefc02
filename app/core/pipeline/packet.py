"""The hand-off packet: one HTML page with everything the AE needs before the meeting.

Who the prospect is, the company's facts, the meeting, the SDR's summary, the
qualification answers, the timeline of touches and the notes. Every value is escaped (names
and notes come from imports and people). The words around the values come from
:class:`PacketLabels`: English by default (the CLI), translated by the GUI through
``tr()``. The HTML keeps to what Qt's ``QTextDocument`` renders, so the GUI prints the same
page to PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from zoneinfo import ZoneInfo

from app.core.pipeline.invitation import Person


@dataclass(frozen=True)
class TimelineEntry:
    """One touch or event in the prospect's history.

    Attributes:
        occurred_at: When (aware).
        kind: The activity kind code (``call``, ``email``, ``stage_change``, ...).
        outcome: The outcome code, if any (``connected``, ``replied``, ...).
        text: The subject, note or stage move as stored (``Attempting → Connected``).
    """

    occurred_at: dt.datetime
    kind: str
    outcome: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Packet:
    """The facts a packet shows (values only; no words of the app)."""

    prospect: Person
    rep: Person
    ae: Person
    meeting_start: dt.datetime
    minutes: int
    zone: ZoneInfo
    prospect_title: str | None = None
    prospect_phone: str | None = None
    prospect_linkedin: str | None = None
    prospect_location: str | None = None
    prospect_zone: str | None = None
    company: str | None = None
    industry: str | None = None
    employees: int | None = None
    website: str | None = None
    company_location: str | None = None
    summary: str | None = None
    #: (question as shown, answer) in checklist order; None for a question left open.
    answers: Sequence[tuple[str, object]] = ()
    timeline: Sequence[TimelineEntry] = ()
    #: (when or None, text), oldest first.
    notes: Sequence[tuple[dt.datetime | None, str]] = ()


def _default_kinds() -> dict[str, str]:
    return {
        "call": "Call", "email": "Email", "linkedin": "LinkedIn", "message": "Message",
        "note": "Note", "meeting": "Meeting", "task": "Task", "stage_change": "Stage",
    }  # fmt: skip


@dataclass(frozen=True)
class PacketLabels:
    """The packet's words. ``{prospect}`` in ``title`` is replaced by the prospect's name."""

    title: str = "Hand-off: {prospect}"
    who: str = "Who"
    name: str = "Name"
    job_title: str = "Title"
    email: str = "Email"
    phone: str = "Phone"
    linkedin: str = "LinkedIn"
    location: str = "Location"
    time_zone: str = "Time zone"
    company: str = "Company"
    industry: str = "Industry"
    employees: str = "Employees"
    website: str = "Website"
    meeting: str = "Meeting"
    when: str = "When"
    length: str = "Length"
    minutes: str = "{minutes} min"
    account_executive: str = "Account executive"
    sdr: str = "Booked by"
    summary: str = "Summary"
    qualification: str = "Qualification"
    timeline: str = "Timeline"
    notes: str = "Notes"
    yes: str = "Yes"
    no: str = "No"
    unanswered: str = "—"
    nothing: str = "None yet"
    invitation_title: str = "Meeting: {prospect}"
    invitation_title_company: str = "Meeting: {prospect} ({company})"
    kinds: Mapping[str, str] = field(default_factory=_default_kinds)


def _when(moment: dt.datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{local:%Y-%m-%d %H:%M} ({zone.key}, UTC{local:%z})"


def _answer(value: object, labels: PacketLabels) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return labels.unanswered
    if isinstance(value, bool):
        return labels.yes if value else labels.no
    return str(value)


def _rows(rows: Sequence[tuple[str, object]]) -> str:
    """A two-column table of label and value, leaving out empty values."""
    cells = [
        f"<tr><th align='left' valign='top'>{escape(label)}</th><td>{_text(value)}</td></tr>"
        for label, value in rows
        if value not in (None, "")
    ]
    return "<table cellspacing='0' cellpadding='4'>" + "".join(cells) + "</table>"


def _text(value: object) -> str:
    """Escaped text with its line breaks kept."""
    return escape(str(value)).replace("\n", "<br/>")


def _who(person: Person) -> str:
    return f"{person.name} <{person.email}>" if person.email else person.name


def packet_html(packet: Packet, labels: PacketLabels | None = None) -> str:
    """The packet as one self-contained HTML page (UTF-8, no scripts, no remote parts)."""
    words = labels or PacketLabels()
    zone = packet.zone
    title = words.title.replace("{prospect}", packet.prospect.name)
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'/>",
        f"<title>{escape(title)}</title>",
        "<style>body{font-family:sans-serif;font-size:10pt} h1{font-size:16pt} "
        "h2{font-size:12pt;margin-top:14px} th{padding-right:12px;color:#555}</style>",
        f"</head><body><h1>{escape(title)}</h1>",
        f"<h2>{escape(words.meeting)}</h2>",
        _rows(
            [
                (words.when, _when(packet.meeting_start, zone)),
                (words.length, words.minutes.replace("{minutes}", str(packet.minutes))),
                (words.account_executive, _who(packet.ae)),
                (words.sdr, _who(packet.rep)),
            ]
        ),  # fmt: skip
        f"<h2>{escape(words.who)}</h2>",
        _rows(
            [
                (words.name, packet.prospect.name),
                (words.job_title, packet.prospect_title),
                (words.email, packet.prospect.email),
                (words.phone, packet.prospect_phone),
                (words.linkedin, packet.prospect_linkedin),
                (words.location, packet.prospect_location),
                (words.time_zone, packet.prospect_zone),
            ]
        ),  # fmt: skip
        f"<h2>{escape(words.company)}</h2>",
        _rows(
            [
                (words.company, packet.company),
                (words.industry, packet.industry),
                (words.employees, packet.employees),
                (words.website, packet.website),
                (words.location, packet.company_location),
            ]
        ),  # fmt: skip
    ]
    if packet.summary:
        parts += [f"<h2>{escape(words.summary)}</h2>", f"<p>{_text(packet.summary)}</p>"]
    parts.append(f"<h2>{escape(words.qualification)}</h2>")
    if packet.answers:
        parts.append(
            "<table cellspacing='0' cellpadding='4'>"
            + "".join(
                f"<tr><th align='left' valign='top'>{escape(question)}</th>"
                f"<td>{_text(_answer(value, words))}</td></tr>"
                for question, value in packet.answers
            )
            + "</table>"
        )
    else:
        parts.append(f"<p>{escape(words.nothing)}</p>")
    parts.append(f"<h2>{escape(words.timeline)}</h2>")
    if packet.timeline:
        parts.append("<table cellspacing='0' cellpadding='3'>")
        for entry in packet.timeline:
            local = entry.occurred_at.astimezone(zone)
            kind = words.kinds.get(entry.kind, entry.kind)
            detail = " · ".join(p for p in (entry.outcome, entry.text) if p)
            parts.append(
                f"<tr><td valign='top'>{local:%Y-%m-%d %H:%M}</td>"
                f"<td valign='top'><b>{escape(kind)}</b></td><td>{_text(detail)}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append(f"<p>{escape(words.nothing)}</p>")
    parts.append(f"<h2>{escape(words.notes)}</h2>")
    if packet.notes:
        for when, note in packet.notes:
            stamp = f"<i>{when.astimezone(zone):%Y-%m-%d %H:%M}</i> " if when else ""
            parts.append(f"<p>{stamp}{_text(note)}</p>")
    else:
        parts.append(f"<p>{escape(words.nothing)}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def invitation_title(packet: Packet, labels: PacketLabels | None = None) -> str:
    """The invitation's ``SUMMARY``: the prospect's name and company."""
    words = labels or PacketLabels()
    template = words.invitation_title_company if packet.company else words.invitation_title
    return template.replace("{prospect}", packet.prospect.name).replace(
        "{company}", packet.company or ""
    )


def invitation_description(packet: Packet, labels: PacketLabels | None = None) -> str:
    """The invitation's ``DESCRIPTION``: the summary, the answers, who booked it (plain text)."""
    words = labels or PacketLabels()
    blocks: list[str] = []
    if packet.summary:
        blocks.append(packet.summary)
    who = [f"{words.name}: {packet.prospect.name}"]
    who += [
        f"{label}: {value}"
        for label, value in (
            (words.job_title, packet.prospect_title),
            (words.company, packet.company),
            (words.email, packet.prospect.email),
            (words.phone, packet.prospect_phone),
        )
        if value
    ]
    blocks.append("\n".join(who))
    if packet.answers:
        lines = [f"{q}: {_answer(v, words)}" for q, v in packet.answers]
        blocks.append(words.qualification + "\n" + "\n".join(lines))
    blocks.append(f"{words.sdr}: {_who(packet.rep)}")
    return "\n\n".join(blocks)


__all__ = [
    "Packet",
    "PacketLabels",
    "TimelineEntry",
    "invitation_description",
    "invitation_title",
    "packet_html",
]
