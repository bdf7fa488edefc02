"""Guess a prospect's time zone from their phone number, city and country.

Where the country-to-zones table comes from: the ``tzdata`` package (installed with the
app: ``icalendar`` requires it, and ``zoneinfo`` needs it on Windows) ships IANA's
``zone.tab``, one line per country and zone, most populous zone first. It is read from the
package with ``importlib.resources``; without the package, from the system's zoneinfo
folder (``zoneinfo.TZPATH``: Linux and macOS have ``zone.tab`` there). Only if neither has
it are the zones taken from phonenumbers' geographic time-zone table for every prefix of
the country's calling code; that last source is coarse (a calling code can be shared, as
+1 and +7 are), but it only ever makes a country look like it has more zones, which
makes the guess more careful, never bolder.

``zone.tab`` rather than ``zone1970.tab``: the latter files Norway under Europe/Berlin
(same clocks since 1970), while a rep expects to see Europe/Oslo.
"""

from __future__ import annotations

import importlib.resources
import unicodedata
import zoneinfo
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from app.core.validation.countries import region_for_country

__all__ = [
    "SOURCE_CITY",
    "SOURCE_COUNTRY",
    "SOURCE_PHONE",
    "SOURCE_REP",
    "TimeZoneGuess",
    "country_time_zones",
    "guess_time_zone",
    "same_clock",
]

#: The phone number's zones (one, or several that always agree).
SOURCE_PHONE = "phone"
#: A zone named after the contact's city, among the phone's or the country's zones.
SOURCE_CITY = "city"
#: The country's only zone (or zones that always agree).
SOURCE_COUNTRY = "country"
#: Nothing better: the rep's own zone.
SOURCE_REP = "rep"


class TimeZoneGuess(NamedTuple):
    """The result of :func:`guess_time_zone`.

    Attributes:
        zone: The zone to use.
        guessed: True when it is a fallback the rep should check (marked in the UI).
        source: ``"phone"``, ``"city"``, ``"country"`` or ``"rep"``.
    """

    zone: ZoneInfo
    guessed: bool
    source: str


def _read_zone_tab() -> str | None:
    try:
        return (
            importlib.resources.files("tzdata")
            .joinpath("zoneinfo", "zone.tab")
            .read_text(encoding="utf-8")
        )
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        pass
    for folder in zoneinfo.TZPATH:
        path = Path(folder) / "zone.tab"
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            continue
    return None


@cache
def _zone_table() -> dict[str, tuple[str, ...]]:
    """Country code -> zones, from ``zone.tab`` (empty when no copy is found)."""
    text = _read_zone_tab()
    table: dict[str, list[str]] = {}
    for line in (text or "").splitlines():
        if not line or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) >= 3:
            table.setdefault(columns[0].strip().upper(), []).append(columns[2].strip())
    return {country: tuple(zones) for country, zones in table.items()}


@cache
def _phone_zones(region: str) -> tuple[str, ...]:
    # The fallback of the module docstring: every zone phonenumbers files under a prefix
    # of the region's calling code.
    import phonenumbers
    from phonenumbers.tzdata import TIMEZONE_DATA

    code = phonenumbers.country_code_for_region(region)
    if not code:
        return ()
    prefix = str(code)
    found: dict[str, None] = {}
    for key, zones in TIMEZONE_DATA.items():
        if key.startswith(prefix):
            for zone in zones:
                if zone != "Etc/Unknown":
                    found[zone] = None
    return tuple(found)


def country_time_zones(country: str | None) -> tuple[str, ...]:
    """Return the IANA zones of a country, the most populous first.

    Args:
        country: An ISO code or a name (``"CN"``, ``"China"``, ``"Китай"``).

    Returns:
        Zone names (``("Europe/Vilnius",)``); empty for an unknown country.
    """
    region = region_for_country(country)
    if region is None:
        return ()
    table = _zone_table()
    if table:
        return table.get(region, ())
    return _phone_zones(region)


def _valid_zones(names: Iterable[str]) -> tuple[ZoneInfo, ...]:
    zones: dict[str, ZoneInfo] = {}
    for name in names:
        if not name or name in zones or name == "Etc/Unknown":
            continue
        try:
            zones[name] = ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            continue
    return tuple(zones.values())


@lru_cache(maxsize=1024)
def _same_clock_in_year(names: tuple[str, ...], year: int) -> bool:
    zones = [ZoneInfo(name) for name in names]
    # Every day at noon UTC: two zones whose DST starts a week apart differ for that week.
    start = datetime(year, 1, 1, 12, tzinfo=UTC)
    for offset in range((date(year + 1, 1, 1) - date(year, 1, 1)).days):
        moment = start + timedelta(days=offset)
        first = moment.astimezone(zones[0]).utcoffset()
        if any(moment.astimezone(zone).utcoffset() != first for zone in zones[1:]):
            return False
    return True


def same_clock(zones: Sequence[ZoneInfo], year: int) -> bool:
    """True when the zones show the same UTC offset on every day of ``year``.

    Args:
        zones: The zones to compare (an empty or one-zone list agrees with itself).
        year: The calendar year compared (each day at 12:00 UTC).

    Returns:
        Whether one of them can stand for all, all year.
    """
    names = tuple(sorted({zone.key for zone in zones}))
    return len(names) <= 1 or _same_clock_in_year(names, year)


def _city_key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return "".join(ch for ch in letters if ch.isalnum())


def _zone_for_city(city: str, zones: Iterable[ZoneInfo]) -> ZoneInfo | None:
    key = _city_key(city)
    if not key:
        return None
    for zone in zones:
        # "America/Argentina/Buenos_Aires" is the city "Buenos Aires".
        if _city_key(zone.key.rsplit("/", 1)[-1]) == key:
            return zone
    return None


def _local_name(zone: ZoneInfo, country_zones: Sequence[ZoneInfo], year: int) -> ZoneInfo:
    # phonenumbers files Lithuanian numbers under Europe/Bucharest: the same clock, but a
    # rep in doubt reads "Vilnius" better. Prefer the country's zone that always agrees.
    if zone in country_zones:
        return zone
    for candidate in country_zones:
        if same_clock((zone, candidate), year):
            return candidate
    return zone


def _all_zones() -> tuple[ZoneInfo, ...]:
    return _valid_zones(name for zones in _zone_table().values() for name in zones)


def guess_time_zone(
    phone_time_zones: Sequence[str],
    country: str | None,
    city: str | None,
    rep_tz: ZoneInfo,
    *,
    at: datetime | None = None,
) -> TimeZoneGuess:
    """Guess where a prospect's clock is, and say how sure the guess is.

    In order: the phone's zones when there is one, or several that show the same offset
    all year (source ``"phone"``; named after the country's zone with the same clock when
    there is one: Europe/Vilnius rather than phonenumbers' Europe/Bucharest); a zone named
    after the city, among the phone's zones, else the country's, else all zones
    (``"city"``, marked guessed only in the last case: "Paris" alone may be Texas); the
    country's zone when it has one, or several that always agree (``"country"``); else
    the rep's own zone, marked guessed (``"rep"``).

    Args:
        phone_time_zones: ``PhoneCheck.time_zones`` of the prospect's number (phonenumbers'
            geographic table); unknown or invalid names are ignored.
        country: The prospect's country, ISO code or name, or None.
        city: The prospect's city as written (``"Los Angeles"``, ``"Zürich"``), or None.
        rep_tz: The rep's own zone, the last resort.
        at: The moment the guess is for: offsets are compared over its year (default now).

    Returns:
        A :class:`TimeZoneGuess` (``zone``, ``guessed``, ``source``).
    """
    year = (at or datetime.now(UTC)).year
    phone = _valid_zones(phone_time_zones)
    country_zones = _valid_zones(country_time_zones(country))
    if phone and same_clock(phone, year):
        return TimeZoneGuess(_local_name(phone[0], country_zones, year), False, SOURCE_PHONE)
    if city:
        pool = phone or country_zones
        match = _zone_for_city(city, pool or _all_zones())
        if match is not None:
            return TimeZoneGuess(match, not pool, SOURCE_CITY)
    if country_zones and same_clock(country_zones, year):
        return TimeZoneGuess(country_zones[0], False, SOURCE_COUNTRY)
    return TimeZoneGuess(rep_tz, True, SOURCE_REP)
