"""The meeting invitation for the AE and the prospect: an iCalendar ``REQUEST``.

One VEVENT (RFC 5545 / iTIP RFC 5546): ``METHOD:REQUEST``, a stable ``UID`` (an update of
the same hand-off replaces the event instead of adding a second one), ``DTSTART``/``DTEND``
with ``TZID`` and a matching ``VTIMEZONE`` (or UTC with ``Z``), the SDR as ``ORGANIZER``,
the prospect and the AE as ``ATTENDEE`` with ``mailto:`` addresses, ``ROLE``,
``PARTSTAT=NEEDS-ACTION`` and ``RSVP=TRUE``.

Sending it later is the outbox's business: it attaches :func:`invitation_ics`'s bytes as a
``text/calendar; method=REQUEST; charset=UTF-8`` part (see docs/pipeline.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from icalendar import vCalAddress

#: The product identifier written into every invitation.
PRODID: Final = "-//Prospect Desk//Hand-off//EN"


@dataclass(frozen=True)
class Person:
    """Somebody on the invitation: a display name and an address (None when unknown)."""

    name: str
    email: str | None


@dataclass(frozen=True)
class Invitation:
    """What the invitation says.

    Attributes:
        uid: The event's stable identifier (``handoff-<id>-<random>@prospect-desk``).
        start: The meeting's start (aware, any zone).
        minutes: Its length.
        zone: The zone the times are written in (``UTC`` writes them with ``Z``).
        title: The ``SUMMARY`` line.
        description: The ``DESCRIPTION`` text (several lines allowed).
        organizer: The SDR who booked it.
        prospect: The prospect (attendee).
        ae: The account executive (attendee).
        stamp: When the invitation was made (``DTSTAMP``).
        sequence: 0 for the first invitation, higher for updates of the same ``uid``.
    """

    uid: str
    start: dt.datetime
    minutes: int
    zone: ZoneInfo
    title: str
    description: str
    organizer: Person
    prospect: Person
    ae: Person
    stamp: dt.datetime
    sequence: int = 0

    @property
    def end(self) -> dt.datetime:
        """The meeting's end."""
        return self.start + dt.timedelta(minutes=self.minutes)


def _address(person: Person, role: str | None) -> vCalAddress:
    from icalendar import vCalAddress

    address = vCalAddress(f"mailto:{person.email or ''}")
    address.params["CN"] = person.name
    if role is not None:
        address.params["CUTYPE"] = "INDIVIDUAL"
        address.params["ROLE"] = role
        address.params["PARTSTAT"] = "NEEDS-ACTION"
        address.params["RSVP"] = "TRUE"
    return address


def invitation_ics(invitation: Invitation) -> bytes:
    """The invitation as an ``.ics`` file's bytes (UTF-8, CRLF line ends, folded lines)."""
    # icalendar (with dateutil) loads here, on the first invitation: the package's stage
    # names are read while the window starts, and that must not pay for it.
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "REQUEST")
    event = Event()
    event.add("uid", invitation.uid)
    event.add("sequence", invitation.sequence)
    event.add("dtstamp", invitation.stamp.astimezone(dt.UTC))
    is_utc = invitation.zone.key == "UTC"
    zone = dt.UTC if is_utc else invitation.zone
    event.add("dtstart", invitation.start.astimezone(zone))
    event.add("dtend", invitation.end.astimezone(zone))
    event.add("summary", invitation.title)
    event.add("description", invitation.description)
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE")
    event.add("organizer", _address(invitation.organizer, None))
    event.add("attendee", _address(invitation.prospect, "REQ-PARTICIPANT"))
    event.add("attendee", _address(invitation.ae, "REQ-PARTICIPANT"))
    calendar.add_component(event)
    if not is_utc:
        # Only the years around the meeting: a full zone history would be kilobytes of
        # transitions no calendar needs.
        year = invitation.start.astimezone(zone).year
        calendar.add_missing_timezones(
            first_date=dt.date(year - 1, 1, 1), last_date=dt.date(year + 1, 12, 31)
        )
    return bytes(calendar.to_ical())


__all__ = ["PRODID", "Invitation", "Person", "invitation_ics"]
