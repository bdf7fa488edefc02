"""The demo's fixed content: the pipeline, reps, templates, cadences, tags and the ICP."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate
from typing import Final

#: The settings key marking a database as demo data (the UI may refuse real sends in it).
DEMO_SETTING_KEY: Final = "demo"


@dataclass(frozen=True, slots=True)
class StageSpec:
    """A default pipeline stage: key, label, whether it ends a prospect's active life."""

    key: str
    name: str
    is_terminal: bool
    color: str
    weight: int  # share of demo prospects in this stage


#: The default pipeline, in board order.
DEFAULT_STAGES: Final = (
    StageSpec("new", "New", False, "#90a4ae", 30),
    StageSpec("researching", "Researching", False, "#64b5f6", 14),
    StageSpec("attempting", "Attempting", False, "#4db6ac", 26),
    StageSpec("connected", "Connected", False, "#81c784", 8),
    StageSpec("qualified", "Qualified", False, "#aed581", 4),
    StageSpec("meeting_booked", "Meeting booked", False, "#ffb74d", 3),
    StageSpec("handed_off", "Handed off", True, "#ba68c8", 3),
    StageSpec("nurture", "Nurture", False, "#fff176", 7),
    StageSpec("disqualified", "Disqualified", True, "#e57373", 5),
)
_PATH: Final = (
    "new", "researching", "attempting", "connected", "qualified", "meeting_booked", "handed_off",
)  # fmt: skip

# (name, role, email local part); emails on the reserved .example domain reach nobody.
DEMO_REPS: Final = (
    ("Emma Lindqvist", "sdr", "emma.lindqvist"),
    ("Dmitri Sokolov", "sdr", "dmitri.sokolov"),
    ("Rūta Kazlauskienė", "sdr", "ruta.kazlauskiene"),
    ("Carlos Mendes", "sdr", "carlos.mendes"),
    ("Marcus Bell", "ae", "marcus.bell"),
    ("Sofia Romano", "ae", "sofia.romano"),
    ("Helen Park", "manager", "helen.park"),
)  # fmt: skip
_REP_DOMAIN: Final = "demo.prospectdesk.example"


# --- templates and cadences --------------------------------------------------------------

# Merge fields use the template engine's {{ field }} syntax.
_TEMPLATES: Final = (
    ("Intro — outbound", "email", "{{ company }} and pipeline in {{ city }}",
     "Hi {{ first_name }},\n\nI noticed {{ company }} is growing its team. We help sales "
     "teams like yours book more first meetings without adding headcount.\n\nWorth a "
     "15-minute call next week?\n\n{{ sender_first_name }}"),
    ("Second email — value", "email", "Re: {{ company }} and pipeline",
     "Hi {{ first_name }},\n\nOne number: teams that switched saw 27% more connects in a "
     "quarter. Happy to show you how in 15 minutes.\n\n{{ sender_first_name }}"),
    ("Follow-up — case study", "email", "How a team like {{ company }} doubled meetings",
     "Hi {{ first_name }},\n\nSharing a short case study from a company your size. Does "
     "Tuesday or Thursday suit you?\n\n{{ sender_first_name }}"),
    ("Break-up email", "email", "Should I close your file?",
     "Hi {{ first_name }},\n\nI have not heard back, so I will assume the timing is not "
     "right and stop reaching out. If that changes, just reply.\n\n{{ sender_first_name }}"),
    ("Inbound — thanks for reaching out", "email", "Your request at {{ company }}",
     "Hi {{ first_name }},\n\nThanks for getting in touch. I tried to call you just now; "
     "when is a good time today?\n\n{{ sender_first_name }}"),
    ("Nurture — check-in", "email", "Still on your radar, {{ first_name }}?",
     "Hi {{ first_name }},\n\nYou mentioned revisiting this later in the year. Is now a "
     "better time?\n\n{{ sender_first_name }}"),
    ("LinkedIn connect note", "linkedin", None,
     "Hi {{ first_name }}, I work with sales leaders in {{ industry }} and would be glad "
     "to connect."),
    ("Cold call script", "call", None,
     "Opener: Hi {{ first_name }}, this is {{ sender_first_name }}. Did I catch you at a bad "
     "time?\nReason: teams like {{ company }} ...\nQuestion: how do you book meetings "
     "today?\nVoicemail: short, name and number twice, mention the email."),
)  # fmt: skip

# (name, description, steps as (day offset, channel, template name or None, instructions))
_CADENCES: Final = (
    ("Outbound — 14-day standard",
     "Targeted outbound: emails, LinkedIn and calls over two weeks, then a break-up email.",
     ((0, "email", "Intro — outbound", "Day 1: personalised intro email"),
      (0, "linkedin", "LinkedIn connect note", "Day 1: LinkedIn connect request"),
      (2, "email", "Second email — value", "Day 3: second email"),
      (4, "email", "Follow-up — case study", "Day 5: follow-up with a case study"),
      (6, "call", "Cold call script", "Day 7: call; leave a voicemail if no answer"),
      (8, "linkedin", None, "Day 9: LinkedIn message"),
      (10, "call", "Cold call script", "Day 11: second call"),
      (13, "email", "Break-up email", "Day 14: break-up email"))),
    ("Inbound — speed to lead",
     "For website leads: call within minutes, then a short follow-up sequence.",
     ((0, "call", "Cold call script", "Call within 5 minutes of the form"),
      (0, "email", "Inbound — thanks for reaching out", "Same day: thank-you email"),
      (1, "call", "Cold call script", "Day 2: second call"),
      (3, "email", "Second email — value", "Day 4: value email"),
      (5, "call", None, "Day 6: last call"),
      (9, "email", "Break-up email", "Day 10: break-up email"))),
    ("Nurture — quarterly check-in",
     "Not sales-ready yet: a light touch every few weeks.",
     ((0, "email", "Nurture — check-in", "Check in"),
      (30, "email", "Nurture — check-in", "One month later"),
      (90, "email", "Nurture — check-in", "One quarter later"))),
)  # fmt: skip
_OUTBOUND, _INBOUND, _NURTURE = 0, 1, 2

_TAGS: Final = ("webinar-2026", "conference", "decision-maker", "champion",
                "competitor-customer", "partner-referral")  # fmt: skip
_CALL_OUTCOMES: Final = ("no_answer", "voicemail", "busy", "gatekeeper", "wrong_number",
                         "not_interested", "call_back_later")  # fmt: skip
_CALL_CUM: Final = tuple(accumulate((43, 29, 8, 12, 4, 2, 2)))
#: Email A/B variants and each one's chance of a reply (B, the shorter one, does better).
_VARIANT_REPLY: Final = (("A", 0.06), ("B", 0.10))
#: Hand-off decisions: most are accepted, some wait, a few come back.
_HANDOFF_STATUSES: Final = ("accepted", "pending", "sent_back")
_HANDOFF_CUM: Final = tuple(accumulate((60, 25, 15)))
_SEND_BACK_REASONS: Final = ("Not the decision maker", "No budget confirmed", "Too small")
#: Inbound speed-to-lead: a first touch this many minutes after arrival, log-normal.
_SPEED_MEDIAN_MINUTES: Final = 22.0
_SPEED_SPREAD: Final = 1.3
_CHANNELS: Final = ("email", "call", "linkedin")
_CHANNEL_CUM: Final = tuple(accumulate((50, 35, 15)))
_DISQUALIFY_REASONS: Final = ("No budget this year", "Not the decision maker",
                              "Uses a competitor under a 3-year contract", "Company too small",
                              "No need", "Asked not to be contacted")  # fmt: skip

_ICP_INDUSTRIES: Final = ("Software", "Logistics", "Financial services")
_ICP_COUNTRIES: Final = ("Germany", "United Kingdom", "France", "Lithuania", "Spain")
_ICP_MIN, _ICP_MAX = 51, 1000
_ICP_SENIORITIES: Final = ("c_level", "vp", "director")
