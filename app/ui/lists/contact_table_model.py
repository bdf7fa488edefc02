"""The contact table's item model: a list of ids and a cache of small row tuples.

After Anki's browser (STYLE.md section 6): the model never holds ORM objects. It keeps

- ``ids``: the scope's contact ids in the current sort, read in keyset pages
  (``app.storage.contact_table.page_ids``) by background jobs. The list grows through
  ``canFetchMore``/``fetchMore`` as the user scrolls, so a million contacts never load
  at once and the GUI thread never waits for a page.
- ``rows``: ``ContactRow`` tuples by id, read the first time a row is painted, a batch of
  about 200 around it in one primary-key query (a few milliseconds even at a million
  contacts, so it runs on the GUI thread and the row never flickers empty).

Sorting re-queries ids in the database (no Python sort of a million rows). Searching
swaps the id list of this same model for the search index's matches (STYLE.md section 7:
search filters, it does not rebuild): the reset happens when the new first page arrives,
so the old rows stay on screen while the query runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from shiboken6 import isValid

from app.storage.contact_table import (
    ContactRow,
    Cursor,
    IdPage,
    Scope,
    Sort,
    SortKey,
    page_ids,
    rows_for_ids,
)
from app.ui.jobs import Job, JobContext

if TYPE_CHECKING:
    from app.storage.database import Database

log = logging.getLogger(__name__)

#: Ids in the first page: one screen and some, so the first paint needs one small query.
FIRST_PAGE = 200
#: Ids per later page (a keyset query of this size takes a few ms at a million contacts).
PAGE = 2000
#: Rows read around a row that is painted before it was loaded.
ROW_BATCH = 200
#: Rows kept in the cache before far-away ones are dropped.
MAX_CACHED_ROWS = 20_000

_Index = QModelIndex | QPersistentModelIndex


class ColumnSpec(NamedTuple):
    """One column: its key (saved in settings), the sort it offers, and its alignment."""

    key: str
    sort: SortKey | None
    numeric: bool = False
    hidden_by_default: bool = False


COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("name", SortKey.NAME),
    ColumnSpec("title", None),
    ColumnSpec("company", SortKey.COMPANY),
    ColumnSpec("email", None),
    ColumnSpec("email_status", None, hidden_by_default=True),
    ColumnSpec("phone", None),
    ColumnSpec("phone_status", None, hidden_by_default=True),
    ColumnSpec("country", SortKey.COUNTRY),
    ColumnSpec("stage", SortKey.STAGE),
    ColumnSpec("owner", None),
    ColumnSpec("fit_score", SortKey.FIT_SCORE, numeric=True),
    ColumnSpec("quality_score", SortKey.QUALITY, numeric=True),
    ColumnSpec("last_touched", SortKey.LAST_TOUCHED),
    ColumnSpec("tags", None),
    ColumnSpec("do_not_contact", None),
    ColumnSpec("created", SortKey.CREATED, hidden_by_default=True),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)

#: The role that gives a row's contact id.
ContactIdRole = Qt.ItemDataRole.UserRole + 1

_STATUS_COLORS = {"invalid": QColor("#c62828"), "risky": QColor("#b26a00")}
_MUTED = QColor("#8a8a8a")


@dataclass(frozen=True)
class _FirstPage:
    page: IdPage
    rows: dict[int, ContactRow]


class ContactTableModel(QAbstractTableModel):
    """Contacts of one scope in one sort order, loaded in pages.

    Signals:
        loading_changed: a page query started (True) or all queries finished (False).
        reloaded: the first page of a new scope, search or sort is in the model.
        page_loaded: a later page was appended (carries how many rows came).
        load_failed: a query failed (carries the message); the old rows stay.
    """

    loading_changed = Signal(bool)
    reloaded = Signal()
    page_loaded = Signal(int)
    load_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.scope = Scope()
        self.sort_order = Sort()
        self.ids: list[int] = []
        self.rows: dict[int, ContactRow] = {}
        self._row_of: dict[int, int] = {}
        self._cursor: Cursor | None = None
        self._done = True
        self._generation = 0
        self._fetching = False
        self._reloading = False
        self._titles = self._column_titles()
        self._locale = QLocale()
        #: Called (GUI thread) for every page query; the benchmark times them.
        self.on_query: Callable[[str, float], None] | None = None

    # --- what to show -----------------------------------------------------------------------

    def _column_titles(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "title": self.tr("Title"),
            "company": self.tr("Company"),
            "email": self.tr("Email"),
            "email_status": self.tr("Email status"),
            "phone": self.tr("Phone"),
            "phone_status": self.tr("Phone status"),
            "country": self.tr("Country"),
            "stage": self.tr("Stage"),
            "owner": self.tr("Owner"),
            "fit_score": self.tr("Fit"),
            "quality_score": self.tr("Quality"),
            "last_touched": self.tr("Last touched"),
            "tags": self.tr("Tags"),
            "do_not_contact": self.tr("Do not contact"),
            "created": self.tr("Added"),
        }

    def column_title(self, column: int) -> str:
        """The header text of ``column``."""
        return self._titles[COLUMNS[column].key]

    def status_text(self, status: str | None) -> str:
        """A validation status as the user reads it."""
        return {
            "valid": self.tr("Valid"),
            "risky": self.tr("Risky"),
            "invalid": self.tr("Invalid"),
            "unknown": self.tr("Unknown"),
        }.get(status or "", "")

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
        if text == self.scope.search:
            return
        self.scope = replace(self.scope, search=text)
        self.reload()

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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        spec = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[spec.key]
        if role == Qt.ItemDataRole.ToolTipRole:
            if spec.sort is None:
                return self.tr("%1 (not sortable)").replace("%1", self._titles[spec.key])
            return self.tr("Click to sort by %1").replace("%1", self._titles[spec.key])
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.ids):
            return None
        contact_id = self.ids[index.row()]
        if role == ContactIdRole:
            return contact_id
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        spec = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if spec.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self.rows.get(contact_id)
        if row is None:
            row = self._load_around(index.row(), contact_id)
            if row is None:
                return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(spec.key, row)
        text = self._text(spec.key, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(spec.key, row, text)
        return text

    def _text(self, key: str, row: ContactRow) -> str:
        if key == "fit_score":
            return "" if row.fit_score is None else str(row.fit_score)
        if key == "quality_score":
            return "" if row.quality_score is None else str(row.quality_score)
        if key in ("last_touched", "created"):
            when = row.last_touched if key == "last_touched" else row.created
            if when is None:
                return ""
            local = when.astimezone()
            date = QDate(local.year, local.month, local.day)
            return self._locale.toString(date, QLocale.FormatType.ShortFormat)
        if key in ("email_status", "phone_status"):
            return self.status_text(getattr(row, key))
        if key == "tags":
            return ", ".join(row.tags)
        if key == "do_not_contact":
            return self.tr("Do not contact") if row.do_not_contact else ""
        value = getattr(row, key)
        return "" if value is None else str(value)

    def _tooltip(self, key: str, row: ContactRow, text: str) -> str | None:
        if key == "email" and row.email_status:
            return (
                self.tr("%1 — %2")
                .replace("%1", text)
                .replace("%2", self.status_text(row.email_status))
            )
        if key == "phone" and row.phone_status:
            return (
                self.tr("%1 — %2")
                .replace("%1", text)
                .replace("%2", self.status_text(row.phone_status))
            )
        if key == "last_touched" and row.last_touched is not None:
            return row.last_touched.astimezone().strftime("%Y-%m-%d %H:%M")
        # Long names, titles and companies are elided in the cell; the tooltip has them whole.
        return text or None

    def _foreground(self, key: str, row: ContactRow) -> QBrush | None:
        if row.do_not_contact:
            return QBrush(_MUTED)
        status = row.email_status if key in ("email", "email_status") else None
        if key in ("phone", "phone_status"):
            status = row.phone_status
        color = _STATUS_COLORS.get(status or "")
        return QBrush(color) if color is not None else None

    def contact_id(self, row: int) -> int | None:
        """The contact id shown in ``row``, or None."""
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, contact_id: int) -> int | None:
        """The row showing ``contact_id``, when it is loaded."""
        return self._row_of.get(contact_id)

    def row_tuple(self, row: int) -> ContactRow | None:
        """The row's tuple (loading it if needed)."""
        contact_id = self.contact_id(row)
        if contact_id is None:
            return None
        return self.rows.get(contact_id) or self._load_around(row, contact_id)

    # --- rows ---------------------------------------------------------------------------------

    def _load_around(self, row: int, contact_id: int) -> ContactRow | None:
        """Read the rows around ``row`` that are not cached yet, in one query."""
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
                self.rows.update(rows_for_ids(conn, wanted))
        except Exception as exc:  # noqa: BLE001 (a failed read shows an empty row, once)
            log.exception("reading rows failed")
            self.load_failed.emit(str(exc))
            return None
        return self.rows.get(contact_id)

    def refresh_ids(self, ids: Iterable[int]) -> None:
        """Read these contacts again (they were edited) and repaint their rows."""
        changed = [i for i in ids if i in self._row_of]
        for contact_id in changed:
            self.rows.pop(contact_id, None)
        rows = sorted(self._row_of[i] for i in changed)
        if rows:
            last = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], last))

    def forget_rows(self) -> None:
        """Drop every cached row tuple (after a bulk edit) and repaint."""
        self.rows.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(COLUMNS) - 1))

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Take deleted contacts out of the list, keeping everything else where it is."""
        rows = sorted({self._row_of[i] for i in ids if i in self._row_of}, reverse=True)
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
            self._row_of = {cid: n for n, cid in enumerate(self.ids)}

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
        """Query the first page of the current scope and sort; replace the ids when it comes."""
        self._generation += 1
        generation = self._generation
        self._fetching = False
        database = self.database
        if database is None:
            self.beginResetModel()
            self.ids, self.rows, self._row_of = [], {}, {}
            self._done = True
            self.endResetModel()
            self.reloaded.emit()
            return
        scope, sort = self.scope, self.sort_order
        self._set_reloading(True)

        def work(_ctx: JobContext) -> _FirstPage:
            with database.reading() as conn:
                page = page_ids(conn, scope, sort, limit=FIRST_PAGE)
                # The first screen's rows come with the ids: the first paint needs no query.
                return _FirstPage(page, rows_for_ids(conn, page.ids[:100]))

        self._start(work, lambda result: self._on_first_page(generation, result))

    def _start(self, work: Callable[[JobContext], Any], done: Callable[[Any], None]) -> None:
        job: Job[Any] = Job(
            None,
            work,
            on_success=lambda result: done(result) if isValid(self) else None,
            on_failure=lambda error: self._on_failed(error) if isValid(self) else None,
            title=self.tr("Load contacts"),
        )
        job.start()

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
        self._set_reloading(False)
        self._set_fetching(False)
        self.load_failed.emit(str(error))

    def _on_first_page(self, generation: int, result: _FirstPage) -> None:
        if generation != self._generation:
            return  # a newer search or sort is on its way
        self.beginResetModel()
        self.ids = list(result.page.ids)
        self._row_of = {cid: n for n, cid in enumerate(self.ids)}
        self.rows = dict(result.rows)
        self._cursor = result.page.cursor
        self._done = result.page.done
        self.endResetModel()
        self._set_reloading(False)
        self.reloaded.emit()

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
        self._set_fetching(True)

        def work(_ctx: JobContext) -> IdPage:
            with database.reading() as conn:
                return page_ids(conn, scope, sort, after=cursor, limit=PAGE)

        self._start(work, lambda page: self._on_page(generation, page))

    def _on_page(self, generation: int, page: IdPage) -> None:
        if generation != self._generation:
            return
        self._set_fetching(False)
        self._cursor = page.cursor
        fresh = [i for i in page.ids if i not in self._row_of]
        if fresh:
            first = len(self.ids)
            # beginInsertRows takes the last row: first + n - 1.
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self.ids.extend(fresh)
            for n, contact_id in enumerate(fresh, start=first):
                self._row_of[contact_id] = n
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
            from app.storage.contact_table import all_ids

            with database.reading() as conn:
                return all_ids(conn, scope, sort)

        self._start(work, on_done)

    def ids_for_rows(self, rows: Sequence[int]) -> list[int]:
        """The contact ids of ``rows`` (view rows of this model)."""
        return [self.ids[r] for r in rows if 0 <= r < len(self.ids)]
