"""The outbox as a table: one row per message, newest first.

The model holds :class:`~app.storage.mail.messages.OutboxRow` values of one load (ids,
addresses, statuses and codes; never ORM objects) and words them with
:mod:`app.ui.mail.messages`. It never reads the database: the page loads the rows in a
background job and hands them over with :meth:`OutboxModel.set_rows`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.storage.mail.messages import OutboxRow
from app.ui.mail.messages import reason_label, status_label

_Index = QModelIndex | QPersistentModelIndex

#: The columns, by key, left to right.
COLUMNS = ("status", "to", "subject", "reason", "when")
#: The role that gives a row's message id.
MESSAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role that gives a row's status code.
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

_COLOURS = {"failed": QColor("#b3261e"), "unknown": QColor("#b3261e"),
            "deferred": QColor("#8a6d00"), "sent": QColor("#1b6e2d")}  # fmt: skip


def _when(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


class OutboxModel(QAbstractTableModel):
    """The outbox's messages, as a read-only table."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OutboxRow] = []

    def set_rows(self, rows: Sequence[OutboxRow]) -> None:
        """Show ``rows`` (a fresh load)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def message(self, row: int) -> OutboxRow | None:
        """The message on ``row``, or None outside the table."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, message_id: int) -> int:
        """The row showing message ``message_id``, or -1."""
        return next((r for r, m in enumerate(self._rows) if m.id == message_id), -1)

    # --- Qt's interface -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """The number of messages (none under a message: the table is flat)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """The number of columns (none under a message)."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "status": self.tr("Status"),
            "to": self.tr("To"),
            "subject": self.tr("Subject"),
            "reason": self.tr("Why"),
            "when": self.tr("Sent / next try"),
        }
        return titles[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows can be selected, never edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's text, tooltip and colour; the id and status roles give codes."""
        message = self.message(index.row()) if index.isValid() else None
        if message is None or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == MESSAGE_ID_ROLE:
            return message.id
        if role == STATUS_ROLE:
            return message.status
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(message, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "reason" and message.server_response:
                return message.server_response
            return self._text(message, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            colour = _COLOURS.get(message.status)
            return QBrush(colour) if colour is not None else None
        return None

    def _text(self, message: OutboxRow, column: str) -> str:
        if column == "status":
            return status_label(message.status)
        if column == "to":
            return message.to
        if column == "subject":
            return message.subject
        if column == "reason":
            return reason_label(message.reason)
        return _when(message.sent_at or message.next_attempt_at)


__all__ = ["COLUMNS", "MESSAGE_ID_ROLE", "STATUS_ROLE", "OutboxModel"]
