"""The current time, as something that can be replaced: the system clock, or a fixed one.

Code that decides by "now" (due tasks, "last touched 3 days ago", cadence steps) takes a
``Clock`` instead of calling ``datetime.now()``, so tests and the ``--now`` option can pin
the moment. Every clock answers in aware UTC; local time is a matter of display.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the current moment."""

    def now(self) -> dt.datetime:
        """The current moment, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The computer's clock."""

    def now(self) -> dt.datetime:
        """The current moment, timezone-aware, in UTC."""
        return dt.datetime.now(dt.UTC)


class FixedClock:
    """A clock that stands still at a given moment until it is moved (tests, ``--now``)."""

    def __init__(self, moment: dt.datetime) -> None:
        """Stop the clock at ``moment``.

        Args:
            moment: an aware datetime in any zone; it is kept in UTC.

        Raises:
            ValueError: ``moment`` is naive: whether it meant local time or UTC is unknown.
        """
        self._moment = _aware_utc(moment)

    @classmethod
    def from_iso(cls, text: str) -> FixedClock:
        """A clock stopped at an ISO 8601 moment with its offset, e.g. ``2026-03-02T09:30Z``.

        Raises:
            ValueError: the text is not an ISO 8601 date-time, or has no offset.
        """
        return cls(dt.datetime.fromisoformat(text.strip()))

    def now(self) -> dt.datetime:
        """The moment the clock stands at, in UTC."""
        return self._moment

    def set(self, moment: dt.datetime) -> None:
        """Move the clock to ``moment`` (aware; kept in UTC)."""
        self._moment = _aware_utc(moment)

    def advance(self, delta: dt.timedelta) -> None:
        """Move the clock by ``delta`` (negative moves it back)."""
        self._moment += delta


def _aware_utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a clock needs an aware datetime (with a time zone), got {moment}")
    return moment.astimezone(dt.UTC)
