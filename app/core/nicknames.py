"""Nicknames and diminutives of first names, as data, for fuzzy duplicate suggestions.

``Bill Gates`` and ``William Gates`` at the same company are probably one person; a
string score alone (``bill`` vs ``william``) would never say so. Each entry maps a formal
name to the short forms people use. A short form shared by several formal names (Alex:
Alexander, Alexandra, Alexis) maps to the first one listed: the fuzzy score then still
tells Alexander from Alexandra apart by one letter, and a human reviews every suggestion.

Only used for matching keys: a contact's stored first name is never changed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from app.core.transliteration import match_fold, transliterate

__all__ = ["ENGLISH_NICKNAMES", "RUSSIAN_DIMINUTIVES", "canonical_first_name", "same_first_name"]

#: Formal English name -> common nicknames (lower case).
ENGLISH_NICKNAMES: Final[dict[str, tuple[str, ...]]] = {
    "william": ("bill", "billy", "will", "willy", "liam"),
    "robert": ("bob", "bobby", "rob", "robbie", "bert"),
    "richard": ("rick", "ricky", "rich", "dick"),
    "elizabeth": ("liz", "lizzie", "beth", "betty", "betsy", "eliza", "libby", "lisa"),
    "michael": ("mike", "mikey", "mick", "mickey"),
    "james": ("jim", "jimmy", "jamie"),
    "john": ("jack", "johnny"),
    "jonathan": ("jon", "jonny"),
    "joseph": ("joe", "joey"),
    "thomas": ("tom", "tommy"),
    "christopher": ("chris", "kit"),
    "christina": ("chris", "tina", "chrissy"),
    "christine": ("chris", "tina"),
    "daniel": ("dan", "danny"),
    "david": ("dave", "davy"),
    "matthew": ("matt",),
    "anthony": ("tony",),
    "andrew": ("andy", "drew"),
    "edward": ("ed", "eddie", "ted", "ned"),
    "benjamin": ("ben", "benny"),
    "samuel": ("sam", "sammy"),
    "samantha": ("sam", "sammy"),
    "alexander": ("alex", "al", "sandy", "xander"),
    "alexandra": ("alex", "lexi", "sandra"),
    "nicholas": ("nick", "nicky"),
    "stephen": ("steve", "stevie"),
    "steven": ("steve", "stevie"),
    "timothy": ("tim", "timmy"),
    "patrick": ("pat", "paddy"),
    "patricia": ("pat", "patty", "trish"),
    "charles": ("charlie", "chuck", "chas"),
    "henry": ("hank", "harry"),
    "harold": ("harry", "hal"),
    "lawrence": ("larry",),
    "gregory": ("greg",),
    "jeffrey": ("jeff",),
    "kenneth": ("ken", "kenny"),
    "ronald": ("ron", "ronnie"),
    "donald": ("don", "donnie"),
    "raymond": ("ray",),
    "gerald": ("gerry", "jerry"),
    "peter": ("pete",),
    "philip": ("phil",),
    "frederick": ("fred", "freddie"),
    "theodore": ("ted", "teddy", "theo"),
    "zachary": ("zach", "zack"),
    "nathaniel": ("nate", "nat"),
    "nathan": ("nate",),
    "joshua": ("josh",),
    "douglas": ("doug",),
    "margaret": ("maggie", "meg", "peggy", "marge"),
    "katherine": ("kate", "katie", "kathy", "kat", "kay"),
    "catherine": ("cathy", "cat", "kate", "katie"),
    "jennifer": ("jen", "jenny"),
    "jessica": ("jess", "jessie"),
    "rebecca": ("becky", "becca"),
    "deborah": ("deb", "debbie"),
    "susan": ("sue", "susie"),
    "victoria": ("vicky", "tori"),
    "kimberly": ("kim",),
    "abigail": ("abby",),
    "barbara": ("barb", "babs"),
    "dorothy": ("dot", "dottie"),
    "judith": ("judy",),
    "pamela": ("pam",),
    "cynthia": ("cindy",),
    "jacqueline": ("jackie",),
    "valerie": ("val",),
    "alfred": ("alf", "fred"),
    "albert": ("al", "bert"),
    "vincent": ("vince", "vinny"),
    "leonard": ("leo", "len", "lenny"),
    "eugene": ("gene",),
}  # fmt: skip

#: Formal Russian name -> diminutives (lower case, Cyrillic).
RUSSIAN_DIMINUTIVES: Final[dict[str, tuple[str, ...]]] = {
    "александр": ("саша", "шура", "саня", "алекс"),
    "александра": ("саша", "шура"),
    "дмитрий": ("дима", "митя"),
    "елена": ("лена", "алёна"),
    "алексей": ("лёша", "алёша", "леша", "алеша"),
    "анастасия": ("настя",),
    "анна": ("аня", "анюта"),
    "андрей": ("андрюша",),
    "владимир": ("вова", "володя"),
    "вячеслав": ("слава",),
    "станислав": ("стас", "слава"),
    "екатерина": ("катя",),
    "евгений": ("женя",),
    "евгения": ("женя",),
    "иван": ("ваня",),
    "ирина": ("ира",),
    "константин": ("костя",),
    "мария": ("маша",),
    "михаил": ("миша",),
    "наталья": ("наташа",),
    "наталия": ("наташа",),
    "николай": ("коля",),
    "ольга": ("оля",),
    "павел": ("паша",),
    "пётр": ("петя",),
    "сергей": ("серёжа", "сережа"),
    "светлана": ("света",),
    "татьяна": ("таня",),
    "юлия": ("юля",),
    "юрий": ("юра",),
    "григорий": ("гриша",),
    "борис": ("боря",),
    "виктор": ("витя",),
    "валентина": ("валя",),
    "людмила": ("люда", "мила"),
    "галина": ("галя",),
    "ксения": ("ксюша",),
    "максим": ("макс",),
    "роман": ("рома",),
    "артём": ("тёма",),
}  # fmt: skip


def _fold(name: str) -> str:
    return match_fold(name.strip())


def _build_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for table in (ENGLISH_NICKNAMES, RUSSIAN_DIMINUTIVES):
        for formal, shorts in table.items():
            index.setdefault(_fold(formal), _fold(formal))
            for short in shorts:
                # The first formal name listed for a shared short form wins (see module doc).
                index.setdefault(_fold(short), _fold(formal))
    # Romanised Russian diminutives ("Sasha", "Dima") point at the romanised formal name,
    # so a Latin-script list matches a Cyrillic one when transliteration is on.
    for formal, shorts in RUSSIAN_DIMINUTIVES.items():
        latin_formal = transliterate(_fold(formal))
        for short in shorts:
            index.setdefault(transliterate(_fold(short)), latin_formal)
    return index


_INDEX: Final[dict[str, str]] = _build_index()


@lru_cache(maxsize=65536)
def canonical_first_name(name: str) -> str:
    """Return the formal name behind a nickname, case-folded and without accents.

    Args:
        name: A first name as stored, e.g. ``"Bill"``, ``"Саша"``, ``"Dima"``.

    Returns:
        ``"william"``, ``"александр"``, ``"dmitriy"``; a name that is no known nickname
        comes back folded (``"Zoë"`` -> ``"zoe"``).
    """
    folded = _fold(name)
    return _INDEX.get(folded, folded)


def same_first_name(a: str, b: str) -> bool:
    """Return True when two first names are equal or nicknames of one formal name.

    Args:
        a: A first name, e.g. ``"Bill"``.
        b: Another, e.g. ``"William"``.

    Returns:
        True for ``("Bill", "William")``, ``("Лена", "Елена")``; False for
        ``("Bill", "Robert")``.
    """
    return canonical_first_name(a) == canonical_first_name(b)
