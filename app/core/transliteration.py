"""Cyrillic to Latin transliteration for matching names across scripts.

The same person is often in one list as ``Иван Петров`` and in another as ``Ivan Petrov``.
There is no single "right" romanisation: passports use ICAO (``Iuliia``), maps and the
press use BGN/PCGN (``Yuliya``), people choose their own (``Yulia``, ``Julia``). So this
module does two small things, both as data:

1. :func:`transliterate` writes Cyrillic in Latin letters with a simplified BGN/PCGN
   table (no diacritics; ``ё`` -> ``yo``, ``й`` -> ``y``).
2. :func:`fold_latin` brings the common romanisation variants closer together
   (``iu``/``ju`` -> ``yu``, ``x`` -> ``ks``, a final ``-iy``/``-ii``/``-ij`` -> ``-i``)
   so that a fuzzy score compares names rather than transliteration systems.

Both are only ever used to build matching keys; stored names are never rewritten.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["CYRILLIC_TO_LATIN", "fold_latin", "has_cyrillic", "match_fold", "transliterate"]

#: Lower-case Cyrillic letter -> Latin, simplified BGN/PCGN (Russian), plus the extra
#: Ukrainian and Belarusian letters seen in CIS lists.
CYRILLIC_TO_LATIN: Final[dict[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Ukrainian
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
    # Belarusian
    "ў": "u",
}  # fmt: skip

# str.translate table for lower-case and capitalised letters alike; the capital form of
# a digraph is capitalised only on its first letter ("Щ" -> "Shch").
_TABLE: Final[dict[int, str]] = {
    **{ord(cyr): lat for cyr, lat in CYRILLIC_TO_LATIN.items()},
    **{ord(cyr.upper()): lat.capitalize() for cyr, lat in CYRILLIC_TO_LATIN.items()},
}

_CYRILLIC: Final = re.compile(r"[\u0400-\u04ff]")

#: Rewrites applied in order by :func:`fold_latin` to lower-case Latin text. Each pair is
#: (pattern, replacement); they merge spellings that different romanisation systems (and
#: German or Polish habits: ``Jurij``, ``Julia``) give for one Cyrillic name.
LATIN_FOLDS: Final[tuple[tuple[str, str], ...]] = (
    (r"x", "ks"),  # Alexander / Aleksandr
    (r"j", "y"),  # Jurij / Yuriy, Julia / Yulia
    (r"(?<=[a-z])(?:iy|ii|yy|ij|yi)\b", "i"),  # Dmitriy / Dmitrii / Dmitrij -> Dmitri
    (r"iu", "yu"),  # Iuliia (ICAO) / Yuliya (BGN)
    (r"ia", "ya"),
    (r"ie", "ye"),
    (r"kh", "h"),  # Mikhail / Mihail
    (r"ts", "c"),  # Tsvetkov / Cvetkov (ISO 9 writes ц as c)
)
_COMPILED_FOLDS: Final = tuple((re.compile(pattern), repl) for pattern, repl in LATIN_FOLDS)


# Cyrillic letters that NFKD would split into a base letter and a mark (й = и + breve):
# swapped for private-use characters while accents are stripped, then put back.
_KEEP_WHOLE: Final[dict[str, str]] = {"й": "\ue000", "ї": "\ue001", "ў": "\ue002"}
_PROTECT: Final = str.maketrans(_KEEP_WHOLE)
_RESTORE: Final = str.maketrans({v: k for k, v in _KEEP_WHOLE.items()})
# Combining diacritical marks (the blocks Latin and Cyrillic accents come from). Marks
# of other scripts (Devanagari vowel signs, Thai tones) are part of the letter: kept.
_ACCENTS: Final = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def match_fold(text: str) -> str:
    """Case-fold a name and drop accents, keeping Cyrillic letters whole.

    NFKD alone would split ``й`` into ``и`` + breve and lose a letter, so ``й``, ``ї``
    and ``ў`` are kept; ``ё`` does become ``е``, because Russian writes ``Пётр`` and
    ``Петр`` interchangeably. Compatibility forms are unified (full-width ``Ａ`` = ``a``).

    Args:
        text: Any name, e.g. ``"José"``, ``"Андрей"``, ``"Пётр"``.

    Returns:
        ``"jose"``, ``"андрей"``, ``"петр"``.
    """
    if text.isascii():
        return text.casefold()
    folded = unicodedata.normalize("NFC", text).casefold().translate(_PROTECT)
    stripped = _ACCENTS.sub("", unicodedata.normalize("NFKD", folded))
    # NFC again so Hangul syllables, split into jamo by NFKD, come back whole.
    return unicodedata.normalize("NFC", stripped).translate(_RESTORE)


def has_cyrillic(text: str) -> bool:
    """Return True when the text contains at least one Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


def transliterate(text: str) -> str:
    """Write the Cyrillic letters of a text in Latin letters; other characters stay.

    Args:
        text: Any text, e.g. ``"Пётр Ильич"``.

    Returns:
        ``"Pyotr Il'ich"`` style output without the apostrophe: ``"Pyotr Ilich"``.
    """
    return text.translate(_TABLE)


def fold_latin(text: str) -> str:
    """Merge common romanisation variants of a lower-case Latin name.

    Apply to both sides of a comparison, never to stored data.

    Args:
        text: Lower-case Latin text, e.g. ``"iuliia"``.

    Returns:
        The folded form, e.g. ``"yuliya"`` (the same as for ``"yuliya"``).
    """
    for pattern, replacement in _COMPILED_FOLDS:
        text = pattern.sub(replacement, text)
    return text
