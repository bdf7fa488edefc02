"""Guessing a prospect's time zone from their phone, city and country."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from app.core.calling import (
    SOURCE_CITY,
    SOURCE_COUNTRY,
    SOURCE_PHONE,
    SOURCE_REP,
    country_time_zones,
    guess_time_zone,
    same_clock,
    time_zones,
)
from app.core.validation import check_phone

REP = ZoneInfo("Europe/Vilnius")
WHEN = datetime(2026, 12, 7, tzinfo=UTC)


def guess(
    phone: tuple[str, ...], country: str | None = None, city: str | None = None
) -> tuple[str, bool, str]:
    result = guess_time_zone(phone, country, city, ZoneInfo("Asia/Tokyo"), at=WHEN)
    return result.zone.key, result.guessed, result.source


@pytest.mark.parametrize(
    ("phone", "country", "city", "expected"),
    [
        # One zone from the phone wins, whatever the country says.
        (("America/New_York",), None, None, ("America/New_York", False, SOURCE_PHONE)),
        # phonenumbers files Lithuania under Bucharest: same clock, the country's name.
        (("Europe/Bucharest",), "LT", None, ("Europe/Vilnius", False, SOURCE_PHONE)),
        (("Europe/Bucharest",), None, None, ("Europe/Bucharest", False, SOURCE_PHONE)),
        # Several zones with the same clock all year: the first.
        (("Europe/Riga", "Europe/Tallinn"), None, None, ("Europe/Riga", False, SOURCE_PHONE)),
        # London and Abidjan agree in winter only: not the same clock.
        (("Europe/London", "Africa/Abidjan"), None, None, ("Asia/Tokyo", True, SOURCE_REP)),
        # Several zones that differ: the city picks one of them.
        (
            ("America/New_York", "America/Chicago"),
            "US",
            "chicago",
            ("America/Chicago", False, SOURCE_CITY),
        ),
        (("America/New_York", "America/Chicago"), "US", None, ("Asia/Tokyo", True, SOURCE_REP)),
        # No phone: the city among the country's zones, with accents and spaces folded.
        ((), "United States", "Los Angeles", ("America/Los_Angeles", False, SOURCE_CITY)),
        ((), "Россия", "Новосибирск", ("Asia/Tokyo", True, SOURCE_REP)),
        ((), "RU", "Novosibirsk", ("Asia/Novosibirsk", False, SOURCE_CITY)),
        # No phone, no country: any zone named after the city, but marked guessed.
        ((), None, "Zürich", ("Europe/Zurich", True, SOURCE_CITY)),
        # A country with one zone.
        ((), "Lithuania", None, ("Europe/Vilnius", False, SOURCE_COUNTRY)),
        ((), "Литва", "Kaunas", ("Europe/Vilnius", False, SOURCE_COUNTRY)),
        ((), "GB", None, ("Europe/London", False, SOURCE_COUNTRY)),
        # zone.tab gives China two zones (Shanghai and Urumqi, two hours apart): guessed.
        ((), "CN", None, ("Asia/Tokyo", True, SOURCE_REP)),
        ((), "US", None, ("Asia/Tokyo", True, SOURCE_REP)),
        # Nothing usable at all.
        (("Etc/Unknown", "Not/A_Zone", ""), "Narnia", None, ("Asia/Tokyo", True, SOURCE_REP)),
    ],
)
def test_guesses(
    phone: tuple[str, ...], country: str | None, city: str | None, expected: tuple[str, bool, str]
) -> None:
    assert guess(phone, country, city) == expected


def test_with_the_validators_time_zones() -> None:
    def zones(number: str) -> tuple[str, ...]:
        return check_phone(number).time_zones

    assert guess(zones("+1 212 555 0100"), "US") == ("America/New_York", False, SOURCE_PHONE)
    assert guess(zones("+61 2 9374 4000"), "AU") == ("Australia/Sydney", False, SOURCE_PHONE)
    assert guess(zones("+370 5 212 3456"), "LT") == ("Europe/Vilnius", False, SOURCE_PHONE)
    # A toll-free number could be anywhere in the +1 area: the city decides, else the rep.
    toll_free = zones("+1 800 555 0100")
    assert len(toll_free) > 1
    assert guess(toll_free, "US", "Denver") == ("America/Denver", False, SOURCE_CITY)
    assert guess(toll_free, "US") == ("Asia/Tokyo", True, SOURCE_REP)


def test_rep_zone_is_the_last_resort_and_is_returned_as_given() -> None:
    result = guess_time_zone((), None, None, REP)
    assert (result.zone, result.guessed, result.source) == (REP, True, SOURCE_REP)


def test_country_time_zones_come_from_zone_tab() -> None:
    assert country_time_zones("NO") == ("Europe/Oslo",)
    assert country_time_zones("Lithuania") == ("Europe/Vilnius",)
    assert country_time_zones("CN") == ("Asia/Shanghai", "Asia/Urumqi")
    assert "Europe/Moscow" in country_time_zones("RU")
    assert country_time_zones("Narnia") == ()
    assert country_time_zones(None) == ()


def test_same_clock() -> None:
    def zones(*names: str) -> list[ZoneInfo]:
        return [ZoneInfo(name) for name in names]

    assert same_clock(zones("Europe/Vilnius", "Europe/Kyiv", "Europe/Helsinki"), 2026)
    assert not same_clock(zones("Europe/Vilnius", "Europe/Minsk"), 2026)
    # New York and Toronto share every DST date; London and Casablanca never agree long.
    assert same_clock(zones("America/New_York", "America/Toronto"), 2026)
    assert not same_clock(zones("Europe/London", "Africa/Casablanca"), 2026)
    assert same_clock([], 2026)


def test_without_zone_tab_the_phone_metadata_is_a_careful_fallback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No tzdata package and no system copy: zones come from phonenumbers' prefixes."""
    monkeypatch.setattr(time_zones, "_read_zone_tab", lambda: None)
    time_zones._zone_table.cache_clear()
    try:
        assert country_time_zones("LT") == ("Europe/Bucharest",)
        # +7 is shared by Russia and Kazakhstan: more zones, so never a bold guess.
        assert {"Europe/Moscow", "Asia/Almaty"} <= set(country_time_zones("RU"))
        assert guess((), "Lithuania") == ("Europe/Bucharest", False, SOURCE_COUNTRY)
    finally:
        monkeypatch.undo()
        time_zones._zone_table.cache_clear()
    assert country_time_zones("LT") == ("Europe/Vilnius",)
