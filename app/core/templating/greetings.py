"""The name a native speaker puts after "Dear"/"Hi" in a business email, per language.

- Russian (``ru``): first name and patronymic when the patronymic is known
  ("Иван Петрович"), else the first name.
- Chinese (``zh``): the full name, family name first ("张伟"; "Zhang Wei" in Latin letters).
- Lithuanian (``lt``): the first name in the vocative case, by its regular ending
  (:func:`lithuanian_vocative`); the nominative where the ending is not a regular one.
- English and every other language: the first name.

The table of Lithuanian endings is documented in docs/templates.md.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["greeting_name", "lithuanian_vocative"]

# Nominative ending -> vocative ending. Given names in -as take -ai (Jonas -> Jonai), not
# the -e of common nouns (vilkas -> vilke); names in -us take -au (Marius -> Mariau).
_LT_ENDINGS: Final[tuple[tuple[str, str], ...]] = (
    ("us", "au"),  # Marius -> Mariau, Paulius -> Pauliau, Darius -> Dariau
    ("as", "ai"),  # Jonas -> Jonai, Tomas -> Tomai, Vytautas -> Vytautai
    ("is", "i"),  # Jurgis -> Jurgi, Kęstutis -> Kęstuti
    ("ys", "y"),  # Kazys -> Kazy, Stasys -> Stasy
    ("ė", "e"),  # Eglė -> Egle, Gintarė -> Gintare
    ("a", "a"),  # Rūta -> Rūta, Ona -> Ona (the vocative equals the nominative)
)
# A Lithuanian name is written in Latin letters with Lithuanian diacritics only.
_LT_NAME = re.compile(r"^[A-Za-zĄČĘĖĮŠŲŪŽąčęėįšųūž]{3,}$")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _vocative_word(word: str) -> str:
    if not _LT_NAME.match(word):
        return word
    lower = word.lower()
    for nominative, vocative in _LT_ENDINGS:
        if lower.endswith(nominative) and len(lower) > len(nominative) + 1:
            result = word[: len(word) - len(nominative)] + vocative
            return result.upper() if word.isupper() else result
    return word


def lithuanian_vocative(first_name: str) -> str:
    """The vocative of a Lithuanian given name ("Jonas" -> "Jonai", "Eglė" -> "Egle").

    Each part of a double name is declined ("Jonas Paulius" -> "Jonai Pauliau"). A name
    without one of the regular endings (docs/templates.md has the table), a foreign name
    ("John") or one with letters outside the Lithuanian alphabet is returned as it was:
    the nominative is the safe fallback.

    Args:
        first_name: The name in the nominative case.
    """
    text = unicodedata.normalize("NFC", first_name.strip())
    return re.sub(r"[^\s-]+", lambda m: _vocative_word(m.group(0)), text)


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def greeting_name(
    language: str,
    first_name: str | None,
    middle_name: str | None = None,
    last_name: str | None = None,
) -> str | None:
    """The form of a prospect's name for a greeting in ``language``.

    Args:
        language: The email's language (``"ru"``, ``"zh"``, ``"lt"``, ``"en"``, ...).
        first_name: The given name.
        middle_name: The patronymic (Russian) or middle name.
        last_name: The family name.

    Returns:
        The name, or None when the parts it needs are unknown (the template's fallback
        then applies, or the send is blocked).
    """
    first, middle, last = _clean(first_name), _clean(middle_name), _clean(last_name)
    lang = language.lower().split("-")[0]
    if lang == "ru":
        if first and middle:
            return f"{first} {middle}"
        return first or None
    if lang == "zh":
        if first and last:
            joiner = "" if _CJK.search(first + last) else " "
            return f"{last}{joiner}{first}"
        return None
    if lang == "lt":
        return lithuanian_vocative(first) if first else None
    return first or None
