"""The Today queue as a table: one row per item, in the order storage gives.

The model holds the :class:`~app.storage.cadences.TodayItem` values of one load (small
frozen records: ids, names, times and codes, no ORM objects) and words them with
:mod:`app.ui.today.messages`. It never reads the database; the page loads the items in a
background job and hands them over with :meth:`TodayModel.set_items`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.storage.cadences import TodayItem
from app.ui.today.messages import (
    availability_text,
    channel_label,
    due_text,
    local_time_text,
    step_text,
)

_Index = QModelIndex | QPersistentModelIndex

#: The columns, by key, left to right.
COLUMNS = ("due", "name", "channel", "step", "local_time", "availability")
#: The role that gives a row's item id.
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_OVERDUE = QColor("#b3261e")
_WAITING = QColor("#8a6d00")


class TodayModel(QAbstractTableModel):
    """The rep's queue for the day, as a read-only table."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[TodayItem] = []

    # --- content --------------------------------------------------------------------------

    def set_items(self, items: Sequence[TodayItem]) -> None:
        """Show ``items`` (a fresh load), in their order."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def remove_item(self, item_id: int) -> int:
        """Take the item with this id off the table; return the row it had (-1: none)."""
        row = self.row_of(item_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()
        return row

    @property
    def items(self) -> list[TodayItem]:
        """The items shown, top to bottom."""
        return list(self._items)

    def item(self, row: int) -> TodayItem | None:
        """The item on ``row``, or None outside the table."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int:
        """The row showing item ``item_id``, or -1."""
        return next((r for r, i in enumerate(self._items) if i.id == item_id), -1)

    # --- Qt's interface -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """The number of items (none under an item: the table is flat)."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """The number of columns (none under an item)."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "due": self.tr("Due"),
            "name": self.tr("Name"),
            "channel": self.tr("Channel"),
            "step": self.tr("Step"),
            "local_time": self.tr("Their time"),
            "availability": self.tr("Call now?"),
        }
        return titles[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows can be selected, never edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's text, tooltip and colour; ``ITEM_ID_ROLE`` gives the row's item id."""
        item = self.item(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == ITEM_ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "due" and item.overdue:
                return QBrush(_OVERDUE)
            if column == "availability" and item.why_not:
                return QBrush(_OVERDUE if "do_not_contact" in item.why_not else _WAITING)
        return None

    def _text(self, item: TodayItem, column: str) -> str:
        if column == "due":
            return due_text(item)
        if column == "name":
            return item.name
        if column == "channel":
            return channel_label(item.channel)
        if column == "step":
            return step_text(item)
        if column == "local_time":
            return local_time_text(item)
        return availability_text(item)

    def _tooltip(self, item: TodayItem, column: str) -> str | None:
        if column == "local_time":
            if item.time_zone_guessed:
                return self.tr(
                    "%1. Guessed: nothing on the contact tells their time zone; check it."
                ).replace("%1", item.time_zone)
            return item.time_zone
        if column == "step" and item.cadence:
            return item.cadence
        if column in ("name", "availability"):
            return self._text(item, column) or None
        return None
