"""The List builder's columns: their default widths, the header's chooser and saved state.

The header menu shows and hides columns (the name column stays), "Reset columns" goes
back to the defaults, and the header's order, widths and hidden columns are saved in the
settings, for this build's columns only.

A part of ``ListsPage`` (a mixin): its texts are in the ``TableColumns`` translation context;
``PagePart.tr`` finds them through the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView

from app.ui import settings
from app.ui.lists.contact_table_model import COLUMN_KEYS, COLUMNS
from app.ui.page_parts import PagePart

if TYPE_CHECKING:
    from app.ui.lists.contact_table_model import ContactTableModel
    from app.ui.widgets.page import Page

    _PageBase = Page
else:
    _PageBase = object

#: Room around a column title: the style's margins and the sort arrow.
_HEADER_PADDING = 28


class TableColumns(PagePart, _PageBase):
    """The columns' part of ``ListsPage``: sort indicator, chooser, defaults, saved state."""

    # What the page provides (declared for the type checker; no values here).
    table: QTableView
    model: ContactTableModel

    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        if COLUMNS[column].sort is None:
            # Not every column has an index to sort a million rows by: put the arrow back.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder
                if self.model.sort_order.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    def _column_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        for n in range(len(COLUMNS)):
            action = menu.addAction(self.model.column_title(n))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(n))
            # The name column identifies the row: it stays.
            action.setEnabled(COLUMNS[n].key != "name")
            action.toggled.connect(lambda on, col=n: self.set_column_visible(col, on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        menu.popup(header.mapToGlobal(pos))
        self._menu = menu

    def set_column_visible(self, column: int, visible: bool) -> None:
        """Show or hide a column and remember the choice."""
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        self._save_header()

    def reset_columns(self) -> None:
        """Back to the default columns, order and widths."""
        settings.LISTS_TABLE_HEADER.reset()
        header = self.table.horizontalHeader()
        for n in range(len(COLUMNS)):
            header.moveSection(header.visualIndex(n), n)
        self._default_columns()
        self._save_header()

    def _default_columns(self) -> None:
        header = self.table.horizontalHeader()
        # Name to local time fit beside the scope tree at 1280 px (about 840 px of table).
        widths = {"name": 170, "company": 150, "email": 200, "phone": 120, "stage": 90,
                  "local_time": 80, "title": 170, "country": 110, "owner": 130,
                  "fit_score": 50, "quality_score": 64, "last_touched": 100, "tags": 120,
                  "do_not_contact": 110}  # fmt: skip
        metrics = header.fontMetrics()
        for n, spec in enumerate(COLUMNS):
            header.setSectionHidden(n, spec.hidden_by_default)
            # Never narrower than the title: "Местное время" is twice "Local time".
            title = metrics.horizontalAdvance(self.model.column_title(n)) + _HEADER_PADDING
            header.resizeSection(n, max(widths.get(spec.key, 100), title))

    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        self._default_columns()
        state = settings.LISTS_TABLE_HEADER.get()
        # A saved state from a build with other columns would put them in the wrong places.
        if not state.isEmpty() and settings.LISTS_TABLE_COLUMNS.get() == list(COLUMN_KEYS):
            header.restoreState(state)

    def _save_header(self) -> None:
        state = self.table.horizontalHeader().saveState()
        settings.LISTS_TABLE_HEADER.set(QByteArray(state))
        settings.LISTS_TABLE_COLUMNS.set(list(COLUMN_KEYS))
