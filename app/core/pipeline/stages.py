"""The default pipeline and the rules tied to its stage keys.

A stage's *key* never changes (renaming changes its name only), so the rules hang on keys:
Qualified asks for the qualification checklist, Disqualified for a reason code, Nurture for
a revisit date, and Handed off is reached through a hand-off only. Stages a team adds have
no gate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

QUALIFIED: Final = "qualified"
MEETING_BOOKED: Final = "meeting_booked"
HANDED_OFF: Final = "handed_off"
NURTURE: Final = "nurture"
DISQUALIFIED: Final = "disqualified"


class Gate(StrEnum):
    """What a move into a stage asks for before it happens."""

    NONE = "none"
    QUALIFICATION = "qualification"  # the checklist's required answers
    REASON = "reason"  # a disqualification reason code
    REVISIT = "revisit"  # a revisit date (a reminder task is created)
    HANDOFF = "handoff"  # an AE, a meeting, a packet: only a hand-off moves here


@dataclass(frozen=True, slots=True)
class DefaultStage:
    """A stage of the default pipeline: key, English name, terminal or not, colour."""

    key: str
    name: str
    is_terminal: bool
    color: str


#: The default pipeline in board order: the main path, then the two side stages.
DEFAULT_STAGES: Final = (
    DefaultStage("new", "New", False, "#90a4ae"),
    DefaultStage("researching", "Researching", False, "#64b5f6"),
    DefaultStage("attempting", "Attempting", False, "#4db6ac"),
    DefaultStage("connected", "Connected", False, "#81c784"),
    DefaultStage(QUALIFIED, "Qualified", False, "#aed581"),
    DefaultStage(MEETING_BOOKED, "Meeting booked", False, "#ffb74d"),
    DefaultStage(HANDED_OFF, "Handed off", True, "#ba68c8"),
    DefaultStage(NURTURE, "Nurture", False, "#fff176"),
    DefaultStage(DISQUALIFIED, "Disqualified", True, "#e57373"),
)

#: Moving into these stops the contact's active cadences (stop reason ``stage``): the
#: prospect is either won for now, lost, or parked, and further touches would be noise.
CADENCE_STOP_STAGES: Final = frozenset(
    {QUALIFIED, MEETING_BOOKED, HANDED_OFF, NURTURE, DISQUALIFIED}
)

_GATES: Final = {
    QUALIFIED: Gate.QUALIFICATION,
    MEETING_BOOKED: Gate.QUALIFICATION,
    HANDED_OFF: Gate.HANDOFF,
    NURTURE: Gate.REVISIT,
    DISQUALIFIED: Gate.REASON,
}

#: Why a prospect was disqualified (the reason codes ``stage --reason`` accepts).
DISQUALIFY_REASONS: Final = (
    "no_budget", "no_need", "not_decision_maker", "bad_timing", "competitor", "bad_data",
    "no_response", "other",
)  # fmt: skip

#: Why an AE sends a hand-off back (``send_back_handoff``'s reason codes).
SEND_BACK_REASONS: Final = (
    "not_qualified", "no_budget", "no_need", "not_decision_maker", "bad_timing",
    "wrong_ae", "no_show", "other",
)  # fmt: skip

_KEY: Final = re.compile(r"[a-z][a-z0-9_]{0,39}")


def gate_of(stage_key: str) -> Gate:
    """What moving into the stage with this key asks for (``Gate.NONE`` for added stages).

    Meeting booked asks for the qualification too: a prospect cannot skip the gate by
    landing one column further on.
    """
    return _GATES.get(stage_key, Gate.NONE)


def stops_cadences(stage_key: str) -> bool:
    """True when moving into this stage stops the contact's active cadences."""
    return stage_key in CADENCE_STOP_STAGES


def is_valid_stage_key(key: str) -> bool:
    """A stage key: lower-case ASCII letters, digits and underscores, at most 40."""
    return _KEY.fullmatch(key) is not None


def stage_key_for(name: str, taken: set[str] | frozenset[str]) -> str:
    """A new key made from a stage's name, not among ``taken`` (``"Demo done"`` ->
    ``demo_done``; a name without ASCII letters gets ``stage``, numbered when taken)."""
    base = re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")[:34]
    if not base or not base[0].isalpha():
        base = "stage" + (f"_{base}" if base else "")
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


__all__ = [
    "CADENCE_STOP_STAGES",
    "DEFAULT_STAGES",
    "DISQUALIFIED",
    "DISQUALIFY_REASONS",
    "HANDED_OFF",
    "MEETING_BOOKED",
    "NURTURE",
    "QUALIFIED",
    "SEND_BACK_REASONS",
    "DefaultStage",
    "Gate",
    "gate_of",
    "is_valid_stage_key",
    "stage_key_for",
    "stops_cadences",
]
