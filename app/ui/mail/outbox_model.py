"""The outbox as a table: one row per message, newest first.

The model holds :class:`~app.storage.mail.messages.OutboxRow` values of one load (ids,
addresses, statuses and codes; never ORM objects) and words them with
:mod:`app.ui.mail.messages`. It never reads the database: the page loads the rows in a
background job and hands them over with :meth:`OutboxModel.set_rows`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from app.storage.mail.messages import OutboxRow
from app.ui.locale_format import short_datetime
from app.ui.mail.messages import reason_label, status_label
from app.ui.theme import tone
from app.ui.widgets.record_table import Index, RecordTableModel

#: The columns, by key, left to right.
COLUMNS = ("status", "to", "subject", "reason", "when")
#: The role that gives a row's message id.
MESSAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role that gives a row's status code.
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

#: A status -> the tone its text is in (see :func:`app.ui.theme.tone`).
_TONES = {"failed": "problem", "unknown": "problem", "deferred": "warning", "sent": "success"}


def _when(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return short_datetime(moment)


class OutboxModel(RecordTableModel[OutboxRow]):
    """The outbox's messages, as a read-only table."""

    columns = COLUMNS

    # The page's names for the shared operations.
    set_rows = RecordTableModel.set_records
    message = RecordTableModel.record

    def column_titles(self) -> dict[str, str]:
        """The column titles."""
        return {
            "status": self.tr("Status"),
            "to": self.tr("To"),
            "subject": self.tr("Subject"),
            "reason": self.tr("Why"),
            "when": self.tr("Sent / next try"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's text, tooltip and colour; the id and status roles give codes."""
        found = self.cell(index)
        if found is None:
            return None
        message, column = found
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
            name = _TONES.get(message.status)
            return QBrush(tone(name)) if name is not None else None
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
