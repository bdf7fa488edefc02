"""Exact duplicate keys through every address of a contact, for the import.

A person is the same contact when any of their email addresses matches (the main one
or any other address stored as a contact point), or when a phone number matches and
the names agree. Every lookup is a dict lookup: the index holds the database's keys
and the file's earlier rows, and a million rows are classified without a query.

**Email key** (:func:`address_key`): the case-folded address with its sub-address tag
removed: ``Jane+News@Acme.com`` ~ ``jane@acme.com``. The ``+tag`` convention is
near universal (Gmail, Outlook.com, iCloud, Fastmail, Proton Mail, Yandex, Zoho and
most company mail servers), and a ``+`` in a mailbox's own name is vanishingly rare.
Some systems use ``-`` instead (Yahoo's disposable addresses ``base-keyword``, qmail and
Postfix set up with ``recipient_delimiter = -``); a hyphen is also common in real names
(``anna-maria@``), so it is **not** stripped: merging two people is worse than leaving
a duplicate for the review screen. Gmail's ignored dots are not folded either.

**Phone + name**: the E.164 number, plus names that agree: the same parts in either
order (``Petrov Ivan`` ~ ``Ivan Petrov``), where a part may be an initial of the other
side's part (``Jane Reese`` ~ ``Jane R.``, ``J. Reese``). A last name is required
(a first name alone on a shared switchboard number says too little), and at least one
part must agree in full (``J. R.`` matches nobody).

**Never a silent choice**: a row whose keys lead to two different stored contacts
(its email is one contact's, its phone another's) is :data:`AMBIGUOUS`: it merges into
neither, and the import records a merge suggestion for the duplicates review screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, Literal, NamedTuple

from app.core.duplicates.matching import name_key

__all__ = [
    "AMBIGUOUS",
    "AddressIndex",
    "AddressVerdict",
    "MatchKind",
    "address_key",
    "names_agree",
]

#: How a row matched: an email address, phone + the same name, phone + a name with an
#: initial, an invalid address's raw text, last name + first name + company (rows with
#: neither email nor phone), or the contact id of an exported file.
MatchKind = Literal["email", "phone_name", "phone_initial", "raw_email", "name_company", "id"]

VerdictKind = Literal["new", "existing", "within_file", "ambiguous"]
AMBIGUOUS: Final = "ambiguous"


def address_key(folded: str) -> str:
    """The dedupe key of an already case-folded address: the ``+tag`` removed.

    ``jane+news@acme.com`` -> ``jane@acme.com``; ``+only@x.com`` stays as it is (no base
    name to keep); ``anna-maria@x.com`` stays (``-`` is not stripped, see the module).
    """
    plus = folded.find("+")
    if plus <= 0:
        return folded
    at = folded.rfind("@")
    if at < plus:
        return folded
    return folded[:plus] + folded[at:]


def _part_agrees(a: str, b: str) -> int:
    """2: the same part (both empty included); 1: one is the other's initial; 0: neither."""
    if a == b:
        return 2
    if not a or not b:
        return 0
    if (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return 1
    return 0


def names_agree(first: str, last: str, other_first: str, other_last: str) -> int:
    """Whether two names (as :func:`~app.core.duplicates.matching.name_key` keys) agree.

    Returns:
        2 when every part is the same (in either order), 1 when they agree through an
        initial, 0 when they differ (or a last name is missing, or only initials agree).
    """
    if not last or not other_last:
        return 0
    best = 0
    for a, b in ((first, last), (last, first)):
        with_first = _part_agrees(a, other_first)
        with_last = _part_agrees(b, other_last)
        if not (with_first and with_last):
            continue
        # At least one written-out part must agree in full: "J. R." names nobody.
        if not ((with_first == 2 and a) or (with_last == 2 and b)):
            continue
        best = max(best, 2 if with_first == with_last == 2 else 1)
    return best


class AddressVerdict(NamedTuple):
    """What an incoming row is.

    Attributes:
        kind: ``new``, ``existing`` (a stored contact), ``within_file`` (an earlier row)
            or ``ambiguous`` (two different stored contacts).
        contact_id: The stored contact, for ``existing`` (the first one, for ``ambiguous``).
        row: The earlier row's number, for ``within_file``.
        key_kind: How it matched (None for ``new``).
        others: The other stored contacts an ``ambiguous`` row leads to.
    """

    kind: VerdictKind
    contact_id: int | None = None
    row: int | None = None
    key_kind: MatchKind | None = None
    others: tuple[int, ...] = ()


NEW_ROW: Final = AddressVerdict("new")

# A target is a stored contact (its id, > 0) or a row of the file (-row number).
_PhoneEntry = tuple[int, str, str]


def _keys(emails: Iterable[str]) -> list[str]:
    # address_key only where there is a "+": most addresses have none (the hot path).
    return [address_key(e) if "+" in e else e for e in emails if e]


class AddressIndex:
    """Exact keys of the stored contacts and the file's rows, every address included.

    Fill it with :meth:`add_contact` (one call per stored address or number), then
    :meth:`classify` each incoming row in file order. Memory: one dict entry per
    address and per number, a small tuple per number.
    """

    __slots__ = ("_emails", "_other", "_phones")

    def __init__(self) -> None:
        self._emails: dict[str, int] = {}
        self._other: dict[str, int] = {}
        # E.164 -> the people behind the number (usually one).
        self._phones: dict[str, tuple[_PhoneEntry, ...]] = {}

    def add_contact(  # noqa: PLR0917 - one positional per key, called per stored contact
        self,
        contact_id: int,
        emails: Iterable[str] = (),
        phones: Iterable[str] = (),
        first: str = "",
        last: str = "",
        other: str | None = None,
    ) -> None:
        """Register a stored contact's keys (the first contact seen for a key keeps it).

        Args:
            contact_id: The contact.
            emails: Its addresses, case-folded (:func:`address_key` is applied here).
            phones: Its numbers in E.164.
            first: First name (as written; keyed here).
            last: Last name.
            other: A ``raw:`` or ``nc:`` key (see ``app.storage.importing.lookups``).
        """
        numbers = [p for p in phones if p]
        last_key = name_key(last) if numbers else ""
        first_key = name_key(first) if last_key else ""
        self._register(contact_id, _keys(emails), numbers, first_key, last_key, other)

    def add_contacts(
        self, contacts: Iterable[tuple[int, str | None, str | None, str, str, str | None]]
    ) -> None:
        """Register many stored contacts' main keys at once (the import's start-up).

        Args:
            contacts: ``(contact_id, email key, E.164, first, last, other key)`` rows, as
                :meth:`add_contact` takes them one at a time (a single address and
                number each); the first contact seen for a key keeps it.
        """
        set_email = self._emails.setdefault
        set_other = self._other.setdefault
        table = self._phones
        for contact_id, email, phone, first, last, other in contacts:
            if email:
                set_email(address_key(email) if "+" in email else email, contact_id)
            if phone:
                last_key = name_key(last)
                if last_key:
                    entry = (contact_id, name_key(first), last_key)
                    entries = table.get(phone)
                    if entries is None:
                        table[phone] = (entry,)
                    elif all(t != contact_id for t, _, _ in entries):
                        table[phone] = (*entries, entry)
            if other:
                set_other(other, contact_id)

    def _register(  # noqa: PLR0917 - the per-row hot path
        self,
        target: int,
        keys: list[str],
        phones: Iterable[str],
        first: str,
        last: str,
        other: str | None,
    ) -> None:
        if keys:
            set_email = self._emails.setdefault
            for key in keys:
                set_email(key, target)
        if last:
            table = self._phones
            for phone in phones:
                entries = table.get(phone)
                if entries is None:
                    table[phone] = ((target, first, last),)
                elif entries[0][0] != target and all(t != target for t, _, _ in entries):
                    table[phone] = (*entries, (target, first, last))
        if other:
            self._other.setdefault(other, target)

    def classify(  # noqa: PLR0917 - the per-row hot path, positional on purpose
        self,
        row: int,
        emails: Iterable[str],
        phones: Iterable[str],
        first: str,
        last: str,
        other: str | None = None,
    ) -> AddressVerdict:
        """Classify one incoming row and remember its keys for the rows after it.

        Args:
            row: The row's number in the file.
            emails: The row's addresses, case-folded.
            phones: The row's numbers in E.164.
            first: First name as written.
            last: Last name as written.
            other: A ``raw:`` or ``nc:`` key, or None.

        Returns:
            :data:`NEW_ROW` or the verdict naming what the row repeats.
        """
        keys = _keys(emails)
        found: dict[int, MatchKind] | None = None
        get_email = self._emails.get
        for key in keys:
            target = get_email(key)
            if target is not None:
                if found is None:
                    found = {}
                found.setdefault(target, "email")
        if other:
            target = self._other.get(other)
            if target is not None:
                if found is None:
                    found = {}
                kind: MatchKind = "raw_email" if other.startswith("raw:") else "name_company"
                found.setdefault(target, kind)
        first_key = last_key = ""
        if phones:
            last_key = name_key(last)
            if last_key:
                first_key = name_key(first)
                table = self._phones
                for phone in phones:
                    for target, f, last_of in table.get(phone, ()):
                        if found is not None and target in found:
                            continue  # already matched (by email): nothing more to learn
                        agree = names_agree(first_key, last_key, f, last_of)
                        if agree:
                            if found is None:
                                found = {}
                            how: MatchKind = "phone_name" if agree == 2 else "phone_initial"
                            found.setdefault(target, how)
        if found is None:
            self._register(-row, keys, phones, first_key, last_key, other)
            return NEW_ROW
        stored = [t for t in found if t > 0]
        if len(stored) > 1:
            return AddressVerdict(AMBIGUOUS, stored[0], None, found[stored[0]], tuple(stored[1:]))
        if stored:
            target = stored[0]
            self._register(target, keys, phones, first_key, last_key, other)
            return AddressVerdict("existing", target, None, found[target])
        target = max(found)  # the earliest row (targets of rows are -row numbers)
        self._register(target, keys, phones, first_key, last_key, other)
        return AddressVerdict("within_file", None, -target, found[target])
