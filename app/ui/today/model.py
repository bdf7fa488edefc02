"""The Today queue as a table: one row per item, in the order storage gives.

The model holds the :class:`~app.storage.cadences.TodayItem` values of one load (small
frozen records: ids, names, times and codes, no ORM objects) and words them with
:mod:`app.ui.today.messages`. It never reads the database; the page loads the items in a
background job and hands them over with :meth:`TodayModel.set_items`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from app.storage.cadences import TodayItem
from app.storage.team import ClaimHolder
from app.ui.locale_format import short_time
from app.ui.theme import tone
from app.ui.today.messages import (
    availability_text,
    channel_label,
    due_text,
    local_time_text,
    step_text,
)
from app.ui.widgets.record_table import Index, RecordTableModel

#: The columns, by key, left to right.
COLUMNS = ("due", "name", "channel", "step", "local_time", "availability", "claimed")
#: The role that gives a row's item id.
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TodayModel(RecordTableModel[TodayItem]):
    """The rep's queue for the day, as a read-only table."""

    columns = COLUMNS

    # The page's names for the shared operations.
    set_items = RecordTableModel.set_records
    remove_item = RecordTableModel.remove_record
    item = RecordTableModel.record
    items = RecordTableModel.records

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: contact id -> another rep's live lease (one's own leases are not shown).
        self.claims: dict[int, ClaimHolder] = {}

    def set_claims(self, claims: dict[int, ClaimHolder], me: int | None) -> None:
        """Show who else is on each prospect (``me``: this app's rep, left out)."""
        self.claims = {cid: h for cid, h in claims.items() if h.rep_id != me}
        rows = self.rowCount()
        if rows:
            column = COLUMNS.index("claimed")
            self.dataChanged.emit(self.index(0, column), self.index(rows - 1, column))

    def column_titles(self) -> dict[str, str]:
        """The column titles."""
        return {
            "due": self.tr("Due"),
            "name": self.tr("Name"),
            "channel": self.tr("Channel"),
            "step": self.tr("Step"),
            "local_time": self.tr("Their time"),
            "availability": self.tr("Call now?"),
            "claimed": self.tr("On it"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's text, tooltip and colour; ``ITEM_ID_ROLE`` gives the row's item id."""
        found = self.cell(index)
        if found is None:
            return None
        item, column = found
        if role == ITEM_ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "due" and item.overdue:
                return QBrush(tone("problem"))
            if column == "claimed":
                return QBrush(tone("warning"))
            if column == "availability" and item.why_not:
                return QBrush(tone("problem" if "do_not_contact" in item.why_not else "warning"))
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
        if column == "claimed":
            held = self.claims.get(item.contact_id)
            return "" if held is None else held.name
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
        if column == "claimed" and item.contact_id in self.claims:
            held = self.claims[item.contact_id]
            return (
                self.tr("%1 is on this prospect until %2")
                .replace("%1", held.name)
                .replace("%2", short_time(held.expires_at))
            )
        if column in ("name", "availability"):
            return self._text(item, column) or None
        return None
