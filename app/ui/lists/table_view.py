"""The contact table's view: paints the visible rows itself, in one Python call a paint.

A ``QTableView`` paints cell by cell: for each of the ~250 cells of a 1280×800 screen it
builds a style option, asks the model whether the index is valid (a Python
``rowCount``/``columnCount`` each), and calls the delegate's ``paint()``, a Python call that
looks the row up, elides the text and draws it. At a million contacts that was most of a
scroll frame. ``ContactTableView`` overrides ``paintEvent`` and draws what Qt's pass drew,
in one Python call per paint:

- the row band (selection highlight or the alternate base colour), the texts in their
  colours (a row not loaded yet shows the grey ``PLACEHOLDER`` and asks for a background
  read, through ``ContactTableModel.paint_row``), the grid, and the focus frame of the
  current cell;
- per row, the texts as shown (elided to their columns) are kept with the row tuple they
  came from: a repaint of the same rows (a selection, a read arriving, a small scroll)
  draws them again without asking the model or laying text out; a new row tuple, a
  resized or moved column, a new font, palette, language or minute (the local-time
  column) lays them out anew.

Everything else is Qt's own: selection, the current index and keyboard navigation,
the header (sorting, resizing, moving, hiding columns), tooltips and accessibility
(both read the model's ``data()``), and the item delegate (``PlainTextDelegate``), which
sizes cells and paints them when the layout is right to left.
"""

from __future__ import annotations

import time
from typing import NamedTuple

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QStyle,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.ui.lists.cells import COLUMNS, PLACEHOLDER, placeholder_brush
from app.ui.lists.contact_table_model import ContactTableModel
from app.ui.theme import is_dark
from app.ui.widgets.plain_text_delegate import MARGIN

#: Rows whose shown texts are kept: a few screens, so scrolling back and forth hits them.
MAX_LINES = 600
#: Elided texts kept by (text, width): stages, local times and companies repeat a lot.
MAX_ELIDED = 8192
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
_HIGHLIGHT = QPalette.ColorRole.Highlight
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_ALTERNATE_BASE = QPalette.ColorRole.AlternateBase
_TEXT = QPalette.ColorRole.Text
#: Events after which every laid-out text may be stale.
_RELAYOUT_EVENTS = frozenset(
    (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange,
     QEvent.Type.LanguageChange, QEvent.Type.LocaleChange)
)  # fmt: skip


class _Column(NamedTuple):
    """A column on screen: model column, left edge in the viewport, width with no grid."""

    logical: int
    x: int
    width: int
    right_aligned: bool


class _Line(NamedTuple):
    """One row as painted: the row tuple it came from and each column's text and colour.

    ``x_offsets`` is where each text starts within its column (right-aligned numbers).
    """

    row: object
    texts: tuple[str, ...]
    colors: tuple[QColor | None, ...]
    x_offsets: tuple[int, ...]


class ContactTableView(QTableView):
    """A table view of a ``ContactTableModel`` that paints whole rows (module docstring).

    Args:
        model: The contact table's model (the view paints from its cached row tuples).
        parent: The parent widget.
    """

    def __init__(self, model: ContactTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts = model
        self.setModel(model)
        self._lines: dict[int, _Line] = {}
        self._elided: dict[tuple[str, int], str] = {}
        self._layout_key: object = None
        #: False: paint cell by cell through the item delegate, as ``QTableView`` does (the
        #: benchmark compares the two).
        self.paints_rows = True

    # --- what tests and tools can ask -------------------------------------------------------

    def shown_texts(self, row: int) -> dict[int, str] | None:
        """The texts last painted in ``row`` by model column (elided as shown), or None.

        None when the row was not painted since the last layout change or its row tuple
        changed (it shows the placeholder, or will be laid out at its next paint).
        """
        model = self._contacts
        contact_id = model.contact_id(row)
        if contact_id is None:
            return None
        cached, line = model.rows.get(contact_id), self._lines.get(contact_id)
        if cached is None or line is None or line.row is not cached:
            return None
        columns = self._columns(self.viewport().rect())
        return {c.logical: text for c, text in zip(columns, line.texts, strict=False)}

    # --- Qt ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt)
        if event.type() in _RELAYOUT_EVENTS:
            self.relayout()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        """Paint the rows in ``event``'s rectangle (see the module docstring)."""
        model = self._contacts
        if not self.paints_rows or not self.isLeftToRight() or self.model() is not model:
            super().paintEvent(event)  # the delegate's path: mirrored layouts, other models
            return
        dirty: QRect = event.rect()
        count = len(model.ids)
        first = self.rowAt(dirty.top())
        if count == 0 or first < 0:
            return
        last = self.rowAt(dirty.bottom())
        last = count - 1 if last < 0 else last
        # Every column on screen, whatever the dirty part: the laid-out rows are kept for
        # these columns, and a partial update (one cell) must not start them anew.
        columns = self._columns(self.viewport().rect())
        if not columns:
            return
        painter = QPainter(self.viewport())
        painter.setFont(self.font())
        try:
            self._paint_rows(painter, dirty, first, last, columns)
        finally:
            painter.end()

    # --- painting ---------------------------------------------------------------------------

    def _columns(self, area: QRect) -> list[_Column]:
        """The visible columns that meet ``area``, left to right."""
        header = self.horizontalHeader()
        left, right = header.visualIndexAt(area.left()), header.visualIndexAt(area.right())
        if left < 0:
            return []
        if right < 0:
            right = header.count() - 1
        grid = 1 if self.showGrid() else 0
        columns = []
        for visual in range(left, right + 1):
            logical = header.logicalIndex(visual)
            if header.isSectionHidden(logical):
                continue
            columns.append(
                _Column(
                    logical,
                    header.sectionViewportPosition(logical),
                    header.sectionSize(logical) - grid,
                    COLUMNS[logical].numeric,
                )
            )
        return columns

    def relayout(self) -> None:
        """Drop every laid-out text: each row is laid out again at its next paint."""
        self._lines.clear()
        self._elided.clear()

    def _check_layout(self, columns: list[_Column]) -> None:
        """Drop the laid-out texts when what they were laid out for changed."""
        key = (
            tuple((c.logical, c.width) for c in columns),
            self.font().key(),
            is_dark(),
            int(time.time() // 60),  # the local-time column's minute
        )
        if key != self._layout_key:
            self._layout_key = key
            self._lines.clear()
        if len(self._lines) > MAX_LINES:
            self._lines.clear()
        if len(self._elided) > MAX_ELIDED:
            self._elided.clear()

    def _line(self, row: object, columns: list[_Column], metrics: QFontMetrics) -> _Line:
        """Lay out one loaded row: its texts elided to their columns, and their colours."""
        assert isinstance(row, tuple)
        elided = self._elided
        texts: list[str] = []
        colors: list[QColor | None] = []
        offsets: list[int] = []
        cells = self._contacts.row_cells(row, (c.logical for c in columns))
        for column, (text, brush) in zip(columns, cells, strict=True):
            width = max(0, column.width - 2 * MARGIN)
            shown = elided.get((text, width)) if text else ""
            if shown is None:
                shown = metrics.elidedText(text, _ELIDE_RIGHT, width)
                elided[(text, width)] = shown
            texts.append(shown)
            colors.append(None if brush is None else brush.color())
            offsets.append(
                column.width - MARGIN - metrics.horizontalAdvance(shown)
                if column.right_aligned and shown
                else MARGIN
            )
        return _Line(row, tuple(texts), tuple(colors), tuple(offsets))

    def _paint_rows(  # noqa: PLR0912, PLR0915 (one pass over the rows, kept together for speed)
        self, painter: QPainter, dirty: QRect, first: int, last: int, columns: list[_Column]
    ) -> None:
        self._check_layout(columns)
        model = self._contacts
        palette = self.palette()
        # The colour group Qt's own cells use: active only while the table has the keyboard
        # (or, on macOS, its window), as the view's item option says.
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        group = (
            QPalette.ColorGroup.Disabled if not self.isEnabled()
            else QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )  # fmt: skip
        highlight = palette.brush(group, _HIGHLIGHT)
        alternate: QBrush | None = (
            palette.brush(group, _ALTERNATE_BASE) if self.alternatingRowColors() else None
        )
        text_color = palette.color(group, _TEXT)
        selected_color = palette.color(group, _HIGHLIGHTED_TEXT)
        grey = placeholder_brush().color()
        selection = self.selectionModel()
        any_selected = selection is not None and selection.hasSelection()
        root = QModelIndex()
        metrics = QFontMetrics(self.font())
        # Centred in the cell above the grid line, as the delegate placed its texts.
        baseline = (self.rowHeight(first) - (1 if self.showGrid() else 0) - metrics.height()) / 2
        baseline += metrics.ascent()
        band_left = columns[0].x
        band_right = columns[-1].x + columns[-1].width
        grid = self.showGrid()
        grid_pen = QPen(self._grid_color(), 1, self.gridStyle())
        # A translucent grid would blend with the row fill under it: fill cell by cell.
        per_cell = grid and grid_pen.color().alpha() < 255
        name_at = next((n for n, c in enumerate(columns) if c.logical == 0), None)
        lines: dict[int, _Line] = self._lines
        pen: QColor | None = None
        for number in range(first, last + 1):
            y = self.rowViewportPosition(number)
            height = self.rowHeight(number) - (1 if grid else 0)
            found = model.paint_row(number)
            if found is None:
                continue
            contact_id, row = found
            selected = any_selected and selection.isRowSelected(number, root)
            fill = highlight if selected else alternate if number & 1 else None
            if fill is not None:
                if per_cell:
                    for column in columns:
                        painter.fillRect(QRect(column.x, y, column.width, height), fill)
                else:
                    painter.fillRect(QRect(band_left, y, band_right - band_left, height), fill)
            if row is None:
                if name_at is not None:
                    shade = selected_color if selected else grey
                    if shade != pen:
                        painter.setPen(shade)
                        pen = shade
                    column = columns[name_at]
                    painter.drawText(QPointF(column.x + MARGIN, y + baseline), PLACEHOLDER)
                continue
            line = lines.get(contact_id)
            if line is None or line.row is not row:
                line = self._line(row, columns, metrics)
                lines[contact_id] = line
            for column, text, color, offset in zip(
                columns, line.texts, line.colors, line.x_offsets, strict=True
            ):
                if not text:
                    continue
                wanted = selected_color if selected else color or text_color
                if wanted != pen:
                    painter.setPen(wanted)
                    pen = wanted
                painter.drawText(QPointF(column.x + offset, y + baseline), text)
            if any_selected and not selected and selection.rowIntersectsSelection(number, root):
                self._paint_selected_cells(painter, number, (y, height, baseline), columns, line)
        if grid:
            self._paint_grid(painter, dirty, (first, last), columns, grid_pen)
        self._paint_focus(painter, first, last, columns)

    def _paint_selected_cells(
        self, painter: QPainter, number: int, place: tuple[int, int, float],
        columns: list[_Column], line: _Line,
    ) -> None:  # fmt: skip
        """Cells selected one by one (the page selects rows; a program may select cells).

        ``place`` is the row's top, its height above the grid line and its text baseline.
        """
        y, height, baseline = place
        selection = self.selectionModel()
        palette, model = self.palette(), self._contacts
        for column, text, offset in zip(columns, line.texts, line.x_offsets, strict=True):
            if not selection.isSelected(model.index(number, column.logical)):
                continue
            painter.fillRect(QRect(column.x, y, column.width, height), palette.highlight())
            painter.setPen(palette.color(_HIGHLIGHTED_TEXT))
            painter.drawText(QPointF(column.x + offset, y + baseline), text)

    def _grid_color(self) -> QColor:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        hint = self.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
        return QColor.fromRgba(hint & 0xFFFFFFFF)

    def _paint_grid(
        self, painter: QPainter, dirty: QRect, rows: tuple[int, int],
        columns: list[_Column], pen: QPen,
    ) -> None:  # fmt: skip
        """The lines under each row and right of each column, as ``QTableView`` draws them."""
        first, last = rows
        painter.setPen(pen)
        right = min(dirty.right(), self.horizontalHeader().length() - 1
                    - self.horizontalHeader().offset())  # fmt: skip
        bottom_row = self.rowViewportPosition(last) + self.rowHeight(last) - 1
        bottom = min(dirty.bottom(), bottom_row)
        for number in range(first, last + 1):
            y = self.rowViewportPosition(number) + self.rowHeight(number) - 1
            painter.drawLine(dirty.left(), y, right, y)
        for column in columns:
            x = column.x + column.width
            painter.drawLine(x, dirty.top(), x, bottom)

    def _paint_focus(
        self, painter: QPainter, first: int, last: int, columns: list[_Column]
    ) -> None:
        """The focus frame of the current cell, when the table has the keyboard."""
        current = self.currentIndex()
        if not current.isValid() or not (self.hasFocus() or self.viewport().hasFocus()):
            return
        number = current.row()
        column = next((c for c in columns if c.logical == current.column()), None)
        if column is None or not first <= number <= last:
            return
        grid = 1 if self.showGrid() else 0
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.rect = QRect(
            column.x, self.rowViewportPosition(number), column.width,
            self.rowHeight(number) - grid,
        )  # fmt: skip
        option.state |= QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_Item
        selected = self.selectionModel().isSelected(current)
        option.backgroundColor = self.palette().color(
            _HIGHLIGHT if selected else QPalette.ColorRole.Window
        )
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)


__all__ = ["MAX_LINES", "ContactTableView"]
