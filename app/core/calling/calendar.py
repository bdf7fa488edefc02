"""A country's public holidays and weekend, from the ``holidays`` package, for any year.

:class:`PublicHolidays` answers three questions about a local date: is it a public
holiday (and what is it called), is it the country's weekend, and is it a working day. It
is what :func:`~app.core.calling.hours.can_call` checks for the prospect's country and
what cadence scheduling takes to skip the rep's holidays (it is a ``Container[date]``).

One ``holidays`` object per country, subdivision, language and year is built once and
cached; each is fully populated when built and never changed afterwards, so the cached
objects are safe to share between threads.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import warnings
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import holidays
from holidays import HolidayBase

from app.core.validation.countries import region_for_country

__all__ = ["DEFAULT_WEEKEND", "PublicHolidays", "public_holidays"]

#: Saturday and Sunday (``date.weekday()`` numbers): the weekend where no calendar is known.
DEFAULT_WEEKEND: frozenset[int] = frozenset({5, 6})
_COUNTRIES_PACKAGE = "holidays.countries"


def _load_countries_one_by_one() -> None:
    """Let ``holidays`` import only the countries that are asked for.

    Its registry loads a country's module on first use, but importing any one of them runs
    the ``holidays.countries`` package's ``__init__``, which imports all 250 (about 0.1 s of
    every command that checks calling hours: most of ``today --json``'s budget). The
    package is registered without running that ``__init__``, so only the per-country
    loading the registry intends happens. Should the package's layout ever differ, the
    normal import is left alone, and :func:`_year_calendar` falls back to it on a failed
    import.
    """
    if _COUNTRIES_PACKAGE in sys.modules:
        return
    spec = importlib.util.find_spec(_COUNTRIES_PACKAGE)
    if spec is None or spec.submodule_search_locations is None:
        return
    sys.modules[_COUNTRIES_PACKAGE] = importlib.util.module_from_spec(spec)


def _load_countries_whole() -> None:
    """Undo :func:`_load_countries_one_by_one`: import the package as it is written."""
    for name in [n for n in sys.modules if n == _COUNTRIES_PACKAGE or n.startswith(
        _COUNTRIES_PACKAGE + "."
    )]:  # fmt: skip
        del sys.modules[name]
    importlib.import_module(_COUNTRIES_PACKAGE)


_load_countries_one_by_one()


@lru_cache(maxsize=512)
def _year_calendar(
    region: str, subdivision: str | None, language: str | None, year: int
) -> HolidayBase | None:
    # expand=False: the object holds exactly this year and never grows on a lookup, so it
    # stays read-only once cached.
    try:
        # Some calendars (India's lunar holidays) warn about years far from the one asked
        # for; a command's stderr must stay one clear line, so the notice is dropped.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Requested Holidays are available only")
            try:
                return holidays.country_holidays(
                    region, subdiv=subdivision, years=year, expand=False, language=language
                )
            except ImportError:
                _load_countries_whole()  # a country module that needs the whole package
                return holidays.country_holidays(
                    region, subdiv=subdivision, years=year, expand=False, language=language
                )
    except NotImplementedError:
        return None


@lru_cache(maxsize=256)
def _resolve(region: str, subdivision: str | None) -> tuple[bool, str | None]:
    """Whether ``holidays`` knows the region, and the subdivision spelling it accepts."""
    if _year_calendar(region, None, None, 2000) is None:
        return False, None
    if not subdivision:
        return True, None
    for spelling in (subdivision.strip(), subdivision.strip().upper()):
        calendar = _year_calendar(region, spelling, None, 2000) if spelling else None
        if calendar is not None:
            # "Texas" and "TX" are one calendar: keep the code, so equal values compare equal.
            return True, calendar.subdivisions_aliases.get(spelling, spelling)
    return True, None


@dataclass(frozen=True, slots=True)
class PublicHolidays:
    """The public holidays and weekend of one country (and subdivision), every year.

    Build it with :func:`public_holidays`. ``date in calendar`` is True on a public
    holiday. Without a known country it has no holidays and a Saturday-Sunday weekend.

    Attributes:
        region: The ISO 3166-1 alpha-2 code, or None when no calendar is known.
        subdivision: The subdivision code or name ``holidays`` accepted, or None.
        language: The language asked for holiday names (None: the package's default).
    """

    region: str | None = None
    subdivision: str | None = None
    language: str | None = None

    @property
    def code(self) -> str:
        """``"US-TX"``, ``"LT"``, or ``""`` when no calendar is known."""
        if self.region is None:
            return ""
        return f"{self.region}-{self.subdivision}" if self.subdivision else self.region

    def _calendar(self, day: date) -> HolidayBase | None:
        if self.region is None:
            return None
        return _year_calendar(self.region, self.subdivision, self.language, day.year)

    def __contains__(self, day: object) -> bool:
        """True if ``day`` (a date) is a public holiday here."""
        if not isinstance(day, date):
            return False
        calendar = self._calendar(day)
        return calendar is not None and day in calendar

    def name(self, day: date) -> str | None:
        """The holiday's name as ``holidays`` gives it (several joined by "; "), or None."""
        calendar = self._calendar(day)
        if calendar is None or day not in calendar:
            return None
        return str(calendar[day])

    def is_weekend(self, day: date) -> bool:
        """True on the country's weekend, unless that weekend day is an official workday.

        The weekend comes from ``holidays`` per date (the UAE moved theirs in 2022; Saudi
        Arabia's is Friday and Saturday); a Saturday turned into a working day by decree
        (as in China or Russia, when the package lists it) is not a weekend day.
        """
        calendar = self._calendar(day)
        if calendar is None:
            return day.weekday() in DEFAULT_WEEKEND
        return calendar.is_weekend(day) and day not in calendar.weekend_workdays

    def is_working_day(self, day: date) -> bool:
        """True when ``day`` is neither a weekend day nor a public holiday here."""
        return not self.is_weekend(day) and day not in self


def public_holidays(
    country: str | None, subdivision: str | None = None, *, language: str | None = None
) -> PublicHolidays:
    """Return the holiday calendar of a country written in any common way.

    Args:
        country: An ISO code (``"LT"``) or a name (``"Lithuania"``, ``"Литва"``), as
            :func:`~app.core.validation.countries.region_for_country` reads them.
        subdivision: A state or region as ``holidays`` names it (``"TX"`` or ``"Texas"``);
            an unknown one is dropped and the country's calendar used (see ``code``).
        language: A language for holiday names among the country's supported ones
            (``"en_US"``); None for the package's default.

    Returns:
        The calendar; an empty one (``code == ""``) when the country is unknown to us or
        to ``holidays``.
    """
    region = region_for_country(country)
    if region is None:
        return PublicHolidays()
    known, spelling = _resolve(region, subdivision)
    if not known:
        return PublicHolidays()
    return PublicHolidays(region, spelling, language)
