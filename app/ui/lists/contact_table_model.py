"""The contact table's item model: a list of ids and a cache of small row tuples.

After Anki's browser: the model never holds ORM objects. It keeps

- ``ids``: the scope's contact ids in the current sort, read in keyset pages
  (``app.storage.contacts.browse.page_ids``) by background jobs. The list grows through
  ``canFetchMore``/``fetchMore`` as the user scrolls, so a million contacts never load
  at once and the GUI thread never waits for a page.
- ``rows``: row tuples by id (``ContactRow``'s fields in a plain tuple: the garbage
  collector stops tracking those, so its passes skip the cache). ``data()`` never touches
  the database: a row that is painted before it is loaded shows a grey "…" and asks for a
  background read; the misses of one paint are coalesced into ONE read of the visible
  range plus a margin ahead of the scroll direction, at most one read runs at a time
  (misses while it runs wait and only the newest range is read next: a fast scroll skips
  what it scrolled past), and ``dataChanged`` repaints the rows when they arrive. Rows
  about to come into view are read ahead the same way, so a steady scroll rarely shows
  the placeholder at all; a jump past everything read (a dragged or flung scrollbar)
  reads only what it shows. The cache holds at most ``MAX_CACHED_ROWS`` rows and drops
  the ones read longest ago.

Nothing on the GUI thread grows with, or walks, the loaded ids while scrolling: a page is
appended with one ``list.extend`` and the view's one ``beginInsertRows``; a read slices
the ids around the screen. There is no id-to-row dict: at a million ids each of its
resizes held the GIL for 30-90 ms (the longest stalls of a flung scrollbar), and so did
eviction passes over the whole cache. Finding a contact's row (an edit, a deletion) is a
C-speed scan, done for those actions only.

Sorting re-queries ids in the database (no Python sort of a million rows). Searching
swaps the id list of this same model for the search index's matches (a search filters,
it does not rebuild): the reset happens when the new first screen arrives, with every
row it lists, so the old rows stay on screen meanwhile and the new ones paint once. A
search over every contact gets a sorted first screen when one is cheap
(``search_first_screen``); otherwise its first matches in id order are shown at once and
the sorted page replaces them. A newer keystroke cancels the running search (its SQLite
statement is interrupted); searches never queue. A broad search is counted last.
"""

from __future__ import annotations

import logging
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from itertools import compress, islice
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from shiboken6 import isValid

# Not ``browse`` itself: this is the window's first page, and ``browse`` loads SQLAlchemy;
# ``table_reads`` loads it on the first read, on a worker thread after the first paint.
from app.storage.contacts.table_data import (
    MAX_IDS_PER_QUERY,
    ContactRow,
    Cursor,
    IdPage,
    Scope,
    Sort,
)
from app.storage.contacts.table_reads import (
    cancelled_if_interrupted,
    interruptible,
    page_ids,
    rows_for_ids,
    search_first_screen,
)
from app.ui.jobs import Job, JobContext
from app.ui.lists.cells import (
    COLUMN_KEYS,
    COLUMNS,
    PLACEHOLDER,
    ColumnSpec,
    ContactCells,
    ContactIdRole,
    _Index,
    _Row,
)
from app.ui.lists.first_pages import FirstPage, count_work, first_page_work, plain_rows

if TYPE_CHECKING:
    from app.storage.database import Database

log = logging.getLogger(__name__)

#: Ids in the first page: one screen and some, so the first paint needs one small query.
FIRST_PAGE = 200
#: Ids (and rows) in a search's first screen: every row a tall window shows, and not one
#: row more than the screen's read-ahead would otherwise fetch at once in a second read
#: (whose arrival repaints the whole table: the view repaints all of it for any change).
SEARCH_SCREEN = 100
#: Ids in the second page (a keyset query of this size takes a few ms at a million contacts).
PAGE = 2000
#: Each later page doubles, up to this many ids (~30-60 ms in the background). Each page
#: inserts rows, and the view answers an insert with a second repaint of the viewport in
#: the same event-loop pass: while the scrollbar is flung, pages of 2,000 ids made every
#: other frame paint twice (the longest GUI-thread ticks).
MAX_PAGE = 32_000
#: Rows read around a row by ``row_tuple`` (painting reads the visible range plus the
#: margins below instead).
ROW_BATCH = 200
#: Rows read ahead of the scroll direction with every background read.
PREFETCH = 300
#: Rows read behind the scroll direction.
BEHIND = 40
#: A painted row this far from the edge of the loaded rows starts the next read early.
READ_AHEAD_TRIGGER = 120
#: A search's follow-up queries (the sorted page, the exact count) wait this long, so the
#: first screen is painted before they compete with it for the CPU.
FOLLOW_UP_DELAY_MS = 20
#: Rows kept in the cache before far-away ones are dropped.
MAX_CACHED_ROWS = 20_000


class ContactTableModel(ContactCells, QAbstractTableModel):
    """Contacts of one scope in one sort order, loaded in pages.

    Signals:
        loading_changed: a page query started (True) or all queries finished (False).
        reloaded: the first page of a new scope, search or sort is in the model (for a
            broad search, first the interim screen, then again the sorted one).
        page_loaded: a later page was appended (carries how many rows came).
        rows_loaded: a background read of row tuples arrived (carries how many); the
            rows were repainted through ``dataChanged``.
        match_count_changed: ``match_count`` or ``match_count_exact`` changed.
        load_failed: a query failed (carries the message); the old rows stay.
    """

    loading_changed = Signal(bool)
    reloaded = Signal()
    page_loaded = Signal(int)
    rows_loaded = Signal(int)
    match_count_changed = Signal()
    load_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.scope = Scope()
        self.sort_order = Sort()
        # The loaded ids, in row order, as machine integers: a list of a million ints is a
        # container the garbage collector walks item by item on every full pass (~25 ms
        # while flinging the scrollbar); an array's only reference is its type.
        self.ids: array[int] = array("q")
        # Insertion order is read order: eviction drops the rows read longest ago.
        self.rows: dict[int, _Row] = {}
        # Ids edited (refresh_ids) since the ids were reset: a later page may hold them again
        # under their new sort key, and must not add a second row. There is deliberately no
        # id-to-row dict of every loaded id: at a million ids each of its resizes holds the
        # GIL for tens of ms (a GUI stall while flinging the scrollbar).
        self._edited: set[int] = set()
        # Bumped whenever row numbers shift (a reset, removed rows): a read started before
        # then repaints everything instead of its old range.
        self._layout_epoch = 0
        self._cursor: Cursor | None = None
        self._page_size = PAGE  # the next fetchMore's; back to PAGE on every reset
        self._done = True
        self._generation = 0
        self._fetching = False
        self._reloading = False
        self._first_pending = False  # reload() asked for a first page not yet applied
        self._search_cancelled = False  # cancel_search() stopped it; reload() restarts it
        self._titles = self._column_titles()
        self._locale = QLocale()
        #: How many contacts match the search (None: no search, or not counted yet).
        self.match_count: int | None = None
        #: False while ``match_count`` is a lower bound ("2,000+").
        self.match_count_exact = False
        self._reload_job: Job[Any] | None = None
        self._count_job: Job[Any] | None = None
        # Background row reads: the range missed since the last read, the read running
        # (at most one), the ids it reads, and an epoch that drops reads made stale by
        # forget_rows/refresh_ids.
        self._wanted: tuple[int, int] | None = None
        self._next: tuple[int, int] | None = None
        self._row_job: Job[Any] | None = None
        self._in_flight: set[int] = set()
        self._gone: set[int] = set()
        self._rows_epoch = 0
        self._last_read_row = 0
        # The rows the last read covered (None: nothing read since the rows were reset).
        self._last_read_span: tuple[int, int] | None = None
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(0)  # after the paint that missed: one read per paint
        self._read_timer.timeout.connect(self._read_wanted)
        #: Called (GUI thread) for every page query; the benchmark times them.
        self.on_query: Callable[[str, float], None] | None = None

    def set_database(self, database: Database | None) -> None:
        """Show ``database``'s contacts (the whole table, first page) or nothing."""
        self.database = database
        self.scope = Scope()
        self.reload()

    def set_scope(self, scope: Scope) -> None:
        """Show another scope (the search text is kept)."""
        self.scope = replace(scope, search=self.scope.search)
        self.reload()

    def set_search(self, text: str) -> None:
        """Narrow the current scope to contacts matching ``text`` (empty: no narrowing)."""
        if text == self.scope.search and not self._search_cancelled:
            return
        self.scope = replace(self.scope, search=text)
        self.reload()

    @property
    def search_pending(self) -> bool:
        """True while a search's first screen is on its way (not yet in the model)."""
        return self._first_pending and self.scope.has_search

    def cancel_search(self) -> None:
        """Stop the search's queries still running (a newer keystroke follows)."""
        if self.search_pending:
            for job in (self._reload_job, self._count_job):
                if job is not None:
                    job.cancel()
            self._search_cancelled = True  # the same text again must search again

    @property
    def is_loading(self) -> bool:
        """True while a page query runs."""
        return self._fetching or self._reloading

    @property
    def all_loaded(self) -> bool:
        """True when every id of the scope is in the model."""
        return self._done and not self._reloading

    # --- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def contact_id(self, row: int) -> int | None:
        """The contact id shown in ``row``, or None."""
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, contact_id: int) -> int | None:
        """The row showing ``contact_id``, when it is loaded (a scan: not for painting)."""
        found = self._positions({contact_id})
        return found[0] if found else None

    def _positions(self, wanted: set[int]) -> list[int]:
        """The row numbers of the loaded ``wanted`` ids, in order.

        One C-speed pass over the ids (no Python loop per row: ~15 ms at a million), for
        edits and deletions, never for painting or scrolling.
        """
        if not wanted:
            return []
        return list(compress(range(len(self.ids)), map(wanted.__contains__, self.ids)))

    def row_tuple(self, row: int) -> ContactRow | None:
        """The row's tuple, read on the calling thread when it is not loaded.

        For code that needs one row now (tests, a detail label); painting goes through
        ``data()``, which never reads.
        """
        contact_id = self.contact_id(row)
        if contact_id is None:
            return None
        cached = self.rows.get(contact_id) or self._load_around(row, contact_id)
        return None if cached is None else ContactRow._make(cached)

    # --- rows ---------------------------------------------------------------------------------

    @property
    def rows_pending(self) -> bool:
        """True while a background read of rows is running or about to start."""
        return self._row_job is not None or self._wanted is not None or self._next is not None

    def _want(self, row: int) -> None:
        """Note that ``row`` was painted unloaded; one read per paint follows."""
        wanted = self._wanted
        self._wanted = (row, row) if wanted is None else (min(wanted[0], row), max(wanted[1], row))
        if not self._read_timer.isActive():
            self._read_timer.start()

    def _read_ahead(self, row: int) -> None:
        """Start the next read before the scroll reaches the edge of the loaded rows."""
        down = row >= self._last_read_row
        ahead = row + READ_AHEAD_TRIGGER if down else row - READ_AHEAD_TRIGGER
        if not 0 <= ahead < len(self.ids):
            return
        contact_id = self.ids[ahead]
        if contact_id in self.rows or contact_id in self._in_flight or contact_id in self._gone:
            return
        self._want(ahead)

    def _read_wanted(self) -> None:
        """Read the rows missed by the last paint (and a margin) in one background job.

        While a read runs, each paint's misses replace the previous paint's: when it
        finishes, only the rows of the newest paint are read (the scroll moved on).
        """
        wanted, self._wanted = self._wanted, None
        if wanted is None:
            return
        if self._row_job is not None:
            self._next = wanted
            return
        self._read(wanted)

    def _read(self, wanted: tuple[int, int]) -> None:
        database = self.database
        if database is None:
            return
        low, high = wanted
        down = low >= self._last_read_row
        self._last_read_row = low
        last = self._last_read_span
        if last is None or (
            last[0] - READ_AHEAD_TRIGGER <= high and low <= last[1] + READ_AHEAD_TRIGGER
        ):
            # The first read, or next to the last one (a steady scroll): read well ahead.
            start, stop = (
                (low - BEHIND, high + PREFETCH) if down else (low - PREFETCH, high + BEHIND)
            )
        else:
            # A jump past everything read (a dragged or flung scrollbar): rows around the
            # screen would be jumped over too, and reading them only keeps a worker busy
            # holding the GIL while the GUI thread paints. Read what is painted; if the
            # scroll stops here, the next paint reads ahead (``_read_ahead``).
            start, stop = low, high
        start, stop = max(0, start), min(len(self.ids), stop + 1)
        self._last_read_span = (start, stop)
        ids = [
            i
            for i in self.ids[start:stop]
            if i not in self.rows and i not in self._in_flight and i not in self._gone
        ][:MAX_IDS_PER_QUERY]
        if not ids:
            return
        if len(self.rows) + len(ids) > MAX_CACHED_ROWS:
            self._evict(len(self.rows) + len(ids) - MAX_CACHED_ROWS)
        epoch, layout = self._rows_epoch, self._layout_epoch
        self._in_flight = set(ids)

        def work(_ctx: JobContext) -> dict[int, _Row]:
            with database.reading() as conn:
                return plain_rows(rows_for_ids(conn, ids))

        def failed(error: BaseException) -> None:
            self._row_job, self._in_flight = None, set()
            self._on_failed(error)

        job: Job[Any] = Job(
            None,
            work,
            on_success=lambda rows: (
                self._on_rows(epoch, layout, (start, stop), ids, rows) if isValid(self) else None
            ),
            on_failure=lambda error: failed(error) if isValid(self) else None,
            title=self.tr("Load contacts"),
        )
        self._row_job = job
        job.start()

    def _evict(self, n: int) -> None:
        """Drop the ``n`` rows read longest ago (work proportional to ``n``, not the cache).

        The rows on screen were read last (painting reads them), so they stay.
        """
        for contact_id in list(islice(self.rows, n)):
            del self.rows[contact_id]

    def _on_rows(
        self,
        epoch: int,
        layout: int,
        span: tuple[int, int],
        ids: list[int],
        rows: dict[int, _Row],
    ) -> None:
        self._row_job, self._in_flight = None, set()
        if epoch == self._rows_epoch:
            self.rows.update(rows)
            self._gone.update(i for i in ids if i not in rows)
            # The read's ids came from rows span[0]..span[1]-1; when rows have shifted
            # since, repaint them all (a view repaints only what it shows).
            first, stop = span if layout == self._layout_epoch else (0, len(self.ids))
            stop = min(stop, len(self.ids))
            if first < stop:
                self.dataChanged.emit(self.index(first, 0), self.index(stop - 1, len(COLUMNS) - 1))
            self.rows_loaded.emit(len(rows))
        wanted, self._next = self._next, None
        if wanted is not None:
            self._read(wanted)

    def _load_around(self, row: int, contact_id: int) -> _Row | None:
        """Read the rows around ``row`` that are not cached yet, in one query (this thread)."""
        if self.database is None:
            return None
        start = max(0, row - ROW_BATCH // 4)
        wanted = [i for i in self.ids[start : start + ROW_BATCH] if i not in self.rows]
        if contact_id not in wanted:
            wanted.append(contact_id)
        if len(self.rows) + len(wanted) > MAX_CACHED_ROWS:
            self.rows.clear()
        try:
            with self.database.reading() as conn:
                self.rows.update(plain_rows(rows_for_ids(conn, wanted)))
        except Exception as exc:  # noqa: BLE001 (a failed read shows an empty row, once)
            log.exception("reading rows failed")
            self.load_failed.emit(str(exc))
            return None
        return self.rows.get(contact_id)

    def refresh_ids(self, ids: Iterable[int]) -> None:
        """Read these contacts again (they were edited) and repaint their rows."""
        wanted = set(ids)
        self._rows_epoch += 1  # a read running now may hold the old values
        for contact_id in wanted:
            self.rows.pop(contact_id, None)
            self._gone.discard(contact_id)
        rows = self._positions(wanted)
        # Its sort key may have changed: a page read later may list it again.
        self._edited.update(self.ids[n] for n in rows)
        if rows:
            last = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], last))

    def forget_rows(self) -> None:
        """Drop every cached row tuple (after a bulk edit) and repaint."""
        self._rows_epoch += 1
        self.rows.clear()
        self._gone.clear()
        self._last_read_span = None
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(COLUMNS) - 1))

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Take deleted contacts out of the list, keeping everything else where it is."""
        rows = self._positions(set(ids))[::-1]
        # Contiguous runs, last first, so earlier row numbers stay valid.
        runs: list[tuple[int, int]] = []
        for row in rows:
            if runs and runs[-1][0] == row + 1:
                runs[-1] = (row, runs[-1][1])
            else:
                runs.append((row, row))
        for first, last in runs:
            self.beginRemoveRows(QModelIndex(), first, last)
            for contact_id in self.ids[first : last + 1]:
                self.rows.pop(contact_id, None)
            del self.ids[first : last + 1]
            self.endRemoveRows()
        if runs:
            self._layout_epoch += 1

    # --- ids ----------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` in the database; columns without a sort are ignored."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column].sort
        if key is None:
            return
        wanted = Sort(key, order == Qt.SortOrder.DescendingOrder)
        if wanted == self.sort_order:
            return
        self.sort_order = wanted
        self.reload()

    def sort_column(self) -> int:
        """The column the current sort belongs to."""
        return next(i for i, c in enumerate(COLUMNS) if c.sort is self.sort_order.key)

    def reload(self) -> None:
        """Query the first page of the current scope and sort; replace the ids when it comes.

        A query still running for an older search, scope or sort is cancelled.
        """
        self._generation += 1
        generation = self._generation
        self._fetching = False
        for job in (self._reload_job, self._count_job):
            if job is not None:
                job.cancel()
        self._reload_job = self._count_job = None
        self._set_match_count(None, exact=False)
        self._first_pending = True
        self._search_cancelled = False
        database = self.database
        if database is None:
            self._first_pending = False
            self.beginResetModel()
            self.ids, self.rows, self._edited = array("q"), {}, set()
            self._layout_epoch += 1
            self._done = True
            self.endResetModel()
            self._set_reloading(False)
            self.reloaded.emit()
            return
        scope, sort = self.scope, self.sort_order
        self._set_reloading(True)
        quick = scope.has_search and scope.list_id is None and scope.segment is None
        if quick:
            self._start_search_screen(database, generation, scope, sort)
        else:
            self._start_first_page(database, generation, scope, sort)

    def _start_search_screen(
        self, database: Database, generation: int, scope: Scope, sort: Sort
    ) -> None:
        def work(ctx: JobContext) -> FirstPage:
            with database.reading() as conn, interruptible(conn, ctx.cancelled):
                # A newer keystroke interrupts the search: that is a cancellation.
                with cancelled_if_interrupted(ctx.raise_if_cancelled):
                    screen = search_first_screen(conn, scope, sort, limit=SEARCH_SCREEN)
                    rows = plain_rows(rows_for_ids(conn, screen.page.ids))
            return FirstPage(
                screen.page,
                rows,
                interim=not screen.in_order,
                matches=screen.matches,
                exact=screen.complete,
            )

        self._start(work, lambda result: self._on_first_page(generation, result))

    def _start_first_page(
        self, database: Database, generation: int, scope: Scope, sort: Sort, rows: int = 100
    ) -> None:
        work = first_page_work(database, scope, sort, FIRST_PAGE, rows)
        self._start(work, lambda result: self._on_first_page(generation, result))

    def _start(self, work: Callable[[JobContext], Any], done: Callable[[Any], None]) -> None:
        job: Job[Any] = Job(
            None,
            work,
            on_success=lambda result: done(result) if isValid(self) else None,
            on_failure=lambda error: self._on_failed(error) if isValid(self) else None,
            title=self.tr("Load contacts"),
        )
        self._reload_job = job
        job.start()

    def _count_matches(self, generation: int) -> None:
        """Count a broad search's matches exactly, after its sorted page (cancellable)."""
        database, scope = self.database, self.scope
        if database is None:
            return

        work = count_work(database, scope)

        def done(n: int) -> None:
            if generation == self._generation:
                self._set_match_count(n, exact=True)

        job: Job[Any] = Job(
            None,
            work,
            on_success=lambda n: done(n) if isValid(self) else None,
            on_failure=lambda error: log.error("counting failed", exc_info=error),
            title=self.tr("Count matches"),
        )
        self._count_job = job
        job.start()

    def _set_match_count(self, n: int | None, *, exact: bool) -> None:
        if (n, exact) != (self.match_count, self.match_count_exact):
            self.match_count, self.match_count_exact = n, exact
            self.match_count_changed.emit()

    def _set_reloading(self, value: bool) -> None:
        was = self.is_loading
        self._reloading = value
        if was != self.is_loading:
            self.loading_changed.emit(self.is_loading)

    def _set_fetching(self, value: bool) -> None:
        was = self.is_loading
        self._fetching = value
        if was != self.is_loading:
            self.loading_changed.emit(self.is_loading)

    def _on_failed(self, error: BaseException) -> None:
        log.error("loading contacts failed", exc_info=error)
        self._first_pending = False
        self._set_reloading(False)
        self._set_fetching(False)
        self.load_failed.emit(str(error))

    def _on_first_page(self, generation: int, result: FirstPage) -> None:
        if generation != self._generation or self._search_cancelled:
            return  # a newer search or sort is on its way (or a newer keystroke)
        self._reload_job = None
        self._first_pending = False
        self._rows_epoch += 1
        self.beginResetModel()
        self.ids = array("q", result.page.ids)
        self._edited = set()
        self._layout_epoch += 1
        self.rows = dict(result.rows)
        self._gone = set()
        self._wanted = self._next = None
        self._last_read_row = 0
        self._last_read_span = None
        self._cursor = result.page.cursor
        self._page_size = PAGE
        self._done = result.page.done or result.interim
        self.endResetModel()
        if result.matches is not None:
            self._set_match_count(result.matches, exact=result.exact)
        database = self.database
        if result.interim and database is not None:
            # Still loading: the sorted page replaces this screen (fetchMore waits for it).
            self.reloaded.emit()
            scope, sort = self.scope, self.sort_order
            # With the rows of the whole page: a read of rows ahead of the screen would
            # repaint the sorted screen a second time.
            self._later(
                generation,
                lambda: self._start_first_page(database, generation, scope, sort, FIRST_PAGE),
            )
            return
        self._set_reloading(False)
        self.reloaded.emit()
        if self.scope.has_search and not self.match_count_exact:
            self._later(generation, lambda: self._count_matches(generation))

    def _later(self, generation: int, start: Callable[[], None]) -> None:
        """Start a follow-up query after the screen is painted, unless superseded by then."""

        def go() -> None:
            if isValid(self) and generation == self._generation:
                start()

        QTimer.singleShot(FOLLOW_UP_DELAY_MS, self, go)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done and not self._reloading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done or self._fetching or self._reloading:
            return
        database = self.database
        if database is None:
            return
        scope, sort, cursor = self.scope, self.sort_order, self._cursor
        generation = self._generation
        limit, self._page_size = self._page_size, min(2 * self._page_size, MAX_PAGE)
        self._set_fetching(True)

        def work(_ctx: JobContext) -> IdPage:
            with database.reading() as conn:
                return page_ids(conn, scope, sort, after=cursor, limit=limit)

        self._start(work, lambda page: self._on_page(generation, page))

    def _on_page(self, generation: int, page: IdPage) -> None:
        if generation != self._generation:
            return
        self._set_fetching(False)
        self._cursor = page.cursor
        # Keyset pages never repeat an id unless its sort key changed after it was listed;
        # the model knows which it edited (a check per page id, not per loaded id).
        edited = self._edited
        fresh = [i for i in page.ids if i not in edited] if edited else list(page.ids)
        if fresh:
            first = len(self.ids)
            # beginInsertRows takes the last row: first + n - 1.
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self.ids.extend(fresh)
            self.endInsertRows()
        self._done = page.done
        self.page_loaded.emit(len(fresh))

    def load_all_ids(self, on_done: Callable[[list[int]], None]) -> None:
        """Read every id of the scope in a job ("select all"); calls ``on_done`` with them."""
        database = self.database
        if database is None:
            on_done([])
            return
        scope, sort = self.scope, self.sort_order

        def work(_ctx: JobContext) -> list[int]:
            from app.storage.contacts.browse import all_ids

            with database.reading() as conn:
                return all_ids(conn, scope, sort)

        self._start(work, on_done)

    def ids_for_rows(self, rows: Sequence[int]) -> list[int]:
        """The contact ids of ``rows`` (view rows of this model)."""
        return [self.ids[r] for r in rows if 0 <= r < len(self.ids)]


# Also read from here (by the page, the benchmark and the tests), though defined in cells.
__all__ = ["COLUMN_KEYS", "PLACEHOLDER", "ColumnSpec", "ContactIdRole", "ContactTableModel"]
