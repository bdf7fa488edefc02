"""How a search narrows the contact table: the SQL condition, and which way SQLite reads it.

A search (every word a prefix, full-text index) can be joined to a sorted page three ways,
and at a million contacts each of them is the fastest for some searches and hundreds of
times too slow for others:

- ``DRIVE``: read every match from the index, look each one up and sort them. Costs what
  the match count costs (3,200 matches: ~10 ms; 370,000: ~250 ms).
- ``WALK``: read the sort's index in order and keep the rows found in the set of matches
  (built once per query). Fast when matches are many and spread through the sort order
  ("gmail", "pe"); when they bunch up deep in it ("petrov" sorted by name: every
  contact before P is read first) it reads most of the table (150-250 ms).
- ``PROBE``: read the sort's index in order and ask the index about each row. Each
  question costs tens of microseconds and only a prefix of one to three letters has an
  index of its own (``prefix='1 2 3'``); for a longer word each question reads every
  word that starts with it. So only for short, dense searches ("a": the first 60 sorted
  matches in ~2 ms, where building the set of 370,000 matches alone takes 60 ms).

The plan is chosen from an estimate of the match count that costs nothing extra: the
first ``SEARCH_DRIVES_BELOW + 1`` matches are read in id order anyway, and how far into the
ids they reach tells how dense the matches are (within a few per cent on the demo data).
Every plan returns the same rows; only the time differs.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Final

from sqlalchemy import Integer, exists, false, func, literal, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from app.storage import tables
from app.storage.contacts.tables import CONTACTS
from app.storage.search_index import fts_match_expression, search_terms, server_search


class SearchPlan(Enum):
    """Which way SQLite joins a search to a sorted page (see the module's docstring)."""

    DRIVE = "drive"
    WALK = "walk"
    PROBE = "probe"


#: Up to this many matches (estimated), pages start from the matches and sort them.
#: Sorting is bounded by the match count; walking the sort's index is not (it depends on
#: where the matches sit in the sort order): at a million contacts sorted by name, 7,816
#: matches of "petr" took 26 ms driven and over 150 ms walked; 17,156 of "mari", 55 ms
#: driven and 5 ms walked. Above it, walking wins for all but rare bunched-up searches.
DRIVE_BELOW: Final = 20_000
#: A search's first screen is sorted at once (no interim screen in id order) when the
#: matches are estimated at most this many: driving them costs ~10-15 ms.
SCREEN_DRIVE_BELOW: Final = 5_000
#: ... or when every word is this short (it has a prefix index) and at least this share
#: of the contacts match: then PROBE finds the first screen within a few hundred rows.
PROBE_TERM_MAX: Final = 3
PROBE_MIN_SHARE: Final = 0.15
#: The rows a PROBE first screen reads (a screen and some; the rest come by keyset pages).
PROBE_PAGE: Final = 60
#: A PROBE first screen taking more CPU than this gives way to the interim screen.
PROBE_BUDGET_S: Final = 0.012


def highest_contact_id(conn: Connection) -> int:
    """The highest contact id: how many contacts there are, near enough (no count needed)."""
    return int(conn.execute(select(func.max(CONTACTS.c.id))).scalar_one() or 0)


def estimated_matches(first_ids: Sequence[int], sample_size: int, highest_id: int) -> int:
    """How many contacts match, estimated from the lowest ``sample_size`` matching ids.

    Args:
        first_ids: the lowest matching ids, ascending, read with ``limit=sample_size``.
        sample_size: the limit they were read with (fewer ids: they are every match).
        highest_id: :func:`highest_contact_id`.
    """
    if len(first_ids) < sample_size or not first_ids:
        return len(first_ids)
    return max(len(first_ids), round(len(first_ids) * max(highest_id, 1) / first_ids[-1]))


def page_plan(matches: int) -> SearchPlan:
    """The plan for a page of a search with about ``matches`` matches."""
    return SearchPlan.DRIVE if matches <= DRIVE_BELOW else SearchPlan.WALK


def first_screen_plan(query: str, matches: int, total: int) -> SearchPlan | None:
    """A plan that sorts a broad search's first screen in a few ms, or None (none does)."""
    if matches <= SCREEN_DRIVE_BELOW:
        return SearchPlan.DRIVE
    terms = search_terms(query)
    short = bool(terms) and max(len(t) for t in terms) <= PROBE_TERM_MAX
    if short and total and matches / total >= PROBE_MIN_SHARE:
        return SearchPlan.PROBE
    return None


def search_where(
    conn: Connection, query: str, plan: SearchPlan = SearchPlan.DRIVE
) -> ColumnElement[bool]:
    """The condition (on contacts aliased ``c``) that keeps the contacts matching ``query``."""
    if conn.dialect.name == "sqlite":
        expr = fts_match_expression(query)
        match = text("contacts_fts MATCH :fts_query").bindparams(fts_query=expr)
        fts = tables.contacts_fts
        if plan is SearchPlan.PROBE:
            # Correlated: nothing here can drive the loop, so the sort's index does.
            return exists(
                select(literal(1)).select_from(fts).where(match, fts.c.rowid == CONTACTS.c.id)
            )
        ids = select(fts.c.rowid).where(match)
        # "+0" is SQLite's way to keep a term from driving the loop: the sort's index
        # then drives it, and the matches become a lookup set built once per query.
        subject = (CONTACTS.c.id + 0) if plan is SearchPlan.WALK else CONTACTS.c.id
        return subject.in_(ids.scalar_subquery())
    # PostgreSQL: the same words in a tsvector index (app.storage.server_search); a
    # query nothing can match (only punctuation) matches no contact, as on SQLite.
    found = server_search(query)
    if found is None:
        return false()
    matches = text(found.matches_sql()).columns(contact_id=Integer)
    return CONTACTS.c.id.in_(matches.scalar_subquery())


__all__ = [
    "DRIVE_BELOW",
    "PROBE_BUDGET_S",
    "PROBE_MIN_SHARE",
    "PROBE_PAGE",
    "PROBE_TERM_MAX",
    "SCREEN_DRIVE_BELOW",
    "SearchPlan",
    "estimated_matches",
    "first_screen_plan",
    "highest_contact_id",
    "page_plan",
    "search_where",
]
