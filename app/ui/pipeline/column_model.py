"""One board column's item model: the cards of one stage, read page by page.

The model holds the cards read so far (small frozen :class:`~app.storage.pipeline.board.Card`
values, never ORM objects) and grows through ``canFetchMore``/``fetchMore`` as the user
scrolls: each page is one keyset query (``id < :last``) run in a background job, so a
column of 300,000 prospects opens with its first 40 cards as fast as a column of 30, and
the GUI thread never waits for the disk. The column's FULL count is not the model's row
count: the page reads it for every column at once and keeps it in :attr:`total`.

Drag and drop: a card drags as its contact id (``MIME_TYPE``); a drop on a column does
not insert a row itself (a move may still be refused: a gate dialog cancelled, a write
failed). It asks for the move through :attr:`StageColumnModel.move_requested`, and the
columns are updated from the move's broadcast change, like any other write.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from shiboken6 import isValid

from app.storage.pipeline.board import DEFAULT_PAGE, BoardFilter, Card, CardPage, column_page
from app.ui.jobs import Job, JobContext

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.pipeline.board import StageInfo

log = logging.getLogger(__name__)

#: The drag payload: the dragged contact's id and the stage it comes from.
MIME_TYPE = "application/x-prospect-desk-card"
#: The card (a :class:`Card`) of a row.
CardRole = Qt.ItemDataRole.UserRole + 1
#: The contact id of a row.
ContactIdRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def card_mime(contact_id: int, from_stage: int) -> QMimeData:
    """The drag payload for one card."""
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(f"{contact_id} {from_stage}".encode("ascii")))
    return mime


def read_card_mime(mime: QMimeData) -> tuple[int, int] | None:
    """(contact id, stage it was dragged from) from a drag payload, or None."""
    if not mime.hasFormat(MIME_TYPE):
        return None
    raw = bytes(mime.data(MIME_TYPE).data()).decode("ascii", "replace").split()
    if len(raw) != 2 or not all(part.isdigit() for part in raw):
        return None
    return int(raw[0]), int(raw[1])


class StageColumnModel(QAbstractListModel):
    """The cards of one stage under the board's filters, loaded lazily, newest first.

    Args:
        stage: the column's stage.
        parent: the owning object.

    Signals:
        loaded: the first page arrived (the model was reset with it).
        page_loaded: a further page was appended; carries how many cards it added.
        load_failed: a read failed; carries the message.
        move_requested: a card was dropped here; carries (contact id, this stage's id).
    """

    loaded = Signal()
    page_loaded = Signal(int)
    load_failed = Signal(str)
    move_requested = Signal(int, int)

    def __init__(self, stage: StageInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.database: Database | None = None
        self.board_filter = BoardFilter()
        self.cards: list[Card] = []
        #: The column's full count under the filters (set by the board), None until read.
        self.total: int | None = None
        self.page_size = DEFAULT_PAGE
        self._after_id: int | None = None
        self._done = True
        self._fetching = False
        self._reloading = False
        self._generation = 0

    # --- loading ---------------------------------------------------------------------------

    def set_source(self, database: Database | None, board_filter: BoardFilter) -> None:
        """Show ``database``'s cards under ``board_filter`` (reads the first page)."""
        self.database = database
        self.board_filter = board_filter
        self.reload()

    def show_page(
        self, database: Database | None, board_filter: BoardFilter, page: CardPage
    ) -> None:
        """Show a first page the board read for every column at once (no read here)."""
        self._generation += 1
        self.database = database
        self.board_filter = board_filter
        self._reloading = self._fetching = False
        self._reset(list(page.cards), page.after_id, done=page.done)
        self.loaded.emit()

    def reload(self) -> None:
        """Read the first page again; the old cards stay until it arrives."""
        self._generation += 1
        generation = self._generation
        database = self.database
        if database is None:
            self._reset([], None, done=True)
            return
        stage_id, board_filter, limit = self.stage.id, self.board_filter, self.page_size
        self._reloading = True

        def work(_ctx: JobContext) -> CardPage:
            with database.reading() as conn:
                return column_page(conn, stage_id, board_filter, limit=limit)

        self._start(work, lambda page: self._on_first_page(generation, page))

    @property
    def is_loading(self) -> bool:
        """True while the first page or a further page is being read."""
        return self._reloading or self._fetching

    @property
    def all_loaded(self) -> bool:
        """True when every card of the column has been read."""
        return self._done and not self._reloading

    def _start(self, work: Callable[[JobContext], Any], done: Callable[[Any], None]) -> None:
        job: Job[Any] = Job(
            None,
            work,
            on_success=lambda result: done(result) if isValid(self) else None,
            on_failure=lambda error: self._on_failed(error) if isValid(self) else None,
            title=self.tr("Load the board"),
        )
        job.start()

    def _on_failed(self, error: BaseException) -> None:
        self._reloading = self._fetching = False
        log.warning("reading the %s column failed: %s", self.stage.key, error)
        self.load_failed.emit(str(error))

    def _reset(self, cards: list[Card], after_id: int | None, *, done: bool) -> None:
        self.beginResetModel()
        self.cards = cards
        self._after_id = after_id
        self._done = done
        self.endResetModel()

    def _on_first_page(self, generation: int, page: CardPage) -> None:
        if generation != self._generation:
            return
        self._reloading = False
        self._fetching = False
        self._reset(list(page.cards), page.after_id, done=page.done)
        self.loaded.emit()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done and not self._reloading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done or self._fetching or self._reloading:
            return
        database = self.database
        if database is None:
            return
        stage_id, board_filter, after = self.stage.id, self.board_filter, self._after_id
        limit, generation = self.page_size, self._generation
        self._fetching = True

        def work(_ctx: JobContext) -> CardPage:
            with database.reading() as conn:
                return column_page(conn, stage_id, board_filter, after_id=after, limit=limit)

        self._start(work, lambda page: self._on_page(generation, page))

    def _on_page(self, generation: int, page: CardPage) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        known = {card.id for card in self.cards}
        # A card moved in while this page was read may already be here.
        fresh = [card for card in page.cards if card.id not in known]
        if fresh:
            first = len(self.cards)
            # beginInsertRows takes the last row: first + n - 1.
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self.cards.extend(fresh)
            self.endInsertRows()
        self._after_id = page.after_id
        self._done = page.done
        self.page_loaded.emit(len(fresh))

    # --- updates from writes ------------------------------------------------------------------

    def apply_cards(self, ids: Iterable[int], cards: dict[int, Card]) -> None:
        """Bring the loaded cards of ``ids`` up to date with ``cards`` (read after a write).

        A card whose contact left this stage (or the filters) is removed; a card that
        arrived is inserted where the column's order puts it, if that place is among the
        loaded cards (otherwise a later page brings it); the others are repainted.
        """
        # One pass to index the loaded cards: a write may touch hundreds of contacts while
        # a column holds thousands of loaded cards.
        rows = {card.id: row for row, card in enumerate(self.cards)}
        gone: list[int] = []
        arrived: list[Card] = []
        for contact_id in ids:
            card = cards.get(contact_id)
            row = rows.get(contact_id)
            belongs = card is not None and card.stage_id == self.stage.id
            if row is not None and not belongs:
                gone.append(row)
            elif row is not None and card is not None:
                self.cards[row] = card
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)
            elif card is not None and belongs:
                arrived.append(card)
        for row in sorted(gone, reverse=True):  # from the bottom: the rows above stay put
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.cards[row]
            self.endRemoveRows()
        for card in sorted(arrived, key=lambda c: c.id, reverse=True):
            self._insert_in_order(card)

    def _insert_in_order(self, card: Card) -> None:
        # Newest first: the place is before the first loaded card with a smaller id.
        place = bisect_left(self.cards, -card.id, key=lambda c: -c.id)
        if place == len(self.cards) and not self._done:
            return  # beyond the loaded cards: its page has not been read yet
        self.beginInsertRows(QModelIndex(), place, place)
        self.cards.insert(place, card)
        self.endInsertRows()

    def row_of(self, contact_id: int) -> int | None:
        """The row of a loaded card, or None (a scan: for one card, not for many)."""
        return next((i for i, c in enumerate(self.cards) if c.id == contact_id), None)

    def loaded_ids(self) -> set[int]:
        """The contact ids of the loaded cards."""
        return {card.id for card in self.cards}

    def card(self, row: int) -> Card | None:
        """The card of ``row``, or None outside the loaded rows."""
        return self.cards[row] if 0 <= row < len(self.cards) else None

    # --- Qt's model interface -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(part for part in (card.name, card.title, card.company) if part)
        if role == CardRole:
            return card
        if role == ContactIdRole:
            return card.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land on the column itself, never "onto" a card.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = [i.row() for i in indexes if i.isValid() and 0 <= i.row() < len(self.cards)]
        if not rows:
            return QMimeData()
        return card_mime(self.cards[rows[0]].id, self.stage.id)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(  # noqa: PLR0917 (Qt's signature)
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        payload = read_card_mime(data)
        return payload is not None and payload[1] != self.stage.id

    def dropMimeData(  # noqa: PLR0917 (Qt's signature)
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        payload = read_card_mime(data)
        if payload is None or payload[1] == self.stage.id:
            return False
        self.move_requested.emit(payload[0], self.stage.id)
        # False: the view must not remove the card from its old column; the move's
        # broadcast change moves it once the write is done (or not, if it was refused).
        return False


__all__ = [
    "MIME_TYPE",
    "CardRole",
    "ContactIdRole",
    "StageColumnModel",
    "card_mime",
    "read_card_mime",
]
