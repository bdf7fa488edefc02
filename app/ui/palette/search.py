"""The palette's reads, run off the GUI thread: the named records and the contact search.

Lists, segments and cadences are few (tens, hundreds): their names are read once when
the palette opens and matched on the GUI thread like the actions. Contacts can be a
million: each keystroke (debounced) asks the full-text index the Lists page searches
with for the first :data:`CONTACT_LIMIT` matches, in a read job; a newer keystroke
interrupts the older query.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.ui.jobs import JobContext

#: How many contacts a search shows: the palette is for jumping, not browsing.
CONTACT_LIMIT = 20


@dataclass(frozen=True)
class NamedRecord:
    """A list, segment or cadence: its kind, id and name."""

    kind: str
    id: int
    name: str


@dataclass(frozen=True)
class ContactHit:
    """A contact that matched: what the palette shows of it."""

    id: int
    name: str
    company: str
    email: str


def read_names(db: Database) -> list[NamedRecord]:
    """Every static list, saved segment and cadence, by kind and name."""
    from app.storage.cadences import cadence_names
    from app.storage.lists import static_lists
    from app.storage.segments import saved_segments

    with db.reading() as conn:
        lists = static_lists(conn)
        segments = saved_segments(conn)
        cadences = cadence_names(conn)
    return [
        *(NamedRecord("list", i, name) for i, name in lists),
        *(NamedRecord("segment", s.id, s.name) for s in segments),
        *(NamedRecord("cadence", i, name) for i, name in cadences),
    ]


def find_contacts(
    db: Database, query: str, ctx: JobContext, limit: int = CONTACT_LIMIT
) -> list[ContactHit]:
    """The first ``limit`` contacts whose words start with the query's words.

    Args:
        db: the open database.
        query: what the user typed.
        ctx: the job's context: cancelling it (a newer keystroke) interrupts the SQLite
            statement, and the job ends as cancelled.
        limit: the most contacts returned.
    """
    from app.storage.contacts.browse import interruptible, rows_for_ids
    from app.storage.database import cancelled_if_interrupted
    from app.storage.search_index import search_contact_ids

    if not query.strip():
        return []
    with db.reading() as conn, interruptible(conn, ctx.cancelled):
        with cancelled_if_interrupted(ctx.raise_if_cancelled):
            ids = search_contact_ids(conn, query, limit=limit)
            rows = rows_for_ids(conn, ids)
    return [
        ContactHit(i, row.name, row.company or "", row.email or "")
        for i in ids
        if (row := rows.get(i)) is not None
    ]
