"""Finding duplicate contacts: exact keys first, then fuzzy suggestions for review.

Two stages, as in the list builder's import:

1. **Exact keys** decide on their own. A contact is the same person as another when
   their case-folded normalized emails are equal (:func:`email_key`), or when their E.164
   phones are equal *and* their names match (:func:`phone_name_key`): a shared
   switchboard number alone says nothing about who answers it. :class:`DuplicateIndex`
   classifies every incoming row against the database's keys and the file's earlier rows
   with plain dict look-ups: a million rows take a few seconds of CPU
   (``benchmarks/bench_dedupe.py``).
2. **Fuzzy suggestions** never decide: :func:`fuzzy_candidates` pairs up contacts of the
   same normalized company whose names look alike after nickname expansion (Bill =
   William) and, optionally, transliteration (Иван = Ivan), with a score and the reasons.
   A person accepts or rejects each pair on the merge screen.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal, NamedTuple

from rapidfuzz import fuzz

from app.core.nicknames import canonical_first_name
from app.core.transliteration import fold_latin, has_cyrillic, match_fold, transliterate
from app.core.validation.companies import normalize_company
from app.core.validation.emails import email_dedupe_key

__all__ = [
    "DEFAULT_FUZZY_THRESHOLD",
    "NEW",
    "DuplicateIndex",
    "FuzzyMatch",
    "KeyKind",
    "Verdict",
    "VerdictKind",
    "email_key",
    "fuzzy_candidates",
    "name_key",
    "phone_name_key",
]

KeyKind = Literal["email", "phone_name"]
VerdictKind = Literal["new", "existing", "within_file"]

#: Minimum fuzzy score (0-100) for a pair to be suggested. At 85 a one-letter typo in a
#: short name still passes (``Jon Smith``/``John Smith`` 94.7) while different first names
#: with one surname stay apart (``Anna``/``Olga Berg`` 66.7, ``Ivan``/``Oleg Petrov`` 64).
DEFAULT_FUZZY_THRESHOLD: Final = 85.0

_NOT_ALNUM: Final = re.compile(r"[\W_]+")
_ASCII_NOT_ALNUM: Final = str.maketrans(
    "", "", "".join(chr(c) for c in range(128) if not chr(c).isalnum())
)
_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


# --- exact keys -------------------------------------------------------------------------


def email_key(normalized_email: str | None) -> str | None:
    """Return the exact dedupe key of an email address.

    Delegates to the validator's :func:`~app.core.validation.emails.email_dedupe_key` so
    that import, storage and validation agree on one definition.

    Args:
        normalized_email: The address as normalized by ``check_email`` (the local part
            keeps its case: ``"IVAN.PETROV@example.com"``).

    Returns:
        The case-folded address (``"ivan.petrov@example.com"``), or None for a missing or
        blank address, or one without ``@`` (no key is better than a wrong one).
    """
    if not normalized_email or "@" not in normalized_email:
        return None
    key = email_dedupe_key(normalized_email)
    return key or None


@lru_cache(maxsize=65536)  # first names and many last names repeat across a list
def name_key(name: str | None) -> str:
    """Return a name reduced to case-folded letters and digits, without accents.

    ``"O'Brien"`` -> ``"obrien"``, ``"José"`` -> ``"jose"``, ``"Пётр"`` -> ``"петр"``,
    ``"王 小明"`` -> ``"王小明"``. No transliteration and no nicknames: this is for exact
    keys, where ``Bill`` and ``William`` must stay different.

    Args:
        name: Any name part.

    Returns:
        The key; "" for an empty name.
    """
    if not name:
        return ""
    folded = match_fold(name)
    if folded.isascii():
        return folded.translate(_ASCII_NOT_ALNUM)  # much faster than the regex
    return _NOT_ALNUM.sub("", folded)


def phone_name_key(e164: str | None, first: str | None, last: str | None) -> str | None:
    """Return the exact dedupe key for "same phone and same name".

    The name parts are sorted, so ``Petrov Ivan`` (columns swapped, or a family-first
    Chinese name) keys like ``Ivan Petrov``.

    Args:
        e164: The phone in E.164 form (``"+74951234567"``), as validated.
        first: First name.
        last: Last name.

    Returns:
        ``"+74951234567|ivan|petrov"``, or None when the phone is missing or the last
        name is: a first name alone is too common to tell people apart on a shared
        switchboard number.
    """
    if not e164:
        return None
    last_key = name_key(last)
    if not last_key:
        return None
    first_key = name_key(first)
    parts = sorted((first_key, last_key)) if first_key else [last_key]
    return e164.strip() + "|" + "|".join(parts)


class Verdict(NamedTuple):
    """What an incoming row is, and which key said so.

    Attributes:
        kind: ``"new"``, ``"existing"`` (a contact in the database) or ``"within_file"``
            (an earlier row of the same file).
        contact_id: The existing contact's id, for ``"existing"``.
        row: The earlier row's number, for ``"within_file"``.
        key_kind: ``"email"`` or ``"phone_name"``; None for ``"new"``.
        key: The key value that matched.
    """

    kind: VerdictKind
    contact_id: int | None = None
    row: int | None = None
    key_kind: KeyKind | None = None
    key: str | None = None


#: One shared object for every new row: most rows of an import are new, and a million
#: identical tuples would only cost memory.
NEW: Final = Verdict("new")


class DuplicateIndex:
    """Exact-key duplicate detection for an import, in memory.

    Fill it with the database's keys (:meth:`add_existing` or :meth:`from_existing`),
    then :meth:`classify` each incoming row in file order. The email key is checked
    before the phone+name key, and existing contacts before earlier rows. When a row
    matches, its other key is remembered for the same target, so a later row that
    shares only that key is recognised too (email on row 3, phone+name on row 9).

    Memory: for a million contacts with both keys, about 60 MB of dict tables on top of
    the key strings themselves (about 150 MB).
    """

    __slots__ = ("_existing_email", "_existing_phone", "_file_email", "_file_phone")

    def __init__(self) -> None:
        self._existing_email: dict[str, int] = {}
        self._existing_phone: dict[str, int] = {}
        self._file_email: dict[str, int] = {}
        self._file_phone: dict[str, int] = {}

    @classmethod
    def from_existing(cls, keys: Iterable[tuple[int, str | None, str | None]]) -> DuplicateIndex:
        """Build an index from ``(contact_id, email_key, phone_name_key)`` rows.

        Args:
            keys: One tuple per existing contact, e.g. straight from a query on the
                ``contacts.email_key`` column and the computed phone+name key.

        Returns:
            The filled index.
        """
        index = cls()
        emails = index._existing_email
        phones = index._existing_phone
        for contact_id, email, phone in keys:
            # setdefault: when the database already holds duplicates, the oldest id wins.
            if email:
                emails.setdefault(email, contact_id)
            if phone:
                phones.setdefault(phone, contact_id)
        return index

    def add_existing(
        self, contact_id: int, email: str | None = None, phone_name: str | None = None
    ) -> None:
        """Register one existing contact's keys (the first id seen for a key wins)."""
        if email:
            self._existing_email.setdefault(email, contact_id)
        if phone_name:
            self._existing_phone.setdefault(phone_name, contact_id)

    def classify(self, row: int, email: str | None, phone_name: str | None) -> Verdict:
        """Classify one incoming row and remember its keys for the rows after it.

        Args:
            row: The row's number in the file (any unique int; reported back for
                later rows that duplicate this one).
            email: The row's :func:`email_key`, or None.
            phone_name: The row's :func:`phone_name_key`, or None.

        Returns:
            :data:`NEW` or a :class:`Verdict` naming what it duplicates.
        """
        if email:
            contact_id = self._existing_email.get(email)
            if contact_id is not None:
                if phone_name:
                    self._existing_phone.setdefault(phone_name, contact_id)
                return Verdict("existing", contact_id, None, "email", email)
        if phone_name:
            contact_id = self._existing_phone.get(phone_name)
            if contact_id is not None:
                if email:
                    self._existing_email.setdefault(email, contact_id)
                return Verdict("existing", contact_id, None, "phone_name", phone_name)
        if email:
            first_row = self._file_email.get(email)
            if first_row is not None:
                if phone_name:
                    self._file_phone.setdefault(phone_name, first_row)
                return Verdict("within_file", None, first_row, "email", email)
        if phone_name:
            first_row = self._file_phone.get(phone_name)
            if first_row is not None:
                if email:
                    self._file_email.setdefault(email, first_row)
                return Verdict("within_file", None, first_row, "phone_name", phone_name)
        if email:
            self._file_email[email] = row
        if phone_name:
            self._file_phone[phone_name] = row
        return NEW

    def classify_all(self, rows: Iterable[tuple[int, str | None, str | None]]) -> list[Verdict]:
        """Classify ``(row, email_key, phone_name_key)`` tuples in order.

        Args:
            rows: The incoming rows' keys, in file order.

        Returns:
            One verdict per row, in the same order.
        """
        classify = self.classify
        return [classify(row, email, phone) for row, email, phone in rows]


# --- fuzzy suggestions ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FuzzyMatch:
    """Two records that may be one person; for a human to confirm or reject.

    Attributes:
        left: Index of the first record in the sequence given to
            :func:`fuzzy_candidates` (always smaller than ``right``).
        right: Index of the second record.
        score: Name similarity 0-100 after nickname expansion and transliteration.
        reasons: Codes for the reviewer: ``same_company``, ``same_name`` or
            ``similar_name``, ``nickname`` (Bill = William), ``transliteration`` (the
            names are in different scripts), ``name_order`` (first and last swapped),
            ``different_email`` (both have emails and they differ: be careful).
    """

    left: int
    right: int
    score: float
    reasons: tuple[str, ...]


class _Prepared(NamedTuple):
    position: int
    forward: str  # the name in its natural order, first name as written
    backward: str  # the other order: swapped columns, family-first romanised names
    forward_canon: str  # as forward, first name replaced by its formal name (Bill -> William)
    backward_canon: str
    first_raw: str
    first_canon: str
    cyrillic: bool
    email: str | None


def _text(record: Mapping[str, object], field: str) -> str:
    value = record.get(field)
    return value.strip() if isinstance(value, str) else ""


def _matchable(text: str, *, translit: bool) -> str:
    folded = match_fold(text)
    if translit:
        folded = fold_latin(transliterate(folded))
    return _NOT_ALNUM.sub(" ", folded).strip()


def _orders(first: str, last: str) -> tuple[str, str]:
    """Return (natural order, other order) of a name for comparison."""
    if not first or not last:
        return (first or last), (first or last)
    if _CJK.search(first) or _CJK.search(last):
        # Chinese, Japanese and Korean names are written family name first and without a
        # space, so a split 张/伟 compares equal to a whole 张伟.
        return last + first, first + last
    return first + " " + last, last + " " + first


def _prepare(index: int, record: Mapping[str, object], *, translit: bool) -> _Prepared | None:
    first = _text(record, "first_name")
    last = _text(record, "last_name")
    if not first and not last:
        first = _text(record, "full_name")
    if not first and not last:
        return None
    first_raw = _matchable(first, translit=translit)
    first_canon = _matchable(canonical_first_name(first), translit=translit) if first else ""
    last_m = _matchable(last, translit=translit)
    forward, backward = _orders(first_raw, last_m)
    forward_canon, backward_canon = (
        (forward, backward) if first_canon == first_raw else _orders(first_canon, last_m)
    )
    email = record.get("email")
    return _Prepared(
        position=index,
        forward=forward,
        backward=backward,
        forward_canon=forward_canon,
        backward_canon=backward_canon,
        first_raw=first_raw,
        first_canon=first_canon,
        cyrillic=has_cyrillic(first + last),
        email=email_key(email) if isinstance(email, str) else None,
    )


def _blocking_tokens(prepared: _Prepared) -> set[str]:
    # The first character of every name token: swapped columns, nicknames of the first
    # name (Bill/William share the "g" of Gates) and family-first order still meet.
    # CJK names are one token without spaces: each character (2-4 of them) is a block.
    if _CJK.search(prepared.forward):
        return set(prepared.forward.replace(" ", ""))
    return {token[0] for token in prepared.forward.split(" ") if token}


def _score(a: _Prepared, b: _Prepared, threshold: float) -> tuple[float, bool]:
    """Return the best name score of a pair and whether it came from swapped order."""
    ratio = fuzz.ratio
    straight = ratio(a.forward, b.forward, score_cutoff=threshold)
    swapped = ratio(a.forward, b.backward, score_cutoff=threshold)
    if a.forward_canon != a.forward or b.forward_canon != b.forward:
        straight = max(straight, ratio(a.forward_canon, b.forward_canon, score_cutoff=threshold))
        swapped = max(swapped, ratio(a.forward_canon, b.backward_canon, score_cutoff=threshold))
    return max(straight, swapped), swapped > straight


def _reasons(a: _Prepared, b: _Prepared, score: float, swapped: bool) -> tuple[str, ...]:
    reasons = ["same_company", "same_name" if score >= 100 else "similar_name"]
    if a.first_raw != b.first_raw and a.first_canon == b.first_canon and a.first_canon:
        reasons.append("nickname")
    if a.cyrillic != b.cyrillic:
        reasons.append("transliteration")
    if swapped:
        reasons.append("name_order")
    if a.email and b.email and a.email != b.email:
        reasons.append("different_email")
    return tuple(reasons)


def fuzzy_candidates(
    records: Sequence[Mapping[str, object]],
    *,
    threshold: float = DEFAULT_FUZZY_THRESHOLD,
    transliteration: bool = False,
) -> list[FuzzyMatch]:
    """Suggest pairs of records that may be the same person at the same company.

    Records are blocked by normalized company (``normalize_company``: "Microsoft Corp."
    = "Microsoft") and, inside a company, by the first letter of any name token, so only
    plausible pairs are scored. Names are compared with rapidfuzz's ``ratio`` in both
    orders ("first last" and "last first"; CJK names family name first, no space) and
    both as written and with the first name replaced by its formal name (Bill ->
    William, Саша -> Александр); the best score counts. With ``transliteration`` on,
    Cyrillic is written in Latin and romanisation variants are folded (Иван = Ivan,
    Юлия = Iuliia = Yulia), for company names too.

    Records without a company or without any name are skipped: a name alone is too weak
    to suggest a merge. Nothing is merged here.

    Args:
        records: Mappings with ``first_name``, ``last_name`` (or ``full_name``),
            ``company`` and optionally ``email`` (normalized; only used for the
            ``different_email`` warning).
        threshold: Minimum score, 0-100, for a pair to be returned.
        transliteration: Compare Cyrillic and Latin spellings.

    Returns:
        Suggested pairs, best score first, each pair once with ``left < right``.
    """
    blocks: dict[tuple[str, str], list[_Prepared]] = defaultdict(list)
    for index, record in enumerate(records):
        company = normalize_company(_text(record, "company"))
        if company and transliteration:
            # "ООО Ромашка" and "Romashka LLC" are one company once both are in Latin.
            company = fold_latin(transliterate(company))
        if not company:
            continue
        prepared = _prepare(index, record, translit=transliteration)
        if prepared is None:
            continue
        for token in _blocking_tokens(prepared):
            blocks[(company, token)].append(prepared)

    found: dict[tuple[int, int], FuzzyMatch] = {}
    for members in blocks.values():
        count = len(members)
        for i in range(count - 1):
            a = members[i]
            for j in range(i + 1, count):
                b = members[j]
                pair = (a.position, b.position)
                if pair in found:
                    continue
                score, swapped = _score(a, b, threshold)
                if score and score >= threshold:
                    found[pair] = FuzzyMatch(
                        a.position, b.position, round(score, 1), _reasons(a, b, score, swapped)
                    )
    return sorted(found.values(), key=lambda m: (-m.score, m.left, m.right))
