"""Queries behind the contact table: scopes, keyset id pages, row tuples, segments as SQL.

The Lists page shows up to a million contacts. Its item model holds ids and small row
tuples (DESIGN.md section 4), so this module answers three kinds of question, each with
one small query:

- :func:`page_ids` – the next ``limit`` ids of a scope in a sort order, after a cursor
  (keyset paging: ``WHERE (key, id) > (:k, :id)``, never OFFSET, so page 5,000 costs what
  page 1 costs);
- :func:`rows_for_ids` – the visible columns of a batch of ids, in one query;
- :func:`count` – how many contacts a scope holds.

A :class:`Scope` is everything, a static list, a saved segment, a search, or any of them
together. Segments are translated from the core's filter tree (``app.core.segments``) by
:func:`segment_where`; the translation agrees with ``app.core.segments.matches`` on every
operator (``tests/storage/test_contact_table.py`` checks it contact by contact).

Bulk actions (add to list, tag, assign owner, set stage, do-not-contact, delete) write
through ``app.storage.changes.record_changes``: one transaction and one change set each,
undoable as a unit.

The module uses light ``table()`` constructs rather than the ORM schema, so opening the
Lists page does not pay for importing the ORM; the bulk writers import it when they run.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from sqlalchemy import (
    JSON,
    and_,
    column,
    exists,
    false,
    func,
    insert,
    literal,
    not_,
    or_,
    select,
    table,
    text,
    true,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from app.core.ops import NO_CHANGES, Changes
from app.core.segments import (
    CUSTOM_PREFIX,
    Condition,
    FieldType,
    Group,
    Not,
    Segment,
    matches,
)
from app.storage.search_index import fts_match_expression, search_terms

if TYPE_CHECKING:
    from sqlalchemy.sql.selectable import Select

    from app.core.segments import Node
    from app.storage.changes import ChangeRecorder
    from app.storage.database import Database

# --- tables (light constructs: no ORM import on the page's start-up path) -----------------

_C = table(
    "contacts",
    *(
        column(name)
        for name in (
            "id", "company_id", "first_name", "last_name", "full_name", "title", "email",
            "email_raw", "email_status", "phone_e164", "phone_raw", "phone_status", "country",
            "city", "time_zone", "source", "lead_type", "stage_id", "owner_id", "fit_score",
            "quality_score", "do_not_contact", "last_touched_at", "created_at", "updated_at",
        )
    ),  # fmt: skip
    column("custom_fields", JSON),
).alias("c")
_CO = table(
    "companies",
    column("id"), column("name"), column("normalized_name"), column("industry"),
    column("employee_count"),
)  # fmt: skip
_STAGES = table("pipeline_stages", column("id"), column("key"), column("name"), column("position"))
_REPS = table("reps", column("id"), column("name"))
_TAGS = table("tags", column("id"), column("name"))
_CT = table("contact_tags", column("contact_id"), column("tag_id"))
_LISTS = table("lists", column("id"), column("name"))
_LM = table("list_members", column("list_id"), column("contact_id"), column("added_at"))
_SEGMENTS = table("segments", column("id"), column("name"), column("definition"))
_FTS = table("contacts_fts", column("rowid"))

#: Largest number of ids bound in one ``IN (...)``: SQLite allows 32,766 variables.
MAX_IDS_PER_QUERY: Final = 5000
_TAG_SEPARATOR: Final = "\x1f"
_FOLD_FUNCTION: Final = "pd_fold"
_FOLD_FLAG: Final = "prospect_desk_fold"


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
        select(_TAGS.c.name)
        .select_from(_CT.join(_TAGS, _TAGS.c.id == _CT.c.tag_id))
        .where(_CT.c.contact_id == _C.c.id)
    )
    if conn.dialect.name == "sqlite":
        agg = func.group_concat(_TAGS.c.name, _TAG_SEPARATOR)
    else:
        agg = func.string_agg(_TAGS.c.name, _TAG_SEPARATOR)
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
            _C.c.id,
            _C.c.full_name,
            _C.c.first_name,
            _C.c.last_name,
            _C.c.title,
            _CO.c.name,
            func.coalesce(_C.c.email, _C.c.email_raw),
            _C.c.email_status,
            func.coalesce(_C.c.phone_e164, _C.c.phone_raw),
            _C.c.phone_status,
            _C.c.country,
            _STAGES.c.name,
            _REPS.c.name,
            _C.c.fit_score,
            _C.c.quality_score,
            _C.c.last_touched_at,
            _tags_aggregate(conn),
            _C.c.do_not_contact,
            _C.c.created_at,
            _C.c.time_zone,
        )
        .select_from(
            _C.outerjoin(_CO, _CO.c.id == _C.c.company_id)
            .outerjoin(_STAGES, _STAGES.c.id == _C.c.stage_id)
            .outerjoin(_REPS, _REPS.c.id == _C.c.owner_id)
        )
        .where(_C.c.id.in_(list(ids)))
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
    c = _C.c
    key = sort.key
    if key is SortKey.STAGE:
        # A handful of stages: one id-ordered partition per stage, in pipeline order, reads
        # ix_contacts_stage_id (stage_id, rowid) with no sort step at all.
        stage_ids = [
            int(r[0])
            for r in conn.execute(
                select(_STAGES.c.id).order_by(_STAGES.c.position, _STAGES.c.id)
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
                (_CO.c.normalized_name, _CO.c.id, c.id),
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
            SortKey.LAST_TOUCHED: c.last_touched_at,
            SortKey.CREATED: c.created_at,
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
            _C.c.id.in_(select(_LM.c.contact_id).where(_LM.c.list_id == scope.list_id))
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
        ids = select(_FTS.c.rowid).where(match)
        # "+id" is SQLite's way to keep a term from driving the loop: the sort's index
        # then drives it, and the matches become a lookup set built once per query.
        subject = (_C.c.id + 0) if walk_sort_index else _C.c.id
        return subject.in_(ids.scalar_subquery())
    clauses = []
    for term in search_terms(query):
        pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        company = select(_CO.c.id).where(_CO.c.name.ilike(pattern, escape="\\"))
        clauses.append(
            or_(
                _C.c.full_name.ilike(pattern, escape="\\"),
                _C.c.email.ilike(pattern, escape="\\"),
                _C.c.title.ilike(pattern, escape="\\"),
                _C.c.company_id.in_(company),
            )
        )
    return and_(*clauses)


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
        scope_conditions.append(_C.c.id.in_(list(candidates)))
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
    source = _C.join(_CO, _CO.c.id == _C.c.company_id) if part.joins_company else _C
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
        select(_C.c.id, *part.columns)
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

    Reads at most ``cap + 1`` matches from the full-text index in its own (id) order,
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
    from app.storage.search_index import search_contact_ids

    if scope.list_id is not None or scope.segment is not None:
        raise ValueError("search_first_screen is for a search over every contact")
    ids = search_contact_ids(conn, scope.search, limit=cap + 1)
    if len(ids) > cap:
        return SearchScreen(IdPage(ids[:limit], None, done=False), complete=False, matches=cap)
    page = page_ids(conn, scope, sort, limit=limit, candidates=ids)
    return SearchScreen(page, complete=True, matches=len(ids))


@contextmanager
def interruptible(conn: Connection, stop: Callable[[], bool]) -> Iterator[None]:
    """Abort SQLite statements on ``conn`` once ``stop()`` is true (a superseded search).

    An interrupted statement raises ``sqlalchemy.exc.OperationalError``; callers that
    asked to stop should treat it as "stopped", not as a failure.
    """
    if conn.dialect.name != "sqlite":
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


def count(conn: Connection, scope: Scope, *, now: dt.datetime | None = None) -> int:
    """How many contacts ``scope`` holds."""
    if scope.has_search and scope.list_id is None and scope.segment is None:
        from app.storage.search_index import count_matches

        return count_matches(conn, scope.search)
    query = select(func.count()).select_from(_C).where(*scope_where(conn, scope, now=now))
    return int(conn.execute(query).scalar_one())


def all_ids(conn: Connection, scope: Scope, sort: Sort, *, now: dt.datetime | None = None) -> list[
    int
]:
    """Every id of ``scope`` in order (for "select all", run in a background job)."""
    out: list[int] = []
    cursor: Cursor | None = None
    while True:
        page = page_ids(conn, scope, sort, after=cursor, limit=50_000, now=now)
        out.extend(page.ids)
        if page.done:
            return out
        cursor = page.cursor


# --- segments as SQL ----------------------------------------------------------------------


def fold(value: object) -> str | None:
    """Case-fold and collapse whitespace, as ``app.core.segments`` compares text."""
    if value is None:
        return None
    return " ".join(str(value).casefold().split())


def prepare_connection(conn: Connection) -> None:
    """Register the ``pd_fold`` SQL function on an SQLite connection (once per connection).

    SQLite's ``lower()`` folds ASCII only, so "иван" would not find "Иван"; the core's
    in-memory rules fold every script, and the SQL must agree with them.
    """
    if conn.dialect.name != "sqlite":
        return
    info = conn.connection.info
    if info.get(_FOLD_FLAG):
        return
    raw = conn.connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection)
    raw.create_function(_FOLD_FUNCTION, 1, fold, deterministic=True)
    info[_FOLD_FLAG] = True


class _SegmentSql:
    """Builds the WHERE clause of a parsed segment for one dialect."""

    def __init__(self, dialect: str, now: dt.datetime) -> None:
        self.sqlite = dialect == "sqlite"
        self.now = now

    # text helpers
    def fold(self, expr: ColumnElement[Any]) -> ColumnElement[Any]:
        if self.sqlite:
            return func.coalesce(getattr(func, _FOLD_FUNCTION)(expr), "")
        return func.coalesce(
            func.regexp_replace(func.lower(func.btrim(expr)), r"\s+", " ", "g"), ""
        )

    def contains(self, haystack: ColumnElement[Any], needle: str) -> ColumnElement[bool]:
        if self.sqlite:
            return func.instr(haystack, needle) > 0
        return func.strpos(haystack, needle) > 0

    def node(self, node: Node) -> ColumnElement[bool]:
        if isinstance(node, Group):
            parts = [self.node(item) for item in node.items]
            if node.mode == "all":
                return and_(true(), *parts)
            return or_(false(), *parts)
        if isinstance(node, Not):
            return not_(self.node(node.item))
        return self.condition(node)

    def empty_result(self, cond: Condition) -> bool:
        """What the core answers for a contact without a value (reused, not re-stated)."""
        seg = Segment(Group("all", (cond,)))
        return matches(seg, {}, now=self.now)

    def condition(self, cond: Condition) -> ColumnElement[bool]:
        name = cond.field
        c = _C.c
        if cond.type is FieldType.TAGS:
            return self.tags(cond)
        if cond.type is FieldType.ID_SET:
            return self.lists(cond)
        if name == "stage":
            return self.via_lookup(cond, c.stage_id, _STAGES, _STAGES.c.key)
        if name in ("company", "industry", "employees"):
            target = {
                "company": _CO.c.name,
                "industry": _CO.c.industry,
                "employees": _CO.c.employee_count,
            }[name]
            return self.via_lookup(cond, c.company_id, _CO, target)
        if name.startswith(CUSTOM_PREFIX):
            return self.scalar(cond, c.custom_fields[name[len(CUSTOM_PREFIX) :]].as_string())
        column_name = {"owner": "owner_id"}.get(name, name)
        return self.scalar(cond, c[column_name])

    def via_lookup(
        self,
        cond: Condition,
        fk: ColumnElement[Any],
        target_table: Any,
        target: ColumnElement[Any],
    ) -> ColumnElement[bool]:
        """A condition on a column of a referenced row (stage key, company name...).

        Written as ``fk IN (SELECT id FROM t WHERE ...)`` so the contacts' foreign-key
        index serves it; a contact with no reference gets the core's answer for "empty".
        """
        inner = select(target_table.c.id).where(self.scalar(cond, target))
        matched = and_(fk.is_not(None), fk.in_(inner))
        if self.empty_result(cond):
            return or_(fk.is_(None), matched)
        return matched

    def scalar(self, cond: Condition, col: ColumnElement[Any]) -> ColumnElement[bool]:
        op, value, kind = cond.op, cond.value, cond.type
        if kind in (FieldType.TEXT, FieldType.CHOICE):
            folded = self.fold(col)
            empty: ColumnElement[bool] = folded == ""
            present: ColumnElement[bool] = folded != ""
        elif kind is FieldType.BOOL:
            truthy = and_(col.is_not(None), col != 0) if self.sqlite else col.is_(True)
            return truthy if op == "is_true" else not_(truthy)
        else:
            empty, present = col.is_(None), col.is_not(None)
        if op == "is_empty":
            return empty
        if op == "is_not_empty":
            return present
        test = self.test(cond, col, value, kind)
        if self.empty_result(cond):
            return or_(empty, and_(present, test))
        return and_(present, test)

    def test(
        self, cond: Condition, col: ColumnElement[Any], value: Any, kind: FieldType
    ) -> ColumnElement[bool]:
        """The operator on a column known to hold a value."""
        op = cond.op
        if kind is FieldType.DATETIME:
            return self.date_test(op, col, value)
        if kind is FieldType.NUMBER:
            if op == "between":
                low, high = value
                return and_(col >= low, col <= high)
            compare: dict[str, ColumnElement[bool]] = {
                "=": col == value,
                "!=": col != value,
                "<": col < value,
                "<=": col <= value,
                ">": col > value,
                ">=": col >= value,
            }
            return compare[op]
        if kind is FieldType.ID:
            if op in ("in", "not_in"):
                inside = col.in_(list(value))
                return inside if op == "in" else not_(inside)
            same: ColumnElement[bool] = col == value if op == "=" else col != value
            return same
        folded = self.fold(col)
        if op in ("in", "not_in"):
            wanted = sorted({fold(v) or "" for v in value})
            inside = folded.in_(wanted)
            return inside if op == "in" else not_(inside)
        target = fold(value) or ""
        if op == "=":
            return folded == target
        if op == "!=":
            return folded != target
        if op == "contains":
            return self.contains(folded, target)
        if op == "not_contains":
            return not_(self.contains(folded, target))
        length = len(target)
        if op == "starts_with":
            return func.substr(folded, 1, length) == target
        # ends_with: compare the last ``length`` characters
        return and_(
            func.length(folded) >= length,
            func.substr(folded, func.length(folded) - length + 1) == target,
        )

    def date_test(self, op: str, col: ColumnElement[Any], value: Any) -> ColumnElement[bool]:
        if op in ("older_than_days", "within_days"):
            limit = self.now - dt.timedelta(days=int(value))
            stamp = self.stamp(limit)
            recent: ColumnElement[bool] = col < stamp if op == "older_than_days" else col >= stamp
            return recent
        stamp = self.stamp(value)
        compared: ColumnElement[bool] = col < stamp if op == "before" else col > stamp
        return compared

    def stamp(self, when: dt.datetime) -> Any:
        """A bound time in the format the column stores (UTC text on SQLite)."""
        utc = when.astimezone(dt.UTC)
        if self.sqlite:
            return literal(utc.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds"))
        return literal(utc)

    def tags(self, cond: Condition) -> ColumnElement[bool]:
        def having(names: Iterable[Any]) -> ColumnElement[bool]:
            wanted = sorted({fold(n) or "" for n in names})
            tag_ids = select(_TAGS.c.id).where(self.fold(_TAGS.c.name).in_(wanted))
            return exists().where(_CT.c.contact_id == _C.c.id, _CT.c.tag_id.in_(tag_ids))

        return self.membership(cond, having, exists().where(_CT.c.contact_id == _C.c.id))

    def lists(self, cond: Condition) -> ColumnElement[bool]:
        def having(list_ids: Iterable[Any]) -> ColumnElement[bool]:
            return exists().where(
                _LM.c.contact_id == _C.c.id, _LM.c.list_id.in_(sorted(set(list_ids)))
            )

        return self.membership(cond, having, exists().where(_LM.c.contact_id == _C.c.id))

    def membership(
        self,
        cond: Condition,
        having: Any,
        anything: ColumnElement[bool],
    ) -> ColumnElement[bool]:
        op, value = cond.op, cond.value
        if op == "is_empty":
            return not_(anything)
        if op == "is_not_empty":
            return anything
        values = value if isinstance(value, tuple) else (value,)
        if op in ("has", "has_all"):
            return and_(true(), *(having([v]) for v in values))
        some: ColumnElement[bool] = having(values)
        return some if op == "has_any" else not_(some)  # has_any / has_none


def segment_where(
    segment: Segment, *, dialect: str = "sqlite", now: dt.datetime | None = None
) -> ColumnElement[bool]:
    """Translate a parsed segment into a WHERE clause on contacts (aliased ``c``).

    On SQLite the clause calls ``pd_fold``; run it on a connection passed through
    :func:`prepare_connection` (the query functions here do that themselves).

    Args:
        segment: from ``app.core.segments.parse_segment``.
        dialect: ``"sqlite"`` or ``"postgresql"``.
        now: the reference time for "days ago" conditions (default: now, UTC).

    Returns:
        A boolean clause that is never NULL, so ``NOT`` of it is its complement.
    """
    return _SegmentSql(dialect, now or dt.datetime.now(dt.UTC)).node(segment.root)


# --- lists and segments: reading ----------------------------------------------------------


@dataclass(frozen=True)
class ListInfo:
    """A static list with its member count."""

    id: int
    name: str
    count: int


@dataclass(frozen=True)
class SegmentInfo:
    """A saved segment: its stored definition (which may be invalid) and name."""

    id: int
    name: str
    definition: Any


def lists_with_counts(conn: Connection) -> list[ListInfo]:
    """Every static list, by name, with how many contacts it holds."""
    counts = (
        select(_LM.c.list_id, func.count().label("n")).group_by(_LM.c.list_id).subquery()
    )
    rows = conn.execute(
        select(_LISTS.c.id, _LISTS.c.name, func.coalesce(counts.c.n, 0))
        .select_from(_LISTS.outerjoin(counts, counts.c.list_id == _LISTS.c.id))
        .order_by(_LISTS.c.name)
    )
    return [ListInfo(int(r[0]), str(r[1]), int(r[2])) for r in rows]


def saved_segments(conn: Connection) -> list[SegmentInfo]:
    """Every saved segment, by name (definitions as stored; parse them before use)."""
    rows = conn.execute(
        select(_SEGMENTS.c.id, _SEGMENTS.c.name, _SEGMENTS.c.definition).order_by(
            _SEGMENTS.c.name
        )
    )
    out = []
    for r in rows:
        definition = r[2]
        if isinstance(definition, str):
            try:
                definition = json.loads(definition)
            except ValueError:
                definition = None
        out.append(SegmentInfo(int(r[0]), str(r[1]), definition))
    return out


@dataclass(frozen=True)
class Choice:
    """An id and a display name (owners, stages) for pickers."""

    id: int
    name: str
    key: str = ""


def reps(conn: Connection) -> list[Choice]:
    """The reps, by name, for "Assign owner…"."""
    return [Choice(int(r[0]), str(r[1])) for r in conn.execute(
        select(_REPS.c.id, _REPS.c.name).order_by(_REPS.c.name)
    )]  # fmt: skip


def stages(conn: Connection) -> list[Choice]:
    """The pipeline stages in board order, for "Set stage…"."""
    rows = conn.execute(
        select(_STAGES.c.id, _STAGES.c.name, _STAGES.c.key).order_by(
            _STAGES.c.position, _STAGES.c.id
        )
    )
    return [Choice(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def tag_names(conn: Connection) -> list[str]:
    """Every tag name, alphabetically."""
    names = [str(r[0]) for r in conn.execute(select(_TAGS.c.name))]
    return sorted(names, key=str.casefold)


# --- lists and segments: writing ----------------------------------------------------------


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def create_list(db: Database, name: str) -> int:
    """Create an empty static list and return its id.

    Raises:
        ValueError: the name is empty or another list has it.
    """
    name = _clean_name(name)
    lists = _table("lists")
    with db.transaction() as conn:
        _refuse_taken(conn, _LISTS, name, None)
        now = _utcnow()
        return int(
            conn.execute(
                insert(lists)
                .values(name=name, created_at=now, updated_at=now)
                .returning(lists.c.id)
            ).scalar_one()
        )


def rename_list(db: Database, list_id: int, name: str) -> None:
    """Rename a static list (ValueError when the name is empty or taken)."""
    _rename(db, "lists", list_id, name)


def delete_list(db: Database, list_id: int, *, description: str = "") -> int:
    """Delete a static list (its contacts stay) as an undoable change set; returns its id."""
    from app.storage.changes import record_changes

    with record_changes(db, kind="delete", description=description or "Delete list") as rec:
        rec.delete("lists", [list_id])
        return rec.change_set_id


def save_segment(
    db: Database, name: str, definition: Any, *, segment_id: int | None = None
) -> int:
    """Save a segment definition (new, or over ``segment_id``) and return its id.

    Raises:
        ValueError: the name is empty or taken by another segment.
        SegmentError: the definition is not valid.
    """
    from app.core.segments import parse_segment

    parsed = parse_segment(definition)
    name = _clean_name(name)
    table_ = _table("segments")
    with db.transaction() as conn:
        _refuse_taken(conn, _SEGMENTS, name, segment_id)
        now = _utcnow()
        values = {"name": name, "definition": parsed.to_definition(), "updated_at": now}
        if segment_id is None:
            return int(
                conn.execute(
                    insert(table_).values(created_at=now, **values).returning(table_.c.id)
                ).scalar_one()
            )
        conn.execute(update(table_).where(table_.c.id == segment_id).values(**values))
        return segment_id


def rename_segment(db: Database, segment_id: int, name: str) -> None:
    """Rename a saved segment (ValueError when the name is empty or taken)."""
    _rename(db, "segments", segment_id, name)


def delete_segment(db: Database, segment_id: int, *, description: str = "") -> int:
    """Delete a saved segment as an undoable change set; returns the change set id."""
    from app.storage.changes import record_changes

    with record_changes(db, kind="delete", description=description or "Delete segment") as rec:
        rec.delete("segments", [segment_id])
        return rec.change_set_id


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("A name is required.")
    return cleaned


def _refuse_taken(conn: Connection, tbl: Any, name: str, own_id: int | None) -> None:
    query = select(tbl.c.id).where(tbl.c.name == name)
    if own_id is not None:
        query = query.where(tbl.c.id != own_id)
    if conn.execute(query).first() is not None:
        raise ValueError(f"The name {name!r} is taken.")


def _rename(db: Database, table_name: str, row_id: int, name: str) -> None:
    name = _clean_name(name)
    tbl = _table(table_name)
    with db.transaction() as conn:
        _refuse_taken(conn, tbl, name, row_id)
        conn.execute(
            update(tbl).where(tbl.c.id == row_id).values(name=name, updated_at=_utcnow())
        )


# --- bulk actions (each one transaction and one undoable change set) ----------------------


@dataclass(frozen=True)
class BulkResult:
    """What a bulk action did.

    Attributes:
        change_set_id: undo it with ``app.storage.changes.undo_change_set``.
        changed: how many contacts it changed (already-members, same owner... not counted).
        changes: what it changed, for the change broadcast and the undo stack.
    """

    change_set_id: int
    changed: int
    changes: Changes = NO_CHANGES

    @classmethod
    def of(cls, changes: Changes) -> BulkResult:
        """The figures of a write that reports ``Changes``."""
        assert changes.change_set_id is not None
        return cls(changes.change_set_id, changes.count, changes)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), MAX_IDS_PER_QUERY):
        yield unique[start : start + MAX_IDS_PER_QUERY]


def _existing(conn: Connection, ids: list[int]) -> list[int]:
    return [int(r[0]) for r in conn.execute(select(_C.c.id).where(_C.c.id.in_(ids)))]


def add_to_list(
    db: Database, list_id: int, ids: Sequence[int], *, description: str = ""
) -> BulkResult:
    """Add contacts to a static list; those already on it are left alone."""
    from app.storage.changes import record_changes

    changed = 0
    with record_changes(db, kind="bulk_edit", description=description or "Add to list") as rec:
        conn = rec.conn
        for chunk in _chunks(ids):
            present = {
                int(r[0])
                for r in conn.execute(
                    select(_LM.c.contact_id).where(
                        _LM.c.list_id == list_id, _LM.c.contact_id.in_(chunk)
                    )
                )
            }
            new = [cid for cid in _existing(conn, chunk) if cid not in present]
            if not new:
                continue
            now = _utcnow()
            conn.execute(
                insert(_table("list_members")),
                [{"list_id": list_id, "contact_id": cid, "added_at": now} for cid in new],
            )
            for cid in new:
                rec.record_insert("list_members", {"list_id": list_id, "contact_id": cid})
            changed += len(new)
        return BulkResult(rec.change_set_id, changed, rec.changes(count=changed))


def _table(name: str) -> Any:
    from app.storage.schema import Base

    return Base.metadata.tables[name]


def _delete_links(rec: ChangeRecorder, table_name: str, where: ColumnElement[bool]) -> int:
    """Delete link rows (composite keys) after recording each, so undo re-inserts them."""
    return rec.delete_where(table_name, where)


def remove_from_list(
    db: Database, list_id: int, ids: Sequence[int], *, description: str = ""
) -> BulkResult:
    """Take contacts off a static list (the contacts themselves stay)."""
    from app.storage.changes import record_changes

    tbl = _table("list_members")
    changed = 0
    with record_changes(
        db, kind="bulk_edit", description=description or "Remove from list"
    ) as rec:
        for chunk in _chunks(ids):
            where = and_(tbl.c.list_id == list_id, tbl.c.contact_id.in_(chunk))
            changed += _delete_links(rec, "list_members", where)
        return BulkResult(rec.change_set_id, changed, rec.changes(count=changed))


def add_tag(db: Database, tag: str, ids: Sequence[int], *, description: str = "") -> BulkResult:
    """Tag contacts (the tag is created when new; undo removes a tag it created)."""
    from app.storage.changes import record_changes

    name = _clean_name(tag)
    changed = 0
    with record_changes(db, kind="bulk_edit", description=description or "Tag") as rec:
        conn = rec.conn
        tags_table = _table("tags")
        tag_id = _tag_id(conn, name)
        if tag_id is None:
            tag_id = int(
                conn.execute(
                    insert(tags_table).values(name=name).returning(tags_table.c.id)
                ).scalar_one()
            )
            rec.record_insert("tags", {"id": tag_id})
        for chunk in _chunks(ids):
            present = {
                int(r[0])
                for r in conn.execute(
                    select(_CT.c.contact_id).where(
                        _CT.c.tag_id == tag_id, _CT.c.contact_id.in_(chunk)
                    )
                )
            }
            new = [cid for cid in _existing(conn, chunk) if cid not in present]
            if new:
                conn.execute(
                    insert(_table("contact_tags")),
                    [{"contact_id": cid, "tag_id": tag_id} for cid in new],
                )
                for cid in new:
                    rec.record_insert("contact_tags", {"contact_id": cid, "tag_id": tag_id})
            changed += len(new)
        return BulkResult(rec.change_set_id, changed, rec.changes(count=changed))


def _tag_id(conn: Connection, name: str) -> int | None:
    """The id of the tag called ``name``, ignoring case ("VIP" and "vip" are one tag)."""
    wanted = fold(name)
    for tag_id, tag_name in conn.execute(select(_TAGS.c.id, _TAGS.c.name)):
        if fold(tag_name) == wanted:
            return int(tag_id)
    return None


def remove_tag(
    db: Database, tag: str, ids: Sequence[int], *, description: str = ""
) -> BulkResult:
    """Untag contacts (the tag itself stays)."""
    from app.storage.changes import record_changes

    tbl = _table("contact_tags")
    changed = 0
    with record_changes(db, kind="bulk_edit", description=description or "Untag") as rec:
        tag_id = _tag_id(rec.conn, tag)
        if tag_id is not None:
            for chunk in _chunks(ids):
                where = and_(tbl.c.tag_id == tag_id, tbl.c.contact_id.in_(chunk))
                changed += _delete_links(rec, "contact_tags", where)
        return BulkResult(rec.change_set_id, changed, rec.changes(count=changed))


def _update_contacts(
    db: Database, ids: Sequence[int], values: dict[str, Any], description: str
) -> BulkResult:
    from app.storage.changes import record_changes

    changed = 0
    with record_changes(db, kind="bulk_edit", description=description) as rec:
        for chunk in _chunks(ids):
            current = {
                int(r[0]): tuple(r[1:])
                for r in rec.conn.execute(
                    select(_C.c.id, *(_C.c[k] for k in values)).where(_C.c.id.in_(chunk))
                )
            }
            wanted = tuple(values.values())
            for cid in chunk:
                if cid in current and current[cid] != wanted:
                    rec.update("contacts", cid, values)
                    changed += 1
        return BulkResult(rec.change_set_id, changed, rec.changes(count=changed))


def assign_owner(
    db: Database, owner_id: int | None, ids: Sequence[int], *, description: str = ""
) -> BulkResult:
    """Make ``owner_id`` (None: nobody) the owner of the contacts."""
    return _update_contacts(db, ids, {"owner_id": owner_id}, description or "Assign owner")


def set_stage(
    db: Database, stage_id: int, ids: Sequence[int], *, description: str = ""
) -> BulkResult:
    """Move the contacts to a pipeline stage."""
    return _update_contacts(db, ids, {"stage_id": stage_id}, description or "Set stage")


__all__ = [
    "MAX_IDS_PER_QUERY",
    "BulkResult",
    "Choice",
    "ContactRow",
    "Cursor",
    "IdPage",
    "ListInfo",
    "SORTED_SEARCH_CAP",
    "Scope",
    "SearchScreen",
    "SegmentInfo",
    "Sort",
    "SortKey",
    "add_tag",
    "add_to_list",
    "all_ids",
    "assign_owner",
    "count",
    "create_list",
    "delete_list",
    "delete_segment",
    "fold",
    "interruptible",
    "lists_with_counts",
    "page_ids",
    "prepare_connection",
    "remove_from_list",
    "remove_tag",
    "rename_list",
    "rename_segment",
    "reps",
    "rows_for_ids",
    "save_segment",
    "saved_segments",
    "scope_where",
    "search_first_screen",
    "segment_where",
    "set_stage",
    "stages",
    "tag_names",
]
