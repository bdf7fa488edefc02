"""The return date an out-of-office message names, in en, ru, zh, lt and de.

Dates are found by pattern and built with :class:`datetime.date` (which rejects
31 February); day arithmetic uses :class:`datetime.timedelta`. Forms read:

- ISO ``2026-12-14`` (also Lithuanian usage), ``2026/12/14``;
- numeric ``14.12.2026``, ``14.12.26``, ``14.12.`` (de, ru, lt), ``12/14/2026`` and
  ``14/12/2026`` (en: day first when the first number is above 12, else month first);
- month names: ``December 14[, 2026]``, ``14 December [2026]``, ``Dec 14th``,
  ``14. Dezember [2026]``, ``14 декабря [2026]``, ``gruodžio 14 d.``, ``2026 m. gruodžio 14 d.``;
- Chinese ``2026年12月14日``, ``12月14日``.

A date without a year is the next such day on or after the message date. Only dates
from the message date up to a year later count; of those the latest is the return date
(an "away from 7 to 14 December" message returns on the 14th). A date named after
"until"-like words (``until``, ``till``, ``bis``, ``по``, ``до``, ``iki``, ``至``, ``到``) is
the last day away, so work resumes the day after.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Final

#: Month names (and common abbreviations) → month number; Russian in the genitive and
#: nominative, Lithuanian in the genitive (the form dates use).
MONTHS: Final[dict[str, int]] = {
    **{name: i for i, name in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"), start=1)},
    **{name: i for i, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1)},
    "sept": 9,
    **{name: i for i, name in enumerate(
        ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
         "september", "oktober", "november", "dezember"), start=1)},
    "jänner": 1, "maerz": 3, "okt": 10, "dez": 12, "mrz": 3,
    **{name: i for i, name in enumerate(
        ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
         "сентября", "октября", "ноября", "декабря"), start=1)},
    **{name: i for i, name in enumerate(
        ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
         "сентябрь", "октябрь", "ноябрь", "декабрь"), start=1)},
    **{name: i for i, name in enumerate(
        ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
         "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"), start=1)},
}  # fmt: skip

#: Words after which a date is the last day away (work resumes the next day).
UNTIL_WORDS: Final = ("until", "till", "through", "bis", "по", "до", "iki", "至", "到", "直到")

_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_YEAR = r"(?P<year>\d{4})"
_PATTERNS: Final = (
    re.compile(r"\b(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})\b"),
    re.compile(r"(?<![\d.])\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})(?:\.(?P<year>\d{4}|\d{2})?)?(?!\.?\d)"),
    re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{2,4})\b"),
    re.compile(rf"(?:(?P<lyear>\d{{4}})\s*m\.\s*)?\b(?P<mname>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?!\d)"
               rf"(?:st|nd|rd|th|\s*d\.)?(?:,?\s+{_YEAR})?", re.IGNORECASE),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<mname>{_MONTH})\b\.?"
               rf"(?:,?\s+{_YEAR})?", re.IGNORECASE),
    re.compile(r"(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]"),
)  # fmt: skip
_UNTIL = re.compile(
    "(" + "|".join(re.escape(w) for w in UNTIL_WORDS) + r")\W{0,3}(\w+\W+){0,2}$", re.IGNORECASE
)
_HORIZON = dt.timedelta(days=366)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def _build(year: int | None, month: int, day: int, sent: dt.date) -> dt.date | None:
    """The date, with a missing year resolved to the next such day on or after ``sent``."""
    try:
        if year is not None:
            return dt.date(year, month, day)
        candidate = dt.date(sent.year, month, day)
        if candidate < sent:
            candidate = dt.date(sent.year + 1, month, day)
        return candidate
    except ValueError:  # 31 February and other impossible days
        return None


def _candidates(match: re.Match[str], sent: dt.date) -> Iterator[dt.date]:
    groups = match.groupdict()
    year = _year(groups.get("year") or groups.get("lyear"))
    if groups.get("a") is not None:
        first, second = int(groups["a"]), int(groups["b"])
        # Day first when it cannot be a month; otherwise both readings are tried.
        orders = [(second, first)] if first > 12 else [(first, second), (second, first)]
        for month_number, day_number in orders:
            found = _build(year, month_number, day_number, sent)
            if found is not None:
                yield found
        return
    month: int | None = None
    if groups.get("mname"):
        month = MONTHS.get(groups["mname"].lower().rstrip("."))
    elif groups.get("month"):
        month = int(groups["month"])
    if month is None or not 1 <= month <= 12:
        return
    found = _build(year, month, int(groups["day"]), sent)
    if found is not None:
        yield found


def return_date(text: str, sent: dt.datetime) -> dt.date | None:
    """The day the sender is back, read from an out-of-office text, or None.

    Args:
        text: The message's subject and text.
        sent: When the message was sent (aware); dates before it or more than a year
            after it are ignored.

    Returns:
        The first working day back (see the module docstring).
    """
    start = sent.astimezone(dt.UTC).date()
    best: dt.date | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 30) : match.start()]
            after_until = _UNTIL.search(before) is not None
            for found in _candidates(match, start):
                back = found + dt.timedelta(days=1) if after_until else found
                if not start <= found <= start + _HORIZON:
                    continue
                if best is None or back > best:
                    best = back
    return best


__all__ = ["MONTHS", "UNTIL_WORDS", "return_date"]
