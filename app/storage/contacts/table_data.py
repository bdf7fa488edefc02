"""The contact table's values, importable before SQLAlchemy: rows, scopes, sorts, id pages.

The Lists page is the window's first page: building it must not load SQLAlchemy (a few
hundred milliseconds of CPU before the first paint). ``app.storage.contacts.browse`` reads
these values from the database and re-exports them; ``table_reads`` defers its reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final, NamedTuple

if TYPE_CHECKING:
    from app.core.segments import Segment

#: Largest number of ids bound in one ``IN (...)``: SQLite allows 32,766 variables.
MAX_IDS_PER_QUERY: Final = 5000


class ContactRow(NamedTuple):
    """What the contact table shows for one contact."""

    id: int
    name: str
    title: str | None
    company: str | None
    email: str | None
    email_status: str | None
    phone: str | None
    phone_status: str | None
    country: str | None
    stage: str | None
    owner: str | None
    fit_score: int | None
    quality_score: int | None
    last_touched: dt.datetime | None
    tags: tuple[str, ...]
    do_not_contact: bool
    created: dt.datetime | None = None
    time_zone: str | None = None
    middle_name: str | None = None
    # The stage's key: the screens show a default stage's name in the user's language.
    stage_key: str | None = None


@dataclass(frozen=True)
class Scope:
    """Which contacts the table shows; the parts that are set are combined with AND.

    Attributes:
        list_id: only members of this static list.
        segment: only contacts matching this parsed segment.
        search: only contacts matching this search text (every word a prefix, FTS index).
    """

    list_id: int | None = None
    segment: Segment | None = None
    search: str = ""

    @property
    def has_search(self) -> bool:
        """True when the search text has at least one word to look for."""
        # The search index module loads SQLAlchemy: imported when a scope is first asked.
        from app.storage.search_index import search_terms

        return bool(search_terms(self.search))


class SortKey(StrEnum):
    """The columns the table sorts by (each served by an index at a million rows)."""

    NAME = "name"  # last name, then first name (ix_contacts_last_first)
    COMPANY = "company"  # normalized company name (ix_companies_normalized_name)
    COUNTRY = "country"
    STAGE = "stage"  # pipeline order, not alphabetical
    FIT_SCORE = "fit_score"
    QUALITY = "quality"
    LAST_TOUCHED = "last_touched"
    CREATED = "created"


@dataclass(frozen=True)
class Sort:
    """A sort order: a key and a direction; ties are always broken by id."""

    key: SortKey = SortKey.NAME
    descending: bool = False


#: Where the next page starts: the partition and the last row's sort values (opaque).
Cursor = tuple[Any, ...]


@dataclass(frozen=True)
class IdPage:
    """One page of ids.

    Attributes:
        ids: the ids in sort order.
        cursor: pass to the next ``browse.page_ids`` call; None when nothing was read.
        done: True when the scope has no ids after this page.
    """

    ids: list[int]
    cursor: Cursor | None
    done: bool


__all__ = ["MAX_IDS_PER_QUERY", "ContactRow", "Cursor", "IdPage", "Scope", "Sort", "SortKey"]
