"""The palette's result list: a flat, read-only model of :class:`PaletteEntry` rows, and
the delegate that paints the section on the left and the shortcut on the right."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.ui.palette.entries import PaletteEntry

Index = QModelIndex | QPersistentModelIndex

#: The entry's section ("File", "Today", "Contact").
SectionRole = Qt.ItemDataRole.UserRole + 1
#: The shortcut or the record's detail, shown on the right.
DetailRole = Qt.ItemDataRole.UserRole + 2
#: The entry's stable name (``PaletteEntry.ident``).
IdentRole = Qt.ItemDataRole.UserRole + 3


class PaletteModel(QAbstractListModel):
    """The entries that match what was typed, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[PaletteEntry] = []

    def set_entries(self, entries: Sequence[PaletteEntry]) -> None:
        """Show ``entries`` (a new search's results), in their order."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> PaletteEntry | None:
        """The entry on ``row``, or None."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    @property
    def entries(self) -> list[PaletteEntry]:
        """The entries shown, top to bottom."""
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """The number of entries (none under an entry: the list is flat)."""
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Title, section, detail, tooltip and the text a screen reader speaks."""
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or index.column() != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return entry.title
        if role == SectionRole:
            return entry.section
        if role == DetailRole:
            return entry.detail
        if role == IdentRole:
            return entry.ident
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [entry.title, entry.section, entry.detail]
            return " · ".join(p for p in parts if p)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Entries are selected and run, never edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


#: The section column's width, in average characters.
_SECTION_CHARS = 11


class PaletteDelegate(QStyledItemDelegate):
    """Paints "Section   Title ........ Shortcut" in the palette's colours (so in dark too)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), option.fontMetrics.height() + 12))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget if isinstance(opt.widget, QWidget) else None
        style = widget.style() if widget is not None else None
        title = opt.text
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        main = opt.palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        muted = main if selected else opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        metrics = opt.fontMetrics
        rect = opt.rect.adjusted(10, 0, -10, 0)
        section_width = metrics.averageCharWidth() * _SECTION_CHARS
        # The title keeps at least half the row; a long detail (a company) is cut.
        room = (rect.width() - section_width) // 2
        detail = metrics.elidedText(
            str(index.data(DetailRole) or ""), Qt.TextElideMode.ElideRight, room
        )
        detail_width = metrics.horizontalAdvance(detail) + 16 if detail else 0
        painter.save()
        centre = Qt.AlignmentFlag.AlignVCenter
        painter.setPen(muted)
        section = metrics.elidedText(
            str(index.data(SectionRole) or ""), Qt.TextElideMode.ElideRight, section_width - 8
        )
        painter.drawText(rect.adjusted(0, 0, -(rect.width() - section_width), 0), centre, section)
        title_rect = rect.adjusted(section_width, 0, -detail_width, 0)
        painter.setPen(main)
        elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, centre | Qt.AlignmentFlag.AlignLeft, elided)
        if detail:
            painter.setPen(muted)
            painter.drawText(rect, centre | Qt.AlignmentFlag.AlignRight, detail)
        painter.restore()
