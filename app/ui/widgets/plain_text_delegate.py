"""A cell painter for big tables of one-line texts: the contact table at a million rows.

Qt's own delegate asks the model for every role of a cell, lets the style work out a
layout for an icon, a check box and the text, and lays the text out again to elide it:
about 0.1 ms a cell, 30 ms of a 45 ms frame for the ~250 cells of a screen. This one asks
its model once for what a cell shows (:class:`CellPaintSource`) and draws a pre-elided
:class:`~PySide6.QtGui.QStaticText` (laid out once, then drawn from its cache), with the
selection, the alternating row colour and the focus frame the style would draw.

Tooltips, accessibility and copying still read the model's ``data()``: only the painting
takes the short path. The contact table goes further (``app.ui.lists.table_view`` paints a
row per call); it keeps this delegate for what still goes cell by cell (a right-to-left
layout, a cell's size hint).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

#: Laid-out texts kept: a few screens' worth, so scrolling back and forth hits the cache.
CACHE_SIZE = 4096
#: The space between a cell's edge and its text (Qt's styles use about this much).
MARGIN = 3
# Flags as plain ints: Python's enum arithmetic cost more than the drawing itself.
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_SELECTED = QStyle.StateFlag.State_Selected.value
_FOCUS = QStyle.StateFlag.State_HasFocus.value
_ALTERNATE = QStyleOptionViewItem.ViewItemFeature.Alternate.value
_DISABLED_GROUP = QPalette.ColorGroup.Disabled
_ACTIVE_GROUP = QPalette.ColorGroup.Active
_INACTIVE_GROUP = QPalette.ColorGroup.Inactive
_HIGHLIGHT = QPalette.ColorRole.Highlight
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_ALTERNATE_BASE = QPalette.ColorRole.AlternateBase
_TEXT = QPalette.ColorRole.Text


class CellPaintSource(Protocol):
    """A model that can say in one call what a cell shows."""

    def paint_values(self, row: int, column: int) -> tuple[str, QBrush | None, bool]:
        """(text, its brush or None for the palette's, right-aligned) of one cell."""
        ...


class PlainTextDelegate(QStyledItemDelegate):
    """Paints one elided line of text per cell (see the module docstring).

    Args:
        source: The model the cells come from.
        parent: The view.
    """

    def __init__(self, source: CellPaintSource, parent: QWidget) -> None:
        super().__init__(parent)
        self._source = source
        self._view = parent
        self._texts: OrderedDict[tuple[str, int], QStaticText] = OrderedDict()
        self._font = QFont()

    def _static_text(self, text: str, width: int, font: QFont) -> QStaticText:
        if font != self._font:  # a new font (or zoom): every laid-out text is stale
            self._texts.clear()
            self._font = QFont(font)
        key = (text, width)
        found = self._texts.get(key)
        if found is not None:
            self._texts.move_to_end(key)
            return found
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        static = QStaticText(shown)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        static.prepare(font=font)
        self._texts[key] = static
        if len(self._texts) > CACHE_SIZE:
            self._texts.popitem(last=False)
        return static

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:  # fmt: skip
        """Draw the cell: background, then its text in its colour, then the focus frame."""
        text, brush, right = self._source.paint_values(index.row(), index.column())
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state: int = option.state.value
        group = (
            _DISABLED_GROUP if not state & _ENABLED
            else _ACTIVE_GROUP if state & _ACTIVE
            else _INACTIVE_GROUP
        )  # fmt: skip
        selected = bool(state & _SELECTED)
        if selected:
            painter.fillRect(rect, palette.brush(group, _HIGHLIGHT))
        elif option.features.value & _ALTERNATE:
            painter.fillRect(rect, palette.brush(group, _ALTERNATE_BASE))
        if text:
            font: QFont = option.font
            width = max(0, rect.width() - 2 * MARGIN)
            static = self._static_text(text, width, font)
            if selected:
                painter.setPen(palette.color(group, _HIGHLIGHTED_TEXT))
            elif brush is not None:
                painter.setPen(brush.color())
            else:
                painter.setPen(palette.color(group, _TEXT))
            size = static.size()
            x = rect.right() - MARGIN - size.width() + 1 if right else rect.left() + MARGIN
            y = rect.top() + (rect.height() - size.height()) / 2
            painter.drawStaticText(QPointF(x, y), static)
        if state & _FOCUS:
            focus = QStyleOptionViewItem(option)
            focus.rect = rect
            style = self._view.style()
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, self._view
            )


__all__ = ["CACHE_SIZE", "CellPaintSource", "PlainTextDelegate"]
