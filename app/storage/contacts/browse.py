"""Reading the contact table: scopes, keyset id pages, row tuples, the search's first screen.

The Lists page shows up to a million contacts. Its item model holds ids and small row
tuples, so this module answers three kinds of question, each with one small query:

- :func:`page_ids` – the next ``limit`` ids of a scope in a sort order, after a cursor
  (keyset paging: ``WHERE (key, id) > (:k, :id)``, never OFFSET, so page 5,000 costs what
  page 1 costs);
- :func:`rows_for_ids` – the visible columns of a batch of ids, in one query;
- :func:`count` – how many contacts a scope holds.

A ``Scope`` is everything, a static list, a saved segment, a search, or any of them
together. Segments become SQL through ``app.storage.segments.segment_where``. The values
(rows, scopes, sorts, pages) are defined in ``table_data``, which loads no SQLAlchemy, and
re-exported here.

The module reads the Core tables of ``app.storage.tables``, so opening the Lists page
does not pay for importing the ORM.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import String, and_, false, func, or_, select, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql.elements import ColumnElement

from app.storage import tables
from app.storage.contacts.interrupt import interruptible, within_budget
from app.storage.contacts.search import (
    PROBE_BUDGET_S,
    PROBE_PAGE,
    SearchPlan,
    estimated_matches,
    first_screen_plan,
    highest_contact_id,
    page_plan,
    search_where,
)
from app.storage.contacts.table_data import (
    MAX_IDS_PER_QUERY,
    ContactRow,
    Cursor,
    IdPage,
    Scope,
    Sort,
    SortKey,
)
from app.storage.contacts.tables import CONTACTS
from app.storage.segments import prepare_connection, segment_where

if TYPE_CHECKING:
    from sqlalchemy.sql.selectable import Select

_TAG_SEPARATOR: Final = "\x1f"


# --- the row tuple (``ContactRow``, in ``table_data``) -----------------------------------


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


# --- scopes and sorts (``Scope``, ``Sort``, ``SortKey``, ``Cursor``, ``IdPage``: ``table_data``)


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
    search_plan: SearchPlan | None = None,
) -> list[ColumnElement[bool]]:
    """The WHERE conditions (on contacts aliased ``c``) that restrict to ``scope``.

    Args:
        conn: the connection the conditions will run on.
        scope: the scope.
        now: the reference time for segments' "days ago" conditions.
        walk_sort_index: make SQLite read the sort's index and test each row against the
            search matches, instead of reading the matches and sorting them.
        search_plan: which way SQLite joins the search (``app.storage.contacts.search``);
            overrides ``walk_sort_index``.
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
        if search_plan is None:
            search_plan = SearchPlan.WALK if walk_sort_index else SearchPlan.DRIVE
        where.append(search_where(conn, scope.search, search_plan))
    if scope.segment is not None:
        prepare_connection(conn)
        where.append(segment_where(scope.segment, dialect=conn.dialect.name, now=now))
    return where


def page_ids(
    conn: Connection,
    scope: Scope,
    sort: Sort,
    *,
    after: Cursor | None = None,
    limit: int = 500,
    now: dt.datetime | None = None,
    candidates: Sequence[int] | None = None,
    search_plan: SearchPlan | None = None,
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
        search_plan: which way SQLite reads the search (SQLite only; chosen from an
            estimate of the match count when None). Every plan gives the same page.

    Returns:
        The page, with the cursor for the next one.
    """
    parts = _partitions(conn, sort)
    order = list(range(len(parts)))
    if sort.descending:
        order.reverse()
    plan = search_plan
    if candidates is not None:
        scope = replace(scope, search="")
    elif plan is None and scope.has_search and conn.dialect.name == "sqlite":
        from app.storage.search_index import search_contact_ids

        # The first SEARCH_DRIVES_BELOW + 1 matches in the index's own order (under a
        # millisecond) tell how many there are (counting them all: 35 ms for "a").
        sample = search_contact_ids(conn, scope.search, limit=SEARCH_DRIVES_BELOW + 1)
        matches = estimated_matches(sample, SEARCH_DRIVES_BELOW + 1, highest_contact_id(conn))
        plan = page_plan(matches)
    scope_conditions = scope_where(conn, scope, now=now, search_plan=plan)
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
        page: the first page. Sorted when ``in_order``; otherwise the first matches in id
            order (an interim screen: read the sorted page with :func:`page_ids` next).
        complete: True when every match was read (``matches`` is then the exact count).
        matches: how many contacts match; with ``complete`` False, a lower bound.
        in_order: the page is in the sort order (always when ``complete``).
    """

    page: IdPage
    complete: bool
    matches: int
    in_order: bool = True


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
    exact count. Otherwise, on SQLite, the match count is estimated from how far into the
    ids those matches reach, and when a plan sorts the first screen in a few milliseconds
    (``app.storage.contacts.search.first_screen_plan``: a few thousand matches, or a short
    and dense prefix such as "a") the page is sorted, with ``cap`` as a lower bound of the
    count. Else the first ``limit`` matches in id order stand in until the sorted page
    (slower: tens to hundreds of milliseconds) is read.

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
    if len(ids) <= cap:
        page = page_ids(conn, scope, sort, limit=limit, candidates=ids)
        return SearchScreen(page, complete=True, matches=len(ids))
    if conn.dialect.name == "sqlite":
        # A broad search: sorted at once when some plan does it in a few milliseconds.
        total = highest_contact_id(conn)
        matches = estimated_matches(ids, cap + 1, total)
        plan = first_screen_plan(scope.search, matches, total)
        if plan is SearchPlan.DRIVE:
            page = page_ids(conn, scope, sort, limit=limit, search_plan=plan)
            return SearchScreen(page, complete=False, matches=cap)
        if plan is SearchPlan.PROBE:
            # Dense overall, but a part of the sort order may hold few matches (contacts
            # without a last name, sorted first): there every probe finds nothing.
            try:
                with within_budget(conn, PROBE_BUDGET_S) as over:
                    size = min(limit, PROBE_PAGE)
                    page = page_ids(conn, scope, sort, limit=size, search_plan=plan)
                return SearchScreen(page, complete=False, matches=cap)
            except OperationalError:
                if not over():
                    raise  # stopped by the caller (a newer keystroke), or a real failure
    return SearchScreen(
        IdPage(ids[:limit], None, done=False), complete=False, matches=cap, in_order=False
    )


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
