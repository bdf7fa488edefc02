"""Reading the pipeline board: its stages, every column's full count, and pages of cards.

The board shows a column per stage, and a column may hold 300,000 prospects at a million
contacts. So nothing here reads a whole column:

- :func:`board_stages` – the columns, in board order (a handful of rows);
- :func:`stage_counts` – every column's FULL count (the trigger-kept ``board_tallies``
  under owner, source and lead type filters), so the header says "312,408" although the
  view has read 60 cards;
- :func:`column_page` – the next cards of one column after a keyset cursor (newest
  first: ``WHERE stage_id = :s AND id < :last ORDER BY id DESC LIMIT :n``, the index's
  own order, so page 5,000 costs what page 1 costs, never OFFSET);
- :func:`cards_for_ids` – the cards of contacts a write just touched, for updating the
  loaded columns in place (a move keeps everybody's scroll position).

Filters (:class:`BoardFilter`) are owner, static list, saved segment, source, lead type
and a search; the list, segment and search become SQL through the Lists page's own
``scope_where`` (the segment compiler and the full-text index), so the board and the
Lists page agree on what a filter means.

The speed-to-lead SLA is a database-wide setting (``pipeline.sla_minutes``) so every rep
of a team sees the same red clocks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import and_, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from app.core.ops import Changes
from app.core.pipeline.speed_to_lead import DEFAULT_SLA_MINUTES
from app.core.pipeline.stages import DISQUALIFIED, NURTURE
from app.core.segments import Segment
from app.storage import tables
from app.storage.contacts.browse import SEARCH_DRIVES_BELOW, Scope, scope_where
from app.storage.contacts.tables import CONTACTS, MAX_IDS_PER_QUERY, chunks
from app.storage.database import Database

# The activity a stage move records; the newest one says since when a card is in its column.
from app.storage.pipeline.history import STAGE_CHANGE
from app.storage.search_index import search_contact_ids, search_terms

#: The settings key of the inbound SLA, in minutes of working time.
SLA_SETTING: Final = "pipeline.sla_minutes"
#: Stages shown beside the main flow rather than in it (their keys).
SIDE_STAGE_KEYS: Final = frozenset({NURTURE, DISQUALIFIED})
#: Cards read per page: a tall column shows about ten; a page is a few screens.
DEFAULT_PAGE: Final = 40
#: The lead sources and lead types the filters offer (codes; the UI words them).
SOURCES: Final = ("inbound", "outbound", "referral")
LEAD_TYPES: Final = ("seed", "net", "spear")


@dataclass(frozen=True, slots=True)
class StageInfo:
    """One column of the board.

    Attributes:
        id: the stage's id.
        key: its stable code (``new``, ``qualified``, ...).
        name: the name users gave it.
        position: its place in the board order.
        is_terminal: the stage ends a prospect's active life.
        color: its colour (``#rrggbb``) or None.
    """

    id: int
    key: str
    name: str
    position: int
    is_terminal: bool
    color: str | None

    @property
    def is_side(self) -> bool:
        """True for the stages set apart from the main flow (Nurture, Disqualified)."""
        return self.key in SIDE_STAGE_KEYS


@dataclass(frozen=True)
class BoardFilter:
    """Which prospects the board shows; the parts that are set are combined with AND.

    Attributes:
        owner_id: only this rep's prospects.
        list_id: only members of this static list.
        segment: only prospects matching this parsed segment.
        source: only this lead source (``inbound``, ``outbound``, ``referral``).
        lead_type: only this lead type (``seed``, ``net``, ``spear``).
        search: only prospects matching this text (the Lists page's search).
    """

    owner_id: int | None = None
    list_id: int | None = None
    segment: Segment | None = None
    source: str | None = None
    lead_type: str | None = None
    search: str = ""

    @property
    def is_empty(self) -> bool:
        """True when nothing narrows the board."""
        return self == BoardFilter()

    @property
    def is_tallied(self) -> bool:
        """True when only an owner, a source and a lead type narrow the board (any of them):
        the filters ``board_tallies`` counts by."""
        return self == BoardFilter(
            owner_id=self.owner_id, source=self.source, lead_type=self.lead_type
        )


@dataclass(frozen=True, slots=True)
class Card:
    """What a card shows for one prospect.

    Attributes:
        id: the contact's id.
        stage_id: its stage (the column it belongs in).
        name: the display name.
        company: the company's name.
        title: the job title.
        fit_score: the ICP fit score (0-100) or None.
        owner: the owning rep's name.
        owner_zone: the owning rep's time zone (the SLA's working hours are theirs).
        last_touched: the last touch (call, email, message).
        next_due: when the active cadence's next step is due.
        next_channel: that step's channel (``email``, ``call``, ``linkedin``, ``task``).
        in_stage_since: the newest stage change, else when the contact was created.
        source: the lead source.
        arrived_at: when an inbound lead arrived (its speed-to-lead clock; its creation
            when no arrival was recorded).
        lead_type: seed, net or spear.
    """

    id: int
    stage_id: int | None
    name: str
    company: str | None
    title: str | None
    fit_score: int | None
    owner: str | None
    owner_zone: str | None
    last_touched: dt.datetime | None
    next_due: dt.datetime | None
    next_channel: str | None
    in_stage_since: dt.datetime | None
    source: str | None
    arrived_at: dt.datetime | None
    lead_type: str | None

    @property
    def waits_for_first_touch(self) -> bool:
        """True for an inbound lead nobody has touched yet (its clock runs)."""
        untouched = self.last_touched is None and self.arrived_at is not None
        return self.source == "inbound" and untouched


@dataclass(frozen=True)
class CardPage:
    """One page of a column.

    Attributes:
        cards: the cards, newest first.
        after_id: the cursor for the next page (the last card's id), None when empty.
        done: True when the column has nothing after this page.
    """

    cards: list[Card]
    after_id: int | None
    done: bool


def _stored_datetime(value: object) -> dt.datetime | None:
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


# --- stages and the SLA setting -----------------------------------------------------------


def board_stages(conn: Connection) -> list[StageInfo]:
    """The board's columns in board order (position, then id)."""
    s = tables.pipeline_stages.c
    rows = conn.execute(
        select(s.id, s.key, s.name, s.position, s.is_terminal, s.color).order_by(s.position, s.id)
    )
    return [StageInfo(int(r[0]), str(r[1]), str(r[2]), int(r[3]), bool(r[4]), r[5]) for r in rows]


def sla_minutes(conn: Connection) -> int:
    """The inbound SLA in minutes of working time (the default when unset or not a number)."""
    value = conn.execute(
        select(tables.settings.c.value).where(tables.settings.c.key == SLA_SETTING)
    ).scalar_one_or_none()
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return DEFAULT_SLA_MINUTES


def set_sla_minutes(db: Database, minutes: int) -> Changes:
    """Store the inbound SLA (minutes of working time, at least 1).

    Raises:
        ValueError: ``minutes`` is below 1.
    """
    if minutes < 1:
        raise ValueError("the SLA is at least one minute")
    with db.transaction() as conn:
        dialect = conn.dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = insert(tables.settings).values(key=SLA_SETTING, value=minutes)
        conn.execute(
            statement.on_conflict_do_update(index_elements=["key"], set_={"value": minutes})
        )
    return Changes.of({"settings"}, operation="settings", count=1)


# --- filters ------------------------------------------------------------------------------


def _filter_where(
    conn: Connection,
    board_filter: BoardFilter,
    *,
    now: dt.datetime | None = None,
    for_pages: bool = True,
) -> list[ColumnElement[bool]]:
    """The WHERE conditions (on contacts aliased ``c``) for ``board_filter``."""
    c = CONTACTS.c
    where: list[ColumnElement[bool]] = []
    if board_filter.owner_id is not None:
        where.append(c.owner_id == board_filter.owner_id)
    if board_filter.source is not None:
        where.append(c.source == board_filter.source)
    if board_filter.lead_type is not None:
        where.append(c.lead_type == board_filter.lead_type)
    scope = Scope(
        list_id=board_filter.list_id, segment=board_filter.segment, search=board_filter.search
    )
    walk = for_pages and _broad_search(conn, scope)
    where += scope_where(conn, scope, now=now, walk_sort_index=walk)
    return where


def _broad_search(conn: Connection, scope: Scope) -> bool:
    """True when a search matches so many contacts that the stage index should drive.

    A narrow search ("ivanova") is read from the full-text index and its few matches
    tested for the stage; a broad one ("a": a third of a million) would be sorted whole,
    so the column's own index drives and the matches become a lookup set.
    """
    if not scope.has_search or conn.dialect.name != "sqlite":
        return False
    if min(len(t) for t in search_terms(scope.search)) <= 2:
        return True
    found = search_contact_ids(conn, scope.search, limit=SEARCH_DRIVES_BELOW + 1)
    return len(found) > SEARCH_DRIVES_BELOW


# --- counts -------------------------------------------------------------------------------


def stage_counts(
    conn: Connection,
    board_filter: BoardFilter = BoardFilter(),
    *,
    now: dt.datetime | None = None,
) -> dict[int | None, int]:
    """Every column's full count under ``board_filter``.

    - No filter, or only an owner, a source and a lead type (any mix): summed from
      ``board_tallies``, kept by triggers on ``contacts`` as contacts are added, deleted,
      moved or reassigned: a few hundred rows instead of a million index entries (counting
      an index range per stage took 10-30 ms at a million contacts, and an owner's
      inbound leads 350-420 ms, reading each of the owner's rows).
    - A list, a segment or a search needs the rows, so it groups in one query.

    Args:
        conn: an open connection.
        board_filter: the board's filters.
        now: the reference time for segments' "days ago" conditions.

    Returns:
        Counts by stage id; ``None`` counts the prospects without a stage. Stages with no
        prospects are missing (read them as 0).
    """
    if board_filter.is_tallied:
        return tallied_counts(
            conn,
            owner_id=board_filter.owner_id,
            source=board_filter.source,
            lead_type=board_filter.lead_type,
        )
    c = CONTACTS.c
    query = (
        select(c.stage_id, func.count())
        # A search is looked up in the full-text index here, never walked: there is no
        # order to keep, so the matches drive (walk_sort_index is for column pages).
        .select_from(CONTACTS)
        .where(*_filter_where(conn, board_filter, now=now, for_pages=False))
        .group_by(c.stage_id)
    )
    return {(None if r[0] is None else int(r[0])): int(r[1]) for r in conn.execute(query)}


def tallied_counts(
    conn: Connection,
    *,
    owner_id: int | None = None,
    source: str | None = None,
    lead_type: str | None = None,
) -> dict[int | None, int]:
    """Contacts per stage (``None``: without a stage) from ``board_tallies``, narrowed to an
    owner, a source and a lead type where given; stages with none are missing."""
    t = tables.board_tallies.c
    query = select(t.stage_id, func.sum(t.contacts)).where(t.contacts > 0).group_by(t.stage_id)
    if owner_id is not None:
        query = query.where(t.owner_id == owner_id)
    if source is not None:
        query = query.where(t.source == source)
    if lead_type is not None:
        query = query.where(t.lead_type == lead_type)
    counts = {(int(k) or None): int(n) for k, n in conn.execute(query)}
    return {stage_id: n for stage_id, n in counts.items() if n > 0}


# --- cards --------------------------------------------------------------------------------


def column_page(  # noqa: PLR0913 (a query's parameters, all keyword)
    conn: Connection,
    stage_id: int,
    board_filter: BoardFilter = BoardFilter(),
    *,
    after_id: int | None = None,
    limit: int = DEFAULT_PAGE,
    now: dt.datetime | None = None,
) -> CardPage:
    """The next ``limit`` cards of one column, newest first, after ``after_id``.

    Args:
        conn: an open connection.
        stage_id: the column's stage.
        board_filter: the board's filters.
        after_id: the previous page's cursor (its last card's id); None for the first page.
        limit: the page size.
        now: the reference time for segments' "days ago" conditions.
    """
    conditions = _filter_where(conn, board_filter, now=now)
    ids, done = _page_ids(conn, stage_id, conditions, after_id, limit)
    by_id = _cards(conn, ids)
    return CardPage([by_id[i] for i in ids if i in by_id], ids[-1] if ids else after_id, done)


def _page_ids(
    conn: Connection,
    stage_id: int,
    conditions: Sequence[ColumnElement[bool]],
    after_id: int | None,
    limit: int,
) -> tuple[list[int], bool]:
    """A page's ids (newest first) and whether the column ends with them."""
    c = CONTACTS.c
    where = [c.stage_id == stage_id, *conditions]
    if after_id is not None:
        where.append(c.id < after_id)
    query = select(c.id).where(*where).order_by(c.id.desc()).limit(limit + 1)
    ids = [int(r[0]) for r in conn.execute(query)]
    return ids[:limit], len(ids) <= limit


@dataclass(frozen=True)
class BoardSnapshot:
    """Everything the board shows when it opens, read in one snapshot.

    Attributes:
        stages: the columns in board order.
        counts: every column's full count (see :func:`stage_counts`); None when the read
            left them out (``open_board(count=False)``).
        pages: each column's first page, by stage id.
        sla_minutes: the inbound SLA.
    """

    stages: list[StageInfo]
    counts: dict[int | None, int] | None
    pages: dict[int, CardPage]
    sla_minutes: int


def open_board(
    conn: Connection,
    board_filter: BoardFilter = BoardFilter(),
    *,
    limit: int = DEFAULT_PAGE,
    now: dt.datetime | None = None,
    count: bool = True,
) -> BoardSnapshot:
    """The stages, their counts and every column's first page (one read job, one snapshot).

    One job rather than one per column: the columns then agree with their counts, and
    a few small queries on one connection beat nine threads waiting for two cores.
    ``count=False`` leaves the counts out (``counts`` is None): a list, a segment or a
    search is counted over every matching row (0.5-2 s for a broad segment at a million
    contacts) while the first pages take milliseconds, so the board shows the cards first
    and counts in a read of its own.
    """
    stages = board_stages(conn)
    counts = stage_counts(conn, board_filter, now=now) if count else None
    conditions = _filter_where(conn, board_filter, now=now)
    found = {s.id: _page_ids(conn, s.id, conditions, None, limit) for s in stages}
    # Every column's cards in one read: three queries for the board instead of three
    # per column.
    wanted = [i for ids, _done in found.values() for i in ids]
    by_id: dict[int, Card] = {}
    for chunk in chunks(wanted):
        by_id.update(_cards(conn, chunk))
    pages = {
        stage_id: CardPage([by_id[i] for i in ids if i in by_id], ids[-1] if ids else None, done)
        for stage_id, (ids, done) in found.items()
    }
    return BoardSnapshot(stages, counts, pages, sla_minutes(conn))


def cards_for_ids(
    conn: Connection,
    ids: Iterable[int],
    board_filter: BoardFilter = BoardFilter(),
    *,
    now: dt.datetime | None = None,
) -> dict[int, Card]:
    """The cards of ``ids`` that the board shows under ``board_filter`` now.

    A contact deleted meanwhile, or one the filters no longer let through, is missing: the
    board drops its card.
    """
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    conditions = _filter_where(conn, board_filter, now=now)
    out: dict[int, Card] = {}
    for chunk in chunks(wanted):
        found = [
            int(r[0])
            for r in conn.execute(
                select(CONTACTS.c.id).where(CONTACTS.c.id.in_(chunk), *conditions)
            )
        ]
        out.update(_cards(conn, found))
    return out


def _cards(conn: Connection, ids: Sequence[int]) -> dict[int, Card]:
    """The cards of ``ids`` (at most :data:`MAX_IDS_PER_QUERY`), in three small queries."""
    if not ids:
        return {}
    if len(ids) > MAX_IDS_PER_QUERY:
        raise ValueError(f"at most {MAX_IDS_PER_QUERY} ids per query, got {len(ids)}")
    c = CONTACTS.c
    companies, reps = tables.companies, tables.reps
    rows = conn.execute(
        select(
            c.id,
            c.stage_id,
            c.full_name,
            c.first_name,
            c.last_name,
            c.email,
            companies.c.name,
            c.title,
            c.fit_score,
            reps.c.name,
            reps.c.time_zone,
            c.last_touched_at,
            c.created_at,
            c.source,
            c.arrived_at,
            c.lead_type,
        )
        .select_from(
            CONTACTS.outerjoin(companies, companies.c.id == c.company_id).outerjoin(
                reps, reps.c.id == c.owner_id
            )
        )
        .where(c.id.in_(list(ids)))
    )
    base = {int(r[0]): r for r in rows}
    since = _stage_changed_at(conn, list(base))
    steps = _next_steps(conn, list(base))
    out: dict[int, Card] = {}
    for contact_id, r in base.items():
        name = (r[2] or "").strip() or " ".join(p for p in (r[3], r[4]) if p) or (r[5] or "")
        next_due, next_channel = steps.get(contact_id, (None, None))
        out[contact_id] = Card(
            id=contact_id,
            stage_id=None if r[1] is None else int(r[1]),
            name=name,
            company=r[6],
            title=r[7],
            fit_score=r[8],
            owner=r[9],
            owner_zone=r[10],
            last_touched=_stored_datetime(r[11]),
            next_due=next_due,
            next_channel=next_channel,
            in_stage_since=since.get(contact_id) or _stored_datetime(r[12]),
            source=r[13],
            # An inbound lead created by hand or by an older import has no arrival time:
            # it arrived when it was created.
            arrived_at=_stored_datetime(r[14])
            or (_stored_datetime(r[12]) if r[13] == "inbound" else None),
            lead_type=r[15],
        )
    return out


def _stage_changed_at(conn: Connection, ids: list[int]) -> dict[int, dt.datetime]:
    """The newest stage change of each of ``ids`` (ix_activities_contact_time per id)."""
    if not ids:
        return {}
    a = tables.activities.c
    rows = conn.execute(
        select(a.contact_id, func.max(a.occurred_at))
        .where(a.contact_id.in_(ids), a.kind == STAGE_CHANGE)
        .group_by(a.contact_id)
    )
    out: dict[int, dt.datetime] = {}
    for r in rows:
        when = _stored_datetime(r[1])
        if when is not None:
            out[int(r[0])] = when
    return out


def _next_steps(conn: Connection, ids: list[int]) -> dict[int, tuple[dt.datetime, str | None]]:
    """The soonest due step of each contact's active enrollments: (due, channel)."""
    if not ids:
        return {}
    e, s = tables.enrollments.c, tables.cadence_steps.c
    # Only the contact ids in SQL: with "status = 'active'" there SQLite chose the status
    # index and walked every active enrollment (1.9 s at 700,000); a contact has a few
    # enrollments, so the rest is sifted here.
    rows = conn.execute(
        select(e.contact_id, e.next_due_at, s.channel, e.status)
        .select_from(
            tables.enrollments.outerjoin(
                tables.cadence_steps,
                and_(s.cadence_id == e.cadence_id, s.position == e.current_step),
            )
        )
        .where(e.contact_id.in_(ids))
    )
    out: dict[int, tuple[dt.datetime, str | None]] = {}
    for r in rows:
        due = _stored_datetime(r[1])
        if due is None or r[3] != "active":
            continue
        contact_id = int(r[0])
        known = out.get(contact_id)
        if known is None or due < known[0]:
            out[contact_id] = (due, r[2])
    return out


__all__ = [
    "DEFAULT_PAGE",
    "LEAD_TYPES",
    "SIDE_STAGE_KEYS",
    "SLA_SETTING",
    "SOURCES",
    "STAGE_CHANGE",
    "BoardFilter",
    "BoardSnapshot",
    "Card",
    "CardPage",
    "StageInfo",
    "board_stages",
    "cards_for_ids",
    "column_page",
    "open_board",
    "set_sla_minutes",
    "sla_minutes",
    "stage_counts",
]
