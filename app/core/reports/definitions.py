"""What each report figure counts: the activity kinds and outcome codes behind the words.

The activity log is shared by every feature; these sets say how the reports read it
(docs/reports.md explains each figure in prose). Kept in one place so the SQL of
``app.storage.reports`` and the pure summing of :mod:`app.core.reports.figures` agree.
"""

from __future__ import annotations

from typing import Final

#: The outreach channels a touch is counted in, in the order charts stack them.
TOUCH_CHANNELS: Final = ("call", "email", "message", "task")

#: Activity kind -> the touch channel it counts in. Kinds not listed (reply, meeting,
#: stage_change, note) are events, not touches a rep made. ``linkedin`` is the older
#: name of a message; ``follow_up`` an older task.
TOUCH_KIND_CHANNEL: Final = {
    "call": "call",
    "email": "email",
    "message": "message",
    "linkedin": "message",
    "task": "task",
    "follow_up": "task",
}

#: Kinds that can be an inbound lead's first touch (speed-to-lead).
FIRST_TOUCH_KINDS: Final = ("call", "email", "message", "linkedin")

#: Call outcomes that mean the prospect themselves answered: a connect.
CONNECT_OUTCOMES: Final = frozenset(
    {"connected", "meeting_booked", "not_interested", "call_back_later", "opt_out", "replied"}
)

#: Call outcomes where a person answered who was not the prospect: counted as "answered"
#: (the reach step of the call funnel) but not as a connect.
GATEKEEPER_OUTCOMES: Final = frozenset({"gatekeeper"})

#: A connect lasting at least this many seconds is a conversation (or it booked a meeting).
CONVERSATION_SECONDS: Final = 60

#: Email outcomes that mean the email left: "sent", and "bounced" (it left and came back).
EMAIL_SENT_OUTCOMES: Final = frozenset({"sent", "bounced"})

#: An email or call completed as "replied" counts as a reply, as a ``reply`` activity does.
REPLIED_OUTCOME: Final = "replied"

#: The stage and the call outcome that mean a meeting was booked.
MEETING_STAGE: Final = "meeting_booked"
MEETING_OUTCOME: Final = "meeting_booked"

#: Hand-off statuses, in the order they are shown.
HANDOFF_STATUSES: Final = ("pending", "accepted", "sent_back")

#: Speed-to-lead buckets: (upper bound in minutes, inclusive; code). The last is open.
SPEED_BUCKETS: Final = (
    (5.0, "under_5_min"),
    (15.0, "5_to_15_min"),
    (60.0, "15_to_60_min"),
    (240.0, "1_to_4_hours"),
    (1440.0, "4_to_24_hours"),
    (float("inf"), "over_1_day"),
)

#: Lead types (Predictable Revenue), in the order they are shown.
LEAD_TYPES: Final = ("seed", "net", "spear")

#: Contact sources, in the order they are shown.
SOURCES: Final = ("inbound", "outbound", "referral")

#: The default report covers this many days up to today.
DEFAULT_DAYS: Final = 30

__all__ = [
    "CONNECT_OUTCOMES",
    "CONVERSATION_SECONDS",
    "DEFAULT_DAYS",
    "EMAIL_SENT_OUTCOMES",
    "FIRST_TOUCH_KINDS",
    "GATEKEEPER_OUTCOMES",
    "HANDOFF_STATUSES",
    "LEAD_TYPES",
    "MEETING_OUTCOME",
    "MEETING_STAGE",
    "REPLIED_OUTCOME",
    "SOURCES",
    "SPEED_BUCKETS",
    "TOUCH_CHANNELS",
    "TOUCH_KIND_CHANNEL",
]
