"""Rows an import could not place: they matched two different stored contacts.

The importer never chooses between two contacts on its own (one had the row's email,
another its phone and name); it records the pair with the batch
(``import_batches.mapping["merge_suggestions"]``) and leaves it here for the duplicates
screen, beside the exact groups, until someone merges the contacts or marks them "Not
duplicates".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.storage import tables
from app.storage.duplicates.dismissals import dismissed_pairs
from app.storage.duplicates.search import DuplicateGroup

__all__ = ["IMPORT_CONFLICT", "find_import_suggestions"]

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
