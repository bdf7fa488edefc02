"""What each cell of the contact table shows: the columns, their titles, texts and colours.

``ContactCells`` is the part of ``ContactTableModel`` that answers the view: the header,
``data()`` and ``multiData()`` (every role of a cell in one call: tooltips, accessibility,
copying) and, for the table's row painter, ``paint_row`` and ``row_cells`` (a row's texts
and colours in one call) over the cached row tuples. It never reads the database: a row
not loaded yet shows ``PLACEHOLDER`` and asks the model for a background read (``_want``,
``_read_ahead``).

A part of ``ContactTableModel`` (a mixin): its texts are in the ``ContactCells`` translation
context; ``self.tr`` looks in the model's own context first, then in this one (no plural
texts here: for those it would stop at the model's context, see ``app.ui.page_parts``).
"""

from __future__ import annotations

import datetime as dt
import time
from array import array
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtGui import QBrush, QColor

from app.storage.contacts.table_data import ContactRow, SortKey
from app.ui.locale_format import short_datetime
from app.ui.pipeline.stage_names import stage_label
from app.ui.theme import is_dark, tone_pair

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractTableModel

    _ModelBase = QAbstractTableModel
else:
    _ModelBase = object

#: What an unloaded row shows in the name column until its read arrives.
PLACEHOLDER = "…"

_Index = QModelIndex | QPersistentModelIndex
#: A cached row: ``ContactRow``'s fields in a plain tuple. A NamedTuple (a tuple subclass)
#: stays tracked by the garbage collector, and every full pass walked the whole cache.
_Row = tuple[Any, ...]
#: Where each ``ContactRow`` field sits in a ``_Row``.
_F = {name: n for n, name in enumerate(ContactRow._fields)}
_NAME, _EMAIL_STATUS, _PHONE_STATUS = _F["name"], _F["email_status"], _F["phone_status"]
_FIT, _QUALITY, _TOUCHED, _CREATED = (
    _F["fit_score"],
    _F["quality_score"],
    _F["last_touched"],
    _F["created"],
)
_TAGS, _DNC, _ZONE = _F["tags"], _F["do_not_contact"], _F["time_zone"]
_STAGE, _STAGE_KEY = _F["stage"], _F["stage_key"]


class ColumnSpec(NamedTuple):
    """One column: its key (saved in settings), the sort it offers, and its alignment."""

    key: str
    sort: SortKey | None
    numeric: bool = False
    hidden_by_default: bool = False


COLUMNS: tuple[ColumnSpec, ...] = (
    # What a rep calling down a list needs first, so that it fits at 1280 px wide.
    ColumnSpec("name", SortKey.NAME),
    ColumnSpec("middle_name", None, hidden_by_default=True),
    ColumnSpec("company", SortKey.COMPANY),
    ColumnSpec("email", None),
    ColumnSpec("email_status", None, hidden_by_default=True),
    ColumnSpec("phone", None),
    ColumnSpec("phone_status", None, hidden_by_default=True),
    ColumnSpec("stage", SortKey.STAGE),
    ColumnSpec("local_time", None),
    ColumnSpec("title", None),
    ColumnSpec("country", SortKey.COUNTRY),
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


# data() runs for every role of every painted cell (~1,000 calls a paint): plain ints and
# prebuilt brushes keep enum arithmetic and allocations out of it.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ID_ROLE = int(ContactIdRole)
_ANSWERED_ROLES = frozenset((_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGNMENT, _ID_ROLE))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_TEXT_STATUSES = frozenset(("invalid", "risky"))
#: The text brushes by tone, one set for light and one for dark colours (built once).
_BRUSHES = {
    dark: {
        name: QBrush(QColor(tone_pair(name)[dark])) for name in ("invalid", "risky", "unchecked")
    }
    for dark in (False, True)
}


def placeholder_brush() -> QBrush:
    """The grey of a row not loaded yet (its ``PLACEHOLDER``), in the theme in use."""
    return _BRUSHES[is_dark()]["unchecked"]


class _ClockTexts:
    """The local-time texts of the current minute, per time zone (GUI thread only)."""

    def __init__(self) -> None:
        self.minute = -1
        self.locale = ""
        self.texts: dict[str, str] = {}

    def reset(self, minute: int, locale: str) -> None:
        self.minute, self.locale = minute, locale
        self.texts.clear()


_CLOCKS = _ClockTexts()


class ContactCells(_ModelBase):
    """The cells' part of ``ContactTableModel``: header, ``data``, ``multiData``, texts."""

    # What the model provides (declared for the type checker; no values here).
    ids: array[int]
    rows: dict[int, _Row]
    _gone: set[int]
    _titles: dict[str, str]
    _locale: QLocale
    _want: Callable[[int], None]
    _read_ahead: Callable[[int], None]

    # --- what to show -----------------------------------------------------------------------

    def _column_titles(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "middle_name": self.tr("Middle name"),
            "title": self.tr("Title"),
            "company": self.tr("Company"),
            "email": self.tr("Email"),
            "email_status": self.tr("Email status"),
            "phone": self.tr("Phone"),
            "phone_status": self.tr("Phone status"),
            "country": self.tr("Country"),
            "stage": self.tr("Stage"),
            "local_time": self.tr("Local time"),
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

    # --- Qt model API -----------------------------------------------------------------------

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

    # No flags() override: QAbstractTableModel's own (enabled, selectable, no children) is
    # what this table needs, and answering it in C++ spares a Python call per painted cell.

    # The span is typed Any: it is iterable at run time, but PySide6's stub declares no __iter__.
    def multiData(self, index: _Index, roleDataSpan: Any) -> None:  # noqa: N802, N803 (Qt)
        """Every role the delegate asks of one cell, in ONE call from C++.

        Qt's default calls ``data()`` once per role: seven Python calls per painted cell,
        each taking the GIL afresh (while a worker reads rows, each take can wait for it).
        The row is looked up once here; unanswered roles are left invalid, as in Qt's own
        models.
        """
        cell = self._cell(index)
        for role_data in roleDataSpan:
            role = role_data.role()
            value = None if cell is None else self._value(role, *cell)
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED_ROLES:  # most of the roles a delegate asks for
            return None
        cell = self._cell(index)
        return None if cell is None else self._value(role, *cell)

    def paint_values(self, number: int, column: int) -> tuple[str, QBrush | None, bool]:
        """What the table's painter draws in one cell: text, brush, right-aligned.

        The same answers as ``data()``'s display, foreground and alignment roles, in one
        call (``app.ui.widgets.plain_text_delegate``).
        """
        ids = self.ids
        if not 0 <= number < len(ids):
            return "", None, False
        contact_id = ids[number]
        row = self.rows.get(contact_id)
        numeric = COLUMNS[column].numeric
        if row is None:
            if contact_id not in self._gone:
                self._want(number)
            return (PLACEHOLDER if column == 0 else ""), _BRUSHES[is_dark()]["unchecked"], numeric
        if column == 0:
            self._read_ahead(number)
        key = COLUMNS[column].key
        return self._text(key, row), self._foreground(key, row), numeric

    def paint_row(self, number: int) -> tuple[int, _Row | None] | None:
        """(contact id, its row if loaded) of the row the table paints at ``number``.

        For a view that paints a row per call (``app.ui.lists.table_view``): an unloaded
        row asks for a background read, a loaded one starts the next read ahead, as a
        painted cell of the name column does. None: no such row.
        """
        ids = self.ids
        if not 0 <= number < len(ids):
            return None
        contact_id = ids[number]
        row = self.rows.get(contact_id)
        if row is None:
            if contact_id not in self._gone:
                self._want(number)
        else:
            self._read_ahead(number)
        return contact_id, row

    def row_cells(self, row: _Row, columns: Iterable[int]) -> list[tuple[str, QBrush | None]]:
        """(text, its brush or None for the palette's) of ``columns`` of a loaded row."""
        return [
            (self._text(key, row), self._foreground(key, row))
            for key in (COLUMNS[column].key for column in columns)
        ]

    def _cell(self, index: _Index) -> tuple[int, int, int, _Row | None] | None:
        """(row number, column, contact id, the row if loaded) of a valid cell."""
        number = index.row()
        ids = self.ids
        if not 0 <= number < len(ids):  # also an invalid index (row -1)
            return None
        contact_id = ids[number]
        return number, index.column(), contact_id, self.rows.get(contact_id)

    def _value(self, role: int, number: int, column: int, contact_id: int, row: _Row | None) -> Any:
        """One role of one cell; an unloaded row asks for a background read."""
        if role == _ALIGNMENT:
            return _RIGHT if COLUMNS[column].numeric else None
        if role == _ID_ROLE:
            return contact_id
        if row is None:
            if contact_id not in self._gone:
                self._want(number)
            if role == _FOREGROUND:
                return _BRUSHES[is_dark()]["unchecked"]
            return PLACEHOLDER if role == _DISPLAY and column == 0 else None
        key = COLUMNS[column].key
        if role == _DISPLAY:
            if column == 0:
                self._read_ahead(number)
            return self._text(key, row)
        if role == _FOREGROUND:
            return self._foreground(key, row)
        if role == _TOOLTIP:
            return self._tooltip(key, row, self._text(key, row))
        return None

    def _text(self, key: str, row: _Row) -> str:
        if key == "fit_score":
            return "" if row[_FIT] is None else str(row[_FIT])
        if key == "quality_score":
            return "" if row[_QUALITY] is None else str(row[_QUALITY])
        if key in ("last_touched", "created"):
            when = row[_TOUCHED] if key == "last_touched" else row[_CREATED]
            if when is None:
                return ""
            local = when.astimezone()
            date = QDate(local.year, local.month, local.day)
            return self._locale.toString(date, QLocale.FormatType.ShortFormat)
        if key in ("email_status", "phone_status"):
            return self.status_text(row[_F[key]])
        if key == "tags":
            return ", ".join(row[_TAGS])
        if key == "do_not_contact":
            return self.tr("Do not contact") if row[_DNC] else ""
        if key == "local_time":
            return self._local_time(row[_ZONE])
        if key == "stage" and row[_STAGE] is not None:
            return stage_label(row[_STAGE_KEY] or "", row[_STAGE])
        value = row[_F[key]]
        return "" if value is None else str(value)

    def _local_time(self, zone: str | None) -> str:
        """The contact's clock now ("14:05"), for calling in their working hours.

        Every painted row asks; the text changes once a minute and is the same for every
        contact in a zone, so it is worked out once per zone and minute.
        """
        if not zone:
            return ""
        minute = int(time.time() // 60)
        if _CLOCKS.minute != minute or _CLOCKS.locale != self._locale.name():
            _CLOCKS.reset(minute, self._locale.name())
        text = _CLOCKS.texts.get(zone)
        if text is None:
            try:
                now = dt.datetime.now(ZoneInfo(zone))
            except (ZoneInfoNotFoundError, ValueError):
                text = ""
            else:
                text = self._locale.toString(
                    QTime(now.hour, now.minute), QLocale.FormatType.ShortFormat
                )
            _CLOCKS.texts[zone] = text
        return text

    def _tooltip(self, key: str, row: _Row, text: str) -> str | None:
        if key == "local_time" and row[_ZONE]:
            return str(row[_ZONE])
        if key == "email" and row[_EMAIL_STATUS]:
            return (
                self.tr("%1 — %2")
                .replace("%1", text)
                .replace("%2", self.status_text(row[_EMAIL_STATUS]))
            )
        if key == "phone" and row[_PHONE_STATUS]:
            return (
                self.tr("%1 — %2")
                .replace("%1", text)
                .replace("%2", self.status_text(row[_PHONE_STATUS]))
            )
        if key == "last_touched" and row[_TOUCHED] is not None:
            return short_datetime(row[_TOUCHED])
        # Long names, titles and companies are elided in the cell; the tooltip has them whole.
        return text or None

    def _foreground(self, key: str, row: _Row) -> QBrush | None:
        if row[_DNC]:
            return _BRUSHES[is_dark()]["unchecked"]
        status = row[_EMAIL_STATUS] if key in ("email", "email_status") else None
        if key in ("phone", "phone_status"):
            status = row[_PHONE_STATUS]
        return _BRUSHES[is_dark()].get(status or "") if status in _TEXT_STATUSES else None
