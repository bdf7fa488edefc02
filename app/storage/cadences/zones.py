"""Which clock a prospect lives by, guessed once per distinct (zone, country, city)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from app.core.calling import TimeZoneGuess, guess_time_zone


class ZoneGuesser:
    """:func:`~app.core.calling.guess_time_zone` with a cache, for thousands of contacts.

    Contacts share a handful of (phone zone, country, city) combinations, and the guess
    compares a year of offsets, so each combination is guessed once.
    """

    def __init__(self, rep_zone: ZoneInfo, at: datetime) -> None:
        self._rep_zone = rep_zone
        self._at = at
        self._guesses: dict[tuple[str | None, str | None, str | None], TimeZoneGuess] = {}
        self._zones: dict[str, ZoneInfo] = {}

    def guess(self, phone_zone: str | None, country: str | None, city: str | None) -> TimeZoneGuess:
        """The prospect's zone from the phone's zone column, their country and city.

        Args:
            phone_zone: ``contacts.time_zone`` (the phone's one unambiguous zone), or None.
            country: Their country, ISO code or name.
            city: Their city as written.

        Returns:
            The guess (the rep's zone, marked guessed, when nothing else tells).
        """
        key = (phone_zone or None, country or None, city or None)
        found = self._guesses.get(key)
        if found is None:
            phones = (phone_zone,) if phone_zone else ()
            found = guess_time_zone(phones, country, city, self._rep_zone, at=self._at)
            self._guesses[key] = found
        return found

    def zone(self, name: str) -> ZoneInfo | None:
        """A stored zone name as a :class:`ZoneInfo`, or None when not known here."""
        found = self._zones.get(name)
        if found is None:
            try:
                found = ZoneInfo(name)
            except (ValueError, OSError):
                return None
            self._zones[name] = found
        return found


__all__ = ["ZoneGuesser"]
