"""A read-only, flat table of records, one row each: what the Today queue, the outbox and
the templates list share.

A subclass names its ``columns`` (keys, left to right), gives their titles in
:meth:`column_titles` (through ``tr()``) and answers :meth:`data` for one cell; loading,
looking rows up by record id, the flat shape Qt asks about and "selectable, never edited"
live here once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    """A record with a numeric id (a queue item, an outbox message, a template)."""

    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=HasId)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """The records of one load, as a read-only table (see the module docstring)."""

    #: The columns, by key, left to right.
    columns: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []

    # --- content --------------------------------------------------------------------------

    def set_records(self, records: Sequence[R]) -> None:
        """Show ``records`` (a fresh load), in their order."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    @property
    def records(self) -> list[R]:
        """The records shown, top to bottom."""
        return list(self._records)

    def record(self, row: int) -> R | None:
        """The record on ``row``, or None outside the table."""
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: int) -> int:
        """The row showing the record with this id, or -1."""
        return next((r for r, rec in enumerate(self._records) if rec.id == record_id), -1)

    def remove_record(self, record_id: int) -> int:
        """Take the record with this id off the table; return the row it had (-1: none)."""
        row = self.row_of(record_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._records[row]
            self.endRemoveRows()
        return row

    def cell(self, index: Index) -> tuple[R, str] | None:
        """The record and the column key of a cell, or None outside the table."""
        record = self.record(index.row()) if index.isValid() else None
        if record is None or not 0 <= index.column() < len(self.columns):
            return None
        return record, self.columns[index.column()]

    def column_titles(self) -> dict[str, str]:
        """Column key -> title; subclasses word them with ``tr()``."""
        return {}

    # --- Qt's interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """The number of records (none under a record: the table is flat)."""
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """The number of columns (none under a record)."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return self.column_titles().get(self.columns[section])

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be selected, never edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
