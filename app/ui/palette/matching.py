"""How the palette matches what the user typed: by the start of words, ignoring case and
accents.

"imp con" finds "Import contacts…", "rese" finds "Réseau Ventes", "nov" finds "Новый
список…". The same folding a reader expects of a search box: "é" matches "e", "Ё" matches
"Е", "ß" matches "ss".
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """``text`` without accents and case (NFKD, combining marks dropped, casefolded)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def words(text: str) -> list[str]:
    """The folded words of ``text`` ("&Import contacts…" -> ["import", "contacts"])."""
    return _WORD.findall(fold(text.replace("&", "")))


def match_score(query: str, text: str) -> int | None:
    """How well ``text`` matches ``query``: None for no match, lower is better.

    Every word of the query must be the start of a different word of ``text``, in any
    order. Matches that start at the text's first word, and words in order, rank first.
    An empty query matches everything equally.
    """
    wanted = words(query)
    if not wanted:
        return 0
    have = words(text)
    used: set[int] = set()
    positions: list[int] = []
    for term in wanted:
        found = next(
            (i for i, word in enumerate(have) if i not in used and word.startswith(term)), None
        )
        if found is None:
            return None
        used.add(found)
        positions.append(found)
    in_order = positions == sorted(positions)
    return positions[0] * 2 + (0 if in_order else 1)
