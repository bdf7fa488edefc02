"""Person names: white space, casing of ALL-CAPS / all-lower input, first/last split."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final, Literal

__all__ = [
    "NameParts",
    "clean_whitespace",
    "fix_name_case",
    "split_full_name",
]

NameOrder = Literal["auto", "given_first", "family_first"]

_WHITESPACE: Final = re.compile(r"\s+")
_INVISIBLE: Final = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"))

#: Lower-case particles that belong to the surname (van der Berg, de la Cruz, von Trapp).
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {"van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le",
     "von", "zu", "ter", "ten", "af", "av", "bin", "binti", "ibn", "al", "el"}
)  # fmt: skip

#: Titles dropped when splitting a full name.
_HONORIFICS: Final[frozenset[str]] = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "herr", "frau",
     "г-н", "г-жа", "господин", "госпожа", "ponas", "ponia"}
)  # fmt: skip
_SUFFIXES: Final[frozenset[str]] = frozenset(
    {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba"}
)  # fmt: skip

# Russian (and transliterated) patronymics: Сергеевич, Ивановна, Ильич, Sergeevich.
_PATRONYMIC: Final = re.compile(
    # Latin endings are narrower than Cyrillic ones so that Aldrich or Friedrich are not
    # taken for patronymics.
    r"(?:вич|вна|ична|ьич|оглы|кызы|ovich|evich|ovna|evna|ichna|ogly|oglu)$",
    re.IGNORECASE,
)

# Two-character Chinese compound surnames; anything else takes one character.
_CHINESE_COMPOUND_SURNAMES: Final[frozenset[str]] = frozenset(
    {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "司徒", "慕容", "尉迟", "公孙",
     "夏侯", "长孙", "宇文", "轩辕", "端木", "西门", "南宫", "歐陽", "諸葛", "司馬"}
)  # fmt: skip
_KOREAN_COMPOUND_SURNAMES: Final[frozenset[str]] = frozenset(
    {"남궁", "황보", "제갈", "선우", "독고", "사공", "서문"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class NameParts:
    """A person's name in parts.

    Attributes:
        first: Given name(s).
        last: Family name (with particles such as ``van der``).
        middle: Middle name(s) or a Russian patronymic.
    """

    first: str
    last: str
    middle: str = ""


def clean_whitespace(text: str | None) -> str:
    """Trim, drop invisible characters and collapse runs of white space to one space.

    Args:
        text: Any text; None gives "".

    Returns:
        The cleaned, NFC-normalized text.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    return _WHITESPACE.sub(" ", text).strip()


def _capitalize_word(word: str, *, particle_allowed: bool) -> str:
    lower = word.lower()
    if particle_allowed and lower in NAME_PARTICLES:
        return lower
    # Hyphenated and apostrophe names capitalise each part: Anna-Maria, O'Brien, D'Angelo.
    for separator in ("-", "'", "\u2019"):
        if separator in lower:
            return separator.join(
                _capitalize_word(part, particle_allowed=False) for part in lower.split(separator)
            )
    if lower.startswith("mc") and len(lower) > 3:
        return "Mc" + lower[2:].capitalize()
    return lower.capitalize()


def fix_name_case(name: str | None) -> str:
    """Fix the casing of a name typed in ALL CAPS or all lower case.

    Mixed case is taken as the person's own spelling and left alone (``DeShawn``,
    ``McDonald``). Scripts without case (Chinese, Japanese, Korean) are unchanged.

    Args:
        name: A first, last or full name.

    Returns:
        The name with white space cleaned and casing fixed:
        ``"IVAN PETROV"`` -> ``"Ivan Petrov"``, ``"o'brien"`` -> ``"O'Brien"``,
        ``"VAN DER BERG"`` -> ``"van der Berg"``; ``"ludwig VAN beethoven"`` is mixed
        and only trimmed.
    """
    cleaned = clean_whitespace(name)
    if not any(ch.isalpha() and ch.lower() != ch.upper() for ch in cleaned):
        return cleaned
    if cleaned != cleaned.upper() and cleaned != cleaned.lower():
        return cleaned
    words = cleaned.split(" ")
    last = len(words) - 1
    # A particle is only lower-cased inside a name: "Van" alone is a first name.
    return " ".join(
        _capitalize_word(word, particle_allowed=index < last) for index, word in enumerate(words)
    )


def _script(text: str) -> str:
    """Return "hangul", "kana", "han", "cyrillic" or "other" for the first letter found."""
    has_han = False
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("HANGUL"):
            return "hangul"
        if name.startswith(("HIRAGANA", "KATAKANA")):
            return "kana"
        if name.startswith("CJK"):
            has_han = True
        elif name.startswith("CYRILLIC"):
            return "cyrillic"
    return "han" if has_han else "other"


def _split_cjk(full: str, script: str) -> NameParts:
    if " " in full:
        family, _, given = full.partition(" ")
        return NameParts(first=given.strip(), last=family)
    if script == "kana":
        # Japanese names written without a space cannot be split reliably: keep it whole
        # as the family name rather than guess wrong.
        return NameParts(first="", last=full)
    compounds = _KOREAN_COMPOUND_SURNAMES if script == "hangul" else _CHINESE_COMPOUND_SURNAMES
    surname_length = 2 if full[:2] in compounds and len(full) > 2 else 1
    return NameParts(first=full[surname_length:], last=full[:surname_length])


def _is_patronymic(word: str) -> bool:
    return len(word) > 4 and _PATRONYMIC.search(word) is not None


def split_full_name(full_name: str | None, *, order: NameOrder = "auto") -> NameParts:
    """Split a full name into first, middle and last names.

    Used when a list has a single name column. ``"auto"`` recognises:
    ``"Last, First"``; Chinese, Japanese and Korean names (family name first, also
    without a space: ``王小明`` -> 王 / 小明); Russian ``Фамилия Имя Отчество`` and
    ``Имя Отчество Фамилия`` (by the patronymic); surname particles (``Ludwig van
    Beethoven`` -> last ``van Beethoven``). Titles (Mr, Dr, г-н) and suffixes (Jr, PhD)
    are dropped. Casing is not changed: call :func:`fix_name_case` first if needed.

    Args:
        full_name: The name as written.
        order: ``"family_first"`` or ``"given_first"`` to override the guess, e.g. for a
            list known to hold romanised Chinese names in Chinese order.

    Returns:
        The parts; unknown parts are "".
    """
    full = clean_whitespace(full_name)
    if not full:
        return NameParts("", "")
    if "," in full and order == "auto":
        last, _, rest = full.partition(",")
        rest_parts = split_full_name(rest, order="given_first")
        return NameParts(rest_parts.first, clean_whitespace(last), rest_parts.middle)

    script = _script(full)
    if order == "auto" and script in ("han", "kana", "hangul"):
        return _split_cjk(full, script)

    words = [w for w in full.split(" ") if w.strip(".").lower() not in _HONORIFICS]
    while len(words) > 1 and words[-1].strip(".").lower() in _SUFFIXES:
        words.pop()
    if not words:
        return NameParts("", "")
    if len(words) == 1:
        return NameParts(first=words[0], last="")

    if order == "family_first":
        return NameParts(first=" ".join(words[1:]), last=words[0])
    if order == "auto" and len(words) == 3:
        # Russian lists: "Петров Иван Сергеевич" (surname first) or "Иван Сергеевич Петров".
        if _is_patronymic(words[2]):
            return NameParts(first=words[1], last=words[0], middle=words[2])
        if _is_patronymic(words[1]):
            return NameParts(first=words[0], last=words[2], middle=words[1])

    # Western order: particles before the last word belong to the surname.
    last_start = len(words) - 1
    while last_start > 1 and words[last_start - 1].lower() in NAME_PARTICLES:
        last_start -= 1
    return NameParts(
        first=words[0],
        last=" ".join(words[last_start:]),
        middle=" ".join(words[1:last_start]),
    )
