"""Finding duplicates in the database: exact groups first, then fuzzy suggestions.

- Exact groups come first and are connected components: contacts sharing an email key,
  or a phone plus name key (:func:`~app.core.duplicates.matching.phone_name_key`,
  computed while scanning, so no new column), end up in one group even when A and B
  share an email and B and C a phone. A shared switchboard number with different names
  is no key at all.
- Fuzzy suggestions (:func:`~app.core.duplicates.matching.fuzzy_candidates`: same
  normalized company, similar names, nicknames, optionally transliteration) are pairs,
  best score first; a pair already inside one exact group is not suggested again.
- Pairs marked "Not duplicates" (:mod:`app.storage.duplicates.dismissals`) are never
  suggested again.
- Contacts one imported row matched (its email one contact's, its phone and name
  another's): the import merged the row into neither and recorded the pair with its batch
  (``import_batches.mapping["merge_suggestions"]``); :func:`find_import_suggestions` lists
  them beside the exact groups until someone merges them or marks them "Not duplicates".
- The search runs in two passes so the duplicates screen can show something early: the
  exact pass reads only contacts whose email key or phone occurs more than once (two
  indexed ``GROUP BY`` lookups, about a third of the demo contacts, which share many
  numbers), the fuzzy pass reads every contact with a company and calls the core.
- Both passes take the operations contract's :class:`~app.core.ops.CancelToken` and
  :data:`~app.core.ops.Progress`, and raise :class:`~app.core.ops.OperationCancelled`
  (they only read: there is nothing to roll back).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.engine import Connection

from app.core.duplicates.matching import fuzzy_candidates, phone_name_key
from app.core.ops import (
    CancelToken,
    OperationCancelled,
    Progress,
    check_cancelled,
    report,
    scaled_progress,
)
from app.storage import tables
from app.storage.duplicates.dismissals import dismissed_pairs

__all__ = [
    "IMPORT_CONFLICT",
    "DuplicateGroup",
    "GroupKind",
    "contact_names",
    "find_duplicate_groups",
    "find_exact_groups",
    "find_fuzzy_pairs",
    "find_import_suggestions",
]


_READ_BATCH: Final = 10_000
_ID_CHUNK: Final = 500

GroupKind = Literal["email", "phone_name", "import", "fuzzy"]


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Contacts that are (exact) or may be (fuzzy) one person.

    Attributes:
        kind: ``"email"`` or ``"phone_name"`` for exact groups (``"email"`` when any
            link in the group is an email), ``"import"`` for contacts one imported row
            matched (:func:`find_import_suggestions`), ``"fuzzy"`` for a
            suggested pair.
        contact_ids: The contacts, oldest (smallest id) first.
        key: The key that joined them (an email key or ``"+49…|ivan|petrov"``), the
            first one when several did; None for fuzzy pairs.
        score: The name similarity of a fuzzy pair, 0-100; None for exact groups.
        reasons: Codes for the reviewer: ``same_email``, ``same_phone_and_name``, or
            the fuzzy codes (``same_company``, ``similar_name``, ``nickname``,
            ``transliteration``, ``name_order``, ``different_email``).
    """

    kind: GroupKind
    contact_ids: tuple[int, ...]
    key: str | None = None
    score: float | None = None
    reasons: tuple[str, ...] = ()

    @property
    def exact(self) -> bool:
        """True for groups joined by an exact key."""
        return self.kind in ("email", "phone_name")


class _Components:
    """Union-find over contact ids, remembering which keys joined each component."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}
        self.keys: dict[int, list[tuple[str, str]]] = defaultdict(list)

    def find(self, item: int) -> int:
        parent = self.parent
        root = item
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(item, item) != root:  # path compression
            parent[item], item = root, parent[item]
        return root

    def join(self, a: int, b: int, kind: str, key: str) -> None:
        self.parent.setdefault(a, a)
        self.parent.setdefault(b, b)
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller id stays the root so a group is named by its oldest contact.
            ra, rb = min(ra, rb), max(ra, rb)
            self.parent[rb] = ra
            self.keys[ra].extend(self.keys.pop(rb, []))
        self.keys[ra].append((kind, key))

    def groups(self) -> list[DuplicateGroup]:
        members: dict[int, list[int]] = defaultdict(list)
        for item in self.parent:
            members[self.find(item)].append(item)
        found = []
        for root, ids in members.items():
            if len(ids) < 2:  # noqa: PLR2004 (a group is at least a pair)
                continue
            links = self.keys[root]
            kinds = {kind for kind, _ in links}
            kind: GroupKind = "email" if "email" in kinds else "phone_name"
            first_key = next((k for kd, k in links if kd == kind), links[0][1])
            reasons = tuple(
                reason
                for name, reason in (("email", "same_email"), ("phone_name", "same_phone_and_name"))
                if name in kinds
            )
            found.append(DuplicateGroup(kind, tuple(sorted(ids)), first_key, None, reasons))
        return found


def _partners(pairs: Iterable[tuple[int, int]]) -> dict[int, set[int]]:
    found: dict[int, set[int]] = defaultdict(set)
    for low, high in pairs:
        found[low].add(high)
        found[high].add(low)
    return found


def _without_dismissed(
    group: DuplicateGroup,
    keys_of: Mapping[int, Sequence[tuple[str, str]]],
    partners: Mapping[int, set[int]],
) -> list[DuplicateGroup]:
    """Split an exact group that holds a dismissed pair into groups that hold none.

    Contacts are joined again by their keys, skipping dismissed pairs; what is still
    connected through a third contact (A-B dismissed, both share a key with C) is split
    greedily, oldest contact first, so every group shown is one the user may merge whole.
    """
    ids = group.contact_ids
    if not any(partners.get(i, set()) & set(ids) for i in ids):
        return [group]
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for contact_id in ids:
        for link in keys_of[contact_id]:
            by_key[link].append(contact_id)
    joined = _Components()
    for (kind, key), members in by_key.items():
        for n, a in enumerate(members):
            for b in members[n + 1 :]:
                if b not in partners.get(a, set()):
                    joined.join(a, b, kind, key)
    found = []
    for candidate in joined.groups():
        parts: list[list[int]] = []
        for contact_id in candidate.contact_ids:
            mine = partners.get(contact_id, set())
            part = next((p for p in parts if not mine.intersection(p)), None)
            if part is None:
                parts.append([contact_id])
            else:
                part.append(contact_id)
        for part in parts:
            if len(part) > 1:
                found.append(
                    DuplicateGroup(
                        candidate.kind, tuple(part), candidate.key, None, candidate.reasons
                    )
                )
    return found


def find_exact_groups(
    conn: Connection,
    *,
    dismissed: set[tuple[int, int]] | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> list[DuplicateGroup]:
    """Find contacts that share an email key, or a phone and a name: the exact groups.

    Only contacts whose email key or phone occurs more than once can be in a group, so
    two indexed ``GROUP BY`` lookups pick them and the rest of the table is never read.

    Args:
        conn: A connection.
        dismissed: Pairs not to join (smaller id first); read from the database when None.
        progress: Called with (rows read, 0) now and then (the total is not known before
            the end), and with (rows read, rows read) at the end.
        cancel: Stops the search when cancelled.

    Returns:
        The groups, largest first, then oldest first (a stable order).

    Raises:
        OperationCancelled: ``cancel`` was cancelled.
    """
    if dismissed is None:
        dismissed = dismissed_pairs(conn)
    c = tables.contacts
    shared_emails = (
        select(c.c.email_key)
        .where(c.c.email_key.is_not(None), c.c.email_key != "")
        .group_by(c.c.email_key)
        .having(func.count() > 1)
    )
    # phone_name_key() needs a phone and a last name; the last name is checked in Python.
    shared_phones = (
        select(c.c.phone_e164)
        .where(c.c.phone_e164.is_not(None), c.c.phone_e164 != "")
        .group_by(c.c.phone_e164)
        .having(func.count() > 1)
    )
    candidates = or_(c.c.email_key.in_(shared_emails), c.c.phone_e164.in_(shared_phones))
    # One statement, read in batches: the grouped lookups run once. (Counting the
    # candidates first, or keyset batches, would run them again each time.) The total is
    # unknown until the end, so progress says (done, 0): busy, not a percentage.
    report(progress, 0, 0)
    result = conn.execute(
        select(c.c.id, c.c.email_key, c.c.phone_e164, c.c.first_name, c.c.last_name)
        .where(candidates)
        .order_by(c.c.id)
    )
    components = _Components()
    first_with: dict[tuple[str, str], int] = {}
    keys_of: dict[int, list[tuple[str, str]]] = {}
    done = 0
    while True:
        if cancel is not None and cancel.cancelled:
            result.close()
            raise OperationCancelled
        rows = result.fetchmany(_READ_BATCH)
        if not rows:
            break
        for contact_id, email_key, e164, first, last_name in rows:
            links = [
                (kind, key)
                for kind, key in (
                    ("email", email_key or None),
                    ("phone_name", phone_name_key(e164, first, last_name)),
                )
                if key is not None
            ]
            keys_of[contact_id] = links
            for link in links:
                seen = first_with.setdefault(link, contact_id)
                if seen != contact_id:
                    components.join(seen, contact_id, *link)
        done += len(rows)
        report(progress, done, 0)
    groups = components.groups()
    if dismissed:
        partners = _partners(dismissed)
        groups = [part for g in groups for part in _without_dismissed(g, keys_of, partners)]
    groups.sort(key=lambda g: (-len(g.contact_ids), g.contact_ids[0]))
    report(progress, done, done)
    return groups


def find_fuzzy_pairs(
    conn: Connection,
    exact: Sequence[DuplicateGroup] = (),
    *,
    transliteration: bool = False,
    threshold: float | None = None,
    dismissed: set[tuple[int, int]] | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> list[DuplicateGroup]:
    """Suggest pairs with similar names at the same company (the slow pass).

    Args:
        conn: A connection.
        exact: The exact groups; a pair inside one of them is not suggested again.
        transliteration: Compare Cyrillic and Latin spellings.
        threshold: The minimum score (the core's default when None).
        dismissed: Pairs not to suggest (smaller id first); read from the database when
            None.
        progress: Called with (done, total) now and then.
        cancel: Stops the search when cancelled.

    Returns:
        The pairs, best score first (the core's stable order).

    Raises:
        OperationCancelled: ``cancel`` was cancelled.
    """
    if dismissed is None:
        dismissed = dismissed_pairs(conn)
    c, co = tables.contacts, tables.companies
    with_company = c.c.company_id.is_not(None)
    total = int(conn.execute(select(func.count()).select_from(c).where(with_company)).scalar_one())
    # The core's comparison is one call; count it as half a scan.
    steps = total + total // 2 or 1
    report(progress, 0, steps)
    stmt = (
        select(
            c.c.id,
            c.c.first_name,
            c.c.last_name,
            c.c.full_name,
            c.c.email,
            co.c.name,
        )
        .select_from(c.join(co, co.c.id == c.c.company_id))
        .where(c.c.id > bindparam("last_id"))
        .order_by(c.c.id)
        .limit(_READ_BATCH)
    )
    records: list[dict[str, object]] = []
    record_ids: list[int] = []
    last = 0
    done = 0
    while True:
        check_cancelled(cancel)
        rows = conn.execute(stmt, {"last_id": last}).all()
        if not rows:
            break
        for contact_id, first, last_name, full, email, company in rows:
            if company:
                records.append(
                    {
                        "first_name": first,
                        "last_name": last_name,
                        "full_name": full,
                        "company": company,
                        "email": email,
                    }
                )
                record_ids.append(contact_id)
        done += len(rows)
        last = rows[-1][0]
        report(progress, done, steps)
    check_cancelled(cancel)
    group_of = {i: n for n, g in enumerate(exact) for i in g.contact_ids}
    options: dict[str, Any] = {"transliteration": transliteration}
    if threshold is not None:
        options["threshold"] = threshold
    pairs = []
    for match in fuzzy_candidates(records, **options):
        a, b = record_ids[match.left], record_ids[match.right]
        if a in group_of and group_of[a] == group_of.get(b):
            continue  # already one exact group
        if (min(a, b), max(a, b)) in dismissed:
            continue
        pairs.append(DuplicateGroup("fuzzy", (a, b), None, match.score, match.reasons))
    report(progress, steps, steps)
    return pairs


def find_duplicate_groups(
    conn: Connection,
    *,
    fuzzy: bool = True,
    transliteration: bool = False,
    threshold: float | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> list[DuplicateGroup]:
    """Find contacts that are the same person: exact groups, then fuzzy suggestions.

    Pairs marked "Not duplicates"
    (:func:`~app.storage.duplicates.dismissals.dismiss_duplicates`) are left out.

    Args:
        conn: A connection (reads run in its transaction: one consistent snapshot).
        fuzzy: Also suggest pairs with similar names at the same company.
        transliteration: Compare Cyrillic and Latin spellings in the fuzzy pass.
        threshold: The fuzzy pass's minimum score (the core's default when None).
        progress: Called with (done, total) now and then.
        cancel: Stops the search when cancelled.

    Returns:
        Exact groups (largest first, then oldest), then fuzzy pairs (best score first).

    Raises:
        OperationCancelled: ``cancel`` was cancelled.
    """
    dismissed = dismissed_pairs(conn)
    # The exact pass reads a fraction of the table: a tenth of the bar when both run.
    share = 10 if fuzzy else 100
    exact_progress = scaled_progress(progress, 0, share)
    fuzzy_progress = scaled_progress(progress, share, 100 - share)
    exact = find_exact_groups(conn, dismissed=dismissed, progress=exact_progress, cancel=cancel)
    exact = exact + find_import_suggestions(conn, exact, dismissed=dismissed)
    if not fuzzy:
        return exact
    pairs = find_fuzzy_pairs(
        conn,
        exact,
        transliteration=transliteration,
        threshold=threshold,
        dismissed=dismissed,
        progress=fuzzy_progress,
        cancel=cancel,
    )
    return exact + pairs


def contact_names(conn: Connection, ids: Iterable[int]) -> dict[int, str]:
    """Display names of contacts (full name, else first and last), for a list of groups."""
    wanted = sorted(set(ids))
    names: dict[int, str] = {}
    c = tables.contacts
    for start in range(0, len(wanted), _ID_CHUNK):
        chunk = wanted[start : start + _ID_CHUNK]
        for contact_id, full, first, last in conn.execute(
            select(c.c.id, c.c.full_name, c.c.first_name, c.c.last_name).where(c.c.id.in_(chunk))
        ):
            name = full or " ".join(p for p in (first, last) if p)
            names[int(contact_id)] = name or f"#{contact_id}"
    return names


# --- rows an import could not place ---------------------------------------------------

#: The reason code of these groups (worded by the duplicates screen).
IMPORT_CONFLICT: Final = "import_matched_both"
#: Import batches read, newest first: suggestions older than that have been dealt with.
_RECENT_BATCHES: Final = 200


def find_import_suggestions(
    conn: Connection,
    exact: Sequence[DuplicateGroup] = (),
    *,
    dismissed: set[tuple[int, int]] | None = None,
) -> list[DuplicateGroup]:
    """The contact pairs recent imports found one row matching, still to review.

    Args:
        conn: A connection.
        exact: The exact groups already found: a pair inside one of them is not repeated.
        dismissed: Pairs marked "Not duplicates" (read from the database when None).

    Returns:
        Groups of kind ``import`` (``key``: ``"<file> row <n>"``), newest import first;
        contacts deleted or merged since are left out.
    """
    if dismissed is None:
        dismissed = dismissed_pairs(conn)
    batches = tables.import_batches
    rows = conn.execute(
        select(batches.c.file_name, batches.c.mapping)
        .where(batches.c.undone.is_(False))
        .order_by(batches.c.id.desc())
        .limit(_RECENT_BATCHES)
    ).all()
    wanted: list[tuple[tuple[int, ...], str]] = []
    for file_name, mapping in rows:
        data: Any = json.loads(mapping) if isinstance(mapping, str) else mapping
        for item in (data or {}).get("merge_suggestions") or ():
            ids = tuple(sorted({int(i) for i in item.get("contact_ids", ())}))
            if len(ids) > 1:
                wanted.append((ids, f"{file_name} row {item.get('row')}"))
    if not wanted:
        return []
    every = sorted({i for ids, _ in wanted for i in ids})
    alive: set[int] = set()
    contacts = tables.contacts
    for start in range(0, len(every), 500):
        part = every[start : start + 500]
        alive.update(
            int(i)
            for i in conn.execute(select(contacts.c.id).where(contacts.c.id.in_(part))).scalars()
        )
    grouped = [set(g.contact_ids) for g in exact]
    out: list[DuplicateGroup] = []
    seen: set[tuple[int, ...]] = set()
    for suggested, key in wanted:
        ids = tuple(i for i in suggested if i in alive)
        if len(ids) < 2 or ids in seen:  # noqa: PLR2004 (a group is at least a pair)
            continue
        if any(set(ids) <= group for group in grouped):
            continue
        if all((a, b) in dismissed for n, a in enumerate(ids) for b in ids[n + 1 :]):
            continue
        seen.add(ids)
        out.append(DuplicateGroup("import", ids, key, None, (IMPORT_CONFLICT,)))
    return out
