"""Weighted round-robin by stride scheduling.

Each rep in the rotation has a *pass* (a number that only grows). The next lead goes to
the rep with the lowest pass (the lower id on a tie), whose pass then grows by their
*stride*, ``STRIDE_UNIT // weight``: a rep of weight 2 moves on half as far per lead and
so gets twice the leads of a rep of weight 1. Over any run of leads each rep's share
stays close to ``weight / total weight`` (a lead or two off at most).

Why stride scheduling rather than a counter per rep: a rep who was away, or who joins
the rotation, starts at the rotation's current pass (:func:`joining_pass`) instead of
their old one, so they do not get a burst of "catch-up" leads when they come back.

Because passes only grow, picking is safe to race: if the chosen rep's pass is still the
value that was read (a conditional UPDATE checks it), every other rep's pass is at least
what was read, so the choice is still the lowest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["MAX_WEIGHT", "STRIDE_UNIT", "RotationSlot", "joining_pass", "pick_next", "stride"]

#: The distance a rep of weight 1 moves on per lead. Divisible by every weight up to 12
#: (so common weights divide exactly); larger weights round down by under a millionth.
STRIDE_UNIT = 27_720 * 1_000

#: The largest share a rep can be given.
MAX_WEIGHT = 100


@dataclass(frozen=True, slots=True)
class RotationSlot:
    """One rep's place in the rotation.

    Attributes:
        rep_id: The rep.
        pass_: Where the rep stands (lowest goes next).
        weight: The rep's share, 1 to :data:`MAX_WEIGHT`.
    """

    rep_id: int
    pass_: int
    weight: int


def stride(weight: int) -> int:
    """How far a rep of ``weight`` moves on per lead (weights are clamped to 1..MAX)."""
    return STRIDE_UNIT // max(1, min(int(weight), MAX_WEIGHT))


def pick_next(slots: Iterable[RotationSlot]) -> RotationSlot | None:
    """The rep who gets the next lead: lowest pass, then lowest id; None when empty."""
    return min(slots, key=lambda s: (s.pass_, s.rep_id), default=None)


def joining_pass(own_pass: int, others: Iterable[RotationSlot]) -> int:
    """The pass of a rep joining (or coming back to) the rotation.

    The rotation's current position is the lowest pass among the reps in it; a rep
    behind it is moved up to it (no catch-up burst), a rep ahead keeps their place.
    """
    current = min((s.pass_ for s in others), default=own_pass)
    return max(own_pass, current)
