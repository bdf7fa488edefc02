"""Wall-clock time in a time zone, turned into UTC without surprises on DST days.

Everything that says "09:00 at the prospect's" goes through :func:`local_to_utc`, so a
step or a calling window keeps its local time across daylight-saving changes, and the two
awkward cases are decided once, here, on purpose:

- a time that does not exist (clocks jump from 02:00 to 03:00, so 02:30 never happens)
  becomes the moment the same distance after the jump (03:30): the clock reads what it
  would have read had nobody moved it, and the moment is never earlier than asked;
- a time that happens twice (clocks go back from 02:00 to 01:00, so 01:30 happens twice)
  is the first of the two (``fold=0``): a call planned for 01:30 is not an hour late.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

__all__ = ["local_to_utc", "require_aware"]


def require_aware(moment: datetime, name: str) -> datetime:
    """Return ``moment`` in UTC, refusing a naive datetime.

    A naive datetime has no zone, so "09:00" could be any of 38 moments; the core never
    guesses which. This is a programming error, not a user's, hence the plain ValueError.

    Args:
        moment: An aware datetime (any zone).
        name: The argument's name, for the error.

    Returns:
        The same instant with ``tzinfo=UTC``.

    Raises:
        ValueError: If ``moment`` is naive.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime, got {moment!r}")
    return moment.astimezone(UTC)


def local_to_utc(day: date, at: time, zone: ZoneInfo) -> datetime:
    """Return the UTC moment when clocks in ``zone`` read ``at`` on ``day``.

    Args:
        day: The local calendar date.
        at: The local wall-clock time (naive; its ``fold`` is ignored).
        zone: The IANA zone of the wall clock.

    Returns:
        An aware UTC datetime. A local time inside a spring-forward gap moves forward by
        the gap's length; a local time that happens twice is its first occurrence.
    """
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    first = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    second = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    if first == second:
        return first
    # The two readings differ only around a transition. If the wall time really occurs
    # (a round trip gives it back) it is a repeated hour: take the earlier instant. If it
    # does not, it is a gap: fold=0 reads it with the offset from before the jump, which
    # lands after the gap; fold=1 would land before it. Take the later instant.
    occurs = first.astimezone(zone).replace(tzinfo=None) == naive
    return min(first, second) if occurs else max(first, second)
