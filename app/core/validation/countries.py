"""Map the free-text country of a contact to a phone region code (ISO 3166-1 alpha-2).

The contact's country decides how a number written without ``+`` is read
(``8 (495) …`` is Moscow only if we know the contact is in Russia). The table is small
on purpose: the countries our users prospect in, each with the spellings seen in their
lists (English, native, Russian, Chinese, Lithuanian). Any two-letter code that
phonenumbers knows is accepted as is.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final

__all__ = ["COUNTRY_NAMES", "region_for_country", "supported_regions"]

#: Region code -> other ways to write the country (ISO alpha-3 codes included).
COUNTRY_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "RU": ("RUS", "Russia", "Russian Federation", "Россия", "Российская Федерация", "РФ",
           "俄罗斯", "Rusija"),
    "BY": ("BLR", "Belarus", "Беларусь", "Белоруссия", "白俄罗斯", "Baltarusija"),
    "UA": ("UKR", "Ukraine", "Україна", "Украина", "乌克兰", "Ukraina"),
    "KZ": ("KAZ", "Kazakhstan", "Казахстан", "Қазақстан", "哈萨克斯坦", "Kazachstanas"),
    "LT": ("LTU", "Lithuania", "Lietuva", "Литва", "立陶宛"),
    "LV": ("LVA", "Latvia", "Latvija", "Латвия", "拉脱维亚", "Latvija"),
    "EE": ("EST", "Estonia", "Eesti", "Эстония", "爱沙尼亚", "Estija"),
    "PL": ("POL", "Poland", "Polska", "Польша", "波兰", "Lenkija"),
    "DE": ("DEU", "Germany", "Deutschland", "Германия", "德国", "Vokietija"),
    "AT": ("AUT", "Austria", "Österreich", "Австрия", "奥地利", "Austrija"),
    "CH": ("CHE", "Switzerland", "Schweiz", "Suisse", "Svizzera", "Швейцария", "瑞士",
           "Šveicarija"),
    "FR": ("FRA", "France", "Франция", "法国", "Prancūzija"),
    "NL": ("NLD", "Netherlands", "The Netherlands", "Holland", "Nederland", "Нидерланды",
           "荷兰", "Nyderlandai"),
    "ES": ("ESP", "Spain", "España", "Испания", "西班牙", "Ispanija"),
    "IT": ("ITA", "Italy", "Italia", "Италия", "意大利", "Italija"),
    "SE": ("SWE", "Sweden", "Sverige", "Швеция", "瑞典", "Švedija"),
    "FI": ("FIN", "Finland", "Suomi", "Финляндия", "芬兰", "Suomija"),
    "GB": ("GBR", "UK", "U.K.", "United Kingdom", "Great Britain", "Britain", "England",
           "Scotland", "Wales", "Northern Ireland", "Великобритания", "Англия", "英国",
           "Jungtinė Karalystė", "Didžioji Britanija"),
    "IE": ("IRL", "Ireland", "Éire", "Ирландия", "爱尔兰", "Airija"),
    "US": ("USA", "U.S.", "U.S.A.", "United States", "United States of America",
           "America", "США", "Соединённые Штаты", "Соединенные Штаты", "美国", "JAV",
           "Jungtinės Valstijos"),
    "CA": ("CAN", "Canada", "Канада", "加拿大", "Kanada"),
    "CN": ("CHN", "China", "PRC", "People's Republic of China", "中国", "中华人民共和国",
           "Китай", "Kinija"),
    "HK": ("HKG", "Hong Kong", "香港", "Гонконг"),
    "TW": ("TWN", "Taiwan", "台湾", "臺灣", "Тайвань"),
    "JP": ("JPN", "Japan", "日本", "Япония", "Japonija"),
    "KR": ("KOR", "South Korea", "Korea", "Republic of Korea", "대한민국", "한국", "韩国",
           "Южная Корея", "Корея", "Pietų Korėja"),
    "IN": ("IND", "India", "भारत", "Индия", "印度", "Indija"),
    "SG": ("SGP", "Singapore", "新加坡", "Сингапур"),
    "AE": ("ARE", "UAE", "United Arab Emirates", "ОАЭ", "阿联酋"),
    "TR": ("TUR", "Turkey", "Türkiye", "Турция", "土耳其", "Turkija"),
    "IL": ("ISR", "Israel", "Израиль", "以色列"),
    "BR": ("BRA", "Brazil", "Brasil", "Бразилия", "巴西"),
    "MX": ("MEX", "Mexico", "México", "Мексика", "墨西哥"),
    "AU": ("AUS", "Australia", "Австралия", "澳大利亚", "Australija"),
}  # fmt: skip

_DOTS_AND_SPACES: Final = re.compile(r"[\s.]+")


def _key(text: str) -> str:
    # "U.S.A." == "usa", "United  Kingdom" == "united kingdom"; case-folded for Cyrillic.
    folded = unicodedata.normalize("NFKC", text).casefold().strip()
    return _DOTS_AND_SPACES.sub(" ", folded).replace(" ", "")


@cache
def _lookup_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for region, names in COUNTRY_NAMES.items():
        for name in (region, *names):
            table[_key(name)] = region
    return table


@cache
def region_for_country(country: str | None) -> str | None:
    """Return the phone region code for a country written in any common way.

    Args:
        country: ``"Russia"``, ``"RU"``, ``"Россия"``, ``"United Kingdom"``, ``"UK"``,
            ``"Deutschland"``, ``"中国"``, ``"Lithuania"``, ...; None or "" for unknown.

    Returns:
        The region code (``"GB"`` for the UK) or None when the country is not
        recognised.
    """
    if not country:
        return None
    key = _key(country)
    region = _lookup_table().get(key)
    if region is not None:
        return region
    upper = key.upper()
    if len(upper) == 2 and upper in _supported():
        return upper
    return None


def supported_regions() -> tuple[str, ...]:
    """Every two-letter region code :func:`region_for_country` accepts, sorted."""
    return tuple(sorted(_supported()))


@cache
def _supported() -> frozenset[str]:
    # phonenumbers is imported on first need: the calling-hours check (``today --json``,
    # the Today page) reads country names through this module and never parses a number.
    import phonenumbers

    return frozenset(phonenumbers.SUPPORTED_REGIONS)
