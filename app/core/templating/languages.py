"""Which language to write to a prospect in.

An explicit choice wins: the contact's custom field ``language`` (any case; also ``lang``,
``язык``, ``kalba``, ``语言``: an imported column keeps its header) holding an ISO 639-1
code such as ``ru``, a tag such as ``ru-RU``, or the language's English or native name. Otherwise
the country decides (Russia, Belarus, Kazakhstan -> Russian; China, Taiwan, Singapore ->
Chinese; Lithuania -> Lithuanian; ...). None means "unknown": the template's default
language is used.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from app.core.validation.countries import region_for_country

__all__ = ["COUNTRY_LANGUAGES", "contact_language", "normalize_language"]

#: Country (ISO 3166 alpha-2) -> the language business email is written in there.
COUNTRY_LANGUAGES: Final[Mapping[str, str]] = {
    "RU": "ru", "BY": "ru", "KZ": "ru", "KG": "ru",
    "CN": "zh", "TW": "zh", "SG": "zh", "HK": "zh", "MO": "zh",
    "LT": "lt",
    "US": "en", "GB": "en", "IE": "en", "AU": "en", "NZ": "en", "CA": "en",
    "DE": "de", "AT": "de", "LI": "de",
    "FR": "fr", "MC": "fr",
    "ES": "es", "MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es",
    "IT": "it", "PT": "pt", "BR": "pt", "PL": "pl", "NL": "nl", "LV": "lv", "EE": "et",
    "UA": "uk", "CZ": "cs", "SK": "sk", "SE": "sv", "NO": "nb", "DK": "da", "FI": "fi",
    "JP": "ja", "KR": "ko", "TR": "tr",
}  # fmt: skip

_NAMES: Final[Mapping[str, str]] = {
    "english": "en", "russian": "ru", "русский": "ru", "chinese": "zh", "中文": "zh",
    "汉语": "zh", "mandarin": "zh", "lithuanian": "lt", "lietuvių": "lt", "german": "de",
    "deutsch": "de", "french": "fr", "français": "fr", "spanish": "es", "español": "es",
}  # fmt: skip


#: Custom-field names that hold a contact's language (an imported column keeps its header).
_LANGUAGE_KEYS: Final = frozenset({"language", "lang", "язык", "kalba", "语言"})


def normalize_language(value: object) -> str | None:
    """A language code from what a person typed: ``"ru-RU"`` -> ``"ru"``, ``"Russian"`` -> ``"ru"``.

    Returns:
        A lower-case two- or three-letter code, or None when ``value`` is not one.
    """
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    if not text:
        return None
    if text in _NAMES:
        return _NAMES[text]
    code = text.replace("_", "-").split("-")[0]
    if code.isascii() and code.isalpha() and 2 <= len(code) <= 3:
        return code
    return None


def contact_language(custom: Mapping[str, object], country: str | None) -> str | None:
    """The language to write to a contact in, or None when nothing says.

    Args:
        custom: The contact's custom fields; ``custom["language"]`` is the explicit choice.
        country: The contact's country as stored ("Lithuania", "RU", "Россия", ...).
    """
    for key, value in custom.items():
        if str(key).strip().casefold() in _LANGUAGE_KEYS:
            explicit = normalize_language(value)
            if explicit:
                return explicit
    region = region_for_country(country)
    return COUNTRY_LANGUAGES.get(region) if region else None
