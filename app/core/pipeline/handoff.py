"""The hand-off's rules: who may receive it, when the meeting may be, and how long.

The documents (the invitation and the packet) are in ``invitation.py`` and ``packet.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from app.core.pipeline.errors import PipelineError

#: The meeting's length when none is given, and the bounds of a sensible one.
DEFAULT_MINUTES: Final = 30
MIN_MINUTES: Final = 5
MAX_MINUTES: Final = 8 * 60

#: The role a rep must have to receive a hand-off.
AE_ROLE: Final = "ae"


def meeting_zone(name: str) -> ZoneInfo:
    """The zone of an IANA name (``Europe/Vilnius``), refusing names that are not zones.

    ``ZoneInfo`` also opens file paths on some systems, so only the names the zone
    database lists are taken.

    Raises:
        PipelineError: ``unknown_time_zone``.
    """
    if name not in available_timezones():
        raise PipelineError("unknown_time_zone", {"time_zone": name})
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise PipelineError("unknown_time_zone", {"time_zone": name}) from None


def check_handoff(
    *,
    ae_email: str,
    ae_role: str,
    meeting_at: dt.datetime,
    minutes: int,
    time_zone: str,
    now: dt.datetime,
) -> ZoneInfo:
    """Check a hand-off before anything is written; returns the meeting's zone.

    Args:
        ae_email: The receiving rep's address (for the message).
        ae_role: Their role; only ``ae`` may receive a hand-off.
        meeting_at: The meeting's start (aware).
        minutes: Its length.
        time_zone: The zone the invitation is written in (IANA name).
        now: The moment of the hand-off (aware).

    Raises:
        PipelineError: ``not_an_ae``, ``meeting_in_past``, ``bad_minutes``,
            ``unknown_time_zone``.
    """
    if ae_role != AE_ROLE:
        raise PipelineError("not_an_ae", {"email": ae_email, "role": ae_role})
    zone = meeting_zone(time_zone)
    if meeting_at.tzinfo is None or now.tzinfo is None:
        raise ValueError("meeting_at and now must be aware datetimes")
    if meeting_at <= now:
        raise PipelineError(
            "meeting_in_past",
            {
                "meeting_at": meeting_at.astimezone(dt.UTC).isoformat(timespec="minutes"),
                "now": now.astimezone(dt.UTC).isoformat(timespec="minutes"),
            },
        )
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise PipelineError(
            "bad_minutes", {"minutes": minutes, "min": MIN_MINUTES, "max": MAX_MINUTES}
        )
    return zone


__all__ = [
    "AE_ROLE",
    "DEFAULT_MINUTES",
    "MAX_MINUTES",
    "MIN_MINUTES",
    "check_handoff",
    "meeting_zone",
]
