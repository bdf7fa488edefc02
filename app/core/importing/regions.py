"""The default phone region of a file, read from the file itself.

A national number (``8 (495) 123-45-67``, ``(415) 555-0100``) means nothing without a
country. The user may name one (``--region``, the wizard's choice); when nobody does, the
file is evidence: numbers written with a country code (``+7 495 …``), a country column,
and cities a list names. :func:`infer_region` weighs them over a sample of rows and names
a region only when one clearly leads, so a mixed international list keeps reading
national numbers by each row's own country, or not at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Final, NamedTuple

import phonenumbers

from app.core.importing.codes import fold_text
from app.core.validation import region_for_country

__all__ = ["RegionGuess", "infer_region"]

#: Share of the evidence the leading region needs before it becomes the file's default.
LEAD_SHARE: Final = 0.6
#: Least evidence (numbers with a country code, country cells, known cities) to decide on.
MIN_EVIDENCE: Final = 3

#: Large cities, as lists write them, and their country: the file's cities are evidence
#: when it has neither a country column nor numbers with a country code.
_CITIES: Final[dict[str, str]] = {
    fold_text(name): region
    for region, names in {
        "RU": ("Москва", "Moscow", "Санкт-Петербург", "Saint Petersburg", "St. Petersburg",
               "Новосибирск", "Екатеринбург", "Казань", "Нижний Новгород", "Челябинск",
               "Самара", "Омск", "Ростов-на-Дону", "Уфа", "Красноярск", "Пермь", "Воронеж",
               "Волгоград", "Краснодар", "Тюмень", "Калининград", "Спб"),
        "CN": ("北京", "上海", "广州", "深圳", "杭州", "成都", "南京", "武汉", "天津", "西安",
               "Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Hangzhou"),
        "LT": ("Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys"),
        "DE": ("Berlin", "München", "Munich", "Hamburg", "Köln", "Frankfurt am Main",
               "Stuttgart", "Düsseldorf", "Leipzig"),
        "FR": ("Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Nantes", "Bordeaux"),
        "ES": ("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga"),
        "US": ("New York", "San Francisco", "Los Angeles", "Chicago", "Boston", "Seattle",
               "Austin", "Houston", "Denver", "Atlanta"),
        "GB": ("London", "Manchester", "Birmingham", "Edinburgh", "Glasgow", "Leeds"),
    }.items()
    for name in names
}  # fmt: skip


class RegionGuess(NamedTuple):
    """The region a file's evidence points to, and how much evidence there was.

    Attributes:
        region: The region code, or None when nothing clearly leads.
        evidence: How many cells spoke (numbers with a country code, countries, cities).
        share: The leading region's share of them (0 when there was none).
    """

    region: str | None
    evidence: int
    share: float


def _phone_region(text: str) -> str | None:
    digits = text.strip()
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not digits.startswith("+"):
        return None
    try:
        number = phonenumbers.parse(digits, None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(number)
    if region in (None, "ZZ", "001"):
        # +7 is Russia and Kazakhstan, +1 the whole NANP: the main country of the code.
        code = number.country_code
        return phonenumbers.region_code_for_country_code(code) or None if code else None
    return region


def infer_region(
    phones: Iterable[str], countries: Iterable[str] = (), cities: Iterable[str] = ()
) -> RegionGuess:
    """The file's default phone region from a sample of its cells.

    Numbers with a country code, country cells and known cities count once each. A
    region becomes the default when it has at least ``MIN_EVIDENCE`` votes and
    ``LEAD_SHARE`` of them: one ``+1`` number in a Russian list decides nothing.

    Args:
        phones: Phone cells as written (national ones are ignored here).
        countries: Country cells.
        cities: City cells.

    Returns:
        The guess (``region`` None when the evidence is thin or split).
    """
    votes: Counter[str] = Counter()
    for text in phones:
        if text:
            region = _phone_region(text)
            if region:
                votes[region] += 1
    for text in countries:
        region = region_for_country(text.strip()) if text and text.strip() else None
        if region:
            votes[region] += 1
    for text in cities:
        region = _CITIES.get(fold_text(text)) if text else None
        if region:
            votes[region] += 1
    total = sum(votes.values())
    if not total:
        return RegionGuess(None, 0, 0.0)
    region, count = votes.most_common(1)[0]
    share = count / total
    if total < MIN_EVIDENCE or share < LEAD_SHARE:
        return RegionGuess(None, total, share)
    return RegionGuess(region, total, share)
