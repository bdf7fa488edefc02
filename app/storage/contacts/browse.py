"""Reading the contact table: scopes, keyset id pages, row tuples, the search's first screen.

The Lists page shows up to a million contacts. Its item model holds ids and small row
tuples, so this module answers three kinds of question, each with one small query:

- :func:`page_ids` – the next ``limit`` ids of a scope in a sort order, after a cursor
  (keyset paging: ``WHERE (key, id) > (:k, :id)``, never OFFSET, so page 5,000 costs what
  page 1 costs);
- :func:`rows_for_ids` – the visible columns of a batch of ids, in one query;
- :func:`count` – how many contacts a scope holds.

A :class:`Scope` is everything, a static list, a saved segment, a search, or any of them
together. Segments become SQL through ``app.storage.segments.segment_where``.

The module reads the Core tables of ``app.storage.tables``, so opening the Lists page
does not pay for importing the ORM.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from sqlalchemy import Integer, String, and_, false, func, or_, select, text, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from app.core.segments import Segment
from app.storage import tables
from app.storage.contacts.tables import CONTACTS, MAX_IDS_PER_QUERY
from app.storage.search_index import fts_match_expression, search_terms, server_search
from app.storage.segments import prepare_connection, segment_where

if TYPE_CHECKING:
    from sqlalchemy.sql.selectable import Select

_TAG_SEPARATOR: Final = "\x1f"


# --- the row tuple ------------------------------------------------------------------------


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


def _parse_stored_datetime(value: object) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    else:
        try:
            parsed = dt.datetime.fromisoformat(str(value))
        except ValueError:
            return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


def _tags_aggregate(conn: Connection) -> ColumnElement[Any]:
    inner = (
        select(tables.tags.c.name)
        .select_from(
            tables.contact_tags.join(tables.tags, tables.tags.c.id == tables.contact_tags.c.tag_id)
        )
        .where(tables.contact_tags.c.contact_id == CONTACTS.c.id)
    )
    if conn.dialect.name == "sqlite":
        agg = func.group_concat(tables.tags.c.name, _TAG_SEPARATOR)
    else:
        agg = func.string_agg(tables.tags.c.name, _TAG_SEPARATOR)
    return inner.with_only_columns(agg).scalar_subquery()


def rows_for_ids(conn: Connection, ids: Sequence[int]) -> dict[int, ContactRow]:
    """Read the table's columns for ``ids`` in one query.

    Args:
        conn: an open connection.
        ids: up to :data:`MAX_IDS_PER_QUERY` contact ids (the visible range and around).

    Returns:
        The rows by id; ids of contacts deleted meanwhile are missing.
    """
    if not ids:
        return {}
    if len(ids) > MAX_IDS_PER_QUERY:
        raise ValueError(f"at most {MAX_IDS_PER_QUERY} ids per query, got {len(ids)}")
    query = (
        select(
            CONTACTS.c.id,
            CONTACTS.c.full_name,
            CONTACTS.c.first_name,
            CONTACTS.c.last_name,
            CONTACTS.c.title,
            tables.companies.c.name,
            func.coalesce(CONTACTS.c.email, CONTACTS.c.email_raw),
            CONTACTS.c.email_status,
            func.coalesce(CONTACTS.c.phone_e164, CONTACTS.c.phone_raw),
            CONTACTS.c.phone_status,
            CONTACTS.c.country,
            tables.pipeline_stages.c.name,
            tables.reps.c.name,
            CONTACTS.c.fit_score,
            CONTACTS.c.quality_score,
            CONTACTS.c.last_touched_at,
            _tags_aggregate(conn),
            CONTACTS.c.do_not_contact,
            CONTACTS.c.created_at,
            CONTACTS.c.time_zone,
            CONTACTS.c.middle_name,
            tables.pipeline_stages.c.key,
        )
        .select_from(
            CONTACTS.outerjoin(tables.companies, tables.companies.c.id == CONTACTS.c.company_id)
            .outerjoin(tables.pipeline_stages, tables.pipeline_stages.c.id == CONTACTS.c.stage_id)
            .outerjoin(tables.reps, tables.reps.c.id == CONTACTS.c.owner_id)
        )
        .where(CONTACTS.c.id.in_(list(ids)))
    )
    out: dict[int, ContactRow] = {}
    for r in conn.execute(query):
        name = (r[1] or "").strip() or " ".join(p for p in (r[2], r[3]) if p) or (r[6] or "")
        tags = tuple(sorted(r[16].split(_TAG_SEPARATOR), key=str.casefold)) if r[16] else ()
        out[int(r[0])] = ContactRow(
            id=int(r[0]),
            name=name,
            title=r[4],
            company=r[5],
            email=r[6],
            email_status=r[7],
            phone=r[8],
            phone_status=r[9],
            country=r[10],
            stage=r[11],
            owner=r[12],
            fit_score=r[13],
            quality_score=r[14],
            last_touched=_parse_stored_datetime(r[15]),
            tags=tags,
            do_not_contact=bool(r[17]),
            created=_parse_stored_datetime(r[18]),
            time_zone=r[19],
            middle_name=r[20],
            stage_key=r[21],
        )
    return out


# --- scopes and sorts ---------------------------------------------------------------------


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
        cursor: pass to the next :func:`page_ids` call; None when nothing was read.
        done: True when the scope has no ids after this page.
    """

    ids: list[int]
    cursor: Cursor | None
    done: bool


@dataclass(frozen=True)
class _Partition:
    """A slice of the sort order in which every ordering column is read from one index.

    NULLs sort as the smallest value. A nullable leading column would defeat the index's
    range scan (``a > :k OR a IS NULL``), so each sort is cut into partitions (NULL
    first, then the rest), read one after the other.
    """

    where: ColumnElement[bool] | None
    columns: tuple[ColumnElement[Any], ...]
    joins_company: bool = False
    lead_not_null: bool = False


def _partitions(conn: Connection, sort: Sort) -> list[_Partition]:
    c = CONTACTS.c
    key = sort.key
    if key is SortKey.STAGE:
        # A handful of stages: one id-ordered partition per stage, in pipeline order, reads
        # ix_contacts_stage_id (stage_id, rowid) with no sort step at all.
        stage_ids = [
            int(r[0])
            for r in conn.execute(
                select(tables.pipeline_stages.c.id).order_by(
                    tables.pipeline_stages.c.position, tables.pipeline_stages.c.id
                )
            )
        ]
        # (The foreign key sets stage_id to NULL when a stage is deleted, so every id is
        # in one of these partitions.)
        parts = [_Partition(c.stage_id.is_(None), (c.id,))]
        parts += [_Partition(c.stage_id == sid, (c.id,)) for sid in stage_ids]
        return parts
    if key is SortKey.COMPANY:
        return [
            _Partition(c.company_id.is_(None), (c.id,)),
            _Partition(
                None,
                (tables.companies.c.normalized_name, tables.companies.c.id, c.id),
                joins_company=True,
                lead_not_null=True,
            ),
        ]
    if key is SortKey.NAME:
        lead: ColumnElement[Any] = c.last_name
        rest: tuple[ColumnElement[Any], ...] = (c.first_name, c.id)
    else:
        lead = {
            SortKey.COUNTRY: c.country,
            SortKey.FIT_SCORE: c.fit_score,
            SortKey.QUALITY: c.quality_score,
            # Paged by the stored text as read: no timestamp parsed per row of a page of
            # thousands, and the cursor is bound back exactly as it was stored.
            SortKey.LAST_TOUCHED: type_coerce(c.last_touched_at, String),
            SortKey.CREATED: type_coerce(c.created_at, String),
        }[key]
        rest = (c.id,)
    return [
        _Partition(lead.is_(None), rest),
        _Partition(lead.is_not(None), (lead, *rest), lead_not_null=True),
    ]


def _after(
    columns: Sequence[ColumnElement[Any]], values: Sequence[Any], descending: bool, bound: bool
) -> ColumnElement[bool]:
    """Rows strictly after ``values`` in the order of ``columns`` (NULL smallest).

    ``bound`` adds ``lead >= :v`` (``<=`` descending) so SQLite starts a range scan of the
    leading column's index at the cursor instead of filtering from the first row.
    """

    def beyond(col: ColumnElement[Any], value: Any) -> ColumnElement[bool]:
        if not descending:
            return col.is_not(None) if value is None else col > value
        return false() if value is None else or_(col < value, col.is_(None))

    def same(col: ColumnElement[Any], value: Any) -> ColumnElement[bool]:
        return col.is_(None) if value is None else col == value

    alternatives = []
    for k in range(len(columns)):
        prefix = [same(columns[j], values[j]) for j in range(k)]
        alternatives.append(and_(*prefix, beyond(columns[k], values[k])))
    condition = or_(*alternatives)
    if bound and values[0] is not None:
        lead = columns[0]
        condition = and_(lead <= values[0] if descending else lead >= values[0], condition)
    return condition


#: Up to this many search matches, pages start from the matches and sort them; above it,
#: they walk the sort's index and keep the matches (at 1,000,000 contacts: a 7,880-match
#: search sorted by name took 50 ms the first way and 4 ms the second; a 5-match search
#: the other way round).
SEARCH_DRIVES_BELOW: Final = 2000


def scope_where(
    conn: Connection,
    scope: Scope,
    *,
    now: dt.datetime | None = None,
    walk_sort_index: bool = False,
) -> list[ColumnElement[bool]]:
    """The WHERE conditions (on contacts aliased ``c``) that restrict to ``scope``.

    Args:
        conn: the connection the conditions will run on.
        scope: the scope.
        now: the reference time for segments' "days ago" conditions.
        walk_sort_index: make SQLite read the sort's index and test each row against the
            search matches, instead of reading the matches and sorting them.
    """
    where: list[ColumnElement[bool]] = []
    if scope.list_id is not None:
        where.append(
            CONTACTS.c.id.in_(
                select(tables.list_members.c.contact_id).where(
                    tables.list_members.c.list_id == scope.list_id
                )
            )
        )
    if scope.has_search:
        where.append(_search_where(conn, scope.search, walk_sort_index=walk_sort_index))
    if scope.segment is not None:
        prepare_connection(conn)
        where.append(segment_where(scope.segment, dialect=conn.dialect.name, now=now))
    return where


def _search_where(
    conn: Connection, query: str, *, walk_sort_index: bool = False
) -> ColumnElement[bool]:
    if conn.dialect.name == "sqlite":
        expr = fts_match_expression(query)
        match = text("contacts_fts MATCH :fts_query").bindparams(fts_query=expr)
        ids = select(tables.contacts_fts.c.rowid).where(match)
        # "+id" is SQLite's way to keep a term from driving the loop: the sort's index
        # then drives it, and the matches become a lookup set built once per query.
        subject = (CONTACTS.c.id + 0) if walk_sort_index else CONTACTS.c.id
        return subject.in_(ids.scalar_subquery())
    # PostgreSQL: the same words in a tsvector index (app.storage.server_search); a
    # query nothing can match (only punctuation) matches no contact, as on SQLite.
    found = server_search(query)
    if found is None:
        return false()
    matches = text(found.matches_sql()).columns(contact_id=Integer)
    return CONTACTS.c.id.in_(matches.scalar_subquery())


def page_ids(
    conn: Connection,
    scope: Scope,
    sort: Sort,
    *,
    after: Cursor | None = None,
    limit: int = 500,
    now: dt.datetime | None = None,
    candidates: Sequence[int] | None = None,
) -> IdPage:
    """Return the next ``limit`` ids of ``scope`` in ``sort`` order, after ``after``.

    Args:
        conn: an open connection.
        scope: which contacts.
        sort: the order; ties are broken by id, so every id comes exactly once.
        after: the cursor of the previous page, or None for the first page.
        limit: the page size.
        now: the reference time for segments' "days ago" conditions (tests fix it).
        candidates: every id matching the scope's search, already read from the index
            (see :func:`search_first_screen`); the search is then not run again. At most
            :data:`MAX_IDS_PER_QUERY`.

    Returns:
        The page, with the cursor for the next one.
    """
    parts = _partitions(conn, sort)
    order = list(range(len(parts)))
    if sort.descending:
        order.reverse()
    walk = False
    if candidates is not None:
        scope = replace(scope, search="")
    elif scope.has_search and conn.dialect.name == "sqlite":
        from app.storage.search_index import search_contact_ids

        # One- and two-letter prefixes match a good share of any large table. Otherwise
        # read at most SEARCH_DRIVES_BELOW + 1 matches in the index's own order (under a
        # millisecond), not count them all (35 ms for "a" at a million).
        short = min(len(t) for t in search_terms(scope.search)) <= 2
        walk = short or (
            len(search_contact_ids(conn, scope.search, limit=SEARCH_DRIVES_BELOW + 1))
            > SEARCH_DRIVES_BELOW
        )
    scope_conditions = scope_where(conn, scope, now=now, walk_sort_index=walk)
    if candidates is not None:
        scope_conditions.append(CONTACTS.c.id.in_(list(candidates)))
    start_part = after[0] if after is not None else None
    ids: list[int] = []
    cursor = after
    started = start_part is None
    for index in order:
        if not started:
            if index != start_part:
                continue
            started = True
            values = after[1:] if after is not None else None
        else:
            values = None
        part = parts[index]
        need = limit - len(ids)
        query = _partition_query(conn, part, scope_conditions, values, sort.descending, need)
        # Row by row, keeping only the id: a page of 32,000 rows held as a list is 32,000
        # live tuples, enough young objects to start several garbage-collector passes
        # (every thread waits for them, the GUI thread included).
        last = None
        for row in conn.execute(query):
            ids.append(int(row[0]))
            last = row
        if last is not None:
            cursor = (index, *last[1:])
        if len(ids) >= limit:
            return IdPage(ids, cursor, done=False)
    return IdPage(ids, cursor, done=True)


def _partition_query(  # noqa: PLR0917 (a private helper of page_ids)
    conn: Connection,
    part: _Partition,
    scope_conditions: Sequence[ColumnElement[bool]],
    values: Sequence[Any] | None,
    descending: bool,
    limit: int,
) -> Select[Any]:
    source = (
        CONTACTS.join(tables.companies, tables.companies.c.id == CONTACTS.c.company_id)
        if part.joins_company
        else CONTACTS
    )
    conditions = list(scope_conditions)
    if part.where is not None:
        conditions.append(part.where)
    if values is not None:
        # A bound on a nullable leading column would drop its NULLs, which come after
        # every value in a descending order.
        bound = part.lead_not_null or not descending
        conditions.append(_after(part.columns, values, descending, bound=bound))
    sqlite = conn.dialect.name == "sqlite"
    ordering = []
    for col in part.columns:
        term = col.desc() if descending else col.asc()
        if not sqlite:  # SQLite's default already puts NULL first ascending, last descending
            term = term.nulls_last() if descending else term.nulls_first()
        ordering.append(term)
    return (
        select(CONTACTS.c.id, *part.columns)
        .select_from(source)
        .where(*conditions)
        .order_by(*ordering)
        .limit(limit)
    )


#: A search with at most this many matches gets its first screen sorted at once (reading
#: and sorting 2,000 rows takes a few milliseconds warm); above it, the first screen comes
#: in the index's order (ids: the order contacts were added) while the sorted page is read.
SORTED_SEARCH_CAP: Final = 2000


@dataclass(frozen=True)
class SearchScreen:
    """The first screen of a search, read for the user while they type.

    Attributes:
        page: the first page. Sorted when ``complete``; otherwise the first matches in id
            order (an interim screen: read the sorted page with :func:`page_ids` next).
        complete: True when every match was read (``matches`` is then the exact count).
        matches: how many contacts match; with ``complete`` False, a lower bound.
    """

    page: IdPage
    complete: bool
    matches: int


def search_first_screen(
    conn: Connection,
    scope: Scope,
    sort: Sort,
    *,
    limit: int = 200,
    cap: int = SORTED_SEARCH_CAP,
) -> SearchScreen:
    """The first screen of a search over every contact, in a few milliseconds at a million.

    Reads at most ``cap + 1`` matches from the full-text index in its own order,
    which costs the same for "a" (372,000 matches at a million) as for "ivanova". When
    that is every match, they are sorted in the database and the page is final, with the
    exact count; otherwise the first ``limit`` matches in id order stand in until the
    sorted page (slower: tens to hundreds of milliseconds) is read.

    Args:
        conn: an open connection.
        scope: a search over every contact (no list, no segment).
        sort: the order of the final page.
        limit: the page size.
        cap: the most matches sorted at once.
    """
    from app.storage.search_index import some_contact_ids

    if scope.list_id is not None or scope.segment is not None:
        raise ValueError("search_first_screen is for a search over every contact")
    # On PostgreSQL an interim screen for words of three letters or more shows the lowest
    # ids of the first matches the GIN index gave, not of all matches (one- and two-letter
    # words give the lowest, as SQLite does); the sorted page that follows is the same.
    ids = some_contact_ids(conn, scope.search, limit=cap + 1)
    if len(ids) > cap:
        return SearchScreen(IdPage(ids[:limit], None, done=False), complete=False, matches=cap)
    page = page_ids(conn, scope, sort, limit=limit, candidates=ids)
    return SearchScreen(page, complete=True, matches=len(ids))


@contextmanager
def interruptible(conn: Connection, stop: Callable[[], bool]) -> Iterator[None]:
    """Abort statements on ``conn`` once ``stop()`` is true (a superseded search).

    SQLite checks ``stop()`` from its progress handler; PostgreSQL gets a cancel request.

    An interrupted statement raises ``sqlalchemy.exc.OperationalError``; callers that
    asked to stop should treat it as "stopped", not as a failure.
    """
    if conn.dialect.name != "sqlite":
        with _cancelled_on_server(conn, stop):
            yield
        return
    raw = conn.connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection)
    # Every 2,000 virtual-machine steps: well under a millisecond between checks.
    raw.set_progress_handler(lambda: 1 if stop() else 0, 2000)
    try:
        yield
    finally:
        raw.set_progress_handler(None, 0)


#: How often a server statement's watcher asks whether the caller wants it stopped.
CANCEL_CHECK_SECONDS: Final = 0.01


@contextmanager
def _cancelled_on_server(conn: Connection, stop: Callable[[], bool]) -> Iterator[None]:
    """Ask the server to cancel the running statement once ``stop()`` is true.

    A watcher thread looks every :data:`CANCEL_CHECK_SECONDS`; the server then stops the
    statement (the client sees ``QueryCanceled``, an ``OperationalError``) and the
    connection stays usable. The watcher ends before the block returns, so a late cancel
    cannot hit a later statement; one reaching an idle connection is ignored by the server.
    """
    raw = conn.connection.dbapi_connection
    cancel = getattr(raw, "cancel_safe", None)
    if cancel is None:
        yield
        return
    finished = threading.Event()

    def watch() -> None:
        while not finished.wait(CANCEL_CHECK_SECONDS):
            if stop():
                cancel()
                return

    watcher = threading.Thread(target=watch, name="search-cancel", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        finished.set()
        watcher.join()


def count(conn: Connection, scope: Scope, *, now: dt.datetime | None = None) -> int:
    """How many contacts ``scope`` holds."""
    if scope.has_search and scope.list_id is None and scope.segment is None:
        from app.storage.search_index import count_matches

        return count_matches(conn, scope.search)
    query = select(func.count()).select_from(CONTACTS).where(*scope_where(conn, scope, now=now))
    return int(conn.execute(query).scalar_one())


def all_ids(
    conn: Connection, scope: Scope, sort: Sort, *, now: dt.datetime | None = None
) -> list[int]:
    """Every id of ``scope`` in order (for "select all", run in a background job)."""
    out: list[int] = []
    cursor: Cursor | None = None
    while True:
        page = page_ids(conn, scope, sort, after=cursor, limit=50_000, now=now)
        out.extend(page.ids)
        if page.done:
            return out
        cursor = page.cursor


__all__ = [
    "MAX_IDS_PER_QUERY",
    "SEARCH_DRIVES_BELOW",
    "SORTED_SEARCH_CAP",
    "ContactRow",
    "Cursor",
    "IdPage",
    "Scope",
    "SearchScreen",
    "Sort",
    "SortKey",
    "all_ids",
    "count",
    "interruptible",
    "page_ids",
    "rows_for_ids",
    "scope_where",
    "search_first_screen",
]
