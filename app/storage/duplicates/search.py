"""Duplicates already in the database: finding them, and merging them with undo.

The core decides what is a duplicate (:mod:`app.core.duplicates.matching`) and how two versions of
a contact merge (:mod:`app.core.duplicates.merge`); this module reads the contacts, groups them,
and applies a merge the user confirmed on the merge screen. Nothing here merges on its
own: :func:`find_duplicate_groups` only suggests.

Design choices:

- Exact groups come first and are connected components: contacts sharing an email key,
  or a phone plus name key (:func:`~app.core.duplicates.matching.phone_name_key`, computed while
  scanning, so no new column), end up in one group even when A and B share an email and
  B and C a phone. A shared switchboard number with different names is no key at all.
- Fuzzy suggestions (:func:`~app.core.duplicates.matching.fuzzy_candidates`: same normalized
  company, similar names, nicknames, optionally transliteration) are pairs, best score
  first; a pair already inside one exact group is not suggested again.
- A merge is ONE change set (``kind="merge"``): the survivor's changed fields, the
  losing emails and phones added as ``contact_points``, every dependent row
  (activities, tasks, enrollments, hand-offs, contact points, a qualification or claim
  the survivor lacks) re-pointed to the survivor as a recorded update, list memberships
  and tags copied to the survivor as recorded inserts, and finally the merged contacts
  deleted through the recorder, which snapshots them and whatever still refers to them.
  Undo therefore restores every row with its id.
- With more than two contacts the planner runs pairwise: the survivor absorbs each
  merged contact in turn by the chosen rule; the user's per-field picks then override.
- "Not duplicates" is stored (``duplicate_dismissals``, one ordered pair per row) so it
  lasts and is shared by everybody on the database file; the finder never suggests a
  dismissed pair again. Dismissing is a change set too (``kind="not_duplicates"``), so
  Edit → Undo brings the pair back. A merge carries the merged contact's dismissals over
  to the survivor: if A is not B and B is C, A is not C either.
- The search runs in two passes so the merge screen can show something early: the exact
  pass reads only contacts whose email key or phone occurs more than once (two indexed
  ``GROUP BY`` lookups, about a third of the demo contacts, which share many numbers),
  the fuzzy pass reads every contact with a company and calls the core.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal

from sqlalchemy import Table, bindparam, func, insert, inspect, or_, select
from sqlalchemy.engine import Connection

from app.core.duplicates.matching import fuzzy_candidates, phone_name_key
from app.core.duplicates.merge import (
    EMAIL_FIELDS,
    PHONE_FIELDS,
    SYSTEM_FIELDS,
    MergeRule,
    SecondaryPoint,
    is_empty,
    plan_merge,
)
from app.core.icp import CompiledProfile
from app.storage.changes import ChangeRecorder, record_changes
from app.storage.schema import (
    Activity,
    Base,
    Company,
    Contact,
    ContactList,
    ContactPoint,
    ContactTag,
    DuplicateDismissal,
    ListMember,
    PipelineStage,
    Rep,
    Tag,
    utcnow,
)

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = [
    "GROUP_FIELDS",
    "NOT_MERGED",
    "DuplicateGroup",
    "DuplicateSearchCancelledError",
    "GroupKind",
    "GroupPlan",
    "MergeContext",
    "contact_names",
    "dismiss_duplicates",
    "dismissed_pairs",
    "find_duplicate_groups",
    "find_exact_groups",
    "find_fuzzy_pairs",
    "load_merge_context",
    "merge_contacts",
    "plan_group_merge",
]

_CONTACTS: Table = Contact.__table__  # type: ignore[assignment]
_COMPANIES: Table = Company.__table__  # type: ignore[assignment]
_POINTS: Table = ContactPoint.__table__  # type: ignore[assignment]
_TAGS: Table = Tag.__table__  # type: ignore[assignment]
_CONTACT_TAGS: Table = ContactTag.__table__  # type: ignore[assignment]
_LISTS: Table = ContactList.__table__  # type: ignore[assignment]
_LIST_MEMBERS: Table = ListMember.__table__  # type: ignore[assignment]
_STAGES: Table = PipelineStage.__table__  # type: ignore[assignment]
_REPS: Table = Rep.__table__  # type: ignore[assignment]
_ACTIVITIES: Table = Activity.__table__  # type: ignore[assignment]
_DISMISSALS: Table = DuplicateDismissal.__table__  # type: ignore[assignment]

GroupKind = Literal["email", "phone_name", "fuzzy"]

#: Contact columns a merge never plans: row bookkeeping, and scores derived from the
#: other fields (the fit score is recomputed for the merged contact).
NOT_MERGED: Final[frozenset[str]] = SYSTEM_FIELDS | {
    "fit_score",
    "quality_score",
    "validated_with",
}

#: A pick for one of these names takes the whole group of columns from one contact:
#: a status must stay with its address, a time zone with its number.
GROUP_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "email": EMAIL_FIELDS,
    "phone": (*PHONE_FIELDS, "time_zone"),
}

#: Called with (steps done, steps in total) now and then, from the working thread.
ProgressCallback = Callable[[int, int], None]
CancelFlag = threading.Event | Callable[[], bool]

_READ_BATCH: Final = 10_000
_ID_CHUNK: Final = 500


class DuplicateSearchCancelledError(Exception):
    """The duplicate search stopped because it was cancelled."""


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Contacts that are (exact) or may be (fuzzy) one person.

    Attributes:
        kind: ``"email"`` or ``"phone_name"`` for exact groups (``"email"`` when any
            link in the group is an email), ``"fuzzy"`` for a suggested pair.
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
        return self.kind != "fuzzy"


def _cancel_checker(cancel: CancelFlag | None) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


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


def _scaled(progress: ProgressCallback | None, start: int, share: int) -> ProgressCallback | None:
    """A callback reporting one pass as ``share`` percent of a bar, from ``start``."""
    if progress is None:
        return None
    report = progress

    def scaled(done: int, total: int) -> None:
        report(start + done * share // max(total, 1), 100)

    return scaled


def dismissed_pairs(conn: Connection) -> set[tuple[int, int]]:
    """Every pair somebody marked "Not duplicates", smaller id first.

    A file opened read-only at an older schema has no such table: nothing is dismissed.
    """
    if not inspect(conn).has_table(_DISMISSALS.name):
        return set()
    d = _DISMISSALS
    rows = conn.execute(select(d.c.contact_id_low, d.c.contact_id_high))
    return {(int(low), int(high)) for low, high in rows}


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
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
) -> list[DuplicateGroup]:
    """Find contacts that share an email key, or a phone and a name: the exact groups.

    Only contacts whose email key or phone occurs more than once can be in a group, so
    two indexed ``GROUP BY`` lookups pick them and the rest of the table is never read.

    Args:
        conn: A connection.
        dismissed: Pairs not to join (smaller id first); read from the database when None.
        progress: Called with (rows read, 0) now and then (the total is not known before
            the end), and with (rows read, rows read) at the end.
        cancel: An event or callable; when set the search stops.

    Returns:
        The groups, largest first, then oldest first (a stable order).

    Raises:
        DuplicateSearchCancelledError: ``cancel`` was set.
    """
    is_cancelled = _cancel_checker(cancel)
    if dismissed is None:
        dismissed = dismissed_pairs(conn)
    c = _CONTACTS
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
    if progress is not None:
        progress(0, 0)
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
        if is_cancelled():
            result.close()
            raise DuplicateSearchCancelledError
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
        if progress is not None:
            progress(done, 0)
    groups = components.groups()
    if dismissed:
        partners = _partners(dismissed)
        groups = [part for g in groups for part in _without_dismissed(g, keys_of, partners)]
    groups.sort(key=lambda g: (-len(g.contact_ids), g.contact_ids[0]))
    if progress is not None:
        progress(done, done)
    return groups


def find_fuzzy_pairs(
    conn: Connection,
    exact: Sequence[DuplicateGroup] = (),
    *,
    transliteration: bool = False,
    threshold: float | None = None,
    dismissed: set[tuple[int, int]] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
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
        cancel: An event or callable; when set the search stops.

    Returns:
        The pairs, best score first (the core's stable order).

    Raises:
        DuplicateSearchCancelledError: ``cancel`` was set.
    """
    is_cancelled = _cancel_checker(cancel)
    if dismissed is None:
        dismissed = dismissed_pairs(conn)
    c, co = _CONTACTS, _COMPANIES
    with_company = c.c.company_id.is_not(None)
    total = int(conn.execute(select(func.count()).select_from(c).where(with_company)).scalar_one())
    # The core's comparison is one call; count it as half a scan.
    steps = total + total // 2 or 1
    if progress is not None:
        progress(0, steps)
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
        if is_cancelled():
            raise DuplicateSearchCancelledError
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
        if progress is not None:
            progress(done, steps)
    if is_cancelled():
        raise DuplicateSearchCancelledError
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
    if progress is not None:
        progress(steps, steps)
    return pairs


def find_duplicate_groups(
    conn: Connection,
    *,
    fuzzy: bool = True,
    transliteration: bool = False,
    threshold: float | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
) -> list[DuplicateGroup]:
    """Find contacts that are the same person: exact groups, then fuzzy suggestions.

    Pairs marked "Not duplicates" (:func:`dismiss_duplicates`) are left out.

    Args:
        conn: A connection (reads run in its transaction: one consistent snapshot).
        fuzzy: Also suggest pairs with similar names at the same company.
        transliteration: Compare Cyrillic and Latin spellings in the fuzzy pass.
        threshold: The fuzzy pass's minimum score (the core's default when None).
        progress: Called with (done, total) now and then.
        cancel: An event or callable; when set the search stops.

    Returns:
        Exact groups (largest first, then oldest), then fuzzy pairs (best score first).

    Raises:
        DuplicateSearchCancelledError: ``cancel`` was set.
    """
    dismissed = dismissed_pairs(conn)
    # The exact pass reads a fraction of the table: a tenth of the bar when both run.
    share = 10 if fuzzy else 100
    exact_progress = _scaled(progress, 0, share)
    fuzzy_progress = _scaled(progress, share, 100 - share)
    exact = find_exact_groups(conn, dismissed=dismissed, progress=exact_progress, cancel=cancel)
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


def dismiss_duplicates(
    db: Database, contact_ids: Sequence[int], *, dismissed_by: int | None = None
) -> int:
    """Record that these contacts are different people, in one undoable change set.

    Every pair of them is stored (a pair dismissed before, by anybody, is kept as it
    was), so the finder never groups any two of them again.

    Args:
        db: The database.
        contact_ids: Two or more contacts.
        dismissed_by: The rep who said so.

    Returns:
        The change set's id, for :func:`~app.storage.changes.undo_change_set`.

    Raises:
        ValueError: Fewer than two distinct contacts.
    """
    ids = sorted(set(contact_ids))
    if len(ids) < 2:  # noqa: PLR2004 (a pair at least)
        raise ValueError("Name at least two contacts that are not duplicates.")
    wanted = [(a, b) for n, a in enumerate(ids) for b in ids[n + 1 :]]
    d = _DISMISSALS
    description = f"Marked {len(ids)} contacts as not duplicates"
    with record_changes(
        db, kind="not_duplicates", description=description, created_by=dismissed_by
    ) as rec:
        conn = rec.conn
        have: set[tuple[int, int]] = set()
        for start in range(0, len(ids), _ID_CHUNK):
            chunk = ids[start : start + _ID_CHUNK]
            have.update(
                (int(low), int(high))
                for low, high in conn.execute(
                    select(d.c.contact_id_low, d.c.contact_id_high).where(
                        d.c.contact_id_low.in_(chunk)
                    )
                )
            )
        now = utcnow()
        for low, high in wanted:
            if (low, high) in have:
                continue
            new_id = conn.execute(
                insert(d)
                .values(
                    contact_id_low=low,
                    contact_id_high=high,
                    dismissed_at=now,
                    dismissed_by=dismissed_by,
                )
                .returning(d.c.id)
            ).scalar_one()
            rec.record_insert(d.name, {"id": int(new_id)})
        return rec.change_set_id


# --- what the merge screen shows ----------------------------------------------------------


@dataclass(frozen=True)
class MergeContext:
    """The contacts of a group with the names their ids point to, for side-by-side display.

    Attributes:
        records: Each contact's columns (every column of ``contacts``) by id.
        companies: Company names by company id.
        stages: Pipeline stage names by stage id.
        owners: Rep names by rep id.
        tags: Each contact's tag names.
        lists: Each contact's static list names.
        activities: How many activities each contact has.
    """

    records: dict[int, dict[str, object]]
    companies: dict[int, str] = field(default_factory=dict)
    stages: dict[int, str] = field(default_factory=dict)
    owners: dict[int, str] = field(default_factory=dict)
    tags: dict[int, list[str]] = field(default_factory=dict)
    lists: dict[int, list[str]] = field(default_factory=dict)
    activities: dict[int, int] = field(default_factory=dict)


def _records(conn: Connection, ids: Sequence[int]) -> dict[int, dict[str, object]]:
    rows = conn.execute(select(_CONTACTS).where(_CONTACTS.c.id.in_(list(ids)))).mappings()
    return {int(row["id"]): dict(row) for row in rows}


def _names(conn: Connection, table: Table, column: str, ids: Iterable[object]) -> dict[int, str]:
    wanted = sorted({i for i in ids if isinstance(i, int)})
    if not wanted:
        return {}
    rows = conn.execute(select(table.c.id, table.c[column]).where(table.c.id.in_(wanted)))
    return {int(i): str(name) for i, name in rows}


def contact_names(conn: Connection, ids: Iterable[int]) -> dict[int, str]:
    """Display names of contacts (full name, else first and last), for a list of groups."""
    wanted = sorted(set(ids))
    names: dict[int, str] = {}
    c = _CONTACTS
    for start in range(0, len(wanted), _ID_CHUNK):
        chunk = wanted[start : start + _ID_CHUNK]
        for contact_id, full, first, last in conn.execute(
            select(c.c.id, c.c.full_name, c.c.first_name, c.c.last_name).where(c.c.id.in_(chunk))
        ):
            name = full or " ".join(p for p in (first, last) if p)
            names[int(contact_id)] = name or f"#{contact_id}"
    return names


def load_merge_context(conn: Connection, ids: Sequence[int]) -> MergeContext:
    """Read what the merge screen shows for a group of contacts.

    Args:
        conn: A connection.
        ids: The group's contact ids (missing ones are left out of ``records``).

    Returns:
        The records and the names they refer to.
    """
    records = _records(conn, ids)
    found = list(records)
    tags: dict[int, list[str]] = defaultdict(list)
    for contact_id, name in conn.execute(
        select(_CONTACT_TAGS.c.contact_id, _TAGS.c.name)
        .join(_TAGS, _TAGS.c.id == _CONTACT_TAGS.c.tag_id)
        .where(_CONTACT_TAGS.c.contact_id.in_(found))
        .order_by(_TAGS.c.name)
    ):
        tags[int(contact_id)].append(str(name))
    lists: dict[int, list[str]] = defaultdict(list)
    for contact_id, name in conn.execute(
        select(_LIST_MEMBERS.c.contact_id, _LISTS.c.name)
        .join(_LISTS, _LISTS.c.id == _LIST_MEMBERS.c.list_id)
        .where(_LIST_MEMBERS.c.contact_id.in_(found))
        .order_by(_LISTS.c.name)
    ):
        lists[int(contact_id)].append(str(name))
    activities = {
        int(contact_id): int(count)
        for contact_id, count in conn.execute(
            select(_ACTIVITIES.c.contact_id, func.count())
            .where(_ACTIVITIES.c.contact_id.in_(found))
            .group_by(_ACTIVITIES.c.contact_id)
        )
    }
    values = list(records.values())
    return MergeContext(
        records=records,
        companies=_names(conn, _COMPANIES, "name", (r["company_id"] for r in values)),
        stages=_names(conn, _STAGES, "name", (r["stage_id"] for r in values)),
        owners=_names(conn, _REPS, "name", (r["owner_id"] for r in values)),
        tags=dict(tags),
        lists=dict(lists),
        activities=activities,
    )


# --- planning -----------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupPlan:
    """How a group merges into its survivor.

    Attributes:
        survivor_id: The contact that stays.
        merged_ids: The contacts merged into it (deleted by the merge).
        values: The survivor's mergeable fields after the merge.
        changes: The fields whose value changes, with the new value.
        secondary_points: Emails and phones that lost and become contact points.
    """

    survivor_id: int
    merged_ids: tuple[int, ...]
    values: dict[str, object]
    changes: dict[str, object]
    secondary_points: tuple[SecondaryPoint, ...]

    def source(self, name: str, records: Mapping[int, Mapping[str, object]]) -> int | None:
        """Which contact's value the plan keeps for a field (or a group name).

        The survivor wins ties; None when the chosen value is empty everywhere.
        """
        columns = GROUP_FIELDS.get(name)
        for contact_id in (self.survivor_id, *self.merged_ids):
            record = records[contact_id]
            if columns is not None:
                kind: Literal["email", "phone"] = "email" if name == "email" else "phone"
                chosen = _identity(self.values, kind)
                if chosen is not None and _identity(record, kind) == chosen:
                    return contact_id
            elif not is_empty(self.values.get(name)) and _equal(
                record.get(name), self.values.get(name)
            ):
                return contact_id
        return None


def _equal(a: object, b: object) -> bool:
    if a == b:
        return True
    return isinstance(a, str) and isinstance(b, str) and a.strip() == b.strip()


def _identity(record: Mapping[str, object], kind: Literal["email", "phone"]) -> str | None:
    """What says which address or number a record holds, folded for comparing."""
    names = ("email_key", "email", "email_raw") if kind == "email" else ("phone_e164", "phone_raw")
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            identity = " ".join(value.casefold().split())
            extension = record.get("phone_extension")
            if kind == "phone" and isinstance(extension, str) and extension.strip():
                identity += ";ext=" + extension.strip()
            return identity
    return None


def _text(record: Mapping[str, object], name: str) -> str | None:
    value = record.get(name)
    return value if isinstance(value, str) and value.strip() else None


def _point(
    record: Mapping[str, object],
    kind: Literal["email", "phone"],
    source: Literal["existing", "incoming"],
) -> SecondaryPoint:
    if kind == "email":
        normalized = _text(record, "email")
        raw = _text(record, "email_raw") or normalized or ""
        return SecondaryPoint(
            "email",
            raw,
            normalized,
            _text(record, "email_status"),
            _text(record, "email_reasons"),
            source,
        )
    normalized = _text(record, "phone_e164")
    raw = _text(record, "phone_raw") or normalized or ""
    extension = _text(record, "phone_extension")
    if extension and normalized:
        # contact_points has no extension column: keep it in the RFC 3966 style.
        normalized = f"{normalized};ext={extension}"
    return SecondaryPoint(
        "phone",
        raw,
        normalized,
        _text(record, "phone_status"),
        _text(record, "phone_reasons"),
        source,
    )


def plan_group_merge(
    records: Mapping[int, Mapping[str, object]],
    survivor_id: int,
    merged_ids: Sequence[int],
    *,
    rule: MergeRule = MergeRule.FILL_EMPTY,
    per_field: Mapping[str, MergeRule] | None = None,
    picks: Mapping[str, int] | None = None,
) -> GroupPlan:
    """Plan a merge of several contacts into one, without touching the database.

    Args:
        records: Every contact of the group by id (all columns of ``contacts``).
        survivor_id: The contact that stays ("existing" for the planner).
        merged_ids: The contacts merged into it, in the order they are absorbed
            ("incoming", one after the other).
        rule: The rule for every field (:class:`~app.core.duplicates.merge.MergeRule`).
        per_field: Rule overrides by field name, as :func:`~app.core.duplicates.merge.plan_merge`
            takes them.
        picks: The user's choices on the merge screen: field name -> the contact whose
            value to keep. ``"email"`` and ``"phone"`` pick their whole group of
            columns. A pick never clears ``do_not_contact``.

    Returns:
        The plan.

    Raises:
        ValueError: The survivor is among the merged contacts, or none is merged.
        KeyError: A contact (or a pick's contact) is not in ``records``.
    """
    merged = tuple(dict.fromkeys(merged_ids))
    if not merged:
        raise ValueError("Nothing to merge: name at least one other contact.")
    if survivor_id in merged:
        raise ValueError("The surviving contact cannot also be merged away.")
    survivor = records[survivor_id]
    values: dict[str, object] = {k: v for k, v in survivor.items() if k not in NOT_MERGED}
    for contact_id in merged:
        incoming = {k: v for k, v in records[contact_id].items() if k not in NOT_MERGED}
        values = plan_merge(values, incoming, rule, per_field=per_field).result
    for name, source_id in (picks or {}).items():
        source = records[source_id]
        for column in GROUP_FIELDS.get(name, (name,)):
            if column in source and column not in NOT_MERGED:
                values[column] = source[column]
    # An opt-out on any of them survives every rule and pick.
    if any(records[i].get("do_not_contact") for i in (survivor_id, *merged)):
        values["do_not_contact"] = True

    points: list[SecondaryPoint] = []
    kinds: tuple[Literal["email", "phone"], ...] = ("email", "phone")
    for kind in kinds:
        chosen = _identity(values, kind)
        seen = {chosen} if chosen else set()
        for contact_id in (survivor_id, *merged):
            identity = _identity(records[contact_id], kind)
            if identity and identity not in seen:
                seen.add(identity)
                side: Literal["existing", "incoming"] = (
                    "existing" if contact_id == survivor_id else "incoming"
                )
                points.append(_point(records[contact_id], kind, side))
    changes = {k: v for k, v in values.items() if survivor.get(k) != v}
    return GroupPlan(survivor_id, merged, values, changes, tuple(points))


# --- merging ------------------------------------------------------------------------------


def _referring_tables() -> list[tuple[Table, str, str]]:
    """Tables with a foreign key to ``contacts.id``: (table, column, how to move rows).

    ``move`` re-points each row (any number per contact); ``single`` re-points one row
    when the survivor has none (a unique column: a qualification, a claim); ``link``
    copies a row of a link table (list memberships, tags) to the survivor when it lacks
    it, since such a row's key includes the contact.
    """
    found = []
    for table in Base.metadata.sorted_tables:
        if table is _DISMISSALS:
            continue  # pairs, not rows of one contact: see _carry_dismissals
        for fk in table.foreign_keys:
            if fk.column.table.name != "contacts" or fk.column.name != "id":
                continue
            column = fk.parent
            pk = [c.name for c in table.primary_key.columns]
            if column.primary_key and len(pk) > 1:
                how = "link"
            elif column.primary_key or column.unique:
                how = "single"
            else:
                how = "move"
            found.append((table, column.name, how))
    return found


def _fold_point(value: object) -> str:
    return " ".join(value.casefold().split()) if isinstance(value, str) else ""


def merge_contacts(
    db: Database,
    survivor_id: int,
    merged_ids: Sequence[int],
    *,
    rule: MergeRule = MergeRule.FILL_EMPTY,
    per_field: Mapping[str, MergeRule] | None = None,
    picks: Mapping[str, int] | None = None,
    created_by: int | None = None,
) -> int:
    """Merge contacts into a survivor in one undoable transaction.

    Args:
        db: The database.
        survivor_id: The contact that stays.
        merged_ids: The contacts merged into it and then deleted.
        rule: The merge rule for every field.
        per_field: Rule overrides by field.
        picks: Field -> contact whose value to keep (see :func:`plan_group_merge`).
        created_by: The rep who merged, for the change record.

    Returns:
        The change set's id, for :func:`~app.storage.changes.undo_change_set`.

    Raises:
        KeyError: A contact does not exist (any more).
        ValueError: The survivor is among the merged contacts, or none is merged.
    """
    merged = tuple(dict.fromkeys(merged_ids))
    if not merged:
        raise ValueError("Nothing to merge: name at least one other contact.")
    with db.reading() as conn:
        name = conn.execute(
            select(_CONTACTS.c.full_name).where(_CONTACTS.c.id == survivor_id)
        ).scalar()
    # Counted as the user sees it: two duplicates become one contact.
    description = f"Merged {len(merged) + 1} contacts into {name or survivor_id}"
    with record_changes(db, kind="merge", description=description, created_by=created_by) as rec:
        conn = rec.conn
        # Read again inside the write transaction: the plan must fit the rows as they are.
        records = _records(conn, (survivor_id, *merged))
        missing = [i for i in (survivor_id, *merged) if i not in records]
        if missing:
            raise KeyError(missing[0])
        plan = plan_group_merge(
            records, survivor_id, merged, rule=rule, per_field=per_field, picks=picks
        )
        changes = dict(plan.changes)
        fit = _fit_score(conn, plan.values)
        if fit is not None and fit != records[survivor_id].get("fit_score"):
            changes["fit_score"] = fit
        if changes:
            rec.update("contacts", survivor_id, changes)

        for table, column, how in _referring_tables():
            _move_dependents(rec, table, column, how=how, survivor_id=survivor_id, merged=merged)
        _carry_dismissals(rec, survivor_id, merged)

        # Losing addresses and numbers become contact points, unless the survivor has
        # them already (possibly just re-pointed from a merged contact).
        have = {
            (kind, _fold_point(value))
            for kind, normalized, raw in conn.execute(
                select(_POINTS.c.kind, _POINTS.c.normalized, _POINTS.c.raw).where(
                    _POINTS.c.contact_id == survivor_id
                )
            )
            for value in (normalized, raw)
            if value
        }
        for point in plan.secondary_points:
            keys = {(point.kind, _fold_point(v)) for v in (point.normalized, point.raw) if v}
            if keys & have:
                continue
            have |= keys
            new_id = conn.execute(
                insert(_POINTS)
                .values(
                    contact_id=survivor_id,
                    kind=point.kind,
                    label=None,
                    raw=point.raw,
                    normalized=point.normalized,
                    status=point.status,
                    reasons=point.reasons,
                )
                .returning(_POINTS.c.id)
            ).scalar_one()
            rec.record_insert("contact_points", {"id": int(new_id)})

        rec.delete("contacts", list(merged))
        return rec.change_set_id


def _carry_dismissals(rec: ChangeRecorder, survivor_id: int, merged: Sequence[int]) -> None:
    """Give the survivor the merged contacts' "Not duplicates" pairs, then drop theirs.

    A pair is ordered, so it cannot simply be re-pointed; the old rows are deleted through
    the recorder here (not by the contacts' cascade) so each is recorded once even when
    both of its contacts are merged away, and undo restores them as they were.
    """
    d = _DISMISSALS
    conn = rec.conn
    gone = list(merged)
    involved = or_(d.c.contact_id_low.in_(gone), d.c.contact_id_high.in_(gone))
    rows = conn.execute(
        select(d.c.contact_id_low, d.c.contact_id_high, d.c.dismissed_at, d.c.dismissed_by)
        .where(involved)
        .order_by(d.c.id)
    ).all()
    if not rows:
        return
    have = {
        (int(low), int(high))
        for low, high in conn.execute(
            select(d.c.contact_id_low, d.c.contact_id_high).where(
                or_(d.c.contact_id_low == survivor_id, d.c.contact_id_high == survivor_id)
            )
        )
    }
    for low, high, when, by in rows:
        other = high if low in merged else low
        if other in merged or other == survivor_id:
            continue  # both merged, or the survivor itself: no pair any more
        pair = (min(other, survivor_id), max(other, survivor_id))
        if pair in have:
            continue
        have.add(pair)
        new_id = conn.execute(
            insert(d)
            .values(
                contact_id_low=pair[0],
                contact_id_high=pair[1],
                dismissed_at=when,
                dismissed_by=by,
            )
            .returning(d.c.id)
        ).scalar_one()
        rec.record_insert(d.name, {"id": int(new_id)})
    rec.delete_where(d.name, involved)


def _move_dependents(
    rec: ChangeRecorder,
    table: Table,
    column: str,
    *,
    how: str,
    survivor_id: int,
    merged: Sequence[int],
) -> None:
    """Re-point (or copy) one table's rows of the merged contacts to the survivor."""
    conn = rec.conn
    col = table.c[column]
    if how == "move":
        ids = conn.execute(
            select(table.c.id).where(col.in_(list(merged))).order_by(table.c.id)
        ).scalars()
        for row_id in list(ids):
            rec.update(table.name, int(row_id), {column: survivor_id})
        return
    if how == "single":
        taken = conn.execute(select(func.count()).select_from(table).where(col == survivor_id))
        if taken.scalar_one():
            return  # the survivor's own stays; the others go with their contact (undoable)
        if "id" not in table.c:
            # A contact-keyed row (a claim): the recorder updates by id only, so copy it
            # and let the merged contact's deletion snapshot the original.
            row = conn.execute(select(table).where(col.in_(list(merged)))).mappings().first()
            if row is not None:
                values = {**dict(row), column: survivor_id}
                conn.execute(insert(table).values(**values))
                rec.record_insert(table.name, {column: survivor_id})
            return
        first = conn.execute(
            select(table.c.id).where(col.in_(list(merged))).order_by(table.c.id).limit(1)
        ).scalar()
        if first is not None:
            rec.update(table.name, int(first), {column: survivor_id})
        return
    # A link table: copy each link the survivor lacks; the originals are deleted (and
    # snapshotted for undo) with their contact.
    others = [c.name for c in table.primary_key.columns if c.name != column]
    existing = {
        tuple(r)
        for r in conn.execute(select(*(table.c[o] for o in others)).where(col == survivor_id))
    }
    for row in list(conn.execute(select(table).where(col.in_(list(merged)))).mappings()):
        key = tuple(row[o] for o in others)
        if key in existing:
            continue
        existing.add(key)
        conn.execute(insert(table).values(**{**dict(row), column: survivor_id}))
        rec.record_insert(table.name, {**{o: row[o] for o in others}, column: survivor_id})


def _fit_score(conn: Connection, values: Mapping[str, object]) -> int | None:
    """The merged contact's fit against the active profile (None without a profile)."""
    from app.storage.icp import active_profile

    stored = active_profile(conn)
    if stored is None:
        return None
    company: Mapping[str, object] = {}
    company_id = values.get("company_id")
    if isinstance(company_id, int):
        row = (
            conn.execute(select(_COMPANIES).where(_COMPANIES.c.id == company_id)).mappings().first()
        )
        company = dict(row) if row is not None else {}
    fields = {
        "title": values.get("title"),
        "email": values.get("email"),
        "country": values.get("country") or company.get("country"),
        "industry": company.get("industry"),
        "employee_count": company.get("employee_count"),
        "domain": company.get("domain"),
        "website": company.get("website"),
    }
    return CompiledProfile(stored.profile).score(fields).score
